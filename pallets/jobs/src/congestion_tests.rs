//! Blocks full of provider work (`crate::congestion`): no honest provider is slashed for a
//! commit or reveal that waited in the pool, and no one holds a job open for more than
//! `CongestionGrace` blocks in a row.

use crate::{
	congestion::Load, mock::*, BlockLoad, Congestion, CongestionLevel, Event, Jobs as JobsMap,
	Phase, PrioritizeProviderWork, SlashReason,
};
use frame_support::{
	assert_ok,
	dispatch::{DispatchClass, DispatchInfo, DispatchResultWithPostInfo, GetDispatchInfo},
	traits::{fungible::InspectHold, Get, Hooks},
	weights::Weight,
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_providers::HoldReason as ProviderHold;
use sp_runtime::{traits::DispatchTransaction, transaction_validity::TransactionValidityError};
use verity_primitives::ComparisonRule;

fn bond(who: AccountId) -> Balance {
	Balances::balance_on_hold(&ProviderHold::ProviderBond.into(), &who)
}

fn phase(job: u64) -> Phase<u64> {
	JobsMap::<Test>::get(job).unwrap().phase
}

fn good() -> Vec<u8> {
	floats(&[0.25, 0.75])
}

/// The weight transactions have room for in a block of the test runtime whose deadlines took
/// `deadlines`.
fn room(deadlines: Weight) -> u64 {
	let weights: BlockWeights = <Test as frame_system::Config>::BlockWeights::get();
	let normal = weights.get(DispatchClass::Normal).max_total.unwrap().ref_time();
	normal.min(weights.max_block.ref_time() - deadlines.ref_time())
}

/// Provider work that fills a block: three quarters of the room (the extension counts each
/// commit and reveal an author includes; here one figure stands for a block of them).
fn full() -> Weight {
	Weight::from_parts(room(Weight::zero()) / 4 * 3, 0)
}

/// Runs the next block: its deadlines, then `during` (the transactions it includes), provider
/// work of `work` weight counted as the extension counts it and as the block's normal class
/// does, and transactions of other kinds of `others` weight, and its end.
fn block_with(work: Weight, others: Weight, during: impl FnOnce()) {
	let b = System::block_number() + 1;
	System::set_block_number(b);
	// What `frame_system` resets as a block starts (events are kept for the test to read).
	frame_system::BlockWeight::<Test>::kill();
	Jobs::on_initialize(b);
	during();
	if work.ref_time() > 0 {
		Jobs::note_provider_work(work, 0);
	}
	System::register_extra_weight_unchecked(work.saturating_add(others), DispatchClass::Normal);
	Jobs::on_idle(b, Weight::MAX);
	Jobs::on_finalize(b);
	check_invariants();
	assert!(!BlockLoad::<Test>::exists(), "the block's load is gone at its end");
}

/// A block with provider work of `work` weight and nothing else.
fn block(work: Weight, during: impl FnOnce()) {
	block_with(work, Weight::zero(), during)
}

fn no_show_slashes() -> usize {
	System::events()
		.iter()
		.filter(|r| {
			matches!(
				r.event,
				RuntimeEvent::Jobs(Event::ProviderSlashed { reason: SlashReason::NoShow, .. })
			)
		})
		.count()
}

/// Job 0 submitted by USER on a new model and drawn, one seat for each of three providers:
/// the model and the providers.
fn drawn_job() -> (u32, Vec<AccountId>) {
	let m = setup(ComparisonRule::Exact);
	assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
	draw_distinct(0);
	(m, assigned(0))
}

/// Includes `call` from `who` through the extension as a block does, declaring twice a full
/// block and 1,000 bytes: its post-dispatch info and the info it declared, or why the block
/// refuses it.
fn include_declaring_two_blocks(
	who: AccountId,
	call: crate::Call<Test>,
) -> (Result<DispatchResultWithPostInfo, TransactionValidityError>, DispatchInfo) {
	let call: RuntimeCall = call.into();
	let mut info = call.get_dispatch_info();
	info.call_weight = full().saturating_mul(2);
	let applied = PrioritizeProviderWork::<Test>::new().dispatch_transaction(
		RuntimeOrigin::signed(who),
		call,
		&info,
		1_000,
		0,
	);
	(applied, info)
}

/// Job 0 drawn (three seats), all committed, ps[0] and ps[1] revealed; job 1 submitted so that
/// its draw is due with job 0's reveal deadline. Returns the providers and that block.
fn reveals_due_with_a_draw() -> (Vec<AccountId>, u64) {
	let (m, ps) = drawn_job();
	for p in &ps {
		assert_ok!(commit(0, *p, &good()));
	}
	assert_ok!(reveal(0, ps[0], &good()));
	assert_ok!(reveal(0, ps[1], &good()));
	let Phase::Revealing { until } = phase(0) else { panic!("job 0 reveals") };
	run_to_block(until - 2);
	assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
	assert_eq!(phase(1), Phase::Assigning { at: until }, "job 1's draw is due at job 0's deadline");
	(ps, until)
}

#[test]
fn blocks_full_of_provider_work_move_deadlines_on_and_no_honest_provider_is_slashed() {
	test(|| {
		let (ps, until) = reveals_due_with_a_draw();
		// The block before the deadline is full of provider work: ps[2]'s reveal, sent in time,
		// waits in the pool behind it.
		block(full(), || {});
		assert_eq!(Congestion::<Test>::get(), 1);
		// At the deadline the blocks are still full: job 0's reveals stay open. Job 1's
		// committee, due in that block too, is drawn.
		block(full(), || {});
		assert_eq!(phase(0), Phase::Revealing { until: until + 1 });
		assert!(matches!(phase(1), Phase::Committing { .. }));
		assert_eq!(Congestion::<Test>::get(), 2);
		// The next block includes ps[2]'s reveal and is not full: job 0 completes, no one
		// slashed.
		block(Weight::zero(), || {
			assert_ok!(reveal(0, ps[2], &good()));
		});
		assert!(matches!(phase(0), Phase::Completed { .. }));
		assert_eq!(no_show_slashes(), 0);
		for p in &ps {
			assert_eq!(bond(*p), BOND, "provider {p} keeps its whole bond");
		}
		assert_eq!(Congestion::<Test>::get(), 0);
	});
}

#[test]
fn blocks_full_for_longer_than_the_grace_no_longer_hold_a_job_open() {
	test(|| {
		let grace = <Test as crate::Config>::CongestionGrace::get();
		let (ps, until) = reveals_due_with_a_draw();
		// Full blocks from before the deadline on, and ps[2] never reveals.
		block(full(), || {});
		for held in 1..=u64::from(grace) {
			block(full(), || {});
			assert_eq!(phase(0), Phase::Revealing { until: until + held });
		}
		assert_eq!(Congestion::<Test>::get(), grace + 1);
		// After `grace` blocks in a row the deadline concludes as if the blocks were not full:
		// ps[2], absent all along, is slashed.
		block(full(), || {});
		assert!(matches!(phase(0), Phase::Completed { .. }));
		assert_eq!(no_show_slashes(), 1);
		assert_eq!(bond(ps[2]), BOND - NO_SHOW_SLASH);
		assert_eq!((bond(ps[0]), bond(ps[1])), (BOND, BOND));
		assert_eq!(System::block_number(), until + u64::from(grace));
	});
}

#[test]
fn runs_of_full_blocks_between_single_open_blocks_soon_hold_nothing() {
	test(|| {
		let grace = <Test as crate::Config>::CongestionGrace::get();
		// Runs of `grace` full blocks, each followed by one block that is not full: under spec
		// 128's rule (the run's length alone) every run held deadlines for `grace` blocks, so
		// with more deadlines due than a block concludes some moved on again and again.
		let (cycles, mut held) = (6, 0);
		for _ in 0..cycles {
			for _ in 0..grace {
				block(full(), || {});
				held += u32::from(Jobs::congestion_holds());
				assert!(CongestionLevel::<Test>::get() >= Congestion::<Test>::get());
			}
			block(Weight::zero(), || {});
			assert!(!Jobs::congestion_holds(), "never after a block that was not full");
		}
		// The first run holds `grace` blocks; each open block takes one off the level, so the
		// second run holds one more and the later ones none.
		assert_eq!(held, grace + 1);
		assert!(held <= grace + cycles, "at most the grace beyond the open blocks");
		assert_eq!(CongestionLevel::<Test>::get(), cycles * (grace - 1));
		// Blocks that are not full bring the level down again, one each: then a run of full
		// blocks holds its whole grace again.
		for _ in 0..cycles * (grace - 1) {
			block(Weight::zero(), || {});
		}
		assert_eq!(CongestionLevel::<Test>::get(), 0);
		let held_again = (0..grace + 2)
			.map(|_| {
				block(full(), || {});
				u32::from(Jobs::congestion_holds())
			})
			.sum::<u32>();
		assert_eq!(held_again, grace);
	});
}

#[test]
fn a_block_is_congested_only_when_provider_work_filled_it_and_little_else_got_in() {
	test(|| {
		let w = |x: u64| Weight::from_parts(x, 0);
		// Provider work `work` (and `work_len` bytes) in a block whose transactions took `normal`
		// in all (`len` bytes) and whose deadlines took `deadlines`.
		let congested = |work: u64, normal: u64, work_len: u32, len: u32, deadlines: u64| {
			Jobs::congested_by(
				&Load { deadlines: w(deadlines), work: w(work), work_len },
				w(normal),
				len,
			)
		};
		let whole = room(Weight::zero());
		let full = whole / 4 * 3;
		assert!(congested(full, full, 0, 0, 0));
		assert!(!congested(full - 1, full - 1, 0, 0, 0), "under three quarters");
		assert!(!congested(0, 0, 0, 0, 0), "an empty block is not congested");
		// Other transactions got in beside it: the author had room for all the provider work
		// it knew of, none waited.
		assert!(congested(full, full + whole / 8 - 1, 0, 0, 0));
		assert!(!congested(full, full + whole / 8, 0, 0, 0));
		assert!(!congested(0, whole, 0, 0, 0), "a block full of submissions");
		// Heavy deadlines leave transactions less room: less work fills it.
		let weights: BlockWeights = <Test as frame_system::Config>::BlockWeights::get();
		let deadlines = weights.max_block.ref_time() / 2;
		let less = room(w(deadlines)) / 4 * 3;
		assert!(less < full);
		assert!(congested(less, less, 0, 0, deadlines));
		assert!(!congested(less, less, 0, 0, 0));
		// Or its length: three quarters of what transactions may take.
		let length: BlockLength = <Test as frame_system::Config>::BlockLength::get();
		let len_full = *length.max.get(DispatchClass::Normal) / 4 * 3;
		assert!(congested(1, 1, len_full, len_full, 0));
		assert!(!congested(1, 1, len_full - 1, len_full - 1, 0));
		assert!(!congested(1, 1, len_full, len_full * 2, 0), "and many bytes of other kinds");
	});
}

#[test]
fn provider_work_beside_submissions_that_got_in_is_not_congestion() {
	test(|| {
		let (_, until) = reveals_due_with_a_draw();
		// Provider work fills three quarters of each block, and submissions the rest: every
		// step sent went in, so nothing is held back.
		let rest = Weight::from_parts(room(Weight::zero()) / 4, 0);
		block_with(full(), rest, || {});
		block_with(full(), rest, || {});
		assert_eq!(Congestion::<Test>::get(), 0);
		assert!(matches!(phase(0), Phase::Completed { .. }), "concluded at its deadline");
		assert!(matches!(phase(1), Phase::Committing { .. }), "drawn at its block");
		assert_eq!(System::block_number(), until);
	});
}

#[test]
fn only_provider_work_of_an_open_seat_counts_and_a_flood_of_other_transactions_never_congests() {
	test(|| {
		let (m, ps) = drawn_job();
		let heavy = full().saturating_mul(2);
		// Includes `call` from `who` through the extension, as declaring `heavy` (twice a full
		// block) and 1,000 bytes; returns the weight it took, if it was included.
		let include = |who: AccountId, call: crate::Call<Test>| {
			let (applied, info) = include_declaring_two_blocks(who, call);
			applied.ok().map(|r| r.unwrap_or_else(|e| e.post_info).calc_actual_weight(&info))
		};
		let commit_call = |who: AccountId| crate::Call::<Test>::commit {
			job: 0,
			commitment: commitment(who, &good()),
		};
		let submit_call =
			crate::Call::<Test>::submit { model: m, input: input(), max_fee: 10_000, tier: Q3 };
		// A flood of submissions, each declaring twice a full block: not provider work.
		block(Weight::zero(), || {
			for _ in 0..3 {
				include(USER, submit_call.clone());
			}
			let load = BlockLoad::<Test>::get();
			assert_eq!((load.work, load.work_len), (Weight::zero(), 0));
		});
		assert_eq!(Congestion::<Test>::get(), 0);
		// A commit of an open seat counts with the weight it took (not the most it declared),
		// its transaction's base weight and its length; the same commit again (the seat done)
		// does not, nor one from a provider with no seat (refused).
		let outsider = PROVIDERS.iter().copied().find(|p| !ps.contains(p)).unwrap();
		block(Weight::zero(), || {
			let took = include(ps[0], commit_call(ps[0])).expect("an open seat's commit");
			assert!(took.ref_time() > 0 && took.ref_time() < heavy.ref_time() / 1_000);
			assert!(include(ps[0], commit_call(ps[0])).is_some(), "included, and charged");
			assert_eq!(include(outsider, commit_call(outsider)), None, "refused");
			let weights: BlockWeights = <Test as frame_system::Config>::BlockWeights::get();
			let base = weights.get(DispatchClass::Normal).base_extrinsic;
			let load = BlockLoad::<Test>::get();
			assert_eq!((load.work, load.work_len), (took.saturating_add(base), 1_000));
		});
		// A worst-case declaration does not make a block look full: what the work took does.
		assert_eq!(Congestion::<Test>::get(), 0);
		// Committed through the extension as any block would.
		assert!(JobsMap::<Test>::get(0)
			.unwrap()
			.assignments
			.iter()
			.any(|a| a.provider == ps[0] && a.commitment.is_some()));
	});
}

#[test]
fn provider_work_that_fails_never_counts() {
	test(|| {
		let (_, ps) = drawn_job();
		assert_ok!(commit(0, ps[0], &good()));
		assert_ok!(commit(0, ps[1], &good()));
		let Phase::Committing { until } = phase(0) else { panic!("job 0 takes commits") };
		run_to_block(until);
		assert!(matches!(phase(0), Phase::Revealing { .. }), "commits closed without ps[2]");
		// ps[2] missed its commit and still holds a seat without one: a late commit (one of
		// a batch it could send by the dozen) passes the extension and fails in the call. It
		// declares twice a full block; none of it counts.
		block(Weight::zero(), || {
			let late =
				crate::Call::<Test>::commit { job: 0, commitment: commitment(ps[2], &good()) };
			let (applied, _) = include_declaring_two_blocks(ps[2], late);
			assert!(matches!(applied, Ok(Err(_))), "included, and refused by the call");
			let load = BlockLoad::<Test>::get();
			assert_eq!((load.work, load.work_len), (Weight::zero(), 0));
		});
		assert_eq!(Congestion::<Test>::get(), 0);
	});
}
