//! Stories of audited jobs: a primary, an audit drawn after its commit, escalation when the
//! audit disagrees, and the record that sets how often a provider is audited.

use crate::{
	mock::*, Audit, Error, EstimateError, Event, FailReason, Jobs as JobsMap, Phase, Role,
	SlashReason, Tier, Trust,
};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use pallet_providers::HoldReason as ProviderHold;
use sp_core::H256;
use sp_runtime::Perbill;
use verity_primitives::{ComparisonRule, FailureKind};

/// The block job 0, submitted in block 1, draws its primary in.
const DRAWN: u64 = 3;
/// A protocol fee of 10 % on `seats` seats at PRICE.
const fn protocol(seats: u128) -> Balance {
	seats * PRICE / 10
}

fn bond(who: AccountId) -> Balance {
	Balances::balance_on_hold(&ProviderHold::ProviderBond.into(), &who)
}

pub(crate) fn job(id: u64) -> crate::JobOf<Test> {
	JobsMap::<Test>::get(id).unwrap()
}

fn good() -> Vec<u8> {
	floats(&[0.25, 0.75])
}

fn wrong() -> Vec<u8> {
	floats(&[0.9, 0.1])
}

pub(crate) fn of_role(id: u64, role: Role) -> Vec<AccountId> {
	job(id).assignments.iter().filter(|a| a.role == role).map(|a| a.provider).collect()
}

/// Submits an audited job for `m` from USER and draws `primary` as its primary.
pub(crate) fn audited_job(m: u32, primary: AccountId) -> u64 {
	let id = crate::NextJobId::<Test>::get();
	assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Tier::Audited));
	draw(id, |c| c == [(primary, 1)]);
	assert_eq!(of_role(id, Role::Member), vec![primary]);
	id
}

/// The audit roll of job `id` if its audit block's randomness is `value`, as `draw_audit`
/// computes it: a number in [0, 10^9).
pub(crate) fn audit_roll(id: u64, value: [u8; 32]) -> u128 {
	let j = job(id);
	let random: H256 =
		sp_crypto_hashing::blake2_256(&(&b"verity/assign"[..], value).encode()).into();
	let seed = sp_crypto_hashing::blake2_256(&(random, id, j.input_hash, &b"audit"[..]).encode());
	u128::from_le_bytes(sp_crypto_hashing::blake2_128(&(seed, b"roll").encode())) % 1_000_000_000
}

/// Runs to job `id`'s audit draw with randomness under which it is audited or not, as asked
/// (`probability` is its primary's chance of an audit now).
pub(crate) fn run_audit(id: u64, audited: bool, probability: Perbill) {
	let Phase::Auditing { at, .. } = job(id).phase else { panic!("job {id} is not auditing") };
	let q = probability.deconstruct() as u128;
	let value = (0u32..10_000)
		.map(|i| sp_crypto_hashing::blake2_256(&(b"audit-try", i).encode()))
		.find(|v| (audit_roll(id, *v) < q) == audited)
		.expect("some randomness gives the audit wanted");
	set_block_randomness(at, Some(value));
	run_to_block(at);
}

/// Runs to the block that draws job `id`'s escalation committee.
fn run_escalation(id: u64) {
	let Phase::Escalating { at, .. } = job(id).phase else { panic!("job {id} is not escalating") };
	run_to_block(at);
}

/// An audited job whose honest primary P1 was audited by an auditor that revealed a wrong
/// output, run to the draw of its escalation committee: the model, the job and the auditor.
fn honest_primary_lying_auditor() -> (u32, u64, AccountId) {
	let m = setup(ComparisonRule::Exact);
	let id = audited_job(m, P1);
	assert_ok!(commit(id, P1, &good()));
	run_audit(id, true, Perbill::one());
	let auditor = of_role(id, Role::Auditor)[0];
	assert_ok!(commit(id, auditor, &wrong()));
	assert_ok!(reveal(id, P1, &good()));
	assert_ok!(reveal(id, auditor, &wrong()));
	run_escalation(id);
	(m, id, auditor)
}

#[test]
fn a_new_providers_job_is_audited_after_its_commit_and_both_earn_a_record() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let id = audited_job(m, P1);
		// Held: the primary's seat and the auditor's, at the cap, with royalty and fee.
		assert_eq!(escrow(USER), 2 * PRICE + ROYALTY + protocol(2));
		assert_eq!(Jobs::trust_view(&P1, m).audit_probability, Perbill::one());

		assert_ok!(commit(id, P1, &good()));
		// Committed in the block it was drawn in; the audit is drawn `DrawDelay` (2) later.
		let at = DRAWN + 2;
		assert_eq!(job(id).phase, Phase::Auditing { at, since: DRAWN });
		System::assert_has_event(Event::PrimaryCommitted { job: id, audit_drawn_at: at }.into());
		// Nobody reveals before the audit is drawn: the primary cannot see it coming.
		assert_noop!(reveal(id, P1, &good()), Error::<Test>::CommitsStillOpen);

		run_audit(id, true, Perbill::one());
		assert_eq!(job(id).audit, Audit::Audited);
		let auditors = of_role(id, Role::Auditor);
		assert_eq!(auditors.len(), 1);
		let auditor = auditors[0];
		assert!(auditor != P1 && auditor != USER, "never the primary, never the submitter");
		assert_eq!(job(id).phase, Phase::Committing { until: at + COMMIT });
		// The primary committed already; a second commit is refused.
		assert_noop!(commit(id, P1, &good()), Error::<Test>::AlreadyCommitted);

		assert_ok!(commit(id, auditor, &good()));
		assert!(matches!(job(id).phase, Phase::Revealing { .. }));
		assert_ok!(reveal(id, auditor, &good()));
		assert_ok!(reveal(id, P1, &good()));
		assert!(matches!(job(id).phase, Phase::Completed { .. }));
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - 2 * PRICE - ROYALTY - protocol(2));
		assert_eq!((Trust::<Test>::get(P1, m), Trust::<Test>::get(auditor, m)), (1, 1));
		for p in PROVIDERS {
			assert_eq!(bond(p), BOND, "nobody slashed");
		}
	});
}

#[test]
fn a_trusted_primary_is_audited_at_its_rate_and_unaudited_it_stands_alone_for_one_seat() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		Trust::<Test>::insert(P1, m, 4);
		let q = Jobs::trust_view(&P1, m);
		assert!(q.trusted);
		// max(audit floor 50 %, 1 / 4) in the tests' parameters.
		assert_eq!(q.audit_probability, Perbill::from_percent(50));

		let id = audited_job(m, P1);
		assert_ok!(commit(id, P1, &good()));
		run_audit(id, false, q.audit_probability);
		assert_eq!(job(id).audit, Audit::Skipped);
		assert!(of_role(id, Role::Auditor).is_empty());
		// The auditor's seat is no longer part of the cost once the audit is not drawn; the
		// escrow stays held until the job ends.
		assert_eq!(Jobs::cost(&job(id)).total(), PRICE + ROYALTY + protocol(1));
		assert_eq!(escrow(USER), 2 * PRICE + ROYALTY + protocol(2));
		assert!(matches!(job(id).phase, Phase::Revealing { .. }));
		assert_ok!(reveal(id, P1, &good()));
		assert!(matches!(job(id).phase, Phase::Completed { .. }));
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - PRICE - ROYALTY - protocol(1));
		assert_eq!(Trust::<Test>::get(P1, m), 4, "an unchecked result earns no record");
	});
}

#[test]
fn the_audit_rate_falls_with_the_record_to_the_floor() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let rate = |record: u32, floor: u32| {
			Trust::<Test>::insert(P1, m, record);
			Jobs::audit_probability(&P1, m, 10, Perbill::from_percent(floor))
		};
		assert_eq!(rate(0, 5), Perbill::one());
		assert_eq!(rate(9, 5), Perbill::one(), "below the threshold, always");
		assert_eq!(rate(10, 5), Perbill::from_percent(10));
		assert_eq!(rate(40, 5), Perbill::from_percent(5));
		assert_eq!(rate(1_000_000, 5), Perbill::from_percent(5), "never below the floor");
		assert_eq!(rate(1_000_000, 1), Perbill::from_percent(1));
	});
}

#[test]
fn a_cheating_primary_is_overturned_by_the_escalation_and_slashed_the_auditor_paid() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		Trust::<Test>::insert(P1, m, 7);
		let id = audited_job(m, P1);
		assert_ok!(commit(id, P1, &wrong()));
		run_audit(id, true, Perbill::one());
		let auditor = of_role(id, Role::Auditor)[0];
		assert_ok!(commit(id, auditor, &good()));
		assert_ok!(reveal(id, P1, &wrong()));
		assert_ok!(reveal(id, auditor, &good()));
		// They disagree: the job is never completed with either alone.
		let Phase::Escalating { at, .. } = job(id).phase else { panic!("not escalated") };
		System::assert_has_event(Event::Escalated { job: id, draw_at: at }.into());
		assert!(crate::Results::<Test>::get(id).is_none());

		run_escalation(id);
		let referees = of_role(id, Role::Referee);
		assert!(!referees.is_empty());
		assert!(referees.iter().all(|r| *r != P1 && *r != auditor && *r != USER));
		let seats: u32 =
			job(id).assignments.iter().filter(|a| a.role == Role::Referee).map(|a| a.seats).sum();
		assert_eq!(seats, 3);
		// Earlier rounds cannot act in the escalation's.
		assert_noop!(reveal(id, P1, &good()), Error::<Test>::CommitsStillOpen);
		assert_noop!(commit(id, auditor, &good()), Error::<Test>::AlreadyCommitted);
		let treasury = Balances::free_balance(TREASURY);
		let referee_before: Vec<Balance> = referees.iter().map(Balances::free_balance).collect();
		commit_then_reveal(id, &referees, &vec![good(); referees.len()]);

		assert!(matches!(job(id).phase, Phase::Completed { .. }));
		assert_eq!(crate::Results::<Test>::get(id).unwrap().into_inner(), good());
		assert_eq!(bond(P1), BOND - WRONG_SLASH);
		System::assert_has_event(
			Event::ProviderSlashed {
				job: id,
				provider: P1,
				amount: WRONG_SLASH,
				reason: SlashReason::WrongOutput,
			}
			.into(),
		);
		assert_eq!(Trust::<Test>::get(P1, m), 0, "a wrong output wipes the record");
		assert_eq!(bond(auditor), BOND);
		assert_eq!(Trust::<Test>::get(auditor, m), 1);
		// The submitter paid the auditor's seat only; the primary's came back.
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - PRICE - ROYALTY - protocol(2));
		// The referees were paid out of the slash, in the order drawn, what it covered.
		let paid: Balance = referees
			.iter()
			.zip(&referee_before)
			.map(|(r, before)| Balances::free_balance(r) - before)
			.sum();
		assert_eq!(paid, WRONG_SLASH.min(3 * PRICE));
		assert_eq!(
			Balances::free_balance(TREASURY),
			treasury + WRONG_SLASH + protocol(2) - paid,
			"the rest of the slash, and the protocol fee"
		);
	});
}

#[test]
fn a_primary_that_withholds_its_reveal_once_audited_is_slashed_as_wrong() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let id = audited_job(m, P1);
		assert_ok!(commit(id, P1, &wrong()));
		run_audit(id, true, Perbill::one());
		let auditor = of_role(id, Role::Auditor)[0];
		assert_ok!(commit(id, auditor, &good()));
		assert_ok!(reveal(id, auditor, &good()));
		// P1 keeps its outcome to itself until the reveal deadline.
		let Phase::Revealing { until } = job(id).phase else { panic!() };
		run_to_block(until);
		assert!(matches!(job(id).phase, Phase::Escalating { .. }));
		run_escalation(id);
		let referees = of_role(id, Role::Referee);
		for r in &referees {
			assert_ok!(commit(id, *r, &good()));
		}
		// Seeing the referees' reveals come in, it cannot join them.
		assert_ok!(reveal(id, referees[0], &good()));
		assert_noop!(reveal(id, P1, &wrong()), Error::<Test>::RoundClosed);
		for r in &referees[1..] {
			assert_ok!(reveal(id, *r, &good()));
		}
		assert!(matches!(job(id).phase, Phase::Completed { .. }));
		assert_eq!(bond(P1), BOND - WRONG_SLASH, "withholding costs what lying does");
		assert_eq!(bond(auditor), BOND);
	});
}

#[test]
fn a_lying_auditor_is_the_one_slashed_and_the_honest_primary_is_paid() {
	test(|| {
		let (m, id, auditor) = honest_primary_lying_auditor();
		let referees = of_role(id, Role::Referee);
		commit_then_reveal(id, &referees, &vec![good(); referees.len()]);
		assert!(matches!(job(id).phase, Phase::Completed { .. }));
		assert_eq!(bond(P1), BOND, "the honest primary is never slashed");
		assert_eq!(bond(auditor), BOND - WRONG_SLASH);
		assert_eq!(Trust::<Test>::get(P1, m), 1);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - PRICE - ROYALTY - protocol(2));
	});
}

#[test]
fn an_escalation_that_reaches_no_majority_refunds_and_slashes_no_honest_party() {
	test(|| {
		let (_, id, auditor) = honest_primary_lying_auditor();
		// No referee commits: the escalation decides nothing, and ends when its commits close.
		let Phase::Committing { until } = job(id).phase else { panic!() };
		run_to_block(until);
		assert!(matches!(job(id).phase, Phase::Failed { reason: FailReason::TooFewCommits, .. }));
		assert_eq!((escrow(USER), Balances::free_balance(USER)), (0, ENDOWMENT));
		assert_eq!((bond(P1), bond(auditor)), (BOND, BOND));
	});
}

#[test]
fn tiers_are_checked_and_quoted() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let audited = Jobs::estimate_fee(m, 10, Tier::Audited).unwrap();
		assert_eq!((audited.redundancy, audited.max_seats), (1, 2));
		assert_eq!(audited.max.compute, 2 * PRICE);
		let q = Jobs::estimate_fee(m, 10, Tier::Quorum { redundancy: 5 }).unwrap();
		assert_eq!((q.redundancy, q.max_seats, q.max.compute), (5, 5, 5 * PRICE));
		for bad in [0, 1, 6] {
			let tier = Tier::Quorum { redundancy: bad };
			assert_eq!(Jobs::estimate_fee(m, 10, tier), Err(EstimateError::TierOutOfBounds));
			assert_noop!(
				Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, tier),
				Error::<Test>::RedundancyOutOfBounds
			);
		}
		assert_noop!(
			Jobs::submit(
				RuntimeOrigin::signed(USER),
				m,
				input(),
				audited.max.total() - 1,
				Tier::Audited
			),
			Error::<Test>::FeeAboveMax
		);
	});
}

#[test]
fn the_wrong_output_slash_deters_at_the_audit_floor() {
	test(|| {
		let mut p = params();
		p.audit_floor = Perbill::from_percent(5);
		// price × (1 − 0.05) / 0.05 = 19 prices, above 10 % of the minimum bond.
		assert_eq!(Jobs::wrong_output_slash(&p, PRICE), 19 * PRICE);
		p.audit_floor = Perbill::from_percent(1);
		assert_eq!(Jobs::wrong_output_slash(&p, PRICE), 99 * PRICE);
		p.audit_floor = Perbill::from_percent(100);
		assert_eq!(Jobs::wrong_output_slash(&p, PRICE), WRONG_SLASH, "the bond share then");
	});
}

#[test]
fn an_audited_primary_that_never_commits_fails_the_job_with_a_refund() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let id = audited_job(m, P1);
		run_to_block(DRAWN + COMMIT);
		assert!(matches!(job(id).phase, Phase::Failed { reason: FailReason::TooFewCommits, .. }));
		assert_eq!((escrow(USER), Balances::free_balance(USER)), (0, ENDOWMENT));
		assert_eq!(bond(P1), BOND);
	});
}

#[test]
fn an_unaudited_primarys_failure_is_checked_by_referees_and_a_false_one_is_a_lie() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		Trust::<Test>::insert(P1, m, 4);
		let id = audited_job(m, P1);
		// P1 claims the input fails, to be paid without running anything.
		let claim = failed(FailureKind::InferenceFailed);
		assert_ok!(commit_outcome(id, P1, &claim));
		run_audit(id, false, Perbill::from_percent(50));
		assert_ok!(reveal_outcome(id, P1, claim));
		assert!(matches!(job(id).phase, Phase::Escalating { .. }), "not settled on its word");
		run_escalation(id);
		let referees = of_role(id, Role::Referee);
		commit_then_reveal(id, &referees, &vec![good(); referees.len()]);
		assert!(matches!(job(id).phase, Phase::Completed { .. }));
		assert_eq!(bond(P1), BOND - WRONG_SLASH, "a false failure costs what a wrong output does");
		assert_eq!(Trust::<Test>::get(P1, m), 0);
		// The submitter paid nothing for P1's seat: the royalty and the protocol fee only.
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - ROYALTY - protocol(1));
	});
}

#[test]
fn a_silent_auditor_does_not_wave_the_primary_through() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let id = audited_job(m, P1);
		assert_ok!(commit(id, P1, &wrong()));
		run_audit(id, true, Perbill::one());
		let auditor = of_role(id, Role::Auditor)[0];
		// The auditor never commits; at the deadline the primary reveals alone.
		let Phase::Committing { until } = job(id).phase else { panic!() };
		run_to_block(until);
		assert_ok!(reveal(id, P1, &wrong()));
		assert!(matches!(job(id).phase, Phase::Escalating { .. }), "nobody checked it");
		run_escalation(id);
		let referees = of_role(id, Role::Referee);
		commit_then_reveal(id, &referees, &vec![good(); referees.len()]);
		assert!(matches!(job(id).phase, Phase::Completed { .. }));
		assert_eq!(crate::Results::<Test>::get(id).unwrap().into_inner(), good());
		assert_eq!(bond(P1), BOND - WRONG_SLASH);
		assert_eq!(bond(auditor), BOND - NO_SHOW_SLASH, "the silent auditor is a no-show");
	});
}

#[test]
fn a_primary_is_never_slashed_when_the_chain_cannot_draw_its_audit() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let id = audited_job(m, P1);
		assert_ok!(commit(id, P1, &good()));
		let Phase::Auditing { at, .. } = job(id).phase else { panic!() };
		// No randomness from the audit's block on, until the job gives up.
		for b in at..at + COMMIT + 3 {
			set_block_randomness(b, None);
		}
		run_to_block(at + COMMIT + 2);
		assert!(matches!(job(id).phase, Phase::Failed { reason: FailReason::NoRandomness, .. }));
		assert_eq!((escrow(USER), Balances::free_balance(USER)), (0, ENDOWMENT));
		assert_eq!(bond(P1), BOND, "it committed and was never let reveal: not its fault");
	});
}
