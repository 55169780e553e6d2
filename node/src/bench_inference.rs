//! `verity-node bench-inference`: how long one inference takes on the path the off-chain
//! worker uses, with a warm session.
//!
//! Two paths are timed on the same model and input, one after the other:
//! - `host-function`: `verity_inference::inference::infer` — the host function the runtime's
//!   off-chain worker calls — with the node's engine registered as it is for off-chain
//!   workers: SCALE request, model store lookup, the supervised worker process (the request
//!   and response in the shared exchange region, a doorbell each way) and ONNX Runtime, canonical tensors in and out. Called natively: the Wasm side of
//!   the call (copying request and output across the boundary) is not in the figure;
//! - `in-process`: the same engine in this process, without the worker process.
//!
//! scripts/bench compares both with Python onnxruntime on the same model and input.

use crate::inference::{hex, InferenceParams, LocalRun, NodeInference};
use codec::Encode;
use std::{path::PathBuf, time::Instant};
use verity_engine::{Engine, EngineError};
use verity_inference::{InferenceExt, InferenceRequest};

/// `verity-node bench-inference`: times inference through the host function and in process.
#[derive(Debug, clap::Parser)]
pub struct BenchInferenceCmd {
	/// The ONNX model file.
	#[arg(long, value_name = "FILE")]
	pub model: PathBuf,

	/// Input tensors, in the model's input order: ONNX TensorProto (.pb) or NumPy (.npy).
	#[arg(long = "input", value_name = "FILE", required_unless_present = "prompt_ids", num_args = 1..)]
	pub inputs: Vec<PathBuf>,

	/// For a language model: time generations of `--new-tokens` tokens after these prompt
	/// token ids (comma-separated), as generation jobs run them, and the teacher-forced check
	/// of the tokens generated.
	#[arg(long, value_name = "IDS", value_delimiter = ',')]
	pub prompt_ids: Option<Vec<i64>>,

	/// Tokens each timed generation adds.
	#[arg(long, default_value_t = 64)]
	pub new_tokens: usize,

	/// Timed inferences per path.
	#[arg(long, default_value_t = 500)]
	pub iterations: usize,

	/// Untimed inferences before timing (loads the session, warms caches).
	#[arg(long, default_value_t = 20)]
	pub warmup: usize,

	/// Print one JSON object instead of a table.
	#[arg(long)]
	pub json: bool,

	#[command(flatten)]
	pub inference: InferenceParams,
}

/// Timings of one path, in microseconds.
struct Stats {
	median: f64,
	mean: f64,
	p95: f64,
	min: f64,
}

fn stats(mut us: Vec<f64>) -> Stats {
	us.sort_by(|a, b| a.total_cmp(b));
	let at = |q: f64| us[((us.len() - 1) as f64 * q).round() as usize];
	Stats {
		median: at(0.5),
		mean: us.iter().sum::<f64>() / us.len() as f64,
		p95: at(0.95),
		min: us[0],
	}
}

fn time<E>(
	warmup: usize,
	iterations: usize,
	mut run: impl FnMut() -> Result<Vec<u8>, E>,
) -> Result<(Stats, Vec<u8>), E> {
	let mut output = Vec::new();
	for _ in 0..warmup {
		output = run()?;
	}
	let mut us = Vec::with_capacity(iterations);
	for _ in 0..iterations {
		let start = Instant::now();
		let out = run()?;
		us.push(start.elapsed().as_nanos() as f64 / 1000.0);
		output = out;
	}
	Ok((stats(us), output))
}

impl BenchInferenceCmd {
	/// Runs the command.
	pub fn run(&self) -> sc_cli::Result<()> {
		let fail = |e: EngineError| sc_cli::Error::Application(Box::new(e));
		if self.iterations == 0 {
			return Err(sc_cli::Error::Input("--iterations must be at least 1".into()));
		}
		let LocalRun { bytes, hash, inputs } =
			LocalRun::load(self.inference.ort_lib.as_deref(), &self.model, &self.inputs)?;
		let engine = Engine::new(self.inference.engine_config());
		let (io, input) = match &self.prompt_ids {
			Some(prompt) => {
				let max = verity_engine::generate::MAX_NEW_TOKENS;
				if prompt.is_empty() || !(1..=max).contains(&self.new_tokens) {
					return Err(sc_cli::Error::Input(format!(
						"--prompt-ids takes at least one id, --new-tokens 1 to {max}"
					)));
				}
				if engine.decoder_layout(&hash, &self.model).map_err(fail)?.is_none() {
					return Err(sc_cli::Error::Input(
						"--prompt-ids needs a language model of the standard decoder layout".into(),
					));
				}
				generation_job(prompt, self.new_tokens)
			}
			None => (
				engine.io_spec(&hash, &self.model).map_err(fail)?,
				verity_primitives::tensor::encode_tensors(&inputs),
			),
		};

		// In process: the engine the worker process runs, here.
		let (in_process, expected) = time(self.warmup, self.iterations, || {
			engine.infer_canonical(&hash, &self.model, Some(&io), &input)
		})
		.map_err(fail)?;
		// A language model's tokens, checked teacher-forced: one pass over prompt and tokens.
		let verified = match &self.prompt_ids {
			Some(prompt) => {
				let tokens: Vec<i64> = verity_primitives::tensor::decode_tensors(&expected)
					.ok()
					.and_then(|t| t.first().and_then(verity_engine::generate::int64_values))
					.unwrap_or_default();
				let mut accepted = 0;
				let (stats, _) = time(self.warmup, self.iterations, || {
					engine.verify(&hash, &self.model, prompt, &tokens, 1e-3).map(|n| {
						accepted = n;
						Vec::new()
					})
				})
				.map_err(fail)?;
				if accepted != tokens.len() {
					return Err(sc_cli::Error::Application(
						format!(
							"the teacher-forced check accepted {accepted} of {} generated tokens",
							tokens.len()
						)
						.into(),
					));
				}
				Some(stats)
			}
			None => None,
		};

		// Through the host function, with the node's engine behind it. The model is found in
		// its own directory (as with --model-dir); the cache is a fresh temporary directory.
		let cache = std::env::temp_dir().join(format!("verity-bench-{}", std::process::id()));
		let mut params = self.inference.clone();
		params.model_dirs = self.model.parent().map(|d| vec![d.to_path_buf()]).unwrap_or_default();
		let metrics = crate::metrics::InferenceMetrics::register(&Default::default())
			.map_err(|e| sc_cli::Error::Application(Box::new(e)))?;
		let node = NodeInference::new(&params, &cache, metrics).map_err(fail)?;
		let request = InferenceRequest {
			model_hash: hash,
			model_size: bytes.len() as u64,
			uri: format!("file://{}", self.model.display()).into_bytes(),
			io,
			input,
		}
		.encode();
		let mut ext = sp_io::TestExternalities::default();
		ext.register_extension(InferenceExt(node));
		let host = ext.execute_with(|| {
			time(self.warmup, self.iterations, || verity_inference::inference::infer(&request))
		});
		let _ = std::fs::remove_dir_all(&cache);
		let (host, output) = host.map_err(|e| {
			sc_cli::Error::Application(format!("inference through the host function: {e:?}").into())
		})?;
		if output != expected {
			return Err(sc_cli::Error::Application(
				"the host-function path and the in-process engine gave different outputs".into(),
			));
		}

		let name = self.model.display();
		let output_hash = hex(&sp_crypto_hashing::blake2_256(&output));
		if self.json {
			let path = |s: &Stats| {
				format!(
					"{{\"median_us\":{:.1},\"mean_us\":{:.1},\"p95_us\":{:.1},\"min_us\":{:.1}}}",
					s.median, s.mean, s.p95, s.min
				)
			};
			let generation = match &verified {
				Some(v) => format!(",\"new_tokens\":{},\"verify\":{}", self.new_tokens, path(v)),
				None => String::new(),
			};
			println!(
				"{{\"model\":\"{name}\",\"iterations\":{},\"threads\":{},\"output_hash\":\"{output_hash}\",\"host_function\":{},\"in_process\":{}{generation}}}",
				self.iterations,
				self.inference.inference_threads.max(1),
				path(&host),
				path(&in_process)
			);
		} else {
			println!(
				"model {name}: {} timed inferences per path, {} warm-up",
				self.iterations, self.warmup
			);
			println!(
				"{:<15} {:>11} {:>11} {:>11} {:>11}",
				"path", "median µs", "mean µs", "p95 µs", "min µs"
			);
			for (label, s) in [("host-function", &host), ("in-process", &in_process)]
				.into_iter()
				.chain(verified.as_ref().map(|v| ("teacher-forced", v)))
			{
				println!(
					"{label:<15} {:>11.1} {:>11.1} {:>11.1} {:>11.1}",
					s.median, s.mean, s.p95, s.min
				);
			}
			if self.prompt_ids.is_some() {
				println!(
					"{} tokens per generation: {:.1} µs per token through the host function; the check takes {:.2}x a generation",
					self.new_tokens,
					host.median / self.new_tokens as f64,
					verified.as_ref().map_or(0.0, |v| v.median / in_process.median)
				);
			}
			println!("output hash {output_hash} (same on both paths)");
		}
		Ok(())
	}
}

/// A generation job's spec (`input_ids` Int64 [1, ?], `max_new_tokens` Int64 [1] in; `tokens`
/// Int64 [1, ?] out) and canonical input.
fn generation_job(prompt: &[i64], new_tokens: usize) -> (verity_primitives::IoSpec, Vec<u8>) {
	use verity_primitives::{Dim, ElementType, TensorSpec};
	let spec = |name: &str, shape: Vec<Dim>| TensorSpec {
		name: name.as_bytes().to_vec().try_into().unwrap_or_default(),
		elem: ElementType::Int64,
		shape: shape.try_into().unwrap_or_default(),
	};
	let io = verity_primitives::IoSpec {
		inputs: vec![
			spec("input_ids", vec![Dim::Fixed(1), Dim::Dynamic]),
			spec("max_new_tokens", vec![Dim::Fixed(1)]),
		]
		.try_into()
		.unwrap_or_default(),
		outputs: vec![spec("tokens", vec![Dim::Fixed(1), Dim::Dynamic])]
			.try_into()
			.unwrap_or_default(),
	};
	let request = verity_engine::generate::Generation {
		prompt: prompt.to_vec(),
		max_new_tokens: new_tokens,
		eos: None,
	};
	(io, verity_primitives::tensor::encode_tensors(&request.job_input()))
}
