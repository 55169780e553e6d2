//! Causal language models: greedy decoding with a KV cache, and teacher-forced verification.
//!
//! A model is a *decoder* when it has the layout standard decoder exports use (Hugging Face
//! Optimum's `decoder_model_merged`, a `transformers` export with `use_cache=True`): inputs
//! `input_ids` [batch, seq] (int64), `attention_mask` [batch, past + seq] (int64), optionally
//! `position_ids` [batch, seq] (int64) and `use_cache_branch` [1] (bool, Optimum's merged
//! exports: false on the prompt's pass, true after), and `past_key_values.N.key` / `.value` [batch, heads,
//! past, head_dim] (float32) for each layer N; outputs `logits` [batch, seq, vocab] and
//! `present.N.key` / `.value` [batch, heads, past + seq, head_dim]. A user's own export of a
//! small LLM runs unchanged.
//!
//! A job for a decoder is a *generation*: its input tensors are `input_ids` Int64 [1, n] (the
//! prompt's token ids), `max_new_tokens` Int64 [1] and optionally `eos_token_id` Int64 [1];
//! its output is `tokens` Int64 [1, m]: the m ≤ max_new_tokens ids greedy decoding appends
//! (stopping after the end-of-sequence id, which is included). The prompt runs in one pass,
//! then one pass per new token feeds the cache back, as `transformers`' greedy search does.
//!
//! Verification is teacher-forced: one pass over the prompt and the generated tokens (but the
//! last) gives the logits at every position; a generated token is accepted when its logit is
//! within `margin` of the largest at its position (an argmax up to float noise), and a
//! sequence is accepted up to its first token that is not.

use crate::{Engine, EngineError};
use ort::{
	session::{RunOptions, Session},
	value::{DynValue, Tensor as OrtTensor, ValueType},
};
use std::{
	path::Path,
	sync::Arc,
	time::{Duration, Instant},
};
use verity_primitives::{ElementType, ModelHash, Tensor};

/// The most tokens one generation may add, whatever the job asks: its output (8 bytes a
/// token) stays within what stored data may hold many times over.
pub const MAX_NEW_TOKENS: usize = 4096;

/// A decoder's key-value cache: each layer's key and value, as ONNX Runtime returned them.
type Cache = Vec<(DynValue, DynValue)>;

/// What a decoder's inputs and outputs are called, and the shape of its cache.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecoderLayout {
	/// `(past_key_values.N.key, past_key_values.N.value)` for each layer, in order.
	pub past: Vec<(String, String)>,
	/// `(present.N.key, present.N.value)` for each layer, in order.
	pub present: Vec<(String, String)>,
	/// Heads and head dimension of the cache tensors.
	pub heads: usize,
	pub head_dim: usize,
	/// Whether the model takes `position_ids`.
	pub position_ids: bool,
	/// Whether the model takes `use_cache_branch` (bool [1]: true when past key-values are
	/// given), as Optimum's merged decoder exports do.
	pub use_cache_branch: bool,
}

impl DecoderLayout {
	/// The layout of `session`, if it is a decoder of the standard layout.
	pub fn of(session: &Session) -> Option<Self> {
		let inputs: Vec<&str> = session.inputs().iter().map(|i| i.name()).collect();
		let outputs: Vec<&str> = session.outputs().iter().map(|o| o.name()).collect();
		if !inputs.contains(&"input_ids")
			|| !inputs.contains(&"attention_mask")
			|| !outputs.contains(&"logits")
		{
			return None;
		}
		let mut past = Vec::new();
		let mut present = Vec::new();
		for n in 0.. {
			let (k, v) = (format!("past_key_values.{n}.key"), format!("past_key_values.{n}.value"));
			if !inputs.contains(&k.as_str()) || !inputs.contains(&v.as_str()) {
				break;
			}
			let (pk, pv) = (format!("present.{n}.key"), format!("present.{n}.value"));
			if !outputs.contains(&pk.as_str()) || !outputs.contains(&pv.as_str()) {
				return None;
			}
			past.push((k, v));
			present.push((pk, pv));
		}
		let first = session
			.inputs()
			.iter()
			.find(|i| Some(i.name()) == past.first().map(|p| p.0.as_str()))?;
		let ValueType::Tensor { shape, .. } = first.dtype() else { return None };
		let dims: Vec<i64> = shape.iter().copied().collect();
		let (heads, head_dim) = match dims[..] {
			[_, h, _, d] if h > 0 && d > 0 => (h as usize, d as usize),
			_ => return None,
		};
		let position_ids = inputs.contains(&"position_ids");
		let use_cache_branch = inputs.contains(&"use_cache_branch");
		// Every input is one of those: a model asking for more is not of this layout.
		let known = 2 + usize::from(position_ids) + usize::from(use_cache_branch) + 2 * past.len();
		(known == inputs.len()).then_some(Self {
			past,
			present,
			heads,
			head_dim,
			position_ids,
			use_cache_branch,
		})
	}
}

/// A generation request read from a job's input tensors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generation {
	pub prompt: Vec<i64>,
	pub max_new_tokens: usize,
	pub eos: Option<i64>,
}

impl Generation {
	/// Reads `input_ids` [1, n] (n ≥ 1), `max_new_tokens` [1] and optionally `eos_token_id`
	/// [1], all Int64, from tensors named by `names` (or, without names, in that order).
	pub fn from_tensors(tensors: &[Tensor], names: Option<&[String]>) -> Result<Self, EngineError> {
		let bad = |why: &str| EngineError::InputMismatch(format!("a generation takes {why}"));
		let find = |name: &str, at: usize| -> Option<&Tensor> {
			match names {
				Some(names) => names.iter().position(|n| n == name).and_then(|i| tensors.get(i)),
				None => tensors.get(at),
			}
		};
		let ints = |t: &Tensor| int64_values(t).ok_or_else(|| bad("Int64 tensors"));
		let ids = find("input_ids", 0).ok_or_else(|| bad("input_ids"))?;
		if ids.shape.len() != 2 || ids.shape[0] != 1 || ids.shape[1] == 0 {
			return Err(bad("input_ids of shape [1, n], n at least 1"));
		}
		let prompt = ints(ids)?;
		let max = find("max_new_tokens", 1).ok_or_else(|| bad("max_new_tokens"))?;
		let max = ints(max)?;
		let [max] = max[..] else { return Err(bad("one max_new_tokens")) };
		let max_new_tokens = usize::try_from(max)
			.ok()
			.filter(|m| (1..=MAX_NEW_TOKENS).contains(m))
			.ok_or_else(|| bad(&format!("max_new_tokens from 1 to {MAX_NEW_TOKENS}")))?;
		let eos = match find("eos_token_id", 2) {
			Some(t) => match ints(t)?[..] {
				[id] => Some(id),
				_ => return Err(bad("one eos_token_id")),
			},
			None => None,
		};
		Ok(Self { prompt, max_new_tokens, eos })
	}
}

impl Generation {
	/// The job's input tensors that ask for this generation: `input_ids` [1, n],
	/// `max_new_tokens` [1] and, with an end-of-sequence id, `eos_token_id` [1].
	pub fn job_input(&self) -> Vec<Tensor> {
		let mut input = vec![
			int64_tensor(&self.prompt, vec![1, self.prompt.len() as u64]),
			int64_tensor(&[self.max_new_tokens as i64], vec![1]),
		];
		if let Some(eos) = self.eos {
			input.push(int64_tensor(&[eos], vec![1]));
		}
		input
	}
}

/// The tokens of a claimed generation output (canonical: one `tokens` Int64 [1, m]) that
/// could be what greedy decoding gives for `request`: 1 ≤ m ≤ `max_new_tokens`, no
/// end-of-sequence id but as the last token, and the last token the end-of-sequence id when
/// fewer than `max_new_tokens` were generated. `None` for any other claim.
pub fn claimed_tokens(claim: &[u8], request: &Generation) -> Option<Vec<i64>> {
	let tensors = verity_primitives::tensor::decode_tensors(claim).ok()?;
	let [t] = &tensors[..] else { return None };
	if t.shape.len() != 2 || t.shape[0] != 1 {
		return None;
	}
	let tokens = int64_values(t)?;
	let (last, before) = tokens.split_last()?;
	let stops_early = tokens.len() < request.max_new_tokens;
	let fits = tokens.len() <= request.max_new_tokens
		&& request.eos.is_none_or(|eos| !before.contains(&eos))
		&& (!stops_early || request.eos == Some(*last));
	fits.then_some(tokens)
}

/// An Int64 tensor of `values` with `shape`.
pub fn int64_tensor(values: &[i64], shape: Vec<u64>) -> Tensor {
	Tensor {
		elem: ElementType::Int64,
		shape,
		data: values.iter().flat_map(|v| v.to_le_bytes()).collect(),
	}
}

/// The values of an Int64 tensor; `None` for another element type.
pub fn int64_values(t: &Tensor) -> Option<Vec<i64>> {
	(t.elem == ElementType::Int64).then(|| {
		t.data
			.chunks_exact(8)
			.map(|c| i64::from_le_bytes(c.try_into().unwrap_or_default()))
			.collect()
	})
}

/// The generated ids as the job's output tensor: Int64 [1, m].
pub fn tokens_tensor(ids: &[i64]) -> Tensor {
	int64_tensor(ids, vec![1, ids.len() as u64])
}

fn run_err(e: ort::Error, timed_out: bool, limit: Duration) -> EngineError {
	if timed_out {
		EngineError::Timeout(limit)
	} else {
		EngineError::Inference(e.to_string())
	}
}

/// The index of the largest value (the first of equals); `None` for an empty slice or NaN.
fn argmax(row: &[f32]) -> Option<usize> {
	let mut best: Option<(usize, f32)> = None;
	for (i, v) in row.iter().enumerate() {
		if v.is_nan() {
			return None;
		}
		if best.is_none_or(|(_, b)| *v > b) {
			best = Some((i, *v));
		}
	}
	best.map(|(i, _)| i)
}

impl Engine {
	/// The decoder layout of a model, if it is one.
	pub fn decoder_layout(
		&self,
		hash: &ModelHash,
		path: &Path,
	) -> Result<Option<DecoderLayout>, EngineError> {
		let session = self.session(hash, path)?;
		let session =
			session.lock().map_err(|_| EngineError::Inference("session lock poisoned".into()))?;
		Ok(DecoderLayout::of(&session))
	}

	/// One forward pass of a decoder over `ids` after `done` cached positions (`cache`, empty
	/// caches when `None`); returns the logits of the last position (or of every position,
	/// with `all`) and the new cache.
	#[allow(clippy::too_many_arguments)]
	fn step(
		session: &mut Session,
		layout: &DecoderLayout,
		ids: &[i64],
		done: usize,
		cache: Option<Cache>,
		all: bool,
		options: &RunOptions,
	) -> Result<(Vec<f32>, usize, Cache), ort::Error> {
		let total = done + ids.len();
		let mut values: Vec<(String, DynValue)> = Vec::with_capacity(3 + 2 * layout.past.len());
		values.push((
			"input_ids".into(),
			OrtTensor::from_array((vec![1i64, ids.len() as i64], ids.to_vec()))?.into_dyn(),
		));
		values.push((
			"attention_mask".into(),
			OrtTensor::from_array((vec![1i64, total as i64], vec![1i64; total]))?.into_dyn(),
		));
		if layout.position_ids {
			let positions: Vec<i64> = (done as i64..total as i64).collect();
			values.push((
				"position_ids".into(),
				OrtTensor::from_array((vec![1i64, ids.len() as i64], positions))?.into_dyn(),
			));
		}
		if layout.use_cache_branch {
			values.push((
				"use_cache_branch".into(),
				OrtTensor::from_array((vec![1i64], vec![cache.is_some()]))?.into_dyn(),
			));
		}
		let empty = || -> Result<DynValue, ort::Error> {
			Ok(OrtTensor::from_array((
				vec![1i64, layout.heads as i64, 0, layout.head_dim as i64],
				Vec::<f32>::new(),
			))?
			.into_dyn())
		};
		match cache {
			Some(cache) => {
				for ((k, v), (kv, vv)) in layout.past.iter().zip(cache) {
					values.push((k.clone(), kv));
					values.push((v.clone(), vv));
				}
			}
			None => {
				for (k, v) in layout.past.iter() {
					values.push((k.clone(), empty()?));
					values.push((v.clone(), empty()?));
				}
			}
		}
		let mut outputs = session.run_with_options(values, options)?;
		let (shape, logits) = outputs
			.get("logits")
			.ok_or_else(|| ort::Error::new("no logits"))?
			.try_extract_tensor::<f32>()?;
		let vocab = shape.last().copied().unwrap_or(0).max(0) as usize;
		if vocab == 0 || logits.len() < vocab {
			return Err(ort::Error::new("empty logits"));
		}
		let logits = if all { logits.to_vec() } else { logits[logits.len() - vocab..].to_vec() };
		let mut next = Vec::with_capacity(layout.present.len());
		for (k, v) in layout.present.iter() {
			let kv = outputs.remove(k).ok_or_else(|| ort::Error::new("no present key"))?;
			let vv = outputs.remove(v).ok_or_else(|| ort::Error::new("no present value"))?;
			next.push((kv, vv));
		}
		Ok((logits, vocab, next))
	}

	/// Greedy decoding: the prompt in one pass, then one pass per new token through the KV
	/// cache, until `max_new_tokens` or the end-of-sequence id; within the engine's time limit
	/// for the whole generation.
	pub fn generate(
		&self,
		hash: &ModelHash,
		path: &Path,
		request: &Generation,
	) -> Result<Vec<i64>, EngineError> {
		let session = self.session(hash, path)?;
		let mut session =
			session.lock().map_err(|_| EngineError::Inference("session lock poisoned".into()))?;
		let layout = DecoderLayout::of(&session)
			.ok_or_else(|| EngineError::InputMismatch("the model is not a decoder".into()))?;
		let limit = self.config.time_limit;
		let start = Instant::now();
		let options = Arc::new(RunOptions::new()?);
		let mut out = Vec::with_capacity(request.max_new_tokens);
		let mut cache = None;
		let mut done = 0;
		let mut feed = request.prompt.clone();
		while out.len() < request.max_new_tokens {
			self.watchdog.watch(options.clone(), start + limit);
			let result =
				Self::step(&mut session, &layout, &feed, done, cache.take(), false, &options);
			self.watchdog.clear();
			let (logits, _, next) =
				result.map_err(|e| run_err(e, start.elapsed() >= limit, limit))?;
			let token = argmax(&logits)
				.ok_or_else(|| EngineError::Inference("the logits hold NaN".into()))?
				as i64;
			done += feed.len();
			out.push(token);
			if Some(token) == request.eos {
				break;
			}
			feed = vec![token];
			cache = Some(next);
		}
		Ok(out)
	}

	/// Teacher-forced verification of `generated` after `prompt`: one pass over the prompt and
	/// every generated token but the last. Returns how many leading generated tokens are
	/// accepted (each within `margin` of its position's largest logit): all of them when the
	/// sequence is what greedy decoding gives, up to float noise.
	pub fn verify(
		&self,
		hash: &ModelHash,
		path: &Path,
		prompt: &[i64],
		generated: &[i64],
		margin: f32,
	) -> Result<usize, EngineError> {
		if generated.is_empty() || prompt.is_empty() {
			return Ok(0);
		}
		let session = self.session(hash, path)?;
		let mut session =
			session.lock().map_err(|_| EngineError::Inference("session lock poisoned".into()))?;
		let layout = DecoderLayout::of(&session)
			.ok_or_else(|| EngineError::InputMismatch("the model is not a decoder".into()))?;
		// A token outside the vocabulary is never accepted, and the ones after it are not
		// looked at: the pass stops before it.
		let vocab = session
			.outputs()
			.iter()
			.find(|o| o.name() == "logits")
			.and_then(|o| match o.dtype() {
				ValueType::Tensor { shape, .. } => shape.last().copied(),
				_ => None,
			})
			.filter(|v| *v > 0);
		let valid = generated
			.iter()
			.position(|t| *t < 0 || vocab.is_some_and(|v| *t >= v))
			.unwrap_or(generated.len());
		if valid == 0 {
			return Ok(0);
		}
		let generated = &generated[..valid];
		let mut ids = prompt.to_vec();
		ids.extend_from_slice(&generated[..generated.len() - 1]);
		let limit = self.config.time_limit;
		let start = Instant::now();
		let options = Arc::new(RunOptions::new()?);
		self.watchdog.watch(options.clone(), start + limit);
		let result = Self::step(&mut session, &layout, &ids, 0, None, true, &options);
		self.watchdog.clear();
		let (logits, vocab, _) = result.map_err(|e| run_err(e, start.elapsed() >= limit, limit))?;
		let mut accepted = 0;
		for (i, token) in generated.iter().enumerate() {
			// The logits at position prompt + i − 1 predict generated token i.
			let at = prompt.len() + i - 1;
			let Some(row) = logits.get(at * vocab..(at + 1) * vocab) else { break };
			let Some(best) = row.iter().copied().reduce(f32::max) else { break };
			let ok = usize::try_from(*token)
				.ok()
				.and_then(|t| row.get(t))
				.is_some_and(|l| *l >= best - margin);
			if !ok {
				break;
			}
			accepted += 1;
		}
		Ok(accepted)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn ints(values: &[i64], shape: Vec<u64>) -> Tensor {
		Tensor {
			elem: ElementType::Int64,
			shape,
			data: values.iter().flat_map(|v| v.to_le_bytes()).collect(),
		}
	}

	#[test]
	fn a_generation_is_read_from_named_or_ordered_tensors() {
		let ids = ints(&[5, 6, 7], vec![1, 3]);
		let max = ints(&[16], vec![1]);
		let g = Generation::from_tensors(&[ids.clone(), max.clone()], None).unwrap();
		assert_eq!(g, Generation { prompt: vec![5, 6, 7], max_new_tokens: 16, eos: None });
		let names = ["max_new_tokens".to_string(), "input_ids".into(), "eos_token_id".into()];
		let eos = ints(&[0], vec![1]);
		let g = Generation::from_tensors(&[max, ids, eos], Some(&names)).unwrap();
		assert_eq!(g.eos, Some(0));
	}

	#[test]
	fn a_generation_out_of_bounds_is_refused() {
		let ids = ints(&[5], vec![1, 1]);
		for bad in [0i64, -1, MAX_NEW_TOKENS as i64 + 1] {
			let max = ints(&[bad], vec![1]);
			assert!(Generation::from_tensors(&[ids.clone(), max], None).is_err(), "{bad}");
		}
		let empty = ints(&[], vec![1, 0]);
		let max = ints(&[4], vec![1]);
		assert!(Generation::from_tensors(&[empty, max.clone()], None).is_err());
		let batch = ints(&[1, 2], vec![2, 1]);
		assert!(Generation::from_tensors(&[batch, max], None).is_err());
	}

	#[test]
	fn only_a_claim_greedy_decoding_could_give_is_checked() {
		let request = Generation { prompt: vec![5], max_new_tokens: 4, eos: Some(0) };
		let claim = |ids: &[i64]| verity_primitives::tensor::encode_tensors(&[tokens_tensor(ids)]);
		assert_eq!(claimed_tokens(&claim(&[1, 2, 3, 4]), &request), Some(vec![1, 2, 3, 4]));
		assert_eq!(
			claimed_tokens(&claim(&[1, 2, 0]), &request),
			Some(vec![1, 2, 0]),
			"stops at eos"
		);
		assert_eq!(claimed_tokens(&claim(&[1, 2]), &request), None, "stops early without eos");
		assert_eq!(claimed_tokens(&claim(&[1, 0, 2, 3]), &request), None, "goes on past eos");
		assert_eq!(claimed_tokens(&claim(&[1, 2, 3, 4, 5]), &request), None, "too long");
		assert_eq!(claimed_tokens(&claim(&[]), &request), None, "nothing");
		assert_eq!(claimed_tokens(&[1, 2, 3], &request), None, "not tensors");
		let two =
			verity_primitives::tensor::encode_tensors(&[tokens_tensor(&[1]), tokens_tensor(&[2])]);
		assert_eq!(claimed_tokens(&two, &request), None, "two tensors");
		let no_eos = Generation { eos: None, ..request };
		assert_eq!(claimed_tokens(&claim(&[1, 2]), &no_eos), None, "short without an eos id");
	}

	#[test]
	fn argmax_takes_the_first_of_equals_and_refuses_nan() {
		assert_eq!(argmax(&[1.0, 3.0, 3.0, 2.0]), Some(1));
		assert_eq!(argmax(&[]), None);
		assert_eq!(argmax(&[1.0, f32::NAN]), None);
	}
}
