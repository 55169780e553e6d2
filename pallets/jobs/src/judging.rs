//! Verdicts on sealed outputs: private jobs of `Tolerance` models (docs/privacy.md).
//!
//! A private job's outputs are sealed under its content key, which only its submitter and the
//! seats given it hold. Sealing is deterministic, so equal sealed bytes are equal outputs and
//! the chain compares them as bytes. Under `Tolerance`, honest outputs differ in their last bits
//! and their sealed bytes differ wholly: the chain cannot tell. So a round whose sealed outputs
//! are not all alike judges before its vote (`Phase::Judging`, [`Pallet::judging_period`]
//! blocks): each of its judges — the round's seats that revealed an output, and an audit's
//! primary — opens the other outputs, compares each with its own under the model's rule and
//! says which agree (`judge`: one bit an assignment). Nothing readable reaches the chain.
//!
//! Two judges' outputs agree when both say so: a liar can cut its own agreements, never two
//! honest seats'. A judge that says nothing agrees with nobody, and is judged as one that
//! withheld its reveal. An escalation's referees judge the primary's and auditors' outputs too,
//! whose verdicts count one way (a quorum of the winning referees' seats makes an output right
//! or wrong, less leaves it neither paid nor slashed); a primary or auditor the referees find
//! right but that denied another output they found right is not paid — not slashed, since
//! tolerance is not transitive (`vote`). Challenges of private `Tolerance` jobs are refused
//! (`PrivateNotSupported`): the old seats, gone from the job, could not judge the committee.

use crate::*;
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::Saturating;
use verity_primitives::{ComparisonRule, JobId, Outcome};

/// How two seats' outcomes are compared in a vote: under the model's rule, or, in a judged
/// round, by the judges' verdicts (outputs that are not alike) and the rule (the rest).
pub(crate) struct Agreement<'r> {
	rule: &'r ComparisonRule,
	/// In a judged round: every judgement, with whether its judge judges the round voted on.
	judged: Option<alloc::vec::Vec<(Judgement, bool)>>,
}

impl<'r> Agreement<'r> {
	/// Comparison under `rule` alone.
	pub fn by_rule(rule: &'r ComparisonRule) -> Self {
		Self { rule, judged: None }
	}

	/// Comparison by the verdicts `judgements` (each with whether its judge judges the round
	/// voted on) where outputs differ.
	pub fn by_verdicts(
		rule: &'r ComparisonRule,
		judgements: alloc::vec::Vec<(Judgement, bool)>,
	) -> Self {
		Self { rule, judged: Some(judgements) }
	}

	/// Whether the round voted on was judged.
	pub fn judged(&self) -> bool {
		self.judged.is_some()
	}

	/// What the judge holding assignment `judge` in the round voted on said of assignment `of`.
	fn said(&self, judge: usize, of: usize) -> Option<bool> {
		self.judged.as_ref().and_then(|j| {
			j.iter()
				.find(|(e, now)| *now && e.seat as usize == judge)
				// A judge that gave no verdicts agrees with nobody.
				.map(|(e, _)| e.says(of).unwrap_or(false))
		})
	}

	/// Whether assignment `i`'s outcome `a` and assignment `j`'s outcome `b` agree.
	pub fn agree<O: AsRef<[u8]> + PartialEq>(
		&self,
		i: usize,
		a: &Outcome<O>,
		j: usize,
		b: &Outcome<O>,
	) -> bool {
		if i == j || self.judged.is_none() || !a.is_output() || !b.is_output() || a == b {
			return vote::agree(self.rule, a, b);
		}
		match (self.said(i, j), self.said(j, i)) {
			(Some(x), Some(y)) => x && y,
			// One of them revealed in an earlier round (an escalation judging the primary and
			// auditors): the judge's verdict.
			(Some(x), None) | (None, Some(x)) => x,
			(None, None) => false,
		}
	}

	/// Whether the judge of an earlier round holding assignment `i` stood by every output of
	/// `right` (found right by the round voted on) in its verdicts. True for a seat that was
	/// not a judge.
	pub fn stood_by(&self, i: usize, right: &[usize]) -> bool {
		let Some(j) = self.judged.as_ref() else { return true };
		match j.iter().find(|(e, now)| !*now && e.seat as usize == i) {
			None => true,
			Some((e, _)) => right.iter().all(|r| *r == i || e.says(*r) == Some(true)),
		}
	}

	/// Whether two outcomes outside a winning group are left unjudged (`vote::unjudged`): never
	/// in a judged round.
	pub fn unjudged<O: AsRef<[u8]>>(&self, a: &Outcome<O>, b: &Outcome<O>) -> bool {
		self.judged.is_none() && vote::unjudged(self.rule, a, b)
	}
}

impl<T: Config> Pallet<T> {
	/// How long a round judges: the reveal period, at most the commit period. A private
	/// `Tolerance` job runs at most three rounds (its challenges are refused), so three judging
	/// steps fit in the fourth round `input_lifetime` counts (a draw delay, two commit periods
	/// and a reveal period): its stored input outlives the job.
	pub fn judging_period(terms: &JobTermsOf<T>) -> BlockNumberFor<T> {
		terms.reveal_period.min(terms.commit_period)
	}

	/// Whether the round revealing now must judge before its vote: the job is private, its
	/// model's rule is `Tolerance`, the round has not judged yet, one of its seats revealed an
	/// output and two outputs revealed in the job differ.
	pub(crate) fn needs_judging(
		job: &JobOf<T>,
		private: bool,
		rule: &ComparisonRule,
		judgements: &[Judgement],
		revealed: &[(usize, RevealedOutcomeOf<T>)],
	) -> bool {
		let now = |i: usize| job.in_round(i);
		if !private || !matches!(rule, ComparisonRule::Tolerance { .. }) {
			return false;
		}
		if judgements.iter().any(|e| now(e.seat as usize)) {
			return false;
		}
		let mut outputs = revealed.iter().filter(|(_, o)| o.is_output());
		let Some((_, first)) = outputs.clone().next() else { return false };
		revealed.iter().any(|(i, o)| now(*i) && o.is_output()) && outputs.any(|(_, o)| o != first)
	}

	/// Opens the judging of the round revealing now: its seats that revealed an output judge
	/// until `now + judging_period`.
	pub(crate) fn open_judging(
		job_id: JobId,
		job: &mut JobOf<T>,
		revealed: &[(usize, RevealedOutcomeOf<T>)],
	) -> DispatchResult {
		let mut judgements = Judgements::<T>::get(job_id);
		let mut judges = 0u32;
		for (i, o) in revealed.iter() {
			let in_round = job.in_round(*i);
			if in_round && o.is_output() {
				// One entry a seat: a job has no more assignments than the bound.
				judgements
					.try_push(Judgement { seat: *i as u32, agrees: None })
					.map_err(|_| Error::<T>::TooManyJobs)?;
				judges.saturating_inc();
			}
		}
		let now = frame_system::Pallet::<T>::block_number();
		let until =
			Self::schedule_deadline(job_id, now.saturating_add(Self::judging_period(&job.terms)))?;
		Judgements::<T>::insert(job_id, judgements);
		job.phase = Phase::Judging { until };
		log::info!(target: "runtime::jobs", "job {job_id}: sealed outputs differ; {judges} seat(s) judge them until block {until:?}");
		Self::deposit_event(Event::JudgingOpened { job: job_id, judges, until });
		Ok(())
	}

	/// `judge`: returns the weight it took (the closing verdict's, or an open one's).
	pub(crate) fn do_judge(
		who: T::AccountId,
		job_id: JobId,
		agrees: u64,
	) -> Result<(Weight, crate::batch::Counted), DispatchError> {
		let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::UnknownJob)?;
		ensure!(matches!(job.phase, Phase::Judging { .. }), Error::<T>::NotJudging);
		let seat = job
			.assignments
			.iter()
			.position(|a| a.provider == who)
			.ok_or(Error::<T>::NotAssigned)?;
		let in_round = job.in_round(seat);
		let mut judgements = Judgements::<T>::get(job_id);
		let entry = judgements
			.iter_mut()
			.find(|e| in_round && e.seat as usize == seat)
			.ok_or(Error::<T>::NotAJudge)?;
		ensure!(entry.agrees.is_none(), Error::<T>::AlreadyJudged);
		entry.agrees = Some(agrees);
		let now = |i: usize| job.in_round(i);
		let done = judgements.iter().filter(|e| now(e.seat as usize)).all(|e| e.agrees.is_some());
		Judgements::<T>::insert(job_id, judgements);
		Self::deposit_event(Event::Judged { job: job_id, provider: who });
		if !done {
			return Ok((<T as Config>::WeightInfo::judge_open(), crate::batch::Counted::NONE));
		}
		let before = job.phase;
		let bytes = Self::conclude(job_id, &mut job)?;
		Jobs::<T>::insert(job_id, &job);
		let w = <T as Config>::WeightInfo::judge_open()
			.saturating_add(Self::judging_weight(&before, &job))
			.saturating_add(Self::settling_reveal_weight(
				bytes,
				job.assignments.len() as u32,
				pallet_models::Models::<T>::get(job.model).map_or(0, |m| m.royalties.len() as u32),
			));
		Ok((w, crate::batch::Counted::SETTLEMENT))
	}

	/// What a conclusion of `job` (in phase `before` until then) reads of verdicts, which the
	/// settlement's benchmarks do not count: the verdicts, when the round judged, the job is
	/// escalated (the vote reads them then) or it failed. A conclusion that opens a judging step instead of
	/// settling is charged a settlement it did not make, which writes more than the step's
	/// verdicts and deadline.
	pub(crate) fn judging_weight(before: &Phase<BlockNumberFor<T>>, job: &JobOf<T>) -> Weight {
		// (And a failing private job's, to tell whether its outputs disagree.)
		if matches!(before, Phase::Judging { .. })
			|| job.audit == Audit::Escalated
			|| matches!(job.phase, Phase::Failed { .. })
		{
			T::DbWeight::get().reads(1)
		} else {
			Weight::zero()
		}
	}

	/// The most `judge` can weigh: the verdict that settles a job at the largest redundancy,
	/// paying the most royalty beneficiaries, every other output of the job read.
	pub fn max_judge_weight() -> Weight {
		<T as Config>::WeightInfo::judge_open()
			.saturating_add(Self::max_reveal_weight(T::MaxOutputLen::get() as usize))
	}
}
