//! `submit_many`: several jobs of one model in one transaction, each exactly as `submit` makes
//! it; a refused input changes nothing and the others stand; the weight is what the items took,
//! the writes they share charged once.

use crate::{mock::*, types::*, Error, Event, Inputs, Jobs as JobsMap, NextJobId, WeightInfo};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{Pays, PostDispatchInfo},
	traits::{fungible::Inspect, Get},
	weights::Weight,
	BoundedVec,
};
use sp_runtime::{DispatchError, DispatchErrorWithPostInfo, TokenError};
use verity_primitives::ComparisonRule;

/// What a job of three seats at PRICE holds: their prices, the royalty and 10 % of 300.
const TOTAL_FEE: Balance = 3 * PRICE + ROYALTY + 30;

type Input = BoundedVec<u8, frame_support::traits::ConstU32<1024>>;

fn inputs(items: Vec<Input>) -> BoundedVec<Input, <Test as crate::Config>::MaxBatch> {
	items.try_into().expect("no more than MaxBatch inputs")
}

fn submit_many(
	who: AccountId,
	m: u32,
	items: Vec<Input>,
	max_fee: Balance,
) -> Result<PostDispatchInfo, DispatchErrorWithPostInfo<PostDispatchInfo>> {
	Jobs::submit_many(RuntimeOrigin::signed(who), m, inputs(items), max_fee, Q3)
}

/// An input of the wrong shape for the mock's model (two floats, not four).
fn bad_input() -> Input {
	floats(&[1.0, 2.0]).try_into().unwrap()
}

/// What the mock charges for `n` writes.
fn writes(n: u64) -> Weight {
	<Test as frame_system::Config>::DbWeight::get().writes(n)
}

/// What the mock charges for `n` reads.
fn reads(n: u64) -> Weight {
	<Test as frame_system::Config>::DbWeight::get().reads(n)
}

/// Keys every submission of a batch reads that an earlier one read or wrote: the parameters,
/// the model, the minimum bond, the model's pool, the job counter, the draw's bucket, the
/// submitter's hold and account.
const SHARED_READS: u64 = 8;

/// `submit`'s weight for the mock's input at the mock's pool of four providers, its draw's
/// bucket found at the `tries`-th bucket tried.
fn one_submit(tries: u32) -> Weight {
	<() as WeightInfo>::submit(input().len() as u32, PROVIDERS.len() as u32) - unread_buckets(tries)
}

/// The call's weight before dispatch, as the runtime computes it.
fn declared(items: Vec<Input>) -> Weight {
	use frame_support::dispatch::GetDispatchInfo;
	crate::Call::<Test>::submit_many { model: 0, inputs: inputs(items), max_fee: 0, tier: Q3 }
		.get_dispatch_info()
		.call_weight
}

/// The block job `id`'s committee is to be drawn in.
fn draw_at(id: u64) -> u64 {
	match JobsMap::<Test>::get(id).map(|j| j.phase) {
		Some(Phase::Assigning { at }) => at,
		phase => panic!("job {id} is not waiting for its draw: {phase:?}"),
	}
}

#[test]
fn each_input_becomes_the_job_submit_would_make() {
	// The same three inputs, once through `submit` one by one and once in one `submit_many`:
	// the same jobs, ids, inputs, escrow and events.
	let run = |batched: bool| {
		new_test_ext().execute_with(|| {
			let m = setup(ComparisonRule::Exact);
			if batched {
				assert_ok!(submit_many(USER, m, vec![input(); 3], 10_000));
			} else {
				for _ in 0..3 {
					assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
				}
			}
			let jobs: Vec<_> = (0..4)
				.map(|id| {
					(
						JobsMap::<Test>::get(id).map(|j| j.encode()),
						Inputs::<Test>::get(id).map(|i| i.into_inner()),
					)
				})
				.collect();
			let submitted: Vec<_> = System::events()
				.into_iter()
				.filter(|r| matches!(r.event, RuntimeEvent::Jobs(Event::JobSubmitted { .. })))
				.map(|r| r.event)
				.collect();
			check_invariants();
			(jobs, submitted, escrow(USER), NextJobId::<Test>::get())
		})
	};
	let (one_by_one, batched) = (run(false), run(true));
	assert_eq!(batched, one_by_one);
	let (jobs, events, held, next) = batched;
	assert_eq!((events.len(), held, next), (3, 3 * TOTAL_FEE, 3));
	assert!(jobs[..3].iter().all(|(job, input_kept)| job.is_some() && input_kept.is_some()));
	assert_eq!(jobs[3], (None, None));
}

#[test]
fn a_refused_input_submits_nothing_and_the_others_stand() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let items = vec![input(), bad_input(), input()];
		let info = submit_many(USER, m, items.clone(), 10_000).unwrap();
		System::assert_has_event(
			Event::SubmissionFailed { index: 1, error: Error::<Test>::InputMismatch.into() }.into(),
		);
		// Jobs 0 and 1 are the first and third inputs; nothing was held for the second.
		assert_eq!(NextJobId::<Test>::get(), 2);
		assert!(JobsMap::<Test>::get(0).is_some() && JobsMap::<Test>::get(1).is_some());
		assert_eq!(escrow(USER), 2 * TOTAL_FEE);
		assert_eq!(Balances::total_balance(&USER), ENDOWMENT, "nothing lost, two fees held");
		// Paid for: two submissions sharing the counter, the draw's bucket and the escrow's hold
		// and account (four writes charged once) and what they read (eight keys read once), and
		// the refused item as charged up front.
		let refused = <() as WeightInfo>::submit(
			bad_input().len() as u32,
			<Test as pallet_providers::Config>::MaxProvidersPerModel::get(),
		);
		assert_eq!(
			info.actual_weight,
			Some(one_submit(1) * 2 - writes(4) - reads(SHARED_READS) + refused)
		);
		assert_eq!(info.pays_fee, Pays::Yes);
		assert!(declared(items).all_gte(info.actual_weight.unwrap()), "never more than declared");
	});
}

#[test]
fn a_batch_whose_every_input_is_refused_fails_and_changes_nothing() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// Every input of the wrong shape: the first item's error.
		assert_noop!(
			submit_many(USER, m, vec![bad_input(), bad_input()], 10_000),
			Error::<Test>::InputMismatch
		);
		// A fee cap below one job's most: every item refused for it.
		assert_noop!(
			submit_many(USER, m, vec![input(); 4], TOTAL_FEE - 1),
			Error::<Test>::FeeAboveMax
		);
		// An unknown model, a model the submitter alone serves, no inputs at all.
		assert_noop!(submit_many(USER, 9, vec![input()], 10_000), Error::<Test>::ModelUnavailable);
		let mine = register_model(3, ComparisonRule::Exact);
		assert_ok!(Providers::update(
			RuntimeOrigin::signed(P1),
			PRICE,
			Some(vec![m, mine].try_into().unwrap())
		));
		assert_noop!(
			submit_many(P1, mine, vec![input(); 2], 10_000),
			Error::<Test>::NotEnoughProviders
		);
		assert_noop!(submit_many(USER, m, vec![], 10_000), Error::<Test>::EmptyBatch);
		assert_eq!(NextJobId::<Test>::get(), 0);
		assert_eq!(escrow(USER), 0);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
	});
}

#[test]
fn a_submitter_whose_funds_run_out_keeps_what_the_refused_items_would_have_held() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// Enough for two jobs' escrow and not a third.
		let who = POOR;
		let endowment = 2 * TOTAL_FEE + TOTAL_FEE / 2;
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, endowment));
		assert_ok!(submit_many(who, m, vec![input(); 4], 10_000));
		for index in [2, 3] {
			System::assert_has_event(
				Event::SubmissionFailed {
					index,
					error: DispatchError::Token(TokenError::FundsUnavailable),
				}
				.into(),
			);
		}
		assert_eq!(NextJobId::<Test>::get(), 2);
		assert_eq!(escrow(who), 2 * TOTAL_FEE);
		assert_eq!(Balances::total_balance(&who), endowment, "nothing lost");
		check_invariants();
	});
}

#[test]
fn a_batch_is_charged_each_shared_key_once() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let n = <<Test as crate::Config>::MaxBatch as Get<u32>>::get() as u64;
		let info = submit_many(USER, m, vec![input(); n as usize], 10_000).unwrap();
		// Each submission writes the job counter, the bucket of its draw and the submitter's
		// escrow (hold and account), and reads them and the parameters, the model and its pool:
		// charged by the first, taken off the others.
		assert_eq!(
			info.actual_weight,
			Some(one_submit(1) * n - writes(4 * (n - 1)) - reads(SHARED_READS * (n - 1)))
		);
		// Declared up front: each input at the largest pool, so never less than charged.
		assert!(declared(vec![input(); n as usize]).all_gte(info.actual_weight.unwrap()));
		// All in the bucket of one block, drawn together.
		let at = draw_at(0);
		for id in 1..n {
			assert_eq!(draw_at(id), at);
		}
		check_invariants();
	});
}

#[test]
fn a_batch_in_a_full_deadline_bucket_spills_to_the_next_and_is_charged_for_both() {
	// Buckets hold `MaxJobsPerBlock` jobs: a batch that fills one goes on in the next block's,
	// and the first item there writes that bucket and pays for it.
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let per_bucket = <<Test as crate::Config>::MaxJobsPerBlock as Get<u32>>::get() as u64;
		let n = <<Test as crate::Config>::MaxBatch as Get<u32>>::get() as u64;
		// Fill all but one place of the bucket one job at a time.
		for _ in 0..per_bucket - 1 {
			assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
		}
		let first = NextJobId::<Test>::get();
		let info = submit_many(USER, m, vec![input(); n as usize], 10_000).unwrap();
		assert_eq!(
			draw_at(first + 1),
			draw_at(first) + 1,
			"the second item goes on in the next bucket"
		);
		// Shared: the counter and the escrow by every item after the first (3 writes each); the
		// bucket of the next block by every item after the second. The first item's search read
		// one bucket, the others' two. Every item after the first reads again what the first
		// read but a bucket: a search that took a full bucket first is charged its reads.
		let shared = 3 * (n - 1) + (n - 2);
		let items = one_submit(1) + one_submit(2) * (n - 1);
		let read_again = (SHARED_READS - 1) * (n - 1);
		assert_eq!(info.actual_weight, Some(items - writes(shared) - reads(read_again)));
	});
}
