//! Weights of `pallet_providers`, measured on this project's machine by `scripts/bench-weights`
//! (`verity-node benchmark pallet`, frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-12-01, STEPS: `50`, REPEAT: `20`, CPU: `AMD EPYC`,
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
		// Minimum execution time: 101_471_000 picoseconds.
		Weight::from_parts(110_556_191, 6240)
			// Standard Error: 150_334
			.saturating_add(Weight::from_parts(20_084_953, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 57_686_000 picoseconds.
		Weight::from_parts(34_053_580, 6240)
			// Standard Error: 38_979
			.saturating_add(Weight::from_parts(27_210_608, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 95_832_000 picoseconds.
		Weight::from_parts(88_472_087, 6240)
			// Standard Error: 94_381
			.saturating_add(Weight::from_parts(17_148_377, 0).saturating_mul(m.into()))
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
		// Proof size: measured `5090 + m * (61 ±0)`, estimated `3615 + m * (6593 ±0)` bytes.
		// Minimum execution time: 33_430_000 picoseconds.
		Weight::from_parts(34_738_721, 3615)
			// Standard Error: 52_561
			.saturating_add(Weight::from_parts(7_494_018, 0).saturating_mul(m.into()))
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
	fn withdraw() -> Weight {
		// Proof size: measured `1188`, estimated `3622` bytes.
		// Minimum execution time: 63_013_000 picoseconds.
		Weight::from_parts(67_540_000, 3622)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn suspend(m: u32, ) -> Weight {
		// Proof size: measured `4936 + m * (61 ±0)`, estimated `3615 + m * (6593 ±0)` bytes.
		// Minimum execution time: 25_908_000 picoseconds.
		Weight::from_parts(26_299_737, 3615)
			// Standard Error: 78_015
			.saturating_add(Weight::from_parts(8_619_098, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 42_333_000 picoseconds.
		Weight::from_parts(30_527_377, 6240)
			// Standard Error: 266_925
			.saturating_add(Weight::from_parts(21_626_553, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 5_709_000 picoseconds.
		Weight::from_parts(10_015_000, 0)
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register(m: u32, ) -> Weight {
		Weight::from_parts(110_556_191, 6240)
			.saturating_add(Weight::from_parts(20_084_953, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn update(m: u32, ) -> Weight {
		Weight::from_parts(34_053_580, 6240)
			.saturating_add(Weight::from_parts(27_210_608, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 13186).saturating_mul(m.into()))
	}
	fn bond_extra(m: u32, ) -> Weight {
		Weight::from_parts(88_472_087, 6240)
			.saturating_add(Weight::from_parts(17_148_377, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn unbond(m: u32, ) -> Weight {
		Weight::from_parts(34_738_721, 3615)
			.saturating_add(Weight::from_parts(7_494_018, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(67_540_000, 3622)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn suspend(m: u32, ) -> Weight {
		Weight::from_parts(26_299_737, 3615)
			.saturating_add(Weight::from_parts(8_619_098, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn resume(m: u32, ) -> Weight {
		Weight::from_parts(30_527_377, 6240)
			.saturating_add(Weight::from_parts(21_626_553, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn set_params() -> Weight {
		Weight::from_parts(10_015_000, 0)
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
