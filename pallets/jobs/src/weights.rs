//! Weights of the jobs pallet.
//!
//! Estimates from each call's storage accesses plus a compute allowance, as upper bounds;
//! to be replaced by figures measured with this pallet's benchmarks. `i` is the input
//! length, `o` the output length, `r` the redundancy, `p` the providers in a model's pool.
//! Scheduling a deadline may touch up to `SEARCH_BLOCKS` buckets.

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};

/// The weight of each call and hook step.
pub trait WeightInfo {
	fn submit(i: u32, p: u32) -> Weight;
	fn commit() -> Weight;
	/// A reveal, including the settlement it triggers when it is the last.
	fn reveal(o: u32, r: u32) -> Weight;
	fn cancel(r: u32) -> Weight;
	fn set_params() -> Weight;
	/// Concluding one job at its deadline: vote and settle.
	fn conclude(r: u32, o: u32) -> Weight;
	/// Reading and clearing one deadline or expiry bucket.
	fn deadline_bucket() -> Weight;
	/// Pruning one ended job.
	fn prune_job() -> Weight;
}

/// Estimated weights for a database whose access costs `D`.
pub struct Estimated<D>(PhantomData<D>);
/// The weights a runtime uses: estimates for its own database weights.
pub type SubstrateWeight<T> = Estimated<<T as frame_system::Config>::DbWeight>;

const BASE: u64 = 50_000_000;
const PER_BYTE: u64 = 2_000;
const PER_PROVIDER: u64 = 25_000_000;
const PROOF_PER_PROVIDER: u64 = 2_000;
/// Bucket reads and writes of one scheduling, at worst.
const SCHEDULE: u64 = crate::lifecycle::SEARCH_BLOCKS as u64;

fn cost<D: Get<RuntimeDbWeight>>(ref_time: u64, proof: u64, reads: u64, writes: u64) -> Weight {
	Weight::from_parts(ref_time, proof).saturating_add(D::get().reads_writes(reads, writes))
}

/// A vote over `r` outputs of `o` bytes and its settlement: per provider a reveal read and
/// removal, a payout or a slash (bond and accounts), a pool entry; plus royalties, fee,
/// refund, result and expiry.
fn settle<D: Get<RuntimeDbWeight>>(r: u64, o: u64) -> Weight {
	cost::<D>(
		BASE.saturating_add(PER_PROVIDER.saturating_mul(r))
			.saturating_add(PER_BYTE.saturating_mul(o).saturating_mul(r).saturating_mul(r)),
		PROOF_PER_PROVIDER.saturating_mul(r).saturating_add(o.saturating_mul(r)),
		r.saturating_mul(6).saturating_add(8).saturating_add(SCHEDULE),
		r.saturating_mul(6).saturating_add(8).saturating_add(SCHEDULE),
	)
}

impl<D: Get<RuntimeDbWeight>> WeightInfo for Estimated<D> {
	// Reads every provider of the pool; writes each drawn provider and its job index.
	fn submit(i: u32, p: u32) -> Weight {
		let (i, p) = (u64::from(i), u64::from(p));
		cost::<D>(
			BASE.saturating_add(PER_BYTE.saturating_mul(i))
				.saturating_add(PER_PROVIDER.saturating_mul(p)),
			i.saturating_add(PROOF_PER_PROVIDER.saturating_mul(p)),
			p.saturating_add(8).saturating_add(SCHEDULE),
			p.saturating_mul(2).saturating_add(6).saturating_add(SCHEDULE),
		)
	}
	// The last commit closes the commit phase and schedules the reveal deadline.
	fn commit() -> Weight {
		cost::<D>(BASE, 4_000, 3u64.saturating_add(SCHEDULE), 2u64.saturating_add(SCHEDULE))
	}
	fn reveal(o: u32, r: u32) -> Weight {
		cost::<D>(BASE.saturating_add(PER_BYTE.saturating_mul(o.into())), 4_000, 2, 2)
			.saturating_add(settle::<D>(r.into(), o.into()))
	}
	fn cancel(r: u32) -> Weight {
		let accesses = u64::from(r).saturating_mul(2).saturating_add(4).saturating_add(SCHEDULE);
		cost::<D>(BASE, 4_000, accesses, accesses)
	}
	fn set_params() -> Weight {
		cost::<D>(BASE / 5, 0, 0, 1)
	}
	fn conclude(r: u32, o: u32) -> Weight {
		cost::<D>(BASE, 4_000, 2, 1).saturating_add(settle::<D>(r.into(), o.into()))
	}
	fn deadline_bucket() -> Weight {
		cost::<D>(BASE / 5, 4_000, 1, 1)
	}
	fn prune_job() -> Weight {
		cost::<D>(BASE / 5, 0, 0, 2)
	}
}

impl WeightInfo for () {
	fn submit(i: u32, p: u32) -> Weight {
		Estimated::<RocksDbWeight>::submit(i, p)
	}
	fn commit() -> Weight {
		Estimated::<RocksDbWeight>::commit()
	}
	fn reveal(o: u32, r: u32) -> Weight {
		Estimated::<RocksDbWeight>::reveal(o, r)
	}
	fn cancel(r: u32) -> Weight {
		Estimated::<RocksDbWeight>::cancel(r)
	}
	fn set_params() -> Weight {
		Estimated::<RocksDbWeight>::set_params()
	}
	fn conclude(r: u32, o: u32) -> Weight {
		Estimated::<RocksDbWeight>::conclude(r, o)
	}
	fn deadline_bucket() -> Weight {
		Estimated::<RocksDbWeight>::deadline_bucket()
	}
	fn prune_job() -> Weight {
		Estimated::<RocksDbWeight>::prune_job()
	}
}
