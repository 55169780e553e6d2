//! Provider work before new jobs. A job's commits and reveals have deadlines counted in blocks:
//! a commit pushed out of its window by a burst of new submissions costs an honest provider its
//! no-show slash and the submitter its job. `PrioritizeProviderWork` is a transaction extension
//! that gives the commits and reveals of a provider drawn for a job, with its work on that job
//! not done, a pool priority far above anything a submission gets, so block authors include
//! them first. It reads one job (the first the call names) and changes nothing.
//!
//! Every seat is an assignment of the job — a quorum's members, the primary, auditors, referees
//! and a challenge committee — so all of them are covered. What it does not cover: a submitter
//! whose tip alone earns a priority above `PROVIDER_WORK_PRIORITY` could still go first.

use crate::{Call, Config, Jobs, Pallet};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::marker::PhantomData;
use frame_support::{
	pallet_prelude::TransactionSource,
	traits::{IsSubType, OriginTrait},
	weights::Weight,
	DefaultNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::{
	impl_tx_ext_default,
	traits::{DispatchInfoOf, Get, TransactionExtension, ValidateResult},
	transaction_validity::{TransactionPriority, ValidTransaction},
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

impl<T: Config> Pallet<T> {
	/// The job a commit or reveal names (the first, for a batch); `None` for other calls.
	pub fn work_job(call: &Call<T>) -> Option<JobId> {
		match call {
			Call::commit { job, .. }
			| Call::reveal { job, .. }
			| Call::reveal_stored { job, .. } => Some(*job),
			Call::commit_many { commits } => commits.first().map(|(job, _)| *job),
			Call::reveal_many { reveals, .. } => reveals.first().map(|(job, ..)| *job),
			_ => None,
		}
	}

	/// Whether `who` holds a seat of `job` whose work is not done (it has not revealed).
	pub fn has_work(who: &T::AccountId, job: JobId) -> bool {
		Jobs::<T>::get(job)
			.is_some_and(|j| j.assignments.iter().any(|a| &a.provider == who && !a.revealed))
	}
}

impl<T: Config + Send + Sync> TransactionExtension<<T as frame_system::Config>::RuntimeCall>
	for PrioritizeProviderWork<T>
where
	<T as frame_system::Config>::RuntimeCall: IsSubType<Call<T>>,
{
	const IDENTIFIER: &'static str = "PrioritizeProviderWork";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	fn weight(&self, call: &<T as frame_system::Config>::RuntimeCall) -> Weight {
		// One read of the job, for provider work only.
		match call.is_sub_type().and_then(Pallet::<T>::work_job) {
			Some(_) => T::DbWeight::get().reads(1),
			None => Weight::zero(),
		}
	}

	fn validate(
		&self,
		origin: <T as frame_system::Config>::RuntimeOrigin,
		call: &<T as frame_system::Config>::RuntimeCall,
		_info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Encode,
		_source: TransactionSource,
	) -> ValidateResult<Self::Val, <T as frame_system::Config>::RuntimeCall> {
		let work = call.is_sub_type().and_then(Pallet::<T>::work_job);
		let priority = match (origin.as_signer(), work) {
			(Some(who), Some(job)) if Pallet::<T>::has_work(who, job) => PROVIDER_WORK_PRIORITY,
			_ => 0,
		};
		Ok((ValidTransaction { priority, ..Default::default() }, (), origin))
	}

	impl_tx_ext_default!(<T as frame_system::Config>::RuntimeCall; prepare);
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::mock::*;
	use frame_support::{assert_ok, dispatch::DispatchInfo, BoundedVec};
	use sp_core::H256;
	use sp_runtime::traits::TxBaseImplication;
	use verity_primitives::ComparisonRule;

	/// The priority the extension gives `call` from `who` (`None`: unsigned).
	fn priority(who: Option<AccountId>, call: crate::Call<Test>) -> TransactionPriority {
		let call: RuntimeCall = call.into();
		let origin = match who {
			Some(who) => RuntimeOrigin::signed(who),
			None => RuntimeOrigin::none(),
		};
		let (valid, ..) = PrioritizeProviderWork::<Test>::new()
			.validate(
				origin,
				&call,
				&DispatchInfo::default(),
				0,
				(),
				&TxBaseImplication(&call),
				TransactionSource::External,
			)
			.expect("the extension never refuses a transaction");
		valid.priority
	}

	fn commit_call(job: u64) -> crate::Call<Test> {
		crate::Call::commit { job, commitment: H256::repeat_byte(1) }
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
			assert_eq!(priority(Some(USER), submit), 0);
			for p in &ps {
				assert_eq!(priority(Some(*p), commit_call(0)), PROVIDER_WORK_PRIORITY);
			}
			let batch = BoundedVec::truncate_from(vec![(0, H256::repeat_byte(1))]);
			assert_eq!(
				priority(Some(ps[0]), crate::Call::commit_many { commits: batch }),
				PROVIDER_WORK_PRIORITY
			);
			// Once all committed (commits close), their reveals rank the same until each has
			// revealed.
			let output = floats(&[0.25, 0.75]);
			for p in &ps {
				assert_ok!(commit(0, *p, &output));
			}
			assert_ok!(reveal(0, ps[0], &output));
			let reveal_call = |who| crate::Call::<Test>::reveal {
				job: 0,
				outcome: out(&output),
				salt: salt_of(who),
			};
			assert_eq!(priority(Some(ps[1]), reveal_call(ps[1])), PROVIDER_WORK_PRIORITY);
			assert_eq!(priority(Some(ps[0]), reveal_call(ps[0])), 0);
		});
	}

	#[test]
	fn outsiders_and_finished_providers_cannot_jump_the_queue() {
		test(|| {
			let ps = drawn_job();
			let outsider = PROVIDERS.iter().copied().find(|p| !ps.contains(p)).unwrap();
			// A sybil that is not drawn, the submitter, an unsigned call, an unknown job.
			assert_eq!(priority(Some(outsider), commit_call(0)), 0);
			assert_eq!(priority(Some(USER), commit_call(0)), 0);
			assert_eq!(priority(None, commit_call(0)), 0);
			assert_eq!(priority(Some(ps[0]), commit_call(9)), 0);
			// A batch goes by its first item: a foreign job first earns nothing.
			let batch = BoundedVec::truncate_from(vec![
				(9, H256::repeat_byte(1)),
				(0, H256::repeat_byte(1)),
			]);
			assert_eq!(priority(Some(ps[0]), crate::Call::commit_many { commits: batch }), 0);
			// A provider whose work is done (it revealed) is back to the ordinary priority.
			let outputs = vec![floats(&[0.25, 0.75]); 3];
			commit_then_reveal(0, &ps, &outputs);
			assert!(ps.iter().all(|p| priority(Some(*p), commit_call(0)) == 0));
		});
	}

	#[test]
	fn provider_work_costs_one_read_and_other_calls_nothing() {
		test(|| {
			let ext = PrioritizeProviderWork::<Test>::new();
			let read = <<Test as frame_system::Config>::DbWeight as Get<
				frame_support::weights::RuntimeDbWeight,
			>>::get()
			.reads(1);
			assert_eq!(ext.weight(&commit_call(0).into()), read);
			let cancel: RuntimeCall = crate::Call::<Test>::cancel { job: 0 }.into();
			assert_eq!(ext.weight(&cancel), Weight::zero());
		});
	}
}
