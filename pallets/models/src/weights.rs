//! Weights of the models pallet.
//!
//! Estimates from each call's storage accesses plus a compute allowance, as upper bounds;
//! to be replaced by figures measured with this pallet's benchmarks.

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};

/// The weight of each call.
pub trait WeightInfo {
	fn register(b: u32) -> Weight;
	fn set_uri() -> Weight;
	fn set_royalties(b: u32) -> Weight;
	fn set_status() -> Weight;
}

/// Estimated weights for a database whose access costs `D`.
pub struct Estimated<D>(PhantomData<D>);
/// The weights a runtime uses: estimates for its own database weights.
pub type SubstrateWeight<T> = Estimated<<T as frame_system::Config>::DbWeight>;

const BASE: u64 = 40_000_000;
const PER_BENEFICIARY: u64 = 2_000_000;
const PROOF: u64 = 4_000;

fn cost<D: Get<RuntimeDbWeight>>(ref_time: u64, reads: u64, writes: u64) -> Weight {
	Weight::from_parts(ref_time, PROOF).saturating_add(D::get().reads_writes(reads, writes))
}

impl<D: Get<RuntimeDbWeight>> WeightInfo for Estimated<D> {
	// Reads ModelByHash, NextModelId, the hold and the account; writes them and Models.
	fn register(b: u32) -> Weight {
		cost::<D>(BASE.saturating_add(PER_BENEFICIARY.saturating_mul(b.into())), 4, 5)
	}
	fn set_uri() -> Weight {
		cost::<D>(BASE, 3, 3)
	}
	fn set_royalties(b: u32) -> Weight {
		cost::<D>(BASE.saturating_add(PER_BENEFICIARY.saturating_mul(b.into())), 1, 1)
	}
	fn set_status() -> Weight {
		cost::<D>(BASE / 2, 1, 1)
	}
}

impl WeightInfo for () {
	fn register(b: u32) -> Weight {
		Estimated::<RocksDbWeight>::register(b)
	}
	fn set_uri() -> Weight {
		Estimated::<RocksDbWeight>::set_uri()
	}
	fn set_royalties(b: u32) -> Weight {
		Estimated::<RocksDbWeight>::set_royalties(b)
	}
	fn set_status() -> Weight {
		Estimated::<RocksDbWeight>::set_status()
	}
}
