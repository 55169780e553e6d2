//! Submission: check the input, draw providers, price the job and hold the fee.

use crate::*;
use codec::Encode;
use frame_support::{ensure, pallet_prelude::*, traits::Randomness};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Saturating, Perbill};
use verity_primitives::{JobId, ModelId};

/// A provider and its price.
type Priced<T> = (<T as frame_system::Config>::AccountId, BalanceOf<T>);

impl<T: Config> Pallet<T> {
	/// Submits; returns the size of the model's pool of providers and how many were drawn.
	pub(crate) fn do_submit(
		who: T::AccountId,
		model_id: ModelId,
		input: BoundedVec<u8, T::MaxInputLen>,
		max_fee: BalanceOf<T>,
	) -> Result<(u32, u32), DispatchError> {
		let model =
			pallet_models::Pallet::<T>::job_model(model_id).ok_or(Error::<T>::ModelUnavailable)?;
		model.io.check_inputs(&input).map_err(|_| Error::<T>::InputMismatch)?;
		let params = Params::<T>::get().ok_or(Error::<T>::NoParams)?;

		let job_id = NextJobId::<T>::get();
		let next = job_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let (drawn, pool_size) = Self::draw_providers(&who, model_id, job_id, params.redundancy)?;

		let compute =
			drawn.iter().fold(BalanceOf::<T>::zero(), |acc, (_, p)| acc.saturating_add(*p));
		let fee = Fee {
			compute,
			royalty: model.royalty_per_job,
			protocol: params.protocol_fee.mul_ceil(compute),
		};
		ensure!(fee.total() <= max_fee, Error::<T>::FeeAboveMax);

		let now = frame_system::Pallet::<T>::block_number();
		let commit_until =
			Self::schedule_deadline(job_id, now.saturating_add(params.commit_period))?;
		Self::hold_escrow(&who, fee.total())?;

		let assignments: BoundedVec<_, T::MaxRedundancy> = drawn
			.into_iter()
			.map(|(provider, price)| Assignment {
				provider,
				price,
				commitment: None,
				revealed: false,
			})
			.collect::<alloc::vec::Vec<_>>()
			.try_into()
			.map_err(|_| Error::<T>::InvalidParams)?;
		for a in assignments.iter() {
			pallet_providers::Pallet::<T>::note_assigned(&a.provider);
			ProviderJobs::<T>::insert(&a.provider, job_id, ());
		}
		let providers: BoundedVec<T::AccountId, T::MaxRedundancy> = assignments
			.iter()
			.map(|a| a.provider.clone())
			.collect::<alloc::vec::Vec<_>>()
			.try_into()
			.map_err(|_| Error::<T>::InvalidParams)?;

		NextJobId::<T>::put(next);
		Inputs::<T>::insert(job_id, input);
		Jobs::<T>::insert(
			job_id,
			Job {
				submitter: who.clone(),
				model: model_id,
				fee,
				assignments,
				phase: Phase::Committing { until: commit_until },
				submitted_at: now,
				quorum: params.quorum,
			},
		);
		Self::deposit_event(Event::JobSubmitted {
			job: job_id,
			submitter: who,
			model: model_id,
			fee: fee.total(),
		});
		log::info!(target: "runtime::jobs", "job {job_id}: submitted for model {model_id}, fee {:?} planck; {} providers assigned, commits until block {commit_until:?}", fee.total(), providers.len());
		Self::deposit_event(Event::JobAssigned { job: job_id, providers, commit_until });
		Ok((pool_size, params.redundancy))
	}

	/// Draws `count` distinct providers of `model`, never the submitter, uniformly with the
	/// chain's randomness for this job; also returns the size of the model's pool.
	fn draw_providers(
		submitter: &T::AccountId,
		model: ModelId,
		job: JobId,
		count: u32,
	) -> Result<(alloc::vec::Vec<Priced<T>>, u32), DispatchError> {
		let assignable = pallet_providers::Pallet::<T>::assignable(model);
		let pool_size = assignable.len() as u32;
		let mut pool: alloc::vec::Vec<_> =
			assignable.into_iter().filter(|(who, _)| who != submitter).collect();
		let count = count as usize;
		ensure!(pool.len() >= count, Error::<T>::NotEnoughProviders);
		let (seed, _) = T::Randomness::random(&(b"verity/assign", job).encode());
		// A partial Fisher-Yates shuffle: position i takes a uniformly drawn later element.
		for i in 0..count {
			let remaining = pool.len().saturating_sub(i) as u64;
			let r = u64::from_le_bytes(sp_crypto_hashing::blake2_64(&(seed, i as u32).encode()));
			let j = i.saturating_add((r % remaining.max(1)) as usize);
			let last = pool.len().saturating_sub(1);
			pool.swap(i, j.min(last));
		}
		pool.truncate(count);
		Ok((pool, pool_size))
	}

	/// The fee estimate for a job of `model` with an input of `input_len` bytes.
	pub fn estimate_fee(
		model: ModelId,
		input_len: u32,
	) -> Result<FeeEstimate<BalanceOf<T>>, EstimateError> {
		let m =
			pallet_models::Pallet::<T>::job_model(model).ok_or(EstimateError::ModelUnavailable)?;
		if input_len > T::MaxInputLen::get() {
			return Err(EstimateError::InputTooLong);
		}
		let params = Params::<T>::get().ok_or(EstimateError::ModelUnavailable)?;
		let pool = pallet_providers::Pallet::<T>::assignable(model);
		if (pool.len() as u32) < params.redundancy {
			return Err(EstimateError::NotEnoughProviders);
		}
		let top = pool.iter().map(|(_, p)| *p).max().unwrap_or_default();
		let compute = top.saturating_mul(params.redundancy.into());
		let max = Fee {
			compute,
			royalty: m.royalty_per_job,
			protocol: params.protocol_fee.mul_ceil(compute),
		};
		Ok(FeeEstimate {
			max,
			eligible_providers: pool.len() as u32,
			redundancy: params.redundancy,
		})
	}

	/// Whether parameters are consistent: `redundancy / 2 < quorum <= redundancy <= max`,
	/// non-zero periods and retention.
	pub fn params_valid(p: &ProtocolParams<BlockNumberFor<T>>) -> bool {
		p.redundancy >= 1
			&& p.redundancy <= T::MaxRedundancy::get()
			&& p.quorum <= p.redundancy
			&& p.quorum.saturating_mul(2) > p.redundancy
			&& !p.commit_period.is_zero()
			&& !p.reveal_period.is_zero()
			&& !p.retention.is_zero()
			&& p.wrong_output_slash <= Perbill::one()
	}
}
