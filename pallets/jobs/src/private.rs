//! Private jobs (docs/privacy.md): inputs and outputs only the submitter and the providers
//! drawn for the job can read, with no trusted hardware.
//!
//! A private job's input is data the chain's nodes keep by hash, sealed under a content key
//! the chain never sees; the chain holds the key's commitment (`PrivateJobs`). Only providers
//! with an encryption key registered (`pallet_providers::EncryptionKeys`) are drawn. After each
//! draw the submitter gives the providers of the round the key, wrapped to each one's
//! encryption key (`provide_keys`, `SeatKeys`); their workers open it, check it against the
//! commitment, open the input, run the model and seal the output so that equal outputs seal
//! alike (`verity_primitives::privacy::seal_output`): the vote compares sealed bytes, and
//! under `Tolerance` the seats' verdicts where they differ (`crate::judging`).
//!
//! Nobody can be slashed for an input they could not read, and the chain cannot tell whether
//! a wrap that does not open was the submitter's doing or a lie of the provider's. So in a
//! private job a seat that was given no key, or that revealed the failure `InputUnavailable`,
//! is neither paid nor slashed ([`Pallet::excused`]), and so is one given its key late (after
//! the first quarter of its commit period) that did not commit; a job whose agreed outcome is
//! that failure, or whose audit cannot be judged, ends `KeysUnusable`. A failing private job
//! pays the seats given a key that revealed an output (the submitter may have read them):
//! always when a seat was excused, else when the outputs agree. A submitter that gives no
//! keys gets its job failed and refunded; providers lose only the seat. A lazy provider that
//! claims `InputUnavailable` earns nothing.

use crate::*;
use frame_support::{ensure, pallet_prelude::*};
use sp_runtime::traits::{One, Saturating};
use verity_primitives::{privacy::WrappedKey, FailureKind, JobId, Outcome};

impl<T: Config> Pallet<T> {
	/// Whether job `job_id` is private.
	pub fn is_private(job_id: JobId) -> bool {
		PrivateJobs::<T>::contains_key(job_id)
	}

	/// Whether the provider of assignment `i` of job `job_id` (private: `private`) is excused:
	/// its round was given no key, or it revealed that it could not read the input. Never in a
	/// job that is not private. Reads nothing the settlement did not read (the job's record,
	/// its reveals).
	pub(crate) fn excused(
		private: Option<&PrivateJob>,
		job_id: JobId,
		job: &JobOf<T>,
		i: usize,
	) -> bool {
		let (Some(p), Some(a)) = (private, job.assignments.get(i)) else { return false };
		!p.keyed(a.role)
			// Given its key late, it may not have had the time to commit.
			|| (p.late(a.role) && a.commitment.is_none())
			|| (a.revealed
				&& Reveals::<T>::get(job_id, &a.provider)
					== Some(Outcome::Failure(FailureKind::InputUnavailable)))
	}

	/// Whether a private job's round of primary and auditors cannot be judged: the primary
	/// revealed that it could not read the input, or an auditor was excused. Then referees
	/// would work for slashes nobody owes: the job ends `KeysUnusable` instead.
	pub(crate) fn audit_unusable(
		private: Option<&PrivateJob>,
		job_id: JobId,
		job: &JobOf<T>,
	) -> bool {
		private.is_some()
			&& job.assignments.iter().enumerate().any(|(i, a)| {
				matches!(a.role, Role::Member | Role::Auditor)
					&& (a.role == Role::Auditor || a.revealed)
					&& Self::excused(private, job_id, job, i)
			})
	}

	/// The providers of the round committing now in job `job`, in the order drawn.
	fn round_providers(job: &JobOf<T>) -> alloc::vec::Vec<T::AccountId> {
		let round = job.round();
		job.assignments.iter().filter(|a| a.role == round).map(|a| a.provider.clone()).collect()
	}

	pub(crate) fn do_provide_keys(
		who: T::AccountId,
		job_id: JobId,
		ephemeral: [u8; 32],
		keys: BoundedVec<WrappedKey, T::MaxRedundancy>,
	) -> DispatchResult {
		let job = Jobs::<T>::get(job_id).ok_or(Error::<T>::UnknownJob)?;
		let mut private = PrivateJobs::<T>::get(job_id).ok_or(Error::<T>::NotPrivate)?;
		ensure!(job.submitter == who, Error::<T>::NotSubmitter);
		let Phase::Committing { until } = job.phase else {
			return Err(Error::<T>::NoKeysToGive.into());
		};
		let round = job.round();
		ensure!(!private.keyed(round), Error::<T>::NoKeysToGive);
		let providers = Self::round_providers(&job);
		ensure!(keys.len() == providers.len(), Error::<T>::WrongKeyCount);
		let now = frame_system::Pallet::<T>::block_number();
		let period = job.terms.commit_period;
		let half = period / 2u32.into();
		ensure!(now <= until.saturating_sub(half), Error::<T>::KeysTooLate);
		// Given after the first quarter of the commit period (at least a block after the
		// draw's): the round's providers that do not commit are excused, not slashed.
		let quarter = (period / 4u32.into()).max(One::one());
		if now > until.saturating_sub(period).saturating_add(quarter) {
			private.set_late(round);
		}
		for p in providers.iter() {
			ensure!(
				pallet_providers::EncryptionKeys::<T>::contains_key(p),
				Error::<T>::NoEncryptionKey
			);
		}
		for (p, wrapped) in providers.iter().zip(keys.iter()) {
			SeatKeys::<T>::insert(job_id, p, SeatKey { ephemeral, wrapped: *wrapped });
		}
		private.set_keyed(round, true);
		PrivateJobs::<T>::insert(job_id, private);
		log::info!(target: "runtime::jobs", "job {job_id}: its submitter gave the key to {} provider(s)", providers.len());
		Self::deposit_event(Event::KeysProvided { job: job_id, providers: providers.len() as u32 });
		Ok(())
	}

	/// Removes the keys given to a void challenge's committee (the committee leaves the job).
	pub(crate) fn forget_challengers_keys(job_id: JobId, job: &JobOf<T>) {
		PrivateJobs::<T>::mutate(job_id, |p| {
			if let Some(p) = p {
				p.set_keyed(Role::Challenger, false);
				for a in job.assignments.iter().filter(|a| a.role == Role::Challenger) {
					SeatKeys::<T>::remove(job_id, &a.provider);
				}
			}
		});
	}

	/// Removes what a private job keeps besides the job (its key commitment, the keys given).
	pub(crate) fn remove_private(job_id: JobId, job: &JobOf<T>) {
		if PrivateJobs::<T>::take(job_id).is_some() {
			for a in job.assignments.iter() {
				SeatKeys::<T>::remove(job_id, &a.provider);
			}
			Judgements::<T>::remove(job_id);
		}
	}
}
