//! `verity-node bench-inference`: how long one inference takes on the path the off-chain
//! worker uses, with a warm session.
//!
//! Two paths are timed on the same model and input, one after the other:
//! - `host-function`: `verity_inference::inference::infer` — the host function the runtime's
//!   off-chain worker calls — with the node's engine registered as it is for off-chain
//!   workers: SCALE request, model store lookup, the supervised worker process (pipe round
//!   trip) and ONNX Runtime, canonical tensors in and out. Called natively: the Wasm side of
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
	#[arg(long = "input", value_name = "FILE", required = true, num_args = 1..)]
	pub inputs: Vec<PathBuf>,

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
		let input = verity_primitives::tensor::encode_tensors(&inputs);

		// In process: the engine the worker process runs, here.
		let engine = Engine::new(self.inference.engine_config());
		let io = engine.io_spec(&hash, &self.model).map_err(fail)?;
		let (in_process, expected) = time(self.warmup, self.iterations, || {
			engine.infer_canonical(&hash, &self.model, Some(&io), &input)
		})
		.map_err(fail)?;

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
			println!(
				"{{\"model\":\"{name}\",\"iterations\":{},\"threads\":{},\"output_hash\":\"{output_hash}\",\"host_function\":{},\"in_process\":{}}}",
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
			for (label, s) in [("host-function", &host), ("in-process", &in_process)] {
				println!(
					"{label:<15} {:>11.1} {:>11.1} {:>11.1} {:>11.1}",
					s.median, s.mean, s.p95, s.min
				);
			}
			println!("output hash {output_hash} (same on both paths)");
		}
		Ok(())
	}
}
