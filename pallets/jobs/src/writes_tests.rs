//! How many storage items one job's life writes, counted on the state itself: every key whose
//! value a step adds, changes or removes (what reaches the database), by storage item. The
//! weight formulas (`weights.rs`) count the worst case of each call; this counts what a
//! typical job does, step by step, so that a change that adds writes to the hot path fails
//! here. `cargo test -p pallet-jobs writes -- --nocapture` prints the steps.

use crate::{audit_tests::run_audit, mock::*, types::*, Trust};
use frame_support::assert_ok;
use sp_runtime::Perbill;
use std::collections::BTreeMap;
use verity_primitives::ComparisonRule;

/// Every storage item a job touches, by the prefix of its keys. System's block bookkeeping
/// (events, digest, block number) is left out: it is written once per block whatever the
/// block holds.
const ITEMS: &[(&str, &str)] = &[
	("System", "Account"),
	("Balances", "Holds"),
	("Balances", "TotalIssuance"),
	("Models", "Models"),
	("Providers", "Providers"),
	("Providers", "ModelProviders"),
	("Jobs", "NextJobId"),
	("Jobs", "Jobs"),
	("Jobs", "Inputs"),
	("Jobs", "StoredInputs"),
	("Jobs", "Reveals"),
	("Jobs", "Results"),
	("Jobs", "StoredResults"),
	("Jobs", "Deadlines"),
	("Jobs", "Expiries"),
	("Jobs", "PruneCursor"),
	("Jobs", "Trust"),
	("Jobs", "Challenges"),
];

/// The whole state, key by key, but System's per-block bookkeeping.
fn snapshot() -> BTreeMap<Vec<u8>, Vec<u8>> {
	let system = frame_support::storage::storage_prefix(b"System", b"Account");
	let system_pallet = &system[..16];
	let mut state = BTreeMap::new();
	let mut key = Vec::new();
	while let Some(next) = sp_io::storage::next_key(&key) {
		let keep = !next.starts_with(system_pallet) || next.starts_with(&system);
		if keep {
			if let Some(value) = sp_io::storage::get(&next) {
				state.insert(next.clone(), value.to_vec());
			}
		}
		key = next;
	}
	state
}

/// The storage item a key belongs to.
fn item_of(key: &[u8]) -> String {
	ITEMS
		.iter()
		.find(|(p, i)| {
			key.starts_with(&frame_support::storage::storage_prefix(p.as_bytes(), i.as_bytes()))
		})
		.map(|(p, i)| format!("{p}::{i}"))
		.unwrap_or_else(|| format!("{:02x?}", &key[..key.len().min(32)]))
}

/// What one step wrote: the keys it added, changed or removed, by storage item, apart from
/// those every block writes once whatever it holds (the deadline bucket of the block, taken
/// by `on_initialize`, and the pruning cursor), which are counted on their own.
#[derive(Default)]
struct Writes {
	per_job: BTreeMap<String, u32>,
	per_block: u32,
}

/// The keys `step` wrote.
fn writes_of(step: impl FnOnce()) -> Writes {
	let before = snapshot();
	step();
	let after = snapshot();
	let deadlines = frame_support::storage::storage_prefix(b"Jobs", b"Deadlines");
	let cursor = frame_support::storage::storage_prefix(b"Jobs", b"PruneCursor");
	let mut writes = Writes::default();
	for key in before.keys().chain(after.keys()).collect::<std::collections::BTreeSet<_>>() {
		if before.get(key) == after.get(key) {
			continue;
		}
		let taken_bucket = key.starts_with(&deadlines) && !after.contains_key(key);
		if taken_bucket || key.starts_with(&cursor) {
			writes.per_block += 1;
		} else {
			*writes.per_job.entry(item_of(key)).or_insert(0) += 1;
		}
	}
	writes
}

/// A step of a job's life: its name and what it does.
type Step = (&'static str, Box<dyn FnOnce()>);

/// Runs the steps of one job's life, prints each one's writes and returns their total, the
/// per-block ones apart.
fn count(steps: Vec<Step>) -> u32 {
	let mut total = 0;
	for (name, step) in steps {
		let writes = writes_of(step);
		let n: u32 = writes.per_job.values().sum();
		total += n;
		println!("  {name:<28} {n:>2}  {:?} (+{} per block)", writes.per_job, writes.per_block);
	}
	println!("  {:<28} {total:>2}", "whole life");
	total
}

#[test]
fn an_unaudited_audited_jobs_life_writes_twenty_two_keys() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		// A trusted primary whose audit is not drawn: the default tier's common case.
		Trust::<Test>::insert(P1, m, 4);
		let id = crate::NextJobId::<Test>::get();
		println!("audited job, not audited (one seat, two royalty beneficiaries):");
		let total = count(vec![
			(
				"submit",
				Box::new(move || {
					assert_ok!(Jobs::submit(
						RuntimeOrigin::signed(USER),
						m,
						input(),
						10_000,
						Tier::Audited
					));
				}),
			),
			("draw (on_initialize)", Box::new(move || draw(id, |c| c == [(P1, 1)]))),
			("commit (primary)", Box::new(move || ok(commit(id, P1, &good_output())))),
			(
				"audit draw (on_initialize)",
				Box::new(move || run_audit(id, false, Perbill::from_percent(50))),
			),
			("reveal (settles)", Box::new(move || ok(reveal(id, P1, &good_output())))),
		]);
		assert!(matches!(
			crate::Jobs::<Test>::get(id).map(|j| j.phase),
			Some(Phase::Completed { .. })
		));
		assert_eq!(total, 22, "writes of the whole life");
	});
}

#[test]
fn a_quorum_jobs_life_writes_thirty_one_keys() {
	test(|| {
		let m = setup(ComparisonRule::Exact);
		let id = crate::NextJobId::<Test>::get();
		println!("quorum job, redundancy 3 (two royalty beneficiaries):");
		let mut steps: Vec<Step> = vec![
			(
				"submit",
				Box::new(move || {
					ok(Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Q3))
				}),
			),
			("draw (on_initialize)", Box::new(move || draw_distinct(id))),
		];
		for (i, name) in ["commit 1", "commit 2", "commit 3 (closes)"].into_iter().enumerate() {
			steps.push((name, Box::new(move || ok(commit(id, assigned(id)[i], &good_output())))));
		}
		for (i, name) in ["reveal 1", "reveal 2", "reveal 3 (settles)"].into_iter().enumerate() {
			steps.push((name, Box::new(move || ok(reveal(id, assigned(id)[i], &good_output())))));
		}
		let total = count(steps);
		assert!(matches!(
			crate::Jobs::<Test>::get(id).map(|j| j.phase),
			Some(Phase::Completed { .. })
		));
		assert_eq!(total, 31, "writes of the whole life");
	});
}

fn ok<R: core::fmt::Debug, E: core::fmt::Debug>(result: Result<R, E>) {
	assert!(result.is_ok(), "{result:?}");
}

fn good_output() -> Vec<u8> {
	floats(&[0.25, 0.75])
}
