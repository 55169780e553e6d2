//! The redundancy vote: group revealed outputs by the model's comparison rule.

use crate::*;
use frame_support::pallet_prelude::*;
use verity_primitives::{ComparisonRule, JobId};

/// The outcome of a vote over revealed outputs.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Tally {
	/// The index (into the outputs voted on) whose output stands for the winning group.
	pub representative: usize,
	/// The indices of every output that agrees with the representative.
	pub group: alloc::vec::Vec<usize>,
}

/// Finds the largest group of outputs that agree with one of them under `rule`. Ties go to
/// the earliest output. `Tolerance` agreement is not transitive, so each output's group is
/// the outputs within tolerance of it; with a quorum above half, at most one group can win.
pub fn tally(rule: &ComparisonRule, outputs: &[&[u8]]) -> Option<Tally> {
	let mut best: Option<Tally> = None;
	for (i, a) in outputs.iter().enumerate() {
		let group: alloc::vec::Vec<usize> =
			outputs.iter().enumerate().filter(|(_, b)| rule.agree(a, b)).map(|(j, _)| j).collect();
		if best.as_ref().is_none_or(|b| group.len() > b.group.len()) {
			best = Some(Tally { representative: i, group });
		}
	}
	best
}

impl<T: Config> Pallet<T> {
	/// Ends the reveal phase: votes over the revealed outputs and settles the job, or fails
	/// it when too few outputs were revealed or none reached the quorum.
	pub(crate) fn conclude(job_id: JobId, job: &mut JobOf<T>) -> DispatchResult {
		let revealed: alloc::vec::Vec<(usize, BoundedVec<u8, T::MaxOutputLen>)> = job
			.assignments
			.iter()
			.enumerate()
			.filter(|(_, a)| a.revealed)
			.filter_map(|(i, a)| Reveals::<T>::get(job_id, &a.provider).map(|o| (i, o)))
			.collect();
		if (revealed.len() as u32) < job.quorum {
			return Self::fail(job_id, job, FailReason::TooFewReveals);
		}
		let rule = pallet_models::Models::<T>::get(job.model)
			.map(|m| m.rule)
			.unwrap_or(ComparisonRule::Exact);
		let outputs: alloc::vec::Vec<&[u8]> = revealed.iter().map(|(_, o)| &o[..]).collect();
		let Some(t) = tally(&rule, &outputs) else {
			return Self::fail(job_id, job, FailReason::TooFewReveals);
		};
		if (t.group.len() as u32) < job.quorum {
			return Self::fail(job_id, job, FailReason::NoQuorum);
		}
		let winners: alloc::vec::Vec<usize> =
			t.group.iter().filter_map(|g| revealed.get(*g).map(|(i, _)| *i)).collect();
		let Some((_, output)) = revealed.get(t.representative) else {
			return Self::fail(job_id, job, FailReason::NoQuorum);
		};
		Self::complete(job_id, job, &winners, output.clone())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn exact_majority_wins() {
		let t = tally(&ComparisonRule::Exact, &[b"a", b"b", b"a"]).unwrap();
		assert_eq!((t.representative, t.group), (0, vec![0, 2]));
	}

	#[test]
	fn all_different_gives_groups_of_one() {
		let t = tally(&ComparisonRule::Exact, &[b"a", b"b", b"c"]).unwrap();
		assert_eq!(t.group.len(), 1);
		assert!(tally(&ComparisonRule::Exact, &[]).is_none());
	}
}
