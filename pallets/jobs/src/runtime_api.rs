//! What clients ask the runtime about jobs (`api.call.jobsApi.*` in polkadot.js).

// decl_runtime_apis! repeats the generic bounds in its expansion.
#![allow(clippy::multiple_bound_locations)]

use crate::{EstimateError, FeeEstimate, JobView};
use codec::Codec;
use verity_primitives::{JobId, ModelId};

sp_api::decl_runtime_apis! {
	/// Queries of inference jobs. Version 2: jobs carry seats, terms and outcomes.
	#[api_version(2)]
	pub trait JobsApi<AccountId: Codec, Balance: Codec, Job: Codec> {
		/// The most a job for `model` with an input of `input_len` bytes can cost now.
		fn estimate_fee(model: ModelId, input_len: u32) -> Result<FeeEstimate<Balance>, EstimateError>;
		/// A job and, once completed, its accepted output.
		fn job(id: JobId) -> Option<JobView<Job>>;
		/// The jobs assigned to a provider that have not ended.
		fn jobs_of(provider: AccountId) -> alloc::vec::Vec<JobId>;
	}
}

impl<T: crate::Config> crate::Pallet<T> {
	/// A job with its accepted output, if it is still stored.
	pub fn job_view(id: JobId) -> Option<JobView<crate::JobOf<T>>> {
		let job = crate::Jobs::<T>::get(id)?;
		Some(JobView { job, result: crate::Results::<T>::get(id).map(|r| r.into_inner()) })
	}

	/// The open jobs assigned to `provider`.
	pub fn jobs_of(provider: &T::AccountId) -> alloc::vec::Vec<JobId> {
		crate::ProviderJobs::<T>::iter_key_prefix(provider).collect()
	}
}
