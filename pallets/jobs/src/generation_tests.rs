//! Stories of generation jobs: the model's limits at submission, and an audited generation
//! whose auditors check the primary's tokens teacher-forced instead of generating again.

use crate::offchain_tests::{dispatch_pool, with_engine};
use crate::{
	audit_tests::{job, of_role, run_audit},
	mock::*,
	Audit, Error, Phase, Results, Role, Tier,
};
use frame_support::{assert_noop, assert_ok, traits::Hooks};
use sp_core::offchain::testing::PoolState;
use sp_runtime::{testing::UintAuthorityId, Perbill};
use std::sync::{Arc, Mutex};
use verity_inference::{InferenceEngine, InferenceError, InferenceRequest};
use verity_primitives::{
	tensor::{encode_tensors, Tensor},
	ComparisonRule, Dim, ElementType, IoSpec, TensorSpec,
};

fn int64(name: &[u8], shape: Vec<Dim>) -> TensorSpec {
	TensorSpec {
		name: name.to_vec().try_into().unwrap(),
		elem: ElementType::Int64,
		shape: shape.try_into().unwrap(),
	}
}

fn generator_io() -> IoSpec {
	let row = vec![Dim::Fixed(1), Dim::Dynamic];
	IoSpec {
		inputs: vec![
			int64(b"input_ids", row.clone()),
			int64(b"max_new_tokens", vec![Dim::Fixed(1)]),
		]
		.try_into()
		.unwrap(),
		outputs: vec![int64(b"tokens", row)].try_into().unwrap(),
	}
}

fn ints(values: &[i64], shape: Vec<u64>) -> Tensor {
	Tensor {
		elem: ElementType::Int64,
		shape,
		data: values.iter().flat_map(|v| v.to_le_bytes()).collect(),
	}
}

/// A generation job's input: `prompt` and `max_new_tokens`.
fn prompt(ids: &[i64], max_new_tokens: i64) -> Vec<u8> {
	encode_tensors(&[ints(ids, vec![1, ids.len() as u64]), ints(&[max_new_tokens], vec![1])])
}

/// A generation's output: `tokens`.
fn tokens(ids: &[i64]) -> Vec<u8> {
	encode_tensors(&[ints(ids, vec![1, ids.len() as u64])])
}

const MARGIN_PPM: u32 = 1_000;

/// Registers a generator (16 new tokens at most, a context of 24) with four providers.
fn setup_generator() -> u32 {
	let m = register_generator();
	register_providers(m);
	m
}

/// Registers a generator (16 new tokens at most, a context of 24).
pub(crate) fn register_generator() -> u32 {
	assert_ok!(Models::register_with_kind(
		RuntimeOrigin::signed(OWNER),
		[7; 32],
		1_000,
		b"file:///models/tinylm.onnx".to_vec().try_into().unwrap(),
		generator_io(),
		ComparisonRule::Exact,
		ROYALTY,
		vec![pallet_models::Beneficiary { account: BEN1, share: Perbill::one() }]
			.try_into()
			.unwrap(),
		pallet_models::ModelKind::Generator(pallet_models::GeneratorSpec {
			tokenizer: pallet_models::TokenizerRef {
				hash: [8; 32],
				size: 2_000,
				uri: b"file:///models/tinylm.tokenizer.json".to_vec().try_into().unwrap(),
			},
			max_new_tokens: 16,
			max_context: 24,
			logit_margin_ppm: MARGIN_PPM,
		}),
	));
	pallet_models::NextModelId::<Test>::get() - 1
}

fn submit(m: u32, input: Vec<u8>, tier: Tier) -> sp_runtime::DispatchResult {
	Jobs::submit(RuntimeOrigin::signed(USER), m, input.try_into().unwrap(), 10_000, tier)
		.map(|_| ())
		.map_err(|e| e.error)
}

#[test]
fn a_generation_asking_for_more_than_its_model_allows_is_refused_and_nothing_held() {
	test(|| {
		let m = setup_generator();
		let before = Balances::free_balance(USER);
		// 17 new tokens where the model allows 16.
		assert_noop!(
			submit(m, prompt(&[1, 2], 17), Tier::Audited),
			Error::<Test>::GenerationTooLong
		);
		// 10 + 16 tokens where the context holds 24.
		assert_noop!(
			submit(m, prompt(&[1; 10], 16), Tier::Audited),
			Error::<Test>::GenerationTooLong
		);
		// No token asked for, or a negative count.
		assert_noop!(submit(m, prompt(&[1, 2], 0), Tier::Audited), Error::<Test>::InputMismatch);
		assert_noop!(submit(m, prompt(&[1, 2], -5), Tier::Audited), Error::<Test>::InputMismatch);
		assert_eq!(Balances::free_balance(USER), before);
		// 8 + 16 = 24 fits exactly.
		assert_ok!(submit(m, prompt(&[1; 8], 16), Tier::Audited));
	});
}

#[test]
fn only_an_audited_generations_primary_reveals_before_its_auditors_commit() {
	test(|| {
		// Not a generator: the primary waits for its auditors' commits.
		let f = setup(ComparisonRule::Exact);
		let id = crate::NextJobId::<Test>::get();
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(USER), f, input(), 10_000, Tier::Audited));
		draw(id, |c| c == [(P1, 1)]);
		assert_ok!(commit(id, P1, &floats(&[0.25, 0.75])));
		run_audit(id, true, Perbill::one());
		assert!(matches!(job(id).phase, Phase::Committing { .. }));
		assert_noop!(reveal(id, P1, &floats(&[0.25, 0.75])), Error::<Test>::CommitsStillOpen);
	});
	test(|| {
		// A generator: it may, and nothing concludes before the auditor reveals.
		let m = setup_generator();
		let id = crate::NextJobId::<Test>::get();
		assert_ok!(submit(m, prompt(&[1, 2, 3], 4), Tier::Audited));
		draw(id, |c| c == [(P1, 1)]);
		let out = tokens(&[5, 6, 7, 8]);
		// Before its audit is drawn it may not: it would know nothing of it yet.
		assert_ok!(commit(id, P1, &out));
		assert_noop!(reveal(id, P1, &out), Error::<Test>::CommitsStillOpen);
		run_audit(id, true, Perbill::one());
		let auditor = of_role(id, Role::Auditor)[0];
		// The auditor may not reveal before it committed, nor before commits close.
		assert_ok!(reveal(id, P1, &out));
		assert!(matches!(job(id).phase, Phase::Committing { .. }));
		assert_ok!(commit(id, auditor, &out));
		assert!(matches!(job(id).phase, Phase::Revealing { .. }));
		assert_ok!(reveal(id, auditor, &out));
		assert!(matches!(job(id).phase, Phase::Completed { .. }));
		assert_eq!(Results::<Test>::get(id).unwrap().into_inner(), out);
	});
}

/// Answers a generation with `honest` tokens; a check of a claim answers the claim if it is
/// `honest`, else `honest` (as the node's engine does for a refused claim).
struct GenEngine {
	honest: Vec<u8>,
	generated: Mutex<u32>,
	checked: Mutex<Vec<(Vec<u8>, u32)>>,
}

impl InferenceEngine for GenEngine {
	fn infer(&self, _request: &InferenceRequest) -> Result<Vec<u8>, InferenceError> {
		*self.generated.lock().unwrap() += 1;
		Ok(self.honest.clone())
	}

	fn infer_checking(
		&self,
		_request: &InferenceRequest,
		claim: &[u8],
		margin_ppm: u32,
	) -> Result<Vec<u8>, InferenceError> {
		self.checked.lock().unwrap().push((claim.to_vec(), margin_ppm));
		if claim != self.honest {
			*self.generated.lock().unwrap() += 1;
		}
		Ok(self.honest.clone())
	}
}

fn ocw(
	honest: Vec<u8>,
) -> (sp_io::TestExternalities, Arc<parking_lot::RwLock<PoolState>>, Arc<GenEngine>) {
	with_engine(GenEngine { honest, generated: Mutex::new(0), checked: Mutex::new(Vec::new()) })
}

/// A generation job for `m`, audited tier, with P1 drawn as its primary; returns its id.
fn audited_generation(m: u32) -> u64 {
	let id = crate::NextJobId::<Test>::get();
	assert_ok!(submit(m, prompt(&[1, 2, 3], 4), Tier::Audited));
	draw(id, |c| c == [(P1, 1)]);
	id
}

#[test]
fn an_auditor_checks_the_primarys_tokens_instead_of_generating_and_the_job_completes() {
	let honest = tokens(&[5, 6, 7, 8]);
	let (mut t, pool, engine) = ocw(honest.clone());
	t.execute_with(|| {
		let m = setup_generator();
		UintAuthorityId::set_all_keys(PROVIDERS.to_vec());
		let id = audited_generation(m);
		let n = System::block_number();
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(&pool), 1, "the primary's commit");
		assert_eq!(*engine.generated.lock().unwrap(), 1);
		run_audit(id, true, Perbill::one());
		assert_eq!(job(id).audit, Audit::Audited);
		let auditor = of_role(id, Role::Auditor)[0];
		let n = System::block_number();

		// The primary reveals at once; its auditor waits for the reveal.
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(&pool), 1, "the primary's reveal, alone");
		assert!(crate::Reveals::<Test>::contains_key(id, P1));
		assert!(engine.checked.lock().unwrap().is_empty());
		// The auditor checks the primary's tokens and commits to them.
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(&pool), 1, "the auditor's commit");
		assert_eq!(*engine.checked.lock().unwrap(), vec![(honest.clone(), MARGIN_PPM)]);
		assert_eq!(*engine.generated.lock().unwrap(), 1, "the auditor generated nothing");
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(&pool), 1, "the auditor's reveal");
		assert!(matches!(job(id).phase, Phase::Completed { .. }));
		assert_eq!(Results::<Test>::get(id).unwrap().into_inner(), honest);
		assert_eq!(crate::Trust::<Test>::get(auditor, m), 1, "the auditor earned its record");
	});
}

#[test]
fn an_auditor_that_refuses_the_primarys_tokens_commits_its_own_and_the_job_escalates() {
	let honest = tokens(&[5, 6, 7, 8]);
	let (mut t, pool, engine) = ocw(honest.clone());
	t.execute_with(|| {
		let m = setup_generator();
		let id = audited_generation(m);
		// The primary lies (by hand; its node is not this one).
		let lie = tokens(&[5, 6, 9, 9]);
		assert_ok!(commit(id, P1, &lie));
		run_audit(id, true, Perbill::one());
		let auditor = of_role(id, Role::Auditor)[0];
		UintAuthorityId::set_all_keys(vec![auditor]);
		assert_ok!(reveal(id, P1, &lie));
		let n = System::block_number();
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(&pool), 1, "the auditor's commit");
		assert_eq!(*engine.checked.lock().unwrap(), vec![(lie, MARGIN_PPM)]);
		assert_eq!(*engine.generated.lock().unwrap(), 1, "refused, then generated");
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(&pool), 1, "the auditor's reveal of its own tokens");
		assert_eq!(crate::Reveals::<Test>::get(id, auditor), Some(out(&honest)));
		assert!(matches!(job(id).phase, Phase::Escalating { .. }));
		assert_eq!(job(id).audit, Audit::Escalated);
	});
}

#[test]
fn an_auditor_whose_primary_keeps_its_tokens_back_generates_them_itself() {
	let honest = tokens(&[5, 6, 7, 8]);
	let (mut t, pool, engine) = ocw(honest.clone());
	t.execute_with(|| {
		let m = setup_generator();
		let id = audited_generation(m);
		assert_ok!(commit(id, P1, &honest));
		run_audit(id, true, Perbill::one());
		let auditor = of_role(id, Role::Auditor)[0];
		UintAuthorityId::set_all_keys(vec![auditor]);
		let Phase::Committing { until } = job(id).phase else { panic!("not committing") };
		// While more than half the commit period is left, it waits for the primary.
		let mut n = System::block_number();
		while until - n > COMMIT / 2 {
			Jobs::offchain_worker(n);
			assert_eq!(dispatch_pool(&pool), 0, "waits in block {n}");
			n += 1;
			run_to_block(n);
		}
		Jobs::offchain_worker(n);
		assert_eq!(dispatch_pool(&pool), 1, "then generates and commits");
		assert!(engine.checked.lock().unwrap().is_empty());
		assert_eq!(*engine.generated.lock().unwrap(), 1);
	});
}
