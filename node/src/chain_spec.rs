//! Chain specifications: `dev`, `local` and `production`, built from the runtime's genesis
//! presets.

use sc_service::{ChainType, Properties};
use verity_runtime::{SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY};

/// The chain specification type of Verity.
pub type ChainSpec = sc_service::GenericChainSpec;

/// Token symbol, decimals and address format, so wallets show balances right.
pub fn properties() -> Properties {
	let mut p = Properties::new();
	p.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	p.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	p.insert("ss58Format".into(), SS58_PREFIX.into());
	p
}

fn wasm() -> Result<&'static [u8], String> {
	WASM_BINARY.ok_or_else(|| {
		"the Wasm runtime is not available: this node was built with SKIP_WASM_BUILD".into()
	})
}

/// A single-validator development chain (Alice), with a sudo key.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Verity Development")
		.with_id("verity_dev")
		.with_protocol_id("verity")
		.with_chain_type(ChainType::Development)
		.with_properties(properties())
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.build())
}

/// A local four-validator network (Alice, Bob, Charlie, Dave), governed by referenda on test
/// periods, without sudo.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Verity Local Testnet")
		.with_id("verity_local")
		.with_protocol_id("verity")
		.with_chain_type(ChainType::Local)
		.with_properties(properties())
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.build())
}

/// The production preset alone: governance on its production periods (hours and days), no
/// sudo, and no validators, keys or endowments — it does not start a chain. A network makes
/// its spec with `verity-node production-spec --patch FILE` (docs/operator.md).
pub fn production_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm()?, None)
		.with_name("Verity")
		.with_id("verity")
		.with_protocol_id("verity")
		.with_chain_type(ChainType::Live)
		.with_properties(properties())
		.with_genesis_config_preset_name(verity_runtime::genesis_config_presets::PRODUCTION_PRESET)
		.build())
}
