//! Submission: check the input, fix the job's terms, hold the most it can cost and schedule the
//! draw of its committee `DrawDelay` blocks later.

use crate::*;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;
use verity_primitives::{BlobInspect, JobId, ModelId};

impl<T: Config> Pallet<T> {
	/// A generation job's input holds to its model's limits: at least one prompt token and
	/// one new token (`InputMismatch`), no more new tokens than the model's `max_new_tokens`
	/// and no more tokens in all than its `max_context` (`GenerationTooLong`). The off-chain
	/// worker holds a stored input to the same limits once it reads it.
	pub fn check_generation(
		spec: &pallet_models::GeneratorSpecOf<T>,
		io: &verity_primitives::IoSpec,
		input: &[u8],
	) -> DispatchResult {
		let request = verity_primitives::generation::generation_request(io, input)
			.ok_or(Error::<T>::InputMismatch)?;
		ensure!(
			request.max_new_tokens <= u64::from(spec.max_new_tokens)
				&& request.prompt_len.saturating_add(request.max_new_tokens)
					<= u64::from(spec.max_context),
			Error::<T>::GenerationTooLong
		);
		Ok(())
	}

	/// Submits; returns the size of the model's pool of providers.
	pub(crate) fn do_submit(
		who: T::AccountId,
		model_id: ModelId,
		input: JobInput<T::MaxInputLen>,
		max_fee: BalanceOf<T>,
		tier: Tier,
	) -> Result<u32, DispatchError> {
		let params = Params::<T>::get().ok_or(Error::<T>::NoParams)?;
		crate::batch::note_read(crate::batch::Key::Params, &());
		Self::check_tier(&params, &tier)?;
		let model =
			pallet_models::Pallet::<T>::job_model(model_id).ok_or(Error::<T>::ModelUnavailable)?;
		crate::batch::note_read(crate::batch::Key::Model, &model_id);
		let now = frame_system::Pallet::<T>::block_number();
		match &input {
			JobInput::Inline(bytes) => {
				model.io.check_inputs(bytes).map_err(|_| Error::<T>::InputMismatch)?;
				if let Some(spec) = model.kind.generator() {
					Self::check_generation(spec, &model.io, bytes)?;
				}
			}
			JobInput::Stored { hash, len } | JobInput::Sealed { hash, len, .. } => {
				let sealed = matches!(input, JobInput::Sealed { .. });
				if sealed {
					// `Exact` outputs are compared sealed; `Tolerance` ones by their seats'
					// verdicts (`crate::judging`). A generation's auditors check the primary's
					// tokens in the clear: not private.
					ensure!(model.kind.generator().is_none(), Error::<T>::PrivateNotSupported);
				}
				let (stored_len, expires_at) =
					T::Blobs::blob(&hash.0).ok_or(Error::<T>::InputNotStored)?;
				ensure!(stored_len == *len, Error::<T>::InputNotStored);
				// The chain cannot read the data, but a model that fixes every input dimension
				// fixes the input's length too (sealed: and the seal's tag).
				if let Some(want) = model.io.fixed_input_len() {
					let tag = if sealed { verity_primitives::privacy::TAG_LEN } else { 0 };
					ensure!(
						usize::try_from(*len).ok() == Some(want.saturating_add(tag)),
						Error::<T>::InputMismatch
					);
				}
				ensure!(
					expires_at > now.saturating_add(Self::input_lifetime(&params)),
					Error::<T>::InputExpiresTooSoon
				);
			}
		}

		let (pool, pool_size) = Self::bonded_pool(model_id);
		// Someone other than the submitter to draw; the cap is the whole pool's, as estimated.
		ensure!(pool.iter().any(|e| e.provider != who), Error::<T>::NotEnoughProviders);
		let cap = Self::seat_price_cap(&pool).ok_or(Error::<T>::NotEnoughProviders)?;
		let terms = Self::terms_now(&params, cap, tier);
		let fee = Self::most_fee(&terms, tier, model.royalty_per_job);
		ensure!(fee.total() <= max_fee, Error::<T>::FeeAboveMax);

		let job_id = NextJobId::<T>::get();
		let next = job_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		// The committee is drawn from the randomness of later blocks, never this one.
		let assign_at = Self::schedule_deadline(job_id, now.saturating_add(T::DrawDelay::get()))?;
		Self::hold_escrow(&who, fee.total())?;

		NextJobId::<T>::put(next);
		crate::batch::touch(crate::batch::Key::NextJobId, &());
		let input_hash = match input {
			JobInput::Inline(bytes) => {
				let hash = sp_crypto_hashing::blake2_256(&bytes).into();
				Inputs::<T>::insert(job_id, bytes);
				hash
			}
			JobInput::Stored { hash, len } => {
				StoredInputs::<T>::insert(job_id, len);
				hash
			}
			JobInput::Sealed { hash, len, key_commitment } => {
				StoredInputs::<T>::insert(job_id, len);
				PrivateJobs::<T>::insert(job_id, PrivateJob { key_commitment, keyed: 0 });
				hash
			}
		};
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

	/// Whether a job's input is still there to run again: held inline, or stored with the
	/// chain's nodes and not expired.
	pub(crate) fn input_kept(job_id: JobId, job: &JobOf<T>) -> bool {
		Inputs::<T>::contains_key(job_id)
			|| (StoredInputs::<T>::contains_key(job_id)
				&& T::Blobs::blob(&job.input_hash.0).is_some())
	}

	/// Forgets a job's input (or the length of its stored input).
	pub(crate) fn remove_input(job_id: JobId) {
		Inputs::<T>::remove(job_id);
		StoredInputs::<T>::remove(job_id);
	}

	/// Blocks from submission within which a job under `params` ends and its result's
	/// challenge is judged, at the most: the draw and every round it may run (the first
	/// committee, an audit, an escalation, a challenge), each waiting at most a commit period
	/// for randomness, and the challenge period. A stored input must be kept that long.
	pub fn input_lifetime(params: &ProtocolParams<BlockNumberFor<T>>) -> BlockNumberFor<T> {
		let round = T::DrawDelay::get()
			.saturating_add(params.commit_period)
			.saturating_add(params.commit_period)
			.saturating_add(params.reveal_period);
		round.saturating_mul(4u32.into()).saturating_add(params.challenge_period)
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
	/// submission (the most it can cost). An input longer than `submit` carries is given by
	/// `submit_stored` (storing it costs `blobs.store`'s fee besides).
	pub fn estimate_fee(
		model: ModelId,
		input_len: u32,
		tier: Tier,
	) -> Result<FeeEstimate<BalanceOf<T>>, EstimateError> {
		let params = Params::<T>::get().ok_or(EstimateError::NoParams)?;
		Self::check_tier(&params, &tier).map_err(|_| EstimateError::TierOutOfBounds)?;
		let m =
			pallet_models::Pallet::<T>::job_model(model).ok_or(EstimateError::ModelUnavailable)?;
		if input_len > T::MaxInputLen::get().max(T::Blobs::max_len()) {
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
