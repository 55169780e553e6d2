//! Providers' encryption keys kept by their nodes' off-chain workers (`crate::encryption`).

use crate::{mock::*, offchain_tests::*, ENCRYPTION_KEY_TYPE};
use frame_support::traits::Hooks;
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
