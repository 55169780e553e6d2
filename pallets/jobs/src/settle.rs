//! Every movement of funds in a job: the escrow hold, payouts to providers, royalties to
//! beneficiaries, the protocol fee and slashes to the treasury, and refunds.
//!
//! The escrow is one hold (`JobEscrow`) on the submitter. A job pays out of it with
//! `transfer_on_hold` and returns what is left with `release`; every amount it takes out is
//! counted, so the rest of the job's escrow always goes back to the submitter and nothing
//! is left behind in the hold. The one payment that is not from the escrow is for a failure
//! that was the model's fault: the model owner's deposit pays it (pallet-models).
//!
//! Slashes are per seat, in fixed amounts the job's terms set (shares of the minimum bond),
//! so a stake split among accounts is slashed as much as the same stake in one account.

use crate::{vote::Verdict, *};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use sp_core::H256;
use sp_runtime::traits::{Saturating, Zero};
use verity_primitives::Outcome;
use verity_primitives::{FailureKind, JobId};

impl<T: Config> Pallet<T> {
	/// Holds a job's fee from the submitter.
	pub(crate) fn hold_escrow(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		CurrencyOf::<T>::hold(&HoldReason::JobEscrow.into(), who, amount)?;
		Self::note_escrow(who);
		Ok(())
	}

	/// Pays `amount` out of `from`'s escrow to `to`; returns what was paid (nothing if the
	/// transfer was impossible, e.g. below the existential deposit of a new account).
	fn pay(from: &T::AccountId, to: &T::AccountId, amount: BalanceOf<T>) -> BalanceOf<T> {
		if amount.is_zero() {
			return amount;
		}
		let paid = CurrencyOf::<T>::transfer_on_hold(
			&HoldReason::JobEscrow.into(),
			from,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)
		.unwrap_or_default();
		if !paid.is_zero() {
			Self::note_escrow(from);
			crate::batch::touch(crate::batch::Key::Account, to);
		}
		paid
	}

	/// Returns `amount` of escrow to the submitter.
	pub(crate) fn release_escrow(who: &T::AccountId, amount: BalanceOf<T>) -> BalanceOf<T> {
		if amount.is_zero() {
			return amount;
		}
		let released = CurrencyOf::<T>::release(
			&HoldReason::JobEscrow.into(),
			who,
			amount,
			Precision::BestEffort,
		)
		.unwrap_or_default();
		if !released.is_zero() {
			Self::note_escrow(who);
		}
		released
	}

	/// Notes, for a batch, the keys a movement of `who`'s escrow reads and writes: its hold and
	/// its account (the held balance).
	fn note_escrow(who: &T::AccountId) {
		crate::batch::touch(crate::batch::Key::Holds, who);
		crate::batch::touch(crate::batch::Key::Account, who);
	}

	/// Returns a job's whole fee to its submitter.
	pub(crate) fn refund_all(job: &JobOf<T>) -> BalanceOf<T> {
		Self::release_escrow(&job.submitter, job.fee.total())
	}

	/// Slashes a provider of a job `seats` times the job's slash for `reason`, to the treasury;
	/// returns what was taken. A wrong output also wipes its record on the model.
	pub(crate) fn slash(
		job_id: JobId,
		job: &JobOf<T>,
		index: usize,
		reason: SlashReason,
	) -> BalanceOf<T> {
		let Some(a) = job.assignments.get(index) else { return Zero::zero() };
		let per_seat = match reason {
			SlashReason::WrongOutput | SlashReason::Overturned => job.terms.wrong_output_slash,
			SlashReason::NoShow => job.terms.no_show_slash,
		};
		if reason != SlashReason::NoShow {
			Trust::<T>::remove(&a.provider, job.model);
		}
		let amount = pallet_providers::Pallet::<T>::slash(
			&a.provider,
			per_seat.saturating_mul(a.seats.into()),
			&T::TreasuryAccount::get(),
		);
		if !amount.is_zero() {
			log::info!(target: "runtime::jobs", "job {job_id}: provider slashed {amount:?} planck ({reason:?})");
			Self::deposit_event(Event::ProviderSlashed {
				job: job_id,
				provider: a.provider.clone(),
				amount,
				reason,
			});
		}
		amount
	}

	/// Whether the provider at `index` is an audited job's primary that committed and then
	/// withheld its reveal once it knew it was audited: treated as a wrong output, or
	/// withholding would be a cheap way out of a caught lie.
	fn withheld(job: &JobOf<T>, index: usize) -> bool {
		index == 0
			&& matches!(job.audit, Audit::Audited | Audit::Escalated)
			&& job.assignments.first().is_some_and(|a| a.commitment.is_some() && !a.revealed)
	}

	/// Pays the referees among `winners` their seats' price out of `slashed` (what this job's
	/// slashes brought the treasury), in order; returns what was paid. The submitter paid for
	/// the primary and the auditors, not for the escalation their disagreement caused.
	fn pay_referees(job: &JobOf<T>, winners: &[usize], slashed: BalanceOf<T>) -> BalanceOf<T> {
		use frame_support::traits::{fungible::Mutate, tokens::Preservation};
		let treasury = T::TreasuryAccount::get();
		let mut left = slashed;
		let mut paid = BalanceOf::<T>::zero();
		for a in winners.iter().filter_map(|i| job.assignments.get(*i)) {
			if a.role != Role::Referee {
				continue;
			}
			let amount = Self::earned(a).min(left);
			if amount.is_zero() {
				continue;
			}
			if CurrencyOf::<T>::transfer(&treasury, &a.provider, amount, Preservation::Preserve)
				.is_ok()
			{
				left = left.saturating_sub(amount);
				paid = paid.saturating_add(amount);
			}
		}
		paid
	}

	/// Adds one to the record on the job's model of every winner, when the winners are at
	/// least two providers (a result one provider agreed with itself checks nothing).
	pub(crate) fn credit(job: &JobOf<T>, winners: &[usize]) {
		let providers: alloc::collections::BTreeSet<&T::AccountId> =
			winners.iter().filter_map(|i| job.assignments.get(*i)).map(|a| &a.provider).collect();
		if providers.len() < 2 {
			return;
		}
		for who in providers {
			Trust::<T>::mutate(who, job.model, |n| *n = n.saturating_add(1));
			crate::batch::touch(crate::batch::Key::Trust, &(who, job.model));
		}
	}

	/// What a provider's seats earn.
	pub(crate) fn earned(a: &AssignmentOf<T>) -> BalanceOf<T> {
		a.price.saturating_mul(a.seats.into())
	}

	/// Fails a job that no vote settled (too few commits, no randomness, no providers, no room):
	/// full refund, nobody slashed.
	pub(crate) fn fail(job_id: JobId, job: &mut JobOf<T>, reason: FailReason) -> DispatchResult {
		Self::fail_with(job_id, job, reason, &Verdict::default())
	}

	/// Fails a job after its reveals: full refund. Providers whose output broke the model's
	/// declared outputs are slashed for a wrong output; those who did not reveal are slashed as
	/// no-shows only if another member of the committee revealed a valid output.
	pub(crate) fn fail_with(
		job_id: JobId,
		job: &mut JobOf<T>,
		reason: FailReason,
		verdict: &Verdict,
	) -> DispatchResult {
		// A challenge that decides nothing leaves the result standing; the job's escrow was
		// settled when it completed.
		if job.audit == Audit::Challenged {
			return Self::void_challenge(job_id, job, reason, verdict);
		}
		let private = PrivateJobs::<T>::get(job_id);
		// A private job's submitter holds its keys, so it can make the job fail after reading
		// outputs revealed (by giving a round no keys, late keys or keys that do not open): it
		// pays the seats given a key that revealed one — always when a seat was excused (its
		// keys may be why the job failed: a colluding seat's different output beside it must
		// not make the honest one unpaid), else unless two different outputs were revealed.
		// Other failed jobs are refunded in full.
		let paid = match private.as_ref() {
			Some(p)
				if (0..job.assignments.len())
					.any(|i| Self::excused(private.as_ref(), job_id, job, i))
					|| !Self::outputs_disagree(job_id, job) =>
			{
				Self::pay_revealed_outputs(job_id, job, p)
			}
			_ => Zero::zero(),
		};
		let refunded = Self::release_escrow(&job.submitter, job.fee.total().saturating_sub(paid));
		let closed = verdict.reveals_closed;
		for i in 0..job.assignments.len() {
			// A private job's seat given no key, or that could not read its input.
			if Self::excused(private.as_ref(), job_id, job, i) {
				continue;
			}
			if verdict.invalid.contains(&i) || (closed && Self::withheld(job, i)) {
				Self::slash(job_id, job, i, SlashReason::WrongOutput);
			} else if job.assignments.get(i).is_some_and(|a| {
				!a.revealed
					&& (verdict.any_valid_output ||
						// An audited job's lone primary that committed and, once reveals
						// were open to it, kept its outcome to itself.
						(closed && i == 0 && job.tier == Tier::Audited && a.commitment.is_some()))
			}) {
				Self::slash(job_id, job, i, SlashReason::NoShow);
			}
		}
		Self::end_failed(job_id, job, reason, paid, refunded)
	}

	/// Whether a (private) job's providers revealed two different outputs: different sealed
	/// bytes under `Exact`; under `Tolerance`, where sealed bytes of agreeing outputs differ,
	/// outputs two judges did not both say agree (outputs nobody judged are taken to agree: the
	/// submitter can read them all the same).
	fn outputs_disagree(job_id: JobId, job: &JobOf<T>) -> bool {
		let outputs: alloc::vec::Vec<(usize, RevealedOutcomeOf<T>)> = job
			.assignments
			.iter()
			.enumerate()
			.filter(|(_, a)| a.revealed)
			.filter_map(|(i, a)| {
				Reveals::<T>::get(job_id, &a.provider).filter(|o| o.is_output()).map(|o| (i, o))
			})
			.collect();
		if outputs.len() < 2 {
			return false;
		}
		let rule = pallet_models::Models::<T>::get(job.model)
			.map_or(verity_primitives::ComparisonRule::Exact, |m| m.rule);
		let first = outputs.first();
		if rule == verity_primitives::ComparisonRule::Exact {
			return outputs.iter().any(|(_, o)| first.is_some_and(|(_, f)| f != o));
		}
		let judgements = Judgements::<T>::get(job_id);
		let judged = |i: usize| judgements.iter().any(|e| e.seat as usize == i);
		let agreement = crate::judging::Agreement::by_verdicts(
			&rule,
			judgements.iter().map(|e| (*e, true)).collect(),
		);
		outputs.iter().any(|(i, a)| {
			outputs
				.iter()
				.any(|(j, b)| (judged(*i) || judged(*j)) && !agreement.agree(*i, a, *j, b))
		})
	}

	/// Pays, from a failing private job's escrow, the committee's and auditors' seats given a
	/// key that revealed an output; returns what was paid.
	fn pay_revealed_outputs(job_id: JobId, job: &JobOf<T>, private: &PrivateJob) -> BalanceOf<T> {
		let mut paid = BalanceOf::<T>::zero();
		for a in job.assignments.iter() {
			// A seat given no key did not read the input, whatever it revealed.
			if a.revealed
				&& matches!(a.role, Role::Member | Role::Auditor)
				&& private.keyed(a.role)
				&& Reveals::<T>::get(job_id, &a.provider).is_some_and(|o| o.is_output())
			{
				paid = paid.saturating_add(Self::pay(&job.submitter, &a.provider, Self::earned(a)));
			}
		}
		paid
	}

	fn end_failed(
		job_id: JobId,
		job: &mut JobOf<T>,
		reason: FailReason,
		paid_to_providers: BalanceOf<T>,
		refunded: BalanceOf<T>,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		Self::end(job_id, job, Phase::Failed { at: now, reason })?;
		log::info!(target: "runtime::jobs", "job {job_id}: failed ({reason:?}), {paid_to_providers:?} planck paid to providers, {refunded:?} planck refunded");
		Self::deposit_event(Event::JobFailed { job: job_id, reason, paid_to_providers, refunded });
		Ok(())
	}

	/// Ends a job whose committee agreed it cannot be done, for `kind`. The providers who
	/// agreed are paid their seats' price: by the model owner's deposit when the model is at
	/// fault (shared in proportion when it does not cover them all; the submitter is refunded
	/// in full), else by the submitter (who gets back the royalty, the protocol fee and what
	/// other seats would have cost). Nobody is slashed but providers who revealed outputs that
	/// break the model's declared outputs.
	pub(crate) fn unprocessable(
		job_id: JobId,
		job: &mut JobOf<T>,
		verdict: &Verdict,
		kind: FailureKind,
	) -> DispatchResult {
		// A private job whose providers agree they could not read its input: the chain cannot
		// tell whether the keys or the providers failed, so nobody is slashed and only outputs
		// revealed are paid (`fail_with`).
		let private = PrivateJobs::<T>::get(job_id);
		if kind == FailureKind::InputUnavailable && private.is_some() {
			return Self::fail(job_id, job, FailReason::KeysUnusable);
		}
		let submitter = job.submitter.clone();
		let owed: alloc::vec::Vec<(T::AccountId, BalanceOf<T>)> = verdict
			.winners
			.iter()
			.filter_map(|i| job.assignments.get(*i))
			.filter(|a| a.role != Role::Referee)
			.map(|a| (a.provider.clone(), Self::earned(a)))
			.collect();
		let mut paid = BalanceOf::<T>::zero();
		if kind.is_models_fault() {
			for (provider, amount) in Self::shares_of_deposit(job.model, &owed) {
				let got = pallet_models::Pallet::<T>::charge_deposit(job.model, &provider, amount);
				paid = paid.saturating_add(got);
			}
		} else {
			for (provider, amount) in owed.iter() {
				paid = paid.saturating_add(Self::pay(&submitter, provider, *amount));
			}
		}
		let from_escrow = if kind.is_models_fault() { Zero::zero() } else { paid };
		let refunded =
			Self::release_escrow(&submitter, job.fee.total().saturating_sub(from_escrow));
		let mut slashed = BalanceOf::<T>::zero();
		for i in 0..job.assignments.len() {
			// After an escalation the primary and auditors are judged against the referees'
			// finding; otherwise only outputs that break the declared outputs are slashed.
			// A valid output is spared (a faster machine may have finished where the referees
			// timed out); another failure than the referees' is a lie.
			let judged = job.audit == Audit::Escalated
				&& job.assignments.get(i).is_some_and(|a| a.role != Role::Referee && a.revealed)
				&& !verdict.winners.contains(&i)
				&& job
					.assignments
					.get(i)
					.and_then(|a| Reveals::<T>::get(job_id, &a.provider))
					.is_some_and(|o| o.failure().is_some());
			if Self::excused(private.as_ref(), job_id, job, i) {
				continue;
			}
			if verdict.invalid.contains(&i) || Self::withheld(job, i) || judged {
				slashed =
					slashed.saturating_add(Self::slash(job_id, job, i, SlashReason::WrongOutput));
			}
		}
		paid = paid.saturating_add(Self::pay_referees(job, &verdict.winners, slashed));
		Self::credit(job, &verdict.winners);
		Self::end_failed(job_id, job, FailReason::Unprocessable(kind), paid, refunded)
	}

	/// What each provider owed `amount` gets of `model`'s deposit: all it is owed when the
	/// deposit covers everyone, else a share of the deposit in proportion to what it is owed
	/// (rounded down, the remainder to the first).
	fn shares_of_deposit(
		model: verity_primitives::ModelId,
		owed: &[(T::AccountId, BalanceOf<T>)],
	) -> alloc::vec::Vec<(T::AccountId, BalanceOf<T>)> {
		use sp_runtime::{
			helpers_128bit::multiply_by_rational_with_rounding,
			traits::{SaturatedConversion, UniqueSaturatedInto},
			Rounding,
		};
		let total: u128 =
			owed.iter().fold(0u128, |t, (_, a)| t.saturating_add((*a).unique_saturated_into()));
		let deposit: u128 = pallet_models::Pallet::<T>::deposit_of(model).unique_saturated_into();
		if deposit >= total || total == 0 {
			return owed.to_vec();
		}
		let mut shares: alloc::vec::Vec<(T::AccountId, BalanceOf<T>)> = owed
			.iter()
			.map(|(who, a)| {
				let part = multiply_by_rational_with_rounding(
					deposit,
					(*a).unique_saturated_into(),
					total,
					Rounding::Down,
				)
				.unwrap_or(0);
				(who.clone(), part.saturated_into())
			})
			.collect();
		let given =
			shares.iter().fold(0u128, |t, (_, a)| t.saturating_add((*a).unique_saturated_into()));
		if let Some(first) = shares.first_mut() {
			first.1 = first.1.saturating_add(deposit.saturating_sub(given).saturated_into());
		}
		shares
	}

	/// Settles a job whose winners agreed on `output`: winners are paid their seats' price,
	/// the royalty is split among the model's beneficiaries, the protocol fee (its share of
	/// the whole committee's price) goes to the treasury, wrong outputs and non-deliveries
	/// (no reveal, or a failure revealed) are slashed per seat, except outputs within
	/// tolerance of a winner's, and the rest of the escrow returns to the submitter.
	pub(crate) fn complete(
		job_id: JobId,
		job: &mut JobOf<T>,
		verdict: &Verdict,
		output: RevealedOutcomeOf<T>,
	) -> DispatchResult {
		let submitter = job.submitter.clone();
		let mut paid_to_providers = BalanceOf::<T>::zero();
		let mut winning_seats = 0u32;
		for (i, a) in job.assignments.iter().enumerate() {
			if !verdict.winners.contains(&i) {
				continue;
			}
			winning_seats = winning_seats.saturating_add(a.seats);
			// Referees are paid from the slashes below, not by the submitter.
			if a.role != Role::Referee {
				paid_to_providers = paid_to_providers.saturating_add(Self::pay(
					&submitter,
					&a.provider,
					Self::earned(a),
				));
			}
		}
		let private = PrivateJobs::<T>::get(job_id);
		let mut slashed = BalanceOf::<T>::zero();
		for i in 0..job.assignments.len() {
			// Under `Tolerance`, an output within tolerance of a winner's is not wrong. A private
			// job's seat given no key, or that could not read its input, is excused.
			if verdict.winners.contains(&i)
				|| verdict.near.contains(&i)
				|| Self::excused(private.as_ref(), job_id, job, i)
			{
				continue;
			}
			// After an escalation the primary and auditors are judged against the referees:
			// any other outcome they revealed, a failure too, is a lie.
			let wrong = verdict.invalid.contains(&i)
				|| Self::withheld(job, i)
				|| job.assignments.get(i).is_some_and(|a| {
					a.revealed
						&& (job.audit == Audit::Escalated && a.role != Role::Referee
							|| Reveals::<T>::get(job_id, &a.provider)
								.is_some_and(|o| o.is_output()))
				});
			let reason = if wrong { SlashReason::WrongOutput } else { SlashReason::NoShow };
			slashed = slashed.saturating_add(Self::slash(job_id, job, i, reason));
		}
		let referees = Self::pay_referees(job, &verdict.winners, slashed);
		Self::credit(job, &verdict.winners);

		let mut royalty = BalanceOf::<T>::zero();
		crate::batch::note_read(crate::batch::Key::Model, &job.model);
		if let Some(model) = pallet_models::Models::<T>::get(job.model) {
			for (to, part) in pallet_models::split_royalty(job.fee.royalty, &model.royalties) {
				royalty = royalty.saturating_add(Self::pay(&submitter, &to, part));
			}
		}
		let protocol_fee =
			Self::pay(&submitter, &T::TreasuryAccount::get(), Self::cost(job).protocol);

		let spent = paid_to_providers.saturating_add(royalty).saturating_add(protocol_fee);
		let refunded = Self::release_escrow(&submitter, job.fee.total().saturating_sub(spent));

		// A job is completed here once (a challenge that overturns its result replaces it in
		// `challenge.rs`): no result of either kind is kept yet.
		let output_hash = Self::put_result(job_id, output, false);
		let now = frame_system::Pallet::<T>::block_number();
		Self::end(job_id, job, Phase::Completed { at: now })?;
		let drawn = job.seats_where(|_| true);
		log::info!(target: "runtime::jobs", "job {job_id}: completed, {winning_seats} of {drawn} drawn seat(s) agreed on output {output_hash:?}");
		Self::deposit_event(Event::JobCompleted {
			job: job_id,
			output_hash,
			winners: winning_seats,
			paid_to_providers: paid_to_providers.saturating_add(referees),
			royalty,
			protocol_fee,
			refunded,
		});
		Ok(())
	}

	/// Keeps a job's accepted output (on chain, or the hash and length of a stored one);
	/// returns its hash. `replacing`: the job has a result already (a challenge overturned it),
	/// which may be of the other kind and is removed. A first settlement has none and removes
	/// nothing: removing a key that is not there changes no state, but it is a write in the
	/// block's overlay, and the settlement's benchmark would count it as one.
	pub(crate) fn put_result(job_id: JobId, output: RevealedOutcomeOf<T>, replacing: bool) -> H256 {
		match output {
			Outcome::Output(bytes) => {
				let hash = sp_crypto_hashing::blake2_256(&bytes).into();
				Results::<T>::insert(job_id, bytes);
				if replacing {
					StoredResults::<T>::remove(job_id);
				}
				hash
			}
			Outcome::Stored { hash, len } => {
				if replacing {
					Results::<T>::remove(job_id);
				}
				StoredResults::<T>::insert(job_id, (H256(hash), len));
				H256(hash)
			}
			Outcome::Failure(_) => H256::zero(),
		}
	}

	/// A completed job's accepted output, on chain or stored.
	pub fn result_of(job_id: JobId) -> Option<RevealedOutcomeOf<T>> {
		Results::<T>::get(job_id).map(Outcome::Output).or_else(|| {
			StoredResults::<T>::get(job_id).map(|(hash, len)| Outcome::Stored { hash: hash.0, len })
		})
	}
}
