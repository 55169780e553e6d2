//! Builds the Wasm runtime (the on-chain code) when the `std` feature is on.
//! `SKIP_WASM_BUILD=1` skips it for pallet and unit tests.
//!
//! The runtime is built twice: once to read its metadata, whose RFC-78 hash (with the token's
//! symbol and decimals) is then built into the second build, so `CheckMetadataHash` can check
//! what a hardware wallet signed against it.

#[cfg(feature = "std")]
fn main() {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("VRT", 12)
		.build();
}

#[cfg(not(feature = "std"))]
fn main() {}
