//! `verity-node demo-job`: a small client that shows a dev chain serving inference. It
//! registers the digits demo model as the client's `setup` does (owner Eve; 1 VRT royalty per
//! job, 70 % to Dave and 30 % to Eve) and Alice as its
//! provider unless they already are, submits a job from Bob, follows the chain until the job
//! ends, and prints the result and who was paid. It talks JSON-RPC over HTTP and signs with
//! the well-known development keys, so it is for dev chains only.

use codec::{Decode, Encode};
use serde_json::{json, Value};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{generic::Era, MultiAddress, MultiSignature, Perbill};
use std::{
	io::{Read, Write},
	net::TcpStream,
	path::PathBuf,
	time::{Duration, Instant},
};
use verity_primitives::{
	tensor::{decode_tensors, encode_tensors},
	ComparisonRule,
};
use verity_runtime::{Runtime, RuntimeCall, RuntimeEvent, SignedPayload, UncheckedExtrinsic, UNIT};

use crate::inference::hex;

type Hash = sp_core::H256;

/// `call` signed by the development key `who` with the runtime's transaction extensions:
/// immortal, no tip, no metadata hash, for a chain with `genesis` at runtime `spec` and
/// transaction version `tx`.
pub fn signed(
	who: Sr25519Keyring,
	call: RuntimeCall,
	nonce: u32,
	genesis: Hash,
	spec: u32,
	tx: u32,
) -> UncheckedExtrinsic {
	let extension = verity_runtime::tx_extension(Era::Immortal, nonce);
	let implicit = ((), spec, tx, genesis, genesis, (), (), (), (), (), None);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|p| who.sign(p));
	UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(who.to_account_id()),
		MultiSignature::Sr25519(signature),
		extension,
	)
}

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

fn unhex(s: &str) -> Vec<u8> {
	let s = s.trim_start_matches("0x");
	(0..s.len() / 2).filter_map(|i| u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()).collect()
}

fn vrt(planck: u128) -> String {
	format!("{}.{:06} VRT", planck / UNIT, (planck % UNIT) / 1_000_000)
}

struct Client {
	port: u16,
}

impl Client {
	fn rpc(&self, method: &str, params: Value) -> sc_cli::Result<Value> {
		let body =
			json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).to_string();
		let mut stream = TcpStream::connect(("127.0.0.1", self.port))
			.map_err(|e| err(format!("cannot reach the node on 127.0.0.1:{}: {e}", self.port)))?;
		write!(
			stream,
			"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
			body.len()
		)?;
		let mut response = String::new();
		stream.read_to_string(&mut response)?;
		let json = response.split("\r\n\r\n").nth(1).ok_or_else(|| err("no HTTP body"))?;
		let value: Value = serde_json::from_str(json).map_err(err)?;
		match value.get("result") {
			Some(r) => Ok(r.clone()),
			None => {
				Err(err(format!("{method}: {}", value.get("error").cloned().unwrap_or_default())))
			}
		}
	}

	fn storage<T: Decode>(&self, key: &[u8], at: Option<&Value>) -> sc_cli::Result<Option<T>> {
		let params = match at {
			Some(h) => json!([hex(key), h]),
			None => json!([hex(key)]),
		};
		let raw = self.rpc("state_getStorage", params)?;
		raw.as_str().map(|s| T::decode(&mut &unhex(s)[..]).map_err(err)).transpose()
	}

	fn best(&self) -> sc_cli::Result<u64> {
		let header = self.rpc("chain_getHeader", json!([]))?;
		let n = header["number"].as_str().ok_or_else(|| err("no block number"))?;
		u64::from_str_radix(n.trim_start_matches("0x"), 16).map_err(err)
	}

	fn events(&self, block: u64) -> sc_cli::Result<Vec<RuntimeEvent>> {
		let hash = self.rpc("chain_getBlockHash", json!([block]))?;
		let records: Option<Vec<frame_system::EventRecord<RuntimeEvent, Hash>>> =
			self.storage(&key("System", "Events"), Some(&hash))?;
		Ok(records.unwrap_or_default().into_iter().map(|r| r.event).collect())
	}

	/// Signs `call` with a development key and submits it.
	fn submit(&self, who: Sr25519Keyring, call: RuntimeCall) -> sc_cli::Result<()> {
		let account = who.to_account_id();
		let ss58 = sp_core::crypto::Ss58Codec::to_ss58check(&account);
		let nonce =
			self.rpc("system_accountNextIndex", json!([ss58]))?.as_u64().unwrap_or(0) as u32;
		let genesis = Hash::from_slice(&unhex(
			self.rpc("chain_getBlockHash", json!([0]))?.as_str().unwrap_or_default(),
		));
		let version = self.rpc("state_getRuntimeVersion", json!([]))?;
		let spec = version["specVersion"].as_u64().unwrap_or_default() as u32;
		let tx = version["transactionVersion"].as_u64().unwrap_or_default() as u32;
		let xt = signed(who, call, nonce, genesis, spec, tx);
		self.rpc("author_submitExtrinsic", json!([hex(&xt.encode())]))?;
		Ok(())
	}

	/// Follows new blocks until `pick` accepts an event.
	fn wait<T>(
		&self,
		from: u64,
		timeout: Duration,
		mut pick: impl FnMut(&RuntimeEvent) -> Option<T>,
	) -> sc_cli::Result<(T, u64)> {
		let start = Instant::now();
		let mut next = from;
		while start.elapsed() < timeout {
			let best = self.best()?;
			while next <= best {
				for e in self.events(next)? {
					if let Some(t) = pick(&e) {
						return Ok((t, next));
					}
				}
				next += 1;
			}
			std::thread::sleep(Duration::from_millis(500));
		}
		Err(err(format!("nothing happened within {timeout:?}")))
	}
}

fn key(pallet: &str, item: &str) -> Vec<u8> {
	let mut k = sp_crypto_hashing::twox_128(pallet.as_bytes()).to_vec();
	k.extend(sp_crypto_hashing::twox_128(item.as_bytes()));
	k
}

impl DemoJobCmd {
	/// Runs the demo.
	pub fn run(&self) -> sc_cli::Result<()> {
		let c = Client { port: self.rpc_port };
		let timeout = Duration::from_secs(self.timeout_secs);
		// The node may still be starting.
		let start = Instant::now();
		while c.best().map_or(true, |n| n < 1) {
			if start.elapsed() > timeout {
				return Err(err(format!("no dev chain answers on 127.0.0.1:{}", self.rpc_port)));
			}
			std::thread::sleep(Duration::from_millis(500));
		}
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

		let mut by_hash = key("Models", "ModelByHash");
		by_hash.extend_from_slice(&hash);
		let model = match c.storage::<u32>(&by_hash, None)? {
			Some(id) => id,
			None => {
				let from = c.best()?;
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
				c.wait(from, timeout, |e| match e {
					RuntimeEvent::Models(pallet_models::Event::ModelRegistered {
						model, ..
					}) => Some(*model),
					_ => None,
				})?
				.0
			}
		};
		println!("[demo] model {model}: digits.onnx ({} bytes, blake2-256 {}), royalty 1 VRT per job, 70 % Dave, 30 % Eve", onnx.len(), hex(&hash));

		let alice = Sr25519Keyring::Alice.to_account_id();
		let mut provider = key("Providers", "Providers");
		provider.extend(sp_crypto_hashing::blake2_128(alice.as_ref()));
		provider.extend_from_slice(alice.as_ref());
		if c.storage::<pallet_providers::ProviderInfoOf<Runtime>>(&provider, None)?.is_none() {
			let from = c.best()?;
			c.submit(
				Sr25519Keyring::Alice,
				RuntimeCall::Providers(pallet_providers::Call::register {
					bond: 1_000 * UNIT,
					price: 2 * UNIT,
					models: vec![model].try_into().map_err(|_| err("too many models"))?,
				}),
			)?;
			c.wait(from, timeout, |e| match e {
				RuntimeEvent::Providers(pallet_providers::Event::Registered { .. }) => Some(()),
				_ => None,
			})?;
		}
		println!("[demo] provider Alice serves model {model} at 2 VRT per job (bond 1000 VRT)");

		let from = c.best()?;
		c.submit(
			Sr25519Keyring::Bob,
			RuntimeCall::Jobs(pallet_jobs::Call::submit {
				model,
				input: encode_tensors(&[input]).try_into().map_err(|_| err("input too long"))?,
				max_fee: 100 * UNIT,
				tier: pallet_jobs::Tier::Audited,
			}),
		)?;
		let ((job, fee), submitted) = c.wait(from, timeout, |e| match e {
			RuntimeEvent::Jobs(pallet_jobs::Event::JobSubmitted { job, fee, .. }) => {
				Some((*job, *fee))
			}
			_ => None,
		})?;
		println!(
			"[demo] job {job} submitted by Bob at block {submitted}: {} held in escrow",
			vrt(fee)
		);

		let (outcome, ended) = c.wait(submitted, timeout, |e| match e {
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
				let mut result_key = key("Jobs", "Results");
				result_key.extend(sp_crypto_hashing::twox_64(&job.encode()));
				result_key.extend(job.encode());
				let output: Vec<u8> = c.storage(&result_key, None)?.unwrap_or_default();
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
