//! Property: whatever sequence of calls and block advances happens, money is conserved.
//!
//! After every step total issuance is unchanged and the free plus held balances of all
//! accounts (the treasury included) add up to it; every pallet's invariants hold; and once
//! all jobs have ended, no escrow or challenge bond is left held. The steps include agreed
//! failures, which pay providers from the submitter or (for a model's fault) from the model
//! owner's deposit, and challenges of completed results.

use crate::{mock::*, Phase};
use frame_support::traits::fungible::InspectHold;
use proptest::prelude::*;
use verity_primitives::{ComparisonRule, FailureKind};

#[derive(Clone, Debug)]
enum Action {
	/// `audited` picks the tier: `Audited`, or `Quorum` of three seats.
	Submit {
		who: usize,
		max_fee: u128,
		audited: bool,
	},
	/// `slot` picks one of the job's assigned providers (a fixed one past its assignments).
	Commit {
		job: u64,
		slot: usize,
		honest: bool,
	},
	Reveal {
		job: u64,
		slot: usize,
		honest: bool,
		bad_salt: bool,
	},
	/// Every assigned provider commits; the first `liars` commit a wrong output.
	CommitAll {
		job: u64,
		liars: usize,
	},
	/// Every assigned provider reveals what it committed to.
	RevealAll {
		job: u64,
		liars: usize,
	},
	/// Every assigned provider commits to a failure (`kind` picks it), then reveals it.
	FailAll {
		job: u64,
		kind: usize,
	},
	Cancel {
		job: u64,
		who: usize,
	},
	/// `who` picks the challenger: a submitter or a provider.
	Challenge {
		job: u64,
		who: usize,
	},
	Advance {
		blocks: u64,
	},
	SetPrice {
		provider: usize,
		price: u128,
	},
	Unbond {
		provider: usize,
	},
}

const SUBMITTERS: [AccountId; 3] = [USER, POOR, P1];
/// Assignments a job may have: a primary, an auditor, three referees and three challengers at
/// most.
const SLOTS: usize = 8;
/// Who may try to challenge.
const CHALLENGERS: [AccountId; 5] = [USER, POOR, P1, P2, P4];

fn action() -> impl Strategy<Value = Action> {
	prop_oneof![
		3 => (0..3usize, 0u128..1_000, prop::bool::ANY)
			.prop_map(|(who, max_fee, audited)| Action::Submit { who, max_fee, audited }),
		6 => (0..3u64, 0..6usize, prop::bool::weighted(0.8))
			.prop_map(|(job, slot, honest)| Action::Commit { job, slot, honest }),
		6 => (0..3u64, 0..6usize, prop::bool::weighted(0.8), prop::bool::weighted(0.1))
			.prop_map(|(job, slot, honest, bad_salt)| Action::Reveal { job, slot, honest, bad_salt }),
		3 => (0..3u64, 0..4usize).prop_map(|(job, liars)| Action::CommitAll { job, liars }),
		3 => (0..3u64, 0..4usize).prop_map(|(job, liars)| Action::RevealAll { job, liars }),
		1 => (0..3u64, 0..6usize).prop_map(|(job, kind)| Action::FailAll { job, kind }),
		1 => (0..3u64, 0..3usize).prop_map(|(job, who)| Action::Cancel { job, who }),
		2 => (0..3u64, 0..5usize).prop_map(|(job, who)| Action::Challenge { job, who }),
		2 => (1..4u64).prop_map(|blocks| Action::Advance { blocks }),
		1 => (0..4usize, 0u128..300).prop_map(|(provider, price)| Action::SetPrice { provider, price }),
		1 => (0..4usize).prop_map(|provider| Action::Unbond { provider }),
	]
}

fn output(honest: bool, provider: AccountId) -> Vec<u8> {
	if honest {
		floats(&[0.25, 0.75])
	} else {
		floats(&[provider as f32, 0.0])
	}
}

/// The provider in `slot` of a job's assignments, or a fixed one for slot 3 or unknown jobs.
fn provider_in(job: u64, slot: usize) -> AccountId {
	crate::Jobs::<Test>::get(job)
		.and_then(|j| j.assignments.get(slot).map(|a| a.provider))
		.unwrap_or(PROVIDERS[slot % PROVIDERS.len()])
}

/// Jobs are named relative to the newest: 0 is the last submitted, 1 the one before, ...
fn recent(k: u64) -> u64 {
	crate::NextJobId::<Test>::get().saturating_sub(1).saturating_sub(k)
}

fn apply(a: &Action) {
	// Every call either succeeds or fails without effect; both are fine here.
	let a = match a.clone() {
		Action::Commit { job, slot, honest } => Action::Commit { job: recent(job), slot, honest },
		Action::Reveal { job, slot, honest, bad_salt } => {
			Action::Reveal { job: recent(job), slot, honest, bad_salt }
		}
		Action::CommitAll { job, liars } => Action::CommitAll { job: recent(job), liars },
		Action::RevealAll { job, liars } => Action::RevealAll { job: recent(job), liars },
		Action::FailAll { job, kind } => Action::FailAll { job: recent(job), kind },
		Action::Cancel { job, who } => Action::Cancel { job: recent(job), who },
		Action::Challenge { job, who } => Action::Challenge { job: recent(job), who },
		other => other,
	};
	match a {
		Action::Submit { who, max_fee, audited } => {
			let tier = if audited { crate::Tier::Audited } else { Q3 };
			let _ = Jobs::submit(RuntimeOrigin::signed(SUBMITTERS[who]), 0, input(), max_fee, tier);
		}
		Action::Commit { job, slot, honest } => {
			let p = provider_in(job, slot);
			let _ = commit(job, p, &output(honest, p));
		}
		Action::Reveal { job, slot, honest, bad_salt } => {
			let p = provider_in(job, slot);
			let salt = if bad_salt { [0xEE; 32] } else { salt_of(p) };
			let _ = Jobs::reveal(RuntimeOrigin::signed(p), job, out(&output(honest, p)), salt);
		}
		Action::CommitAll { job, liars } => {
			for slot in 0..SLOTS {
				let p = provider_in(job, slot);
				let _ = commit(job, p, &output(slot >= liars, p));
			}
		}
		Action::RevealAll { job, liars } => {
			for slot in 0..SLOTS {
				let p = provider_in(job, slot);
				let _ = reveal(job, p, &output(slot >= liars, p));
			}
		}
		Action::FailAll { job, kind } => {
			let kinds = [
				FailureKind::ModelUnavailable,
				FailureKind::ModelInvalid,
				FailureKind::OutputInvalid,
				FailureKind::InferenceFailed,
				FailureKind::Timeout,
				FailureKind::OutputTooLarge,
				FailureKind::InputUnavailable,
				FailureKind::InputInvalid,
			];
			let outcome = failed(kinds[kind % kinds.len()]);
			for slot in 0..SLOTS {
				let _ = commit_outcome(job, provider_in(job, slot), &outcome);
			}
			for slot in 0..SLOTS {
				let _ = reveal_outcome(job, provider_in(job, slot), outcome.clone());
			}
		}
		Action::Cancel { job, who } => {
			let _ = Jobs::cancel(RuntimeOrigin::signed(SUBMITTERS[who]), job);
		}
		Action::Challenge { job, who } => {
			let _ = Jobs::challenge(RuntimeOrigin::signed(CHALLENGERS[who]), job);
		}
		Action::Advance { blocks } => run_to_block(System::block_number() + blocks),
		Action::SetPrice { provider, price } => {
			let _ = Providers::update(RuntimeOrigin::signed(PROVIDERS[provider]), price, None);
		}
		Action::Unbond { provider } => {
			let _ = Providers::unbond(RuntimeOrigin::signed(PROVIDERS[provider]));
		}
	}
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

	#[test]
	fn funds_are_conserved(actions in prop::collection::vec(action(), 1..60)) {
		new_test_ext().execute_with(|| {
			setup(ComparisonRule::Tolerance { abs_ppb: 1_000, rel_ppb: 0 });
			let issuance = Balances::total_issuance();
			for a in &actions {
				apply(a);
				check_invariants();
				prop_assert_eq!(Balances::total_issuance(), issuance);
			}
			// Let every job reach its end (deadlines beyond a block's bound move on).
			// An audited job may go through three rounds and a challenge, each drawn
			// `DrawDelay` after the last.
			run_to_block(System::block_number() + 4 * (COMMIT + REVEAL + 2) + 10);
			for (_, job) in crate::Jobs::<Test>::iter() {
				let committing = matches!(job.phase, Phase::Committing { .. });
				prop_assert!(job.phase.is_final(), "job still open: {:?}", job.phase);
				prop_assert!(!committing);
			}
			for who in all_accounts() {
				prop_assert_eq!(Balances::balance_on_hold(&crate::HoldReason::JobEscrow.into(), &who), 0);
				prop_assert_eq!(Balances::balance_on_hold(&crate::HoldReason::ChallengeBond.into(), &who), 0);
			}
			prop_assert_eq!(Balances::total_issuance(), issuance);
			Ok(())
		})?;
	}
}
