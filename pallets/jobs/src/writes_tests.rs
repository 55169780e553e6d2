//! How many storage items one job's life writes, counted on the state itself: every key whose
//! value a step adds, changes or removes (what reaches the database), by storage item. The
//! weight formulas (`weights.rs`) count the worst case of each call; this counts what a
//! typical job does, step by step, so that a change that adds writes to the hot path fails
//! here. `cargo test -p pallet-jobs writes -- --nocapture` prints the steps.

use crate::{audit_tests::run_audit, mock::*, types::*, Trust};
use codec::Encode;
use frame_support::{
	assert_ok,
	traits::{Get, Hooks},
	weights::Weight,
	BoundedVec,
};
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

/// One step of a batched life: the keys it wrote (what reaches the database, per-block keys
/// apart) and the weight it was charged.
struct Measured {
	keys: u32,
	weight: Weight,
}

/// Runs to block `n - 1`, then block `n`'s hooks; returns `on_initialize`'s weight.
fn block(n: u64) -> Weight {
	run_to_block(n - 1);
	System::set_block_number(n);
	let weight = Jobs::on_initialize(n);
	Jobs::on_idle(n, Weight::MAX);
	Jobs::on_finalize(n);
	check_invariants();
	weight
}

/// `jobs` audited jobs submitted in one block by one submitter on a model that one provider
/// serves (what a burst looks like to the chain: many jobs of one model, each provider's
/// commits and reveals in one batch), none audited; the five steps of their lives, measured.
/// `submit` submits them (one transaction each, or one `submit_many`).
fn batched_life(jobs: u64, submit: fn(u32, u64) -> Weight) -> Vec<(&'static str, Measured)> {
	batched_life_with(jobs, submit, false)
}

/// `batched_life`, with the expiry bucket the settlements first try full when `full_expiry`.
fn batched_life_with(
	jobs: u64,
	submit: fn(u32, u64) -> Weight,
	full_expiry: bool,
) -> Vec<(&'static str, Measured)> {
	let mut steps = Vec::new();
	let mut measure = |name, step: &mut dyn FnMut() -> Weight| {
		let mut weight = Weight::zero();
		let writes = writes_of(|| weight = step());
		steps.push((name, Measured { keys: writes.per_job.values().sum(), weight }));
	};
	let m = one_provider_model();
	Trust::<Test>::insert(P1, m, 4);
	let first = crate::NextJobId::<Test>::get();
	let ids: Vec<u64> = (first..first + jobs).collect();
	measure("submit", &mut || submit(m, jobs));
	let at = draw_block(first);
	measure("draw (on_initialize)", &mut || block(at));
	let commits: BoundedVec<_, _> = ids
		.iter()
		.map(|id| (*id, commitment(P1, &good_output())))
		.collect::<Vec<_>>()
		.try_into()
		.unwrap();
	measure("commitMany", &mut || {
		Jobs::commit_many(RuntimeOrigin::signed(P1), commits.clone())
			.unwrap()
			.actual_weight
			.unwrap()
	});
	let Phase::Auditing { at, .. } = crate::Jobs::<Test>::get(first).unwrap().phase else {
		panic!("not auditing")
	};
	let q = Jobs::trust_view(&P1, m).audit_probability.deconstruct() as u128;
	let value = (0u32..10_000)
		.map(|i| sp_crypto_hashing::blake2_256(&(b"audit-try", i).encode()))
		.find(|v| ids.iter().all(|id| crate::audit_tests::audit_roll(*id, *v) >= q))
		.expect("some randomness audits none");
	set_block_randomness(at, Some(value));
	measure("audit draw (on_initialize)", &mut || block(at));
	let reveals: BoundedVec<_, _> = ids
		.iter()
		.map(|id| (*id, out(&good_output()), salt_of(P1)))
		.collect::<Vec<_>>()
		.try_into()
		.unwrap();
	if full_expiry {
		let now = System::block_number();
		let retention = crate::Jobs::<Test>::get(first).unwrap().terms.retention;
		let per_bucket = <<Test as crate::Config>::MaxJobsPerBlock as Get<u32>>::get() as u64;
		let full: Vec<u64> = (1_000..1_000 + per_bucket).collect();
		crate::Expiries::<Test>::insert(now + retention, BoundedVec::try_from(full).unwrap());
	}
	measure("revealMany (settles)", &mut || {
		Jobs::reveal_many(RuntimeOrigin::signed(P1), reveals.clone(), 1)
			.unwrap()
			.actual_weight
			.unwrap()
	});
	for id in &ids {
		let phase = crate::Jobs::<Test>::get(id).map(|j| j.phase);
		assert!(matches!(phase, Some(Phase::Completed { .. })), "job {id}: {phase:?}");
	}
	steps
}

/// A model whose only provider is P1.
fn one_provider_model() -> u32 {
	let m = register_model(1, ComparisonRule::Exact);
	assert_ok!(Providers::register(
		RuntimeOrigin::signed(P1),
		BOND,
		PRICE,
		vec![m].try_into().unwrap()
	));
	m
}

/// USER submits `jobs` audited jobs of model `m`; returns what they were charged.
fn submit_audited(m: u32, jobs: u64) -> Weight {
	(0..jobs).fold(Weight::zero(), |w, _| {
		let info =
			Jobs::submit(RuntimeOrigin::signed(USER), m, input(), 10_000, Tier::Audited).unwrap();
		w.saturating_add(info.actual_weight.unwrap())
	})
}

/// USER submits `jobs` audited jobs of model `m` in one `submit_many`; returns its weight.
fn submit_audited_together(m: u32, jobs: u64) -> Weight {
	let inputs = vec![input(); jobs as usize].try_into().unwrap();
	let info =
		Jobs::submit_many(RuntimeOrigin::signed(USER), m, inputs, 10_000, Tier::Audited).unwrap();
	info.actual_weight.unwrap()
}

/// The block that draws job `id`'s committee, with randomness set for it.
fn draw_block(id: u64) -> u64 {
	let Phase::Assigning { at } = crate::Jobs::<Test>::get(id).unwrap().phase else {
		panic!("job {id} is not waiting for its draw")
	};
	set_block_randomness(at, Some([7; 32]));
	at
}

/// As many jobs as the mock draws in one block (`MaxAssignmentsPerBlock`) and takes in a batch.
fn batch_size() -> u32 {
	<<Test as crate::Config>::MaxAssignmentsPerBlock as Get<u32>>::get()
		.min(<<Test as crate::Config>::MaxBatch as Get<u32>>::get())
}

/// What the mock charges for one write.
fn write() -> Weight {
	<Test as frame_system::Config>::DbWeight::get().writes(1)
}

#[test]
#[allow(non_snake_case)]
fn a_batch_of_audited_jobs_writes_each_shared_key_once_and_is_charged_so() {
	let N = u64::from(batch_size());
	let one = new_test_ext().execute_with(|| batched_life(1, submit_audited));
	let many = new_test_ext().execute_with(|| batched_life(N, submit_audited));
	let write = write();
	assert!(write.ref_time() > 0, "the mock charges writes");
	// Keys every job of a batch writes, by step: the draw's and the closing commit's deadline
	// buckets; the settlement's payees (provider, two beneficiaries, treasury), the
	// submitter's escrow (hold and account) and the expiry bucket.
	let shared = [0u64, 1, 1, 1, 7];
	// Keys every job of a batch reads that an earlier one read or wrote, of those its weight
	// counts: those it writes, and the draw's minimum bond and model's pool, the settlement's
	// model (not the audit draw's record of the primary: `assign` does not count it).
	let shared_reads = [0u64, 3, 1, 1, 8];
	let read = <Test as frame_system::Config>::DbWeight::get().reads(1);
	// What a block's deadlines cost once whatever they hold.
	let per_block = block_fixed();
	println!("{N} audited jobs in batches, not audited: keys written a job / weight a job");
	let (mut keys, mut alone) = (0.0, 0u32);
	for ((name, a), (_, b)) in one.iter().zip(&many) {
		let per_job = b.keys as f64 / N as f64;
		keys += per_job;
		alone += a.keys;
		println!(
			"  {name:<28} {:>5.2} keys (alone {:>2}), {:>9} ps (alone {:>9})",
			per_job,
			a.keys,
			b.weight.ref_time() / N,
			a.weight.ref_time()
		);
	}
	println!("  {:<28} {keys:>5.2} keys (alone {alone})", "whole life");
	for (i, ((name, a), (_, b))) in one.iter().zip(&many).enumerate() {
		let fixed = if name.contains("on_initialize") { per_block } else { Weight::zero() };
		let want = a
			.weight
			.saturating_mul(N)
			.saturating_sub(fixed.saturating_mul(N - 1))
			.saturating_sub(write.saturating_mul(shared[i] * (N - 1)))
			.saturating_sub(read.saturating_mul(shared_reads[i] * (N - 1)));
		assert_eq!(b.weight, want, "{name}: charged each shared key once");
	}
	assert_eq!(alone, 22, "a job alone writes what the test above counts");
	assert!(keys <= 16.0, "{keys} keys a job in batches of {N}");
}

/// What a block's deadlines cost once whatever they hold: reading and taking the bucket,
/// `Congestion` and `CongestionLevel` read and written at the block's end, and the block's
/// randomness.
fn block_fixed() -> Weight {
	<() as crate::WeightInfo>::deadline_bucket()
		.saturating_add(<() as crate::WeightInfo>::block_randomness())
		.saturating_add(write())
		.saturating_add(<Test as frame_system::Config>::DbWeight::get().reads_writes(2, 2))
}

#[test]
fn draws_that_fail_their_jobs_are_charged_for_the_refunds() {
	// The only provider of a model unbonds after jobs were submitted (it leaves the pools at
	// once): every draw fails for want of providers and refunds its job. The refunds write the
	// submitter's escrow and an expiry bucket, which a draw's weight does not count: each failed
	// draw is charged a conclusion besides, which does, and only then do the keys the refunds
	// share (the escrow's hold and account, the expiry bucket) come off the later ones.
	let run = |jobs: u64| {
		new_test_ext().execute_with(|| {
			let m = one_provider_model();
			let first = crate::NextJobId::<Test>::get();
			submit_audited(m, jobs);
			assert_ok!(Providers::unbond(RuntimeOrigin::signed(P1)));
			let at = draw_block(first);
			let mut weight = Weight::zero();
			let keys: u32 = writes_of(|| weight = block(at)).per_job.values().sum();
			for id in first..first + jobs {
				let phase = crate::Jobs::<Test>::get(id).unwrap().phase;
				assert!(matches!(phase, Phase::Failed { .. }), "{phase:?}");
			}
			assert_eq!(escrow(USER), 0, "refunded");
			(keys, weight)
		})
	};
	let (_, one) = run(1);
	let (keys, two) = run(2);
	let write = write();
	let shared = write.saturating_mul(3);
	// Read again by the second draw: the minimum bond and the model's pool, and the keys the
	// first refund wrote.
	let read_again = <Test as frame_system::Config>::DbWeight::get().reads(5);
	assert_eq!(
		two,
		one.saturating_mul(2)
			.saturating_sub(block_fixed())
			.saturating_sub(shared)
			.saturating_sub(read_again)
	);
	let conclusion = <() as crate::WeightInfo>::conclude(1, 0);
	assert!(one.all_gte(conclusion), "a failed draw is charged a conclusion");
	assert!(two.ref_time() >= write.ref_time() * u64::from(keys), "{keys} keys written");
}

#[test]
#[allow(non_snake_case)]
fn jobs_submitted_together_write_what_separate_submissions_do_and_are_charged_it() {
	// Separate transactions write the job counter, the draw's bucket and the escrow once per
	// block too (the overlay merges them), but each is charged all six of its writes;
	// `submit_many` charges what reaches the database.
	let N = u64::from(batch_size());
	let apart = new_test_ext().execute_with(|| batched_life(N, submit_audited));
	let together = new_test_ext().execute_with(|| batched_life(N, submit_audited_together));
	let (("submit", apart_submit), ("submit", together_submit)) = (&apart[0], &together[0]) else {
		panic!("the first step is the submission")
	};
	assert_eq!(together_submit.keys, apart_submit.keys, "the same keys reach the database");
	assert_eq!(
		together_submit.weight,
		apart_submit
			.weight
			.saturating_sub(write().saturating_mul(4 * (N - 1)))
			.saturating_sub(<Test as frame_system::Config>::DbWeight::get().reads(8 * (N - 1))),
		"charged the counter, the bucket, the hold and the account once, and what is read again"
	);
	for ((name, a), (_, b)) in apart.iter().zip(&together).skip(1) {
		assert_eq!(
			(a.keys, a.weight),
			(b.keys, b.weight),
			"{name}: the rest of the life is the same"
		);
	}
	let keys: f64 = together.iter().map(|(_, m)| m.keys as f64 / N as f64).sum();
	let weight: u64 = together.iter().map(|(_, m)| m.weight.ref_time()).sum::<u64>() / N;
	println!("{N} audited jobs submitted together: {keys:.2} keys and {weight} ps a job");
}

#[test]
fn an_audit_draw_is_charged_for_what_it_read() {
	// Each alone in its block: the block's fixed cost, the job's read and the draw, less the
	// deadline buckets its search did not read.
	let db = <Test as frame_system::Config>::DbWeight::get();
	// Not audited (a trusted primary, the default tier's common case): it read the primary's
	// record and opened the reveals, and no pool. Charged its own benchmark, `audit_skipped`.
	new_test_ext().execute_with(|| {
		let first = crate::NextJobId::<Test>::get();
		let steps = batched_life(1, submit_audited);
		let (name, audit) = &steps[3];
		assert_eq!(*name, "audit draw (on_initialize)");
		assert_eq!(crate::Jobs::<Test>::get(first).unwrap().audit, Audit::Skipped);
		let want = block_fixed()
			.saturating_add(db.reads(1))
			.saturating_add(<() as crate::WeightInfo>::audit_skipped())
			.saturating_sub(unread_buckets(1));
		assert_eq!(audit.weight, want);
	});
	// Audited (an untrusted primary): it read the model's pool too and drew an auditor.
	// Charged a draw, `assign`, for the pool it read, and the primary's record and whether the
	// job is private (`PrivateJobs`), which `assign`'s benchmark does not read.
	new_test_ext().execute_with(|| {
		let m = setup(ComparisonRule::Exact);
		let id = crate::audit_tests::audited_job(m, P1);
		assert_ok!(commit(id, P1, &good_output()));
		let Phase::Auditing { at, .. } = crate::Jobs::<Test>::get(id).unwrap().phase else {
			panic!("not auditing")
		};
		let value = (0u32..10_000)
			.map(|i| sp_crypto_hashing::blake2_256(&(b"audit-try", i).encode()))
			.find(|v| crate::audit_tests::audit_roll(id, *v) < 1_000_000_000)
			.unwrap();
		set_block_randomness(at, Some(value));
		let weight = block(at);
		let job = crate::Jobs::<Test>::get(id).unwrap();
		assert_eq!(job.audit, Audit::Audited);
		let pool = crate::Pallet::<Test>::bonded_pool(m).1;
		assert!(pool > 1, "a pool to draw an auditor from");
		let want = block_fixed()
			.saturating_add(db.reads(3))
			.saturating_add(<() as crate::WeightInfo>::assign(
				pool,
				job.terms.redundancy.max(job.terms.escalation),
			))
			.saturating_sub(unread_buckets(1));
		assert_eq!(weight, want);
	});
}

#[test]
fn a_settlement_whose_expiry_search_took_a_full_bucket_is_charged_that_bucket_read() {
	// A settlement's weight counts one expiry bucket read. When its search found the first
	// bucket full it read two, so the bucket it wrote is not taken off as read again, even when
	// an earlier settlement of the batch wrote it (its write is).
	let [free, full] = [false, true].map(|full_expiry| {
		new_test_ext().execute_with(|| {
			let steps = batched_life_with(2, submit_audited, full_expiry);
			let (name, settle) = &steps[4];
			assert_eq!(*name, "revealMany (settles)");
			settle.weight
		})
	});
	let read = <Test as frame_system::Config>::DbWeight::get().reads(1);
	assert_eq!(full, free.saturating_add(read));
}
