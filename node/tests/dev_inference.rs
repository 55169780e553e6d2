//! End to end: a `--dev` node serves inference. Charlie registers the digits demo model
//! (served from a `file://` URI) with royalties to Dave and Eve, Alice registers as its
//! provider, Bob submits a job; Alice's off-chain worker runs the model, commits and reveals,
//! and the job completes with the output Python onnxruntime gives, the provider and the
//! royalty beneficiaries paid. Everything goes through JSON-RPC: signed extrinsics to
//! `author_submitExtrinsic`, events and balances read from storage.

mod common;

use codec::{Decode, Encode};
use common::Node;
use serde_json::json;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{generic::Era, MultiAddress, MultiSignature, Perbill};
use std::{path::PathBuf, time::Duration};
use verity_primitives::{
	tensor::encode_tensors, ComparisonRule, Dim, ElementType, IoSpec, TensorSpec,
};
use verity_runtime::{
	Runtime, RuntimeCall, RuntimeEvent, SignedPayload, TxExtension, UncheckedExtrinsic, UNIT,
};

type Hash = sp_core::H256;
type EventRecord = frame_system::EventRecord<RuntimeEvent, Hash>;
type AccountInfo = frame_system::AccountInfo<u32, pallet_balances::AccountData<u128>>;

fn models_dir() -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR"))
		.join("../offchain-worker/models")
		.canonicalize()
		.unwrap()
}

fn hex(bytes: &[u8]) -> String {
	format!("0x{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

fn unhex(s: &str) -> Vec<u8> {
	let s = s.trim_start_matches("0x");
	(0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

fn h256(v: &serde_json::Value) -> Hash {
	Hash::from_slice(&unhex(v.as_str().expect("a hash")))
}

/// Signs and submits `call` from `who`; returns once the pool has accepted it.
fn submit(node: &Node, who: Sr25519Keyring, call: RuntimeCall) {
	let account = who.to_account_id();
	let nonce = node
		.rpc("system_accountNextIndex", json!([sp_core::crypto::Ss58Codec::to_ss58check(&account)]))
		.unwrap()
		.as_u64()
		.unwrap() as u32;
	let genesis = h256(&node.rpc("chain_getBlockHash", json!([0])).unwrap());
	let version = node.rpc("state_getRuntimeVersion", json!([])).unwrap();
	let spec = version["specVersion"].as_u64().unwrap() as u32;
	let tx = version["transactionVersion"].as_u64().unwrap() as u32;
	let extension: TxExtension = (
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		frame_system::WeightReclaim::<Runtime>::new(),
	);
	let implicit = ((), spec, tx, genesis, genesis, (), (), (), ());
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|p| who.sign(p));
	let xt = UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(account),
		MultiSignature::Sr25519(signature),
		extension,
	);
	node.rpc("author_submitExtrinsic", json!([hex(&xt.encode())]))
		.unwrap_or_else(|e| panic!("{who:?}'s extrinsic was refused: {e}"));
}

fn storage_key(pallet: &str, item: &str) -> Vec<u8> {
	let mut k = sp_crypto_hashing::twox_128(pallet.as_bytes()).to_vec();
	k.extend(sp_crypto_hashing::twox_128(item.as_bytes()));
	k
}

fn events_at(node: &Node, block: u64) -> Vec<RuntimeEvent> {
	let Ok(hash) = node.rpc("chain_getBlockHash", json!([block])) else { return vec![] };
	let Ok(raw) =
		node.rpc("state_getStorage", json!([hex(&storage_key("System", "Events")), hash]))
	else {
		return vec![];
	};
	raw.as_str()
		.map(|s| {
			Vec::<EventRecord>::decode(&mut &unhex(s)[..])
				.expect("events decode")
				.into_iter()
				.map(|r| r.event)
				.collect()
		})
		.unwrap_or_default()
}

fn free_balance(node: &Node, who: Sr25519Keyring) -> u128 {
	let mut key = storage_key("System", "Account");
	let account = who.to_account_id();
	key.extend(sp_crypto_hashing::blake2_128(account.as_ref()));
	key.extend_from_slice(account.as_ref());
	let raw = node.rpc("state_getStorage", json!([hex(&key)])).unwrap();
	AccountInfo::decode(&mut &unhex(raw.as_str().unwrap())[..]).unwrap().data.free
}

/// Waits for an event `pick` accepts, scanning every new block.
fn wait_event<T>(
	node: &Node,
	what: &str,
	timeout: Duration,
	mut pick: impl FnMut(&RuntimeEvent) -> Option<T>,
) -> T {
	let mut next = 1;
	node.wait_for(what, timeout, |n| {
		let best = n.best_and_finalized()?.0;
		while next <= best {
			for e in events_at(n, next) {
				if let RuntimeEvent::Jobs(pallet_jobs::Event::JobFailed { job, reason, .. }) = &e {
					panic!("job {job} failed: {reason:?}\n{}", n.log_tail(40));
				}
				if let Some(t) = pick(&e) {
					return Some(t);
				}
			}
			next += 1;
		}
		None
	})
}

fn digits_io() -> IoSpec {
	let t = |name: &str, elem, shape: Vec<Dim>| TensorSpec {
		name: name.as_bytes().to_vec().try_into().unwrap(),
		elem,
		shape: shape.try_into().unwrap(),
	};
	IoSpec {
		inputs: vec![t("input", ElementType::Float32, vec![Dim::Dynamic, Dim::Fixed(64)])]
			.try_into()
			.unwrap(),
		outputs: vec![
			t("label", ElementType::Int64, vec![Dim::Dynamic]),
			t("probabilities", ElementType::Float32, vec![Dim::Dynamic, Dim::Fixed(10)]),
		]
		.try_into()
		.unwrap(),
	}
}

#[test]
fn a_dev_node_serves_a_job_end_to_end() {
	let models = models_dir();
	let onnx = std::fs::read(models.join("digits.onnx")).unwrap();
	let read = |f: &str| verity_engine::files::read_tensor(&models.join(f)).unwrap();
	let input = encode_tensors(&[read("digits.one.input.npy")]);
	let expected =
		encode_tensors(&[read("digits.one.label.npy"), read("digits.one.probabilities.npy")]);

	let node = Node::start("dev-inference", &["--dev", "--tmp"]);
	node.wait_for("block 1", Duration::from_secs(180), |n| {
		n.best_and_finalized().filter(|(b, _)| *b >= 1)
	});
	let (dave, eve) =
		(free_balance(&node, Sr25519Keyring::Dave), free_balance(&node, Sr25519Keyring::Eve));

	let royalties = vec![
		pallet_models::Beneficiary {
			account: Sr25519Keyring::Dave.to_account_id(),
			share: Perbill::from_percent(50),
		},
		pallet_models::Beneficiary {
			account: Sr25519Keyring::Eve.to_account_id(),
			share: Perbill::from_percent(50),
		},
	];
	submit(
		&node,
		Sr25519Keyring::Charlie,
		RuntimeCall::Models(pallet_models::Call::register {
			hash: sp_crypto_hashing::blake2_256(&onnx),
			size: onnx.len() as u64,
			uri: format!("file://{}", models.join("digits.onnx").display())
				.into_bytes()
				.try_into()
				.unwrap(),
			io: digits_io(),
			rule: ComparisonRule::Exact,
			royalty_per_job: UNIT,
			royalties: royalties.try_into().unwrap(),
		}),
	);
	wait_event(&node, "ModelRegistered", Duration::from_secs(60), |e| match e {
		RuntimeEvent::Models(pallet_models::Event::ModelRegistered { model, .. }) => Some(*model),
		_ => None,
	});
	submit(
		&node,
		Sr25519Keyring::Alice,
		RuntimeCall::Providers(pallet_providers::Call::register {
			bond: 1_000 * UNIT,
			price: 2 * UNIT,
			models: vec![0].try_into().unwrap(),
		}),
	);
	wait_event(&node, "provider Registered", Duration::from_secs(60), |e| match e {
		RuntimeEvent::Providers(pallet_providers::Event::Registered { .. }) => Some(()),
		_ => None,
	});
	let alice = free_balance(&node, Sr25519Keyring::Alice);

	submit(
		&node,
		Sr25519Keyring::Bob,
		RuntimeCall::Jobs(pallet_jobs::Call::submit {
			model: 0,
			input: input.try_into().unwrap(),
			max_fee: 100 * UNIT,
		}),
	);
	let (hash, paid, royalty) =
		wait_event(&node, "JobCompleted", Duration::from_secs(180), |e| match e {
			RuntimeEvent::Jobs(pallet_jobs::Event::JobCompleted {
				output_hash,
				paid_to_providers,
				royalty,
				..
			}) => Some((*output_hash, *paid_to_providers, *royalty)),
			_ => None,
		});
	assert_eq!(
		hash,
		Hash::from(sp_crypto_hashing::blake2_256(&expected)),
		"the output is Python onnxruntime's"
	);
	assert_eq!(paid, 2 * UNIT);
	assert_eq!(royalty, UNIT);
	assert_eq!(free_balance(&node, Sr25519Keyring::Dave), dave + UNIT / 2);
	assert_eq!(free_balance(&node, Sr25519Keyring::Eve), eve + UNIT / 2);
	// Alice earned her price and paid the fees of her commit and reveal.
	let earned = free_balance(&node, Sr25519Keyring::Alice) as i128 - alice as i128;
	assert!(
		earned > (UNIT as i128) && earned <= 2 * UNIT as i128,
		"Alice's balance moved by {earned}"
	);
	eprintln!("job 0 completed: output hash {hash:?}, provider paid {paid}, royalty {royalty}");
	assert!(node.stop().success());
}
