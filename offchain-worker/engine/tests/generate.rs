//! Generation with a causal language model of the standard decoder layout (the seeded tiny
//! model `scripts/gen-models tinylm` builds): greedy decoding through the KV cache gives Python
//! onnxruntime's tokens, teacher-forced verification accepts them and stops at a changed one,
//! and bad requests are named errors. Needs the ONNX Runtime library `scripts/setup` installs.

use std::path::PathBuf;
use verity_engine::{
	generate::{DecoderLayout, Generation},
	Engine, EngineConfig, EngineError,
};
use verity_primitives::{
	tensor::{decode_tensors, encode_tensors},
	Dim, ElementType, IoSpec, Tensor, TensorSpec,
};

fn models() -> PathBuf {
	PathBuf::from(
		std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into()),
	)
	.join("../models")
}

fn tinylm() -> ([u8; 32], PathBuf) {
	verity_engine::runtime::init(None).expect("ONNX Runtime loads (run scripts/setup)");
	let path = models().join("tinylm.onnx");
	(sp_crypto_hashing::blake2_256(&std::fs::read(&path).unwrap()), path)
}

/// The prompt's ids and the 16 tokens Python onnxruntime's greedy loop generated.
fn reference() -> (Vec<i64>, Vec<i64>) {
	let r: serde_json::Value =
		serde_json::from_slice(&std::fs::read(models().join("tinylm.reference.json")).unwrap())
			.unwrap();
	let ids = |k: &str| r[k].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect();
	(ids("prompt_ids"), ids("generated_ids"))
}

fn ints(values: &[i64], shape: Vec<u64>) -> Tensor {
	Tensor {
		elem: ElementType::Int64,
		shape,
		data: values.iter().flat_map(|v| v.to_le_bytes()).collect(),
	}
}

fn generation_io() -> IoSpec {
	let t = |name: &str, shape: Vec<Dim>| TensorSpec {
		name: name.as_bytes().to_vec().try_into().unwrap(),
		elem: ElementType::Int64,
		shape: shape.try_into().unwrap(),
	};
	IoSpec {
		inputs: vec![
			t("input_ids", vec![Dim::Fixed(1), Dim::Dynamic]),
			t("max_new_tokens", vec![Dim::Fixed(1)]),
		]
		.try_into()
		.unwrap(),
		outputs: vec![t("tokens", vec![Dim::Fixed(1), Dim::Dynamic])].try_into().unwrap(),
	}
}

#[test]
fn the_tiny_model_is_a_decoder_of_the_standard_layout() {
	let (hash, path) = tinylm();
	let engine = Engine::new(EngineConfig::default());
	let layout = engine.decoder_layout(&hash, &path).unwrap().expect("a decoder");
	assert_eq!((layout.past.len(), layout.heads, layout.head_dim), (2, 2, 32));
	assert!(layout.position_ids);
	assert_eq!(layout.present[1], ("present.1.key".into(), "present.1.value".into()));
	// A model of another layout is not.
	let digits = models().join("digits.onnx");
	let h = sp_crypto_hashing::blake2_256(&std::fs::read(&digits).unwrap());
	assert_eq!(engine.decoder_layout(&h, &digits).unwrap(), None::<DecoderLayout>);
}

#[test]
fn greedy_decoding_gives_python_onnxruntimes_tokens() {
	let (hash, path) = tinylm();
	let (prompt, expected) = reference();
	let engine = Engine::new(EngineConfig::default());
	let request = Generation { prompt: prompt.clone(), max_new_tokens: 16, eos: None };
	assert_eq!(engine.generate(&hash, &path, &request).unwrap(), expected);
	// As a job: the canonical input under the declared spec, the tokens as the output.
	let input =
		encode_tensors(&[ints(&prompt, vec![1, prompt.len() as u64]), ints(&[16], vec![1])]);
	let out = engine.infer_canonical(&hash, &path, Some(&generation_io()), &input).unwrap();
	assert_eq!(decode_tensors(&out).unwrap(), vec![ints(&expected, vec![1, 16])]);
	// Fewer tokens are a prefix; an end-of-sequence id stops after itself.
	let short = Generation { max_new_tokens: 5, ..request.clone() };
	assert_eq!(engine.generate(&hash, &path, &short).unwrap(), expected[..5]);
	let stop = Generation { eos: Some(expected[3]), ..request };
	let first = expected.iter().position(|t| *t == expected[3]).unwrap();
	assert_eq!(engine.generate(&hash, &path, &stop).unwrap(), expected[..=first]);
}

#[test]
fn teacher_forced_verification_accepts_greedy_tokens_and_stops_at_a_changed_one() {
	let (hash, path) = tinylm();
	let (prompt, generated) = reference();
	let engine = Engine::new(EngineConfig::default());
	assert_eq!(engine.verify(&hash, &path, &prompt, &generated, 1e-3).unwrap(), 16);
	let mut forged = generated.clone();
	forged[6] = (forged[6] + 1) % 300;
	assert_eq!(engine.verify(&hash, &path, &prompt, &forged, 1e-3).unwrap(), 6);
	// An id outside the vocabulary is never accepted.
	let mut outside = generated.clone();
	outside[0] = 1_000_000;
	assert_eq!(engine.verify(&hash, &path, &prompt, &outside, 1e-3).unwrap(), 0);
}

#[test]
fn a_claim_is_returned_when_it_passes_the_check_and_generated_afresh_when_not() {
	use verity_engine::engine::Checked;
	let (hash, path) = tinylm();
	let (prompt, expected) = reference();
	let engine = Engine::new(EngineConfig::default());
	let io = generation_io();
	let input =
		encode_tensors(&[ints(&prompt, vec![1, prompt.len() as u64]), ints(&[16], vec![1])]);
	let honest = encode_tensors(&[ints(&expected, vec![1, 16])]);
	let check =
		|claim: &[u8]| engine.infer_checking(&hash, &path, Some(&io), &input, claim, 1e-3).unwrap();
	assert_eq!(check(&honest), Checked::Accepted(honest.clone()));
	// A forged token, a cut sequence, a longer one, bytes that are no tensors: the node's own
	// greedy tokens instead.
	let mut forged = expected.clone();
	forged[9] = (forged[9] + 1) % 300;
	let claims = [
		encode_tensors(&[ints(&forged, vec![1, 16])]),
		encode_tensors(&[ints(&expected[..12], vec![1, 12])]),
		encode_tensors(&[ints(&[&expected[..], &[1]].concat(), vec![1, 17])]),
		vec![1, 2, 3],
	];
	for claim in claims {
		assert_eq!(check(&claim), Checked::Generated(honest.clone()));
	}
}

#[test]
fn a_merged_decoder_export_with_use_cache_branch_generates_the_same_tokens() {
	let (_, _) = tinylm();
	let path = models().join("tinylm-merged.onnx");
	let hash = sp_crypto_hashing::blake2_256(&std::fs::read(&path).unwrap());
	let engine = Engine::new(EngineConfig::default());
	let layout = engine.decoder_layout(&hash, &path).unwrap().expect("a decoder");
	assert!(layout.use_cache_branch);
	// The graph boosts token 0 whenever the flag disagrees with the cache: the same tokens
	// as tinylm's show the flag fed right on every pass.
	let (prompt, expected) = reference();
	let request = Generation { prompt: prompt.clone(), max_new_tokens: 16, eos: None };
	assert_eq!(engine.generate(&hash, &path, &request).unwrap(), expected);
	assert_eq!(engine.verify(&hash, &path, &prompt, &expected, 1e-3).unwrap(), 16);
}

#[test]
fn bad_generation_requests_are_named_errors() {
	let (hash, path) = tinylm();
	let engine = Engine::new(EngineConfig::default());
	let io = generation_io();
	let run = |tensors: &[Tensor]| {
		engine.infer_canonical(&hash, &path, Some(&io), &encode_tensors(tensors))
	};
	let prompt = ints(&[54, 261], vec![1, 2]);
	for max in [0i64, -3, 1_000_000] {
		assert!(
			matches!(
				run(&[prompt.clone(), ints(&[max], vec![1])]),
				Err(EngineError::InputMismatch(_))
			),
			"max_new_tokens {max}"
		);
	}
	// Token ids outside the vocabulary: ONNX Runtime refuses the gather.
	let outside = ints(&[54, 9_999_999], vec![1, 2]);
	assert!(matches!(run(&[outside, ints(&[4], vec![1])]), Err(EngineError::Inference(_))));
}
