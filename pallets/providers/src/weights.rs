//! Weights of `pallet_providers`, measured on this project's machine by `scripts/bench-weights`
//! (`verity-node benchmark pallet`, frame-benchmarking-cli 64.0.0).
//!
//! DATE: 2026-11-23, STEPS: `50`, REPEAT: `20`, CPU: `AMD EPYC`,
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
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:16 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2411), added: 4886, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(2070), added: 4545, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn register(m: u32, ) -> Weight {
		// Proof size: measured `2459 + m * (785 ±0)`, estimated `3619 + m * (4886 ±0)` bytes.
		// Minimum execution time: 79_288_000 picoseconds.
		Weight::from_parts(74_048_861, 3619)
			// Standard Error: 11_439
			.saturating_add(Weight::from_parts(12_132_201, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 4886).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:16 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2411), added: 4886, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:32 w:32)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(2070), added: 4545, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn update(m: u32, ) -> Weight {
		// Proof size: measured `2394 + m * (787 ±0)`, estimated `3619 + m * (9090 ±0)` bytes.
		// Minimum execution time: 33_330_000 picoseconds.
		Weight::from_parts(20_210_489, 3619)
			// Standard Error: 17_354
			.saturating_add(Weight::from_parts(15_526_037, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 9090).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(2070), added: 4545, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn bond_extra(m: u32, ) -> Weight {
		// Proof size: measured `2537 + m * (87 ±0)`, estimated `3619 + m * (4545 ±0)` bytes.
		// Minimum execution time: 73_519_000 picoseconds.
		Weight::from_parts(72_357_677, 3619)
			// Standard Error: 9_544
			.saturating_add(Weight::from_parts(6_427_206, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 4545).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(2070), added: 4545, mode: `MaxEncodedLen`)
	/// Storage: `Providers::UnbondingDelay` (r:1 w:0)
	/// Proof: `Providers::UnbondingDelay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn unbond(m: u32, ) -> Weight {
		// Proof size: measured `2288 + m * (61 ±0)`, estimated `3619 + m * (4545 ±0)` bytes.
		// Minimum execution time: 22_173_000 picoseconds.
		Weight::from_parts(19_176_497, 3619)
			// Standard Error: 6_515
			.saturating_add(Weight::from_parts(5_924_416, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 4545).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof size: measured `588`, estimated `3619` bytes.
		// Minimum execution time: 57_325_000 picoseconds.
		Weight::from_parts(60_570_000, 3619)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(2070), added: 4545, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn suspend(m: u32, ) -> Weight {
		// Proof size: measured `2288 + m * (61 ±0)`, estimated `3619 + m * (4545 ±0)` bytes.
		// Minimum execution time: 20_690_000 picoseconds.
		Weight::from_parts(17_091_122, 3619)
			// Standard Error: 4_305
			.saturating_add(Weight::from_parts(5_881_369, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 4545).saturating_mul(m.into()))
	}
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:16 w:16)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(2070), added: 4545, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn resume(m: u32, ) -> Weight {
		// Proof size: measured `2258 + m * (61 ±0)`, estimated `3619 + m * (4545 ±0)` bytes.
		// Minimum execution time: 22_613_000 picoseconds.
		Weight::from_parts(18_963_919, 3619)
			// Standard Error: 5_661
			.saturating_add(Weight::from_parts(6_207_643, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 4545).saturating_mul(m.into()))
	}
	/// Storage: `Providers::UnbondingDelay` (r:0 w:1)
	/// Proof: `Providers::UnbondingDelay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:0 w:1)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 5_568_000 picoseconds.
		Weight::from_parts(6_239_000, 0)
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn register(m: u32, ) -> Weight {
		Weight::from_parts(74_048_861, 3619)
			.saturating_add(Weight::from_parts(12_132_201, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 4886).saturating_mul(m.into()))
	}
	fn update(m: u32, ) -> Weight {
		Weight::from_parts(20_210_489, 3619)
			.saturating_add(Weight::from_parts(15_526_037, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 9090).saturating_mul(m.into()))
	}
	fn bond_extra(m: u32, ) -> Weight {
		Weight::from_parts(72_357_677, 3619)
			.saturating_add(Weight::from_parts(6_427_206, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 4545).saturating_mul(m.into()))
	}
	fn unbond(m: u32, ) -> Weight {
		Weight::from_parts(19_176_497, 3619)
			.saturating_add(Weight::from_parts(5_924_416, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 4545).saturating_mul(m.into()))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(60_570_000, 3619)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn suspend(m: u32, ) -> Weight {
		Weight::from_parts(17_091_122, 3619)
			.saturating_add(Weight::from_parts(5_881_369, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 4545).saturating_mul(m.into()))
	}
	fn resume(m: u32, ) -> Weight {
		Weight::from_parts(18_963_919, 3619)
			.saturating_add(Weight::from_parts(6_207_643, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 4545).saturating_mul(m.into()))
	}
	fn set_params() -> Weight {
		Weight::from_parts(6_239_000, 0)
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
