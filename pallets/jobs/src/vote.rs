//! The vote: group the revealed outcomes by the model's comparison rule, weighted by seats.
//!
//! Outputs are checked against the model's declared outputs first: one that does not fit is
//! not what an honest worker reveals (it would have revealed the failure `OutputInvalid`), so
//! it takes no part in the vote and its provider is slashed for a wrong output. Two outputs
//! agree under the model's rule; two failures agree when they give the same reason; an output
//! and a failure never agree. The heaviest group wins if its seats reach the quorum.

use crate::*;
use frame_support::pallet_prelude::*;
use sp_runtime::traits::Saturating;
use verity_primitives::{tensor::check_against, ComparisonRule, JobId, Outcome};

/// The outcome of a vote over revealed outcomes.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Tally {
	/// The index (into the outcomes voted on) whose outcome stands for the winning group.
	pub representative: usize,
	/// The indices of every outcome that agrees with the representative.
	pub group: alloc::vec::Vec<usize>,
	/// The seats of the group.
	pub seats: u32,
}

/// Whether two outcomes agree under `rule`.
pub fn agree<O: AsRef<[u8]>>(rule: &ComparisonRule, a: &Outcome<O>, b: &Outcome<O>) -> bool {
	match (a, b) {
		(Outcome::Output(a), Outcome::Output(b)) => rule.agree(a.as_ref(), b.as_ref()),
		(Outcome::Failure(a), Outcome::Failure(b)) => a == b,
		// Stored outputs are compared by hash, under any rule: the chain does not hold them.
		(Outcome::Stored { hash: a, len: m }, Outcome::Stored { hash: b, len: n }) => {
			a == b && m == n
		}
		_ => false,
	}
}

/// Whether an outcome outside a winning group is left unjudged: under `Tolerance`, two stored
/// outputs with different hashes may be within tolerance of each other, which the chain
/// cannot tell without their bytes. Their providers are neither paid nor slashed.
pub fn unjudged<O: AsRef<[u8]>>(rule: &ComparisonRule, a: &Outcome<O>, b: &Outcome<O>) -> bool {
	matches!(rule, ComparisonRule::Tolerance { .. }) && a.stored().is_some() && b.stored().is_some()
}

/// Finds the heaviest group of outcomes (each with its seats) that agree with one of them under
/// `rule`. Ties go to the earliest. Under `Exact` the groups are disjoint, so with a quorum
/// above half the seats at most one can reach it. `Tolerance` agreement is not transitive:
/// each outcome's group is the outcomes within tolerance of it, groups may overlap and more
/// than one may reach the quorum; the heaviest (then the earliest) wins, and every output in
/// it is within tolerance of the accepted one.
pub fn tally<O: AsRef<[u8]>>(
	rule: &ComparisonRule,
	outcomes: &[(&Outcome<O>, u32)],
) -> Option<Tally> {
	tally_by(outcomes, |i, j| match (outcomes.get(i), outcomes.get(j)) {
		(Some((a, _)), Some((b, _))) => agree(rule, a, b),
		_ => false,
	})
}

/// [`tally`] with agreement given by `agree` over the outcomes' indices (a judged round's
/// verdicts, `crate::judging`).
pub fn tally_by<O: AsRef<[u8]>>(
	outcomes: &[(&Outcome<O>, u32)],
	agree: impl Fn(usize, usize) -> bool,
) -> Option<Tally> {
	let mut best: Option<Tally> = None;
	for i in 0..outcomes.len() {
		let group: alloc::vec::Vec<usize> = (0..outcomes.len()).filter(|j| agree(i, *j)).collect();
		let seats = group
			.iter()
			.filter_map(|j| outcomes.get(*j))
			.fold(0u32, |n, (_, s)| n.saturating_add(*s));
		if best.as_ref().is_none_or(|b| seats > b.seats) {
			best = Some(Tally { representative: i, group, seats });
		}
	}
	best
}

/// How a job's vote ended, for settlement. The default: nobody won, nothing was revealed.
#[derive(Default)]
pub(crate) struct Verdict {
	/// Assignment indices of the providers whose outcome won (empty when none did).
	pub winners: alloc::vec::Vec<usize>,
	/// Assignment indices of the providers who revealed an output that breaks the model's
	/// declared outputs.
	pub invalid: alloc::vec::Vec<usize>,
	/// Whether a provider revealed an output that fits the declared outputs.
	pub any_valid_output: bool,
	/// Assignment indices of the providers outside the winning group whose outcome agrees
	/// with a winner's (possible under `Tolerance`): neither paid nor slashed.
	pub near: alloc::vec::Vec<usize>,
	/// Whether the round's reveals closed (the job ends from its vote): only then did a
	/// provider that committed and did not reveal withhold its outcome. A job the chain ends
	/// before (no randomness, no room, nobody to draw) slashes nobody for that.
	pub reveals_closed: bool,
}

impl<T: Config> Pallet<T> {
	/// Ends the reveal phase of the current round. A `Quorum` job (or an unaudited audited
	/// job, whose primary's outcome stands alone) is voted on: the heaviest group of agreeing
	/// outcomes wins if it reaches the quorum. An audited job settles with its primary's
	/// outcome when every auditor who revealed agrees with it; any disagreement, an output
	/// that breaks the model's declared outputs, or a primary that withheld its reveal goes to
	/// an escalation committee. An escalation's referees vote (a majority of its seats
	/// decides) and everyone else is judged against their result.
	///
	/// Returns how many bytes of revealed outputs it read, which its weight grows with.
	pub(crate) fn conclude(job_id: JobId, job: &mut JobOf<T>) -> Result<u32, DispatchError> {
		let revealed: alloc::vec::Vec<(usize, RevealedOutcomeOf<T>)> = job
			.assignments
			.iter()
			.enumerate()
			.filter(|(_, a)| a.revealed)
			.filter_map(|(i, a)| Reveals::<T>::get(job_id, &a.provider).map(|o| (i, o)))
			.collect();
		let bytes = revealed
			.iter()
			.fold(0u32, |n, (_, o)| n.saturating_add(o.output().map_or(0, |b| b.len() as u32)));
		Self::vote(job_id, job, revealed)?;
		Ok(bytes)
	}

	fn vote(
		job_id: JobId,
		job: &mut JobOf<T>,
		revealed: alloc::vec::Vec<(usize, RevealedOutcomeOf<T>)>,
	) -> DispatchResult {
		let model = pallet_models::Models::<T>::get(job.model);
		crate::batch::note_read(crate::batch::Key::Model, &job.model);
		let rule = model.as_ref().map_or(ComparisonRule::Exact, |m| m.rule);
		// A private job's outputs are sealed: providers check them before sealing, the chain
		// compares the sealed bytes.
		let private = PrivateJobs::<T>::get(job_id);
		let fits = |o: &RevealedOutcomeOf<T>| match (o, model.as_ref()) {
			_ if private.is_some() => true,
			(Outcome::Output(bytes), Some(m)) => check_against(bytes, &m.io.outputs).is_ok(),
			// The chain sees a stored output's length only: it must be the declared outputs'
			// when they fix every dimension. Providers check the bytes.
			(Outcome::Stored { len, .. }, Some(m)) => {
				m.io.fixed_output_len().is_none_or(|n| n == *len as usize)
			}
			_ => true,
		};
		let (valid, invalid): (alloc::vec::Vec<_>, alloc::vec::Vec<_>) =
			revealed.iter().partition(|(_, o)| fits(o));
		let seats_of = |i: usize| job.assignments.get(i).map_or(0, |a| a.seats);
		let role_of = |i: usize| job.assignments.get(i).map_or(Role::Member, |a| a.role);
		let mut verdict = Verdict {
			winners: alloc::vec::Vec::new(),
			invalid: invalid.iter().map(|(i, _)| *i).collect(),
			any_valid_output: valid.iter().any(|(_, o)| o.is_output()),
			near: alloc::vec::Vec::new(),
			reveals_closed: true,
		};

		if job.audit == Audit::Challenged {
			return Self::conclude_challenge(job_id, job, &rule, &revealed, fits);
		}
		// A private `Tolerance` job's round whose sealed outputs differ is voted on with its
		// judges' verdicts (`crate::judging`), once they are given.
		// Read only where there can be some: the round judged (it concludes from `Judging`), or
		// an escalation, whose primary and auditors may have judged (`Pallet::judging_weight`).
		let judgements = if private.is_some()
			&& matches!(rule, ComparisonRule::Tolerance { .. })
			&& (matches!(job.phase, Phase::Judging { .. }) || job.audit == Audit::Escalated)
		{
			Judgements::<T>::get(job_id).into_inner()
		} else {
			alloc::vec::Vec::new()
		};
		let judge_first = |job: &JobOf<T>| {
			Self::needs_judging(job, private.is_some(), &rule, &judgements, &revealed)
		};
		let agreement = if judgements.is_empty() {
			crate::judging::Agreement::by_rule(&rule)
		} else {
			let now = |i: usize| job.in_round(i);
			crate::judging::Agreement::by_verdicts(
				&rule,
				judgements.iter().map(|e| (*e, now(e.seat as usize))).collect(),
			)
		};

		// A private job whose primary could not read its input, or whose auditor was given no
		// key or could not read it: referees would work for slashes nobody owes. It ends
		// `KeysUnusable`, the outputs revealed paid, nobody slashed (docs/privacy.md).
		if matches!(job.audit, Audit::Skipped | Audit::NoAuditors | Audit::Audited)
			&& Self::audit_unusable(private.as_ref(), job_id, job)
		{
			return Self::fail(job_id, job, FailReason::KeysUnusable);
		}

		// An unaudited primary's failure is not taken on its word: a lie dressed as a failure
		// would be paid (by the submitter or the model's deposit) and never checked. It goes
		// to referees like a disagreement.
		if matches!(job.audit, Audit::Skipped | Audit::NoAuditors)
			&& valid.iter().any(|(i, o)| *i == 0 && o.failure().is_some())
		{
			return Self::escalate(job_id, job);
		}

		if job.audit == Audit::Audited {
			// The primary is the first assignment.
			let primary = valid.iter().find(|(i, _)| *i == 0).map(|(_, o)| o);
			let auditors: alloc::vec::Vec<&(usize, RevealedOutcomeOf<T>)> =
				valid.iter().copied().filter(|(i, _)| role_of(*i) == Role::Auditor).collect();
			// (A primary that revealed a failure is escalated whatever the auditors say.)
			if primary.is_some_and(|p| p.is_output()) && judge_first(job) {
				return Self::open_judging(job_id, job, &revealed);
			}
			// Settled on the primary's word only when an auditor checked it: a silent auditor
			// (offline, or paid to stay away) sends the job to referees instead.
			return match primary {
				Some(p)
					if verdict.invalid.is_empty()
						&& !auditors.is_empty()
						&& auditors.iter().all(|(i, o)| agreement.agree(*i, o, 0, p)) =>
				{
					verdict.winners =
						core::iter::once(0).chain(auditors.iter().map(|(i, _)| *i)).collect();
					let p = p.clone();
					Self::settle_outcome(job_id, job, &verdict, p)
				}
				_ => Self::escalate(job_id, job),
			};
		}

		let (voters, quorum): (alloc::vec::Vec<&(usize, RevealedOutcomeOf<T>)>, u32) =
			if job.audit == Audit::Escalated {
				let voters =
					valid.iter().copied().filter(|(i, _)| role_of(*i) == Role::Referee).collect();
				(voters, job.terms.escalation / 2 + 1)
			} else {
				(valid.to_vec(), job.terms.quorum)
			};
		let voting_seats = revealed
			.iter()
			.filter(|(i, _)| job.audit != Audit::Escalated || role_of(*i) == Role::Referee)
			.fold(0u32, |n, (i, _)| n.saturating_add(seats_of(*i)));
		if voting_seats < quorum {
			return Self::fail_with(job_id, job, FailReason::TooFewReveals, &verdict);
		}
		if judge_first(job) {
			return Self::open_judging(job_id, job, &revealed);
		}
		let ballots: alloc::vec::Vec<(&RevealedOutcomeOf<T>, u32)> =
			voters.iter().map(|(i, o)| (o, seats_of(*i))).collect();
		let agree_at = |x: usize, y: usize| match (voters.get(x), voters.get(y)) {
			(Some((i, a)), Some((j, b))) => agreement.agree(*i, a, *j, b),
			_ => false,
		};
		let Some(t) = tally_by(&ballots, agree_at).filter(|t| t.seats >= quorum) else {
			return Self::fail_with(job_id, job, FailReason::NoQuorum, &verdict);
		};
		let Some(winner) = voters.get(t.representative).map(|(_, o)| o.clone()) else {
			return Self::fail_with(job_id, job, FailReason::NoQuorum, &verdict);
		};
		verdict.winners = t.group.iter().filter_map(|g| voters.get(*g).map(|(i, _)| *i)).collect();
		let group: alloc::vec::Vec<&(usize, RevealedOutcomeOf<T>)> =
			t.group.iter().filter_map(|g| voters.get(*g).copied()).collect();
		for (i, o) in valid.iter() {
			if verdict.winners.contains(i) {
				continue;
			}
			if role_of(*i) != Role::Referee && job.audit == Audit::Escalated {
				if agreement.judged() && o.is_output() {
					// Judged by the winning referees' verdicts: a quorum of their seats saying
					// it agrees makes it right, a quorum saying it does not makes it wrong (one
					// referee can neither save a lie nor sink an honest output); in between,
					// neither paid nor slashed.
					let (yes, no) = group.iter().fold((0u32, 0u32), |(yes, no), (j, w)| {
						if agreement.agree(*i, o, *j, w) {
							(yes.saturating_add(seats_of(*j)), no)
						} else {
							(yes, no.saturating_add(seats_of(*j)))
						}
					});
					if yes >= quorum {
						verdict.winners.push(*i);
					} else if no < quorum {
						verdict.near.push(*i);
					}
				}
				// The primary and auditors are judged against the referees' result: those who
				// revealed it (within tolerance of any referee in the winning group) stood
				// behind the right outcome and are paid.
				else if group.iter().any(|(j, w)| agreement.agree(*i, o, *j, w)) {
					verdict.winners.push(*i);
				} else if group.iter().any(|(_, w)| agreement.unjudged(o, w)) {
					verdict.near.push(*i);
				}
			} else if group
				.iter()
				.any(|(j, w)| agreement.agree(*i, o, *j, w) || agreement.unjudged(o, w))
			{
				verdict.near.push(*i);
			}
		}
		if agreement.judged() && job.audit == Audit::Escalated {
			// A primary or auditor that denied, in its round's verdicts, an output the referees
			// found right is not paid for its own (an escalation forced by a false denial earns
			// nothing). Not slashed: tolerance is not transitive, and two outputs each within
			// tolerance of the referees' can be honestly apart.
			let right: alloc::vec::Vec<usize> =
				verdict.winners.iter().copied().filter(|i| role_of(*i) != Role::Referee).collect();
			let (stood, denied): (alloc::vec::Vec<usize>, alloc::vec::Vec<usize>) = verdict
				.winners
				.iter()
				.copied()
				.partition(|i| role_of(*i) == Role::Referee || agreement.stood_by(*i, &right));
			verdict.winners = stood;
			verdict.near.extend(denied);
		}
		Self::settle_outcome(job_id, job, &verdict, winner)
	}

	/// Settles a job with its accepted outcome: an output completes it, a failure ends it as
	/// unprocessable.
	fn settle_outcome(
		job_id: JobId,
		job: &mut JobOf<T>,
		verdict: &Verdict,
		outcome: RevealedOutcomeOf<T>,
	) -> DispatchResult {
		match outcome {
			Outcome::Failure(kind) => Self::unprocessable(job_id, job, verdict, kind),
			output => Self::complete(job_id, job, verdict, output),
		}
	}

	/// Sends a job whose audit disagreed to an escalation committee, drawn `DrawDelay` blocks
	/// on from randomness nobody knows now. The outcomes revealed so far are kept to be judged.
	pub(crate) fn escalate(job_id: JobId, job: &mut JobOf<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let at = Self::schedule_deadline(job_id, now.saturating_add(T::DrawDelay::get()))?;
		job.audit = Audit::Escalated;
		job.phase = Phase::Escalating { at, since: now };
		log::info!(target: "runtime::jobs", "job {job_id}: the audit disagreed; an escalation committee is drawn in block {at:?}");
		Self::deposit_event(Event::Escalated { job: job_id, draw_at: at });
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use verity_primitives::FailureKind;

	fn out(b: &[u8]) -> Outcome<Vec<u8>> {
		Outcome::Output(b.to_vec())
	}

	#[test]
	fn exact_majority_wins() {
		let (a, b) = (out(b"a"), out(b"b"));
		let t = tally(&ComparisonRule::Exact, &[(&a, 1), (&b, 1), (&a, 1)]).unwrap();
		assert_eq!((t.representative, t.group, t.seats), (0, vec![0, 2], 2));
	}

	#[test]
	fn seats_weigh_in_the_vote() {
		let (a, b) = (out(b"a"), out(b"b"));
		let t = tally(&ComparisonRule::Exact, &[(&a, 1), (&b, 2), (&a, 1)]).unwrap();
		assert_eq!((t.representative, t.seats), (0, 2), "a tie goes to the earliest");
		let t = tally(&ComparisonRule::Exact, &[(&a, 1), (&b, 3), (&a, 1)]).unwrap();
		assert_eq!((t.group, t.seats), (vec![1], 3));
	}

	#[test]
	fn failures_agree_by_reason_and_never_with_outputs() {
		let timeout = Outcome::<Vec<u8>>::Failure(FailureKind::Timeout);
		let failed = Outcome::<Vec<u8>>::Failure(FailureKind::InferenceFailed);
		let a = out(b"a");
		let t = tally(&ComparisonRule::Exact, &[(&timeout, 1), (&a, 1), (&timeout, 1)]).unwrap();
		assert_eq!((t.group, t.seats), (vec![0, 2], 2));
		let t = tally(&ComparisonRule::Exact, &[(&timeout, 1), (&failed, 1), (&a, 1)]).unwrap();
		assert_eq!(t.seats, 1, "different reasons do not agree");
		assert!(!agree(&ComparisonRule::Exact, &timeout, &a));
	}

	#[test]
	fn all_different_gives_groups_of_one() {
		let (a, b, c) = (out(b"a"), out(b"b"), out(b"c"));
		let t = tally(&ComparisonRule::Exact, &[(&a, 1), (&b, 1), (&c, 1)]).unwrap();
		assert_eq!(t.group.len(), 1);
		assert!(tally::<Vec<u8>>(&ComparisonRule::Exact, &[]).is_none());
	}
}
