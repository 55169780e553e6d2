//! Tests of the runtime's wiring: genesis presets, configuration and runtime APIs.

use super::*;
use codec::Decode;
use frame_support::traits::Get;
use sp_consensus_babe::digests::PreDigest;
use sp_core::Pair;
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;
use sp_runtime::BuildStorage;

/// Builds the genesis storage of the preset named `id`, as the node does.
fn preset_storage(id: &str) -> sp_io::TestExternalities {
	let patch = genesis_config_presets::get_preset(&id.into()).expect("preset exists");
	let json: serde_json::Value = serde_json::from_slice(&patch).expect("valid json");
	let mut config = RuntimeGenesisConfig::default();
	let mut default_json = serde_json::to_value(&config).expect("serializes");
	json_merge(&mut default_json, json);
	config = serde_json::from_value(default_json).expect("patched config deserializes");
	config.build_storage().expect("genesis builds").into()
}

fn json_merge(a: &mut serde_json::Value, b: serde_json::Value) {
	match (a, b) {
		(serde_json::Value::Object(a), serde_json::Value::Object(b)) => {
			for (k, v) in b {
				json_merge(a.entry(k).or_insert(serde_json::Value::Null), v);
			}
		}
		(a, b) => *a = b,
	}
}

#[test]
fn all_presets_are_listed() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(names.len(), 3);
	assert!(genesis_config_presets::get_preset(&genesis_config_presets::PRODUCTION_PRESET.into())
		.is_some());
	assert!(genesis_config_presets::get_preset(&DEV_RUNTIME_PRESET.into()).is_some());
	assert!(genesis_config_presets::get_preset(&LOCAL_TESTNET_RUNTIME_PRESET.into()).is_some());
	assert!(genesis_config_presets::get_preset(&"nonsense".into()).is_none());
}

#[test]
fn dev_preset_has_alice_as_sole_validator_and_sudo() {
	preset_storage(DEV_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(pallet_babe::Authorities::<Runtime>::get().len(), 1);
		assert_eq!(Grandpa::grandpa_authorities().len(), 1);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(Sr25519Keyring::Alice.to_account_id()));
		assert_eq!(
			Balances::free_balance(Sr25519Keyring::Bob.to_account_id()),
			genesis_config_presets::ENDOWMENT
		);
	});
}

#[test]
fn local_preset_has_four_validators_and_no_sudo() {
	preset_storage(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		// Four, so that GRANDPA (which needs more than two thirds) survives one fault.
		assert_eq!(pallet_babe::Authorities::<Runtime>::get().len(), 4);
		assert_eq!(Grandpa::grandpa_authorities().len(), 4);
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
	});
}

#[test]
fn total_issuance_matches_endowments() {
	preset_storage(DEV_RUNTIME_PRESET).execute_with(|| {
		let accounts = Sr25519Keyring::iter().count() as u128 - 2;
		assert_eq!(
			pallet_balances::TotalIssuance::<Runtime>::get(),
			accounts * genesis_config_presets::ENDOWMENT + genesis_config_presets::TREASURY_SEED
		);
		assert_eq!(
			Balances::free_balance(configs::TreasuryAccount::get()),
			genesis_config_presets::TREASURY_SEED
		);
	});
}

#[test]
fn slot_duration_is_the_block_time() {
	assert_eq!(Babe::slot_duration(), MILLI_SECS_PER_BLOCK);
	let expected: u64 = <Runtime as pallet_babe::Config>::ExpectedBlockTime::get();
	assert_eq!(expected, MILLI_SECS_PER_BLOCK);
	assert_eq!(
		EXISTENTIAL_DEPOSIT,
		<Runtime as pallet_balances::Config>::ExistentialDeposit::get()
	);
}

#[test]
fn presets_set_the_protocol_parameters() {
	preset_storage(DEV_RUNTIME_PRESET).execute_with(|| {
		let p = pallet_jobs::Params::<Runtime>::get().expect("dev params");
		assert_eq!((p.auditors, p.escalation, p.trusted_after), (1, 3, 10));
		assert_eq!(
			pallet_providers::MinBond::<Runtime>::get(),
			genesis_config_presets::MIN_PROVIDER_BOND
		);
	});
	preset_storage(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let p = pallet_jobs::Params::<Runtime>::get().expect("local params");
		assert_eq!(p.audit_floor, sp_runtime::Perbill::from_percent(5));
		assert!(pallet_jobs::Pallet::<Runtime>::check_params(&p).is_ok());
	});
}

mod governance {
	use super::*;
	use crate::governance::{origins, tracks};
	use frame_support::{assert_noop, assert_ok, traits::OriginTrait};
	use pallet_referenda::TracksInfo as _;
	use sp_runtime::DispatchError;

	fn params_origin() -> RuntimeOrigin {
		origins::Origin::ProtocolParams.into()
	}

	#[test]
	fn only_dev_has_a_sudo_key_and_test_periods_only_on_dev_and_local() {
		for (preset, sudo, test_periods) in
			[(DEV_RUNTIME_PRESET, true, true), (LOCAL_TESTNET_RUNTIME_PRESET, false, true)]
		{
			preset_storage(preset).execute_with(|| {
				assert_eq!(pallet_sudo::Key::<Runtime>::get().is_some(), sudo, "{preset}");
				assert_eq!(origins::TestPeriods::<Runtime>::get(), test_periods, "{preset}");
			});
		}
		production_storage(founders_patch()).execute_with(|| {
			assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
			assert!(!origins::TestPeriods::<Runtime>::get());
		});
	}

	#[test]
	fn the_tracks_pass_referenda_checks_in_both_timings() {
		for test in [false, true] {
			let t = tracks::tracks(test);
			let ids: Vec<_> = t.iter().map(|t| t.id).collect();
			assert_eq!(ids, vec![tracks::ROOT, tracks::PROTOCOL_PARAMS, tracks::TREASURER]);
			for track in &t {
				let i = &track.info;
				assert!(i.max_deciding > 0 && i.decision_deposit > 0);
				assert!(i.decision_period > i.confirm_period && i.min_enactment_period > 0);
				if test {
					// A referendum on test periods is decided within about a minute.
					assert!(i.prepare_period + i.decision_period <= 30);
				} else {
					// Production periods are days, not blocks.
					assert!(i.decision_period >= 7 * DAYS && i.prepare_period >= HOURS);
				}
			}
		}
		// What the origins pallet's integrity test checks, and pallet-referenda's (sorted ids).
		assert_eq!(tracks::check_tracks(), Ok(()));
		new_test_ext(true).execute_with(|| {
			<Runtime as pallet_referenda::Config>::Tracks::check_integrity().unwrap();
			let names: Vec<_> = tracks::TracksInfo::tracks()
				.map(|t| {
					let n = t.info.name;
					String::from_utf8_lossy(&n).trim_end_matches('\0').to_string()
				})
				.collect();
			assert_eq!(names, ["root", "protocol_params", "treasurer"]);
		});
	}

	fn new_test_ext(test_periods: bool) -> sp_io::TestExternalities {
		let mut ext = preset_storage(LOCAL_TESTNET_RUNTIME_PRESET);
		ext.execute_with(|| origins::TestPeriods::<Runtime>::put(test_periods));
		ext
	}

	#[test]
	fn each_origin_has_its_track() {
		let track = |o: RuntimeOrigin| tracks::TracksInfo::track_for(o.caller());
		assert_eq!(track(RuntimeOrigin::root()), Ok(tracks::ROOT));
		assert_eq!(track(params_origin()), Ok(tracks::PROTOCOL_PARAMS));
		assert_eq!(track(origins::Origin::Treasurer.into()), Ok(tracks::TREASURER));
		assert_eq!(track(RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id())), Err(()));
	}

	#[test]
	fn test_periods_follow_the_genesis_flag() {
		new_test_ext(true).execute_with(|| {
			let t = tracks::TracksInfo::info(tracks::PROTOCOL_PARAMS).unwrap();
			assert!(t.decision_period < MINUTES);
		});
		new_test_ext(false).execute_with(|| {
			let t = tracks::TracksInfo::info(tracks::PROTOCOL_PARAMS).unwrap();
			assert_eq!(t.decision_period, 7 * DAYS);
		});
	}

	#[test]
	fn protocol_parameters_change_only_through_governance() {
		new_test_ext(true).execute_with(|| {
			let mut p = pallet_jobs::Params::<Runtime>::get().unwrap();
			p.escalation = 5;
			p.auditors = 1;
			let alice = RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
			assert_noop!(Jobs::set_params(alice.clone(), p.clone()), DispatchError::BadOrigin);
			assert_noop!(
				Jobs::set_params(origins::Origin::Treasurer.into(), p.clone()),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Providers::set_params(alice.clone(), 10 * UNIT, 10),
				DispatchError::BadOrigin
			);
			assert_ok!(Jobs::set_params(params_origin(), p.clone()));
			assert_eq!(pallet_jobs::Params::<Runtime>::get().unwrap().escalation, 5);
			assert_ok!(Providers::set_params(params_origin(), 200 * UNIT, 100));
			assert_eq!(pallet_providers::MinBond::<Runtime>::get(), 200 * UNIT);
			// The unbonding delay is now 100 blocks: a challenge window longer than that would
			// let a provider withdraw before its result could be overturned.
			p.escalation = 3;
			assert_noop!(
				Jobs::set_params(RuntimeOrigin::root(), p.clone()),
				pallet_jobs::Error::<Runtime>::ChallengeOutOfBounds
			);
			// Root (the root track) may set parameters too.
			p.challenge_period = 100;
			assert_ok!(Jobs::set_params(RuntimeOrigin::root(), p));
		});
	}

	#[test]
	fn treasury_spends_need_the_treasurer_track_and_are_capped() {
		new_test_ext(true).execute_with(|| {
			let dave = Sr25519Keyring::Dave.to_account_id();
			let alice = RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id());
			assert_noop!(
				Treasury::spend(alice, Box::new(()), UNIT, Box::new(dave.clone()), None),
				DispatchError::BadOrigin
			);
			assert_noop!(
				Treasury::spend(
					origins::Origin::Treasurer.into(),
					Box::new(()),
					origins::MAX_TREASURY_SPEND + 1,
					Box::new(dave.clone()),
					None
				),
				pallet_treasury::Error::<Runtime>::InsufficientPermission
			);
			assert_ok!(Treasury::spend(
				origins::Origin::Treasurer.into(),
				Box::new(()),
				UNIT,
				Box::new(dave),
				None
			));
		});
	}
}

/// The production preset with `patch` merged in, as `verity-node production-spec` does.
fn production_storage(patch: serde_json::Value) -> sp_io::TestExternalities {
	let preset =
		genesis_config_presets::get_preset(&genesis_config_presets::PRODUCTION_PRESET.into())
			.expect("preset exists");
	let mut json: serde_json::Value = serde_json::from_slice(&preset).expect("valid json");
	json_merge(&mut json, patch);
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).expect("serializes");
	json_merge(&mut config, json);
	let config: RuntimeGenesisConfig = serde_json::from_value(config).expect("deserializes");
	config.build_storage().expect("genesis builds").into()
}

/// A network's own validator (keys from a seed nobody else knows) and endowment.
fn founders_patch() -> serde_json::Value {
	use sp_core::Pair;
	let babe = sp_core::sr25519::Pair::from_seed(&[21; 32]).public();
	let grandpa = sp_core::ed25519::Pair::from_seed(&[22; 32]).public();
	let account: AccountId = babe.into();
	let keys = SessionKeys { babe: babe.into(), grandpa: grandpa.into() };
	serde_json::json!({
		"balances": { "balances": [[account.clone(), 1_000 * UNIT]] },
		"validators": { "validators": [account.clone()] },
		"session": { "keys": [[account.clone(), account, keys]] },
	})
}

#[test]
fn the_production_preset_has_no_keys_and_refuses_the_development_keys() {
	// Without a patch: no validators, and genesis says so.
	let bare = std::panic::catch_unwind(|| production_storage(serde_json::json!({})));
	assert!(bare.is_err(), "the production preset alone must not build");
	// With the development keys: refused.
	let alice = Sr25519Keyring::Alice.to_account_id();
	let dev = std::panic::catch_unwind(|| {
		production_storage(serde_json::json!({ "validators": { "validators": [alice] } }))
	});
	assert!(dev.is_err(), "a development key must be refused");
	// With a network's own keys: it builds, and nothing is endowed but what the patch says.
	production_storage(founders_patch()).execute_with(|| {
		assert_eq!(pallet_babe::Authorities::<Runtime>::get().len(), 1);
		assert_eq!(Grandpa::grandpa_authorities().len(), 1);
		// The patch's balances replace the preset's list (a JSON merge patch replaces arrays);
		// the treasury's account is created with the existential deposit.
		assert_eq!(
			pallet_balances::TotalIssuance::<Runtime>::get(),
			1_000 * UNIT + EXISTENTIAL_DEPOSIT
		);
		assert_eq!(Balances::free_balance(Sr25519Keyring::Alice.to_account_id()), 0);
		assert_eq!(
			pallet_validators::EpochLength::<Runtime>::get(),
			genesis_config_presets::PRODUCTION_EPOCH_LENGTH
		);
	});
}

/// Imports `n` blocks after the current one, each with a BABE pre-digest for the next slot (a
/// secondary plain slot of authority 0), running BABE's and Session's hooks: epochs and sessions
/// change as on a chain.
fn next_blocks(n: u32) {
	use frame_support::traits::Hooks;
	use sp_consensus_babe::digests::{PreDigest, SecondaryPlainPreDigest};
	for _ in 0..n {
		let now = System::block_number() + 1;
		let slot = pallet_babe::CurrentSlot::<Runtime>::get().max(100.into()) + 1;
		let digest = sp_runtime::Digest {
			logs: vec![sp_runtime::DigestItem::PreRuntime(
				sp_consensus_babe::BABE_ENGINE_ID,
				codec::Encode::encode(&PreDigest::SecondaryPlain(SecondaryPlainPreDigest {
					authority_index: 0,
					slot,
				})),
			)],
		};
		System::initialize(&now, &Default::default(), &digest);
		Babe::on_initialize(now);
		Session::on_initialize(now);
		Babe::on_finalize(now);
	}
}

#[test]
fn a_validator_joins_with_its_own_session_keys_and_a_root_decision() {
	let mut ext = preset_storage(DEV_RUNTIME_PRESET);
	ext.register_extension(sp_keystore::KeystoreExt::new(
		sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| {
		System::set_block_number(1);
		let bob = Sr25519Keyring::Bob.to_account_id();
		let generated = SessionKeys::generate(&codec::Encode::encode(&bob), None);
		let keys = generated.keys.clone();
		// What `author_rotateKeysWithOwner` returns: the encoded keys and proof of possession.
		let opaque: sp_session::OpaqueGeneratedSessionKeys = generated.into();
		assert_eq!(SessionKeys::decode(&mut &opaque.keys[..]).ok(), Some(keys.clone()));
		let proof = opaque.proof;

		// Not without keys, not by a signed origin, not with someone else's proof.
		assert_eq!(
			Validators::add_validator(RuntimeOrigin::root(), bob.clone()),
			Err(pallet_validators::Error::<Runtime>::NoSessionKeys.into())
		);
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert!(
			Session::set_keys(RuntimeOrigin::signed(alice), keys.clone(), proof.clone()).is_err()
		);

		let free = Balances::free_balance(&bob);
		assert!(Session::set_keys(RuntimeOrigin::signed(bob.clone()), keys.clone(), proof).is_ok());
		assert_eq!(Balances::free_balance(&bob), free - configs::SessionKeyDeposit::get());
		assert!(Validators::add_validator(RuntimeOrigin::signed(bob.clone()), bob.clone()).is_err());
		assert!(Validators::add_validator(RuntimeOrigin::root(), bob.clone()).is_ok());
		assert_eq!(pallet_babe::Authorities::<Runtime>::get().len(), 1, "not yet");

		// The set is queued at the end of the current epoch and active from the next but one:
		// within two epochs of the change.
		let epoch = genesis_config_presets::DEV_EPOCH_LENGTH as u32;
		let mut blocks = 0;
		while pallet_babe::Authorities::<Runtime>::get().len() < 2 {
			next_blocks(1);
			blocks += 1;
			assert!(blocks <= 2 * epoch + 1, "not active after {blocks} blocks");
		}
		assert!(blocks > 1);
		let babe = pallet_babe::Authorities::<Runtime>::get();
		assert!(babe.iter().any(|(id, _)| *id == keys.babe));
		let change = Grandpa::pending_change().expect("GRANDPA schedules the new set");
		assert_eq!(change.next_authorities.len(), 2);
		assert!(change.next_authorities.iter().any(|(id, _)| *id == keys.grandpa));
		assert_eq!(pallet_session::Validators::<Runtime>::get(), vec![alice_id(), bob.clone()]);

		// Sessions are BABE's epochs: the next one starts an epoch later.
		let index = pallet_session::CurrentIndex::<Runtime>::get();
		next_blocks(epoch - 1);
		assert_eq!(pallet_session::CurrentIndex::<Runtime>::get(), index);
		next_blocks(1);
		assert_eq!(pallet_session::CurrentIndex::<Runtime>::get(), index + 1);
	});
}

#[test]
fn committees_are_drawn_from_the_vrf_outputs_of_the_drawing_block_and_its_parent() {
	use frame_support::traits::Randomness;
	use sp_consensus_babe::digests::{PreDigest, SecondaryVRFPreDigest};
	preset_storage(DEV_RUNTIME_PRESET).execute_with(|| {
		// A block without a BABE pre-digest has no fresh randomness.
		assert_eq!(configs::RecentBlocksVrf::random(b"x").0, None);

		// The fixture's block (a real VRF signature of its slot) has: the same subject and the
		// same state before the block give another value with another VRF output.
		babe_fixture::install();
		let (with_fixture, known_since) = configs::RecentBlocksVrf::random(b"x");
		assert!(with_fixture.is_some());
		assert_eq!(known_since, System::block_number(), "known from this block on");
		assert_ne!(configs::RecentBlocksVrf::random(b"y").0, with_fixture, "bound to the subject");

		// The parent's VRF output is mixed in: another parent, another value; none, none.
		pallet_babe::AuthorVrfRandomness::<Runtime>::put(Some([2u8; 32]));
		let (other_parent, _) = configs::RecentBlocksVrf::random(b"x");
		assert!(other_parent.is_some());
		assert_ne!(other_parent, with_fixture, "the parent's output counts");
		pallet_babe::AuthorVrfRandomness::<Runtime>::put(None::<[u8; 32]>);
		assert_eq!(configs::RecentBlocksVrf::random(b"x").0, None, "no parent output, no value");
		pallet_babe::AuthorVrfRandomness::<Runtime>::put(Some(babe_fixture::PARENT_VRF));
		assert_eq!(configs::RecentBlocksVrf::random(b"x").0, with_fixture);

		let other = sp_core::sr25519::Pair::from_seed(&[8; 32]);
		let transcript =
			sp_consensus_babe::make_vrf_transcript(&[0; 32], babe_fixture::SLOT.into(), 0);
		use sp_core::crypto::VrfSecret;
		let signature = other.vrf_sign(&transcript.into_sign_data());
		let authority: sp_consensus_babe::AuthorityId = other.public().into();
		pallet_babe::Authorities::<Runtime>::put(frame_support::WeakBoundedVec::force_from(
			vec![(authority, 1)],
			None,
		));
		pallet_babe::Initialized::<Runtime>::put(Some(PreDigest::SecondaryVRF(
			SecondaryVRFPreDigest {
				authority_index: 0,
				slot: babe_fixture::SLOT.into(),
				vrf_signature: signature,
			},
		)));
		let (with_other, _) = configs::RecentBlocksVrf::random(b"x");
		assert!(with_other.is_some());
		assert_ne!(with_other, with_fixture, "another block's VRF output, another value");
	});
}

#[test]
fn committee_randomness_needs_blocks_by_two_authors() {
	use frame_support::traits::{Hooks, Randomness};
	use sp_runtime::DigestItem;
	preset_storage(DEV_RUNTIME_PRESET).execute_with(|| {
		babe_fixture::install();
		let fixture: sp_consensus_babe::AuthorityId =
			sp_core::sr25519::Public::from_raw(babe_fixture::PUBLIC).into();
		let other: sp_consensus_babe::AuthorityId =
			sp_core::sr25519::Public::from_raw([8; 32]).into();
		let alice = Sr25519Keyring::Alice.to_account_id();
		let bob = Sr25519Keyring::Bob.to_account_id();
		// The block's author, as the import of a real block puts it in the digest: the
		// authority at its index in BABE's authorities, the validator at that index in the
		// session's.
		System::deposit_log(DigestItem::PreRuntime(
			sp_consensus_babe::BABE_ENGINE_ID,
			codec::Encode::encode(&babe_fixture::pre_digest().unwrap()),
		));
		assert_eq!(pallet_session::Validators::<Runtime>::get(), vec![alice.clone()]);
		assert_eq!(block_authors::Pallet::<Runtime>::current_author(), Some(alice.clone()));

		// One validator: it authors every block, so there is nobody to keep the draw from.
		assert!(configs::RecentBlocksVrf::random(b"x").0.is_some());

		// Two validators: the parent by the same validator as this block gives no value (the
		// draw waits); by the other, a value.
		pallet_babe::Authorities::<Runtime>::put(frame_support::WeakBoundedVec::force_from(
			vec![(fixture, 1), (other, 1)],
			None,
		));
		pallet_session::Validators::<Runtime>::put(vec![alice.clone(), bob.clone()]);
		block_authors::LastAuthor::<Runtime>::put(alice.clone());
		assert_eq!(configs::RecentBlocksVrf::random(b"x").0, None, "one author of both blocks");
		block_authors::LastAuthor::<Runtime>::kill();
		assert_eq!(configs::RecentBlocksVrf::random(b"x").0, None, "the parent's author unknown");
		block_authors::LastAuthor::<Runtime>::put(bob);
		assert!(configs::RecentBlocksVrf::random(b"x").0.is_some(), "two authors");

		// At the end of the block, its author is kept for the next one.
		block_authors::LastAuthor::<Runtime>::kill();
		block_authors::Pallet::<Runtime>::on_finalize(System::block_number());
		assert_eq!(block_authors::LastAuthor::<Runtime>::get(), Some(alice));
	});
}

#[test]
fn the_benchmark_fixture_is_a_real_vrf_signature() {
	use sp_core::{
		crypto::{VrfPublic, VrfSecret},
		Pair,
	};
	let pair = sp_core::sr25519::Pair::from_seed(&[7; 32]);
	assert_eq!(pair.public().0, babe_fixture::PUBLIC, "PUBLIC: {:?}", pair.public().0);
	let transcript = sp_consensus_babe::make_vrf_transcript(&[0; 32], babe_fixture::SLOT.into(), 0);
	let fresh = pair.vrf_sign(&transcript.clone().into_sign_data());
	let Some(PreDigest::SecondaryVRF(d)) = babe_fixture::pre_digest() else {
		panic!("SIGNATURE does not decode: {:?}", codec::Encode::encode(&fresh))
	};
	assert_eq!(
		d.vrf_signature.pre_output,
		fresh.pre_output,
		"SIGNATURE: {:?}",
		codec::Encode::encode(&fresh)
	);
	assert!(pair.public().vrf_verify(&transcript.into_sign_data(), &d.vrf_signature));
}

fn alice_id() -> AccountId {
	Sr25519Keyring::Alice.to_account_id()
}
