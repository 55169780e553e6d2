//! Weights of `pallet_providers`, measured on this project's machine by `scripts/bench-weights`
//! (`verity-node benchmark pallet`, frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-12-03, STEPS: `50`, REPEAT: `20`, CPU: `AMD EPYC`,
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
// pallet_providers
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
// pallets/providers/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call and hook of `pallet_providers`.
pub trait WeightInfo {
	fn register(m: u32, ) -> Weight;
	fn update(m: u32, ) -> Weight;
	fn bond_extra(m: u32, ) -> Weight;
	fn unbond(m: u32, ) -> Weight;
	fn withdraw() -> Weight;
	fn set_encryption_key() -> Weight;
	fn suspend(m: u32, ) -> Weight;
	fn resume(m: u32, ) -> Weight;
	fn set_params() -> Weight;
}

/// Measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Providers::Providers` (r:2 w:2)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:16 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2719), added: 5194, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn register(m: u32, ) -> Weight {
		// Proof size: measured `5387 + m * (790 ±0)`, estimated `6240 + m * (6593 ±0)` bytes.
		// Minimum execution time: 101_791_000 picoseconds.
		Weight::from_parts(92_698_909, 6240)
			// Standard Error: 72_710
			.saturating_add(Weight::from_parts(23_457_555, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(101_791_000, 0))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:2 w:2)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:16 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2719), added: 5194, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:32 w:32)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn update(m: u32, ) -> Weight {
		// Proof size: measured `9334 + m * (848 ±0)`, estimated `6240 + m * (13186 ±0)` bytes.
		// Minimum execution time: 57_755_000 picoseconds.
		Weight::from_parts(17_415_805, 6240)
			// Standard Error: 351_912
			.saturating_add(Weight::from_parts(36_049_462, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(57_755_000, 0))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 13186).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:2 w:2)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn bond_extra(m: u32, ) -> Weight {
		// Proof size: measured `5535 + m * (132 ±0)`, estimated `6240 + m * (6593 ±0)` bytes.
		// Minimum execution time: 94_881_000 picoseconds.
		Weight::from_parts(91_608_079, 6240)
			// Standard Error: 273_282
			.saturating_add(Weight::from_parts(17_856_639, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(94_881_000, 0))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// Storage: `Providers::UnbondingDelay` (r:1 w:0)
	/// Proof: `Providers::UnbondingDelay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Params` (r:1 w:0)
	/// Proof: `Jobs::Params` (`max_values`: Some(1), `max_size`: Some(48), added: 543, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn unbond(m: u32, ) -> Weight {
		// Proof size: measured `4972 + m * (61 ±0)`, estimated `3615 + m * (6593 ±0)` bytes.
		// Minimum execution time: 29_794_000 picoseconds.
		Weight::from_parts(29_754_813, 3615)
			// Standard Error: 26_946
			.saturating_add(Weight::from_parts(7_656_948, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(29_794_000, 0))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Providers::EncryptionKeys` (r:0 w:1)
	/// Proof: `Providers::EncryptionKeys` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof size: measured `1221`, estimated `3622` bytes.
		// Minimum execution time: 63_394_000 picoseconds.
		Weight::from_parts(73_570_000, 3622)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Providers::EncryptionKeys` (r:1 w:1)
	/// Proof: `Providers::EncryptionKeys` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	fn set_encryption_key() -> Weight {
		// Proof size: measured `984`, estimated `3615` bytes.
		// Minimum execution time: 160_479_000 picoseconds.
		Weight::from_parts(211_283_000, 3615)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn suspend(m: u32, ) -> Weight {
		// Proof size: measured `4936 + m * (61 ±0)`, estimated `3615 + m * (6593 ±0)` bytes.
		// Minimum execution time: 25_698_000 picoseconds.
		Weight::from_parts(24_872_056, 3615)
			// Standard Error: 84_513
			.saturating_add(Weight::from_parts(9_655_516, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(25_698_000, 0))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:2 w:2)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn resume(m: u32, ) -> Weight {
		// Proof size: measured `5192 + m * (88 ±0)`, estimated `6240 + m * (6593 ±0)` bytes.
		// Minimum execution time: 42_784_000 picoseconds.
		Weight::from_parts(27_857_216, 6240)
			// Standard Error: 215_610
			.saturating_add(Weight::from_parts(21_083_849, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(42_784_000, 0))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	/// Storage: `Providers::UnbondingDelay` (r:0 w:1)
	/// Proof: `Providers::UnbondingDelay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:0 w:1)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 5_558_000 picoseconds.
		Weight::from_parts(11_467_000, 0)
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register(m: u32, ) -> Weight {
		Weight::from_parts(92_698_909, 6240)
			.saturating_add(Weight::from_parts(23_457_555, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(101_791_000, 0))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn update(m: u32, ) -> Weight {
		Weight::from_parts(17_415_805, 6240)
			.saturating_add(Weight::from_parts(36_049_462, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(57_755_000, 0))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 13186).saturating_mul(m.into()))
	}
	fn bond_extra(m: u32, ) -> Weight {
		Weight::from_parts(91_608_079, 6240)
			.saturating_add(Weight::from_parts(17_856_639, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(94_881_000, 0))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn unbond(m: u32, ) -> Weight {
		Weight::from_parts(29_754_813, 3615)
			.saturating_add(Weight::from_parts(7_656_948, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(29_794_000, 0))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(73_570_000, 3622)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn set_encryption_key() -> Weight {
		Weight::from_parts(211_283_000, 3615)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn suspend(m: u32, ) -> Weight {
		Weight::from_parts(24_872_056, 3615)
			.saturating_add(Weight::from_parts(9_655_516, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(25_698_000, 0))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn resume(m: u32, ) -> Weight {
		Weight::from_parts(27_857_216, 6240)
			.saturating_add(Weight::from_parts(21_083_849, 0).saturating_mul(m.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(42_784_000, 0))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn set_params() -> Weight {
		Weight::from_parts(11_467_000, 0)
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
