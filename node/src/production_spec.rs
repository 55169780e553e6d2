//! `verity-node production-spec`: a network's chain spec from the `production` preset and the
//! founders' own patch — their validators, session keys and endowments — never a hand edit.
//!
//! The patch is a JSON merge patch over the preset (objects merge, other values, arrays
//! included, replace). It is refused if it names a well-known development key (the `//Alice`
//! … accounts, or their BABE or GRANDPA keys, by SS58 address or hex), and the genesis it
//! makes is built once before anything is written, so a spec that cannot start a chain is
//! never handed out.

use crate::chain_spec::{properties, ChainSpec};
use sc_service::ChainType;
use serde_json::Value;
use sp_core::crypto::Ss58Codec;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::BuildStorage;
use std::path::PathBuf;

/// Makes a network's chain spec from the `production` preset and a JSON patch.
#[derive(Debug, clap::Parser)]
pub struct ProductionSpecCmd {
	/// The founders' patch: a JSON object merged over the preset, e.g. `{"balances":
	/// {"balances": [...]}, "validators": {"validators": [...]}, "session": {"keys": [...]}}`.
	#[arg(long, value_name = "FILE")]
	pub patch: PathBuf,

	/// The chain's name (shown by wallets and telemetry).
	#[arg(long, default_value = "Verity")]
	pub name: String,

	/// The chain's id: also the directory under the base path its database lives in.
	#[arg(long, default_value = "verity")]
	pub id: String,

	/// Write the raw spec (genesis as storage), which is what nodes should be started with.
	#[arg(long)]
	pub raw: bool,
}

/// Merges `patch` into `base` as a JSON merge patch (RFC 7386): objects merge key by key,
/// `null` removes a key, anything else replaces.
pub fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (k, v) in patch {
				if v.is_null() {
					base.remove(&k);
				} else {
					merge(base.entry(k).or_insert(Value::Null), v);
				}
			}
		}
		(base, patch) => *base = patch,
	}
}

/// The well-known development keys found in `json` (as SS58 addresses or hex public keys).
pub fn development_keys_in(json: &str) -> Vec<String> {
	let text = json.to_lowercase();
	let mut found = Vec::new();
	for k in Sr25519Keyring::iter() {
		let public = k.public();
		let hex = format!("{:x}", sp_core::H256(public.0));
		if text.contains(&public.to_ss58check().to_lowercase()) || text.contains(&hex) {
			found.push(format!("{k:?} (sr25519: account or BABE key)"));
		}
	}
	for k in Ed25519Keyring::iter() {
		let public = k.public();
		let hex = format!("{:x}", sp_core::H256(public.0));
		if text.contains(&public.to_ss58check().to_lowercase()) || text.contains(&hex) {
			found.push(format!("{k:?} (ed25519: GRANDPA key)"));
		}
	}
	found
}

impl ProductionSpecCmd {
	/// Builds the spec and prints it.
	pub fn run(&self) -> sc_cli::Result<()> {
		let text = std::fs::read_to_string(&self.patch)
			.map_err(|e| sc_cli::Error::Input(format!("{}: {e}", self.patch.display())))?;
		let patch: Value = serde_json::from_str(&text).map_err(|e| {
			sc_cli::Error::Input(format!("{}: not JSON: {e}", self.patch.display()))
		})?;
		if !patch.is_object() {
			return Err(sc_cli::Error::Input(format!(
				"{}: the patch must be a JSON object",
				self.patch.display()
			)));
		}
		let dev = development_keys_in(&text);
		if !dev.is_empty() {
			return Err(sc_cli::Error::Input(format!(
				"{}: names well-known development keys, which anyone can sign with: {}",
				self.patch.display(),
				dev.join(", ")
			)));
		}
		let mut genesis = verity_runtime::genesis_config_presets::production_config_genesis();
		merge(&mut genesis, patch);
		let wasm = verity_runtime::WASM_BINARY.ok_or_else(|| {
			sc_cli::Error::Input("this node was built without its Wasm runtime".into())
		})?;
		let spec: ChainSpec = ChainSpec::builder(wasm, None)
			.with_name(&self.name)
			.with_id(&self.id)
			.with_protocol_id(&self.id)
			.with_chain_type(ChainType::Live)
			.with_properties(properties())
			.with_genesis_config_patch(genesis)
			.build();
		// Build the genesis once: the runtime refuses a genesis without validators (and the
		// development keys) here, not when the first node starts.
		spec.build_storage()
			.map_err(|e| sc_cli::Error::Input(format!("the genesis does not build: {e}")))?;
		let json = spec.as_json(self.raw).map_err(sc_cli::Error::Input)?;
		println!("{json}");
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_merge_patch_merges_objects_and_replaces_the_rest() {
		let mut base = serde_json::json!({"a": {"x": 1, "y": [1, 2]}, "b": 2});
		merge(&mut base, serde_json::json!({"a": {"y": [3], "z": 4}, "b": null}));
		assert_eq!(base, serde_json::json!({"a": {"x": 1, "y": [3], "z": 4}}));
	}

	#[test]
	fn development_keys_are_found_by_address_and_hex() {
		let alice = Sr25519Keyring::Alice.to_account_id().to_ss58check();
		assert_eq!(development_keys_in(&format!("{{\"v\": [\"{alice}\"]}}")).len(), 1);
		let bob_grandpa = format!("0x{:x}", sp_core::H256(Ed25519Keyring::Bob.public().0));
		assert_eq!(development_keys_in(&bob_grandpa.to_uppercase()).len(), 1);
		let mine = sp_core::sr25519::Public::from_raw([9; 32]).to_ss58check();
		assert!(development_keys_in(&mine).is_empty());
	}
}
