//! Private jobs (`crate::private`, docs/privacy.md): only providers with an encryption key are
//! drawn, only the seat holders get the content key, the chain compares sealed outputs, and
//! nobody is slashed for an input they could not read — nor can a submitter read outputs for
//! free by withholding keys.

use crate::{
	audit_tests::{job, of_role, run_audit},
	mock::*,
	Audit, Error, Event, FailReason, Jobs as JobsMap, Phase, PrivateJobs, Role, SeatKeys,
};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use pallet_providers::{EncryptionKeys, HoldReason as ProviderHold};
use sp_runtime::Perbill;
use verity_primitives::{
	privacy::{self, SecretKey},
	ComparisonRule, FailureKind,
};

/// The content key of every private job here, and the secret its keys are wrapped with.
pub(crate) const CONTENT: SecretKey = [42; 32];
const EPHEMERAL: SecretKey = [43; 32];

pub(crate) fn bond(who: AccountId) -> Balance {
	Balances::balance_on_hold(&ProviderHold::ProviderBond.into(), &who)
}

/// Provider `p`'s x25519 secret in these tests.
pub(crate) fn secret_of(p: AccountId) -> SecretKey {
	[p as u8; 32]
}

/// Registers the encryption keys of `ps`.
pub(crate) fn register_keys(ps: &[AccountId]) {
	for p in ps {
		assert_ok!(Providers::set_encryption_key(
			RuntimeOrigin::signed(*p),
			privacy::public_key(&secret_of(*p)),
			0
		));
	}
}

fn plain_output() -> Vec<u8> {
	floats(&[0.25, 0.75])
}

/// What an honest provider reveals: the output sealed under the job's key.
fn sealed_output() -> Vec<u8> {
	privacy::seal_output(&CONTENT, &plain_output())
}

/// A model compared `Exact` with four providers, P1..P3 with encryption keys (not P4), and a
/// private job 0 of `tier` from USER whose sealed input is stored; the model.
fn private_job(tier: crate::Tier) -> u32 {
	private_job_of(ComparisonRule::Exact, tier)
}

/// As [`private_job`], of a model compared by `rule`.
pub(crate) fn private_job_of(rule: ComparisonRule, tier: crate::Tier) -> u32 {
	let m = setup(rule);
	register_keys(&[P1, P2, P3]);
	let sealed = privacy::seal(&CONTENT, b"input", &input());
	let hash = store_blob(&sealed, 10_000);
	assert_ok!(Jobs::submit_private(
		RuntimeOrigin::signed(USER),
		m,
		hash,
		sealed.len() as u32,
		privacy::key_commitment(&CONTENT),
		10_000,
		tier
	));
	m
}

/// The wraps of job `id`'s content key for `ps`, in order.
pub(crate) fn wraps(
	id: u64,
	ps: &[AccountId],
) -> BoundedVec<privacy::WrappedKey, <Test as crate::Config>::MaxRedundancy> {
	ps.iter()
		.map(|p| {
			privacy::wrap(&CONTENT, &EPHEMERAL, &privacy::public_key(&secret_of(*p)), id).unwrap()
		})
		.collect::<Vec<_>>()
		.try_into()
		.unwrap()
}

pub(crate) fn give_keys(id: u64, ps: &[AccountId]) -> sp_runtime::DispatchResult {
	Jobs::provide_keys(
		RuntimeOrigin::signed(USER),
		id,
		privacy::public_key(&EPHEMERAL),
		wraps(id, ps),
	)
}

/// What provider `p`'s worker makes of job `id`: the content key it unwraps and the input it
/// opens with it.
fn open_as(id: u64, p: AccountId) -> (SecretKey, Vec<u8>) {
	let seat = SeatKeys::<Test>::get(id, p).expect("a key for the seat");
	let commitment = PrivateJobs::<Test>::get(id).unwrap().key_commitment;
	let key = privacy::unwrap(&seat.wrapped, &seat.ephemeral, &secret_of(p), id, &commitment)
		.expect("opens");
	let sealed = privacy::seal(&CONTENT, b"input", &input());
	(key, privacy::open(&key, b"input", &sealed).expect("the input opens"))
}

/// Every value in storage, and every event, as bytes.
pub(crate) fn everything_on_chain() -> Vec<Vec<u8>> {
	let mut all = Vec::new();
	let mut key = Vec::new();
	while let Some(next) = sp_io::storage::next_key(&key) {
		all.push(sp_io::storage::get(&next).map(|v| v.to_vec()).unwrap_or_default());
		key = next;
	}
	all.extend(System::events().iter().map(|e| e.encode()));
	all
}

pub(crate) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
	haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn a_private_job_completes_on_sealed_outputs_with_its_input_and_output_nowhere_on_chain() {
	test(|| {
		private_job(Q3);
		draw_distinct(0);
		let ps = assigned(0);
		assert!(!ps.contains(&P4), "a provider without an encryption key is never drawn");
		assert_ok!(give_keys(0, &ps));
		System::assert_last_event(Event::KeysProvided { job: 0, providers: 3 }.into());
		for p in &ps {
			let (key, opened) = open_as(0, *p);
			assert_eq!(key, CONTENT);
			assert_eq!(opened, input().into_inner(), "each seat holder reads the input");
		}
		// A provider not drawn cannot open any seat's key.
		let seat = SeatKeys::<Test>::get(0, ps[0]).unwrap();
		let commitment = PrivateJobs::<Test>::get(0).unwrap().key_commitment;
		assert!(privacy::unwrap(&seat.wrapped, &seat.ephemeral, &secret_of(P4), 0, &commitment)
			.is_err());

		commit_then_reveal(0, &ps, &[sealed_output(), sealed_output(), sealed_output()]);
		assert!(matches!(JobsMap::<Test>::get(0).unwrap().phase, Phase::Completed { .. }));
		let result = crate::Results::<Test>::get(0).expect("a result");
		assert_eq!(result.to_vec(), sealed_output());
		assert_eq!(privacy::open_output(&CONTENT, &result).unwrap(), plain_output());
		// The runtime API shows no tensors of it (`jobsApi.tensors`), whatever the sealed bytes.
		assert_eq!(Jobs::job_tensors(0), Some(crate::JobTensors { input: None, output: None }));
		for p in &ps {
			assert_eq!(bond(*p), BOND);
		}
		// Neither the input nor the output is anywhere in storage or in an event.
		let chain = everything_on_chain();
		assert!(!chain.is_empty());
		for needle in [input().into_inner(), plain_output()] {
			assert!(!chain.iter().any(|v| contains(v, &needle)), "plaintext on chain");
		}
		assert!(!chain.iter().any(|v| contains(v, &CONTENT)), "the content key on chain");
	});
}

#[test]
fn a_submitter_that_gives_no_keys_gets_its_job_failed_and_refunded_and_nobody_is_slashed() {
	test(|| {
		private_job(Q3);
		draw_distinct(0);
		let Phase::Committing { until } = JobsMap::<Test>::get(0).unwrap().phase else {
			panic!("committing")
		};
		run_to_block(until);
		assert_eq!(
			JobsMap::<Test>::get(0).unwrap().phase,
			Phase::Failed { at: until, reason: FailReason::TooFewCommits }
		);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT, "refunded in full");
		for p in PROVIDERS {
			assert_eq!(bond(p), BOND, "nobody slashed");
		}
	});
}

#[test]
fn seat_holders_given_their_key_that_do_not_show_are_slashed_as_in_any_job() {
	test(|| {
		private_job(Q3);
		draw_distinct(0);
		let ps = assigned(0);
		assert_ok!(give_keys(0, &ps));
		assert_ok!(commit(0, ps[0], &sealed_output()));
		assert_ok!(commit(0, ps[1], &sealed_output()));
		let Phase::Committing { until } = JobsMap::<Test>::get(0).unwrap().phase else {
			panic!("committing")
		};
		run_to_block(until);
		assert_ok!(reveal(0, ps[0], &sealed_output()));
		assert_ok!(reveal(0, ps[1], &sealed_output()));
		assert!(matches!(JobsMap::<Test>::get(0).unwrap().phase, Phase::Completed { .. }));
		assert_eq!(bond(ps[2]), BOND - NO_SHOW_SLASH, "it had its key");
		assert_eq!((bond(ps[0]), bond(ps[1])), (BOND, BOND));
	});
}

#[test]
fn a_provider_that_cannot_read_the_input_is_neither_paid_nor_slashed() {
	test(|| {
		private_job(Q3);
		draw_distinct(0);
		let ps = assigned(0);
		assert_ok!(give_keys(0, &ps));
		let free = Balances::free_balance(ps[2]);
		let unavailable = failed(FailureKind::InputUnavailable);
		assert_ok!(commit(0, ps[0], &sealed_output()));
		assert_ok!(commit(0, ps[1], &sealed_output()));
		assert_ok!(commit_outcome(0, ps[2], &unavailable));
		assert_ok!(reveal(0, ps[0], &sealed_output()));
		assert_ok!(reveal(0, ps[1], &sealed_output()));
		assert_ok!(reveal_outcome(0, ps[2], unavailable));
		assert!(matches!(JobsMap::<Test>::get(0).unwrap().phase, Phase::Completed { .. }));
		assert_eq!(bond(ps[2]), BOND, "not slashed: the chain cannot tell whose fault it was");
		assert_eq!(Balances::free_balance(ps[2]), free, "and not paid");
		assert_eq!(Balances::free_balance(ps[0]), ENDOWMENT - BOND + PRICE);
	});
}

#[test]
fn when_most_of_the_committee_could_not_read_the_input_nobody_is_slashed_and_outputs_read_are_paid()
{
	test(|| {
		private_job(Q3);
		draw_distinct(0);
		let ps = assigned(0);
		assert_ok!(give_keys(0, &ps));
		let unavailable = failed(FailureKind::InputUnavailable);
		assert_ok!(commit_outcome(0, ps[0], &unavailable));
		assert_ok!(commit_outcome(0, ps[1], &unavailable));
		assert_ok!(commit(0, ps[2], &sealed_output()));
		assert_ok!(reveal_outcome(0, ps[0], unavailable.clone()));
		assert_ok!(reveal_outcome(0, ps[1], unavailable));
		assert_ok!(reveal(0, ps[2], &sealed_output()));
		let j = JobsMap::<Test>::get(0).unwrap();
		assert!(matches!(j.phase, Phase::Failed { reason: FailReason::KeysUnusable, .. }));
		for p in PROVIDERS {
			assert_eq!(bond(p), BOND, "nobody slashed");
		}
		// The output revealed is paid: the submitter could read it.
		assert_eq!(Balances::free_balance(ps[2]), ENDOWMENT - BOND + PRICE);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - PRICE);
		assert_eq!(escrow(USER), 0);
	});
}

#[test]
fn a_submitter_that_withholds_the_auditors_keys_pays_for_the_output_it_read() {
	test(|| {
		private_job(crate::Tier::Audited);
		draw(0, |c| c == [(P1, 1)]);
		assert_ok!(give_keys(0, &[P1]));
		assert_ok!(commit(0, P1, &sealed_output()));
		run_audit(0, true, Perbill::one());
		assert_eq!(job(0).audit, Audit::Audited);
		let auditor = of_role(0, Role::Auditor)[0];
		// The submitter gives the auditor nothing: the auditor cannot commit, the primary
		// reveals, and with no auditor's word the job ends: referees would work for slashes
		// nobody owes.
		let Phase::Committing { until } = job(0).phase else { panic!("auditors commit") };
		run_to_block(until);
		assert_ok!(reveal(0, P1, &sealed_output()));
		assert!(matches!(job(0).phase, Phase::Failed { reason: FailReason::KeysUnusable, .. }));
		assert!(of_role(0, Role::Referee).is_empty(), "no referees drawn");
		for p in PROVIDERS {
			assert_eq!(bond(p), BOND, "nobody slashed: the auditor had no key");
		}
		assert_ne!(auditor, P1);
		assert_eq!(Balances::free_balance(P1), ENDOWMENT - BOND + PRICE, "the primary is paid");
		assert_eq!(escrow(USER), 0);
	});
}

#[test]
fn keys_are_given_by_the_submitter_once_a_round_in_time_to_providers_with_keys() {
	test(|| {
		let m = private_job(Q3);
		// Before the draw there is nobody to give them to.
		assert_noop!(give_keys(0, &[P1, P2, P3]), Error::<Test>::NoKeysToGive);
		draw_distinct(0);
		let ps = assigned(0);
		assert_noop!(
			Jobs::provide_keys(RuntimeOrigin::signed(P1), 0, [1; 32], wraps(0, &ps)),
			Error::<Test>::NotSubmitter
		);
		assert_noop!(give_keys(0, &ps[..2]), Error::<Test>::WrongKeyCount);
		assert_noop!(give_keys(9, &ps), Error::<Test>::UnknownJob);
		// A provider that dropped its key after the draw.
		let dropped = EncryptionKeys::<Test>::take(ps[1]).unwrap();
		assert_noop!(give_keys(0, &ps), Error::<Test>::NoEncryptionKey);
		EncryptionKeys::<Test>::insert(ps[1], dropped);
		assert_ok!(give_keys(0, &ps));
		assert_noop!(give_keys(0, &ps), Error::<Test>::NoKeysToGive);
		// A job that is not private.
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3));
		draw_distinct(1);
		assert_noop!(give_keys(1, &assigned(1)), Error::<Test>::NotPrivate);
	});
}

#[test]
fn keys_given_after_half_the_commit_period_are_refused() {
	test(|| {
		private_job(Q3);
		draw_distinct(0);
		let ps = assigned(0);
		let Phase::Committing { until } = JobsMap::<Test>::get(0).unwrap().phase else {
			panic!("committing")
		};
		run_to_block(until - COMMIT / 2 + 1);
		assert_noop!(give_keys(0, &ps), Error::<Test>::KeysTooLate);
	});
}

#[test]
fn private_jobs_take_models_that_do_not_generate_and_sealed_inputs_of_the_right_length() {
	test(|| {
		let m = crate::generation_tests::register_generator();
		let sealed = privacy::seal(&CONTENT, b"input", &input());
		let hash = store_blob(&sealed, 10_000);
		let submit = |m, len| {
			Jobs::submit_private(
				RuntimeOrigin::signed(USER),
				m,
				hash,
				len,
				privacy::key_commitment(&CONTENT),
				10_000,
				Q3,
			)
		};
		assert_noop!(submit(m, sealed.len() as u32), Error::<Test>::PrivateNotSupported);
		let exact = register_model(3, ComparisonRule::Exact);
		register_providers(exact);
		assert_noop!(submit(exact, sealed.len() as u32 + 1), Error::<Test>::InputNotStored);
		assert_ok!(submit(exact, sealed.len() as u32));
		// `Tolerance` models too: `crate::judging_tests`.
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - escrow(USER));
	});
}

#[test]
fn a_cancelled_or_pruned_private_job_leaves_no_keys_behind() {
	test(|| {
		private_job(Q3);
		assert_ok!(Jobs::cancel(RuntimeOrigin::signed(USER), 0));
		assert!(PrivateJobs::<Test>::get(0).is_none());

		let sealed = privacy::seal(&CONTENT, b"input", &input());
		let hash = store_blob(&sealed, 10_000);
		assert_ok!(Jobs::submit_private(
			RuntimeOrigin::signed(USER),
			0,
			hash,
			sealed.len() as u32,
			privacy::key_commitment(&CONTENT),
			10_000,
			Q3
		));
		draw_distinct(1);
		let ps = assigned(1);
		assert_ok!(give_keys(1, &ps));
		commit_then_reveal(1, &ps, &[sealed_output(), sealed_output(), sealed_output()]);
		run_to_block(System::block_number() + RETENTION + 1);
		assert!(JobsMap::<Test>::get(1).is_none(), "pruned");
		assert!(PrivateJobs::<Test>::get(1).is_none());
		assert!(ps.iter().all(|p| !SeatKeys::<Test>::contains_key(1, p)));
	});
}

#[test]
fn a_primary_that_cannot_read_the_input_ends_the_job_instead_of_sending_it_to_unpaid_referees() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		register_keys(&[P1, P2, P3, P4]);
		let sealed = privacy::seal(&CONTENT, b"input", &input());
		let hash = store_blob(&sealed, 10_000);
		assert_ok!(Jobs::submit_private(
			RuntimeOrigin::signed(USER),
			m,
			hash,
			sealed.len() as u32,
			privacy::key_commitment(&CONTENT),
			10_000,
			crate::Tier::Audited
		));
		draw(0, |c| c == [(P1, 1)]);
		assert_ok!(give_keys(0, &[P1]));
		let unavailable = failed(FailureKind::InputUnavailable);
		assert_ok!(commit_outcome(0, P1, &unavailable));
		run_audit(0, true, Perbill::one());
		let auditor = of_role(0, Role::Auditor)[0];
		assert_ok!(give_keys(0, &[auditor]));
		assert_ok!(commit(0, auditor, &sealed_output()));
		assert_ok!(reveal_outcome(0, P1, unavailable));
		assert_ok!(reveal(0, auditor, &sealed_output()));
		assert!(matches!(job(0).phase, Phase::Failed { reason: FailReason::KeysUnusable, .. }));
		assert!(of_role(0, Role::Referee).is_empty(), "no referees drawn");
		for p in PROVIDERS {
			assert_eq!(bond(p), BOND, "nobody slashed");
		}
		assert_eq!(Balances::free_balance(auditor), ENDOWMENT - BOND + PRICE, "its output paid");
		assert_eq!(Balances::free_balance(P1), ENDOWMENT - BOND, "could not read: not paid");
	});
}

#[test]
fn an_output_beside_a_seat_that_could_not_read_is_paid_when_the_job_fails() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		register_keys(&[P1, P2, P3]);
		let sealed = privacy::seal(&CONTENT, b"input", &input());
		let hash = store_blob(&sealed, 10_000);
		assert_ok!(Jobs::submit_private(
			RuntimeOrigin::signed(USER),
			m,
			hash,
			sealed.len() as u32,
			privacy::key_commitment(&CONTENT),
			10_000,
			crate::Tier::Quorum { redundancy: 2 }
		));
		draw(0, |c| c.len() == 2);
		let ps = assigned(0);
		assert_ok!(give_keys(0, &ps));
		// The submitter gave ps[1] a wrap that does not open: one output, one failure, no
		// quorum. It read ps[0]'s output: it pays for it.
		let unavailable = failed(FailureKind::InputUnavailable);
		assert_ok!(commit(0, ps[0], &sealed_output()));
		assert_ok!(commit_outcome(0, ps[1], &unavailable));
		assert_ok!(reveal(0, ps[0], &sealed_output()));
		assert_ok!(reveal_outcome(0, ps[1], unavailable));
		assert!(matches!(job(0).phase, Phase::Failed { .. }));
		assert_eq!(Balances::free_balance(ps[0]), ENDOWMENT - BOND + PRICE);
		assert_eq!((bond(ps[0]), bond(ps[1])), (BOND, BOND));
		assert_eq!(escrow(USER), 0);
	});
}

#[test]
fn only_providers_with_an_encryption_key_are_drawn_for_a_private_job() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		register_keys(&[P2]);
		let sealed = privacy::seal(&CONTENT, b"input", &input());
		let hash = store_blob(&sealed, 10_000);
		assert_ok!(Jobs::submit_private(
			RuntimeOrigin::signed(USER),
			m,
			hash,
			sealed.len() as u32,
			privacy::key_commitment(&CONTENT),
			10_000,
			Q3
		));
		draw(0, |_| true);
		assert_eq!(seats(0), vec![(P2, 3)], "every seat to the one provider with a key");
		// Nobody with a key: the job fails with a full refund.
		EncryptionKeys::<Test>::remove(P2);
		assert_ok!(Jobs::submit_private(
			RuntimeOrigin::signed(USER),
			m,
			hash,
			sealed.len() as u32,
			privacy::key_commitment(&CONTENT),
			10_000,
			Q3
		));
		let Phase::Assigning { at } = JobsMap::<Test>::get(1).unwrap().phase else { panic!() };
		run_to_block(at);
		assert!(matches!(
			JobsMap::<Test>::get(1).unwrap().phase,
			Phase::Failed { reason: FailReason::NoProviders, .. }
		));
	});
}

#[test]
fn a_seat_given_no_key_is_not_paid_for_what_it_reveals() {
	test(|| {
		private_job(crate::Tier::Audited);
		draw(0, |c| c == [(P1, 1)]);
		// No key given to anyone; the primary and its auditor commit and reveal bytes anyway.
		let junk = privacy::seal_output(&[1; 32], &plain_output());
		let free = Balances::free_balance(P1);
		assert_ok!(commit(0, P1, &junk));
		run_audit(0, true, Perbill::one());
		let auditor = of_role(0, Role::Auditor)[0];
		let auditor_free = Balances::free_balance(auditor);
		assert_ok!(commit(0, auditor, &junk));
		assert_ok!(reveal(0, P1, &junk));
		assert_ok!(reveal(0, auditor, &junk));
		assert!(matches!(job(0).phase, Phase::Failed { reason: FailReason::KeysUnusable, .. }));
		assert_eq!(Balances::free_balance(P1), free, "it could not have read the input: not paid");
		assert_eq!(Balances::free_balance(auditor), auditor_free, "nor its auditor");
		assert_eq!(Balances::free_balance(USER), ENDOWMENT, "refunded in full");
		assert_eq!(escrow(USER), 0);
		for p in PROVIDERS {
			assert_eq!(bond(p), BOND, "nobody slashed");
		}
	});
}

#[test]
fn a_colluding_seat_beside_one_that_could_not_read_does_not_leave_the_honest_output_unpaid() {
	test(|| {
		private_job(Q3);
		draw_distinct(0);
		let ps = assigned(0);
		assert_ok!(give_keys(0, &ps));
		// ps[1] says it cannot read (a bad wrap of the submitter's, or a lie); ps[2], the
		// submitter's accomplice, reveals another output: no quorum. The submitter read ps[0]'s
		// output, and pays for it.
		let unavailable = failed(FailureKind::InputUnavailable);
		let other = privacy::seal_output(&CONTENT, &floats(&[0.5, 0.5]));
		let unread = Balances::free_balance(ps[1]);
		assert_ok!(commit(0, ps[0], &sealed_output()));
		assert_ok!(commit_outcome(0, ps[1], &unavailable));
		assert_ok!(commit(0, ps[2], &other));
		assert_ok!(reveal(0, ps[0], &sealed_output()));
		assert_ok!(reveal_outcome(0, ps[1], unavailable));
		assert_ok!(reveal(0, ps[2], &other));
		assert!(matches!(job(0).phase, Phase::Failed { reason: FailReason::NoQuorum, .. }));
		assert_eq!(
			Balances::free_balance(ps[0]),
			ENDOWMENT - BOND + PRICE,
			"the honest seat is paid"
		);
		assert_eq!(Balances::free_balance(ps[1]), unread, "the seat that did not read is not");
		assert_eq!(
			Balances::free_balance(USER),
			ENDOWMENT - 2 * PRICE,
			"the submitter pays both outputs"
		);
		assert_eq!(escrow(USER), 0);
		for p in PROVIDERS {
			assert_eq!(bond(p), BOND, "nobody slashed");
		}
	});
}

#[test]
fn seats_given_their_key_late_that_do_not_commit_are_not_slashed() {
	test(|| {
		private_job(Q3);
		draw_distinct(0);
		let ps = assigned(0);
		let Phase::Committing { until } = job(0).phase else { panic!("committing") };
		// Fewer than three quarters of the commit period left: late, but not refused.
		run_to_block(until - COMMIT + COMMIT / 4 + 1);
		assert_ok!(give_keys(0, &ps));
		let p = PrivateJobs::<Test>::get(0).unwrap();
		assert!(p.keyed(Role::Member) && p.late(Role::Member));
		assert_ok!(commit(0, ps[0], &sealed_output()));
		assert_ok!(commit(0, ps[1], &sealed_output()));
		run_to_block(until);
		assert_ok!(reveal(0, ps[0], &sealed_output()));
		assert_ok!(reveal(0, ps[1], &sealed_output()));
		assert!(matches!(job(0).phase, Phase::Completed { .. }));
		assert_eq!(bond(ps[2]), BOND, "its key came late: not slashed for not committing");
		assert_eq!((bond(ps[0]), bond(ps[1])), (BOND, BOND));
	});
}

#[test]
fn keys_given_in_the_first_quarter_of_the_commit_period_are_on_time() {
	test(|| {
		private_job(Q3);
		draw_distinct(0);
		let ps = assigned(0);
		let Phase::Committing { until } = job(0).phase else { panic!("committing") };
		run_to_block(until - COMMIT + COMMIT / 4);
		assert_ok!(give_keys(0, &ps));
		let p = PrivateJobs::<Test>::get(0).unwrap();
		assert!(p.keyed(Role::Member) && !p.late(Role::Member));
	});
}
