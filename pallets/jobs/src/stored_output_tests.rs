//! Outputs longer than the chain holds (`MaxOutputLen`, 1024 bytes in the mock): committed to
//! and revealed by hash and length, their bytes kept as stored data by the first reveal that
//! brings them, compared by hash under `Exact`, and under `Tolerance` never a reason to slash.

use crate::{
	mock::*, Error, Event, FailReason, Jobs as JobsMap, Phase, Results, SlashReason, StoredResults,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use pallet_providers::HoldReason as ProviderHold;
use sp_core::H256;
use verity_primitives::{
	tensor::{encode_tensors, Tensor},
	BlobInspect, ComparisonRule, ElementType, Outcome,
};

/// An output of `n` rows of two floats (the mock model's `[Dynamic, 2]`), starting at `v`:
/// 128 rows and more are longer than `MaxOutputLen`.
fn rows(n: usize, v: f32) -> Vec<u8> {
	encode_tensors(&[Tensor {
		elem: ElementType::Float32,
		shape: vec![n as u64, 2],
		data: (0..2 * n).flat_map(|i| (v + i as f32).to_le_bytes()).collect(),
	}])
}

fn stored(output: &[u8]) -> crate::RevealedOutcomeOf<Test> {
	Outcome::Output(output.to_vec())
		.on_chain(1024)
		.stored()
		.map_or(Outcome::Failure(verity_primitives::FailureKind::OutputTooLarge), |(hash, len)| {
			Outcome::Stored { hash, len }
		})
}

fn reveal_stored(job: u64, who: AccountId, output: &[u8]) -> sp_runtime::DispatchResult {
	Jobs::reveal_stored(RuntimeOrigin::signed(who), job, salt_of(who), output.to_vec())
		.map(|_| ())
		.map_err(|e| e.error)
}

fn bond(who: AccountId) -> Balance {
	Balances::balance_on_hold(&ProviderHold::ProviderBond.into(), &who)
}

fn job_with_providers(rule: ComparisonRule) -> Vec<AccountId> {
	let m = setup(rule);
	assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
	draw_distinct(0);
	assigned(0)
}

fn hash_of(output: &[u8]) -> [u8; 32] {
	sp_io::hashing::blake2_256(output)
}

#[test]
fn a_long_output_is_stored_by_the_first_reveal_and_named_by_hash_after() {
	test(|| {
		let ps = job_with_providers(ComparisonRule::Exact);
		let output = rows(300, 0.5);
		let len = output.len() as u32;
		assert!(len > 1024);
		for p in &ps {
			assert_ok!(commit_outcome(0, *p, &stored(&output)));
		}
		// By hash alone before anyone stored the bytes: refused, nothing changes.
		assert_noop!(reveal_outcome(0, ps[0], stored(&output)), Error::<Test>::OutputNotStored);

		let treasury = Balances::free_balance(TREASURY);
		let free = Balances::free_balance(ps[0]);
		assert_ok!(reveal_stored(0, ps[0], &output));
		let fee = BLOB_FEE_PER_BYTE * len as Balance;
		assert_eq!(Balances::free_balance(TREASURY), treasury + fee);
		assert_eq!(Balances::free_balance(ps[0]), free - fee, "the storer pays for the storage");
		assert_eq!(TestBlobs::blob(&hash_of(&output)).map(|(l, _)| l), Some(len));
		// The same bytes, kept already: by hash, or with the bytes again at no charge.
		assert_ok!(reveal_outcome(0, ps[1], stored(&output)));
		let free = Balances::free_balance(ps[2]);
		assert_ok!(reveal_stored(0, ps[2], &output));

		// Completed: the result is the hash and length; every provider is paid its price.
		assert_eq!(StoredResults::<Test>::get(0), Some((H256(hash_of(&output)), len)));
		assert!(Results::<Test>::get(0).is_none());
		assert_eq!(Balances::free_balance(ps[2]), free + PRICE);
		System::assert_has_event(
			Event::JobCompleted {
				job: 0,
				output_hash: hash_of(&output).into(),
				winners: 3,
				paid_to_providers: 3 * PRICE,
				royalty: ROYALTY,
				protocol_fee: 30,
				refunded: 0,
			}
			.into(),
		);
		let view = Jobs::job_view(0).unwrap();
		assert_eq!((view.result, view.stored_result), (None, Some((H256(hash_of(&output)), len))));
		// The record goes with the job.
		run_to_block(System::block_number() + RETENTION + 1);
		assert!(StoredResults::<Test>::get(0).is_none() && JobsMap::<Test>::get(0).is_none());
	});
}

#[test]
fn stored_reveals_that_break_the_rules_are_refused_with_nothing_charged() {
	test(|| {
		let ps = job_with_providers(ComparisonRule::Exact);
		let output = rows(300, 0.5);
		for p in &ps {
			assert_ok!(commit_outcome(0, *p, &stored(&output)));
		}
		let short = rows(2, 0.5);
		// An output that fits on chain is revealed there, never by hash.
		assert_noop!(reveal_stored(0, ps[0], &short), Error::<Test>::OutputFitsOnChain);
		let short_by_hash = Outcome::Stored { hash: hash_of(&short), len: short.len() as u32 };
		store_blob(&short, 1_000);
		assert_noop!(reveal_outcome(0, ps[0], short_by_hash), Error::<Test>::OutputFitsOnChain);
		// Longer than stored data may be (4096 bytes in the mock).
		assert_noop!(reveal_stored(0, ps[0], &rows(600, 0.5)), Error::<Test>::OutputTooLong);
		// Bytes other than those committed to: refused before anything is stored or charged.
		let other = rows(300, 1.5);
		assert_noop!(reveal_stored(0, ps[0], &other), Error::<Test>::CommitmentMismatch);
		assert!(TestBlobs::blob(&hash_of(&other)).is_none());
		// Stored under the committed hash with another length: not the output committed to.
		let wrong_len = Outcome::Stored { hash: hash_of(&output), len: 5_000 };
		assert_noop!(reveal_outcome(0, ps[0], wrong_len), Error::<Test>::OutputNotStored);
		// Stored data about to expire is not enough: the reveal must keep it through the
		// challenge window.
		store_blob(&output, System::block_number() + 2);
		assert_noop!(reveal_outcome(0, ps[0], stored(&output)), Error::<Test>::OutputNotStored);
		assert_ok!(reveal_stored(0, ps[0], &output));
		let (_, expires) = TestBlobs::blob(&hash_of(&output)).unwrap();
		assert!(expires > System::block_number() + REVEAL + CHALLENGE_PERIOD);
	});
}

#[test]
fn under_exact_a_stored_output_with_another_hash_is_wrong() {
	test(|| {
		let ps = job_with_providers(ComparisonRule::Exact);
		let (good, lie) = (rows(300, 0.5), rows(300, 9.5));
		let outputs = [&good, &good, &lie];
		for (p, o) in ps.iter().zip(outputs) {
			assert_ok!(commit_outcome(0, *p, &stored(o)));
		}
		for (p, o) in ps.iter().zip(outputs) {
			assert_ok!(reveal_stored(0, *p, o));
		}
		assert_eq!(StoredResults::<Test>::get(0).map(|(h, _)| h.0), Some(hash_of(&good)));
		System::assert_has_event(
			Event::ProviderSlashed {
				job: 0,
				provider: ps[2],
				amount: WRONG_SLASH,
				reason: SlashReason::WrongOutput,
			}
			.into(),
		);
		assert_eq!((bond(ps[0]), bond(ps[1])), (BOND, BOND));
	});
}

#[test]
fn under_tolerance_stored_outputs_that_differ_are_neither_paid_nor_slashed() {
	test(|| {
		let ps = job_with_providers(ComparisonRule::Tolerance { abs_ppb: 1_000, rel_ppb: 1_000 });
		// An honest machine whose last bits differ, and a liar: the chain cannot tell them
		// apart without the bytes, so neither is slashed.
		let (good, near) = (rows(300, 0.5), rows(300, 0.500_000_1));
		assert_ne!(good, near);
		let outputs = [&good, &near, &good];
		for (p, o) in ps.iter().zip(outputs) {
			assert_ok!(commit_outcome(0, *p, &stored(o)));
		}
		let free = Balances::free_balance(ps[1]);
		for (p, o) in ps.iter().zip(outputs) {
			assert_ok!(reveal_stored(0, *p, o));
		}
		assert_eq!(StoredResults::<Test>::get(0).map(|(h, _)| h.0), Some(hash_of(&good)));
		let fee = BLOB_FEE_PER_BYTE * near.len() as Balance;
		assert_eq!(Balances::free_balance(ps[1]), free - fee, "not paid its price");
		for p in &ps {
			assert_eq!(bond(*p), BOND, "nobody slashed");
		}
	});
}

#[test]
fn under_tolerance_three_different_stored_outputs_refund_the_submitter_and_slash_nobody() {
	test(|| {
		let ps = job_with_providers(ComparisonRule::Tolerance { abs_ppb: 1_000, rel_ppb: 1_000 });
		let outputs = [rows(300, 0.5), rows(300, 0.6), rows(300, 0.7)];
		for (p, o) in ps.iter().zip(&outputs) {
			assert_ok!(commit_outcome(0, *p, &stored(o)));
		}
		for (p, o) in ps.iter().zip(&outputs) {
			assert_ok!(reveal_stored(0, *p, o));
		}
		assert!(matches!(JobsMap::<Test>::get(0).unwrap().phase, Phase::Failed { .. }));
		System::assert_has_event(
			Event::JobFailed {
				job: 0,
				reason: FailReason::NoQuorum,
				paid_to_providers: 0,
				refunded: 3 * PRICE + ROYALTY + 30,
			}
			.into(),
		);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
		for p in &ps {
			assert_eq!(bond(*p), BOND, "nobody slashed");
		}
	});
}
