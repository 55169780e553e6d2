//! The off-chain worker with a mock inference engine in place of the node's.

use crate::{mock::*, Phase, Results};
use codec::{Decode, Encode};
use frame_support::{
	assert_ok,
	traits::{fungible::Inspect, Hooks},
};
use sp_core::offchain::{
	testing::{PoolState, TestOffchainExt, TestTransactionPoolExt},
	OffchainDbExt, OffchainWorkerExt, TransactionPoolExt,
};
use sp_runtime::{generic::Preamble, testing::UintAuthorityId, traits::Dispatchable};
use std::sync::{Arc, Mutex};
use verity_inference::{
	InferenceEngine, InferenceError, InferenceExt, InferenceRequest, StoredDataExt, WorkerError,
	WorkerEvent,
};
use verity_primitives::{ComparisonRule, FailureKind, Outcome};

/// Answers every request with a fixed output, or an error, counts the requests and keeps what
/// the worker reports.
struct MockEngine {
	answer: Result<Vec<u8>, InferenceError>,
	calls: Mutex<u32>,
	events: Mutex<Vec<WorkerEvent>>,
}

impl MockEngine {
	fn calls(&self) -> u32 {
		*self.calls.lock().unwrap()
	}

	fn reported(&self, event: &WorkerEvent) -> usize {
		self.events.lock().unwrap().iter().filter(|e| *e == event).count()
	}
}

impl InferenceEngine for MockEngine {
	fn infer(&self, request: &InferenceRequest) -> Result<Vec<u8>, InferenceError> {
		*self.calls.lock().unwrap() += 1;
		assert_eq!(request.input, input().into_inner(), "the worker sends the job's input");
		self.answer.clone()
	}

	fn report(&self, event: WorkerEvent) {
		self.events.lock().unwrap().push(event);
	}
}

fn ocw_ext(
	answer: Result<Vec<u8>, InferenceError>,
) -> (sp_io::TestExternalities, Arc<parking_lot::RwLock<PoolState>>, Arc<MockEngine>) {
	with_engine(MockEngine { answer, calls: Mutex::new(0), events: Mutex::new(Vec::new()) })
}

/// Test externalities for the off-chain worker with `engine` as the node's inference engine:
/// the externalities, the transaction pool's state and the engine.
pub(crate) fn with_engine<E: InferenceEngine + 'static>(
	engine: E,
) -> (sp_io::TestExternalities, Arc<parking_lot::RwLock<PoolState>>, Arc<E>) {
	let mut t = new_test_ext();
	let (offchain, _) = TestOffchainExt::new();
	let (pool, pool_state) = TestTransactionPoolExt::new();
	let engine = Arc::new(engine);
	t.register_extension(OffchainWorkerExt::new(offchain.clone()));
	t.register_extension(OffchainDbExt::new(offchain));
	t.register_extension(TransactionPoolExt::new(pool));
	t.register_extension(InferenceExt(engine.clone() as Arc<dyn InferenceEngine>));
	// A node's keystore, with no encryption (`vrte`) key unless a test adds one.
	t.register_extension(
		sp_keystore::KeystoreExt::new(sp_keystore::testing::MemoryKeystore::new()),
	);
	(t, pool_state, engine)
}

/// As `ocw_ext`, with a node database that holds `data` (under the hash of `indexed`).
fn ocw_ext_with_data(
	answer: Result<Vec<u8>, InferenceError>,
	indexed: Vec<u8>,
	data: Option<Vec<u8>>,
) -> (sp_io::TestExternalities, Arc<parking_lot::RwLock<PoolState>>, Arc<MockEngine>) {
	let (mut t, pool, engine) = ocw_ext(answer);
	let key = sp_io::hashing::blake2_256(&indexed);
	t.register_extension(StoredDataExt(Arc::new(
		move |hash: &[u8; 32]| {
			if *hash == key {
				data.clone()
			} else {
				None
			}
		},
	)));
	(t, pool, engine)
}

/// Takes the worker's transactions out of the pool and dispatches them, signed by their
/// senders; returns how many there were.
pub(crate) fn dispatch_pool(pool: &Arc<parking_lot::RwLock<PoolState>>) -> usize {
	let txs = std::mem::take(&mut pool.write().transactions);
	for raw in &txs {
		let tx = Extrinsic::decode(&mut &raw[..]).expect("a transaction of ours");
		let Preamble::Signed(who, _, _) = tx.preamble else { panic!("unsigned transaction") };
		assert_ok!(tx.function.dispatch(RuntimeOrigin::signed(who)));
	}
	txs.len()
}

fn good() -> Vec<u8> {
	floats(&[0.25, 0.75])
}

/// What the worker keeps of `job` for provider `p`.
fn record(job: u64, p: AccountId) -> Option<crate::offchain::WorkRecord<u64>> {
	let j = crate::Jobs::<Test>::get(job)?;
	Jobs::work_record(&Jobs::job_key(job, &j), &p)
}

/// Submits a job from USER (block 1) and draws three providers for it (block 2).
fn drawn_job() -> Vec<AccountId> {
	let job = crate::NextJobId::<Test>::get();
	assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), 0, input(), 10_000, Q3));
	draw_distinct(job);
	assigned(job)
}

#[test]
fn the_worker_commits_then_reveals_and_the_job_completes() {
	let (mut t, pool, engine) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), 0, input(), 10_000, Q3));
		UintAuthorityId::set_all_keys(PROVIDERS.to_vec());
		// Before the draw nobody has anything to do.
		Jobs::offchain_worker(1);
		assert_eq!(engine.calls(), 0);
		draw_distinct(0);
		let providers = assigned(0);

		Jobs::offchain_worker(2);
		assert_eq!(engine.calls(), 3, "one inference per local provider");
		// A second run before the commits land submits nothing again.
		Jobs::offchain_worker(2);
		assert_eq!(pool.read().transactions.len(), 3);
		assert_eq!(engine.reported(&WorkerEvent::JobSeen), 3, "seen once per local provider");
		assert_eq!(engine.reported(&WorkerEvent::CommitsSubmitted(1)), 3);
		for p in &providers {
			let record = record(0, *p).expect("outcome and salt are kept");
			assert_eq!(record.outcome, Outcome::Output(good()));
			assert_eq!(record.committed_at, Some(2));
		}
		assert_eq!(dispatch_pool(&pool), 3);
		assert!(matches!(crate::Jobs::<Test>::get(0).unwrap().phase, Phase::Revealing { .. }));

		Jobs::offchain_worker(2);
		assert_eq!(engine.calls(), 3, "the stored output is revealed, not recomputed");
		assert_eq!(engine.reported(&WorkerEvent::RevealsSubmitted(1)), 3);
		assert_eq!(dispatch_pool(&pool), 3);
		assert!(matches!(crate::Jobs::<Test>::get(0).unwrap().phase, Phase::Completed { .. }));
		assert_eq!(Results::<Test>::get(0).unwrap().into_inner(), good());
		// Nothing is left to do.
		Jobs::offchain_worker(3);
		assert!(pool.read().transactions.is_empty());
		// What the worker kept of the ended job goes FORGET_AFTER blocks later, not before.
		let forget = crate::offchain::FORGET_AFTER as u64;
		Jobs::offchain_worker(3 + forget - 1);
		assert!(providers.iter().all(|p| record(0, *p).is_some()));
		Jobs::offchain_worker(3 + forget);
		assert!(providers.iter().all(|p| record(0, *p).is_none()));
	});
}

#[test]
fn only_local_providers_act() {
	let (mut t, pool, _) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		let providers = drawn_job();
		let outsider = PROVIDERS.iter().copied().find(|p| !providers.contains(p)).unwrap();
		UintAuthorityId::set_all_keys(vec![providers[0], outsider]);
		Jobs::offchain_worker(2);
		assert_eq!(pool.read().transactions.len(), 1, "only the assigned local provider commits");
	});
}

/// The outcome each of the job's providers committed to, after the worker ran once with every
/// provider's key.
fn committed_outcome(answer: Result<Vec<u8>, InferenceError>) -> (Outcome<Vec<u8>>, usize, u32) {
	let (mut t, pool, engine) = ocw_ext(answer);
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		let providers = drawn_job();
		UintAuthorityId::set_all_keys(providers.clone());
		Jobs::offchain_worker(2);
		let outcome = record(0, providers[0]).map(|r| r.outcome);
		let sent = pool.read().transactions.len();
		(outcome.unwrap_or(Outcome::Output(vec![])), sent, engine.calls())
	})
}

#[test]
fn an_engine_failure_caused_by_the_job_is_committed_at_once() {
	for (error, kind) in [
		(InferenceError::Timeout, FailureKind::Timeout),
		(InferenceError::MalformedModel, FailureKind::ModelInvalid),
		(InferenceError::Failed, FailureKind::InferenceFailed),
		(InferenceError::InputMismatch, FailureKind::InferenceFailed),
	] {
		let (outcome, sent, calls) = committed_outcome(Err(error.clone()));
		assert_eq!(outcome, Outcome::Failure(kind), "{error:?}");
		assert_eq!((sent, calls), (3, 3), "{error:?}: one try, then a commit each");
	}
}

#[test]
fn outputs_the_chain_would_refuse_are_committed_as_failures() {
	// Three floats where the model declares two.
	let (outcome, sent, _) = committed_outcome(Ok(floats(&[0.1, 0.2, 0.7])));
	assert_eq!((outcome, sent), (Outcome::Failure(FailureKind::OutputInvalid), 3));
	// Longer than stored data may be (4096 bytes in the mock).
	let (outcome, sent, _) = committed_outcome(Ok(rows(600)));
	assert_eq!((outcome, sent), (Outcome::Failure(FailureKind::OutputTooLarge), 3));
}

/// An output of `n` rows of two floats, the mock model's `[Dynamic, 2]`.
fn rows(n: usize) -> Vec<u8> {
	verity_primitives::tensor::encode_tensors(&[verity_primitives::Tensor {
		elem: verity_primitives::ElementType::Float32,
		shape: vec![n as u64, 2],
		data: (0..2 * n).flat_map(|i| (i as f32).to_le_bytes()).collect(),
	}])
}

#[test]
fn an_output_longer_than_the_chain_holds_is_stored_by_one_reveal_and_named_by_hash() {
	// 300 rows: longer than MaxOutputLen (1024 bytes in the mock), within the 4096 stored.
	let output = rows(300);
	let (mut t, pool, _) = ocw_ext(Ok(output.clone()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		let providers = drawn_job();
		UintAuthorityId::set_all_keys(providers.clone());
		Jobs::offchain_worker(2);
		// The full output is kept off chain; the commitment is to its hash and length.
		assert_eq!(record(0, providers[0]).unwrap().outcome, Outcome::Output(output.clone()));
		assert_eq!(dispatch_pool(&pool), 3);
		let hash = sp_io::hashing::blake2_256(&output);
		let treasury = Balances::free_balance(TREASURY);

		// The first to reveal brings the bytes, in a transaction of its own.
		UintAuthorityId::set_all_keys(vec![providers[0]]);
		Jobs::offchain_worker(3);
		let calls = pool_calls(&pool);
		assert!(
			matches!(&calls[..], [RuntimeCall::Jobs(crate::Call::reveal_stored { output: o, .. })] if *o == output)
		);
		assert_eq!(dispatch_pool(&pool), 1);
		let fee = BLOB_FEE_PER_BYTE * output.len() as Balance;
		assert_eq!(Balances::free_balance(TREASURY), treasury + fee);

		// The others find the bytes kept: they reveal by hash, in their batches.
		UintAuthorityId::set_all_keys(providers[1..].to_vec());
		Jobs::offchain_worker(3);
		let calls = pool_calls(&pool);
		assert_eq!(calls.len(), 2);
		let by_hash = Outcome::Stored { hash, len: output.len() as u32 };
		for call in calls {
			let RuntimeCall::Jobs(crate::Call::reveal_many { reveals, .. }) = call else {
				panic!("a reveal by hash")
			};
			let items: Vec<_> = reveals.iter().map(|(job, o, _)| (*job, o.clone())).collect();
			assert_eq!(items, vec![(0, by_hash.clone())]);
		}
		dispatch_pool(&pool);
		assert_eq!(Balances::free_balance(TREASURY), treasury + fee + 30, "stored once");
		assert_eq!(crate::StoredResults::<Test>::get(0), Some((hash.into(), output.len() as u32)));
		assert!(Results::<Test>::get(0).is_none());
	});
}

/// The calls of the transactions waiting in the pool.
pub(crate) fn pool_calls(pool: &Arc<parking_lot::RwLock<PoolState>>) -> Vec<RuntimeCall> {
	pool.read()
		.transactions
		.iter()
		.map(|raw| Extrinsic::decode(&mut &raw[..]).expect("a transaction of ours").function)
		.collect()
}

#[test]
fn a_model_that_cannot_be_fetched_is_tried_three_times_then_committed_as_unavailable() {
	let (mut t, pool, engine) = ocw_ext(Err(InferenceError::ModelUnavailable));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		let providers = drawn_job();
		UintAuthorityId::set_all_keys(providers.clone());
		let max = crate::offchain::MAX_INFERENCE_ATTEMPTS as u32;
		for run in 1..max {
			Jobs::offchain_worker(1 + run as u64);
			assert!(pool.read().transactions.is_empty(), "run {run}: it may pass; try again");
			assert!(record(0, providers[0]).is_none());
		}
		Jobs::offchain_worker(1 + max as u64);
		assert_eq!(engine.calls(), 3 * max);
		assert_eq!(pool.read().transactions.len(), 3);
		assert_eq!(
			record(0, providers[0]).unwrap().outcome,
			Outcome::Failure(FailureKind::ModelUnavailable)
		);
		assert_eq!(engine.reported(&WorkerEvent::Failure(FailureKind::ModelUnavailable)), 3);

		// The committee agrees: the job ends unprocessable, the owner's deposit pays, nobody
		// is slashed.
		dispatch_pool(&pool);
		Jobs::offchain_worker(2 + max as u64);
		dispatch_pool(&pool);
		assert_eq!(
			crate::Jobs::<Test>::get(0).unwrap().phase,
			Phase::Failed {
				at: 3,
				reason: crate::FailReason::Unprocessable(FailureKind::ModelUnavailable)
			}
		);
	});
}

#[test]
fn a_node_that_cannot_infer_at_all_commits_nothing() {
	let (mut t, pool, engine) = ocw_ext(Err(InferenceError::NoEngine));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		let providers = drawn_job();
		UintAuthorityId::set_all_keys(providers);
		let max = crate::offchain::MAX_INFERENCE_ATTEMPTS as u32;
		for run in 1..=max {
			Jobs::offchain_worker(1 + run as u64);
			assert_eq!(engine.calls(), 3 * run, "run {run} tries every provider again");
		}
		assert_eq!(engine.reported(&WorkerEvent::Error(WorkerError::GaveUp)), 3);
		Jobs::offchain_worker(2 + max as u64);
		assert_eq!(engine.calls(), 3 * max, "after {max} attempts the worker gives up");
		assert!(pool.read().transactions.is_empty());
		assert_eq!(engine.reported(&WorkerEvent::JobSeen), 3, "each provider saw the job once");
	});
}

#[test]
fn a_commit_that_did_not_land_is_submitted_again_later() {
	let (mut t, pool, _) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		let providers = drawn_job();
		UintAuthorityId::set_all_keys(vec![providers[0]]);
		Jobs::offchain_worker(2);
		let first = last_nonce().unwrap();
		// The transaction is lost: the node's pool dropped it while telling the worker it took
		// it (the fork-aware pool does so with a transaction every view it has refuses, as one
		// whose era starts at a block it has no view of yet, seen on the local network).
		pool.write().transactions.clear();
		Jobs::offchain_worker(2 + crate::offchain::RESUBMIT_AFTER as u64 - 1);
		assert!(pool.read().transactions.is_empty());
		Jobs::offchain_worker(2 + crate::offchain::RESUBMIT_AFTER as u64);
		assert_eq!(pool.read().transactions.len(), 1);
		// With the nonce the lost one had: one after it would wait behind a transaction that
		// never comes, past the job's deadline (an honest provider slashed as a no-show).
		assert_eq!(last_nonce(), Some(first), "sent again with the lost transaction's nonce");
		dispatch_pool(&pool);
		assert!(crate::Jobs::<Test>::get(0)
			.unwrap()
			.assignments
			.iter()
			.any(|a| a.commitment.is_some()));
	});
}

#[test]
fn a_commit_made_on_a_fork_that_lost_is_submitted_again_at_once() {
	let (mut t, pool, _) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		let providers = drawn_job();
		UintAuthorityId::set_all_keys(vec![providers[0]]);
		frame_system::BlockHash::<Test>::insert(2, sp_core::H256::repeat_byte(2));
		Jobs::offchain_worker(2);
		assert_eq!(pool.read().transactions.len(), 1);
		// On the same chain, the commit waits in the pool: nothing is sent again.
		Jobs::offchain_worker(3);
		assert_eq!(pool.read().transactions.len(), 1);
		// Block 2 is replaced by another (a short fork lost): the commit, whose era starts in
		// the old block 2, can never land; the worker makes it again in the next block, with
		// the same nonce.
		let first = pool.write().transactions.remove(0);
		frame_system::BlockHash::<Test>::insert(2, sp_core::H256::repeat_byte(0xbb));
		Jobs::offchain_worker(3);
		let again = pool.read().transactions.clone();
		assert_eq!(again.len(), 1, "sent again at once, not after RESUBMIT_AFTER blocks");
		let nonce = |raw: &Vec<u8>| {
			let tx = Extrinsic::decode(&mut &raw[..]).unwrap();
			let Preamble::Signed(_, _, ext) = tx.preamble else { panic!("unsigned") };
			ext.encode()
		};
		assert_eq!(nonce(&first), nonce(&again[0]), "the same nonce");
		dispatch_pool(&pool);
		assert!(crate::Jobs::<Test>::get(0)
			.unwrap()
			.assignments
			.iter()
			.any(|a| a.commitment.is_some()));
	});
}

/// Has P1's worker send a transaction at block `at`; whether the worker sent it.
fn try_send_at(at: u64) -> bool {
	let call = crate::Call::<Test>::commit_many {
		commits: vec![(0, sp_core::H256::zero())].try_into().unwrap(),
	};
	Jobs::send(&UintAuthorityId(P1), &P1, call, at)
}

/// Sends a transaction from P1's worker at block `at`; returns its nonce.
fn send_at(at: u64) -> u32 {
	assert!(try_send_at(at));
	last_nonce().unwrap()
}

#[test]
fn after_a_reorg_the_worker_reuses_exactly_the_nonces_of_transactions_invalid_here() {
	let (mut t, _pool, _) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		let chain = frame_system::Pallet::<Test>::account_nonce(P1);
		frame_system::BlockHash::<Test>::insert(10, sp_core::H256::repeat_byte(10));
		frame_system::BlockHash::<Test>::insert(11, sp_core::H256::repeat_byte(11));
		// On one chain, transactions still waiting in the pool are counted on.
		assert_eq!(send_at(10), chain);
		assert_eq!(send_at(10), chain + 1);
		assert_eq!(send_at(11), chain + 2);
		// Block 11 is replaced by another. The two transactions made in block 10 (their era
		// starts there, on both forks) can still land; the one made in the old block 11
		// cannot: its nonce is taken again, not one after it, which would wait for ever.
		frame_system::BlockHash::<Test>::insert(11, sp_core::H256::repeat_byte(0xaa));
		assert_eq!(send_at(11), chain + 2);
		assert_eq!(send_at(11), chain + 3);
		// Once they landed, the chain's nonce is where the worker goes on from.
		frame_system::Account::<Test>::mutate(P1, |a| a.nonce = chain + 4);
		assert_eq!(send_at(12), chain + 4);
	});
}

#[test]
fn transactions_waiting_by_the_dozen_never_share_a_nonce() {
	let (mut t, pool, _) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		let chain = frame_system::Pallet::<Test>::account_nonce(P1);
		// Under a burst a provider's commits and reveals wait in the pool by the dozen (an
		// 8,000-job `quorum:3` burst on one node). Each needs a nonce of its own: one given a
		// waiting transaction's nonce is refused, or replaces it (lost until RESUBMIT_AFTER
		// blocks later, and a reveal lost past its deadline slashes an honest provider).
		let n = 40;
		let nonces: Vec<u32> = (0..n).map(|_| send_at(10)).collect();
		assert_eq!(nonces, (chain..chain + n).collect::<Vec<_>>());
		assert_eq!(pool.read().transactions.len(), n as usize);
	});
}

#[test]
fn a_worker_with_its_most_transactions_waiting_sends_more_once_some_land() {
	let (mut t, pool, _) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		let chain = frame_system::Pallet::<Test>::account_nonce(P1);
		let most = crate::offchain::MAX_SENT as u32;
		for _ in 0..most {
			send_at(10);
		}
		// One more would need a nonce the worker no longer tracks: it waits instead.
		assert!(!try_send_at(11));
		assert_eq!(pool.read().transactions.len(), most as usize);
		// One landed: the next takes the nonce after the last one waiting.
		frame_system::Account::<Test>::mutate(P1, |a| a.nonce = chain + 1);
		assert_eq!(send_at(11), chain + most);
	});
}

#[test]
fn a_dropped_transaction_does_not_hold_the_workers_nonce_back_for_ever() {
	let (mut t, _pool, _) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		let chain = frame_system::Pallet::<Test>::account_nonce(P1);
		// The first transaction is dropped (say, the node restarted with an empty pool); the
		// worker keeps sending one a block, each waiting behind it.
		let window = crate::offchain::RESUBMIT_AFTER as u64;
		let nonces: Vec<u32> = (10..10 + window).map(send_at).collect();
		assert_eq!(nonces, (chain..chain + window as u32).collect::<Vec<_>>());
		// The chain's nonce has not moved for the whole window: the worker starts again from it.
		assert_eq!(send_at(10 + window), chain);
		assert_eq!(send_at(10 + window), chain + 1);
	});
}

#[test]
fn a_record_is_kept_by_what_the_job_is_so_a_reorg_never_reuses_another_jobs_outcome() {
	let (mut t, pool, engine) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		let providers = drawn_job();
		let p = providers[0];
		UintAuthorityId::set_all_keys(vec![p]);
		Jobs::offchain_worker(2);
		assert_eq!(engine.calls(), 1);
		let first_key = Jobs::job_key(0, &crate::Jobs::<Test>::get(0).unwrap());
		pool.write().transactions.clear();

		// Another fork: job 0 is another job (another input) with the same id and provider.
		crate::Jobs::<Test>::mutate(0, |j| {
			let j = j.as_mut().unwrap();
			j.input_hash = sp_core::H256::repeat_byte(7);
		});
		Jobs::offchain_worker(3);
		assert_eq!(engine.calls(), 2, "the other job is run, not answered from the first's record");
		let second_key = Jobs::job_key(0, &crate::Jobs::<Test>::get(0).unwrap());
		assert_ne!(first_key, second_key);
		assert!(Jobs::work_record(&first_key, &p).is_some(), "each fork's job has its own record");
		assert!(Jobs::work_record(&second_key, &p).is_some());
		assert_eq!(pool.read().transactions.len(), 1);
	});
}

#[test]
fn two_runs_never_replace_each_others_salt() {
	let (mut t, _pool, _) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		let providers = drawn_job();
		let p = providers[0];
		let job = crate::Jobs::<Test>::get(0).unwrap();
		let key = Jobs::job_key(0, &job);
		// Another run stored its record first (it committed with its salt).
		let theirs = crate::offchain::WorkRecord::<u64> {
			outcome: Outcome::Output(good()),
			salt: [42; 32],
			committed_at: None,
			revealed_at: None,
		};
		sp_runtime::offchain::storage::StorageValueRef::persistent(&offchain_work_key(&key, &p))
			.set(&theirs);
		UintAuthorityId::set_all_keys(vec![p]);
		Jobs::offchain_worker(2);
		assert_eq!(record(0, p).unwrap().salt, [42; 32], "the first salt stands");
		// And what it commits is bound to that salt.
		let txs = _pool.read().transactions.clone();
		let tx = Extrinsic::decode(&mut &txs[0][..]).unwrap();
		let RuntimeCall::Jobs(crate::Call::commit_many { commits }) = tx.function else {
			panic!("not a commit_many")
		};
		let expected = verity_primitives::commitment(&Outcome::Output(good()), &[42; 32], &p);
		assert_eq!(commits[0], (0, expected));
	});
}

/// The off-chain storage key of a work record (as the worker builds it).
fn offchain_work_key(key: &crate::offchain::JobKey<u64>, p: &AccountId) -> Vec<u8> {
	use codec::Encode;
	let mut k = b"verity/jobs/work/".to_vec();
	(key, p).encode_to(&mut k);
	k
}

#[test]
fn a_provider_commits_and_reveals_all_its_jobs_in_one_transaction_each() {
	let (mut t, pool, engine) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), 0, input(), 10_000, Q3));
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), 0, input(), 10_000, Q3));
		// A block randomness giving both committees a common provider.
		let shared = |v: [u8; 32]| {
			let (a, b) = (committee_with(0, v), committee_with(1, v));
			a.iter().any(|(p, _)| b.iter().any(|(q, _)| p == q))
		};
		let value = (0u32..1_000)
			.map(|i| sp_crypto_hashing::blake2_256(&(b"try", i).encode()))
			.find(|v| shared(*v))
			.unwrap();
		set_block_randomness(3, Some(value));
		run_to_block(3);
		let p = assigned(0).into_iter().find(|p| assigned(1).contains(p)).unwrap();
		UintAuthorityId::set_all_keys(vec![p]);

		Jobs::offchain_worker(2);
		assert_eq!(engine.calls(), 2);
		let txs = pool.read().transactions.clone();
		assert_eq!(txs.len(), 1, "one commit_many for both jobs");
		let tx = Extrinsic::decode(&mut &txs[0][..]).unwrap();
		let RuntimeCall::Jobs(crate::Call::commit_many { commits }) = tx.function else {
			panic!("not a commit_many: {:?}", tx.function)
		};
		assert_eq!(commits.iter().map(|(job, _)| *job).collect::<Vec<_>>(), vec![0, 1]);
		dispatch_pool(&pool);
		for job in [0, 1] {
			for q in assigned(job).into_iter().filter(|q| *q != p) {
				assert_ok!(commit(job, q, &good()));
			}
		}

		Jobs::offchain_worker(3);
		let txs = pool.read().transactions.clone();
		assert_eq!(txs.len(), 1, "one reveal_many for both jobs");
		let tx = Extrinsic::decode(&mut &txs[0][..]).unwrap();
		let RuntimeCall::Jobs(crate::Call::reveal_many { reveals, assignments }) = tx.function
		else {
			panic!("not a reveal_many: {:?}", tx.function)
		};
		assert_eq!(reveals.len(), 2);
		// Charged for the batch's largest job, as the worker declares it.
		let largest = [0, 1].map(|j| crate::Jobs::<Test>::get(j).unwrap().assignments.len() as u32);
		assert_eq!(assignments, largest.into_iter().max().unwrap());
		assert!(
			assignments
				< <<Test as crate::Config>::MaxRedundancy as frame_support::traits::Get<u32>>::get(
				)
		);
		// Applied within that bound.
		dispatch_pool(&pool);
		for job in [0, 1] {
			assert!(crate::Reveals::<Test>::contains_key(job, p), "job {job}: p's reveal stands");
		}
	});
}

#[test]
fn a_provider_sends_its_reveals_before_its_commits_so_they_never_wait_behind_them() {
	let (mut t, pool, _) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		let ps = drawn_job();
		let p = ps[0];
		UintAuthorityId::set_all_keys(vec![p]);
		Jobs::offchain_worker(System::block_number());
		dispatch_pool(&pool);
		for q in &ps[1..] {
			assert_ok!(commit(0, *q, &good()));
		}
		assert!(matches!(crate::Jobs::<Test>::get(0).unwrap().phase, Phase::Revealing { .. }));
		// A second job draws p while the first waits for its reveal: one run has both to send.
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), 0, input(), 10_000, Q3));
		draw(1, |c| c.iter().any(|(q, _)| *q == p));
		Jobs::offchain_worker(System::block_number());
		// A provider's transactions land in nonce order (the order sent): the reveal, whose
		// deadline is nearer, first.
		let calls = pool_calls(&pool);
		let jobs_of = |call: &RuntimeCall| match call {
			RuntimeCall::Jobs(crate::Call::reveal_many { reveals, .. }) => {
				("reveal_many", reveals.iter().map(|(j, ..)| *j).collect::<Vec<_>>())
			}
			RuntimeCall::Jobs(crate::Call::commit_many { commits }) => {
				("commit_many", commits.iter().map(|(j, _)| *j).collect())
			}
			other => panic!("unexpected {other:?}"),
		};
		assert_eq!(
			calls.iter().map(jobs_of).collect::<Vec<_>>(),
			vec![("reveal_many", vec![0]), ("commit_many", vec![1])]
		);
		dispatch_pool(&pool);
		assert!(crate::Reveals::<Test>::contains_key(0, p));
	});
}

#[test]
fn the_worker_serves_a_challenge_committee_and_the_old_providers_do_nothing_more() {
	let (mut t, pool, engine) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		UintAuthorityId::set_all_keys(PROVIDERS.to_vec());
		let providers = drawn_job();
		Jobs::offchain_worker(2);
		dispatch_pool(&pool);
		Jobs::offchain_worker(2);
		dispatch_pool(&pool);
		assert!(matches!(crate::Jobs::<Test>::get(0).unwrap().phase, Phase::Completed { .. }));
		assert_eq!(engine.calls(), 3);

		assert_ok!(Jobs::challenge(RuntimeOrigin::signed(USER), 0));
		let Phase::Challenged { at, .. } = crate::Jobs::<Test>::get(0).unwrap().phase else {
			panic!("not challenged")
		};
		run_to_block(at);
		let committee: Vec<AccountId> = crate::Jobs::<Test>::get(0)
			.unwrap()
			.assignments
			.iter()
			.filter(|a| a.role == crate::Role::Challenger)
			.map(|a| a.provider)
			.collect();
		assert_eq!(committee.len(), 1, "the one provider with no part in the job");
		assert!(!providers.contains(&committee[0]));
		Jobs::offchain_worker(at);
		assert_eq!(engine.calls(), 4, "only the committee runs the job again");
		assert_eq!(dispatch_pool(&pool), 1, "one commit, by the committee");
		Jobs::offchain_worker(at);
		assert_eq!(dispatch_pool(&pool), 1, "one reveal, by the committee");
		assert!(matches!(crate::Jobs::<Test>::get(0).unwrap().phase, Phase::Completed { .. }));
		assert_eq!(
			crate::Challenges::<Test>::get(0).unwrap().verdict,
			Some(crate::ChallengeVerdict::Upheld)
		);
		Jobs::offchain_worker(at + 1);
		assert!(pool.read().transactions.is_empty());
	});
}

/// Submits job 0 from USER with its input stored with the nodes (`data`, kept long enough),
/// draws three providers and runs their worker `runs` times, landing what it sends.
fn stored_job(
	data: &[u8],
	runs: u64,
	pool: &Arc<parking_lot::RwLock<PoolState>>,
) -> Vec<AccountId> {
	setup(ComparisonRule::Exact);
	let hash = store_blob(data, 10_000);
	assert_ok!(Jobs::submit_stored(
		RuntimeOrigin::signed(USER),
		0,
		hash,
		data.len() as u32,
		10_000,
		Q3
	));
	assert!(crate::Inputs::<Test>::get(0).is_none(), "the chain holds no input bytes");
	assert_eq!(crate::StoredInputs::<Test>::get(0), Some(data.len() as u32));
	let providers = drawn_job_at(0);
	UintAuthorityId::set_all_keys(providers.clone());
	for run in 0..runs {
		Jobs::offchain_worker(2 + run);
		dispatch_pool(pool);
	}
	providers
}

fn drawn_job_at(job: u64) -> Vec<AccountId> {
	draw_distinct(job);
	assigned(job)
}

#[test]
fn a_stored_input_is_read_from_the_node_and_the_job_completes() {
	let data = input().into_inner();
	let (mut t, pool, engine) = ocw_ext_with_data(Ok(good()), data.clone(), Some(data.clone()));
	t.execute_with(|| {
		stored_job(&data, 2, &pool);
		assert_eq!(engine.calls(), 3, "the engine got the stored bytes (MockEngine checks them)");
		assert!(matches!(crate::Jobs::<Test>::get(0).unwrap().phase, Phase::Completed { .. }));
		assert_eq!(Results::<Test>::get(0).unwrap().into_inner(), good());
	});
}

/// Runs a stored-input job whose node data is `data` through its committee; returns the
/// phase it ended in, the engine's calls, and what the submitter and the providers gained.
fn stored_job_ending(
	indexed: Vec<u8>,
	data: Option<Vec<u8>>,
) -> (Phase<u64>, u32, Balance, Vec<Balance>) {
	let (mut t, pool, engine) = ocw_ext_with_data(Ok(good()), indexed.clone(), data);
	t.execute_with(|| {
		let user = Balances::free_balance(USER);
		let before: Vec<Balance> = PROVIDERS.iter().map(Balances::total_balance).collect();
		let runs = crate::offchain::MAX_INFERENCE_ATTEMPTS as u64 + 1;
		stored_job(&indexed, runs, &pool);
		let phase = crate::Jobs::<Test>::get(0).unwrap().phase;
		let gained = PROVIDERS
			.iter()
			.zip(before)
			.map(|(p, b)| Balances::total_balance(p).saturating_sub(b))
			.collect();
		(phase, engine.calls(), user - Balances::free_balance(USER), gained)
	})
}

#[test]
fn stored_input_the_node_does_not_have_fails_typed_and_refunds_the_rest() {
	let data = input().into_inner();
	let (phase, calls, paid, gained) = stored_job_ending(data, None);
	assert_eq!(
		phase,
		Phase::Failed {
			at: 3,
			reason: crate::FailReason::Unprocessable(FailureKind::InputUnavailable)
		}
	);
	assert_eq!(calls, 0, "nothing to run");
	// The submitter paid the three seats that agreed, nothing else (royalty and protocol fee
	// refunded); nobody was slashed.
	assert_eq!(paid, 3 * PRICE);
	assert_eq!(gained.iter().filter(|g| **g == PRICE).count(), 3);
	assert!(gained.iter().all(|g| *g == 0 || *g == PRICE), "nobody slashed: {gained:?}");
}

#[test]
fn stored_input_that_does_not_match_its_hash_reads_as_unavailable() {
	let data = input().into_inner();
	let mut other = data.clone();
	other[0] ^= 1;
	let (phase, calls, _, _) = stored_job_ending(data, Some(other));
	assert_eq!(
		phase,
		Phase::Failed {
			at: 3,
			reason: crate::FailReason::Unprocessable(FailureKind::InputUnavailable)
		}
	);
	assert_eq!(calls, 0);
}

#[test]
fn a_stored_input_that_does_not_fit_the_model_is_committed_invalid_at_once() {
	let data = floats(&[1.0, 2.0]);
	let (mut t, pool, engine) = ocw_ext_with_data(Ok(good()), data.clone(), Some(data.clone()));
	t.execute_with(|| {
		let providers = stored_job(&data, 1, &pool);
		assert_eq!(engine.calls(), 0, "the engine never sees it");
		assert_eq!(
			record(0, providers[0]).unwrap().outcome,
			Outcome::Failure(FailureKind::InputInvalid)
		);
		Jobs::offchain_worker(3);
		dispatch_pool(&pool);
		assert_eq!(
			crate::Jobs::<Test>::get(0).unwrap().phase,
			Phase::Failed {
				at: 3,
				reason: crate::FailReason::Unprocessable(FailureKind::InputInvalid)
			}
		);
	});
}
