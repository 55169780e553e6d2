//! Every movement of funds in a job: the escrow hold, payouts to providers, royalties to
//! beneficiaries, the protocol fee and slashes to the treasury, and refunds.
//!
//! The escrow is one hold (`JobEscrow`) on the submitter. A job pays out of it with
//! `transfer_on_hold` and returns what is left with `release`; every amount it takes out is
//! counted, so the rest of the job's escrow always goes back to the submitter and nothing
//! is left behind in the hold.

use crate::*;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use sp_runtime::traits::Saturating;
use verity_primitives::JobId;

impl<T: Config> Pallet<T> {
	/// Holds a job's fee from the submitter.
	pub(crate) fn hold_escrow(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		CurrencyOf::<T>::hold(&HoldReason::JobEscrow.into(), who, amount)
	}

	/// Pays `amount` out of `from`'s escrow to `to`; returns what was paid (nothing if the
	/// transfer was impossible, e.g. below the existential deposit of a new account).
	fn pay(from: &T::AccountId, to: &T::AccountId, amount: BalanceOf<T>) -> BalanceOf<T> {
		if amount.is_zero() {
			return amount;
		}
		CurrencyOf::<T>::transfer_on_hold(
			&HoldReason::JobEscrow.into(),
			from,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)
		.unwrap_or_default()
	}

	/// Returns `amount` of escrow to the submitter.
	fn release(who: &T::AccountId, amount: BalanceOf<T>) -> BalanceOf<T> {
		if amount.is_zero() {
			return amount;
		}
		CurrencyOf::<T>::release(&HoldReason::JobEscrow.into(), who, amount, Precision::BestEffort)
			.unwrap_or_default()
	}

	/// Returns a job's whole fee to its submitter.
	pub(crate) fn refund_all(job: &JobOf<T>) -> BalanceOf<T> {
		Self::release(&job.submitter, job.fee.total())
	}

	/// Slashes a provider of a job by `reason`'s fraction of its bond, to the treasury.
	fn slash(job_id: JobId, provider: &T::AccountId, reason: SlashReason) {
		let Some(params) = Params::<T>::get() else { return };
		let fraction = match reason {
			SlashReason::WrongOutput => params.wrong_output_slash,
			SlashReason::NoShow => params.no_show_slash,
		};
		let amount =
			pallet_providers::Pallet::<T>::slash(provider, fraction, &T::TreasuryAccount::get());
		if !amount.is_zero() {
			log::info!(target: "runtime::jobs", "job {job_id}: provider slashed {amount:?} planck ({reason:?})");
			Self::deposit_event(Event::ProviderSlashed {
				job: job_id,
				provider: provider.clone(),
				amount,
				reason,
			});
		}
	}

	/// Fails a job: full refund; providers who did not do their part are slashed as no-shows
	/// (those who did not commit when commits never reached the quorum, those who did not
	/// reveal otherwise).
	pub(crate) fn fail(job_id: JobId, job: &mut JobOf<T>, reason: FailReason) -> DispatchResult {
		let refunded = Self::refund_all(job);
		for a in job.assignments.iter() {
			let no_show = match reason {
				FailReason::TooFewCommits => a.commitment.is_none(),
				FailReason::TooFewReveals | FailReason::NoQuorum => !a.revealed,
				FailReason::Overloaded => false,
			};
			if no_show {
				Self::slash(job_id, &a.provider, SlashReason::NoShow);
			}
		}
		let now = frame_system::Pallet::<T>::block_number();
		Self::end(job_id, job, Phase::Failed { at: now, reason })?;
		log::info!(target: "runtime::jobs", "job {job_id}: failed ({reason:?}), {refunded:?} planck refunded");
		Self::deposit_event(Event::JobFailed { job: job_id, reason, refunded });
		Ok(())
	}

	/// Settles a job whose outputs at `winners` (assignment indices) agreed on `output`:
	/// winners are paid their price, the royalty is split among the model's beneficiaries,
	/// the protocol fee goes to the treasury, wrong revealers and no-shows are slashed, and
	/// the rest of the escrow returns to the submitter.
	pub(crate) fn complete(
		job_id: JobId,
		job: &mut JobOf<T>,
		winners: &[usize],
		output: BoundedVec<u8, T::MaxOutputLen>,
	) -> DispatchResult {
		let submitter = job.submitter.clone();
		let mut paid_to_providers = BalanceOf::<T>::zero();
		for (i, a) in job.assignments.iter().enumerate() {
			if winners.contains(&i) {
				paid_to_providers =
					paid_to_providers.saturating_add(Self::pay(&submitter, &a.provider, a.price));
			} else if a.revealed {
				Self::slash(job_id, &a.provider, SlashReason::WrongOutput);
			} else {
				Self::slash(job_id, &a.provider, SlashReason::NoShow);
			}
		}

		let mut royalty = BalanceOf::<T>::zero();
		if let Some(model) = pallet_models::Models::<T>::get(job.model) {
			for (to, part) in pallet_models::split_royalty(job.fee.royalty, &model.royalties) {
				royalty = royalty.saturating_add(Self::pay(&submitter, &to, part));
			}
		}
		let protocol_fee = Self::pay(&submitter, &T::TreasuryAccount::get(), job.fee.protocol);

		let spent = paid_to_providers.saturating_add(royalty).saturating_add(protocol_fee);
		let refunded = Self::release(&submitter, job.fee.total().saturating_sub(spent));

		let output_hash = sp_crypto_hashing::blake2_256(&output).into();
		Results::<T>::insert(job_id, output);
		let now = frame_system::Pallet::<T>::block_number();
		Self::end(job_id, job, Phase::Completed { at: now })?;
		log::info!(target: "runtime::jobs", "job {job_id}: completed, {} of {} providers agreed on output {output_hash:?}", winners.len(), job.assignments.len());
		Self::deposit_event(Event::JobCompleted {
			job: job_id,
			output_hash,
			winners: winners.len() as u32,
			paid_to_providers,
			royalty,
			protocol_fee,
			refunded,
		});
		Ok(())
	}
}
