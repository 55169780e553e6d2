//! Stories of inference jobs, from submission to settlement.

use crate::{
	mock::*, Error, Event, FailReason, Fee, Inputs, Jobs as JobsMap, Phase, Results, Reveals,
	SlashReason,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{GetDispatchInfo, Pays},
	traits::fungible::InspectHold,
};
use pallet_providers::HoldReason as ProviderHold;
use sp_runtime::{DispatchError, Perbill, TokenError};
use verity_primitives::{ComparisonRule, FailureKind};

/// What a job of three seats at PRICE holds: their prices, the royalty and 10 % of 300.
const TOTAL_FEE: Balance = 3 * PRICE + ROYALTY + 30;
/// The block the committee of a job submitted in block 1 is drawn in.
const DRAWN: u64 = 3;

fn submit(who: AccountId, model: u32) -> sp_runtime::DispatchResult {
	Jobs::submit(RuntimeOrigin::signed(who), model, input(), 10_000, Q3)
		.map(|_| ())
		.map_err(|e| e.error)
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

/// Submits job 0 from USER, draws one seat for each of three providers and returns them.
fn job_with_providers(rule: ComparisonRule) -> (u32, Vec<AccountId>) {
	let m = setup(rule);
	assert_ok!(submit(USER, m));
	draw_distinct(0);
	(m, assigned(0))
}

#[test]
fn a_job_is_drawn_paid_and_settled() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		// Submitted: the most it can cost is held; nobody is drawn yet.
		assert_eq!(escrow(USER), TOTAL_FEE);
		assert_eq!(phase(0), Phase::Assigning { at: DRAWN });
		assert!(assigned(0).is_empty());
		System::assert_last_event(
			Event::JobSubmitted {
				job: 0,
				submitter: USER,
				model: m,
				fee: TOTAL_FEE,
				assign_at: DRAWN,
			}
			.into(),
		);

		draw_distinct(0);
		let ps = assigned(0);
		assert_eq!(ps.len(), 3);
		assert!(ps.iter().all(|p| PROVIDERS.contains(p)));
		let job = JobsMap::<Test>::get(0).unwrap();
		assert_eq!(job.fee, Fee { compute: 300, royalty: ROYALTY, protocol: 30 });
		assert_eq!(job.phase, Phase::Committing { until: DRAWN + COMMIT });
		System::assert_has_event(
			Event::JobAssigned {
				job: 0,
				providers: ps.iter().map(|p| (*p, 1)).collect::<Vec<_>>().try_into().unwrap(),
				commit_until: DRAWN + COMMIT,
				fee: TOTAL_FEE,
			}
			.into(),
		);
		for p in &ps {
			assert_eq!(Jobs::jobs_of(p), vec![0], "its work, found through the deadlines");
		}

		let treasury_before = Balances::free_balance(TREASURY);
		for p in &ps {
			assert_ok!(commit(0, *p, &good()));
		}
		assert_eq!(phase(0), Phase::Revealing { until: DRAWN + REVEAL });
		System::assert_has_event(
			Event::CommitsClosed { job: 0, commits: 3, reveal_until: DRAWN + REVEAL }.into(),
		);
		for p in &ps {
			assert_ok!(reveal(0, *p, &good()));
		}
		assert_eq!(phase(0), Phase::Completed { at: DRAWN });
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
			assert!(Jobs::jobs_of(p).is_empty());
		}
		assert_eq!(Balances::free_balance(BEN1), 30);
		assert_eq!(Balances::free_balance(BEN2), 30);
		assert_eq!(Balances::free_balance(TREASURY), treasury_before + 30);
		// The input and reveals stay for a challenge; the result for clients.
		assert!(Inputs::<Test>::get(0).is_some());
		assert_eq!(Reveals::<Test>::iter_prefix(0).count(), 3);

		// All are kept for the retention period, then pruned.
		run_to_block(DRAWN + RETENTION - 1);
		assert!(Results::<Test>::get(0).is_some());
		run_to_block(DRAWN + RETENTION);
		assert!(JobsMap::<Test>::get(0).is_none());
		assert!(Results::<Test>::get(0).is_none());
		assert!(Inputs::<Test>::get(0).is_none());
		assert_eq!(Reveals::<Test>::iter_prefix(0).count(), 0);
	});
}

#[test]
fn submit_refusals_keep_funds_where_they_were() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_noop!(submit(USER, 9), Error::<Test>::ModelUnavailable);
		let bad_input = floats(&[1.0, 2.0]).try_into().unwrap();
		assert_noop!(
			Jobs::submit(RuntimeOrigin::signed(USER), m, bad_input, 10_000, Q3),
			Error::<Test>::InputMismatch
		);
		assert_noop!(
			Jobs::submit(RuntimeOrigin::signed(USER), m, input(), TOTAL_FEE - 1, Q3),
			Error::<Test>::FeeAboveMax
		);
		assert_noop!(submit(POOR, m), DispatchError::Token(TokenError::FundsUnavailable));

		let nobody = register_model(2, ComparisonRule::Exact);
		assert_noop!(submit(USER, nobody), Error::<Test>::NotEnoughProviders);
		// A provider does not serve itself.
		let mine = register_model(3, ComparisonRule::Exact);
		assert_ok!(Providers::update(
			RuntimeOrigin::signed(P1),
			PRICE,
			Some(vec![m, mine].try_into().unwrap())
		));
		assert_noop!(submit(P1, mine), Error::<Test>::NotEnoughProviders);

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
fn stored_inputs_must_be_stored_with_their_length_and_kept_long_enough() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let data = input().into_inner();
		let len = data.len() as u32;
		let submit_stored =
			|hash, len| Jobs::submit_stored(RuntimeOrigin::signed(USER), m, hash, len, 10_000, Q3);
		// Nothing stored under the hash.
		let hash = sp_core::H256(sp_io::hashing::blake2_256(&data));
		assert_noop!(submit_stored(hash, len), Error::<Test>::InputNotStored);
		// Stored, but the length named is not the data's.
		let lifetime = Jobs::input_lifetime(&params());
		let hash = store_blob(&data, 1 + lifetime);
		assert_noop!(submit_stored(hash, len + 1), Error::<Test>::InputNotStored);
		// Kept, but not until the job could end and be challenged.
		assert_noop!(submit_stored(hash, len), Error::<Test>::InputExpiresTooSoon);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
		// Kept one block longer: accepted, with the input's hash and no bytes on chain.
		store_blob(&data, 2 + lifetime);
		assert_ok!(submit_stored(hash, len));
		assert_eq!(escrow(USER), TOTAL_FEE);
		assert_eq!(JobsMap::<Test>::get(0).unwrap().input_hash, hash);
		assert!(crate::Inputs::<Test>::get(0).is_none());
		assert_eq!(crate::StoredInputs::<Test>::get(0), Some(len));
		// A model nobody may use is refused before the data is looked at.
		assert_noop!(
			Jobs::submit_stored(RuntimeOrigin::signed(USER), 9, hash, len, 10_000, Q3),
			Error::<Test>::ModelUnavailable
		);
	});
}

#[test]
fn a_stored_input_of_the_wrong_length_for_a_fixed_model_is_refused_at_submission() {
	test(|| {
		use verity_primitives::{Dim, ElementType, IoSpec, TensorSpec};
		let t = |dims: Vec<Dim>| TensorSpec {
			name: b"x".to_vec().try_into().unwrap(),
			elem: ElementType::Float32,
			shape: dims.try_into().unwrap(),
		};
		let io = IoSpec {
			inputs: vec![t(vec![Dim::Fixed(1), Dim::Fixed(4)])].try_into().unwrap(),
			outputs: vec![t(vec![Dim::Fixed(1), Dim::Fixed(2)])].try_into().unwrap(),
		};
		assert_ok!(Models::register(
			RuntimeOrigin::signed(OWNER),
			[7; 32],
			1_000,
			b"file:///models/fixed.onnx".to_vec().try_into().unwrap(),
			io.clone(),
			ComparisonRule::Exact,
			ROYALTY,
			vec![pallet_models::Beneficiary { account: BEN1, share: Perbill::from_percent(100) }]
				.try_into()
				.unwrap(),
		));
		let m = pallet_models::NextModelId::<Test>::get() - 1;
		register_providers(m);
		// 4 floats in [1, 4]: the model's one length; 5 floats are not its input.
		let good = input().into_inner();
		assert_eq!(io.fixed_input_len(), Some(good.len()));
		let bad = floats(&[0.5, 1.0, 1.5, 2.0, 2.5]);
		let bad_hash = store_blob(&bad, 10_000);
		assert_noop!(
			Jobs::submit_stored(
				RuntimeOrigin::signed(USER),
				m,
				bad_hash,
				bad.len() as u32,
				10_000,
				Q3
			),
			Error::<Test>::InputMismatch
		);
		let hash = store_blob(&good, 10_000);
		assert_ok!(Jobs::submit_stored(
			RuntimeOrigin::signed(USER),
			m,
			hash,
			good.len() as u32,
			10_000,
			Q3
		));
	});
}

#[test]
fn a_stored_inputs_record_goes_with_the_job() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let data = input().into_inner();
		let hash = store_blob(&data, 10_000);
		assert_ok!(Jobs::submit_stored(
			RuntimeOrigin::signed(USER),
			m,
			hash,
			data.len() as u32,
			10_000,
			Q3
		));
		draw_distinct(0);
		let providers = assigned(0);
		commit_then_reveal(0, &providers, &[good(), good(), good()]);
		assert!(matches!(phase(0), Phase::Completed { .. }));
		// Kept while the result may be challenged; gone when the job is pruned.
		assert!(crate::StoredInputs::<Test>::contains_key(0));
		run_to_block(System::block_number() + RETENTION + 1);
		assert!(JobsMap::<Test>::get(0).is_none());
		assert!(!crate::StoredInputs::<Test>::contains_key(0));
	});
}

#[test]
fn the_committee_is_drawn_from_randomness_nobody_knew_at_submission() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		// Everything known in block 1, when the job was submitted: the job, its input, the
		// pool and the randomness of block 1 itself. None of it fixes the committee: the
		// randomness of block 3 (DrawDelay blocks on) does, and two values of it give two
		// different committees.
		let Phase::Assigning { at } = phase(0) else { panic!("not waiting for its draw") };
		assert_eq!(at, DRAWN);
		let values: Vec<[u8; 32]> =
			(0u8..32).map(|i| sp_crypto_hashing::blake2_256(&[i])).collect();
		let committees: std::collections::BTreeSet<_> =
			values.iter().map(|v| committee_with(0, *v)).collect();
		assert!(
			committees.len() > 8,
			"32 values of block 3's randomness give {} committees",
			committees.len()
		);

		// What a submitter could compute from block 1's randomness (the latest it can know)
		// is not the committee that the draw gives.
		let known = block_randomness(1).unwrap();
		let predicted = committee_with(0, known);
		let mut hits = 0;
		for (i, v) in values.iter().enumerate() {
			set_block_randomness(DRAWN + i as u64, Some(*v));
		}
		set_block_randomness(DRAWN, Some(values[0]));
		run_to_block(DRAWN - 1);
		assert!(matches!(phase(0), Phase::Assigning { .. }), "not drawn before block 3");
		run_to_block(DRAWN);
		assert_eq!(seats(0), committee_with(0, values[0]), "the draw uses block 3's randomness");
		for v in &values {
			if committee_with(0, *v) == predicted {
				hits += 1;
			}
		}
		assert!(hits <= 8, "block 1's randomness predicted {hits} of 32 draws");
		// And the draw did not happen in the block of the submission.
		System::assert_has_event(
			Event::JobSubmitted {
				job: 0,
				submitter: USER,
				model: m,
				fee: TOTAL_FEE,
				assign_at: DRAWN,
			}
			.into(),
		);
	});
}

#[test]
fn a_submitter_cannot_predict_its_committee_any_better_than_chance() {
	// Two hundred jobs, each submitted in its own block. For each, the best guess a submitter
	// has when it sends the job: the draw as if it were made with the randomness of the
	// submission's block (everything else is the same). With 4 equal stakes and 3 seats a
	// committee is one of 20 multisets; the most likely has probability 6/64. A guess that
	// followed from what the submitter knew would be right every time; here it is right at
	// about the chance rate, well under half the time.
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let (mut hits, trials) = (0u32, 200u32);
		for job in 0..trials as u64 {
			assert_ok!(submit(USER, m));
			let now = System::block_number();
			let guess = committee_with(job, block_randomness(now).unwrap());
			run_to_block(now + 1);
			if seats(job) == guess {
				hits += 1;
			}
			// Let the job fail quietly later; cancel is not possible after the draw.
		}
		assert!(hits < trials / 4, "guessed {hits} of {trials} committees");
	});
}

#[test]
fn ten_accounts_sharing_a_stake_hold_a_majority_no_more_often_than_one() {
	// One attacker's stake S = 30 % of the pool, either in one account or split among ten,
	// against 70 % held by seven honest accounts. With seats drawn by stake with replacement,
	// the number of seats the attacker wins is Binomial(3, 0.3) either way: it holds a
	// majority (2 of 3) with probability 3·0.3²·0.7 + 0.3³ = 0.216. Over N = 20,000 draws
	// each, the two frequencies differ by more than 4 standard deviations of their difference
	// (4·sqrt(2·0.216·0.784/N) = 0.0165) with probability below 1e-4 if they share that law.
	use crate::assign::draw_seats;
	let n = 20_000u32;
	let honest = [100u128; 7];
	let one: Vec<u128> = std::iter::once(300u128).chain(honest.iter().copied()).collect();
	let ten: Vec<u128> = std::iter::repeat_n(30u128, 10).chain(honest.iter().copied()).collect();
	let majority = |stakes: &[u128], attacker: usize, tag: u8| -> f64 {
		let mut wins = 0u32;
		for i in 0..n {
			let seed = sp_crypto_hashing::blake2_256(&(tag, i).encode_as());
			let seats: u32 = draw_seats(stakes, &seed, 3)
				.into_iter()
				.filter(|(e, _)| *e < attacker)
				.map(|(_, s)| s)
				.sum();
			if seats >= 2 {
				wins += 1;
			}
		}
		f64::from(wins) / f64::from(n)
	};
	let (f_one, f_ten) = (majority(&one, 1, 1), majority(&ten, 10, 2));
	let bound = 4.0 * (2.0 * 0.216 * 0.784 / f64::from(n)).sqrt();
	assert!((f_one - 0.216).abs() < bound, "one account: {f_one}");
	assert!((f_ten - 0.216).abs() < bound, "ten accounts: {f_ten}");
	assert!(f_ten <= f_one + bound, "split {f_ten} against whole {f_one} (bound {bound})");
}

trait EncodeAs {
	fn encode_as(&self) -> Vec<u8>;
}
impl<T: codec::Encode> EncodeAs for T {
	fn encode_as(&self) -> Vec<u8> {
		self.encode()
	}
}

#[test]
fn seats_go_by_stake_and_a_provider_may_hold_several() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		// A committee where one provider holds two seats: it computes once, its outcome counts
		// twice, and it is paid for both seats.
		draw(0, |c| c.len() == 2);
		let c = seats(0);
		let (double, single) = if c[0].1 == 2 { (c[0].0, c[1].0) } else { (c[1].0, c[0].0) };
		assert_ok!(commit(0, double, &good()));
		assert_ok!(commit(0, single, &wrong()));
		assert_ok!(reveal(0, single, &wrong()));
		assert_ok!(reveal(0, double, &good()));
		System::assert_has_event(
			Event::JobCompleted {
				job: 0,
				output_hash: sp_crypto_hashing::blake2_256(&good()).into(),
				winners: 2,
				paid_to_providers: 2 * PRICE,
				royalty: ROYALTY,
				protocol_fee: 30,
				refunded: PRICE,
			}
			.into(),
		);
		assert_eq!(Balances::free_balance(double), ENDOWMENT - BOND + 2 * PRICE);
		assert_eq!(bond(single), BOND - WRONG_SLASH, "one seat, one slash");

		// A provider with ten times the stake wins far more seats.
		assert_ok!(Providers::bond_extra(RuntimeOrigin::signed(P4), 9 * BOND));
		let mut p4_seats = 0;
		for job in 1..=40u64 {
			assert_ok!(submit(USER, m));
			run_to_block(System::block_number() + 2);
			p4_seats += seats(job).iter().filter(|(p, _)| *p == P4).map(|(_, s)| s).sum::<u32>();
		}
		// P4 holds 10/13 of the stake: 92 of 120 seats expected.
		assert!(p4_seats > 70, "P4 won {p4_seats} of 120 seats");
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

		// Before the draw nobody may commit.
		assert_ok!(submit(USER, 0));
		assert_noop!(commit(1, ps[0], &good()), Error::<Test>::NotCommitting);
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
		assert_noop!(
			Jobs::reveal(RuntimeOrigin::signed(ps[0]), 0, out(&good()), [0xAB; 32]),
			Error::<Test>::CommitmentMismatch
		);
		// Nor can it reveal a failure instead of the output it committed to.
		assert_noop!(
			reveal_outcome(0, ps[0], failed(FailureKind::Timeout)),
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
		// Neither can reveal the output (even with the honest provider's salt): commitments
		// bind the committing account.
		assert_noop!(reveal(0, lazy, &good()), Error::<Test>::CommitmentMismatch);
		assert_noop!(
			Jobs::reveal(RuntimeOrigin::signed(copycat), 0, out(&good()), salt_of(honest)),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(
			Jobs::reveal(RuntimeOrigin::signed(lazy), 0, out(&good()), salt_of(honest)),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(reveal(0, honest, &good()), Error::<Test>::AlreadyRevealed);

		// At the reveal deadline only one seat revealed: too few for the quorum. The honest
		// provider delivered a valid output, so the two that did not reveal are no-shows.
		run_to_block(DRAWN + REVEAL);
		assert_eq!(
			phase(0),
			Phase::Failed { at: DRAWN + REVEAL, reason: FailReason::TooFewReveals }
		);
		assert_eq!(escrow(USER), 0);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
		for p in [lazy, copycat] {
			assert_eq!(bond(p), BOND - NO_SHOW_SLASH);
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
		run_to_block(DRAWN + REVEAL);
		assert_eq!(phase(0), Phase::Completed { at: DRAWN + REVEAL });
		assert_noop!(reveal(0, ps[2], &good()), Error::<Test>::NotRevealing);
		assert_eq!(bond(ps[2]), BOND - NO_SHOW_SLASH, "committed but silent: a no-show");
	});
}

#[test]
fn a_provider_who_did_not_commit_has_nothing_to_reveal() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		assert_ok!(commit(0, ps[0], &good()));
		assert_ok!(commit(0, ps[1], &good()));
		run_to_block(DRAWN + COMMIT);
		assert_eq!(phase(0), Phase::Revealing { until: DRAWN + COMMIT + REVEAL });
		assert_noop!(reveal(0, ps[2], &good()), Error::<Test>::NotCommitted);
		assert_ok!(reveal(0, ps[0], &good()));
		assert_ok!(reveal(0, ps[1], &good()));
		// The last committed reveal settles at once.
		assert!(matches!(phase(0), Phase::Completed { .. }));
		assert_eq!(bond(ps[2]), BOND - NO_SHOW_SLASH);
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
				amount: WRONG_SLASH,
				reason: SlashReason::WrongOutput,
			}
			.into(),
		);
		assert_eq!(bond(liar), BOND - WRONG_SLASH);
		assert_eq!(Balances::free_balance(liar), ENDOWMENT - BOND, "the liar is not paid");
		assert_eq!(Balances::free_balance(a), ENDOWMENT - BOND + PRICE);
		assert_eq!(Balances::free_balance(TREASURY), treasury + 30 + WRONG_SLASH);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - TOTAL_FEE + PRICE);
	});
}

#[test]
fn slashes_are_per_seat_whatever_the_bond() {
	test(|| {
		// A liar with a big bond loses what one with a small bond loses: the slash is a fixed
		// share of the minimum bond per seat, so splitting a stake does not lower it.
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let liar = ps[2];
		assert_ok!(Providers::bond_extra(RuntimeOrigin::signed(liar), 5 * BOND));
		for (p, o) in [(ps[0], good()), (ps[1], good()), (liar, wrong())] {
			assert_ok!(commit(0, p, &o));
		}
		for (p, o) in [(ps[0], good()), (ps[1], good()), (liar, wrong())] {
			assert_ok!(reveal(0, p, &o));
		}
		assert_eq!(bond(liar), 6 * BOND - WRONG_SLASH);
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
		commit_then_reveal(0, &ps, &outputs);
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
fn under_tolerance_an_output_near_a_winner_is_not_slashed() {
	test(|| {
		// Within 0.001 of each other agree. r agrees with w1 and w2; n agrees with w1 only.
		let rule = ComparisonRule::Tolerance { abs_ppb: 1_000_000, rel_ppb: 0 };
		let m = setup(rule);
		assert_ok!(Jobs::submit(
			RuntimeOrigin::signed(USER),
			m,
			input(),
			10_000,
			crate::Tier::Quorum { redundancy: 4 }
		));
		draw(0, |c| c.len() == 4);
		let ps = assigned(0);
		let at = |d: f32| floats(&[0.5 + d, 0.25]);
		let outputs = [at(0.0), at(0.0009), at(-0.0009), at(0.0018)];
		assert!(rule.agree(&outputs[0], &outputs[1]) && rule.agree(&outputs[1], &outputs[3]));
		assert!(!rule.agree(&outputs[0], &outputs[3]) && !rule.agree(&outputs[2], &outputs[3]));
		commit_then_reveal(0, &ps, &outputs);
		// r's group {r, w1, w2} and w1's group {r, w1, n} both hold 3 seats: the earliest, r's,
		// wins. n is not paid, but it is within tolerance of w1, a winner: not slashed.
		System::assert_has_event(
			Event::JobCompleted {
				job: 0,
				output_hash: sp_crypto_hashing::blake2_256(&outputs[0]).into(),
				winners: 3,
				paid_to_providers: 300,
				royalty: ROYALTY,
				protocol_fee: 40,
				refunded: PRICE,
			}
			.into(),
		);
		for p in &ps {
			assert_eq!(bond(*p), BOND, "nobody slashed");
		}
	});
}

#[test]
fn three_different_outputs_reach_no_quorum_and_refund_in_full() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let outputs = [floats(&[0.1, 0.9]), floats(&[0.2, 0.8]), floats(&[0.3, 0.7])];
		commit_then_reveal(0, &ps, &outputs);
		assert_eq!(phase(0), Phase::Failed { at: DRAWN, reason: FailReason::NoQuorum });
		System::assert_last_event(
			Event::JobFailed {
				job: 0,
				reason: FailReason::NoQuorum,
				paid_to_providers: 0,
				refunded: TOTAL_FEE,
			}
			.into(),
		);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
		for p in &ps {
			assert_eq!(bond(*p), BOND, "nobody can tell who was wrong: no slash");
		}
		assert!(Results::<Test>::get(0).is_none());
	});
}

#[test]
fn a_committee_that_stays_silent_fails_the_job_and_nobody_is_slashed() {
	test(|| {
		// A backlog, a dead network: when no member delivered, nobody is a no-show.
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let treasury = Balances::free_balance(TREASURY);
		run_to_block(DRAWN + COMMIT - 1);
		assert!(matches!(phase(0), Phase::Committing { .. }));
		run_to_block(DRAWN + COMMIT);
		assert_eq!(
			phase(0),
			Phase::Failed { at: DRAWN + COMMIT, reason: FailReason::TooFewCommits }
		);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
		for p in &ps {
			assert_eq!(bond(*p), BOND);
		}
		assert_eq!(Balances::free_balance(TREASURY), treasury);

		// One of three committed, the others did not: still no output revealed, no slash.
		assert_ok!(submit(USER, 0));
		draw_distinct(1);
		let qs = assigned(1);
		assert_ok!(commit(1, qs[0], &good()));
		let now = System::block_number();
		run_to_block(now + COMMIT);
		assert!(matches!(phase(1), Phase::Failed { reason: FailReason::TooFewCommits, .. }));
		for q in &qs {
			assert_eq!(bond(*q), BOND);
		}
	});
}

#[test]
fn an_input_that_makes_the_model_fail_is_paid_for_and_nobody_is_slashed() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let failure = failed(FailureKind::InferenceFailed);
		for p in &ps {
			assert_ok!(commit_outcome(0, *p, &failure));
		}
		for p in &ps {
			assert_ok!(reveal_outcome(0, *p, failure.clone()));
		}
		let reason = FailReason::Unprocessable(FailureKind::InferenceFailed);
		assert_eq!(phase(0), Phase::Failed { at: DRAWN, reason });
		System::assert_has_event(
			Event::Revealed {
				job: 0,
				provider: ps[0],
				failure: Some(FailureKind::InferenceFailed),
			}
			.into(),
		);
		System::assert_last_event(
			Event::JobFailed { job: 0, reason, paid_to_providers: 300, refunded: ROYALTY + 30 }
				.into(),
		);
		// The submitter paid the compute, got the royalty and the protocol fee back.
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - 300);
		for p in &ps {
			assert_eq!(bond(*p), BOND);
			assert_eq!(Balances::free_balance(p), ENDOWMENT - BOND + PRICE);
		}
		assert!(Results::<Test>::get(0).is_none());
	});
}

#[test]
fn a_model_nobody_can_fetch_is_paid_for_by_its_owner_and_suspended() {
	test(|| {
		let (m, ps) = job_with_providers(ComparisonRule::Exact);
		let deposit = pallet_models::Models::<Test>::get(m).unwrap().deposit;
		assert_eq!(deposit, 10, "the mock's deposit: less than one seat's price");
		let failure = failed(FailureKind::ModelUnavailable);
		for p in &ps {
			assert_ok!(commit_outcome(0, *p, &failure));
		}
		for p in &ps {
			assert_ok!(reveal_outcome(0, *p, failure.clone()));
		}
		let reason = FailReason::Unprocessable(FailureKind::ModelUnavailable);
		// The deposit pays as far as it goes, shared by the seats (10 for 3 × 100 owed: 4, 3, 3);
		// the submitter is refunded in full, nobody is slashed.
		System::assert_last_event(
			Event::JobFailed { job: 0, reason, paid_to_providers: 10, refunded: TOTAL_FEE }.into(),
		);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
		assert_eq!(
			Balances::free_balance(OWNER) + Balances::reserved_balance(OWNER),
			ENDOWMENT - 10
		);
		let got: Vec<Balance> =
			ps.iter().map(|p| Balances::free_balance(p) - (ENDOWMENT - BOND)).collect();
		assert_eq!(got, vec![4, 3, 3]);
		for p in &ps {
			assert_eq!(bond(*p), BOND);
		}
		let model = pallet_models::Models::<Test>::get(m).unwrap();
		assert_eq!(
			(model.deposit, model.status),
			(0, pallet_models::ModelStatus::Suspended { deprecated: false })
		);
		assert_noop!(submit(USER, m), Error::<Test>::ModelUnavailable);

		// The owner points it at bytes that work: the deposit is held again, jobs run again.
		assert_ok!(Models::set_uri(
			RuntimeOrigin::signed(OWNER),
			m,
			b"https://models.example/m.onnx".to_vec().try_into().unwrap()
		));
		assert_eq!(
			pallet_models::Models::<Test>::get(m).unwrap().status,
			pallet_models::ModelStatus::Active
		);
		assert_ok!(submit(USER, m));
	});
}

#[test]
fn a_failure_outvoted_by_outputs_is_a_no_show() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		// Two providers compute; the third could not fetch the model (its network, not the
		// model, since the others did).
		let unavailable = failed(FailureKind::ModelUnavailable);
		assert_ok!(commit(0, ps[0], &good()));
		assert_ok!(commit(0, ps[1], &good()));
		assert_ok!(commit_outcome(0, ps[2], &unavailable));
		assert_ok!(reveal_outcome(0, ps[2], unavailable));
		assert_ok!(reveal(0, ps[0], &good()));
		assert_ok!(reveal(0, ps[1], &good()));
		assert!(matches!(phase(0), Phase::Completed { .. }));
		System::assert_has_event(
			Event::ProviderSlashed {
				job: 0,
				provider: ps[2],
				amount: NO_SHOW_SLASH,
				reason: SlashReason::NoShow,
			}
			.into(),
		);
		assert_eq!(bond(ps[2]), BOND - NO_SHOW_SLASH);
	});
}

#[test]
fn an_output_that_breaks_the_declared_outputs_is_a_wrong_output_and_takes_no_part() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		// The model declares one f32 output of shape [?, 2]: three floats do not fit.
		let misshapen = floats(&[0.1, 0.2, 0.7]);
		assert_ok!(commit(0, ps[0], &misshapen));
		assert_ok!(commit(0, ps[1], &misshapen));
		assert_ok!(commit(0, ps[2], &good()));
		for p in [ps[0], ps[1]] {
			assert_ok!(reveal(0, p, &misshapen));
		}
		assert_ok!(reveal(0, ps[2], &good()));
		// Two agreeing but misshapen outputs do not win: they are out of the vote, the valid
		// one alone is short of the quorum, and the two are slashed for wrong outputs.
		assert_eq!(phase(0), Phase::Failed { at: DRAWN, reason: FailReason::NoQuorum });
		assert_eq!(bond(ps[0]), BOND - WRONG_SLASH);
		assert_eq!(bond(ps[1]), BOND - WRONG_SLASH);
		assert_eq!(bond(ps[2]), BOND);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
	});
}

#[test]
fn cancel_is_possible_only_before_the_draw() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		assert_noop!(Jobs::cancel(RuntimeOrigin::signed(P1), 0), Error::<Test>::NotSubmitter);
		assert_noop!(Jobs::cancel(RuntimeOrigin::signed(USER), 5), Error::<Test>::UnknownJob);
		assert_ok!(Jobs::cancel(RuntimeOrigin::signed(USER), 0));
		assert!(crate::Jobs::<Test>::get(0).is_none(), "a cancelled job leaves no record");
		assert!(crate::Inputs::<Test>::get(0).is_none());
		System::assert_last_event(Event::JobCancelled { job: 0, refunded: TOTAL_FEE }.into());
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
		assert!(
			crate::Deadlines::<Test>::get(DRAWN).is_empty(),
			"its place in the draw's bucket is free for others' jobs"
		);
		assert_noop!(Jobs::cancel(RuntimeOrigin::signed(USER), 0), Error::<Test>::UnknownJob);
		// The cancelled job's draw block passes without a draw.
		run_to_block(DRAWN);
		assert!(crate::Jobs::<Test>::get(0).is_none());

		// Once drawn, a submitter that does not like its committee cannot cancel and
		// resubmit to draw again: the job runs, and the escrow stays held until it ends.
		assert_ok!(submit(USER, m));
		run_to_block(DRAWN + 2);
		let drawn = seats(1);
		assert!(!drawn.is_empty());
		assert_noop!(Jobs::cancel(RuntimeOrigin::signed(USER), 1), Error::<Test>::AlreadyAssigned);
		assert_eq!(seats(1), drawn);
		assert_eq!(escrow(USER), TOTAL_FEE);
	});
}

#[test]
fn submitting_and_cancelling_cannot_crowd_out_others_jobs() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// Far more submit-and-cancel rounds in one block than its buckets hold
		// (MaxJobsPerBlock is 4, and 8 blocks are searched for room).
		for job in 0..40 {
			assert_ok!(submit(P1, m));
			assert_ok!(Jobs::cancel(RuntimeOrigin::signed(P1), job));
		}
		assert_eq!(Balances::free_balance(P1), ENDOWMENT - BOND);
		// Nothing of them is left to store or to prune: were cancelled jobs kept for their
		// retention, 40 endings in one block would overflow the pruning schedule (4 a block,
		// 8 blocks searched) and the jobs without room would be kept for ever.
		assert_eq!(crate::Jobs::<Test>::iter().count(), 0);
		assert_eq!(crate::Inputs::<Test>::iter().count(), 0);
		assert_eq!(crate::Expiries::<Test>::iter().count(), 0);
		// Another user's job still gets its draw at the earliest block.
		assert_ok!(submit(USER, m));
		assert_eq!(phase(40), Phase::Assigning { at: DRAWN });
		run_to_block(DRAWN);
		assert!(matches!(phase(40), Phase::Committing { .. }));
	});
}

#[test]
fn a_provider_leaving_with_a_job_in_flight_still_answers_for_it() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		// It may start leaving: it is drawn no more, and stays bonded through the work window.
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(ps[0])));
		let unlock_at = match pallet_providers::Providers::<Test>::get(ps[0]).unwrap().status {
			pallet_providers::ProviderStatus::Unbonding { unlock_at } => unlock_at,
			s => panic!("{s:?}"),
		};
		assert!(unlock_at >= System::block_number() + Jobs::work_window());
		assert!(Jobs::work_window() > UNBONDING, "the window is the longer here");
		// It does not show up: slashed as a no-show when the reveals close.
		for p in &ps[1..] {
			assert_ok!(commit(0, *p, &good()));
		}
		let until = match phase(0) {
			Phase::Committing { until } => until,
			p => panic!("{p:?}"),
		};
		run_to_block(until);
		for p in &ps[1..] {
			assert_ok!(reveal(0, *p, &good()));
		}
		assert!(matches!(phase(0), Phase::Completed { .. }));
		assert_eq!(
			pallet_providers::Providers::<Test>::get(ps[0]).unwrap().bond,
			BOND - NO_SHOW_SLASH,
			"slashed while leaving"
		);
		assert_noop!(
			Providers::withdraw(RuntimeOrigin::signed(ps[0])),
			pallet_providers::Error::<Test>::StillLocked
		);
	});
}

#[test]
fn governance_is_refused_values_that_break_the_protocol_each_with_its_error() {
	use crate::bounds::*;
	test(|| {
		let refused = |change: fn(&mut crate::ProtocolParams<u64>), error: Error<Test>| {
			let mut p = params();
			change(&mut p);
			assert_noop!(Jobs::set_params(RuntimeOrigin::root(), p), error);
		};
		assert_noop!(
			Jobs::set_params(RuntimeOrigin::signed(USER), params()),
			DispatchError::BadOrigin
		);
		refused(|p| p.auditors = 0, Error::<Test>::AuditorsOutOfBounds);
		refused(|p| p.auditors = 4, Error::<Test>::AuditorsOutOfBounds);
		refused(|p| p.audit_floor = Perbill::zero(), Error::<Test>::AuditRateOutOfBounds);
		refused(
			|p| p.audit_floor = Perbill::from_parts(9_999_999),
			Error::<Test>::AuditRateOutOfBounds,
		);
		refused(|p| p.trusted_after = MAX_TRUSTED_AFTER + 1, Error::<Test>::AuditRateOutOfBounds);
		refused(|p| p.escalation = 1, Error::<Test>::EscalationOutOfBounds);
		refused(|p| p.escalation = 4, Error::<Test>::EscalationOutOfBounds);
		// 1 primary + 1 auditor + 5 referees > MaxRedundancy (5).
		refused(|p| p.escalation = 5, Error::<Test>::EscalationOutOfBounds);
		refused(|p| p.commit_period = 1, Error::<Test>::PeriodOutOfBounds);
		refused(|p| p.commit_period = 0, Error::<Test>::PeriodOutOfBounds);
		refused(|p| p.reveal_period = (MIN_PERIOD - 1).into(), Error::<Test>::PeriodOutOfBounds);
		refused(|p| p.reveal_period = (MAX_PERIOD + 1).into(), Error::<Test>::PeriodOutOfBounds);
		refused(|p| p.no_show_slash = Perbill::from_percent(100), Error::<Test>::SlashOutOfBounds);
		refused(|p| p.no_show_slash = Perbill::from_percent(11), Error::<Test>::SlashOutOfBounds);
		refused(|p| p.protocol_fee = Perbill::from_percent(51), Error::<Test>::ProtocolFeeTooHigh);
		refused(|p| p.retention = 0, Error::<Test>::RetentionOutOfBounds);
		refused(|p| p.retention = (MAX_RETENTION + 1).into(), Error::<Test>::RetentionOutOfBounds);

		// The bounds themselves are allowed.
		let mut edge = params();
		edge.commit_period = MIN_PERIOD.into();
		edge.reveal_period = MAX_PERIOD.into();
		edge.wrong_output_slash = MAX_WRONG_OUTPUT_SLASH;
		edge.no_show_slash = MAX_NO_SHOW_SLASH;
		edge.protocol_fee = MAX_PROTOCOL_FEE;
		edge.retention = MIN_RETENTION.into();
		edge.audit_floor = MIN_AUDIT_FLOOR;
		edge.trusted_after = MAX_TRUSTED_AFTER;
		assert_ok!(Jobs::set_params(RuntimeOrigin::root(), edge.clone()));
		System::assert_last_event(Event::ParamsSet { params: edge }.into());
	});
}

#[test]
fn a_job_keeps_the_terms_it_was_submitted_under() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		let terms = JobsMap::<Test>::get(0).unwrap().terms;
		assert_eq!((terms.redundancy, terms.quorum), (3, 2));
		assert_eq!((terms.wrong_output_slash, terms.no_show_slash), (WRONG_SLASH, NO_SHOW_SLASH));

		// Governance changes everything while the job is in flight, and raises the minimum
		// bond the slashes are shares of.
		let mut harsh = params();
		harsh.commit_period = 50;
		harsh.reveal_period = 50;
		harsh.wrong_output_slash = Perbill::from_percent(100);
		harsh.no_show_slash = Perbill::from_percent(10);
		harsh.protocol_fee = Perbill::from_percent(50);
		assert_ok!(Jobs::set_params(RuntimeOrigin::root(), harsh));
		assert_ok!(Providers::set_params(RuntimeOrigin::root(), 5_000, UNBONDING));

		draw_distinct(0);
		assert_eq!(JobsMap::<Test>::get(0).unwrap().terms, terms);
		let ps = assigned(0);
		assert_eq!(ps.len(), 3, "three seats, as submitted");
		assert_eq!(phase(0), Phase::Committing { until: DRAWN + COMMIT });
		assert_ok!(commit(0, ps[0], &good()));
		assert_ok!(commit(0, ps[1], &good()));
		assert_ok!(commit(0, ps[2], &wrong()));
		for (p, o) in [(ps[0], good()), (ps[1], good()), (ps[2], wrong())] {
			assert_ok!(reveal(0, p, &o));
		}
		assert_eq!(bond(ps[2]), BOND - WRONG_SLASH, "the slash it was submitted under");
		assert_eq!(escrow(USER), 0);
		assert_eq!(
			Balances::free_balance(USER),
			ENDOWMENT - 2 * PRICE - ROYALTY - 30,
			"and the protocol fee"
		);

		// A job submitted now runs under the new terms.
		assert_ok!(Jobs::submit(
			RuntimeOrigin::signed(USER),
			m,
			input(),
			10_000,
			crate::Tier::Quorum { redundancy: 5 }
		));
		let t = JobsMap::<Test>::get(1).unwrap().terms;
		assert_eq!((t.redundancy, t.quorum, t.wrong_output_slash), (5, 3, 5_000));
	});
}

#[test]
fn a_provider_that_raised_its_price_after_the_submission_is_paid_the_cap() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		for p in PROVIDERS {
			assert_ok!(Providers::update(RuntimeOrigin::signed(p), 10 * PRICE, None));
		}
		draw_distinct(0);
		let job = JobsMap::<Test>::get(0).unwrap();
		assert!(job.assignments.iter().all(|a| a.price == PRICE));
		assert_eq!(escrow(USER), TOTAL_FEE);
	});
}

#[test]
fn what_the_seats_do_not_cost_returns_when_the_job_ends() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// Three quarters of the stake ask PRICE, which caps a seat; P1 asks half of it.
		assert_ok!(Providers::update(RuntimeOrigin::signed(P1), PRICE / 2, None));
		assert_ok!(submit(USER, m));
		assert_eq!(escrow(USER), TOTAL_FEE, "every seat at the cap");
		draw(0, |c| c.len() == 3 && c.iter().any(|(p, _)| *p == P1));
		// Seats at 50, 100 and 100, and 10 % of that.
		let cost = 250 + ROYALTY + 25;
		assert_eq!(Jobs::cost(&JobsMap::<Test>::get(0).unwrap()).total(), cost);
		System::assert_has_event(
			Event::JobAssigned {
				job: 0,
				providers: JobsMap::<Test>::get(0)
					.unwrap()
					.assignments
					.iter()
					.map(|a| (a.provider, a.seats))
					.collect::<Vec<_>>()
					.try_into()
					.unwrap(),
				commit_until: DRAWN + COMMIT,
				fee: cost,
			}
			.into(),
		);
		// Held as it was until the job ends (no release, no writes, at the draw).
		assert_eq!(escrow(USER), TOTAL_FEE);
		for (p, _) in seats(0) {
			assert_ok!(commit(0, p, &good()));
		}
		for (p, _) in seats(0) {
			assert_ok!(reveal(0, p, &good()));
		}
		assert_eq!(escrow(USER), 0);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - cost, "what was not spent returned");
	});
}

#[test]
fn a_pool_emptied_before_the_draw_refunds_the_job() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		for p in PROVIDERS {
			assert_ok!(Providers::unbond(RuntimeOrigin::signed(p)));
		}
		run_to_block(DRAWN);
		assert_eq!(phase(0), Phase::Failed { at: DRAWN, reason: FailReason::NoProviders });
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
	});
}

#[test]
fn without_fresh_randomness_the_draw_waits_then_refunds() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		// Blocks 3 and 4 have no randomness: the draw waits; block 5 has.
		set_block_randomness(3, None);
		set_block_randomness(4, None);
		run_to_block(4);
		assert_eq!(phase(0), Phase::Assigning { at: 5 });
		run_to_block(5);
		assert!(matches!(phase(0), Phase::Committing { .. }));

		// None for a whole commit period: the job fails and is refunded.
		assert_ok!(submit(USER, m));
		let now = System::block_number();
		let give_up = now + 2 + COMMIT;
		for b in now + 1..=give_up {
			set_block_randomness(b, None);
		}
		run_to_block(give_up - 1);
		assert!(matches!(phase(1), Phase::Assigning { .. }));
		run_to_block(give_up);
		assert_eq!(phase(1), Phase::Failed { at: give_up, reason: FailReason::NoRandomness });
		assert_eq!(escrow(USER), 0);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
	});
}

#[test]
fn fee_estimate_is_what_is_held_at_submission() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// Seats pay at most the stake-weighted median price: one provider asking more does
		// not move it; half the stake asking more does.
		assert_ok!(Providers::update(RuntimeOrigin::signed(P4), 400, None));
		let est = Jobs::estimate_fee(m, 10, Q3).unwrap();
		assert_eq!(est.max, Fee { compute: 300, royalty: ROYALTY, protocol: 30 });
		assert_ok!(Providers::update(RuntimeOrigin::signed(P3), 400, None));
		assert_eq!(
			Jobs::estimate_fee(m, 10, Q3).unwrap().max.compute,
			300,
			"half the stake asks 100"
		);
		assert_ok!(Providers::bond_extra(RuntimeOrigin::signed(P4), 1));
		let est = Jobs::estimate_fee(m, 10, Q3).unwrap();
		assert_eq!(est.max, Fee { compute: 1_200, royalty: ROYALTY, protocol: 120 });
		assert_eq!((est.eligible_providers, est.redundancy), (4, 3));
		// Longer than `submit` carries (1,024) but storable (4,096): estimated; longer: refused.
		assert_eq!(Jobs::estimate_fee(m, 4_096, Q3).map(|e| e.max), Ok(est.max));
		assert_eq!(Jobs::estimate_fee(m, 4_097, Q3), Err(crate::EstimateError::InputTooLong));
		assert_eq!(Jobs::estimate_fee(8, 10, Q3), Err(crate::EstimateError::ModelUnavailable));
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), est.max.total(), Q3));
		assert_eq!(escrow(USER), est.max.total());
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
fn honest_commits_and_reveals_are_free_and_failed_ones_pay() {
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let info =
			Jobs::commit(RuntimeOrigin::signed(ps[0]), 0, commitment(ps[0], &good())).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		let refused = Jobs::commit(RuntimeOrigin::signed(ps[0]), 0, commitment(ps[0], &good()));
		assert_eq!(refused.unwrap_err().post_info.pays_fee, Pays::Yes);
		let batch = vec![(0, commitment(ps[1], &good()))].try_into().unwrap();
		assert_eq!(
			Jobs::commit_many(RuntimeOrigin::signed(ps[1]), batch).unwrap().pays_fee,
			Pays::No
		);
		let mixed = vec![(0, commitment(ps[2], &good())), (9, commitment(ps[2], &good()))];
		let info =
			Jobs::commit_many(RuntimeOrigin::signed(ps[2]), mixed.try_into().unwrap()).unwrap();
		assert_eq!(info.pays_fee, Pays::Yes, "a batch with a refused item pays");

		let info =
			Jobs::reveal(RuntimeOrigin::signed(ps[0]), 0, out(&good()), salt_of(ps[0])).unwrap();
		assert_eq!(info.pays_fee, Pays::No);
		let wrong_salt = Jobs::reveal(RuntimeOrigin::signed(ps[1]), 0, out(&good()), [0; 32]);
		assert_eq!(wrong_salt.unwrap_err().post_info.pays_fee, Pays::Yes);
	});
}

#[test]
fn batches_apply_each_item_on_its_own() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		assert_ok!(submit(USER, m));
		// Draw both in block 2, with a provider in both committees.
		let value = (0u32..10_000)
			.map(|i| sp_crypto_hashing::blake2_256(&(b"both", i).encode_as()))
			.find(|v| {
				let (a, b) = (committee_with(0, *v), committee_with(1, *v));
				a.len() == 3 && b.len() == 3
			})
			.unwrap();
		set_block_randomness(DRAWN, Some(value));
		run_to_block(DRAWN);
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
		let item = |job: u64| (job, out(&good()), salt_of(p));
		let wrong_salt = (1u64, out(&good()), [0u8; 32]);
		let items: frame_support::BoundedVec<_, _> =
			vec![item(0), wrong_salt, item(1)].try_into().unwrap();
		let len = good().len() as u32;
		let w = |r: u32| Jobs::bounded_reveal_weight(good().len(), r);
		// The batch declares jobs of 3 assignments: each item charged up front as a settlement
		// of 3 assignments and 4 beneficiaries (the most a model has), reading its own output
		// and two others of the longest (1,024 bytes here), not the 8 assignments the chain
		// allows; and a private `Tolerance` job's verdicts, read by an escalation's vote.
		assert_eq!(
			w(3),
			Jobs::settling_reveal_weight(len + 2 * 1_024, 3, 4)
				.saturating_add(<Test as frame_system::Config>::DbWeight::get().reads(1))
		);
		let call = crate::Call::<Test>::reveal_many { reveals: items.clone(), assignments: 3 };
		let charged = w(3).saturating_mul(3);
		assert_eq!(call.get_dispatch_info().call_weight, charged);
		assert!(charged.ref_time() < w(8).saturating_mul(3).ref_time());
		// A bound above MaxRedundancy is charged as MaxRedundancy.
		let huge =
			crate::Call::<Test>::reveal_many { reveals: items.clone(), assignments: u32::MAX };
		assert_eq!(huge.get_dispatch_info().call_weight, w(8).saturating_mul(3));
		let info = Jobs::reveal_many(RuntimeOrigin::signed(p), items, 3).unwrap();
		System::assert_has_event(
			Event::BatchItemFailed { job: 1, error: Error::<Test>::CommitmentMismatch.into() }
				.into(),
		);
		assert_eq!(phase(0), Phase::Completed { at: DRAWN });
		assert_eq!(phase(1), Phase::Completed { at: DRAWN });
		assert_eq!(escrow(USER), 0);
		assert_eq!(Balances::free_balance(p), ENDOWMENT - BOND + 2 * PRICE);
		// Kept: two settlements at three providers with 2 beneficiaries, each reading three
		// outputs of `len` bytes, and the refused item as charged; the second settlement's
		// writes of keys the first wrote are not charged again: the submitter's hold and
		// account, the treasury, both beneficiaries, the expiry bucket, and the providers both
		// jobs paid and credited (their accounts and their records on the model); nor its reads
		// of those keys and of the model.
		let actual = info.actual_weight.unwrap();
		assert!(actual.all_lte(charged) && actual.ref_time() < charged.ref_time());
		let settled = Jobs::settling_reveal_weight(3 * len, 3, 2);
		let both = assigned(0).iter().filter(|q| assigned(1).contains(q)).count() as u64;
		let db = <<Test as frame_system::Config>::DbWeight as frame_support::traits::Get<
			frame_support::weights::RuntimeDbWeight,
		>>::get();
		let again = db.writes(6 + 2 * both).saturating_add(db.reads(7 + 2 * both));
		assert_eq!(actual, settled.saturating_mul(2).saturating_add(w(3)).saturating_sub(again));
		check_invariants();
	});
}

#[test]
fn a_long_output_from_a_co_provider_cannot_make_a_settlement_outweigh_its_charge() {
	// A dishonest provider reveals the longest output the chain takes, which the vote must read
	// and check, to make the honest reveal that settles the job cost more than its batch was
	// charged. The charge covers every other output at the longest; the settlement is charged
	// for the bytes it read; the liar is slashed and the honest are paid.
	test(|| {
		let (_, ps) = job_with_providers(ComparisonRule::Exact);
		let (honest, liar, last) = (ps[0], ps[1], ps[2]);
		let long = vec![0xEE; 1_024];
		assert_ok!(commit(0, honest, &good()));
		assert_ok!(commit(0, liar, &long));
		assert_ok!(commit(0, last, &good()));
		assert_ok!(reveal(0, honest, &good()));
		assert_ok!(reveal(0, liar, &long));
		let items: frame_support::BoundedVec<_, _> =
			vec![(0, out(&good()), salt_of(last))].try_into().unwrap();
		let call = crate::Call::<Test>::reveal_many { reveals: items.clone(), assignments: 3 };
		let charged = call.get_dispatch_info().call_weight;
		let info = Jobs::reveal_many(RuntimeOrigin::signed(last), items, 3).unwrap();
		let actual = info.actual_weight.unwrap();
		let len = good().len() as u32;
		assert_eq!(actual, Jobs::settling_reveal_weight(2 * len + 1_024, 3, 2));
		assert!(actual.all_lte(charged), "{actual:?} <= {charged:?}");
		let short = Jobs::settling_reveal_weight(3 * len, 3, 2);
		assert!(short.ref_time() < actual.ref_time(), "the bytes count");
		assert!(matches!(phase(0), Phase::Completed { .. }));
		for p in [honest, last] {
			assert_eq!(Balances::free_balance(p), ENDOWMENT - BOND + PRICE, "{p} paid");
			assert_eq!(bond(p), BOND, "{p} not slashed");
		}
		assert!(bond(liar) < BOND, "the liar is slashed");
		System::assert_has_event(
			Event::ProviderSlashed {
				job: 0,
				provider: liar,
				amount: BOND - bond(liar),
				reason: SlashReason::WrongOutput,
			}
			.into(),
		);
		check_invariants();
	});
}

#[test]
fn a_batch_that_understates_its_jobs_cannot_settle_them_and_loses_nothing() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(submit(USER, m));
		// A draw that gives the job's 3 seats to 3 providers (3 assignments).
		let value = (0u32..10_000)
			.map(|i| sp_crypto_hashing::blake2_256(&(b"three", i).encode_as()))
			.find(|v| committee_with(0, *v).len() == 3)
			.unwrap();
		set_block_randomness(DRAWN, Some(value));
		run_to_block(DRAWN);
		let ps = assigned(0);
		assert_eq!(ps.len(), 3);
		for p in &ps {
			assert_ok!(commit(0, *p, &good()));
		}
		// Two reveal in batches that declare a bound of 1: neither settles, so the bound does
		// not matter to them.
		for p in &ps[..2] {
			assert_ok!(Jobs::reveal_many(
				RuntimeOrigin::signed(*p),
				vec![(0, out(&good()), salt_of(*p))].try_into().unwrap(),
				1
			));
		}
		// The last would settle a job of 3 assignments in a batch paid for 2: refused, and the
		// job, the escrow and every balance stay as they were.
		let last = ps[2];
		let before =
			(phase(0), escrow(USER), Balances::free_balance(last), Balances::free_balance(USER));
		assert_noop!(
			Jobs::reveal_many(
				RuntimeOrigin::signed(last),
				vec![(0, out(&good()), salt_of(last))].try_into().unwrap(),
				2
			),
			Error::<Test>::AboveAssignmentsBound
		);
		assert_eq!(
			before,
			(phase(0), escrow(USER), Balances::free_balance(last), Balances::free_balance(USER))
		);
		assert!(!crate::Reveals::<Test>::contains_key(0, last));
		// Sent again with the job's own count, it settles; nobody is slashed.
		assert_ok!(Jobs::reveal_many(
			RuntimeOrigin::signed(last),
			vec![(0, out(&good()), salt_of(last))].try_into().unwrap(),
			3
		));
		assert!(matches!(phase(0), Phase::Completed { .. }));
		for p in &ps {
			assert_eq!(
				Balances::free_balance(*p),
				ENDOWMENT - BOND + PRICE,
				"{p} paid, not slashed"
			);
		}
		check_invariants();
	});
}

#[test]
fn a_reveal_batch_charges_enough_for_items_that_do_not_settle() {
	// An item that does not settle costs `reveal_open` (and a read for a generator's early
	// reveal); charged as a settlement of even 0 assignments, it is covered.
	for len in [0u32, 16, 4_096] {
		let open = <() as crate::WeightInfo>::reveal_open(len).saturating_add(
			<<Test as frame_system::Config>::DbWeight as frame_support::traits::Get<
				frame_support::weights::RuntimeDbWeight,
			>>::get()
			.reads(1),
		);
		let charged = Jobs::bounded_reveal_weight(len as usize, 0);
		assert!(open.all_lte(charged), "len {len}: {open:?} <= {charged:?}");
	}
}

#[test]
fn a_submission_is_charged_for_the_pool_it_read() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let info = Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3).unwrap();
		let len = input().len() as u32;
		// Its draw's bucket had room: one bucket read of the search its weight counts.
		assert_eq!(
			info.actual_weight,
			Some(<() as crate::WeightInfo>::submit(len, 4) - unread_buckets(1))
		);
		// (No more than the largest pool: a weight is never below its benchmark's fastest run,
		// which may be above both at a short input.)
		let most = <() as crate::WeightInfo>::submit(len, 16);
		assert!(info.actual_weight.unwrap().all_lte(most));
	});
}

#[test]
fn deadlines_beyond_what_a_block_allows_move_to_the_next_block() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		for _ in 0..3 {
			assert_ok!(submit(USER, m));
		}
		// Two committees (MaxAssignmentsPerBlock) are drawn in block 2, the third in block 3.
		run_to_block(DRAWN);
		assert!(matches!(phase(0), Phase::Committing { .. }));
		assert!(matches!(phase(1), Phase::Committing { .. }));
		assert_eq!(phase(2), Phase::Assigning { at: DRAWN + 1 });
		run_to_block(DRAWN + 1);
		assert_eq!(phase(2), Phase::Committing { until: DRAWN + 1 + COMMIT });

		// Nobody commits. Jobs 0 and 1 fail at their deadline, job 2 one block later; all are
		// refunded.
		run_to_block(DRAWN + COMMIT);
		let failed =
			|j| matches!(phase(j), Phase::Failed { reason: FailReason::TooFewCommits, .. });
		assert!(failed(0) && failed(1));
		assert!(!failed(2));
		run_to_block(DRAWN + 1 + COMMIT);
		assert!(failed(2));
		assert_eq!(escrow(USER), 0);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT);
	});
}

#[test]
fn draws_stop_at_the_blocks_draw_weight_and_the_rest_wait_for_the_next_block() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		for _ in 0..3 {
			assert_ok!(submit(USER, m));
		}
		let held = escrow(USER);
		// A budget the first draw uses up: the count alone (two a block) would draw two.
		crate::mock::MaxDrawWeight::set(frame_support::weights::Weight::from_parts(1, 1));
		run_to_block(DRAWN);
		assert!(matches!(phase(0), Phase::Committing { .. }), "a block's first draw is never held");
		assert_eq!(phase(1), Phase::Assigning { at: DRAWN + 1 });
		assert_eq!(phase(2), Phase::Assigning { at: DRAWN + 1 });
		run_to_block(DRAWN + 1);
		assert!(matches!(phase(1), Phase::Committing { .. }));
		assert_eq!(phase(2), Phase::Assigning { at: DRAWN + 2 });
		// Lifted, the last one is drawn in the next block; nothing was lost on the way.
		crate::mock::MaxDrawWeight::set(frame_support::weights::Weight::MAX);
		run_to_block(DRAWN + 2);
		assert!(matches!(phase(2), Phase::Committing { .. }));
		assert_eq!(escrow(USER), held, "every job's escrow still held");
		assert_ok!(Jobs::do_try_state());
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
			Some(<() as crate::WeightInfo>::commit(3) - unread_buckets(1)),
			"the closing one of a job of three seats, whose reveal deadline went in the first \
			 bucket it tried"
		);
		let len = good().len() as u32;
		let reveal_info = |p| {
			Jobs::reveal(RuntimeOrigin::signed(p), 0, out(&good()), salt_of(p))
				.unwrap()
				.actual_weight
		};
		assert_eq!(reveal_info(ps[0]), Some(<() as crate::WeightInfo>::reveal_open(len)));
		assert_eq!(reveal_info(ps[1]), Some(<() as crate::WeightInfo>::reveal_open(len)));
		assert_eq!(
			reveal_info(ps[2]),
			Some(Jobs::settling_reveal_weight(3 * len, 3, 2)),
			"the settling one, at the job's three providers, their three outputs and the \
			 model's two beneficiaries"
		);
	});
}

#[test]
fn the_v3_migration_gives_jobs_a_challenge_window_and_they_go_on_as_they_were() {
	use crate::migrations::v3::{self, OldJob, OldParams, OldTerms};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// Parameters and a job in its reveal phase, written as version 2 stored them: P1
		// revealed, P2 and P3 committed.
		let old_params = OldParams::<u64> {
			auditors: 1,
			audit_floor: Perbill::from_percent(50),
			trusted_after: TRUSTED_AFTER,
			escalation: 3,
			commit_period: COMMIT,
			reveal_period: REVEAL,
			wrong_output_slash: Perbill::from_percent(10),
			no_show_slash: Perbill::from_percent(5),
			protocol_fee: Perbill::from_percent(10),
			retention: RETENTION,
		};
		frame_support::storage::unhashed::put(&crate::Params::<Test>::hashed_key(), &old_params);
		let a = |provider, revealed| crate::Assignment {
			provider,
			seats: 1,
			price: PRICE,
			commitment: Some(commitment(provider, &good())),
			revealed,
			role: crate::Role::Member,
		};
		let old = OldJob::<_, _, _, frame_support::traits::ConstU32<8>> {
			submitter: USER,
			model: m,
			input_hash: sp_crypto_hashing::blake2_256(&input()).into(),
			fee: Fee { compute: 3 * PRICE, royalty: ROYALTY, protocol: 30 },
			assignments: vec![a(P1, true), a(P2, false), a(P3, false)].try_into().unwrap(),
			phase: Phase::Revealing { until: 1 + REVEAL },
			submitted_at: 1,
			terms: OldTerms {
				redundancy: 3,
				quorum: 2,
				auditors: 1,
				audit_floor: Perbill::from_percent(50),
				trusted_after: TRUSTED_AFTER,
				escalation: 3,
				commit_period: COMMIT,
				reveal_period: REVEAL,
				wrong_output_slash: WRONG_SLASH,
				no_show_slash: NO_SHOW_SLASH,
				protocol_fee: Perbill::from_percent(10),
				retention: RETENTION,
				seat_price_cap: PRICE,
			},
			tier: Q3,
			audit: crate::Audit::NotApplicable,
		};
		frame_support::storage::unhashed::put(&JobsMap::<Test>::hashed_key_for(0), &old);
		crate::NextJobId::<Test>::put(1);
		Inputs::<Test>::insert(0, input());
		crate::Deadlines::<Test>::insert(
			1 + REVEAL,
			frame_support::BoundedVec::truncate_from(vec![0]),
		);
		use frame_support::traits::fungible::MutateHold;
		let escrowed = 3 * PRICE + ROYALTY + 30;
		assert_ok!(Balances::hold(&crate::HoldReason::JobEscrow.into(), &USER, escrowed));
		// Version 2's index of each provider's jobs (gone in version 4).
		use codec::Encode;
		let provider_jobs = |p: AccountId| {
			let mut key = frame_support::storage::storage_prefix(b"Jobs", b"ProviderJobs").to_vec();
			key.extend(sp_crypto_hashing::blake2_128(&p.encode()));
			key.extend(p.encode());
			key.extend(sp_crypto_hashing::twox_64(&0u64.encode()));
			key.extend(0u64.encode());
			key
		};
		for p in [P1, P2, P3] {
			frame_support::storage::unhashed::put(&provider_jobs(p), &());
		}
		crate::Reveals::<Test>::insert(0, P1, out(&good()));
		StorageVersion::new(2).put::<Jobs>();

		v3::MigrateV2ToV3::<Test>::on_runtime_upgrade();
		assert_eq!(Jobs::on_chain_storage_version(), StorageVersion::new(3));
		let p = crate::Params::<Test>::get().expect("the parameters decode in the new layout");
		assert_eq!(
			(p.challenge_period, p.challenge_bond),
			(UNBONDING, v3::CHALLENGE_BOND),
			"the unbonding delay is the shortest bound here"
		);
		assert_eq!(
			(p.commit_period, p.escalation, p.audit_floor),
			(COMMIT, 3, Perbill::from_percent(50))
		);
		assert!(Jobs::check_params(&p).is_ok(), "within the new bounds");
		let job = JobsMap::<Test>::get(0).expect("the job decodes in the new layout");
		assert_eq!(job.tier, Q3);
		assert_eq!(
			(job.terms.redundancy, job.terms.quorum, job.terms.seat_price_cap),
			(3, 2, PRICE)
		);
		assert_eq!(job.terms.challenge_bond, v3::CHALLENGE_BOND.mul_floor(MIN_BOND));
		// Then version 4: the index goes, the job is found through its deadline.
		crate::migrations::v4::MigrateV3ToV4::<Test>::on_runtime_upgrade();
		assert_eq!(Jobs::on_chain_storage_version(), StorageVersion::new(4));
		for p in [P1, P2, P3] {
			assert!(!frame_support::storage::unhashed::exists(&provider_jobs(p)));
			assert_eq!(Jobs::jobs_of(&p), vec![0]);
		}
		check_invariants();

		// It goes on: the two other providers reveal what they committed to, it settles, and
		// its result can be challenged.
		assert_ok!(reveal(0, P2, &good()));
		assert_ok!(reveal(0, P3, &good()));
		assert!(matches!(phase(0), Phase::Completed { .. }));
		assert_eq!(escrow(USER), 0);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - 3 * PRICE - ROYALTY - 30);
		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(USER), 0));

		// Run again, it changes nothing.
		v3::MigrateV2ToV3::<Test>::on_runtime_upgrade();
		crate::migrations::v4::MigrateV3ToV4::<Test>::on_runtime_upgrade();
		assert!(matches!(phase(0), Phase::Challenged { .. }));
	});
}

#[test]
fn a_provider_asking_an_absurd_price_neither_blocks_nor_overcharges_jobs() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		assert_ok!(Providers::update(RuntimeOrigin::signed(P4), Balance::MAX / 2, None));
		// The job costs what it did: the median price is still PRICE.
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), TOTAL_FEE, Q3));
		assert_eq!(escrow(USER), TOTAL_FEE);
		draw(0, |c| c.iter().any(|(p, _)| *p == P4));
		let job = JobsMap::<Test>::get(0).unwrap();
		let p4 = job.assignments.iter().find(|a| a.provider == P4).unwrap();
		assert_eq!(p4.price, PRICE, "paid the cap, not what it asks");
		for (p, _) in seats(0) {
			assert_ok!(commit(0, p, &good()));
		}
		for (p, _) in seats(0) {
			assert_ok!(reveal(0, p, &good()));
		}
		assert_eq!(phase(0), Phase::Completed { at: DRAWN });
		let p4_seats = seats(0).iter().find(|(p, _)| *p == P4).unwrap().1 as Balance;
		assert_eq!(Balances::free_balance(P4), ENDOWMENT - BOND + p4_seats * PRICE);
		assert_eq!(Balances::free_balance(USER), ENDOWMENT - TOTAL_FEE);
	});
}

#[test]
fn providers_below_a_raised_minimum_bond_are_not_drawn() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// Governance raises the minimum above every bond but P1's: only P1 may be drawn.
		assert_ok!(Providers::bond_extra(RuntimeOrigin::signed(P1), BOND));
		assert_ok!(Providers::set_params(RuntimeOrigin::root(), 2 * BOND, UNBONDING));
		assert_eq!(Jobs::estimate_fee(m, 10, Q3).unwrap().eligible_providers, 1);
		assert_ok!(submit(USER, m));
		run_to_block(DRAWN);
		assert_eq!(seats(0), vec![(P1, 3)]);
	});
}

#[test]
fn a_provider_submitting_is_held_what_the_estimate_said() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// P1 asks least; P3 and P4 ask more. P1 is never drawn for its own job, but its price
		// counts in the cap as it does in the estimate, so the estimate is what is held.
		assert_ok!(Providers::update(RuntimeOrigin::signed(P1), PRICE / 2, None));
		assert_ok!(Providers::update(RuntimeOrigin::signed(P3), 3 * PRICE, None));
		assert_ok!(Providers::update(RuntimeOrigin::signed(P4), 3 * PRICE, None));
		let est = Jobs::estimate_fee(m, 10, Q3).unwrap();
		assert_eq!(est.max.compute, 3 * PRICE, "half the stake asks PRICE or less");
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(P1), m, input(), est.max.total(), Q3));
		assert_eq!(escrow(P1), est.max.total());
		run_to_block(DRAWN);
		assert!(seats(0).iter().all(|(p, _)| *p != P1), "never drawn for its own job");
	});
}

#[test]
fn a_settlement_is_charged_every_record_it_may_credit() {
	// `reveal`'s line starts at one assignment, which credits no record (one provider agreeing
	// with itself checks nothing), so it counts a record a seat only from the second seat on:
	// a settlement of two assignments or more is charged the missing record's read and write.
	let db = <<Test as frame_system::Config>::DbWeight as frame_support::traits::Get<
		frame_support::weights::RuntimeDbWeight,
	>>::get();
	let shortest = crate::commit_reveal::SHORTEST_OUTPUT;
	let reveal = |r| <() as crate::WeightInfo>::reveal(r);
	assert_eq!(Jobs::settling_reveal_weight(shortest, 1, 1), reveal(1));
	for r in [2, 3, 9] {
		assert_eq!(
			Jobs::settling_reveal_weight(shortest, r, 1),
			reveal(r).saturating_add(db.reads_writes(1, 1)),
			"{r} assignments"
		);
	}
}
