//! The pallets `verity-node benchmark pallet` measures (built with `--features
//! runtime-benchmarks`); `scripts/bench-weights` runs it and writes each pallet's weights.rs.

frame_benchmarking::define_benchmarks!(
	[pallet_models, Models]
	[pallet_providers, Providers]
	[pallet_jobs, Jobs]
	[pallet_blobs, Blobs]
	[pallet_validators, Validators]
	[pallet_balances, Balances]
);

/// Sets up the jobs pallet's benchmarks: a BABE pre-digest whose VRF output the runtime's
/// committee randomness reads, as in a real block.
pub struct JobsHelper;
impl pallet_jobs::BenchmarkHelper for JobsHelper {
	fn prepare_randomness() {
		crate::babe_fixture::install();
	}
}
