//! Tests of the runtime's wiring: genesis presets, configuration and runtime APIs.

use super::*;
use codec::Decode;
use frame_support::traits::Get;
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
		let aura = pallet_aura::Authorities::<Runtime>::get();
		assert_eq!(aura.len(), 1);
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
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
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
	assert_eq!(<Runtime as pallet_aura::Config>::SlotDuration::get(), MILLI_SECS_PER_BLOCK);
	assert_eq!(
		EXISTENTIAL_DEPOSIT,
		<Runtime as pallet_balances::Config>::ExistentialDeposit::get()
	);
}

#[test]
fn presets_set_the_protocol_parameters() {
	preset_storage(DEV_RUNTIME_PRESET).execute_with(|| {
		let p = pallet_jobs::Params::<Runtime>::get().expect("dev params");
		assert_eq!((p.redundancy, p.quorum), (1, 1));
		assert_eq!(
			pallet_providers::MinBond::<Runtime>::get(),
			genesis_config_presets::MIN_PROVIDER_BOND
		);
	});
	preset_storage(LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
		let p = pallet_jobs::Params::<Runtime>::get().expect("local params");
		assert_eq!((p.redundancy, p.quorum), (3, 2));
		assert!(pallet_jobs::Pallet::<Runtime>::params_valid(&p));
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
		for (preset, sudo, test_periods) in [
			(DEV_RUNTIME_PRESET, true, true),
			(LOCAL_TESTNET_RUNTIME_PRESET, false, true),
			(genesis_config_presets::PRODUCTION_PRESET, false, false),
		] {
			preset_storage(preset).execute_with(|| {
				assert_eq!(pallet_sudo::Key::<Runtime>::get().is_some(), sudo, "{preset}");
				assert_eq!(origins::TestPeriods::<Runtime>::get(), test_periods, "{preset}");
			});
		}
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
			p.redundancy = 2;
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
			assert_eq!(pallet_jobs::Params::<Runtime>::get().unwrap().redundancy, 2);
			assert_ok!(Providers::set_params(params_origin(), 200 * UNIT, 100));
			assert_eq!(pallet_providers::MinBond::<Runtime>::get(), 200 * UNIT);
			// Root (the root track) may too.
			p.redundancy = 3;
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

/// Runs `on_initialize` of Session (which rotates sessions) for the blocks after the current.
fn next_blocks(n: u32) {
	use frame_support::traits::Hooks;
	for _ in 0..n {
		let now = System::block_number() + 1;
		System::set_block_number(now);
		Session::on_initialize(now);
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
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1, "not yet");

		// The next block queues the new set, the one after makes it active.
		next_blocks(1);
		assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
		next_blocks(1);
		let aura = pallet_aura::Authorities::<Runtime>::get();
		assert_eq!(aura.len(), 2);
		assert!(aura.contains(&keys.aura));
		let change = Grandpa::pending_change().expect("GRANDPA schedules the new set");
		assert_eq!(change.next_authorities.len(), 2);
		assert!(change.next_authorities.iter().any(|(id, _)| *id == keys.grandpa));
		assert_eq!(pallet_session::Validators::<Runtime>::get(), vec![alice_id(), bob.clone()]);

		// Then sessions rotate every DEV_SESSION_LENGTH blocks again.
		let index = pallet_session::CurrentIndex::<Runtime>::get();
		next_blocks(3);
		assert_eq!(pallet_session::CurrentIndex::<Runtime>::get(), index);
	});
}

fn alice_id() -> AccountId {
	Sr25519Keyring::Alice.to_account_id()
}
