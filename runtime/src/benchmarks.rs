//! The pallets `verity-node benchmark pallet` measures (built with `--features
//! runtime-benchmarks`); `scripts/bench-weights` runs it and writes each pallet's weights.rs.

frame_benchmarking::define_benchmarks!(
	[pallet_models, Models]
	[pallet_providers, Providers]
	[pallet_jobs, Jobs]
	[pallet_validators, Validators]
);
