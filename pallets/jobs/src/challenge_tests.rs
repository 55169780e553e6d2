//! Stories of challenges: a result two colluders won is overturned and everyone it wronged is
//! paid back; a challenge of a right result costs the challenger its bond; a challenge that
//! decides nothing returns it; who may challenge, when, and how often.

use crate::{
	mock::*, Audit, ChallengeVerdict, Challenges, Error, Event, FailReason, Jobs as JobsMap, Phase,
	ProtocolParams, Results, Role, SlashReason, Trust,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use pallet_providers::HoldReason as ProviderHold;
use sp_runtime::Perbill;
use verity_primitives::ComparisonRule;

/// The block job 0, submitted in block 1, draws its committee in.
const DRAWN: u64 = 3;
/// The wrong-output slash per seat under [`strict`]: the whole minimum bond.
const SLASH: Balance = MIN_BOND;
/// The challenge bond under [`strict`]: the whole minimum bond.
const CHALLENGE_BOND: Balance = MIN_BOND;

fn good() -> Vec<u8> {
	floats(&[0.25, 0.75])
}

fn wrong() -> Vec<u8> {
	floats(&[0.9, 0.1])
}

fn job(id: u64) -> crate::JobOf<Test> {
	JobsMap::<Test>::get(id).unwrap()
}

fn bond(who: AccountId) -> Balance {
	Balances::balance_on_hold(&ProviderHold::ProviderBond.into(), &who)
}

fn challenge_hold(who: AccountId) -> Balance {
	Balances::balance_on_hold(&crate::HoldReason::ChallengeBond.into(), &who)
}

fn total(who: AccountId) -> Balance {
	Balances::total_balance(&who)
}

/// The tests' parameters with a wrong-output slash and a challenge bond of the whole minimum
/// bond: a slash well above a seat's price, as on the chain.
fn strict() -> ProtocolParams<u64> {
	ProtocolParams {
		wrong_output_slash: Perbill::one(),
		challenge_bond: Perbill::one(),
		..params()
	}
}

/// A `Quorum { 3 }` job from USER whose committee is P1, P2 and P3, one seat each; `outputs`
/// are what they commit and reveal. Returns the block it ended in.
fn quorum_job(outputs: [Vec<u8>; 3]) -> (u32, u64) {
	let m = setup(ComparisonRule::Exact);
	assert_ok!(Jobs::set_params(RuntimeOrigin::root(), strict()));
	assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
	draw(0, |c| c == [(P1, 1), (P2, 1), (P3, 1)]);
	commit_then_reveal(0, &[P1, P2, P3], &outputs);
	let Phase::Completed { at } = job(0).phase else { panic!("job 0 did not complete") };
	(m, at)
}

/// Runs to the draw of job `id`'s challenge committee.
fn run_challenge_draw(id: u64) {
	let Phase::Challenged { at, .. } = job(id).phase else { panic!("job {id} is not challenged") };
	run_to_block(at);
}

fn committee(id: u64) -> Vec<(AccountId, u32)> {
	job(id)
		.assignments
		.iter()
		.filter(|a| a.role == Role::Challenger)
		.map(|a| (a.provider, a.seats))
		.collect()
}

#[test]
fn colluders_who_won_a_quorum_job_are_overturned_by_a_challenge_and_everyone_is_paid_back() {
	test(|| {
		// P1 and P2 collude on the same wrong output and win; honest P3 is slashed by the vote.
		let (m, completed) = quorum_job([wrong(), wrong(), good()]);
		assert_eq!(Results::<Test>::get(0).unwrap().to_vec(), wrong());
		assert_eq!(bond(P3), BOND - SLASH, "the old vote slashed the honest minority");
		let before: Vec<Balance> = [USER, P1, P2, P3, P4, TREASURY].map(total).to_vec();
		let (ben1, ben2) = (total(BEN1), total(BEN2));

		// P3, a bonded provider, challenges within the window.
		run_to_block(completed + CHALLENGE_PERIOD - 1);
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(P3), 0));
		assert_eq!(challenge_hold(P3), CHALLENGE_BOND);
		let Phase::Challenged { at, since } = job(0).phase else { panic!("not challenged") };
		assert_eq!(since, completed + CHALLENGE_PERIOD - 1);
		System::assert_has_event(
			Event::Challenged { job: 0, challenger: P3, bond: CHALLENGE_BOND, draw_at: at }.into(),
		);
		assert_eq!(job(0).audit, Audit::Challenged);
		assert_eq!(
			Results::<Test>::get(0).unwrap().to_vec(),
			wrong(),
			"the result stands meanwhile"
		);

		// The committee is drawn from those with no part in the job: only P4 is left.
		run_challenge_draw(0);
		assert_eq!(committee(0), vec![(P4, 3)]);
		// The old providers cannot act in the challenge's round.
		assert_noop!(commit(0, P1, &wrong()), Error::<Test>::AlreadyCommitted);
		assert_ok!(commit(0, P4, &good()));
		assert_ok!(reveal(0, P4, &good()));

		// Overturned: the result is the committee's; P1 and P2 lose the slash and their record.
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
		assert_eq!(Results::<Test>::get(0).unwrap().to_vec(), good());
		for p in [P1, P2] {
			assert_eq!(bond(p), BOND - SLASH);
			assert_eq!(Trust::<Test>::get(p, m), 0);
			System::assert_has_event(
				Event::ProviderSlashed {
					job: 0,
					provider: p,
					amount: SLASH,
					reason: SlashReason::Overturned,
				}
				.into(),
			);
		}
		let output_hash = sp_crypto_hashing::blake2_256(&good()).into();
		System::assert_has_event(
			Event::ResultOverturned {
				job: 0,
				output_hash,
				slashed: 2 * SLASH,
				paid_to_committee: 3 * PRICE,
				refunded_to_submitter: 2 * PRICE,
				compensated: SLASH + PRICE,
				// What the slashes had left: less than the bond here.
				reward: 2 * SLASH - 3 * PRICE - 2 * PRICE - (SLASH + PRICE),
			}
			.into(),
		);
		assert_eq!(Challenges::<Test>::get(0).unwrap().verdict, Some(ChallengeVerdict::Overturned));
		assert_eq!(challenge_hold(P3), 0);
		// In planck: the submitter got back what it paid the colluders; P3 what the vote took
		// and its price, its bond back and what was left of the slashes; P4 its three seats;
		// the colluders lost the slash; the beneficiaries kept theirs.
		let after: Vec<Balance> = [USER, P1, P2, P3, P4, TREASURY].map(total).to_vec();
		assert_eq!(after[0], before[0] + 2 * PRICE);
		assert_eq!(after[1], before[1] - SLASH);
		assert_eq!(after[2], before[2] - SLASH);
		assert_eq!(
			after[3],
			before[3] + SLASH + PRICE + 2 * SLASH - 3 * PRICE - 2 * PRICE - (SLASH + PRICE)
		);
		assert_eq!(after[4], before[4] + 3 * PRICE);
		assert_eq!(after[5], before[5], "the treasury passed on all of the slashes");
		assert_eq!((total(BEN1), total(BEN2)), (ben1, ben2));
		assert_eq!(bond(P4), BOND, "the committee is not slashed");
		assert_eq!(
			Trust::<Test>::get(P4, m),
			0,
			"one provider agreeing with itself checks nothing"
		);

		// A job is challenged once.
		assert_noop!(
			Jobs::challenge(RuntimeOrigin::signed(P4), 0),
			Error::<Test>::AlreadyChallenged
		);
		// Pruned with everything it kept after its retention.
		run_to_block(System::block_number() + RETENTION + 1);
		assert!(JobsMap::<Test>::get(0).is_none());
		assert!(Challenges::<Test>::get(0).is_none());
		assert!(crate::Inputs::<Test>::get(0).is_none());
		assert!(crate::Reveals::<Test>::iter_prefix(0).next().is_none());
	});
}

#[test]
fn a_challenge_of_a_right_result_pays_the_committee_and_the_treasury_from_the_bond() {
	test(|| {
		let (_, completed) = quorum_job([good(), good(), good()]);
		let before: Vec<Balance> = [USER, P1, P2, P3, P4, TREASURY].map(total).to_vec();
		// The submitter challenges its own right result.
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(USER), 0));
		run_challenge_draw(0);
		assert_eq!(committee(0), vec![(P4, 3)]);
		assert_ok!(commit(0, P4, &good()));
		assert_ok!(reveal(0, P4, &good()));
		assert_eq!(job(0).phase, Phase::Completed { at: completed }, "the result stands as it was");
		assert_eq!(Results::<Test>::get(0).unwrap().to_vec(), good());
		System::assert_has_event(
			Event::ResultUpheld {
				job: 0,
				paid_to_committee: 3 * PRICE,
				to_treasury: CHALLENGE_BOND - 3 * PRICE,
			}
			.into(),
		);
		assert_eq!(Challenges::<Test>::get(0).unwrap().verdict, Some(ChallengeVerdict::Upheld));
		let after: Vec<Balance> = [USER, P1, P2, P3, P4, TREASURY].map(total).to_vec();
		assert_eq!(after[0], before[0] - CHALLENGE_BOND);
		assert_eq!(
			(after[1], after[2], after[3]),
			(before[1], before[2], before[3]),
			"nobody slashed"
		);
		assert_eq!(after[4], before[4] + 3 * PRICE);
		assert_eq!(after[5], before[5] + CHALLENGE_BOND - 3 * PRICE);
	});
}

#[test]
fn a_challenge_nobody_decides_returns_the_bond_and_slashes_nobody() {
	test(|| {
		let (_, completed) = quorum_job([good(), good(), good()]);
		let before: Vec<Balance> = [USER, P1, P2, P3, P4, TREASURY].map(total).to_vec();
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(USER), 0));
		run_challenge_draw(0);
		// P4 stays away: commits close with nobody.
		let Phase::Committing { until } = job(0).phase else { panic!("not committing") };
		run_to_block(until);
		assert_eq!(job(0).phase, Phase::Completed { at: completed });
		System::assert_has_event(
			Event::ChallengeVoid {
				job: 0,
				reason: FailReason::TooFewCommits,
				refunded: CHALLENGE_BOND,
			}
			.into(),
		);
		let after: Vec<Balance> = [USER, P1, P2, P3, P4, TREASURY].map(total).to_vec();
		assert_eq!(after, before, "nothing moved");
		assert_eq!(Results::<Test>::get(0).unwrap().to_vec(), good());
		// The job is as it was: no committee, no record, and it may be challenged again.
		assert!(Challenges::<Test>::get(0).is_none());
		assert_eq!(job(0).audit, Audit::NotApplicable);
		assert!(committee(0).is_empty());
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(P4), 0));
	});
}

#[test]
fn with_nobody_left_to_draw_a_challenge_is_void() {
	test(|| {
		let (_, completed) = quorum_job([good(), good(), good()]);
		// P4, the only provider with no part in the job, challenges: nobody is left to draw.
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(P4), 0));
		run_challenge_draw(0);
		assert_eq!(job(0).phase, Phase::Completed { at: completed });
		System::assert_has_event(
			Event::ChallengeVoid {
				job: 0,
				reason: FailReason::NoProviders,
				refunded: CHALLENGE_BOND,
			}
			.into(),
		);
		assert_eq!(challenge_hold(P4), 0);
	});
}

#[test]
fn only_the_submitter_or_a_bonded_provider_challenges_a_completed_result_within_its_window() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(Jobs::set_params(RuntimeOrigin::root(), strict()));
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(USER), 7), Error::<Test>::UnknownJob);
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(USER), 0), Error::<Test>::NotCompleted);
		draw(0, |c| c == [(P1, 1), (P2, 1), (P3, 1)]);
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(USER), 0), Error::<Test>::NotCompleted);
		commit_then_reveal(0, &[P1, P2, P3], &[good(), good(), good()]);
		let Phase::Completed { at } = job(0).phase else { panic!("not completed") };
		// Someone with no stake in it: neither the submitter nor a provider.
		assert_noop!(
			Jobs::challenge(RuntimeOrigin::signed(OWNER), 0),
			Error::<Test>::NotEntitledToChallenge
		);
		// A provider that left (unbonding) no longer may.
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(P4)));
		assert_noop!(
			Jobs::challenge(RuntimeOrigin::signed(P4), 0),
			Error::<Test>::NotEntitledToChallenge
		);
		run_to_block(at + CHALLENGE_PERIOD);
		assert_noop!(
			Jobs::challenge(RuntimeOrigin::signed(USER), 0),
			Error::<Test>::ChallengeWindowClosed
		);

		// A failed job has no result to challenge.
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
		let Phase::Assigning { at } = job(1).phase else { panic!() };
		run_to_block(at + COMMIT);
		assert!(matches!(job(1).phase, Phase::Failed { .. }));
		assert_noop!(Jobs::challenge(RuntimeOrigin::signed(USER), 1), Error::<Test>::NotCompleted);
	});
}

#[test]
fn a_challenger_that_cannot_post_the_bond_is_refused_and_nothing_moves() {
	test(|| {
		quorum_job([good(), good(), good()]);
		use frame_support::traits::fungible::Mutate;
		<Balances as Mutate<_>>::set_balance(&USER, CHALLENGE_BOND - 1);
		assert_noop!(
			Jobs::challenge(RuntimeOrigin::signed(USER), 0),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert_eq!(total(USER), CHALLENGE_BOND - 1);
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
	});
}

#[test]
fn a_job_is_not_pruned_while_its_challenge_runs() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// A window as long as the retention (and the unbonding delay): a challenge in its last
		// block outlives the job's first expiry.
		assert_ok!(Providers::set_params(RuntimeOrigin::root(), MIN_BOND, RETENTION));
		let p = ProtocolParams { challenge_period: RETENTION, ..strict() };
		assert_ok!(Jobs::set_params(RuntimeOrigin::root(), p));
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
		draw(0, |c| c == [(P1, 1), (P2, 1), (P3, 1)]);
		commit_then_reveal(0, &[P1, P2, P3], &[good(), good(), good()]);
		let Phase::Completed { at } = job(0).phase else { panic!() };
		assert_eq!(at, DRAWN);
		run_to_block(at + RETENTION - 1);
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(USER), 0));
		// Its first expiry (block at + RETENTION) passes while the challenge runs.
		run_to_block(at + RETENTION + 1);
		assert!(!job(0).phase.is_final(), "kept while challenged");
		assert_eq!(committee(0), vec![(P4, 3)]);
		assert_ok!(commit(0, P4, &good()));
		assert_ok!(reveal(0, P4, &good()));
		assert_eq!(job(0).phase, Phase::Completed { at });
		let ended = System::block_number();
		run_to_block(ended + RETENTION);
		assert!(JobsMap::<Test>::get(0).is_none(), "pruned a retention after the challenge");
	});
}

#[test]
fn governance_cannot_set_a_challenge_window_or_bond_outside_the_bounds() {
	test(|| {
		for p in [
			ProtocolParams { challenge_period: 4, ..params() },
			ProtocolParams { challenge_period: RETENTION + 1, ..params() },
			ProtocolParams { challenge_period: UNBONDING + 1, ..params() },
			ProtocolParams { challenge_bond: Perbill::zero(), ..params() },
			ProtocolParams { escalation: 5, ..params() },
		] {
			let e = if p.escalation == 5 {
				Error::<Test>::EscalationOutOfBounds
			} else {
				Error::<Test>::ChallengeOutOfBounds
			};
			assert_noop!(Jobs::set_params(RuntimeOrigin::root(), p), e);
		}
		// A `Quorum` job leaves room for a challenge committee.
		let m = setup(ComparisonRule::Exact);
		assert_noop!(
			Jobs::submit(
				RuntimeOrigin::signed(USER),
				m,
				input(),
				100_000,
				crate::Tier::Quorum { redundancy: 6 }
			),
			Error::<Test>::RedundancyOutOfBounds
		);
	});
}

#[test]
fn the_providers_of_a_challenged_job_stay_bonded_until_it_ends() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// Commit periods long enough for the challenge to outlast P1's unbonding delay.
		let p = ProtocolParams { commit_period: 10, reveal_period: 10, ..strict() };
		assert_ok!(Jobs::set_params(RuntimeOrigin::root(), p));
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
		draw(0, |c| c == [(P1, 1), (P2, 1), (P3, 1)]);
		commit_then_reveal(0, &[P1, P2, P3], &[wrong(), wrong(), good()]);
		let Phase::Completed { at: completed } = job(0).phase else { panic!() };
		// P1, a colluder, starts leaving as soon as it is paid.
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(P1)));
		// The challenge comes in the window's last block.
		run_to_block(completed + CHALLENGE_PERIOD - 1);
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(P3), 0));
		// P2, the other colluder, starts leaving too: it stays bonded through the work window.
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(P2)));
		run_challenge_draw(0);
		// P1's unbonding delay is over while the challenge runs, but not its work window.
		run_to_block(completed + UNBONDING);
		assert!(matches!(job(0).phase, Phase::Committing { .. }), "the challenge still runs");
		assert_noop!(
			Providers::withdraw(RuntimeOrigin::signed(P1)),
			pallet_providers::Error::<Test>::StillLocked
		);
		assert_ok!(commit(0, P4, &good()));
		assert_ok!(reveal(0, P4, &good()));
		assert_eq!(bond(P1), BOND - SLASH, "slashed while unbonding");
		assert_eq!(bond(P2), BOND - SLASH);
		// Once its window is over P1 may go, with what is left of its bond.
		let pallet_providers::ProviderStatus::Unbonding { unlock_at } =
			pallet_providers::Providers::<Test>::get(P1).unwrap().status
		else {
			panic!("P1 is unbonding")
		};
		run_to_block(unlock_at);
		assert_ok!(Providers::withdraw(RuntimeOrigin::signed(P1)));
	});
}

#[test]
fn a_committee_that_meets_a_failure_never_overturns_an_output() {
	test(|| {
		let (_, completed) = quorum_job([good(), good(), good()]);
		let before: Vec<Balance> = [USER, P1, P2, P3, P4, TREASURY].map(total).to_vec();
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(USER), 0));
		run_challenge_draw(0);
		// P4 cannot fetch the model any more (its URI went dead, say).
		let unavailable = failed(verity_primitives::FailureKind::ModelUnavailable);
		assert_ok!(commit_outcome(0, P4, &unavailable));
		assert_ok!(reveal_outcome(0, P4, unavailable));
		assert_eq!(job(0).phase, Phase::Completed { at: completed });
		System::assert_has_event(
			Event::ChallengeVoid {
				job: 0,
				reason: FailReason::Unprocessable(verity_primitives::FailureKind::ModelUnavailable),
				refunded: CHALLENGE_BOND,
			}
			.into(),
		);
		let after: Vec<Balance> = [USER, P1, P2, P3, P4, TREASURY].map(total).to_vec();
		assert_eq!(after, before, "nobody slashed, the bond returned");
		assert_eq!(Results::<Test>::get(0).unwrap().to_vec(), good());
	});
}

#[test]
fn an_overturned_result_leaves_no_result_of_the_other_kind() {
	test(|| {
		// A first settlement has no result to remove and removes none; a challenge that
		// overturns a result replaces it, on chain or stored, with the committee's of either
		// kind, and the old one is gone.
		let stored = verity_primitives::Outcome::Stored { hash: [1; 32], len: 100_000 };
		let on_chain = || out(&good());
		Jobs::put_result(7, stored.clone(), false);
		assert!(crate::StoredResults::<Test>::contains_key(7) && !Results::<Test>::contains_key(7));
		Jobs::put_result(7, on_chain(), true);
		assert!(Results::<Test>::contains_key(7) && !crate::StoredResults::<Test>::contains_key(7));
		Jobs::put_result(7, stored, true);
		assert!(crate::StoredResults::<Test>::contains_key(7) && !Results::<Test>::contains_key(7));
		Jobs::put_result(8, on_chain(), false);
		assert_eq!(Jobs::result_of(8), Some(on_chain()));
	});
}
