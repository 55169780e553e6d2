//! Stories of inference jobs, from submission to settlement.

use crate::{
	mock::*, Error, Event, FailReason, Fee, Inputs, Jobs as JobsMap, Phase, ProviderJobs, Results,
	Reveals, SlashReason,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use pallet_providers::HoldReason as ProviderHold;
use sp_runtime::{DispatchError, Perbill, TokenError};
use verity_primitives::ComparisonRule;

const TOTAL_FEE: Balance = 3 * PRICE + ROYALTY + 30; // 10% protocol fee of 300

fn submit(who: AccountId, model: u32) -> sp_runtime::DispatchResult {
	Jobs::submit(RuntimeOrigin::signed(who), model, input(), 10_000)
		.map(|_| ())
		.map_err(|e| e.error)
}

fn escrow(who: AccountId) -> Balance {
	Balances::balance_on_hold(&crate::HoldReason::JobEscrow.into(), &who)
}

fn bond(who: AccountId) -> Balance {
	Balances::balance_on_hold(&ProviderHold::ProviderBond.into(), &who)
}

fn phase(job: u64) -> Phase<u64> {
	JobsMap::<Test>::get(job).unwrap().phase
}

const GOOD: [f32; 2] = [0.25, 0.75];

fn good() -> Vec<u8> {
	floats(&GOOD)
}

fn wrong() -> Vec<u8> {
	floats(&[0.9, 0.1])
}

/// Submits job 0 from USER and returns its three providers.
fn job_with_providers(rule: ComparisonRule) -> (u32, Vec<AccountId>) {
	let m = setup(rule);
	assert_ok!(submit(USER, m));
	(m, assigned(0))
}

#[test]
fn a_job_is_assigned_paid_and_settled() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		assert_eq!(ps.len(), 3);
		assert!(ps.iter().all(|p| PROVIDERS.contains(p)));
		assert_eq!(escrow(USER), TOTAL_FEE);
		let job = JobsMap::<Test>::get(0).unwrap();
		assert_eq!(job.fee, Fee { compute: 300, royalty: ROYALTY, protocol: 30 });
		assert_eq!(job.phase, Phase::Committing { until: 1 + COMMIT });
		System::assert_has_event(
			Event::JobSubmitted { job: 0, submitter: USER, model: 0, fee: TOTAL_FEE }.into(),
		);
		for p in &ps {
			assert!(ProviderJobs::<Test>::contains_key(p, 0));
		}

		let treasury_before = Balances::free_balance(TREASURY);
		for p in &ps {
			assert_ok!(commit(0, *p, &good()));
		}
		assert_eq!(phase(0), Phase::Revealing { until: 1 + REVEAL });
		System::assert_has_event(
			Event::CommitsClosed { job: 0, commits: 3, reveal_until: 1 + REVEAL }.into(),
		);
		for p in &ps {
			assert_ok!(reveal(0, *p, &good()));
		}
		assert_eq!(phase(0), Phase::Completed { at: 1 });
		System::assert_last_event(
			Event::JobCompleted {
				job: 0,
				output_hash: sp_crypto_hashing::blake2_256(&good()).into(),
				winners: 3,
				paid_to_providers: 300,
				royalty: ROYALTY,
				protocol_fee: 30,
				refunded: 0,
			}
			.into(),
		);
		assert_eq!(Results::<Test>::get(0).unwrap().to_vec(), good());
		assert_eq!(escrow(USER), 0);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - TOTAL_FEE);
		for p in &ps {
			assert_eq!(Balances::free_balance(p), ENDOWMENT - BOND + PRICE);
			assert!(!ProviderJobs::<Test>::contains_key(p, 0));
		}
		assert_eq!(Balances::free_balance(BEN1), 30);
		assert_eq!(Balances::free_balance(BEN2), 30);
		assert_eq!(Balances::free_balance(TREASURY), treasury_before + 30);
		assert!(Inputs::<Test>::get(0).is_none());
		assert_eq!(Reveals::<Test>::iter_prefix(0).count(), 0);

		// The result is kept for the retention period, then pruned.
		run_to_block(1 + RETENTION - 1);
		assert!(Results::<Test>::get(0).is_some());
		run_to_block(1 + RETENTION);
		assert!(JobsMap::<Test>::get(0).is_none());
		assert!(Results::<Test>::get(0).is_none());
	});
}

#[test]
fn submit_refusals_keep_funds_where_they_were() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_noop!(submit(USER, 9), Error::<Test>::ModelUnavailable);
		let bad_input = floats(&[1.0, 2.0]).try_into().unwrap();
		assert_noop!(
			Jobs::submit(RuntimeOrigin::signed(USER), m, bad_input, 10_000),
			Error::<Test>::InputMismatch
		);
		assert_noop!(
			Jobs::submit(RuntimeOrigin::signed(USER), m, input(), TOTAL_FEE - 1),
			Error::<Test>::FeeAboveMax
		);
		assert_noop!(submit(POOR, m), DispatchError::Token(TokenError::FundsUnavailable));

		let lonely = register_model(2, ComparisonRule::Exact);
		for p in [P1, P2] {
			assert_ok!(Providers::update(
				RuntimeOrigin::signed(p),
				PRICE,
				Some(vec![m, lonely].try_into().unwrap())
			));
		}
		assert_noop!(submit(USER, lonely), Error::<Test>::NotEnoughProviders);

		assert_ok!(Models::set_status(
			RuntimeOrigin::root(),
			m,
			pallet_models::ModelStatus::Banned
		));
		assert_noop!(submit(USER, m), Error::<Test>::ModelUnavailable);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
	});
}

#[test]
fn the_submitter_is_never_drawn() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// P1 submits; only P2, P3 and P4 are left, so exactly they are drawn.
		assert_ok!(submit(P1, m));
		let mut ps = assigned(0);
		ps.sort();
		assert_eq!(ps, vec![P2, P3, P4]);
	});
}

#[test]
fn draws_vary_with_randomness() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let mut seen = std::collections::BTreeSet::new();
		for job in 0..4u64 {
			assert_ok!(submit(USER, m));
			let mut ps = assigned(job);
			ps.sort();
			seen.insert(ps);
			run_to_block(System::block_number() + 1);
		}
		assert!(seen.len() > 1, "four draws from four providers all picked the same three");
	});
}

#[test]
fn commit_refusals() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let outsider = PROVIDERS.iter().copied().find(|p| !ps.contains(p)).unwrap();
		assert_noop!(commit(7, ps[0], &good()), Error::<Test>::UnknownJob);
		assert_noop!(commit(0, outsider, &good()), Error::<Test>::NotAssigned);
		assert_noop!(commit(0, USER, &good()), Error::<Test>::NotAssigned);
		assert_ok!(commit(0, ps[0], &good()));
		assert_noop!(commit(0, ps[0], &good()), Error::<Test>::AlreadyCommitted);
		assert_ok!(commit(0, ps[1], &good()));
		assert_ok!(commit(0, ps[2], &good()));
		assert_noop!(commit(0, ps[0], &wrong()), Error::<Test>::NotCommitting);
	});
}

#[test]
fn nobody_reveals_before_commits_close() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		assert_ok!(commit(0, ps[0], &good()));
		assert_noop!(reveal(0, ps[0], &good()), Error::<Test>::CommitsStillOpen);
	});
}

#[test]
fn a_reveal_with_a_wrong_salt_is_refused() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		for p in &ps {
			assert_ok!(commit(0, *p, &good()));
		}
		let out = good().try_into().unwrap();
		assert_noop!(
			Jobs::reveal(RuntimeOrigin::signed(ps[0]), 0, out, [0xAB; 32]),
			Error::<Test>::CommitmentMismatch
		);
	});
}

#[test]
fn a_lazy_provider_cannot_reveal_an_output_it_did_not_commit() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let (honest, lazy, copycat) = (ps[0], ps[1], ps[2]);
		assert_ok!(commit(0, honest, &good()));
		// The lazy provider commits to junk, hoping to reveal someone else's output later.
		assert_ok!(commit(0, lazy, b"junk"));
		// The copycat submits the honest provider's commitment hash as its own.
		assert_ok!(Jobs::commit(RuntimeOrigin::signed(copycat), 0, commitment(honest, &good())));
		assert_ok!(reveal(0, honest, &good()));
		let honest_output: frame_support::BoundedVec<u8, _> = good().try_into().unwrap();
		// Neither can reveal the output (even with the honest provider's salt): commitments
		// bind the committing account.
		assert_noop!(reveal(0, lazy, &good()), Error::<Test>::CommitmentMismatch);
		assert_noop!(
			Jobs::reveal(RuntimeOrigin::signed(copycat), 0, honest_output.clone(), salt_of(honest)),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(
			Jobs::reveal(RuntimeOrigin::signed(lazy), 0, honest_output, salt_of(honest)),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(reveal(0, honest, &good()), Error::<Test>::AlreadyRevealed);

		// At the reveal deadline only one output is in: too few for the quorum.
		run_to_block(1 + REVEAL);
		assert_eq!(phase(0), Phase::Failed { at: 1 + REVEAL, reason: FailReason::TooFewReveals });
		assert_eq!(escrow(USER), 0);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
		for p in [lazy, copycat] {
			assert_eq!(bond(p), BOND - BOND / 20, "no-shows lose 5%");
		}
		assert_eq!(bond(honest), BOND);
	});
}

#[test]
fn reveal_after_the_deadline_is_refused() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		for p in &ps {
			assert_ok!(commit(0, *p, &good()));
		}
		assert_ok!(reveal(0, ps[0], &good()));
		assert_ok!(reveal(0, ps[1], &good()));
		run_to_block(1 + REVEAL);
		assert_eq!(phase(0), Phase::Completed { at: 1 + REVEAL });
		assert_noop!(reveal(0, ps[2], &good()), Error::<Test>::NotRevealing);
		assert_eq!(bond(ps[2]), BOND - BOND / 20, "committed but silent: a no-show");
	});
}

#[test]
fn a_provider_who_did_not_commit_has_nothing_to_reveal() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		assert_ok!(commit(0, ps[0], &good()));
		assert_ok!(commit(0, ps[1], &good()));
		run_to_block(1 + COMMIT);
		assert_eq!(phase(0), Phase::Revealing { until: 1 + COMMIT + REVEAL });
		assert_noop!(reveal(0, ps[2], &good()), Error::<Test>::NotCommitted);
		assert_ok!(reveal(0, ps[0], &good()));
		assert_ok!(reveal(0, ps[1], &good()));
		// The last committed reveal settles at once.
		assert!(matches!(phase(0), Phase::Completed { .. }));
		assert_eq!(bond(ps[2]), BOND - BOND / 20);
		assert_eq!(
			Balances::free_balance(USER),
			ENDOWMENT - TOTAL_FEE + PRICE,
			"the silent provider's price is refunded"
		);
	});
}

#[test]
fn one_wrong_provider_against_two_honest_ones_is_slashed() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let (a, b, liar) = (ps[0], ps[1], ps[2]);
		assert_ok!(commit(0, a, &good()));
		assert_ok!(commit(0, b, &good()));
		assert_ok!(commit(0, liar, &wrong()));
		assert_ok!(reveal(0, liar, &wrong()));
		assert_ok!(reveal(0, a, &good()));
		let treasury = Balances::free_balance(TREASURY);
		assert_ok!(reveal(0, b, &good()));
		assert_eq!(Results::<Test>::get(0).unwrap().to_vec(), good());
		System::assert_has_event(
			Event::ProviderSlashed {
				job: 0,
				provider: liar,
				amount: BOND / 10,
				reason: SlashReason::WrongOutput,
			}
			.into(),
		);
		assert_eq!(bond(liar), BOND - BOND / 10);
		assert_eq!(Balances::free_balance(liar), ENDOWMENT - BOND, "the liar is not paid");
		assert_eq!(Balances::free_balance(a), ENDOWMENT - BOND + PRICE);
		assert_eq!(Balances::free_balance(TREASURY), treasury + 30 + BOND / 10);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - TOTAL_FEE + PRICE);
	});
}

#[test]
fn tolerance_accepts_honest_outputs_that_differ_in_the_last_bits() {
	test(|| {
		let rule = ComparisonRule::Tolerance { abs_ppb: 1_000, rel_ppb: 1_000 };
		let (_, ps) = job_with_providers(rule);
		let outputs = [
			floats(&GOOD),
			floats(&[f32::from_bits(GOOD[0].to_bits() + 1), GOOD[1]]),
			floats(&[GOOD[0], f32::from_bits(GOOD[1].to_bits() - 2)]),
		];
		assert_ne!(outputs[0], outputs[1]);
		for (p, o) in ps.iter().zip(&outputs) {
			assert_ok!(commit(0, *p, o));
		}
		for (p, o) in ps.iter().zip(&outputs) {
			assert_ok!(reveal(0, *p, o));
		}
		System::assert_has_event(
			Event::JobCompleted {
				job: 0,
				output_hash: sp_crypto_hashing::blake2_256(&outputs[0]).into(),
				winners: 3,
				paid_to_providers: 300,
				royalty: ROYALTY,
				protocol_fee: 30,
				refunded: 0,
			}
			.into(),
		);
		for p in &ps {
			assert_eq!(bond(*p), BOND);
		}
	});
}

#[test]
fn three_different_outputs_reach_no_quorum_and_refund_in_full() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let outputs = [floats(&[0.1, 0.9]), floats(&[0.2, 0.8]), floats(&[0.3, 0.7])];
		for (p, o) in ps.iter().zip(&outputs) {
			assert_ok!(commit(0, *p, o));
		}
		for (p, o) in ps.iter().zip(&outputs) {
			assert_ok!(reveal(0, *p, o));
		}
		assert_eq!(phase(0), Phase::Failed { at: 1, reason: FailReason::NoQuorum });
		System::assert_last_event(
			Event::JobFailed { job: 0, reason: FailReason::NoQuorum, refunded: TOTAL_FEE }.into(),
		);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
		for p in &ps {
			assert_eq!(bond(*p), BOND, "nobody can tell who was wrong: no slash");
		}
		assert!(Results::<Test>::get(0).is_none());
	});
}

#[test]
fn all_providers_silent_fails_the_job_and_slashes_them() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let treasury = Balances::free_balance(TREASURY);
		run_to_block(1 + COMMIT - 1);
		assert!(matches!(phase(0), Phase::Committing { .. }));
		run_to_block(1 + COMMIT);
		assert_eq!(phase(0), Phase::Failed { at: 1 + COMMIT, reason: FailReason::TooFewCommits });
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
		for p in &ps {
			assert_eq!(bond(*p), BOND - BOND / 20);
		}
		assert_eq!(Balances::free_balance(TREASURY), treasury + 3 * (BOND / 20));
	});
}

#[test]
fn cancel_before_any_commit_refunds() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		assert_noop!(Jobs::cancel(RuntimeOrigin::signed(P1), 0), Error::<Test>::NotSubmitter);
		assert_noop!(Jobs::cancel(RuntimeOrigin::signed(USER), 5), Error::<Test>::UnknownJob);
		assert_ok!(Jobs::cancel(RuntimeOrigin::signed(USER), 0));
		assert_eq!(phase(0), Phase::Cancelled { at: 1 });
		System::assert_last_event(Event::JobCancelled { job: 0, refunded: TOTAL_FEE }.into());
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
		assert_noop!(Jobs::cancel(RuntimeOrigin::signed(USER), 0), Error::<Test>::NotCommitting);
		for p in &ps {
			assert_eq!(pallet_providers::Providers::<Test>::get(p).unwrap().jobs_in_flight, 0);
		}

		assert_ok!(submit(USER, 0));
		assert_ok!(commit(1, assigned(1)[0], &good()));
		assert_noop!(Jobs::cancel(RuntimeOrigin::signed(USER), 1), Error::<Test>::AlreadyStarted);
	});
}

#[test]
fn a_provider_with_a_job_in_flight_cannot_unbond() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		assert_noop!(
			Providers::unbond(RuntimeOrigin::signed(ps[0])),
			pallet_providers::Error::<Test>::JobsInFlight
		);
		for p in &ps {
			assert_ok!(commit(0, *p, &good()));
		}
		for p in &ps {
			assert_ok!(reveal(0, *p, &good()));
		}
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(ps[0])));
	});
}

#[test]
fn governance_sets_valid_params_only() {
	test(|| {
		let mut p = params();
		assert_noop!(
			Jobs::set_params(RuntimeOrigin::signed(USER), p.clone()),
			DispatchError::BadOrigin
		);
		p.quorum = 1; // not more than half of 3
		assert_noop!(
			Jobs::set_params(RuntimeOrigin::root(), p.clone()),
			Error::<Test>::InvalidParams
		);
		p.quorum = 4; // more than redundancy
		assert_noop!(
			Jobs::set_params(RuntimeOrigin::root(), p.clone()),
			Error::<Test>::InvalidParams
		);
		p.redundancy = 6; // above MaxRedundancy
		assert_noop!(
			Jobs::set_params(RuntimeOrigin::root(), p.clone()),
			Error::<Test>::InvalidParams
		);
		let mut q = params();
		q.commit_period = 0;
		assert_noop!(Jobs::set_params(RuntimeOrigin::root(), q), Error::<Test>::InvalidParams);

		let mut five = params();
		five.redundancy = 4;
		five.quorum = 3;
		five.protocol_fee = Perbill::zero();
		assert_ok!(Jobs::set_params(RuntimeOrigin::root(), five.clone()));
		System::assert_last_event(Event::ParamsSet { params: five }.into());
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		assert_eq!(assigned(0).len(), 4, "the next job gets the new redundancy");
	});
}

#[test]
fn fee_estimate_is_an_upper_bound() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(Providers::update(RuntimeOrigin::signed(P4), 400, None));
		let est = Jobs::estimate_fee(m, 10).unwrap();
		assert_eq!(est.max, Fee { compute: 1_200, royalty: ROYALTY, protocol: 120 });
		assert_eq!((est.eligible_providers, est.redundancy), (4, 3));
		assert_eq!(Jobs::estimate_fee(m, 5_000), Err(crate::EstimateError::InputTooLong));
		assert_eq!(Jobs::estimate_fee(8, 10), Err(crate::EstimateError::ModelUnavailable));
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), est.max.total()));
	});
}

#[test]
fn too_many_deadlines_in_the_coming_blocks_are_refused() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// Four deadlines fit a block and eight blocks are searched: 32 jobs submitted in one
		// block fill them all.
		for _ in 0..4 * crate::lifecycle::SEARCH_BLOCKS {
			assert_ok!(submit(USER, m));
		}
		assert_noop!(submit(USER, m), Error::<Test>::TooManyJobs);
	});
}

#[test]
fn without_protocol_parameters_nothing_is_submitted() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		crate::Params::<Test>::kill();
		assert_noop!(submit(USER, m), Error::<Test>::NoParams);
	});
}

#[test]
fn batches_apply_each_item_on_its_own() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		assert_ok!(submit(USER, m));
		// Four providers, three drawn per job: at least two serve both jobs.
		let p = assigned(0).into_iter().find(|p| assigned(1).contains(p)).unwrap();
		let c = commitment(p, &good());

		// An unknown job in the middle is refused on its own; the other commits stand.
		assert_ok!(Jobs::commit_many(
			RuntimeOrigin::signed(p),
			vec![(0, c), (9, c), (1, c)].try_into().unwrap()
		));
		System::assert_has_event(
			Event::BatchItemFailed { job: 9, error: Error::<Test>::UnknownJob.into() }.into(),
		);
		for job in [0, 1] {
			System::assert_has_event(Event::Committed { job, provider: p }.into());
			let j = JobsMap::<Test>::get(job).unwrap();
			assert!(j.assignments.iter().any(|a| a.provider == p && a.commitment == Some(c)));
		}
		// When every item is refused, the call fails with the first error and changes nothing.
		assert_noop!(
			Jobs::commit_many(RuntimeOrigin::signed(p), vec![(1, c), (0, c)].try_into().unwrap()),
			Error::<Test>::AlreadyCommitted
		);
		assert_noop!(
			Jobs::commit_many(RuntimeOrigin::signed(p), Default::default()),
			Error::<Test>::EmptyBatch
		);

		// The other providers commit and reveal one by one; p's batch of reveals is the last
		// of both jobs, so it settles both.
		for job in [0, 1] {
			for q in assigned(job).into_iter().filter(|q| *q != p) {
				assert_ok!(commit(job, q, &good()));
			}
			for q in assigned(job).into_iter().filter(|q| *q != p) {
				assert_ok!(reveal(job, q, &good()));
			}
		}
		let item = |job: u64| (job, good().try_into().unwrap(), salt_of(p));
		let wrong_salt = (1u64, good().try_into().unwrap(), [0u8; 32]);
		let items: frame_support::BoundedVec<_, _> =
			vec![item(0), wrong_salt, item(1)].try_into().unwrap();
		let w = |r, b| <() as crate::WeightInfo>::reveal(good().len() as u32, r, b);
		let charged = w(5, 4).saturating_mul(3);
		let info = Jobs::reveal_many(RuntimeOrigin::signed(p), items).unwrap();
		System::assert_has_event(
			Event::BatchItemFailed { job: 1, error: Error::<Test>::CommitmentMismatch.into() }
				.into(),
		);
		assert_eq!(phase(0), Phase::Completed { at: 1 });
		assert_eq!(phase(1), Phase::Completed { at: 1 });
		assert_eq!(escrow(USER), 0);
		assert_eq!(Balances::free_balance(p), ENDOWMENT - BOND + 2 * PRICE);
		// Charged up front for redundancy 5 and 4 beneficiaries; kept: two settlements at
		// redundancy 3 with 2 beneficiaries, and the refused item as charged.
		let actual = info.actual_weight.unwrap();
		assert!(actual.all_lt(charged), "{actual:?} < {charged:?}");
		assert_eq!(actual, w(3, 2).saturating_mul(2).saturating_add(w(5, 4)));
		check_invariants();
	});
}

#[test]
fn a_submission_is_charged_for_the_pool_it_drew_from() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let info = Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000).unwrap();
		let len = input().len() as u32;
		assert_eq!(info.actual_weight, Some(<() as crate::WeightInfo>::submit(len, 4, 3)));
		assert!(info.actual_weight.unwrap().all_lt(<() as crate::WeightInfo>::submit(len, 8, 5)));
	});
}

#[test]
fn deadlines_beyond_the_conclusions_a_block_allows_move_to_the_next_block() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		for _ in 0..3 {
			assert_ok!(submit(USER, m));
		}
		// Nobody commits. Two jobs (MaxConclusionsPerBlock) fail at their deadline; the third
		// waits one more block, then fails and is refunded like the others.
		run_to_block(1 + COMMIT);
		let failed =
			|j| matches!(phase(j), Phase::Failed { reason: FailReason::TooFewCommits, .. });
		assert!(failed(0) && failed(1));
		assert_eq!(phase(2), Phase::Committing { until: 2 + COMMIT });
		assert_eq!(escrow(USER), TOTAL_FEE);
		run_to_block(2 + COMMIT);
		assert_eq!(phase(2), Phase::Failed { at: 2 + COMMIT, reason: FailReason::TooFewCommits });
		assert_eq!(escrow(USER), 0);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
	});
}

#[test]
fn commits_and_reveals_are_charged_for_what_they_did() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let w = <() as crate::WeightInfo>::commit_open();
		let commit_info = |p| {
			Jobs::commit(RuntimeOrigin::signed(p), 0, commitment(p, &good())).unwrap().actual_weight
		};
		assert_eq!(commit_info(ps[0]), Some(w));
		assert_eq!(commit_info(ps[1]), Some(w));
		assert_eq!(
			commit_info(ps[2]),
			Some(<() as crate::WeightInfo>::commit()),
			"the closing one"
		);
		let len = good().len() as u32;
		let reveal_info = |p| {
			Jobs::reveal(RuntimeOrigin::signed(p), 0, good().try_into().unwrap(), salt_of(p))
				.unwrap()
				.actual_weight
		};
		assert_eq!(reveal_info(ps[0]), Some(<() as crate::WeightInfo>::reveal_open(len)));
		assert_eq!(reveal_info(ps[1]), Some(<() as crate::WeightInfo>::reveal_open(len)));
		assert_eq!(
			reveal_info(ps[2]),
			Some(<() as crate::WeightInfo>::reveal(len, 3, 2)),
			"the settling one, at the job's redundancy and the model's two beneficiaries"
		);
	});
}
