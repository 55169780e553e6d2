//! `verity-node demo-job`: a small client that shows a dev chain serving inference. It
//! registers the digits demo model as the client's `setup` does (owner Eve; 1 VRT royalty per
//! job, 70 % to Dave and 30 % to Eve) and Alice as its
//! provider unless they already are, submits a job from Bob, follows the chain until the job
//! ends, and prints the result and who was paid. It talks JSON-RPC over HTTP and signs with
//! the well-known development keys, so it is for dev chains only.

use sp_keyring::Sr25519Keyring;
use sp_runtime::Perbill;
use std::{
	path::PathBuf,
	time::{Duration, Instant},
};
use verity_primitives::{
	tensor::{decode_tensors, encode_tensors},
	ComparisonRule,
};
use verity_runtime::{Runtime, RuntimeCall, RuntimeEvent, UNIT};

use crate::chain_client::{hex, ChainClient};

/// Runs the demo job against a dev node.
#[derive(Debug, clap::Parser)]
pub struct DemoJobCmd {
	/// The node's RPC port on 127.0.0.1.
	#[arg(long, default_value_t = 9944)]
	pub rpc_port: u16,

	/// Where digits.onnx and its sample input are.
	#[arg(long, value_name = "DIR", default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../offchain-worker/models"))]
	pub models: PathBuf,

	/// Seconds to wait for the job to end.
	#[arg(long, default_value_t = 180)]
	pub timeout_secs: u64,
}

fn err(e: impl std::fmt::Display) -> sc_cli::Error {
	sc_cli::Error::Input(e.to_string())
}

fn vrt(planck: u128) -> String {
	format!("{}.{:06} VRT", planck / UNIT, (planck % UNIT) / 1_000_000)
}

impl DemoJobCmd {
	/// Runs the demo.
	pub fn run(&self) -> sc_cli::Result<()> {
		let timeout = Duration::from_secs(self.timeout_secs);
		// The node may still be starting.
		let start = Instant::now();
		let c = loop {
			match ChainClient::connect(self.rpc_port) {
				Ok(c) if c.block_number(None).is_ok_and(|n| n >= 1) => break c,
				Ok(_) | Err(_) if start.elapsed() < timeout => {
					std::thread::sleep(Duration::from_millis(500))
				}
				Ok(_) => {
					return Err(err(format!(
						"the chain on 127.0.0.1:{} makes no blocks",
						self.rpc_port
					)))
				}
				Err(e) => return Err(err(format!("no dev chain answers: {e}"))),
			}
		};
		let models = self
			.models
			.canonicalize()
			.map_err(|e| err(format!("{}: {e}", self.models.display())))?;
		let onnx = std::fs::read(models.join("digits.onnx"))?;
		let hash = sp_crypto_hashing::blake2_256(&onnx);
		let input =
			verity_engine::files::read_tensor(&models.join("digits.one.input.npy")).map_err(err)?;
		// The model's declared inputs and outputs, read from the model itself.
		verity_engine::runtime::init(None).map_err(err)?;
		let io = verity_engine::Engine::new(Default::default())
			.io_spec(&hash, &models.join("digits.onnx"))
			.map_err(err)?;

		let by_hash = pallet_models::ModelByHash::<Runtime>::hashed_key_for(hash);
		let model = match c.storage::<u32>(&by_hash, None).map_err(err)? {
			Some(id) => id,
			None => {
				let from = c.block_number(None).map_err(err)?;
				let royalties = vec![
					pallet_models::Beneficiary {
						account: Sr25519Keyring::Dave.to_account_id(),
						share: Perbill::from_percent(70),
					},
					pallet_models::Beneficiary {
						account: Sr25519Keyring::Eve.to_account_id(),
						share: Perbill::from_percent(30),
					},
				];
				let uri = format!("file://{}", models.join("digits.onnx").display()).into_bytes();
				c.submit(
					Sr25519Keyring::Eve,
					RuntimeCall::Models(pallet_models::Call::register {
						hash,
						size: onnx.len() as u64,
						uri: uri.try_into().map_err(|_| err("model path too long for a URI"))?,
						io,
						rule: ComparisonRule::Exact,
						royalty_per_job: UNIT,
						royalties: royalties
							.try_into()
							.map_err(|_| err("too many beneficiaries"))?,
					}),
				)?;
				c.wait_for_event(from, timeout, |e| match e {
					RuntimeEvent::Models(pallet_models::Event::ModelRegistered {
						model, ..
					}) => Some(*model),
					_ => None,
				})?
				.0
			}
		};
		println!("[demo] model {model}: digits.onnx ({} bytes, blake2-256 {}), royalty 1 VRT per job, 70 % Dave, 30 % Eve", onnx.len(), hex(&hash));

		let provider = pallet_providers::Providers::<Runtime>::hashed_key_for(
			Sr25519Keyring::Alice.to_account_id(),
		);
		if c.storage::<pallet_providers::ProviderInfoOf<Runtime>>(&provider, None)
			.map_err(err)?
			.is_none()
		{
			let from = c.block_number(None).map_err(err)?;
			c.submit(
				Sr25519Keyring::Alice,
				RuntimeCall::Providers(pallet_providers::Call::register {
					bond: 1_000 * UNIT,
					price: 2 * UNIT,
					models: vec![model].try_into().map_err(|_| err("too many models"))?,
				}),
			)?;
			c.wait_for_event(from, timeout, |e| match e {
				RuntimeEvent::Providers(pallet_providers::Event::Registered { .. }) => Some(()),
				_ => None,
			})?;
		}
		println!("[demo] provider Alice serves model {model} at 2 VRT per job (bond 1000 VRT)");

		let from = c.block_number(None).map_err(err)?;
		c.submit(
			Sr25519Keyring::Bob,
			RuntimeCall::Jobs(pallet_jobs::Call::submit {
				model,
				input: encode_tensors(&[input]).try_into().map_err(|_| err("input too long"))?,
				max_fee: 100 * UNIT,
				tier: pallet_jobs::Tier::Audited,
			}),
		)?;
		let ((job, fee), submitted) = c.wait_for_event(from, timeout, |e| match e {
			RuntimeEvent::Jobs(pallet_jobs::Event::JobSubmitted { job, fee, .. }) => {
				Some((*job, *fee))
			}
			_ => None,
		})?;
		println!(
			"[demo] job {job} submitted by Bob at block {submitted}: {} held in escrow",
			vrt(fee)
		);

		let (outcome, ended) = c.wait_for_event(submitted, timeout, |e| match e {
			RuntimeEvent::Jobs(ev @ pallet_jobs::Event::JobCompleted { job: j, .. })
			| RuntimeEvent::Jobs(ev @ pallet_jobs::Event::JobFailed { job: j, .. })
				if *j == job =>
			{
				Some(ev.clone())
			}
			_ => None,
		})?;
		match outcome {
			pallet_jobs::Event::JobCompleted {
				output_hash,
				paid_to_providers,
				royalty,
				protocol_fee,
				refunded,
				..
			} => {
				let result_key = pallet_jobs::Results::<Runtime>::hashed_key_for(job);
				let output: Vec<u8> =
					c.storage(&result_key, None).map_err(err)?.unwrap_or_default();
				let tensors = decode_tensors(&output).map_err(|e| err(format!("{e:?}")))?;
				let label = tensors
					.first()
					.and_then(|t| t.data.get(..8))
					.map(|b| i64::from_le_bytes(b.try_into().unwrap_or_default()))
					.unwrap_or_default();
				println!("[demo] job {job} completed at block {ended} ({} blocks): label {label}, output hash {output_hash:?}", ended - submitted);
				println!(
					"[demo] paid: provider {}, royalty {} (70 % Dave, 30 % Eve), protocol fee {}, refunded to Bob {}",
					vrt(paid_to_providers),
					vrt(royalty),
					vrt(protocol_fee),
					vrt(refunded)
				);
				Ok(())
			}
			other => Err(err(format!("job {job} did not complete: {other:?}"))),
		}
	}
}
