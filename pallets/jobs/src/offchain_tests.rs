//! The off-chain worker with a mock inference engine in place of the node's.

use crate::{mock::*, Phase, Results};
use codec::Decode;
use frame_support::{assert_ok, traits::Hooks};
use sp_core::offchain::{
	testing::{PoolState, TestOffchainExt, TestTransactionPoolExt},
	OffchainDbExt, OffchainWorkerExt, TransactionPoolExt,
};
use sp_runtime::{generic::Preamble, testing::UintAuthorityId, traits::Dispatchable};
use std::sync::{Arc, Mutex};
use verity_inference::{
	InferenceEngine, InferenceError, InferenceExt, InferenceRequest, WorkerError, WorkerEvent,
};
use verity_primitives::ComparisonRule;

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
	let mut t = new_test_ext();
	let (offchain, _) = TestOffchainExt::new();
	let (pool, pool_state) = TestTransactionPoolExt::new();
	let engine =
		Arc::new(MockEngine { answer, calls: Mutex::new(0), events: Mutex::new(Vec::new()) });
	t.register_extension(OffchainWorkerExt::new(offchain.clone()));
	t.register_extension(OffchainDbExt::new(offchain));
	t.register_extension(TransactionPoolExt::new(pool));
	t.register_extension(InferenceExt(engine.clone() as Arc<dyn InferenceEngine>));
	(t, pool_state, engine)
}

/// Takes the worker's transactions out of the pool and dispatches them, signed by their
/// senders; returns how many there were.
fn dispatch_pool(pool: &Arc<parking_lot::RwLock<PoolState>>) -> usize {
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

#[test]
fn the_worker_commits_then_reveals_and_the_job_completes() {
	let (mut t, pool, engine) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), 0, input(), 10_000));
		let providers = assigned(0);
		UintAuthorityId::set_all_keys(providers.clone());

		Jobs::offchain_worker(1);
		assert_eq!(*engine.calls.lock().unwrap(), 3, "one inference per local provider");
		// A second run before the commits land submits nothing again.
		Jobs::offchain_worker(1);
		assert_eq!(pool.read().transactions.len(), 3);
		assert_eq!(engine.reported(&WorkerEvent::JobSeen), 3, "seen once per local provider");
		assert_eq!(engine.reported(&WorkerEvent::CommitsSubmitted(1)), 3);
		for p in &providers {
			let record = Jobs::work_record(0, p).expect("output and salt are kept");
			assert_eq!(record.output, good());
			assert_eq!(record.committed_at, Some(1));
		}
		assert_eq!(dispatch_pool(&pool), 3);
		assert!(matches!(crate::Jobs::<Test>::get(0).unwrap().phase, Phase::Revealing { .. }));

		Jobs::offchain_worker(1);
		assert_eq!(
			*engine.calls.lock().unwrap(),
			3,
			"the stored output is revealed, not recomputed"
		);
		assert_eq!(engine.reported(&WorkerEvent::RevealsSubmitted(1)), 3);
		assert_eq!(dispatch_pool(&pool), 3);
		assert!(matches!(crate::Jobs::<Test>::get(0).unwrap().phase, Phase::Completed { .. }));
		assert_eq!(Results::<Test>::get(0).unwrap().into_inner(), good());
		// Nothing is left to do.
		Jobs::offchain_worker(2);
		assert!(pool.read().transactions.is_empty());
		// What the worker kept of the ended job goes FORGET_AFTER blocks later, not before.
		let forget = crate::offchain::FORGET_AFTER as u64;
		Jobs::offchain_worker(2 + forget - 1);
		assert!(providers.iter().all(|p| Jobs::work_record(0, p).is_some()));
		Jobs::offchain_worker(2 + forget);
		assert!(providers.iter().all(|p| Jobs::work_record(0, p).is_none()));
	});
}

#[test]
fn only_local_providers_act() {
	let (mut t, pool, _) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), 0, input(), 10_000));
		let providers = assigned(0);
		let outsider = PROVIDERS.iter().copied().find(|p| !providers.contains(p)).unwrap();
		UintAuthorityId::set_all_keys(vec![providers[0], outsider]);
		Jobs::offchain_worker(1);
		assert_eq!(pool.read().transactions.len(), 1, "only the assigned local provider commits");
	});
}

#[test]
fn a_failed_inference_commits_nothing() {
	let (mut t, pool, engine) = ocw_ext(Err(InferenceError::Timeout));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), 0, input(), 10_000));
		UintAuthorityId::set_all_keys(assigned(0));
		Jobs::offchain_worker(1);
		assert_eq!(engine.calls(), 3);
		assert!(pool.read().transactions.is_empty());
		assert!(
			Jobs::work_record(0, &assigned(0)[0]).is_none(),
			"nothing is stored; the next run tries again"
		);
		let max = crate::offchain::MAX_INFERENCE_ATTEMPTS as u32;
		for run in 2..=max {
			Jobs::offchain_worker(run as u64);
			assert_eq!(engine.calls(), 3 * run, "run {run} tries every provider again");
		}
		assert_eq!(engine.reported(&WorkerEvent::Error(WorkerError::GaveUp)), 3);
		Jobs::offchain_worker(max as u64 + 1);
		assert_eq!(engine.calls(), 3 * max, "after {max} failed attempts the worker gives up");
		assert!(pool.read().transactions.is_empty());
		assert_eq!(engine.reported(&WorkerEvent::JobSeen), 3, "each provider saw the job once");
	});
}

#[test]
fn a_commit_that_did_not_land_is_submitted_again_later() {
	let (mut t, pool, _) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), 0, input(), 10_000));
		let providers = assigned(0);
		UintAuthorityId::set_all_keys(vec![providers[0]]);
		Jobs::offchain_worker(1);
		// The transaction is lost.
		pool.write().transactions.clear();
		Jobs::offchain_worker(1 + crate::offchain::RESUBMIT_AFTER as u64 - 1);
		assert!(pool.read().transactions.is_empty());
		Jobs::offchain_worker(1 + crate::offchain::RESUBMIT_AFTER as u64);
		assert_eq!(pool.read().transactions.len(), 1);
	});
}

#[test]
fn a_provider_commits_and_reveals_all_its_jobs_in_one_transaction_each() {
	let (mut t, pool, engine) = ocw_ext(Ok(good()));
	t.execute_with(|| {
		setup(ComparisonRule::Exact);
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), 0, input(), 10_000));
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), 0, input(), 10_000));
		let p = assigned(0).into_iter().find(|p| assigned(1).contains(p)).unwrap();
		UintAuthorityId::set_all_keys(vec![p]);

		Jobs::offchain_worker(1);
		assert_eq!(*engine.calls.lock().unwrap(), 2);
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

		Jobs::offchain_worker(2);
		let txs = pool.read().transactions.clone();
		assert_eq!(txs.len(), 1, "one reveal_many for both jobs");
		let tx = Extrinsic::decode(&mut &txs[0][..]).unwrap();
		assert!(matches!(tx.function, RuntimeCall::Jobs(crate::Call::reveal_many { ref reveals }) if reveals.len() == 2));
	});
}
