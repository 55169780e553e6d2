//! Challenges: for `challenge_period` blocks after a job completes, its submitter or any
//! bonded provider may post a bond and have a freshly drawn committee run the job again.
//!
//! Providers are paid when the job completes; a result overturned later is paid back out of
//! their bonds (the wrong-output slash, per seat, is many times a seat's price), so payouts
//! need no second escrow and honest providers are not kept waiting (docs/verification.md).
//!
//! The challenge committee has `escalation` seats drawn by stake from the model's pool, none
//! of them a provider of the job or the challenger, from randomness first known after the
//! challenge. A majority of its seats decides, as an escalation's does:
//! - it agrees with the result: the result stands, the challenger's bond pays the committee
//!   and the rest goes to the treasury (`ResultUpheld`);
//! - it agrees on another output: everyone who stood behind the result loses the job's
//!   wrong-output slash per seat (`SlashReason::Overturned`) and its record; out of those
//!   slashes, in order, the committee is paid, the submitter gets back what it paid them,
//!   providers the old vote slashed for the output the committee found are made whole, and
//!   the challenger gets its bond back and what is left, up to as much again; the rest stays
//!   with the treasury (`ResultOverturned`). The job's result becomes the committee's output;
//! - it decides nothing, or agrees on a failure (a model no longer fetchable, a slower
//!   machine's timeout: nothing against an output others computed): the result stands and the
//!   bond is returned (`ChallengeVoid`).
//!
//! Committee members who lose their vote, withhold or break the declared outputs are slashed
//! as any committee member is.

use crate::{vote::Verdict, *};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation, Restriction},
	},
};
use sp_runtime::traits::{Saturating, Zero};
use verity_primitives::{ComparisonRule, JobId, Outcome};

impl<T: Config> Pallet<T> {
	/// The weight `challenge` is charged: its benchmark's (a completed job of the most seats
	/// a challenge leaves room for, a provider challenging, every deadline bucket of the
	/// search read).
	pub fn challenge_weight() -> Weight {
		<T as Config>::WeightInfo::challenge().saturating_add(
			// The job's providers counted in flight again: their records read and written.
			T::DbWeight::get()
				.reads_writes(T::MaxRedundancy::get().into(), T::MaxRedundancy::get().into())
				// Whether the job is private, and then its model's rule.
				.saturating_add(T::DbWeight::get().reads(2)),
		)
	}

	pub(crate) fn do_challenge(who: T::AccountId, job_id: JobId) -> DispatchResult {
		let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::UnknownJob)?;
		ensure!(job.audit != Audit::Challenged, Error::<T>::AlreadyChallenged);
		ensure!(
			!Self::is_private(job_id)
				|| pallet_models::Models::<T>::get(job.model)
					.is_none_or(|m| m.rule == verity_primitives::ComparisonRule::Exact),
			Error::<T>::PrivateNotSupported
		);
		let Phase::Completed { at: completed_at } = job.phase else {
			return Err(Error::<T>::NotCompleted.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		// Strictly within the window: a provider released when the job completed can withdraw
		// no sooner than the unbonding delay (at least the window) after it.
		ensure!(
			now < completed_at.saturating_add(job.terms.challenge_period)
				&& Self::input_kept(job_id, &job),
			Error::<T>::ChallengeWindowClosed
		);
		let bonded = pallet_providers::Providers::<T>::get(&who).is_some_and(|p| {
			p.status == pallet_providers::ProviderStatus::Active
				&& p.bond >= pallet_providers::Pallet::<T>::min_bond()
		});
		ensure!(who == job.submitter || bonded, Error::<T>::NotEntitledToChallenge);
		let at = Self::schedule_deadline(job_id, now.saturating_add(T::DrawDelay::get()))?;
		let bond = job.terms.challenge_bond;
		CurrencyOf::<T>::hold(&HoldReason::ChallengeBond.into(), &who, bond)?;
		// The job's providers are still bonded, and stay so until the challenge ends: one
		// that started unbonding when the job completed withdraws no sooner than the work
		// window after, which covers the challenge window and the challenge's round.
		Challenges::<T>::insert(
			job_id,
			Challenge {
				challenger: who.clone(),
				bond,
				completed_at,
				audit: job.audit,
				verdict: None,
			},
		);
		job.audit = Audit::Challenged;
		job.phase = Phase::Challenged { at, since: now };
		Jobs::<T>::insert(job_id, job);
		log::info!(target: "runtime::jobs", "job {job_id}: result challenged, {bond:?} planck held; the challenge committee is drawn in block {at:?}");
		Self::deposit_event(Event::Challenged { job: job_id, challenger: who, bond, draw_at: at });
		Ok(())
	}

	/// Concludes a challenge once its committee's reveals are in (or closed): `revealed` are
	/// the job's revealed outcomes, the old providers' among them, and `fits` tells an
	/// output that fits the model's declared outputs.
	pub(crate) fn conclude_challenge(
		job_id: JobId,
		job: &mut JobOf<T>,
		rule: &ComparisonRule,
		revealed: &[(usize, RevealedOutcomeOf<T>)],
		fits: impl Fn(&RevealedOutcomeOf<T>) -> bool,
	) -> DispatchResult {
		let seats_of = |i: usize| job.assignments.get(i).map_or(0, |a| a.seats);
		let committee: alloc::vec::Vec<&(usize, RevealedOutcomeOf<T>)> = revealed
			.iter()
			.filter(|(i, _)| job.assignments.get(*i).is_some_and(|a| a.role == Role::Challenger))
			.collect();
		let (valid, invalid): (alloc::vec::Vec<_>, alloc::vec::Vec<_>) =
			committee.iter().copied().partition(|(_, o)| fits(o));
		let mut verdict = Verdict {
			winners: alloc::vec::Vec::new(),
			invalid: invalid.iter().map(|(i, _)| *i).collect(),
			any_valid_output: valid.iter().any(|(_, o)| o.is_output()),
			near: alloc::vec::Vec::new(),
			reveals_closed: true,
		};
		let quorum = job.terms.escalation / 2 + 1;
		let voting = committee.iter().fold(0u32, |n, (i, _)| n.saturating_add(seats_of(*i)));
		if voting < quorum {
			return Self::fail_with(job_id, job, FailReason::TooFewReveals, &verdict);
		}
		let ballots: alloc::vec::Vec<(&RevealedOutcomeOf<T>, u32)> =
			valid.iter().map(|(i, o)| (o, seats_of(*i))).collect();
		let Some(t) = vote::tally(rule, &ballots).filter(|t| t.seats >= quorum) else {
			return Self::fail_with(job_id, job, FailReason::NoQuorum, &verdict);
		};
		let Some(found) = valid.get(t.representative).map(|(_, o)| o.clone()) else {
			return Self::fail_with(job_id, job, FailReason::NoQuorum, &verdict);
		};
		// A failure the committee met (a model that can no longer be fetched, a slower
		// machine's timeout) says nothing against an output others computed: it never
		// overturns a result. The challenge decides nothing.
		if let Outcome::Failure(kind) = found {
			return Self::fail_with(job_id, job, FailReason::Unprocessable(kind), &verdict);
		}
		let output = found;
		verdict.winners = t.group.iter().filter_map(|g| valid.get(*g).map(|(i, _)| *i)).collect();
		let group: alloc::vec::Vec<&RevealedOutcomeOf<T>> =
			t.group.iter().filter_map(|g| valid.get(*g).map(|(_, o)| o)).collect();
		for (i, o) in valid.iter() {
			if !verdict.winners.contains(i)
				&& group.iter().any(|w| vote::agree(rule, o, w) || vote::unjudged(rule, o, w))
			{
				verdict.near.push(*i);
			}
		}
		// A completed job keeps its result until pruned, and pruning waits for the challenge.
		let Some(old) = Self::result_of(job_id) else {
			return Self::fail_with(job_id, job, FailReason::NoQuorum, &verdict);
		};
		// Under `Tolerance` a stored result the committee's stored output differs from by hash
		// may be within tolerance of it, or not: the chain cannot tell, and overturns nothing.
		if !group.iter().any(|w| vote::agree(rule, &old, w))
			&& group.iter().any(|w| vote::unjudged(rule, &old, w))
		{
			verdict.winners.clear();
			return Self::fail_with(job_id, job, FailReason::NoQuorum, &verdict);
		}
		let committee_slashed = Self::judge_committee(job_id, job, &verdict);
		Self::credit(job, &verdict.winners);
		if group.iter().any(|w| vote::agree(rule, &old, w)) {
			Self::uphold(job_id, job, &verdict)
		} else {
			Self::overturn(job_id, job, rule, &verdict, &group, &old, output, committee_slashed)
		}
	}

	/// Slashes the committee members outside the winning group (and not within tolerance of
	/// it): a revealed output (or one that breaks the declared outputs) as wrong, anything else
	/// (no commit, no reveal, a failure) as a no-show. Returns what was slashed.
	fn judge_committee(job_id: JobId, job: &JobOf<T>, verdict: &Verdict) -> BalanceOf<T> {
		let private = PrivateJobs::<T>::get(job_id);
		let mut slashed = BalanceOf::<T>::zero();
		for (i, a) in job.assignments.iter().enumerate() {
			if a.role != Role::Challenger
				|| verdict.winners.contains(&i)
				|| verdict.near.contains(&i)
				|| Self::excused(private.as_ref(), job_id, job, i)
			{
				continue;
			}
			let wrong = verdict.invalid.contains(&i)
				|| (a.revealed
					&& Reveals::<T>::get(job_id, &a.provider).is_some_and(|o| o.is_output()));
			let reason = if wrong { SlashReason::WrongOutput } else { SlashReason::NoShow };
			slashed = slashed.saturating_add(Self::slash(job_id, job, i, reason));
		}
		slashed
	}

	/// The challenge the job is under. A challenged job always has one; a missing record is
	/// treated as a challenge with no bond by nobody (the job's submitter).
	fn challenge_of(job_id: JobId, job: &JobOf<T>) -> ChallengeOf<T> {
		Challenges::<T>::get(job_id).unwrap_or(Challenge {
			challenger: job.submitter.clone(),
			bond: Zero::zero(),
			completed_at: frame_system::Pallet::<T>::block_number(),
			audit: Audit::NotApplicable,
			verdict: None,
		})
	}

	/// Records how a challenge ended.
	fn record(job_id: JobId, mut c: ChallengeOf<T>, verdict: ChallengeVerdict) {
		c.verdict = Some(verdict);
		Challenges::<T>::insert(job_id, c);
	}

	/// The result stands: the challenger's bond pays the committee's winners their seats'
	/// price and the rest goes to the treasury.
	fn uphold(job_id: JobId, job: &mut JobOf<T>, verdict: &Verdict) -> DispatchResult {
		let c = Self::challenge_of(job_id, job);
		let reason = HoldReason::ChallengeBond.into();
		let from_bond = |to: &T::AccountId, amount: BalanceOf<T>| {
			CurrencyOf::<T>::transfer_on_hold(
				&reason,
				&c.challenger,
				to,
				amount,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			)
			.unwrap_or_default()
		};
		let mut left = c.bond;
		let mut paid = BalanceOf::<T>::zero();
		for a in verdict.winners.iter().filter_map(|i| job.assignments.get(*i)) {
			let got = from_bond(&a.provider, Self::earned(a).min(left));
			left = left.saturating_sub(got);
			paid = paid.saturating_add(got);
		}
		let to_treasury = from_bond(&T::TreasuryAccount::get(), left);
		// What the treasury could not take (below the existential deposit) is not left held.
		let rest = left.saturating_sub(to_treasury);
		if !rest.is_zero() {
			let _ = CurrencyOf::<T>::release(&reason, &c.challenger, rest, Precision::BestEffort);
		}
		Self::end(job_id, job, Phase::Completed { at: c.completed_at })?;
		log::info!(target: "runtime::jobs", "job {job_id}: the challenge committee upheld the result; {paid:?} planck of the bond paid it, {to_treasury:?} to the treasury");
		Self::record(job_id, c, ChallengeVerdict::Upheld);
		Self::deposit_event(Event::ResultUpheld {
			job: job_id,
			paid_to_committee: paid,
			to_treasury,
		});
		Ok(())
	}

	/// The result is overturned for the committee's `output`: see the module's documentation.
	#[allow(clippy::too_many_arguments)]
	fn overturn(
		job_id: JobId,
		job: &mut JobOf<T>,
		rule: &ComparisonRule,
		verdict: &Verdict,
		group: &[&RevealedOutcomeOf<T>],
		old: &RevealedOutcomeOf<T>,
		output: RevealedOutcomeOf<T>,
		committee_slashed: BalanceOf<T>,
	) -> DispatchResult {
		let c = Self::challenge_of(job_id, job);
		// The old providers by what they revealed: behind the old result (and not within
		// tolerance of the new one), or with the new one while the old vote went against them.
		let mut behind = alloc::vec::Vec::new();
		let mut wronged = alloc::vec::Vec::new();
		for (i, a) in job.assignments.iter().enumerate() {
			if a.role == Role::Challenger || !a.revealed {
				continue;
			}
			let Some(o) = Reveals::<T>::get(job_id, &a.provider) else { continue };
			let with_new = group.iter().any(|w| vote::agree(rule, &o, w));
			if vote::agree(rule, &o, old) && !with_new {
				behind.push(i);
			} else if with_new && !vote::agree(rule, &o, old) {
				wronged.push(i);
			}
		}
		let mut slashed = BalanceOf::<T>::zero();
		for i in behind.iter() {
			slashed = slashed.saturating_add(Self::slash(job_id, job, *i, SlashReason::Overturned));
		}
		// Paid from the treasury, which the slashes just went to, never more than they brought.
		let treasury = T::TreasuryAccount::get();
		let mut left = slashed.saturating_add(committee_slashed);
		let mut pay = |to: &T::AccountId, amount: BalanceOf<T>| {
			let amount = amount.min(left);
			if amount.is_zero()
				|| CurrencyOf::<T>::transfer(&treasury, to, amount, Preservation::Preserve).is_err()
			{
				return BalanceOf::<T>::zero();
			}
			left = left.saturating_sub(amount);
			amount
		};
		let mut paid_to_committee = BalanceOf::<T>::zero();
		for a in verdict.winners.iter().filter_map(|i| job.assignments.get(*i)) {
			paid_to_committee = paid_to_committee.saturating_add(pay(&a.provider, Self::earned(a)));
		}
		// What the submitter paid the providers behind the old result (referees were paid
		// from slashes, not by it).
		let owed = behind
			.iter()
			.filter_map(|i| job.assignments.get(*i))
			.filter(|a| a.role != Role::Referee)
			.fold(BalanceOf::<T>::zero(), |n, a| n.saturating_add(Self::earned(a)));
		let refunded_to_submitter = pay(&job.submitter, owed);
		let mut compensated = BalanceOf::<T>::zero();
		for a in wronged.iter().filter_map(|i| job.assignments.get(*i)) {
			// What the old vote took (a failure it had revealed counted as a no-show) and the
			// price it was not paid.
			let output = Reveals::<T>::get(job_id, &a.provider).is_some_and(|o| o.is_output());
			let per_seat =
				if output { job.terms.wrong_output_slash } else { job.terms.no_show_slash };
			let due = per_seat.saturating_add(a.price).saturating_mul(a.seats.into());
			compensated = compensated.saturating_add(pay(&a.provider, due));
		}
		let _ = CurrencyOf::<T>::release(
			&HoldReason::ChallengeBond.into(),
			&c.challenger,
			c.bond,
			Precision::BestEffort,
		);
		// A challenger that stood behind the result (racing honest watchers to a challenge of
		// its own lie) gets its bond back and no reward.
		let challenger_behind = behind
			.iter()
			.filter_map(|i| job.assignments.get(*i))
			.any(|a| a.provider == c.challenger);
		let reward = if challenger_behind { Zero::zero() } else { pay(&c.challenger, c.bond) };

		let now = frame_system::Pallet::<T>::block_number();
		let output_hash = Self::put_result(job_id, output, true);
		Self::end(job_id, job, Phase::Completed { at: now })?;
		log::info!(target: "runtime::jobs", "job {job_id}: the challenge committee overturned the result; {slashed:?} planck slashed, {reward:?} planck paid to the challenger");
		Self::record(job_id, c, ChallengeVerdict::Overturned);
		Self::deposit_event(Event::ResultOverturned {
			job: job_id,
			output_hash,
			slashed,
			paid_to_committee,
			refunded_to_submitter,
			compensated,
			reward,
		});
		Ok(())
	}

	/// The challenge decided nothing (`reason`): the result stands, the bond goes back and
	/// the job may be challenged again within its window. Committee members whose output
	/// broke the declared outputs are slashed for a wrong output, those who did not deliver
	/// while another revealed a valid output as no-shows.
	pub(crate) fn void_challenge(
		job_id: JobId,
		job: &mut JobOf<T>,
		reason: FailReason,
		verdict: &Verdict,
	) -> DispatchResult {
		let c = Self::challenge_of(job_id, job);
		let private = PrivateJobs::<T>::get(job_id);
		for (i, a) in job.assignments.iter().enumerate() {
			if a.role != Role::Challenger || Self::excused(private.as_ref(), job_id, job, i) {
				continue;
			}
			if verdict.invalid.contains(&i) {
				Self::slash(job_id, job, i, SlashReason::WrongOutput);
			} else if !a.revealed && verdict.any_valid_output {
				Self::slash(job_id, job, i, SlashReason::NoShow);
			}
		}
		let refunded = CurrencyOf::<T>::release(
			&HoldReason::ChallengeBond.into(),
			&c.challenger,
			c.bond,
			Precision::BestEffort,
		)
		.unwrap_or_default();
		Self::end(job_id, job, Phase::Completed { at: c.completed_at })?;
		// The job is as it was before the challenge — its committee, their outcomes and the
		// record go — so it may be challenged again within its window: a challenge that
		// decided nothing does not make a result final.
		for a in job.assignments.iter().filter(|a| a.role == Role::Challenger && a.revealed) {
			Reveals::<T>::remove(job_id, &a.provider);
		}
		if private.is_some() {
			Self::forget_challengers_keys(job_id, job);
		}
		job.assignments.retain(|a| a.role != Role::Challenger);
		job.audit = c.audit;
		Challenges::<T>::remove(job_id);
		log::info!(target: "runtime::jobs", "job {job_id}: the challenge decided nothing ({reason:?}); the result stands, {refunded:?} planck returned");
		Self::deposit_event(Event::ChallengeVoid { job: job_id, reason, refunded });
		Ok(())
	}
}
