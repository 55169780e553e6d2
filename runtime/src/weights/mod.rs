//! The chain's own base weights, measured on this project's machine by
//! `scripts/bench-weights overhead` (`verity-node benchmark overhead`): what an empty block
//! (`BlockExecutionWeight`) and an extrinsic beyond its call (`ExtrinsicBaseWeight`: a signed
//! `system.remark` with every transaction extension) cost to execute; and pallet_balances'
//! calls, measured here by `scripts/bench-weights balances` with polkadot-sdk's own benchmarks
//! (so that transfers and Verity's calls are weighed on the same machine).

pub mod block_weights;
pub mod extrinsic_weights;
pub mod pallet_balances;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
