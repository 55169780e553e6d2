//! Tests of the runtime's wiring: genesis presets, configuration and runtime APIs.

use super::*;
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
fn both_presets_are_listed() {
	let names = genesis_config_presets::preset_names();
	assert_eq!(names.len(), 2);
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
