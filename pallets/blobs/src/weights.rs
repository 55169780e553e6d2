//! Weights of `pallet_blobs`, measured on this project's machine by `scripts/bench-weights`
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
// pallet_blobs
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
// pallets/blobs/src/weights.rs

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call and hook of `pallet_blobs`.
pub trait WeightInfo {
	fn store(l: u32, ) -> Weight;
	fn renew() -> Weight;
	fn on_initialize(n: u32, ) -> Weight;
}

/// Measured weights, with the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Blobs::Blobs` (r:1 w:1)
	/// Proof: `Blobs::Blobs` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Blobs::Expiring` (r:1 w:1)
	/// Proof: `Blobs::Expiring` (`max_values`: None, `max_size`: Some(8206), added: 10681, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// The range of component `l` is `[1, 3145728]`.
	fn store(l: u32, ) -> Weight {
		// Proof size: measured `143`, estimated `11671` bytes.
		// Minimum execution time: 82_591_000 picoseconds.
		Weight::from_parts(52_802_138, 11671)
			// Standard Error: 10
			.saturating_add(Weight::from_parts(1_779, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Blobs::Blobs` (r:1 w:1)
	/// Proof: `Blobs::Blobs` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Blobs::Expiring` (r:1 w:1)
	/// Proof: `Blobs::Expiring` (`max_values`: None, `max_size`: Some(8206), added: 10681, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn renew() -> Weight {
		// Proof size: measured `379`, estimated `11671` bytes.
		// Minimum execution time: 84_224_000 picoseconds.
		Weight::from_parts(91_879_000, 11671)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Blobs::Expiring` (r:1 w:1)
	/// Proof: `Blobs::Expiring` (`max_values`: None, `max_size`: Some(8206), added: 10681, mode: `MaxEncodedLen`)
	/// Storage: `Blobs::Blobs` (r:256 w:256)
	/// Proof: `Blobs::Blobs` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[0, 256]`.
	fn on_initialize(n: u32, ) -> Weight {
		// Proof size: measured `54 + n * (80 ±0)`, estimated `11671 + n * (2519 ±0)` bytes.
		// Minimum execution time: 5_515_000 picoseconds.
		Weight::from_parts(6_034_000, 11671)
			// Standard Error: 130_712
			.saturating_add(Weight::from_parts(12_293_211, 0).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2519).saturating_mul(n.into()))
	}
}

/// The same weights with RocksDB's database weights, for tests and mocks.
impl WeightInfo for () {
	fn store(l: u32, ) -> Weight {
		Weight::from_parts(52_802_138, 11671)
			.saturating_add(Weight::from_parts(1_779, 0).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn renew() -> Weight {
		Weight::from_parts(91_879_000, 11671)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn on_initialize(n: u32, ) -> Weight {
		Weight::from_parts(6_034_000, 11671)
			.saturating_add(Weight::from_parts(12_293_211, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2519).saturating_mul(n.into()))
	}
}
