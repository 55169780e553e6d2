//! Weights of `pallet_jobs`, measured on this project's machine by `scripts/bench-weights`
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
// --log
// runtime::jobs=warn
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
	fn commit(r: u32, ) -> Weight;
	fn audit_skipped() -> Weight;
	fn commit_open() -> Weight;
	fn judge_open() -> Weight;
	fn reveal(r: u32, ) -> Weight;
	fn reveal_beneficiaries(b: u32, ) -> Weight;
	fn reveal_output(o: u32, ) -> Weight;
	fn reveal_open(o: u32, ) -> Weight;
	fn cancel() -> Weight;
	fn provide_keys(r: u32, ) -> Weight;
	fn open_private_input(k: u32, ) -> Weight;
	fn challenge() -> Weight;
	fn set_params() -> Weight;
	fn conclude(r: u32, o: u32, ) -> Weight;
	fn deadline_bucket() -> Weight;
	fn prune_job() -> Weight;
}

/// Measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Jobs::Params` (r:1 w:0)
	/// Proof: `Jobs::Params` (`max_values`: Some(1), `max_size`: Some(48), added: 543, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:1 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2719), added: 5194, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:1 w:0)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::NextJobId` (r:1 w:1)
	/// Proof: `Jobs::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deadlines` (r:7 w:1)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:0 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(65556), added: 68031, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[17, 65536]`.
	/// The range of component `p` is `[1, 64]`.
	fn submit(i: u32, p: u32, ) -> Weight {
		// Proof size: measured `67242 + p * (71 ±0)`, estimated `247789` bytes.
		// Minimum execution time: 201_019_000 picoseconds.
		Weight::from_parts(221_946_068, 247789)
			// Standard Error: 76
			.saturating_add(Weight::from_parts(8_022, 0).saturating_mul(i.into()))
			// Standard Error: 78_658
			.saturating_add(Weight::from_parts(272_699, 0).saturating_mul(p.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(201_019_000, 0))
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:1 w:0)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PrivateJobs` (r:1 w:0)
	/// Proof: `Jobs::PrivateJobs` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deadlines` (r:8 w:1)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:0 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[9, 64]`.
	/// The range of component `r` is `[1, 9]`.
	fn assign(p: u32, _r: u32, ) -> Weight {
		// Proof size: measured `66129 + p * (64 ±0)`, estimated `283046` bytes.
		// Minimum execution time: 88_732_000 picoseconds.
		Weight::from_parts(103_818_787, 283046)
			// Standard Error: 21_593
			.saturating_add(Weight::from_parts(349_569, 0).saturating_mul(p.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(88_732_000, 0))
			.saturating_add(T::DbWeight::get().reads(11_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Babe::Authorities` (r:1 w:0)
	/// Proof: `Babe::Authorities` (`max_values`: Some(1), `max_size`: Some(1281), added: 1776, mode: `MaxEncodedLen`)
	/// Storage: `Babe::Initialized` (r:1 w:0)
	/// Proof: `Babe::Initialized` (`max_values`: Some(1), `max_size`: Some(110), added: 605, mode: `MaxEncodedLen`)
	/// Storage: `Babe::Randomness` (r:1 w:0)
	/// Proof: `Babe::Randomness` (`max_values`: Some(1), `max_size`: Some(32), added: 527, mode: `MaxEncodedLen`)
	/// Storage: `Babe::CurrentSlot` (r:1 w:0)
	/// Proof: `Babe::CurrentSlot` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Babe::EpochIndex` (r:1 w:0)
	/// Proof: `Babe::EpochIndex` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Babe::AuthorVrfRandomness` (r:1 w:0)
	/// Proof: `Babe::AuthorVrfRandomness` (`max_values`: Some(1), `max_size`: Some(33), added: 528, mode: `MaxEncodedLen`)
	fn block_randomness() -> Weight {
		// Proof size: measured `459`, estimated `2766` bytes.
		// Minimum execution time: 62_112_000 picoseconds.
		Weight::from_parts(63_804_000, 2766)
			.saturating_add(T::DbWeight::get().reads(6_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deadlines` (r:8 w:1)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 9]`.
	fn commit(r: u32, ) -> Weight {
		// Proof size: measured `98868 + r * (87 ±0)`, estimated `283046` bytes.
		// Minimum execution time: 66_880_000 picoseconds.
		Weight::from_parts(70_759_746, 283046)
			// Standard Error: 51_467
			.saturating_add(Weight::from_parts(2_328_059, 0).saturating_mul(r.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(66_880_000, 0))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Jobs::Trust` (r:1 w:0)
	/// Proof: `Jobs::Trust` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deadlines` (r:8 w:1)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:0 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	fn audit_skipped() -> Weight {
		// Proof size: measured `66046`, estimated `283046` bytes.
		// Minimum execution time: 69_494_000 picoseconds.
		Weight::from_parts(74_030_000, 283046)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	fn commit_open() -> Weight {
		// Proof size: measured `778`, estimated `4769` bytes.
		// Minimum execution time: 18_808_000 picoseconds.
		Weight::from_parts(22_333_000, 4769)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:0)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Judgements` (r:1 w:1)
	/// Proof: `Jobs::Judgements` (`max_values`: None, `max_size`: Some(173), added: 2648, mode: `MaxEncodedLen`)
	fn judge_open() -> Weight {
		// Proof size: measured `1118`, estimated `4769` bytes.
		// Minimum execution time: 22_082_000 picoseconds.
		Weight::from_parts(28_292_000, 4769)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Reveals` (r:8 w:1)
	/// Proof: `Jobs::Reveals` (`max_values`: None, `max_size`: Some(16453), added: 18928, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:1 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2719), added: 5194, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PrivateJobs` (r:1 w:0)
	/// Proof: `Jobs::PrivateJobs` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:12 w:12)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Trust` (r:9 w:9)
	/// Proof: `Jobs::Trust` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Expiries` (r:1 w:1)
	/// Proof: `Jobs::Expiries` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Results` (r:0 w:1)
	/// Proof: `Jobs::Results` (`max_values`: None, `max_size`: Some(16404), added: 18879, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 9]`.
	fn reveal(r: u32, ) -> Weight {
		// Proof size: measured `1284 + r * (266 ±0)`, estimated `36247 + r * (15819 ±0)` bytes.
		// Minimum execution time: 230_413_000 picoseconds.
		Weight::from_parts(165_140_405, 36247)
			// Standard Error: 141_717
			.saturating_add(Weight::from_parts(53_744_575, 0).saturating_mul(r.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(230_413_000, 0))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(7_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 15819).saturating_mul(r.into()))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:1 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2719), added: 5194, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PrivateJobs` (r:1 w:0)
	/// Proof: `Jobs::PrivateJobs` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:11 w:11)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Expiries` (r:1 w:1)
	/// Proof: `Jobs::Expiries` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Results` (r:0 w:1)
	/// Proof: `Jobs::Results` (`max_values`: None, `max_size`: Some(16404), added: 18879, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Reveals` (r:0 w:1)
	/// Proof: `Jobs::Reveals` (`max_values`: None, `max_size`: Some(16453), added: 18928, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 8]`.
	fn reveal_beneficiaries(b: u32, ) -> Weight {
		// Proof size: measured `1472 + b * (109 ±0)`, estimated `36247 + b * (2603 ±0)` bytes.
		// Minimum execution time: 232_035_000 picoseconds.
		Weight::from_parts(199_252_592, 36247)
			// Standard Error: 32_824
			.saturating_add(Weight::from_parts(41_373_678, 0).saturating_mul(b.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(232_035_000, 0))
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(8_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(b.into()))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:1 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2719), added: 5194, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PrivateJobs` (r:1 w:0)
	/// Proof: `Jobs::PrivateJobs` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Expiries` (r:1 w:1)
	/// Proof: `Jobs::Expiries` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Results` (r:0 w:1)
	/// Proof: `Jobs::Results` (`max_values`: None, `max_size`: Some(16404), added: 18879, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Reveals` (r:0 w:1)
	/// Proof: `Jobs::Reveals` (`max_values`: None, `max_size`: Some(16453), added: 18928, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[17, 16384]`.
	fn reveal_output(o: u32, ) -> Weight {
		// Proof size: measured `1582`, estimated `36247` bytes.
		// Minimum execution time: 232_215_000 picoseconds.
		Weight::from_parts(240_531_418, 36247)
			// Standard Error: 17
			.saturating_add(Weight::from_parts(15_652, 0).saturating_mul(o.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(232_215_000, 0))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Reveals` (r:0 w:1)
	/// Proof: `Jobs::Reveals` (`max_values`: None, `max_size`: Some(16453), added: 18928, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[17, 16384]`.
	fn reveal_open(o: u32, ) -> Weight {
		// Proof size: measured `1066`, estimated `4769` bytes.
		// Minimum execution time: 24_676_000 picoseconds.
		Weight::from_parts(28_446_597, 4769)
			// Standard Error: 10
			.saturating_add(Weight::from_parts(7_378, 0).saturating_mul(o.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(24_676_000, 0))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deadlines` (r:1 w:1)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PrivateJobs` (r:1 w:0)
	/// Proof: `Jobs::PrivateJobs` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::StoredInputs` (r:0 w:1)
	/// Proof: `Jobs::StoredInputs` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(65556), added: 68031, mode: `MaxEncodedLen`)
	fn cancel() -> Weight {
		// Proof size: measured `33431`, estimated `36247` bytes.
		// Minimum execution time: 94_520_000 picoseconds.
		Weight::from_parts(98_166_000, 36247)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:0)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PrivateJobs` (r:1 w:1)
	/// Proof: `Jobs::PrivateJobs` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Providers::EncryptionKeys` (r:9 w:0)
	/// Proof: `Providers::EncryptionKeys` (`max_values`: None, `max_size`: Some(84), added: 2559, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::SeatKeys` (r:0 w:9)
	/// Proof: `Jobs::SeatKeys` (`max_values`: None, `max_size`: Some(144), added: 2619, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 9]`.
	fn provide_keys(r: u32, ) -> Weight {
		// Proof size: measured `543 + r * (140 ±0)`, estimated `4769 + r * (2559 ±0)` bytes.
		// Minimum execution time: 28_893_000 picoseconds.
		Weight::from_parts(23_537_619, 4769)
			// Standard Error: 21_750
			.saturating_add(Weight::from_parts(7_292_429, 0).saturating_mul(r.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(28_893_000, 0))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2559).saturating_mul(r.into()))
	}
	/// The range of component `k` is `[1, 1024]`.
	fn open_private_input(k: u32, ) -> Weight {
		// Proof size: measured `0`, estimated `0` bytes.
		// Minimum execution time: 337_471_000 picoseconds.
		Weight::from_parts(342_440_936, 0)
			// Standard Error: 10_305
			.saturating_add(Weight::from_parts(4_259_491, 0).saturating_mul(k.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(337_471_000, 0))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PrivateJobs` (r:1 w:0)
	/// Proof: `Jobs::PrivateJobs` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:1 w:0)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(65556), added: 68031, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:0)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deadlines` (r:8 w:1)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Challenges` (r:0 w:1)
	/// Proof: `Jobs::Challenges` (`max_values`: None, `max_size`: Some(73), added: 2548, mode: `MaxEncodedLen`)
	fn challenge() -> Weight {
		// Proof size: measured `67925`, estimated `283046` bytes.
		// Minimum execution time: 145_557_000 picoseconds.
		Weight::from_parts(163_403_000, 283046)
			.saturating_add(T::DbWeight::get().reads(15_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Providers::UnbondingDelay` (r:1 w:0)
	/// Proof: `Providers::UnbondingDelay` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Params` (r:0 w:1)
	/// Proof: `Jobs::Params` (`max_values`: Some(1), `max_size`: Some(48), added: 543, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		// Proof size: measured `137`, estimated `1489` bytes.
		// Minimum execution time: 8_983_000 picoseconds.
		Weight::from_parts(9_925_000, 1489)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Jobs::Reveals` (r:8 w:0)
	/// Proof: `Jobs::Reveals` (`max_values`: None, `max_size`: Some(16453), added: 18928, mode: `MaxEncodedLen`)
	/// Storage: `Models::Models` (r:1 w:0)
	/// Proof: `Models::Models` (`max_values`: None, `max_size`: Some(2719), added: 5194, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PrivateJobs` (r:1 w:0)
	/// Proof: `Jobs::PrivateJobs` (`max_values`: None, `max_size`: Some(49), added: 2524, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:19 w:19)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Providers` (r:1 w:1)
	/// Proof: `Providers::Providers` (`max_values`: None, `max_size`: Some(150), added: 2625, mode: `MaxEncodedLen`)
	/// Storage: `Providers::MinBond` (r:1 w:0)
	/// Proof: `Providers::MinBond` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::ModelProviders` (r:1 w:1)
	/// Proof: `Providers::ModelProviders` (`max_values`: None, `max_size`: Some(4118), added: 6593, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Trust` (r:8 w:8)
	/// Proof: `Jobs::Trust` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Expiries` (r:1 w:1)
	/// Proof: `Jobs::Expiries` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Results` (r:0 w:1)
	/// Proof: `Jobs::Results` (`max_values`: None, `max_size`: Some(16404), added: 18879, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:0 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(1304), added: 3779, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::StoredInputs` (r:0 w:1)
	/// Proof: `Jobs::StoredInputs` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Inputs` (r:0 w:1)
	/// Proof: `Jobs::Inputs` (`max_values`: None, `max_size`: Some(65556), added: 68031, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[2, 9]`.
	/// The range of component `o` is `[17, 16384]`.
	fn conclude(r: u32, o: u32, ) -> Weight {
		// Proof size: measured `2073 + o * (1 ±0) + r * (289 ±0)`, estimated `36247 + r * (15836 ±142)` bytes.
		// Minimum execution time: 167_919_000 picoseconds.
		Weight::from_parts(172_686_000, 36247)
			// Standard Error: 2_908_557
			.saturating_add(Weight::from_parts(147_804_339, 0).saturating_mul(r.into()))
			// Standard Error: 1_617
			.saturating_add(Weight::from_parts(17_842, 0).saturating_mul(o.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(167_919_000, 0))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(r.into())))
			.saturating_add(T::DbWeight::get().writes(11_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 15836).saturating_mul(r.into()))
	}
	/// Storage: `Jobs::Deadlines` (r:1 w:0)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Congestion` (r:1 w:0)
	/// Proof: `Jobs::Congestion` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	fn deadline_bucket() -> Weight {
		// Proof size: measured `0`, estimated `36247` bytes.
		// Minimum execution time: 2_834_000 picoseconds.
		Weight::from_parts(3_215_000, 36247)
			.saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Jobs::PruneCursor` (r:1 w:1)
	/// Proof: `Jobs::PruneCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Expiries` (r:1 w:1)
	/// Proof: `Jobs::Expiries` (`max_values`: None, `max_size`: Some(32782), added: 35257, mode: `MaxEncodedLen`)
	fn prune_job() -> Weight {
		// Proof size: measured `14`, estimated `36247` bytes.
		// Minimum execution time: 7_621_000 picoseconds.
		Weight::from_parts(8_573_000, 36247)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn submit(i: u32, p: u32, ) -> Weight {
		Weight::from_parts(221_946_068, 247789)
			.saturating_add(Weight::from_parts(8_022, 0).saturating_mul(i.into()))
			.saturating_add(Weight::from_parts(272_699, 0).saturating_mul(p.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(201_019_000, 0))
			.saturating_add(RocksDbWeight::get().reads(14_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn assign(p: u32, _r: u32, ) -> Weight {
		Weight::from_parts(103_818_787, 283046)
			.saturating_add(Weight::from_parts(349_569, 0).saturating_mul(p.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(88_732_000, 0))
			.saturating_add(RocksDbWeight::get().reads(11_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn block_randomness() -> Weight {
		Weight::from_parts(63_804_000, 2766)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
	}
	fn commit(r: u32, ) -> Weight {
		Weight::from_parts(70_759_746, 283046)
			.saturating_add(Weight::from_parts(2_328_059, 0).saturating_mul(r.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(66_880_000, 0))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn audit_skipped() -> Weight {
		Weight::from_parts(74_030_000, 283046)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn commit_open() -> Weight {
		Weight::from_parts(22_333_000, 4769)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn judge_open() -> Weight {
		Weight::from_parts(28_292_000, 4769)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn reveal(r: u32, ) -> Weight {
		Weight::from_parts(165_140_405, 36247)
			.saturating_add(Weight::from_parts(53_744_575, 0).saturating_mul(r.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(230_413_000, 0))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 15819).saturating_mul(r.into()))
	}
	fn reveal_beneficiaries(b: u32, ) -> Weight {
		Weight::from_parts(199_252_592, 36247)
			.saturating_add(Weight::from_parts(41_373_678, 0).saturating_mul(b.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(232_035_000, 0))
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(b.into()))
	}
	fn reveal_output(o: u32, ) -> Weight {
		Weight::from_parts(240_531_418, 36247)
			.saturating_add(Weight::from_parts(15_652, 0).saturating_mul(o.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(232_215_000, 0))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn reveal_open(o: u32, ) -> Weight {
		Weight::from_parts(28_446_597, 4769)
			.saturating_add(Weight::from_parts(7_378, 0).saturating_mul(o.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(24_676_000, 0))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(98_166_000, 36247)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn provide_keys(r: u32, ) -> Weight {
		Weight::from_parts(23_537_619, 4769)
			.saturating_add(Weight::from_parts(7_292_429, 0).saturating_mul(r.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(28_893_000, 0))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 2559).saturating_mul(r.into()))
	}
	fn open_private_input(k: u32, ) -> Weight {
		Weight::from_parts(342_440_936, 0)
			.saturating_add(Weight::from_parts(4_259_491, 0).saturating_mul(k.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(337_471_000, 0))
	}
	fn challenge() -> Weight {
		Weight::from_parts(163_403_000, 283046)
			.saturating_add(RocksDbWeight::get().reads(15_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn set_params() -> Weight {
		Weight::from_parts(9_925_000, 1489)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn conclude(r: u32, o: u32, ) -> Weight {
		Weight::from_parts(172_686_000, 36247)
			.saturating_add(Weight::from_parts(147_804_339, 0).saturating_mul(r.into()))
			.saturating_add(Weight::from_parts(17_842, 0).saturating_mul(o.into()))
			// Never below the fastest run measured: a fitted line can start below it.
			.max(Weight::from_parts(167_919_000, 0))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(r.into())))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(r.into())))
			.saturating_add(Weight::from_parts(0, 15836).saturating_mul(r.into()))
	}
	fn deadline_bucket() -> Weight {
		Weight::from_parts(3_215_000, 36247)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
	}
	fn prune_job() -> Weight {
		Weight::from_parts(8_573_000, 36247)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
