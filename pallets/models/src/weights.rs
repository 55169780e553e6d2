//! Weights of `pallet_models`, measured on this project's machine by `scripts/bench-weights`
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
// pallet_models
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
// --template
// scripts/weight-template.hbs
// --output
// pallets/models/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call and hook of `pallet_models`.
pub trait WeightInfo {
	fn register(b: u32, ) -> Weight;
	fn set_uri() -> Weight;
	fn set_royalties(b: u32, ) -> Weight;
	fn set_status() -> Weight;
}

/// Measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Models::ModelByHash` (r:1 w:1)
	/// Proof: `Models::ModelByHash` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Models::NextModelId` (r:1 w:1)
	/// Proof: `Models::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:0 w:1)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2412), added: 4887, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 8]`.
	fn register(b: u32, ) -> Weight {
		// Proof size: measured `106`, estimated `3604` bytes.
		// Minimum execution time: 95_704_000 picoseconds.
		Weight::from_parts(146_723_259, 3604)
			// Standard Error: 38_517
			.saturating_add(Weight::from_parts(797_483, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Models::Models` (r:1 w:1)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2412), added: 4887, mode: `MaxEncodedLen`)
	fn set_uri() -> Weight {
		// Proof size: measured `781`, estimated `5877` bytes.
		// Minimum execution time: 24_170_000 picoseconds.
		Weight::from_parts(38_185_000, 5877)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Models::Models` (r:1 w:1)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2412), added: 4887, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 8]`.
	fn set_royalties(b: u32, ) -> Weight {
		// Proof size: measured `781`, estimated `5877` bytes.
		// Minimum execution time: 27_066_000 picoseconds.
		Weight::from_parts(38_542_999, 5877)
			// Standard Error: 10_647
			.saturating_add(Weight::from_parts(28_972, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Models::Models` (r:1 w:1)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2412), added: 4887, mode: `MaxEncodedLen`)
	fn set_status() -> Weight {
		// Proof size: measured `781`, estimated `5877` bytes.
		// Minimum execution time: 27_872_000 picoseconds.
		Weight::from_parts(36_974_000, 5877)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register(b: u32, ) -> Weight {
		Weight::from_parts(146_723_259, 3604)
			.saturating_add(Weight::from_parts(797_483, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn set_uri() -> Weight {
		Weight::from_parts(38_185_000, 5877)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_royalties(b: u32, ) -> Weight {
		Weight::from_parts(38_542_999, 5877)
			.saturating_add(Weight::from_parts(28_972, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_status() -> Weight {
		Weight::from_parts(36_974_000, 5877)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
