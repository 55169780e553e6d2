//! Providers' encryption keys kept by their nodes' off-chain workers (`crate::encryption`).

use crate::{mock::*, offchain_tests::*, ENCRYPTION_KEY_TYPE};
use frame_support::{assert_ok, traits::Hooks};
use pallet_providers::{EncryptionKey, EncryptionKeys};
use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
use sp_runtime::testing::UintAuthorityId;
use std::sync::Arc;
use verity_inference::{InferenceEngine, InferenceError, InferenceRequest, WorkerEvent};
use verity_primitives::privacy;

/// An engine no test here calls.
struct NoEngine;

impl InferenceEngine for NoEngine {
	fn infer(&self, _: &InferenceRequest) -> Result<Vec<u8>, InferenceError> {
		Err(InferenceError::NoEngine)
	}

	fn report(&self, _: WorkerEvent) {}
}

/// Test externalities whose node keystore holds the `vrte` keys of `seeds`.
fn node_with_keys(
	seeds: &[&str],
) -> (sp_io::TestExternalities, Arc<parking_lot::RwLock<sp_core::offchain::testing::PoolState>>) {
	let (mut t, pool, _) = with_engine(NoEngine);
	let keystore = MemoryKeystore::new();
	for seed in seeds {
		keystore.ed25519_generate_new(ENCRYPTION_KEY_TYPE, Some(seed)).unwrap();
	}
	t.register_extension(KeystoreExt::new(keystore));
	(t, pool)
}

fn keys_sent(
	pool: &Arc<parking_lot::RwLock<sp_core::offchain::testing::PoolState>>,
) -> Vec<([u8; 32], u32)> {
	pool_calls(pool)
		.into_iter()
		.filter_map(|c| match c {
			RuntimeCall::Providers(pallet_providers::Call::set_encryption_key {
				key,
				rotation,
			}) => Some((key, rotation)),
			_ => None,
		})
		.collect()
}

#[test]
fn a_providers_node_registers_one_key_per_provider_and_derives_its_secret_again() {
	let (mut t, pool) = node_with_keys(&["//Node"]);
	t.execute_with(|| {
		setup(verity_primitives::ComparisonRule::Exact);
		let outsider = 99;
		UintAuthorityId::set_all_keys(vec![P1, P2, outsider]);
		Jobs::offchain_worker(1);
		// One first key for each registered provider of the node; none for an account that is
		// not a provider.
		let sent = keys_sent(&pool);
		assert_eq!(sent.len(), 2);
		assert!(sent.iter().all(|(_, rotation)| *rotation == 0));
		assert_ne!(sent[0].0, sent[1].0, "each provider its own key");
		assert_eq!(dispatch_pool(&pool), 2);
		for p in [P1, P2] {
			let registered = EncryptionKeys::<Test>::get(p).expect("registered");
			let secret = Jobs::encryption_secret(&p).expect("the node derives it again");
			assert_eq!(privacy::public_key(&secret), registered.key);
		}
		// Registered: nothing more to send.
		Jobs::offchain_worker(2);
		assert!(keys_sent(&pool).is_empty());
	});
}

#[test]
fn a_key_the_node_cannot_derive_is_replaced_at_the_next_rotation_and_sent_once_until_it_lands() {
	let (mut t, pool) = node_with_keys(&["//Node"]);
	t.execute_with(|| {
		setup(verity_primitives::ComparisonRule::Exact);
		UintAuthorityId::set_all_keys(vec![P1]);
		// The chain holds a key of P1's that this node's keystore does not derive (the
		// operator replaced the `vrte` key).
		let old = privacy::public_key(&[7; 32]);
		EncryptionKeys::<Test>::insert(P1, EncryptionKey { key: old, rotation: 3 });
		assert_eq!(Jobs::encryption_secret(&P1), None);
		Jobs::offchain_worker(1);
		let sent = keys_sent(&pool);
		assert_eq!(sent.len(), 1);
		assert_eq!(sent[0].1, 4, "the next rotation");
		// Not landed yet: not sent again for `RESUBMIT_AFTER` blocks, then once more.
		pool.write().transactions.clear();
		for n in 2..1 + crate::offchain::RESUBMIT_AFTER as u64 {
			Jobs::offchain_worker(n);
			assert!(keys_sent(&pool).is_empty(), "block {n}");
		}
		Jobs::offchain_worker(1 + crate::offchain::RESUBMIT_AFTER as u64);
		assert_eq!(keys_sent(&pool), sent);
		assert_eq!(dispatch_pool(&pool), 1);
		assert!(Jobs::encryption_secret(&P1).is_some());
	});
}

#[test]
fn a_node_without_an_encryption_key_registers_none() {
	let (mut t, pool) = node_with_keys(&[]);
	t.execute_with(|| {
		setup(verity_primitives::ComparisonRule::Exact);
		UintAuthorityId::set_all_keys(vec![P1, P2]);
		Jobs::offchain_worker(1);
		assert!(keys_sent(&pool).is_empty());
		assert_eq!(EncryptionKeys::<Test>::get(P1), None);
	});
}

#[test]
fn two_nodes_derive_different_keys_for_the_same_provider() {
	let key_of = |seed: &str| {
		let (mut t, pool) = node_with_keys(&[seed]);
		t.execute_with(|| {
			setup(verity_primitives::ComparisonRule::Exact);
			UintAuthorityId::set_all_keys(vec![P1]);
			Jobs::offchain_worker(1);
			keys_sent(&pool)[0].0
		})
	};
	assert_eq!(key_of("//A"), key_of("//A"), "one keystore key derives one key");
	assert_ne!(key_of("//A"), key_of("//B"));
}

/// Answers the requests with `answers` in turn and keeps the inputs it was given.
struct Recording {
	answers: Vec<Vec<u8>>,
	inputs: std::sync::Mutex<Vec<Vec<u8>>>,
}

impl InferenceEngine for Recording {
	fn infer(&self, request: &InferenceRequest) -> Result<Vec<u8>, InferenceError> {
		let mut inputs = self.inputs.lock().unwrap();
		let answer = self.answers[inputs.len() % self.answers.len()].clone();
		inputs.push(request.input.clone());
		Ok(answer)
	}

	fn report(&self, _: WorkerEvent) {}
}

const CONTENT: privacy::SecretKey = [42; 32];

/// A node with a `vrte` key serving P1..P4, whose database holds job 0's sealed input; job 0
/// is private and drawn, its providers' keys registered by the worker. Runs `f` with the pool,
/// the engine and the providers drawn.
fn private_job_on_a_node(
	f: impl FnOnce(
		&Arc<parking_lot::RwLock<sp_core::offchain::testing::PoolState>>,
		&Recording,
		Vec<AccountId>,
	),
) {
	private_job_of_rule_on_a_node(
		verity_primitives::ComparisonRule::Exact,
		vec![floats(&[0.25, 0.75])],
		f,
	)
}

/// As [`private_job_on_a_node`], for a model compared by `rule`, the engine answering
/// `answers` in turn.
fn private_job_of_rule_on_a_node(
	rule: verity_primitives::ComparisonRule,
	answers: Vec<Vec<u8>>,
	f: impl FnOnce(
		&Arc<parking_lot::RwLock<sp_core::offchain::testing::PoolState>>,
		&Recording,
		Vec<AccountId>,
	),
) {
	let engine = Recording { answers, inputs: Default::default() };
	let (mut t, pool, engine) = with_engine(engine);
	let keystore = MemoryKeystore::new();
	keystore.ed25519_generate_new(ENCRYPTION_KEY_TYPE, Some("//Node")).unwrap();
	t.register_extension(KeystoreExt::new(keystore));
	let sealed = privacy::seal(&CONTENT, b"input", &input());
	let hash = sp_io::hashing::blake2_256(&sealed);
	let data = sealed.clone();
	t.register_extension(verity_inference::StoredDataExt(Arc::new(move |h: &[u8; 32]| {
		(*h == hash).then(|| data.clone())
	})));
	t.execute_with(|| {
		let m = setup(rule);
		UintAuthorityId::set_all_keys(PROVIDERS.to_vec());
		Jobs::offchain_worker(1);
		assert_eq!(dispatch_pool(&pool), 4, "each provider's key registered");
		let stored = store_blob(&sealed, 10_000);
		assert_eq!(stored.0, hash);
		assert_ok!(Jobs::submit_private(
			RuntimeOrigin::signed(USER),
			m,
			stored,
			sealed.len() as u32,
			privacy::key_commitment(&CONTENT),
			10_000,
			Q3
		));
		draw_distinct(0);
		let ps = assigned(0);
		f(&pool, &engine, ps);
	});
}

fn give_keys_to(ps: &[AccountId], keys: &[privacy::PublicKey]) {
	let ephemeral = [43u8; 32];
	let wraps: Vec<_> =
		keys.iter().map(|k| privacy::wrap(&CONTENT, &ephemeral, k, 0).unwrap()).collect();
	assert_eq!(ps.len(), wraps.len());
	assert_ok!(Jobs::provide_keys(
		RuntimeOrigin::signed(USER),
		0,
		privacy::public_key(&ephemeral),
		wraps.try_into().unwrap()
	));
}

#[test]
fn a_seat_holders_worker_opens_the_private_input_with_its_key_and_commits_its_output_sealed() {
	private_job_on_a_node(|pool, engine, ps| {
		let n = System::block_number();
		// No key yet: nothing runs, nothing is sent.
		Jobs::offchain_worker(n);
		assert!(engine.inputs.lock().unwrap().is_empty());
		assert_eq!(pool.read().transactions.len(), 0);
		let keys: Vec<_> = ps.iter().map(|p| EncryptionKeys::<Test>::get(p).unwrap().key).collect();
		give_keys_to(&ps, &keys);
		Jobs::offchain_worker(n);
		assert_eq!(
			*engine.inputs.lock().unwrap(),
			vec![input().into_inner(); 3],
			"each worker ran the model on the input it opened"
		);
		let sealed = privacy::seal_output(&CONTENT, &floats(&[0.25, 0.75]));
		for p in &ps {
			let j = crate::Jobs::<Test>::get(0).unwrap();
			let record = Jobs::work_record(&Jobs::job_key(0, &j), p).unwrap();
			assert_eq!(record.outcome, verity_primitives::Outcome::Output(sealed.clone()));
		}
		assert_eq!(dispatch_pool(pool), 3);
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(pool), 3);
		assert!(matches!(
			crate::Jobs::<Test>::get(0).unwrap().phase,
			crate::Phase::Completed { .. }
		));
		let result = crate::Results::<Test>::get(0).unwrap();
		assert_eq!(privacy::open_output(&CONTENT, &result).unwrap(), floats(&[0.25, 0.75]));
	});
}

#[test]
fn a_seat_whose_key_does_not_open_commits_that_it_could_not_read_the_input() {
	private_job_on_a_node(|pool, engine, ps| {
		let n = System::block_number();
		// The submitter wraps ps[0]'s key to another key.
		let mut keys: Vec<_> =
			ps.iter().map(|p| EncryptionKeys::<Test>::get(p).unwrap().key).collect();
		keys[0] = privacy::public_key(&[9; 32]);
		give_keys_to(&ps, &keys);
		Jobs::offchain_worker(n);
		assert_eq!(engine.inputs.lock().unwrap().len(), 2, "ps[0] ran nothing");
		let j = crate::Jobs::<Test>::get(0).unwrap();
		let record = Jobs::work_record(&Jobs::job_key(0, &j), &ps[0]).unwrap();
		assert_eq!(
			record.outcome,
			verity_primitives::Outcome::Failure(verity_primitives::FailureKind::InputUnavailable)
		);
		assert_eq!(dispatch_pool(pool), 3);
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(pool), 3);
		assert!(matches!(
			crate::Jobs::<Test>::get(0).unwrap().phase,
			crate::Phase::Completed { .. }
		));
		let bond = |p| {
			<Balances as frame_support::traits::fungible::InspectHold<_>>::balance_on_hold(
				&pallet_providers::HoldReason::ProviderBond.into(),
				&p,
			)
		};
		assert_eq!(bond(ps[0]), BOND, "not slashed");
	});
}

#[test]
fn seat_holders_workers_judge_differing_sealed_outputs_of_a_tolerance_model_and_the_wrong_one_loses(
) {
	let rule = verity_primitives::ComparisonRule::Tolerance { abs_ppb: 1_000, rel_ppb: 1_000 };
	let answers = vec![floats(&[0.25, 0.75]), floats(&[0.250_000_1, 0.75]), floats(&[0.9, 0.1])];
	private_job_of_rule_on_a_node(rule, answers, |pool, _, ps| {
		let n = System::block_number();
		let keys: Vec<_> = ps.iter().map(|p| EncryptionKeys::<Test>::get(p).unwrap().key).collect();
		give_keys_to(&ps, &keys);
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(pool), 3, "commits");
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(pool), 3, "reveals");
		let j = crate::Jobs::<Test>::get(0).unwrap();
		assert!(matches!(j.phase, crate::Phase::Judging { .. }), "{:?}", j.phase);
		// What each seat computed, opened as the test's submitter would.
		let plain: Vec<Vec<u8>> = ps
			.iter()
			.map(|p| match Jobs::work_record(&Jobs::job_key(0, &j), p).unwrap().outcome {
				verity_primitives::Outcome::Output(sealed) => {
					privacy::open_output(&CONTENT, &sealed).unwrap()
				}
				o => panic!("an output: {o:?}"),
			})
			.collect();
		let seat = |p: &AccountId| j.assignments.iter().position(|a| a.provider == *p).unwrap();
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(pool), 3, "verdicts");
		let judged = crate::Judgements::<Test>::get(0);
		for (p, mine) in ps.iter().zip(&plain) {
			let expected = ps
				.iter()
				.zip(&plain)
				.filter(|(_, other)| rule.agree(mine, other))
				.fold(0u64, |n, (q, _)| n | 1 << seat(q));
			let e = judged.iter().find(|e| e.seat as usize == seat(p)).unwrap();
			assert_eq!(e.agrees, Some(expected), "provider {p}'s verdicts");
		}
		assert!(matches!(
			crate::Jobs::<Test>::get(0).unwrap().phase,
			crate::Phase::Completed { .. }
		));
		let result = crate::Results::<Test>::get(0).unwrap();
		assert_eq!(privacy::open_output(&CONTENT, &result).unwrap(), floats(&[0.25, 0.75]));
		let bond = |p| {
			<Balances as frame_support::traits::fungible::InspectHold<_>>::balance_on_hold(
				&pallet_providers::HoldReason::ProviderBond.into(),
				&p,
			)
		};
		for (p, mine) in ps.iter().zip(&plain) {
			let lied = *mine == floats(&[0.9, 0.1]);
			assert_eq!(bond(*p) < BOND, lied, "provider {p}");
		}
		// Sent once: nothing more to do.
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(pool), 0);
	});
}
