//! Weights of `pallet_providers`, measured on this project's machine by `scripts/bench-weights`
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
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:16 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2412), added: 4887, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn register(m: u32, ) -> Weight {
		// Proof size: measured `5391 + m * (789 ±0)`, estimated `6248 + m * (6593 ±0)` bytes.
		// Minimum execution time: 135_734_000 picoseconds.
		Weight::from_parts(202_929_597, 6248)
			// Standard Error: 568_858
			.saturating_add(Weight::from_parts(35_348_609, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:2 w:2)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:16 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2412), added: 4887, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:32 w:32)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn update(m: u32, ) -> Weight {
		// Proof size: measured `9342 + m * (847 ±0)`, estimated `6248 + m * (13186 ±0)` bytes.
		// Minimum execution time: 82_098_000 picoseconds.
		Weight::from_parts(51_036_868, 6248)
			// Standard Error: 507_608
			.saturating_add(Weight::from_parts(45_052_903, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(2_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 13186).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:2 w:2)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn bond_extra(m: u32, ) -> Weight {
		// Proof size: measured `5543 + m * (132 ±0)`, estimated `6248 + m * (6593 ±0)` bytes.
		// Minimum execution time: 134_970_000 picoseconds.
		Weight::from_parts(174_149_925, 6248)
			// Standard Error: 510_941
			.saturating_add(Weight::from_parts(27_490_545, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// Storage: `Providers::UnbondingDelay` (r:1 w:0)
	/// Proof: `Providers::UnbondingDelay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn unbond(m: u32, ) -> Weight {
		// Proof size: measured `4940 + m * (61 ±0)`, estimated `3619 + m * (6593 ±0)` bytes.
		// Minimum execution time: 39_412_000 picoseconds.
		Weight::from_parts(58_515_329, 3619)
			// Standard Error: 215_910
			.saturating_add(Weight::from_parts(13_427_613, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(139), added: 2614, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof size: measured `1192`, estimated `3619` bytes.
		// Minimum execution time: 76_372_000 picoseconds.
		Weight::from_parts(98_632_000, 3619)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn suspend(m: u32, ) -> Weight {
		// Proof size: measured `4940 + m * (61 ±0)`, estimated `3619 + m * (6593 ±0)` bytes.
		// Minimum execution time: 40_125_000 picoseconds.
		Weight::from_parts(43_373_034, 3619)
			// Standard Error: 145_072
			.saturating_add(Weight::from_parts(11_915_166, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:2 w:2)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn resume(m: u32, ) -> Weight {
		// Proof size: measured `5200 + m * (88 ±0)`, estimated `6248 + m * (6593 ±0)` bytes.
		// Minimum execution time: 60_996_000 picoseconds.
		Weight::from_parts(105_876_617, 6248)
			// Standard Error: 313_623
			.saturating_add(Weight::from_parts(19_549_190, 0).saturating_mul(m.into()))
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
		// Minimum execution time: 7_723_000 picoseconds.
		Weight::from_parts(10_538_000, 0)
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register(m: u32, ) -> Weight {
		Weight::from_parts(202_929_597, 6248)
			.saturating_add(Weight::from_parts(35_348_609, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn update(m: u32, ) -> Weight {
		Weight::from_parts(51_036_868, 6248)
			.saturating_add(Weight::from_parts(45_052_903, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 13186).saturating_mul(m.into()))
	}
	fn bond_extra(m: u32, ) -> Weight {
		Weight::from_parts(174_149_925, 6248)
			.saturating_add(Weight::from_parts(27_490_545, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn unbond(m: u32, ) -> Weight {
		Weight::from_parts(58_515_329, 3619)
			.saturating_add(Weight::from_parts(13_427_613, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(98_632_000, 3619)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn suspend(m: u32, ) -> Weight {
		Weight::from_parts(43_373_034, 3619)
			.saturating_add(Weight::from_parts(11_915_166, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn resume(m: u32, ) -> Weight {
		Weight::from_parts(105_876_617, 6248)
			.saturating_add(Weight::from_parts(19_549_190, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 6593).saturating_mul(m.into()))
	}
	fn set_params() -> Weight {
		Weight::from_parts(10_538_000, 0)
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
