//! Builds the Wasm runtime (the on-chain code) when the `std` feature is on.
//! `SKIP_WASM_BUILD=1` skips it for pallet and unit tests.

#[cfg(feature = "std")]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

#[cfg(not(feature = "std"))]
fn main() {}
