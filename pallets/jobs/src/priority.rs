//! Provider work before new jobs, and no provider work that cannot be done. A job's commits and
//! reveals have deadlines counted in blocks: a commit pushed out of its window by a burst of new
//! submissions costs an honest provider its no-show slash and the submitter its job.
//! `PrioritizeProviderWork` is a transaction extension that gives the commits and reveals of a
//! provider drawn for a job, with that work not done, a pool priority far above anything a
//! submission gets, so block authors include them first.
//!
//! When a block includes it, the extension also refuses, as an invalid transaction
//! ([`NO_SEAT`]), provider work naming a job in which the signer holds no seat, or (a reveal) a
//! seat that has not committed: an item the call could only refuse (`NotAssigned`,
//! `UnknownJob`, `NotCommitted`), making its whole batch pay. The case an honest provider meets
//! is a reorg: its worker committed for a committee drawn in a block its own validator authored
//! (so the transaction's era starts at the parent, which both forks share,
//! `runtime/src/offchain.rs`), and the sibling block that won drew another committee. Refused at
//! inclusion, the transaction is never included on that fork and pays nothing; the worker sends
//! the work still open there again with the same nonce (`crate::offchain`). The pool does not
//! refuse it (`TransactionSource::External` or `Local`): a peer that has not imported the block
//! that drew the seat would refuse honest work and ban it; there such work only gets the
//! ordinary priority. A commit or reveal made already (a resend after a lost transaction) is
//! not refused: the call refuses and charges that item, and the rest of its batch stands.
//! Neither is a step whose window is not open — a commit after the commits closed (a seat
//! that missed its window), a reveal before they close — but it gets only the ordinary
//! priority: the call refuses and charges it, and it never goes before others' open work.
//!
//! It reads each job the call names, which the call then reads again and whose read the call's
//! weight counts: the extension adds no weight.
//!
//! Every seat is an assignment of the job — a quorum's members, the primary, auditors, referees
//! and a challenge committee — so all of them are covered. What it does not cover: a submitter
//! whose tip alone earns a priority above `PROVIDER_WORK_PRIORITY` could still go first.

use crate::{Call, Config, Jobs, Judgements, Pallet, Phase};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::marker::PhantomData;
use frame_support::{
	dispatch::{DispatchInfo, Pays, PostDispatchInfo},
	pallet_prelude::{Get, TransactionSource, Weight},
	traits::{IsSubType, OriginTrait},
	DefaultNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::{
	impl_tx_ext_default,
	traits::{
		DispatchInfoOf, Dispatchable, PostDispatchInfoOf, TransactionExtension, ValidateResult,
	},
	transaction_validity::{
		InvalidTransaction, TransactionPriority, TransactionValidityError, ValidTransaction,
	},
	DispatchResult,
};
use verity_primitives::JobId;

/// The priority provider work adds: half the range. Priorities of one transaction add up
/// (saturating), so provider work ranks above every transaction whose other extensions give
/// less than this (a submission's priority comes from its tip).
pub const PROVIDER_WORK_PRIORITY: TransactionPriority = TransactionPriority::MAX / 2;

/// Raises the pool priority of a drawn provider's commits and reveals (module docs).
#[derive(Encode, Decode, DecodeWithMemTracking, DefaultNoBound, Clone, Eq, PartialEq, TypeInfo)]
#[scale_info(skip_type_params(T))]
pub struct PrioritizeProviderWork<T>(PhantomData<T>);

impl<T> core::fmt::Debug for PrioritizeProviderWork<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "PrioritizeProviderWork")
	}
}

impl<T> PrioritizeProviderWork<T> {
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

/// The code of the invalid transaction `PrioritizeProviderWork` makes, at inclusion, of provider
/// work naming a job in which the signer holds no seat, or (a reveal) a seat not committed
/// (`InvalidTransaction::Custom(1)`).
pub const NO_SEAT: u8 = 1;

/// The step a provider's call takes in each job it names.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Work {
	/// `commit`, `commit_many`.
	Commit,
	/// `reveal`, `reveal_many`, `reveal_stored`.
	Reveal,
	/// `judge`: a private `Tolerance` job's verdicts (`crate::judging`).
	Judge,
}

/// Where a provider's step stands in a job.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Seat {
	/// No seat for the signer (or no such job), or a reveal of a seat that has not committed:
	/// the call can only refuse it.
	Missing,
	/// A seat whose step is done (committed already, revealed already).
	Done,
	/// A seat with the step to do now.
	Open,
	/// A seat whose step's window is not open (a commit after the commits closed, a reveal
	/// before they open): the call refuses it and is charged, with no priority.
	Closed,
}

impl<T: Config> Pallet<T> {
	/// The step a commit or reveal call takes and the jobs it names, in order; `None` for other
	/// calls.
	pub fn provider_work(call: &Call<T>) -> Option<(Work, alloc::vec::Vec<JobId>)> {
		match call {
			Call::commit { job, .. } => Some((Work::Commit, alloc::vec![*job])),
			Call::reveal { job, .. } | Call::reveal_stored { job, .. } => {
				Some((Work::Reveal, alloc::vec![*job]))
			}
			Call::commit_many { commits } => {
				Some((Work::Commit, commits.iter().map(|(job, _)| *job).collect()))
			}
			Call::reveal_many { reveals, .. } => {
				Some((Work::Reveal, reveals.iter().map(|(job, ..)| *job).collect()))
			}
			Call::judge { job, .. } => Some((Work::Judge, alloc::vec![*job])),
			_ => None,
		}
	}

	/// Where `who`'s `work` stands in `job`: open only when the call would take the step now
	/// (the job's phase and round), as `commit` and `reveal` check it.
	pub fn seat(who: &T::AccountId, job: JobId, work: Work) -> Seat {
		let Some(j) = Jobs::<T>::get(job) else { return Seat::Missing };
		let Some((i, a)) = j.assignments.iter().enumerate().find(|(_, a)| &a.provider == who)
		else {
			return Seat::Missing;
		};
		if work == Work::Judge {
			// Only a seat of the round judging that revealed an output judges (`NotAJudge`).
			if !a.revealed || !j.reveals_now(a.role) {
				return Seat::Missing;
			}
			let Phase::Judging { .. } = j.phase else { return Seat::Closed };
			return match Judgements::<T>::get(job).iter().find(|e| e.seat as usize == i) {
				None => Seat::Missing,
				Some(e) if e.agrees.is_some() => Seat::Done,
				Some(_) => Seat::Open,
			};
		}
		match (work, a.commitment.is_some(), a.revealed) {
			(Work::Commit, true, _) => Seat::Done,
			(Work::Commit, false, _) => match j.phase {
				Phase::Committing { .. } if a.role == j.round() => Seat::Open,
				_ => Seat::Closed,
			},
			(Work::Reveal, false, _) => Seat::Missing,
			(Work::Reveal, true, true) => Seat::Done,
			(Work::Reveal, true, false) => match j.phase {
				Phase::Revealing { .. } if j.reveals_now(a.role) => Seat::Open,
				Phase::Committing { .. } if Pallet::<T>::reveals_before_auditors(&j, who) => {
					Seat::Open
				}
				_ => Seat::Closed,
			},
			(Work::Judge, ..) => Seat::Missing,
		}
	}
}

impl<T: Config + Send + Sync> TransactionExtension<<T as frame_system::Config>::RuntimeCall>
	for PrioritizeProviderWork<T>
where
	<T as frame_system::Config>::RuntimeCall:
		IsSubType<Call<T>> + Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
{
	const IDENTIFIER: &'static str = "PrioritizeProviderWork";
	type Implicit = ();
	/// Whether the call is provider work with every step open (counted in the block's load).
	type Val = bool;
	type Pre = bool;

	fn validate(
		&self,
		origin: <T as frame_system::Config>::RuntimeOrigin,
		call: &<T as frame_system::Config>::RuntimeCall,
		_info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Encode,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, <T as frame_system::Config>::RuntimeCall> {
		let work = call.is_sub_type().and_then(Pallet::<T>::provider_work);
		// Not provider work, unsigned or an empty batch (the call refuses those): the ordinary
		// priority.
		let (Some(who), Some((step, jobs))) = (origin.as_signer(), work.as_ref()) else {
			return Ok((ValidTransaction::default(), false, origin));
		};
		if jobs.is_empty() {
			return Ok((ValidTransaction::default(), false, origin));
		}
		let seats: alloc::vec::Vec<Seat> =
			jobs.iter().map(|job| Pallet::<T>::seat(who, *job, *step)).collect();
		if source == TransactionSource::InBlock && seats.contains(&Seat::Missing) {
			return Err(InvalidTransaction::Custom(NO_SEAT).into());
		}
		// Provider work first when every job named, each once, has the step open.
		let distinct = jobs.iter().collect::<alloc::collections::BTreeSet<_>>().len();
		let open = distinct == jobs.len() && seats.iter().all(|s| *s == Seat::Open);
		let priority = if open { PROVIDER_WORK_PRIORITY } else { 0 };
		Ok((ValidTransaction { priority, ..Default::default() }, open, origin))
	}

	fn prepare(
		self,
		open: Self::Val,
		_origin: &<T as frame_system::Config>::RuntimeOrigin,
		_call: &<T as frame_system::Config>::RuntimeCall,
		_info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		Ok(open)
	}

	/// A block including provider work counts the weight it took (what the call used, not the
	/// most it declared, with the transaction's base weight) and its length: blocks it fills
	/// move deadlines on (`crate::congestion`). Only work that did what it came for counts:
	/// dispatched with every item applied, so free (`Pays::No`). A call that failed reports
	/// its declared weight, and a provider who missed a commit could otherwise send failing
	/// commits by the batch to make blocks look full of work. An overlay write of a
	/// whitelisted value, removed at the block's end: no database access.
	fn post_dispatch_details(
		open: Self::Pre,
		info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		post_info: &PostDispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		if open && result.is_ok() && post_info.pays_fee == Pays::No {
			let base = T::BlockWeights::get().get(info.class).base_extrinsic;
			Pallet::<T>::note_provider_work(
				post_info.calc_actual_weight(info).saturating_add(base),
				len,
			);
		}
		Ok(Weight::zero())
	}

	impl_tx_ext_default!(<T as frame_system::Config>::RuntimeCall; weight);
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::mock::*;
	use frame_support::{
		assert_ok,
		dispatch::{DispatchInfo, GetDispatchInfo, Pays, PostDispatchInfo},
		storage::{with_transaction, TransactionOutcome},
		weights::Weight,
		BoundedVec,
	};
	use sp_core::H256;
	use sp_runtime::{
		traits::{DispatchTransaction, Dispatchable, TxBaseImplication},
		transaction_validity::TransactionValidityError,
		DispatchError,
	};
	use verity_primitives::ComparisonRule;

	const REFUSED: TransactionValidityError =
		TransactionValidityError::Invalid(InvalidTransaction::Custom(NO_SEAT));

	/// What the extension makes of `call` from `who` (`None`: unsigned) met at `source`: its
	/// priority, or why it is refused.
	fn validity_at(
		source: TransactionSource,
		who: Option<AccountId>,
		call: crate::Call<Test>,
	) -> Result<TransactionPriority, TransactionValidityError> {
		let call: RuntimeCall = call.into();
		let origin = match who {
			Some(who) => RuntimeOrigin::signed(who),
			None => RuntimeOrigin::none(),
		};
		PrioritizeProviderWork::<Test>::new()
			.validate(
				origin,
				&call,
				&DispatchInfo::default(),
				0,
				(),
				&TxBaseImplication(&call),
				source,
			)
			.map(|(valid, ..)| valid.priority)
	}

	/// In the pool (a peer gossiped it).
	fn pooled(
		who: Option<AccountId>,
		call: crate::Call<Test>,
	) -> Result<TransactionPriority, TransactionValidityError> {
		validity_at(TransactionSource::External, who, call)
	}

	/// In a block.
	fn in_block(
		who: Option<AccountId>,
		call: crate::Call<Test>,
	) -> Result<TransactionPriority, TransactionValidityError> {
		validity_at(TransactionSource::InBlock, who, call)
	}

	fn commit_call(job: u64) -> crate::Call<Test> {
		crate::Call::commit { job, commitment: H256::repeat_byte(1) }
	}

	fn commits(jobs: &[u64]) -> crate::Call<Test> {
		let items = jobs.iter().map(|j| (*j, H256::repeat_byte(1))).collect();
		crate::Call::commit_many { commits: BoundedVec::truncate_from(items) }
	}

	fn reveals(who: AccountId, jobs: &[u64], output: &[u8]) -> crate::Call<Test> {
		let items = jobs.iter().map(|j| (*j, out(output), salt_of(who))).collect();
		crate::Call::reveal_many { reveals: BoundedVec::truncate_from(items), assignments: 3 }
	}

	/// Job 0 submitted by USER (a quorum of three seats) and its committee drawn.
	fn drawn_job() -> Vec<AccountId> {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(crate::mock::Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
		draw_distinct(0);
		assigned(0)
	}

	#[test]
	fn a_drawn_providers_commits_and_reveals_go_before_submissions() {
		test(|| {
			let ps = drawn_job();
			let submit =
				crate::Call::<Test>::submit { model: 0, input: input(), max_fee: 10_000, tier: Q3 };
			assert_eq!(pooled(Some(USER), submit), Ok(0));
			for p in &ps {
				assert_eq!(pooled(Some(*p), commit_call(0)), Ok(PROVIDER_WORK_PRIORITY));
				assert_eq!(in_block(Some(*p), commits(&[0])), Ok(PROVIDER_WORK_PRIORITY));
			}
			// Once all committed (commits close), their reveals rank the same until each has
			// revealed.
			let output = floats(&[0.25, 0.75]);
			for p in &ps {
				assert_ok!(commit(0, *p, &output));
			}
			assert_ok!(reveal(0, ps[0], &output));
			let reveal_stored = crate::Call::<Test>::reveal_stored {
				job: 0,
				salt: salt_of(ps[1]),
				output: output.clone(),
			};
			assert_eq!(pooled(Some(ps[1]), reveal_stored), Ok(PROVIDER_WORK_PRIORITY));
			assert_eq!(
				in_block(Some(ps[2]), reveals(ps[2], &[0], &output)),
				Ok(PROVIDER_WORK_PRIORITY)
			);
			// Done: the ordinary priority, and not refused (the call refuses and charges it).
			assert_eq!(in_block(Some(ps[0]), reveals(ps[0], &[0], &output)), Ok(0));
			assert_eq!(in_block(Some(ps[0]), commit_call(0)), Ok(0));
		});
	}

	#[test]
	fn a_step_whose_window_is_not_open_gets_no_priority() {
		test(|| {
			let ps = drawn_job();
			let output = floats(&[0.25, 0.75]);
			assert_ok!(commit(0, ps[0], &output));
			assert_ok!(commit(0, ps[1], &output));
			// A reveal before the commits close: the call refuses it (`CommitsStillOpen`).
			assert_eq!(pooled(Some(ps[0]), reveals(ps[0], &[0], &output)), Ok(0));
			assert_eq!(crate::mock::Jobs::seat(&ps[0], 0, Work::Reveal), Seat::Closed);
			// The commits close at their deadline without ps[2]'s.
			let crate::Phase::Committing { until } = crate::Jobs::<Test>::get(0).unwrap().phase
			else {
				panic!("job 0 commits")
			};
			run_to_block(until);
			assert!(matches!(
				crate::Jobs::<Test>::get(0).unwrap().phase,
				crate::Phase::Revealing { .. }
			));
			// ps[2]'s late commit is refused by the call (`NotCommitting`) and charged: only the
			// ordinary priority, so it never goes before others' work; not refused at inclusion
			// (the seat is there).
			assert_eq!(crate::mock::Jobs::seat(&ps[2], 0, Work::Commit), Seat::Closed);
			assert_eq!(pooled(Some(ps[2]), commit_call(0)), Ok(0));
			assert_eq!(in_block(Some(ps[2]), commits(&[0])), Ok(0));
			// The reveals that are open now rank first.
			assert_eq!(
				pooled(Some(ps[0]), reveals(ps[0], &[0], &output)),
				Ok(PROVIDER_WORK_PRIORITY)
			);
		});
	}

	#[test]
	fn work_without_a_seat_is_refused_in_a_block_and_only_ranked_ordinary_in_the_pool() {
		test(|| {
			let ps = drawn_job();
			let outsider = PROVIDERS.iter().copied().find(|p| !ps.contains(p)).unwrap();
			// A sybil that is not drawn, the submitter, an unknown job; a batch with one such
			// item, first or last.
			for (who, call) in [
				(outsider, commit_call(0)),
				(USER, commit_call(0)),
				(ps[0], commit_call(9)),
				(ps[0], commits(&[9, 0])),
				(ps[0], commits(&[0, 9])),
			] {
				assert_eq!(in_block(Some(who), call.clone()), Err(REFUSED));
				// A peer that has not imported the block that drew the seat must not refuse
				// (and ban) honest work: the pool keeps it, at the ordinary priority.
				assert_eq!(pooled(Some(who), call), Ok(0));
			}
			// A reveal before the seat committed.
			let output = floats(&[0.25, 0.75]);
			assert_eq!(in_block(Some(ps[0]), reveals(ps[0], &[0], &output)), Err(REFUSED));
			assert_eq!(pooled(Some(ps[0]), reveals(ps[0], &[0], &output)), Ok(0));
			// The same job twice: no priority (the call refuses the second and charges it).
			assert_eq!(in_block(Some(ps[0]), commits(&[0, 0])), Ok(0));
			// Unsigned, an empty batch: the call's to refuse (`BadOrigin`, `EmptyBatch`).
			assert_eq!(in_block(None, commit_call(0)), Ok(0));
			assert_eq!(in_block(Some(ps[0]), commits(&[])), Ok(0));
		});
	}

	/// Dispatches `call` from `who` through the extension as a block does, with the weight it
	/// declares: the call's post-dispatch info, or why the block refuses it.
	fn apply(
		who: AccountId,
		call: crate::Call<Test>,
	) -> Result<PostDispatchInfo, TransactionValidityError> {
		let ext = PrioritizeProviderWork::<Test>::new();
		let call: RuntimeCall = call.into();
		let mut info = call.get_dispatch_info();
		info.extension_weight = ext.weight(&call);
		ext.dispatch_transaction(RuntimeOrigin::signed(who), call, &info, 0, 0)
			.map(|r| r.unwrap_or_else(|e| e.post_info))
	}

	/// What the call weighs dispatched on its own, state left as it was.
	fn call_weight(who: AccountId, call: crate::Call<Test>) -> Weight {
		with_transaction(|| {
			let call: RuntimeCall = call.into();
			let info = call.get_dispatch_info();
			let post = call.dispatch(RuntimeOrigin::signed(who)).unwrap_or_else(|e| e.post_info);
			TransactionOutcome::Rollback(Ok::<_, DispatchError>(post.calc_actual_weight(&info)))
		})
		.unwrap()
	}

	/// A reorg: P1's worker committed for jobs 0 and 1 on a fork whose block drew P1 for both
	/// (its era starting at the parent, which both forks share); the fork that won drew P1
	/// for job 1 only. The batch is never included here (so it pays nothing) and changes
	/// nothing; the commit sent again for job 1 alone is free and weighs what the call does.
	#[test]
	fn a_batch_made_for_a_committee_another_fork_drew_is_never_included() {
		test(|| {
			let m = setup(ComparisonRule::Exact);
			for _ in 0..2 {
				assert_ok!(crate::mock::Jobs::submit(
					RuntimeOrigin::signed(USER),
					m,
					input(),
					10_000,
					Q3
				));
			}
			let crate::Phase::Assigning { at } = crate::Jobs::<Test>::get(0).unwrap().phase else {
				panic!("job 0 waits for its draw")
			};
			let holds = |c: &[(AccountId, u32)]| c.iter().any(|(p, _)| *p == P1);
			let value = (0u32..10_000)
				.map(|i| sp_crypto_hashing::blake2_256(&(b"fork", i).encode()))
				.find(|v| !holds(&committee_with(0, *v)) && holds(&committee_with(1, *v)))
				.expect("some randomness draws P1 for job 1 and not job 0");
			set_block_randomness(at, Some(value));
			run_to_block(at);
			assert!(!assigned(0).contains(&P1) && assigned(1).contains(&P1));

			let jobs =
				|| (crate::Jobs::<Test>::get(0).encode(), crate::Jobs::<Test>::get(1).encode());
			let before = jobs();
			assert_eq!(apply(P1, commits(&[1, 0])).unwrap_err(), REFUSED);
			assert_eq!(apply(P1, commits(&[0])).unwrap_err(), REFUSED);
			assert_eq!(jobs(), before);

			let weight = call_weight(P1, commits(&[1]));
			let post = apply(P1, commits(&[1])).expect("job 1's seat is open");
			assert_eq!(post.pays_fee, Pays::No);
			assert_eq!(post.actual_weight, Some(weight));
			let job = crate::Jobs::<Test>::get(1).unwrap();
			assert!(job.assignments.iter().any(|a| a.provider == P1 && a.commitment.is_some()));
		});
	}

	#[test]
	fn the_extension_adds_no_weight() {
		test(|| {
			// The call's weight counts a read of each job it names; the extension's read came
			// first, the call's comes from the cache.
			let ext = PrioritizeProviderWork::<Test>::new();
			assert_eq!(ext.weight(&commits(&[0, 1, 2]).into()), Weight::zero());
			assert_eq!(ext.weight(&commit_call(0).into()), Weight::zero());
		});
	}
}
