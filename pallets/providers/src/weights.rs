//! Weights of the providers pallet.
//!
//! Estimates from each call's storage accesses plus a compute allowance, as upper bounds;
//! to be replaced by figures measured with this pallet's benchmarks. `m` is the number of
//! models the provider serves: each is a pool read and written.

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};

/// The weight of each call.
pub trait WeightInfo {
	fn register(m: u32) -> Weight;
	fn update(m: u32) -> Weight;
	fn bond_extra(m: u32) -> Weight;
	fn unbond(m: u32) -> Weight;
	fn withdraw() -> Weight;
	fn suspend(m: u32) -> Weight;
	fn resume(m: u32) -> Weight;
	fn set_params() -> Weight;
}

/// Estimated weights for a database whose access costs `D`.
pub struct Estimated<D>(PhantomData<D>);
/// The weights a runtime uses: estimates for its own database weights.
pub type SubstrateWeight<T> = Estimated<<T as frame_system::Config>::DbWeight>;

const BASE: u64 = 40_000_000;
const PER_MODEL: u64 = 5_000_000;
const PROOF: u64 = 8_000;

/// Base compute plus, per model, compute and one pool read and write (twice for `pools`).
fn cost<D: Get<RuntimeDbWeight>>(m: u32, pools: u64, reads: u64, writes: u64) -> Weight {
	let m = u64::from(m);
	Weight::from_parts(BASE.saturating_add(PER_MODEL.saturating_mul(m)), PROOF).saturating_add(
		D::get().reads_writes(
			reads.saturating_add(pools.saturating_mul(m)),
			writes.saturating_add(pools.saturating_mul(m)),
		),
	)
}

impl<D: Get<RuntimeDbWeight>> WeightInfo for Estimated<D> {
	fn register(m: u32) -> Weight {
		cost::<D>(m, 2, 4, 3)
	}
	fn update(m: u32) -> Weight {
		cost::<D>(m, 3, 1, 1)
	}
	fn bond_extra(m: u32) -> Weight {
		cost::<D>(m, 1, 4, 3)
	}
	fn unbond(m: u32) -> Weight {
		cost::<D>(m, 1, 2, 1)
	}
	fn withdraw() -> Weight {
		cost::<D>(0, 0, 3, 3)
	}
	fn suspend(m: u32) -> Weight {
		cost::<D>(m, 1, 1, 1)
	}
	fn resume(m: u32) -> Weight {
		cost::<D>(m, 1, 2, 1)
	}
	fn set_params() -> Weight {
		cost::<D>(0, 0, 0, 2)
	}
}

impl WeightInfo for () {
	fn register(m: u32) -> Weight {
		Estimated::<RocksDbWeight>::register(m)
	}
	fn update(m: u32) -> Weight {
		Estimated::<RocksDbWeight>::update(m)
	}
	fn bond_extra(m: u32) -> Weight {
		Estimated::<RocksDbWeight>::bond_extra(m)
	}
	fn unbond(m: u32) -> Weight {
		Estimated::<RocksDbWeight>::unbond(m)
	}
	fn withdraw() -> Weight {
		Estimated::<RocksDbWeight>::withdraw()
	}
	fn suspend(m: u32) -> Weight {
		Estimated::<RocksDbWeight>::suspend(m)
	}
	fn resume(m: u32) -> Weight {
		Estimated::<RocksDbWeight>::resume(m)
	}
	fn set_params() -> Weight {
		Estimated::<RocksDbWeight>::set_params()
	}
}
