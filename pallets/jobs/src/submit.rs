//! Submission: check the input, fix the job's terms, hold the most it can cost and schedule the
//! draw of its committee `DrawDelay` blocks later.

use crate::*;
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::traits::Saturating;
use verity_primitives::ModelId;

impl<T: Config> Pallet<T> {
	/// Submits; returns the size of the model's pool of providers.
	pub(crate) fn do_submit(
		who: T::AccountId,
		model_id: ModelId,
		input: BoundedVec<u8, T::MaxInputLen>,
		max_fee: BalanceOf<T>,
		tier: Tier,
	) -> Result<u32, DispatchError> {
		let params = Params::<T>::get().ok_or(Error::<T>::NoParams)?;
		Self::check_tier(&params, &tier)?;
		let model =
			pallet_models::Pallet::<T>::job_model(model_id).ok_or(Error::<T>::ModelUnavailable)?;
		model.io.check_inputs(&input).map_err(|_| Error::<T>::InputMismatch)?;

		let (pool, pool_size) = Self::bonded_pool(model_id);
		// Someone other than the submitter to draw; the cap is the whole pool's, as estimated.
		ensure!(pool.iter().any(|e| e.provider != who), Error::<T>::NotEnoughProviders);
		let cap = Self::seat_price_cap(&pool).ok_or(Error::<T>::NotEnoughProviders)?;
		let terms = Self::terms_now(&params, cap, tier);
		let fee = Self::most_fee(&terms, tier, model.royalty_per_job);
		ensure!(fee.total() <= max_fee, Error::<T>::FeeAboveMax);

		let job_id = NextJobId::<T>::get();
		let next = job_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let now = frame_system::Pallet::<T>::block_number();
		// The committee is drawn from the randomness of later blocks, never this one.
		let assign_at = Self::schedule_deadline(job_id, now.saturating_add(T::DrawDelay::get()))?;
		Self::hold_escrow(&who, fee.total())?;

		let input_hash = sp_crypto_hashing::blake2_256(&input).into();
		NextJobId::<T>::put(next);
		Inputs::<T>::insert(job_id, input);
		Jobs::<T>::insert(
			job_id,
			Job {
				submitter: who.clone(),
				model: model_id,
				input_hash,
				fee,
				assignments: BoundedVec::new(),
				phase: Phase::Assigning { at: assign_at },
				submitted_at: now,
				terms,
				tier,
				audit: match tier {
					Tier::Audited => Audit::Pending,
					Tier::Quorum { .. } => Audit::NotApplicable,
				},
			},
		);
		log::info!(target: "runtime::jobs", "job {job_id}: submitted for model {model_id} ({tier:?}), {:?} planck held; its {} seat(s) are drawn in block {assign_at:?}", fee.total(), terms.redundancy);
		Self::deposit_event(Event::JobSubmitted {
			job: job_id,
			submitter: who,
			model: model_id,
			fee: fee.total(),
			assign_at,
		});
		Ok(pool_size)
	}

	/// Seats a job of `tier` under `terms` pays for at most: its first committee, and for an
	/// audited job its auditors (released when the draw leaves it unaudited). Referees of an
	/// escalation are paid from the slashes of those who lost it, not by the submitter.
	pub fn max_seats(terms: &JobTermsOf<T>, tier: Tier) -> u32 {
		match tier {
			Tier::Audited => terms.redundancy.saturating_add(terms.auditors),
			Tier::Quorum { .. } => terms.redundancy,
		}
	}

	/// The most a job under `terms` can cost: every seat it may pay for at the cap, the
	/// royalty, and the protocol fee on that.
	fn most_fee(terms: &JobTermsOf<T>, tier: Tier, royalty: BalanceOf<T>) -> Fee<BalanceOf<T>> {
		let compute = terms.seat_price_cap.saturating_mul(Self::max_seats(terms, tier).into());
		Fee { compute, royalty, protocol: terms.protocol_fee.mul_ceil(compute) }
	}

	/// The fee estimate for a job of `model` with an input of `input_len` bytes: what is held at
	/// submission (the most it can cost).
	pub fn estimate_fee(
		model: ModelId,
		input_len: u32,
		tier: Tier,
	) -> Result<FeeEstimate<BalanceOf<T>>, EstimateError> {
		let params = Params::<T>::get().ok_or(EstimateError::NoParams)?;
		Self::check_tier(&params, &tier).map_err(|_| EstimateError::TierOutOfBounds)?;
		let m =
			pallet_models::Pallet::<T>::job_model(model).ok_or(EstimateError::ModelUnavailable)?;
		if input_len > T::MaxInputLen::get() {
			return Err(EstimateError::InputTooLong);
		}
		let (eligible, _) = Self::bonded_pool(model);
		let cap = Self::seat_price_cap(&eligible).ok_or(EstimateError::NotEnoughProviders)?;
		let terms = Self::terms_now(&params, cap, tier);
		Ok(FeeEstimate {
			max: Self::most_fee(&terms, tier, m.royalty_per_job),
			eligible_providers: eligible.len() as u32,
			redundancy: terms.redundancy,
			tier,
			max_seats: Self::max_seats(&terms, tier),
		})
	}
}
