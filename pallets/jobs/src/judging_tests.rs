//! Private jobs of `Tolerance` models (`crate::judging`, docs/privacy.md): a round whose sealed
//! outputs differ is judged by its seats, two seats agree only when both say so, a liar cuts
//! only its own agreements, and nothing readable reaches the chain.

use crate::{
	audit_tests::{job, of_role, run_audit},
	mock::*,
	private_tests::{
		bond, contains, everything_on_chain, give_keys, private_job_of, register_keys, CONTENT,
	},
	Error, Event, Judgement, Judgements, Phase, Role, SlashReason, Tier,
};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::Perbill;
use verity_primitives::{privacy, ComparisonRule, FailureKind};

/// Outputs may differ by 1e-6.
const TOLERANCE: ComparisonRule = ComparisonRule::Tolerance { abs_ppb: 1_000, rel_ppb: 1_000 };

/// An output, and one within tolerance of it from another machine.
fn a() -> Vec<u8> {
	floats(&[0.25, 0.75])
}
fn b() -> Vec<u8> {
	floats(&[0.250_000_1, 0.75])
}
fn wrong() -> Vec<u8> {
	floats(&[0.9, 0.1])
}

fn sealed(output: &[u8]) -> Vec<u8> {
	privacy::seal_output(&CONTENT, output)
}

fn judge(id: u64, who: AccountId, agrees: u64) -> sp_runtime::DispatchResult {
	Jobs::judge(RuntimeOrigin::signed(who), id, agrees).map(|_| ()).map_err(|e| e.error)
}

/// The verdict bits naming the assignments of job `id` held by `ps`.
fn bits(id: u64, ps: &[AccountId]) -> u64 {
	job(id)
		.assignments
		.iter()
		.enumerate()
		.filter(|(_, a)| ps.contains(&a.provider))
		.fold(0, |n, (i, _)| n | 1 << i)
}

/// A private `Quorum` job 0 of three seats of a `Tolerance` model, drawn, keys given: its seats.
fn quorum_job() -> Vec<AccountId> {
	private_job_of(TOLERANCE, Q3);
	draw_distinct(0);
	let ps = assigned(0);
	assert_ok!(give_keys(0, &ps));
	ps
}

/// Runs job `id`'s round to its judging: the block it judges until.
fn judging_until(id: u64) -> u64 {
	let Phase::Judging { until } = job(id).phase else {
		panic!("job {id} is not judging: {:?}", job(id).phase)
	};
	until
}

fn paid(p: AccountId) -> bool {
	Balances::free_balance(p) == ENDOWMENT - BOND + PRICE
}

#[test]
fn a_round_whose_sealed_outputs_differ_is_judged_then_completes_with_nothing_readable_on_chain() {
	test(|| {
		let ps = quorum_job();
		commit_then_reveal(0, &ps, &[sealed(&a()), sealed(&b()), sealed(&a())]);
		let until = judging_until(0);
		assert_eq!(until, System::block_number() + REVEAL.min(COMMIT));
		System::assert_has_event(Event::JudgingOpened { job: 0, judges: 3, until }.into());
		assert_ok!(judge(0, ps[0], bits(0, &ps)));
		assert_ok!(judge(0, ps[1], bits(0, &ps)));
		System::assert_last_event(Event::Judged { job: 0, provider: ps[1] }.into());
		assert_eq!(judging_until(0), until, "the round waits for its last judge");
		assert_ok!(judge(0, ps[2], bits(0, &ps)));
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
		let result = crate::Results::<Test>::get(0).expect("a result");
		assert_eq!(privacy::open_output(&CONTENT, &result).unwrap(), a());
		for p in &ps {
			assert!(paid(*p), "every seat agreed");
			assert_eq!(bond(*p), BOND);
		}
		assert_eq!(
			Judgements::<Test>::get(0).into_inner(),
			(0..3).map(|i| Judgement { seat: i, agrees: Some(0b111) }).collect::<Vec<_>>()
		);
		let chain = everything_on_chain();
		for needle in [input().into_inner(), a(), b()] {
			assert!(!chain.iter().any(|v| contains(v, &needle)), "plaintext on chain");
		}
		assert!(!chain.iter().any(|v| contains(v, &CONTENT)), "the content key on chain");
	});
}

#[test]
fn sealed_outputs_alike_are_voted_on_without_judging() {
	test(|| {
		let ps = quorum_job();
		commit_then_reveal(0, &ps, &[sealed(&a()), sealed(&a()), sealed(&a())]);
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
		assert!(Judgements::<Test>::get(0).is_empty());
		assert!(ps.iter().all(|p| paid(*p)));
	});
}

#[test]
fn a_judge_that_denies_the_other_outputs_cuts_only_its_own_agreements() {
	test(|| {
		let ps = quorum_job();
		commit_then_reveal(0, &ps, &[sealed(&a()), sealed(&a()), sealed(&b())]);
		judging_until(0);
		assert_ok!(judge(0, ps[0], bits(0, &ps)));
		assert_ok!(judge(0, ps[1], bits(0, &ps)));
		// Its own output is right, and the others said so: its word against theirs cuts it off
		// (an output alike as sealed bytes to another's would agree with it without a word).
		assert_ok!(judge(0, ps[2], bits(0, &ps[2..])));
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
		assert!(paid(ps[0]) && paid(ps[1]), "two honest seats still agree");
		assert_eq!((bond(ps[0]), bond(ps[1])), (BOND, BOND));
		assert_eq!(bond(ps[2]), BOND - WRONG_SLASH);
		System::assert_has_event(
			Event::ProviderSlashed {
				job: 0,
				provider: ps[2],
				amount: WRONG_SLASH,
				reason: SlashReason::WrongOutput,
			}
			.into(),
		);
	});
}

#[test]
fn a_wrong_output_agrees_with_nobody_whatever_its_seat_says() {
	test(|| {
		let ps = quorum_job();
		commit_then_reveal(0, &ps, &[sealed(&a()), sealed(&b()), sealed(&wrong())]);
		judging_until(0);
		assert_ok!(judge(0, ps[0], bits(0, &ps[..2])));
		assert_ok!(judge(0, ps[1], bits(0, &ps[..2])));
		assert_ok!(judge(0, ps[2], bits(0, &ps)));
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
		assert!(paid(ps[0]) && paid(ps[1]));
		assert_eq!(bond(ps[2]), BOND - WRONG_SLASH);
	});
}

#[test]
fn two_colluding_seats_of_three_win_as_in_any_quorum_and_the_honest_one_is_slashed() {
	// What verdicts cannot do: a colluding majority outvotes the honest seat, exactly as it
	// does with public outputs. Redundancy assumes a majority is honest.
	test(|| {
		let ps = quorum_job();
		commit_then_reveal(0, &ps, &[sealed(&wrong()), sealed(&wrong()), sealed(&a())]);
		// The colluders' sealed bytes are alike: they agree without a verdict.
		assert!(matches!(job(0).phase, Phase::Judging { .. }));
		assert_ok!(judge(0, ps[2], bits(0, &ps[2..])));
		assert_ok!(judge(0, ps[0], bits(0, &ps)));
		assert_ok!(judge(0, ps[1], bits(0, &ps)));
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
		assert_eq!(bond(ps[2]), BOND - WRONG_SLASH);
	});
}

#[test]
fn a_judge_that_says_nothing_agrees_with_nobody_and_the_round_settles_at_its_deadline() {
	test(|| {
		let ps = quorum_job();
		commit_then_reveal(0, &ps, &[sealed(&a()), sealed(&a()), sealed(&b())]);
		let until = judging_until(0);
		assert_ok!(judge(0, ps[0], bits(0, &ps)));
		assert_ok!(judge(0, ps[1], bits(0, &ps)));
		run_to_block(until - 1);
		assert!(matches!(job(0).phase, Phase::Judging { .. }));
		run_to_block(until);
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
		assert!(paid(ps[0]) && paid(ps[1]));
		assert_eq!(bond(ps[2]), BOND - WRONG_SLASH, "as if it had withheld its reveal");
		// Too late now.
		assert_noop!(judge(0, ps[2], bits(0, &ps)), Error::<Test>::NotJudging);
	});
}

#[test]
fn verdicts_come_only_from_the_judging_rounds_seats_that_revealed_an_output_once() {
	test(|| {
		let ps = quorum_job();
		assert_noop!(judge(0, ps[0], 0b111), Error::<Test>::NotJudging);
		let timeout = failed(FailureKind::Timeout);
		assert_ok!(commit(0, ps[0], &sealed(&a())));
		assert_ok!(commit(0, ps[1], &sealed(&b())));
		assert_ok!(commit_outcome(0, ps[2], &timeout));
		assert_ok!(reveal(0, ps[0], &sealed(&a())));
		assert_ok!(reveal(0, ps[1], &sealed(&b())));
		assert_noop!(judge(0, ps[0], 0b111), Error::<Test>::NotJudging);
		assert_ok!(reveal_outcome(0, ps[2], timeout));
		let until = judging_until(0);
		System::assert_has_event(Event::JudgingOpened { job: 0, judges: 2, until }.into());
		assert_noop!(judge(0, ps[2], 0b111), Error::<Test>::NotAJudge);
		let outsider = *PROVIDERS.iter().find(|p| !ps.contains(p)).unwrap();
		assert_noop!(judge(0, outsider, 0b111), Error::<Test>::NotAssigned);
		assert_noop!(judge(0, USER, 0b111), Error::<Test>::NotAssigned);
		assert_noop!(judge(7, ps[0], 0b111), Error::<Test>::UnknownJob);
		assert_ok!(judge(0, ps[0], bits(0, &ps[..2])));
		assert_noop!(judge(0, ps[0], 0), Error::<Test>::AlreadyJudged);
		// Bits above the job's assignments name nobody.
		assert_ok!(judge(0, ps[1], u64::MAX));
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
		assert!(paid(ps[0]) && paid(ps[1]));
	});
}

/// An audited private job of a `Tolerance` model: P1 primary revealing `primary`, its auditor
/// revealing `audit`; each judges with the verdicts `verdicts` gives for it (the auditor's
/// account given), and the job escalates; its referees reveal `referees` and say every output
/// agrees. Returns the auditor.
fn escalated(
	primary: Vec<u8>,
	audit: Vec<u8>,
	verdicts: impl Fn(AccountId, AccountId) -> u64,
	referees: Vec<u8>,
) -> AccountId {
	private_job_of(TOLERANCE, Tier::Audited);
	register_keys(&[P4]);
	draw(0, |c| c == [(P1, 1)]);
	assert_ok!(give_keys(0, &[P1]));
	assert_ok!(commit(0, P1, &sealed(&primary)));
	run_audit(0, true, Perbill::one());
	let auditor = of_role(0, Role::Auditor)[0];
	assert_ok!(give_keys(0, &[auditor]));
	assert_ok!(commit(0, auditor, &sealed(&audit)));
	assert_ok!(reveal(0, P1, &sealed(&primary)));
	assert_ok!(reveal(0, auditor, &sealed(&audit)));
	System::assert_has_event(
		Event::JudgingOpened { job: 0, judges: 2, until: judging_until(0) }.into(),
	);
	assert_ok!(judge(0, P1, verdicts(P1, auditor)));
	assert_ok!(judge(0, auditor, verdicts(auditor, auditor)));
	let Phase::Escalating { at, .. } = job(0).phase else { panic!("escalated") };
	run_to_block(at);
	let drawn = of_role(0, Role::Referee);
	assert!(!drawn.is_empty());
	assert_ok!(give_keys(0, &drawn));
	commit_then_reveal(0, &drawn, &vec![sealed(&referees); drawn.len()]);
	// The referees' outputs differ from the primary's or the auditor's bytes: they judge.
	judging_until(0);
	let all: Vec<AccountId> = job(0).assignments.iter().map(|a| a.provider).collect();
	for r in &drawn {
		assert_ok!(judge(0, *r, bits(0, &all)));
	}
	assert!(matches!(job(0).phase, Phase::Completed { .. }));
	for r in &drawn {
		assert_eq!(bond(*r), BOND);
	}
	auditor
}

#[test]
fn an_auditor_that_denies_the_primarys_right_output_is_not_paid_and_the_primary_is() {
	test(|| {
		// Its output is within tolerance of the primary's; it says it is not.
		let auditor = escalated(
			a(),
			b(),
			|who, auditor| {
				if who == auditor {
					bits(0, &[auditor])
				} else {
					bits(0, &[P1, auditor])
				}
			},
			b(),
		);
		assert_eq!(bond(P1), BOND, "the primary was right");
		assert_eq!(Balances::free_balance(P1), ENDOWMENT - BOND + PRICE);
		assert_eq!(bond(auditor), BOND, "not slashed: tolerance is not transitive");
		assert_eq!(
			Balances::free_balance(auditor),
			ENDOWMENT - BOND,
			"not paid: its false denial forced the escalation"
		);
	});
}

#[test]
fn a_primary_that_truly_denies_an_output_at_the_edge_of_tolerance_is_never_slashed() {
	// Tolerance is not transitive: the auditor's output is 2e-6 from the primary's (outside the
	// 1.25e-6 bound at 0.25), the referees' 1e-6 from each (inside). The primary's "no" is
	// true; the referees find both right. The primary is neither slashed nor, here, paid.
	test(|| {
		let edge = floats(&[0.250_002, 0.75]);
		let middle = floats(&[0.250_001, 0.75]);
		assert!(!TOLERANCE.agree(&a(), &edge) && TOLERANCE.agree(&a(), &middle));
		assert!(TOLERANCE.agree(&edge, &middle));
		let auditor = escalated(
			a(),
			edge,
			|who, auditor| if who == auditor { bits(0, &[P1, auditor]) } else { bits(0, &[P1]) },
			middle,
		);
		assert_eq!(bond(P1), BOND);
		assert_eq!(bond(auditor), BOND);
	});
}

#[test]
fn a_failing_private_tolerance_job_pays_the_outputs_nobody_judged() {
	// Sealed bytes of agreeing outputs differ under `Tolerance`: outputs revealed before the
	// job failed, unjudged, are taken to agree (the submitter can read them all the same).
	test(|| {
		private_job_of(TOLERANCE, Tier::Quorum { redundancy: 5 });
		draw(0, |c| c.len() == 3 && c.iter().any(|(_, n)| *n == 3));
		let seats = crate::mock::seats(0);
		let ps: Vec<AccountId> = seats.iter().map(|(p, _)| *p).collect();
		assert_ok!(give_keys(0, &ps));
		let big = seats.iter().find(|(_, n)| *n == 3).unwrap().0;
		let small: Vec<AccountId> = ps.iter().copied().filter(|p| *p != big).collect();
		let outputs = [a(), b()];
		for (p, o) in small.iter().zip(&outputs) {
			assert_ok!(commit(0, *p, &sealed(o)));
		}
		assert_ok!(commit(0, big, &sealed(&a())));
		for (p, o) in small.iter().zip(&outputs) {
			assert_ok!(reveal(0, *p, &sealed(o)));
		}
		// The holder of three seats of five keeps its reveal: two seats revealed, three needed.
		let Phase::Revealing { until } = job(0).phase else { panic!("revealing") };
		run_to_block(until);
		assert!(matches!(
			job(0).phase,
			Phase::Failed { reason: crate::FailReason::TooFewReveals, .. }
		));
		for p in &small {
			assert!(paid(*p), "its output was revealed");
		}
		assert!(bond(big) < BOND, "it withheld its reveal");
	});
}

#[test]
fn a_primary_the_referees_find_wrong_is_slashed_and_the_auditor_that_said_so_is_paid() {
	test(|| {
		private_job_of(TOLERANCE, Tier::Audited);
		register_keys(&[P4]);
		draw(0, |c| c == [(P1, 1)]);
		assert_ok!(give_keys(0, &[P1]));
		assert_ok!(commit(0, P1, &sealed(&wrong())));
		run_audit(0, true, Perbill::one());
		let auditor = of_role(0, Role::Auditor)[0];
		assert_ok!(give_keys(0, &[auditor]));
		assert_ok!(commit(0, auditor, &sealed(&a())));
		assert_ok!(reveal(0, P1, &sealed(&wrong())));
		assert_ok!(reveal(0, auditor, &sealed(&a())));
		// The lying primary says the auditor agrees; the auditor does not.
		assert_ok!(judge(0, P1, bits(0, &[P1, auditor])));
		assert_ok!(judge(0, auditor, bits(0, &[auditor])));
		let Phase::Escalating { at, .. } = job(0).phase else { panic!("escalated") };
		run_to_block(at);
		let referees = of_role(0, Role::Referee);
		assert_ok!(give_keys(0, &referees));
		commit_then_reveal(0, &referees, &vec![sealed(&b()); referees.len()]);
		for r in &referees {
			let right: Vec<AccountId> = referees.iter().copied().chain([auditor]).collect();
			assert_ok!(judge(0, *r, bits(0, &right)));
		}
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
		assert_eq!(bond(P1), BOND - WRONG_SLASH);
		assert_eq!(bond(auditor), BOND);
		assert_eq!(Balances::free_balance(auditor), ENDOWMENT - BOND + PRICE);
	});
}

#[test]
fn a_private_tolerance_result_cannot_be_challenged() {
	test(|| {
		let ps = quorum_job();
		commit_then_reveal(0, &ps, &[sealed(&a()), sealed(&a()), sealed(&a())]);
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
		assert_noop!(
			Jobs::challenge(RuntimeOrigin::signed(USER), 0),
			Error::<Test>::PrivateNotSupported
		);
	});
}

#[test]
fn verdicts_are_provider_work_ranked_first_while_the_judge_has_them_to_give() {
	use crate::priority::{Seat, Work};
	test(|| {
		let ps = quorum_job();
		let call = crate::Call::<Test>::judge { job: 0, agrees: 0b111 };
		assert_eq!(Jobs::provider_work(&call), Some((Work::Judge, vec![0])));
		let seat = |p: AccountId| Jobs::seat(&p, 0, Work::Judge);
		assert_eq!(seat(ps[0]), Seat::Missing, "nothing revealed yet: the call would refuse it");
		commit_then_reveal(0, &ps, &[sealed(&a()), sealed(&a()), sealed(&b())]);
		assert_eq!(seat(ps[0]), Seat::Open);
		let outsider = *PROVIDERS.iter().find(|p| !ps.contains(p)).unwrap();
		assert_eq!(seat(outsider), Seat::Missing);
		assert_ok!(judge(0, ps[0], bits(0, &ps)));
		assert_eq!(seat(ps[0]), Seat::Done);
		assert_ok!(judge(0, ps[1], bits(0, &ps)));
		assert_ok!(judge(0, ps[2], bits(0, &ps)));
		assert_eq!(seat(ps[2]), Seat::Closed, "the round is over");
	});
}
