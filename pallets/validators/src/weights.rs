//! Weights of `pallet_validators`. Replaced by `scripts/bench-weights validators`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// The weight of each call of `pallet_validators`.
pub trait WeightInfo {
	fn add_validator(n: u32, ) -> Weight;
	fn remove_validator(n: u32, ) -> Weight;
	fn set_session_length() -> Weight;
}

/// Stand-in weights until measured.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn add_validator(_n: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 2000).saturating_add(T::DbWeight::get().reads_writes(3, 3))
	}
	fn remove_validator(_n: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 2000).saturating_add(T::DbWeight::get().reads_writes(1, 3))
	}
	fn set_session_length() -> Weight {
		Weight::from_parts(20_000_000, 0).saturating_add(T::DbWeight::get().writes(1))
	}
}

impl WeightInfo for () {
	fn add_validator(_n: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 2000).saturating_add(RocksDbWeight::get().reads_writes(3, 3))
	}
	fn remove_validator(_n: u32, ) -> Weight {
		Weight::from_parts(50_000_000, 2000).saturating_add(RocksDbWeight::get().reads_writes(1, 3))
	}
	fn set_session_length() -> Weight {
		Weight::from_parts(20_000_000, 0).saturating_add(RocksDbWeight::get().writes(1))
	}
}
