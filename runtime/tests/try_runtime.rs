//! try-runtime's `on-runtime-upgrade` check, run natively on a snapshot of a chain's state:
//! every migration of this runtime runs with its `pre_upgrade`/`post_upgrade` checks, the whole
//! state must then decode, every pallet's `try_state` must hold (the Verity pallets' invariants:
//! jobs, models, providers, validators, blobs), and running the upgrade a second time must
//! change nothing. A migration that breaks state fails here before a referendum can enact it.
//!
//! The snapshot is the file `VERITY_SNAPSHOT` names: the whole state of a running local
//! network, which the test command's network suite writes at its end (`scripts/test`). Without
//! it, the check runs on the `local` preset's genesis state. Run it by hand with
//! `SKIP_WASM_BUILD=1 cargo test -p verity-runtime --features try-runtime --test try_runtime`.
#![cfg(feature = "try-runtime")]

use frame_support::{storage::StoragePrefixedMap, traits::StorageVersion};
use frame_try_runtime::UpgradeCheckSelect;
use sp_core::storage::Storage;
use sp_runtime::BuildStorage;
use verity_runtime::{Executive, Runtime};

/// A snapshot: where it was taken and the state's top-level key/value pairs.
struct Snapshot {
	origin: String,
	storage: Storage,
}

fn unhex(s: &str) -> Vec<u8> {
	let s = s.strip_prefix("0x").unwrap_or(s);
	assert!(s.len() % 2 == 0, "odd-length hex in the snapshot");
	(0..s.len() / 2)
		.map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex in the snapshot"))
		.collect()
}

/// The snapshot `VERITY_SNAPSHOT` names (it must exist if the variable is set), else the
/// `local` preset's genesis.
fn snapshot() -> Snapshot {
	match std::env::var("VERITY_SNAPSHOT") {
		Ok(path) => {
			let text = std::fs::read_to_string(&path)
				.unwrap_or_else(|e| panic!("VERITY_SNAPSHOT={path}: {e}"));
			let json: serde_json::Value = serde_json::from_str(&text).expect("a JSON snapshot");
			let mut storage = Storage::default();
			for pair in json["top"].as_array().expect("the snapshot's `top` pairs") {
				let (k, v) = (pair[0].as_str().expect("a key"), pair[1].as_str().expect("a value"));
				storage.top.insert(unhex(k), unhex(v));
			}
			assert!(
				!storage.top.keys().any(|k| k.starts_with(b":child_storage:")),
				"the snapshot has child tries, which this check does not load"
			);
			let origin = format!(
				"{path}: block #{} {} of {} at runtime {}",
				json["block"],
				json["hash"].as_str().unwrap_or("?"),
				json["chain"].as_str().unwrap_or("?"),
				json["specVersion"]
			);
			Snapshot { origin, storage }
		}
		Err(_) => {
			let patch = verity_runtime::genesis_config_presets::get_preset(
				&sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET.into(),
			)
			.expect("the local preset");
			// The preset is a patch of the default genesis config, as the node applies it.
			let mut json = serde_json::to_value(verity_runtime::RuntimeGenesisConfig::default())
				.expect("JSON");
			json_merge(&mut json, serde_json::from_slice(&patch).expect("preset JSON"));
			let config: verity_runtime::RuntimeGenesisConfig =
				serde_json::from_value(json).expect("the patched config");
			Snapshot {
				origin: "the local preset's genesis".into(),
				storage: config.build_storage().expect("genesis builds"),
			}
		}
	}
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

/// Runs the runtime upgrade with every check on `storage`; then again, which must change
/// nothing. Returns the first run's weight or the first failed check. A failure FRAME reports
/// defensively (a value a migration cannot decode) panics in a debug build: that is a failed
/// check too.
fn try_upgrade(storage: Storage) -> Result<frame_support::weights::Weight, String> {
	let run = move || {
		let mut ext = sp_io::TestExternalities::new(storage);
		let weight = ext
			.execute_with(|| Executive::try_runtime_upgrade(UpgradeCheckSelect::All))
			.map_err(|e| format!("{e:?}"))?;
		ext.commit_all().map_err(|e| e.to_string())?;
		let root = *ext.backend.root();
		ext.execute_with(|| Executive::try_runtime_upgrade(UpgradeCheckSelect::All))
			.map_err(|e| format!("second run: {e:?}"))?;
		ext.commit_all().map_err(|e| e.to_string())?;
		if *ext.backend.root() != root {
			return Err("the upgrade is not idempotent: a second run changed the state".into());
		}
		Ok(weight)
	};
	std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).unwrap_or_else(|panic| {
		let message = panic
			.downcast_ref::<String>()
			.cloned()
			.or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
			.unwrap_or_default();
		Err(format!("panicked: {message}"))
	})
}

#[test]
fn the_runtime_upgrade_passes_every_check_on_the_snapshot() {
	let Snapshot { origin, storage } = snapshot();
	let keys = storage.top.len();
	let weight = try_upgrade(storage).unwrap_or_else(|e| panic!("{origin}: {e}"));
	let max = verity_runtime::configs::RuntimeBlockWeights::get().max_block;
	assert!(weight.all_lte(max), "{origin}: the upgrade weighs {weight} > a block's {max}");
	println!("on-runtime-upgrade: {origin}: {keys} keys, every check passed, weight {weight}");
}

/// The check has teeth: with the providers pallet's version wound back to 1, the v1 -> v2
/// migration reads today's providers as version 1 entries and cannot decode them. FRAME's
/// `translate` reports that defensively (a panic in this debug build) and drops the entry; in
/// the release Wasm the migration's `post_upgrade` then finds providers lost.
#[test]
fn a_migration_that_breaks_state_fails_the_check() {
	let Snapshot { origin, mut storage } = snapshot();
	// A genesis state has no providers: give it one (only its entry, enough to be lost).
	let prefix = pallet_providers::Providers::<Runtime>::final_prefix();
	if !storage.top.keys().any(|k| k.starts_with(&prefix)) {
		let ferdie = sp_keyring::Sr25519Keyring::Ferdie.to_account_id();
		let info: pallet_providers::ProviderInfoOf<Runtime> = pallet_providers::ProviderInfo {
			bond: verity_runtime::UNIT,
			price: verity_runtime::UNIT,
			models: Default::default(),
			status: pallet_providers::ProviderStatus::Active,
		};
		storage.top.insert(
			pallet_providers::Providers::<Runtime>::hashed_key_for(ferdie),
			codec::Encode::encode(&info),
		);
	}
	let key = StorageVersion::storage_key::<pallet_providers::Pallet<Runtime>>();
	storage.top.insert(key.to_vec(), codec::Encode::encode(&StorageVersion::new(1)));
	let err = try_upgrade(storage).expect_err("a migration that drops providers passes");
	assert!(
		err.contains("failed to decode old value") || err.contains("providers were lost"),
		"{origin}: {err}"
	);
	println!("a broken migration fails the check: {err}");
}
