//! What clients ask the runtime about jobs (`api.call.jobsApi.*` in polkadot.js).

// decl_runtime_apis! repeats the generic bounds in its expansion.
#![allow(clippy::multiple_bound_locations)]

use crate::{EstimateError, FeeEstimate, JobView, Tier, TrustView};
use codec::Codec;
use verity_primitives::{JobId, ModelId};

sp_api::decl_runtime_apis! {
	/// Queries of inference jobs. Version 2: jobs carry seats, terms and outcomes. Version 3:
	/// fees are estimated per verification tier, and providers have a record per model.
	/// Version 4: a job's view names its stored result (an output longer than the chain holds).
	/// Version 5: a job's input and output as typed tensors (`tensors`).
	#[api_version(5)]
	pub trait JobsApi<AccountId: Codec, Balance: Codec, Job: Codec> {
		/// The most a job of `tier` for `model` with an input of `input_len` bytes can cost
		/// now.
		fn estimate_fee(model: ModelId, input_len: u32, tier: Tier) -> Result<FeeEstimate<Balance>, EstimateError>;
		/// A provider's record on a model and the chance that a job it serves as primary is
		/// audited now.
		fn trust(provider: AccountId, model: ModelId) -> TrustView;
		/// A job and, once completed, its accepted output.
		fn job(id: JobId) -> Option<JobView<Job>>;
		/// The jobs assigned to a provider that have not ended.
		fn jobs_of(provider: AccountId) -> alloc::vec::Vec<JobId>;
		/// A job's input and accepted output as tensors, decoded from the canonical encoding
		/// (each `None` where the chain does not hold the bytes in the clear: a stored input or
		/// output, no result yet, a private job).
		#[api_version(5)]
		fn tensors(id: JobId) -> Option<crate::JobTensors>;
	}
}

impl<T: crate::Config> crate::Pallet<T> {
	/// A job with its accepted output, if it is still stored.
	pub fn job_view(id: JobId) -> Option<JobView<crate::JobOf<T>>> {
		let job = crate::Jobs::<T>::get(id)?;
		Some(JobView {
			job,
			result: crate::Results::<T>::get(id).map(|r| r.into_inner()),
			stored_result: crate::StoredResults::<T>::get(id),
		})
	}

	/// `provider`'s record on `model` under the current parameters.
	pub fn trust_view(provider: &T::AccountId, model: ModelId) -> TrustView {
		let consecutive_valid = crate::Trust::<T>::get(provider, model);
		let (trusted_after, floor) = crate::Params::<T>::get()
			.map_or((0, sp_runtime::Perbill::one()), |p| (p.trusted_after, p.audit_floor));
		TrustView {
			consecutive_valid,
			trusted: consecutive_valid >= trusted_after && consecutive_valid > 0,
			audit_probability: Self::audit_probability(provider, model, trusted_after, floor),
		}
	}

	/// A job's input and accepted output as tensors, where the chain holds their bytes.
	pub fn job_tensors(id: JobId) -> Option<crate::JobTensors> {
		use verity_primitives::tensor::decode_tensors;
		crate::Jobs::<T>::get(id)?;
		// A private job's input and result are sealed: no tensors to show, whatever the sealed
		// bytes would happen to decode to.
		if Self::is_private(id) {
			return Some(crate::JobTensors { input: None, output: None });
		}
		Some(crate::JobTensors {
			input: crate::Inputs::<T>::get(id).and_then(|i| decode_tensors(&i).ok()),
			output: crate::Results::<T>::get(id).and_then(|r| decode_tensors(&r).ok()),
		})
	}

	/// The open jobs `provider` holds a seat on (a challenged job's old providers too: they
	/// may be slashed), by id.
	pub fn jobs_of(provider: &T::AccountId) -> alloc::vec::Vec<JobId> {
		Self::open_jobs()
			.into_iter()
			.filter(|(_, job)| job.assignments.iter().any(|a| &a.provider == provider))
			.map(|(id, _)| id)
			.collect()
	}
}
