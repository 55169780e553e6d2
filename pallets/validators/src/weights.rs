//! Weights of `pallet_validators`, measured on this project's machine by `scripts/bench-weights`
//! (`verity-node benchmark pallet`, frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-11-30, STEPS: `50`, REPEAT: `20`, CPU: `Intel(R) Xeon(R) Processor`,
//! WASM-EXECUTION: `Compiled`, CHAIN: `Some("dev")`
//!
//! Re-run `scripts/bench-weights` after changing a call; do not edit by hand.

// Executed command:
// /root/.cache/verity/target/benchmark/verity-node
// benchmark
// pallet
// --chain
// dev
// --pallet
// pallet_validators
// --extrinsic
// *
// --steps
// 50
// --repeat
// 20
// --wasm-execution
// compiled
// --heap-pages
// 4096
// --log
// runtime::jobs=warn
// --template
// scripts/weight-template.hbs
// --output
// pallets/validators/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call and hook of `pallet_validators`.
pub trait WeightInfo {
	fn add_validator(n: u32, ) -> Weight;
	fn remove_validator(n: u32, ) -> Weight;
}

/// Measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Session::NextKeys` (r:1 w:0)
	/// Proof: `Session::NextKeys` (`max_values`: None, `max_size`: None, mode: `Measured`)
	/// Storage: `Validators::Validators` (r:1 w:1)
	/// Proof: `Validators::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Validators::SetChanged` (r:0 w:1)
	/// Proof: `Validators::SetChanged` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[1, 31]`.
	fn add_validator(n: u32, ) -> Weight {
		// Proof size: measured `339 + n * (32 ±0)`, estimated `3804 + n * (32 ±0)` bytes.
		// Minimum execution time: 41_430_000 picoseconds.
		Weight::from_parts(80_735_149, 3804)
			// Standard Error: 7_880
			.saturating_add(Weight::from_parts(108_785, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 32).saturating_mul(n.into()))
	}
	/// Storage: `Validators::Validators` (r:1 w:1)
	/// Proof: `Validators::Validators` (`max_values`: Some(1), `max_size`: Some(1025), added: 1520, mode: `MaxEncodedLen`)
	/// Storage: `Validators::SetChanged` (r:0 w:1)
	/// Proof: `Validators::SetChanged` (`max_values`: Some(1), `max_size`: Some(1), added: 496, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[2, 32]`.
	fn remove_validator(_n: u32, ) -> Weight {
		// Proof size: measured `98 + n * (32 ±0)`, estimated `2510` bytes.
		// Minimum execution time: 25_548_000 picoseconds.
		Weight::from_parts(60_037_990, 2510)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn add_validator(n: u32, ) -> Weight {
		Weight::from_parts(80_735_149, 3804)
			.saturating_add(Weight::from_parts(108_785, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(Weight::from_parts(0, 32).saturating_mul(n.into()))
	}
	fn remove_validator(_n: u32, ) -> Weight {
		Weight::from_parts(60_037_990, 2510)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
