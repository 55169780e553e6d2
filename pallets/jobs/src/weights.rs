//! Weights of `pallet_jobs`, measured on this project's machine by `scripts/bench-weights`
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
// pallet_jobs
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
// pallets/jobs/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call and hook of `pallet_jobs`.
pub trait WeightInfo {
	fn submit(i: u32, p: u32, ) -> Weight;
	fn assign(p: u32, r: u32, ) -> Weight;
	fn block_randomness() -> Weight;
	fn commit() -> Weight;
	fn commit_open() -> Weight;
	fn reveal(o: u32, r: u32, b: u32, ) -> Weight;
	fn reveal_open(o: u32, ) -> Weight;
	fn cancel() -> Weight;
	fn set_params() -> Weight;
	fn conclude(r: u32, o: u32, ) -> Weight;
	fn deadline_bucket() -> Weight;
	fn prune_job() -> Weight;
}

/// Measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Models::Models` (r:1 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2411), added: 4886, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Params` (r:1 w:0)
	/// Proof: `Jobs::Params` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::NextJobId` (r:1 w:1)
	/// Proof: `Jobs::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:1 w:0)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(2070), added: 4545, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:64 w:5)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deadlines` (r:7 w:1)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:0 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(525), added: 3000, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(65556), added: 68031, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::ProviderJobs` (r:0 w:5)
	/// Proof: `Jobs::ProviderJobs` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[17, 65536]`.
	/// The range of component `p` is `[5, 64]`.
	/// The range of component `r` is `[1, 5]`.
	fn submit(i: u32, p: u32, ) -> Weight {
		// Stand-in until `scripts/bench-weights` measures it: the earlier submit without the
		// draw (its per-provider reads and per-seat writes are `assign`'s now).
		Weight::from_parts(128_963_939, 47085)
			.saturating_add(Weight::from_parts(742, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(50_000, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn assign(p: u32, r: u32, ) -> Weight {
		// Stand-in until `scripts/bench-weights` measures it.
		Weight::from_parts(60_000_000, 47085)
			.saturating_add(Weight::from_parts(50_000, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(9_469_778, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().reads_writes((1_u64).saturating_mul(r.into()), (2_u64).saturating_mul(r.into())))
	}
	fn block_randomness() -> Weight {
		// Stand-in until `scripts/bench-weights` measures it.
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(525), added: 3000, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Params` (r:1 w:0)
	/// Proof: `Jobs::Params` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deadlines` (r:7 w:1)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	fn commit() -> Weight {
		// Proof size: measured `9191`, estimated `47085` bytes.
		// Minimum execution time: 60_711_000 picoseconds.
		Weight::from_parts(63_574_000, 47085)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(525), added: 3000, mode: `MaxEncodedLen`)
	fn commit_open() -> Weight {
		// Proof size: measured `560`, estimated `3990` bytes.
		// Minimum execution time: 17_035_000 picoseconds.
		Weight::from_parts(18_758_000, 3990)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(525), added: 3000, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Reveals` (r:4 w:5)
	/// Proof: `Jobs::Reveals` (`max_values`: None, `max_size`: Some(16452), added: 18927, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:1 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2411), added: 4886, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:15 w:15)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:5 w:5)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Params` (r:1 w:0)
	/// Proof: `Jobs::Params` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Expiries` (r:1 w:1)
	/// Proof: `Jobs::Expiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Results` (r:0 w:1)
	/// Proof: `Jobs::Results` (`max_values`: None, `max_size`: Some(16404), added: 18879, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(65556), added: 68031, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::ProviderJobs` (r:0 w:5)
	/// Proof: `Jobs::ProviderJobs` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[17, 16384]`.
	/// The range of component `r` is `[1, 5]`.
	/// The range of component `b` is `[1, 8]`.
	fn reveal(o: u32, r: u32, b: u32, ) -> Weight {
		// Proof size: measured `1344 + b * (111 ±0) + o * (1 ±0) + r * (380 ±0)`, estimated `7575 + b * (2603 ±0) + r * (17407 ±0)` bytes.
		// Minimum execution time: 712_710_000 picoseconds.
		Weight::from_parts(719_080_000, 7575)
			// Standard Error: 383
			.saturating_add(Weight::from_parts(9_611, 0).saturating_mul(o.into()))
			// Standard Error: 1_295_628
			.saturating_add(Weight::from_parts(49_780_607, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(b.into()))
			.saturating_add(Weight::from_parts(0, 17407).saturating_mul(r.into()))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(525), added: 3000, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Reveals` (r:0 w:1)
	/// Proof: `Jobs::Reveals` (`max_values`: None, `max_size`: Some(16452), added: 18927, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[17, 16384]`.
	fn reveal_open(o: u32, ) -> Weight {
		// Proof size: measured `720`, estimated `3990` bytes.
		// Minimum execution time: 22_934_000 picoseconds.
		Weight::from_parts(25_896_269, 3990)
			// Standard Error: 4
			.saturating_add(Weight::from_parts(7_361, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(525), added: 3000, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:5 w:5)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Params` (r:1 w:0)
	/// Proof: `Jobs::Params` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Expiries` (r:1 w:1)
	/// Proof: `Jobs::Expiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(65556), added: 68031, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::ProviderJobs` (r:0 w:5)
	/// Proof: `Jobs::ProviderJobs` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 5]`.
	fn cancel() -> Weight {
		// Proof size: measured `870 + r * (161 ±0)`, estimated `7575 + r * (2629 ±0)` bytes.
		// Minimum execution time: 78_276_000 picoseconds.
		Weight::from_parts(75_131_641, 7575)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Jobs::Params` (r:0 w:1)
	/// Proof: `Jobs::Params` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 5_288_000 picoseconds.
		Weight::from_parts(5_879_000, 0)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Jobs::Reveals` (r:4 w:4)
	/// Proof: `Jobs::Reveals` (`max_values`: None, `max_size`: Some(16452), added: 18927, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:1 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2411), added: 4886, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(121), added: 2596, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:15 w:15)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Params` (r:1 w:0)
	/// Proof: `Jobs::Params` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:5 w:5)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(154), added: 2629, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:1 w:1)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(2070), added: 4545, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Expiries` (r:1 w:1)
	/// Proof: `Jobs::Expiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Results` (r:0 w:1)
	/// Proof: `Jobs::Results` (`max_values`: None, `max_size`: Some(16404), added: 18879, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:0 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(525), added: 3000, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(65556), added: 68031, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::ProviderJobs` (r:0 w:5)
	/// Proof: `Jobs::ProviderJobs` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 5]`.
	/// The range of component `o` is `[17, 16384]`.
	fn conclude(r: u32, o: u32, ) -> Weight {
		// Proof size: measured `0 + o * (1 ±0) + r * (1065 ±0)`, estimated `19917 + r * (12883 ±0)` bytes.
		// Minimum execution time: 156_643_000 picoseconds.
		Weight::from_parts(159_718_000, 19917)
			// Standard Error: 1_545_664
			.saturating_add(Weight::from_parts(148_705_356, 0).saturating_mul(r.into()))
			// Standard Error: 481
			.saturating_add(Weight::from_parts(1_621, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((7_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 12883).saturating_mul(r.into()))
	}
	/// Storage: `Jobs::Deadlines` (r:1 w:0)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	fn deadline_bucket() -> Weight {
		// Proof size: measured `43`, estimated `7575` bytes.
		// Minimum execution time: 3_145_000 picoseconds.
		Weight::from_parts(3_535_000, 7575)
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	/// Storage: `Jobs::PruneCursor` (r:1 w:1)
	/// Proof: `Jobs::PruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Expiries` (r:1 w:1)
	/// Proof: `Jobs::Expiries` (`max_values`: None, `max_size`: Some(4110), added: 6585, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Results` (r:0 w:1)
	/// Proof: `Jobs::Results` (`max_values`: None, `max_size`: Some(16404), added: 18879, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:0 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(525), added: 3000, mode: `MaxEncodedLen`)
	fn prune_job() -> Weight {
		// Proof size: measured `170`, estimated `7575` bytes.
		// Minimum execution time: 13_690_000 picoseconds.
		Weight::from_parts(14_792_000, 7575)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn submit(i: u32, p: u32, ) -> Weight {
		Weight::from_parts(128_963_939, 47085)
			.saturating_add(Weight::from_parts(742, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(50_000, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn assign(p: u32, r: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 47085)
			.saturating_add(Weight::from_parts(50_000, 0).saturating_mul(p.into()))
			.saturating_add(Weight::from_parts(9_469_778, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().reads_writes((1_u64).saturating_mul(r.into()), (2_u64).saturating_mul(r.into())))
	}
	fn block_randomness() -> Weight {
		Weight::from_parts(100_000_000, 10_000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
	}
	fn commit() -> Weight {
		Weight::from_parts(63_574_000, 47085)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn commit_open() -> Weight {
		Weight::from_parts(18_758_000, 3990)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn reveal(o: u32, r: u32, b: u32, ) -> Weight {
		Weight::from_parts(719_080_000, 7575)
			.saturating_add(Weight::from_parts(9_611, 0).saturating_mul(o.into()))
			.saturating_add(Weight::from_parts(49_780_607, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(b.into()))
			.saturating_add(Weight::from_parts(0, 17407).saturating_mul(r.into()))
	}
	fn reveal_open(o: u32, ) -> Weight {
		Weight::from_parts(25_896_269, 3990)
			.saturating_add(Weight::from_parts(7_361, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(75_131_641, 7575)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn set_params() -> Weight {
		Weight::from_parts(5_879_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn conclude(r: u32, o: u32, ) -> Weight {
		Weight::from_parts(159_718_000, 19917)
			.saturating_add(Weight::from_parts(148_705_356, 0).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(1_621, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((6_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((7_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 12883).saturating_mul(r.into()))
	}
	fn deadline_bucket() -> Weight {
		Weight::from_parts(3_535_000, 7575)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
	}
	fn prune_job() -> Weight {
		Weight::from_parts(14_792_000, 7575)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
}
