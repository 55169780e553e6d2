//! The node's side of inference: the engine behind the off-chain worker's host function, and
//! the `infer` operator command.

use std::{
	path::{Path, PathBuf},
	sync::Arc,
	time::{Duration, Instant},
};
use verity_engine::{
	worker::{Worker, WorkerConfig},
	Engine, EngineConfig, EngineError, ModelRef, ModelStore,
};
use verity_inference::{InferenceEngine, InferenceError, InferenceRequest, WorkerEvent};

use crate::metrics::InferenceMetrics;

/// Inference options of the node.
#[derive(Debug, Clone, clap::Args)]
pub struct InferenceParams {
	/// The ONNX Runtime shared library (libonnxruntime.so.1.31.1). Default: ORT_DYLIB_PATH,
	/// then where scripts/setup installs it.
	#[arg(long, value_name = "PATH")]
	pub ort_lib: Option<PathBuf>,

	/// Where fetched models are cached. Default: <base-path>/models.
	#[arg(long, value_name = "DIR")]
	pub model_cache: Option<PathBuf>,

	/// A directory of model files to use before fetching (repeatable).
	#[arg(long = "model-dir", value_name = "DIR")]
	pub model_dirs: Vec<PathBuf>,

	/// Largest model this node fetches, in MiB.
	#[arg(long, default_value_t = 256)]
	pub max_model_mib: u64,

	/// Seconds one model fetch may take.
	#[arg(long, default_value_t = 60)]
	pub fetch_timeout_secs: u64,

	/// Seconds one inference may take.
	#[arg(long, default_value_t = 30)]
	pub inference_timeout_secs: u64,

	/// Threads one inference uses.
	#[arg(long, default_value_t = 1)]
	pub inference_threads: usize,

	/// Address-space bound of the inference worker process, in MiB.
	#[arg(long, default_value_t = 4096)]
	pub inference_memory_mib: u64,

	/// TEST ONLY: flip one bit of the outputs this node's off-chain worker computes for
	/// PERCENT % of inputs (chosen by the input's hash; every output when no PERCENT is
	/// given), so it commits and reveals wrong results. For fault-injection tests of voting
	/// and audits: a provider running with it is outvoted or caught and slashed. Hidden from `--help`: never for a real network.
	#[arg(
		long,
		value_name = "PERCENT",
		num_args = 0..=1,
		default_missing_value = "100",
		value_parser = clap::value_parser!(u8).range(0..=100),
		hide = true
	)]
	pub test_corrupt_outputs: Option<u8>,

	/// TEST ONLY: flip the lowest mantissa bit of every 32-bit float this node's off-chain
	/// worker computes: outputs another machine might give, within any `Tolerance` model's
	/// bounds but not equal as bytes. For tests of how providers judge each other's sealed
	/// outputs in private jobs (docs/privacy.md). Hidden from `--help`: never for a real network.
	#[arg(long, hide = true)]
	pub test_perturb_outputs: bool,
}

impl InferenceParams {
	pub(crate) fn engine_config(&self) -> EngineConfig {
		EngineConfig {
			intra_threads: self.inference_threads.max(1),
			time_limit: Duration::from_secs(self.inference_timeout_secs),
		}
	}

	/// The model store under `default_cache` unless `--model-cache` says otherwise.
	pub fn store(&self, default_cache: &Path) -> Result<ModelStore, EngineError> {
		ModelStore::new(
			self.model_cache.clone().unwrap_or_else(|| default_cache.to_path_buf()),
			self.model_dirs.clone(),
			self.max_model_mib.saturating_mul(1024 * 1024),
			Duration::from_secs(self.fetch_timeout_secs),
		)
	}
}

/// The engine the off-chain worker's host function calls: models are fetched and verified in
/// the node, and run in a supervised worker process.
pub struct NodeInference {
	store: ModelStore,
	worker: Worker,
	/// The share of inputs whose outputs are corrupted, in percent (`--test-corrupt-outputs`).
	corrupt_percent: u8,
	/// Whether float outputs are nudged by their last bit (`--test-perturb-outputs`).
	perturb: bool,
	metrics: InferenceMetrics,
}

impl NodeInference {
	/// Finds ONNX Runtime and opens the model store; fails with a message that says what to do.
	/// Counts into `metrics`.
	pub fn new(
		params: &InferenceParams,
		default_cache: &Path,
		metrics: InferenceMetrics,
	) -> Result<Arc<Self>, EngineError> {
		let lib = verity_engine::runtime::locate(params.ort_lib.as_deref())?;
		let exe = std::env::current_exe()?;
		let command = vec![
			exe.display().to_string(),
			"inference-worker".into(),
			"--ort-lib".into(),
			lib.display().to_string(),
			"--inference-threads".into(),
			params.inference_threads.to_string(),
			"--inference-timeout-secs".into(),
			params.inference_timeout_secs.to_string(),
		];
		log::info!(target: "verity", "inference: ONNX Runtime {}, model cache {}", lib.display(), default_cache.display());
		let worker = Worker::new(WorkerConfig {
			command,
			memory_limit: params.inference_memory_mib.saturating_mul(1024 * 1024),
			// Loading a model and one inference, with room for the worker's start.
			deadline: Duration::from_secs(
				params.inference_timeout_secs.saturating_mul(2).saturating_add(10),
			),
		});
		let corrupt_percent = params.test_corrupt_outputs.unwrap_or(0);
		if corrupt_percent > 0 {
			log::warn!(target: "verity", "--test-corrupt-outputs: {corrupt_percent} % of this node's inference outputs are deliberately WRONG (fault-injection test mode)");
		}
		let perturb = params.test_perturb_outputs;
		if perturb {
			log::warn!(target: "verity", "--test-perturb-outputs: this node's float outputs differ from other machines' in their last bit (test mode)");
		}
		let store = params.store(default_cache)?;
		metrics.set_cache_bytes(store.cache_bytes());
		Ok(Arc::new(Self { store, worker, corrupt_percent, perturb, metrics }))
	}
}

impl InferenceEngine for NodeInference {
	fn infer(&self, request: &InferenceRequest) -> Result<Vec<u8>, InferenceError> {
		self.run(request, None)
	}

	fn infer_checking(
		&self,
		request: &InferenceRequest,
		claim: &[u8],
		margin_ppm: u32,
	) -> Result<Vec<u8>, InferenceError> {
		self.run(request, Some((claim, margin_ppm)))
	}

	fn report(&self, event: WorkerEvent) {
		self.metrics.worker_event(&event);
	}
}

impl NodeInference {
	/// Runs `request` in the worker: checking `check`'s claim first, for a generation.
	fn run(
		&self,
		request: &InferenceRequest,
		check: Option<(&[u8], u32)>,
	) -> Result<Vec<u8>, InferenceError> {
		let model = ModelRef {
			hash: request.model_hash,
			size: request.model_size,
			uri: String::from_utf8_lossy(&request.uri).into_owned(),
		};
		let run = || -> Result<Vec<u8>, EngineError> {
			let (path, found) = self.store.locate(&model)?;
			if let verity_engine::store::Found::Fetched(bytes) = found {
				self.metrics.model_fetched(bytes, self.store.cache_bytes());
			} else {
				self.metrics.model_at_hand();
			}
			let path = path.to_string_lossy();
			let started = Instant::now();
			let result = self.worker.run_parts(
				&model.hash,
				path.as_bytes(),
				Some(&request.io),
				check,
				&request.input,
			);
			self.metrics.inference(result.is_ok(), started.elapsed().as_secs_f64());
			result
		};
		let output = run().map_err(|e| {
			log::warn!(target: "verity", "inference with model {} failed: {e}", hex(&model.hash));
			let error = match e {
				EngineError::HashMismatch { .. }
				| EngineError::SizeMismatch { .. }
				| EngineError::TooLarge { .. }
				| EngineError::UnsupportedUri(_)
				| EngineError::Fetch(_) => InferenceError::ModelUnavailable,
				EngineError::MalformedModel(_) => InferenceError::MalformedModel,
				EngineError::InputMismatch(_) | EngineError::UnsupportedType(_) => {
					InferenceError::InputMismatch
				}
				EngineError::Timeout(_) => InferenceError::Timeout,
				EngineError::WorkerDied(_) => InferenceError::WorkerDied,
				_ => InferenceError::Failed,
			};
			self.metrics.inference_error(&error);
			error
		})?;
		let output = if self.perturb { perturb(output) } else { output };
		Ok(if self.corrupts(&request.input) { corrupt(output) } else { output })
	}

	/// Whether to corrupt the output for `input`: always at 100 %, never at 0, else for that
	/// share of inputs, chosen by the input's blake2-256 (its first two bytes, little-endian,
	/// modulo 100): every node run with the same share corrupts the same inputs, the same way,
	/// and a test can tell which inputs those are (scripts/client/test/network.test.js).
	fn corrupts(&self, input: &[u8]) -> bool {
		match self.corrupt_percent {
			0 => false,
			p if p >= 100 => true,
			p => {
				let h = sp_crypto_hashing::blake2_256(input);
				u16::from_le_bytes([h[0], h[1]]) % 100 < u16::from(p)
			}
		}
	}
}

/// What serves the off-chain worker when ONNX Runtime could not be loaded: every inference
/// fails with `NoEngine`, counted in the metrics so that the operator sees it.
pub struct NoInference {
	metrics: InferenceMetrics,
}

impl NoInference {
	pub fn new(metrics: InferenceMetrics) -> Self {
		Self { metrics }
	}
}

impl InferenceEngine for NoInference {
	fn infer(&self, _request: &InferenceRequest) -> Result<Vec<u8>, InferenceError> {
		self.metrics.inference_error(&InferenceError::NoEngine);
		Err(InferenceError::NoEngine)
	}

	fn report(&self, event: WorkerEvent) {
		self.metrics.worker_event(&event);
	}
}

/// Flips the lowest bit of the last byte: still a well-formed canonical encoding (the last
/// byte is tensor data), but a different output.
fn corrupt(mut output: Vec<u8>) -> Vec<u8> {
	if let Some(last) = output.last_mut() {
		*last ^= 1;
	}
	output
}

/// Flips the lowest mantissa bit of every Float32 element of canonical tensors: a relative
/// change of at most 2^-23 (1.2e-7). Anything that does not decode is left as it is.
fn perturb(output: Vec<u8>) -> Vec<u8> {
	use verity_primitives::tensor::{decode_tensors, encode_tensors, ElementType};
	let Ok(mut tensors) = decode_tensors(&output) else { return output };
	for t in tensors.iter_mut().filter(|t| t.elem == ElementType::Float32) {
		for element in t.data.chunks_exact_mut(4) {
			element[0] ^= 1;
		}
	}
	encode_tensors(&tensors)
}

pub(crate) use crate::chain_client::hex;

/// `verity-node infer`: runs one inference with the node's engine and prints the canonical
/// output and its hash. For a causal language model (the standard decoder layout), generates
/// from a prompt instead: greedy decoding through the KV cache, as a generation job does.
#[derive(Debug, clap::Parser)]
pub struct InferCmd {
	/// The ONNX model file.
	#[arg(long, value_name = "FILE")]
	pub model: PathBuf,

	/// Input tensors, in the model's input order: ONNX TensorProto (.pb) or NumPy (.npy).
	#[arg(long = "input", value_name = "FILE", required_unless_present_any = ["prompt", "prompt_ids", "image"], num_args = 1..)]
	pub inputs: Vec<PathBuf>,

	/// For an image model (one Float32 [1, 3, H, W] input): a JPEG or PNG file, resized into
	/// the input and scaled to [0, 1], then (x − mean) / std, as the JavaScript client's
	/// `submit --image` does. A YOLO-style output is printed as detections in the image's
	/// pixels.
	#[arg(long, value_name = "FILE", conflicts_with_all = ["inputs", "prompt", "prompt_ids"])]
	pub image: Option<PathBuf>,

	/// The input's width and height for --image, where the model leaves them open.
	#[arg(long, value_name = "WxH")]
	pub size: Option<String>,

	/// How --image is fitted into the input.
	#[arg(long, value_enum, default_value_t = crate::image_input::Resize::Letterbox)]
	pub resize: crate::image_input::Resize,

	/// Per-channel mean for --image (R,G,B, after scaling to [0, 1]).
	#[arg(long, value_delimiter = ',', default_values_t = [0.0, 0.0, 0.0])]
	pub mean: Vec<f64>,

	/// Per-channel standard deviation for --image (R,G,B).
	#[arg(long, value_delimiter = ',', default_values_t = [1.0, 1.0, 1.0])]
	pub std: Vec<f64>,

	/// For a language model: the prompt, encoded with --tokenizer.
	#[arg(long, value_name = "TEXT", requires = "tokenizer", conflicts_with = "prompt_ids")]
	pub prompt: Option<String>,

	/// For a language model: the prompt as token ids (comma-separated).
	#[arg(long, value_name = "IDS", value_delimiter = ',')]
	pub prompt_ids: Option<Vec<i64>>,

	/// The model's tokenizer (a Hugging Face tokenizer.json): encodes --prompt and decodes
	/// the generated tokens.
	#[arg(long, value_name = "FILE")]
	pub tokenizer: Option<PathBuf>,

	/// For a language model: the most tokens to generate.
	#[arg(long, default_value_t = 32)]
	pub max_new_tokens: usize,

	/// For a language model: stop after generating this token id.
	#[arg(long)]
	pub eos_token_id: Option<i64>,

	/// Print one JSON object instead of text: the model's hash and size, its I/O spec in the
	/// form `models.register` takes from polkadot.js and the client (as the repository's
	/// `*.io.json` files), the same spec as SCALE, the outputs and the canonical output.
	#[arg(long, conflicts_with_all = ["prompt", "prompt_ids"])]
	pub json: bool,

	#[command(flatten)]
	pub inference: InferenceParams,
}

/// An I/O spec as the client and polkadot.js take it for `models.register` (the form of the
/// repository's `*.io.json` files): names as text, element types by name, each axis
/// `{ "Fixed": n }` or `"Dynamic"`.
pub(crate) fn io_json(spec: &verity_primitives::IoSpec) -> serde_json::Value {
	let tensors = |list: &[verity_primitives::TensorSpec]| -> Vec<serde_json::Value> {
		list.iter()
			.map(|t| {
				let shape: Vec<serde_json::Value> = t
					.shape
					.iter()
					.map(|d| match d {
						verity_primitives::Dim::Fixed(n) => serde_json::json!({ "Fixed": n }),
						verity_primitives::Dim::Dynamic => serde_json::json!("Dynamic"),
					})
					.collect();
				serde_json::json!({
					"name": String::from_utf8_lossy(&t.name),
					"elem": format!("{:?}", t.elem),
					"shape": shape,
				})
			})
			.collect()
	};
	serde_json::json!({ "inputs": tensors(&spec.inputs), "outputs": tensors(&spec.outputs) })
}

/// `infer --json`'s report.
fn json_report(
	model: &Path,
	bytes: &[u8],
	hash: &verity_primitives::ModelHash,
	spec: &verity_primitives::IoSpec,
	outputs: &[(String, verity_primitives::Tensor)],
	canonical: &[u8],
) -> serde_json::Value {
	let outputs: Vec<serde_json::Value> = outputs
		.iter()
		.map(|(name, t)| {
			serde_json::json!({
				"name": name,
				"elem": format!("{:?}", t.elem),
				"shape": t.shape,
				"bytes": t.data.len(),
			})
		})
		.collect();
	serde_json::json!({
		"model": model.display().to_string(),
		"size": bytes.len(),
		"hash": hex(hash),
		"io": io_json(spec),
		"ioScale": hex(&codec::Encode::encode(spec)),
		"outputs": outputs,
		"canonical": hex(canonical),
		"outputHash": hex(&sp_crypto_hashing::blake2_256(canonical)),
	})
}

/// What the operator commands that run a model file start from: ONNX Runtime loaded, the
/// model's bytes and hash, and the input tensors read from their files.
pub(crate) struct LocalRun {
	pub bytes: Vec<u8>,
	pub hash: verity_primitives::ModelHash,
	pub inputs: Vec<verity_primitives::Tensor>,
}

impl LocalRun {
	pub fn load(ort_lib: Option<&Path>, model: &Path, inputs: &[PathBuf]) -> sc_cli::Result<Self> {
		let fail = |e: EngineError| sc_cli::Error::Application(Box::new(e));
		verity_engine::runtime::init(ort_lib).map_err(fail)?;
		let bytes = std::fs::read(model)
			.map_err(|e| sc_cli::Error::Input(format!("{}: {e}", model.display())))?;
		let hash = sp_crypto_hashing::blake2_256(&bytes);
		let inputs = inputs
			.iter()
			.map(|p| verity_engine::files::read_tensor(p))
			.collect::<Result<Vec<_>, _>>()
			.map_err(fail)?;
		Ok(Self { bytes, hash, inputs })
	}
}

impl InferCmd {
	/// Generates from a prompt with a language model, printing the tokens, their text, the
	/// canonical job input and output, and the teacher-forced check of the tokens.
	fn generate(&self) -> sc_cli::Result<()> {
		let fail = |e: EngineError| sc_cli::Error::Application(Box::new(e));
		let LocalRun { bytes, hash, .. } =
			LocalRun::load(self.inference.ort_lib.as_deref(), &self.model, &[])?;
		let tokenizer = match &self.tokenizer {
			Some(path) => Some(tokenizers::Tokenizer::from_file(path).map_err(|e| {
				sc_cli::Error::Input(format!("{}: not a tokenizer.json: {e}", path.display()))
			})?),
			None => None,
		};
		let prompt: Vec<i64> = match (&self.prompt, &self.prompt_ids, &tokenizer) {
			(Some(text), _, Some(t)) => t
				.encode(text.as_str(), false)
				.map_err(|e| sc_cli::Error::Input(format!("encoding the prompt: {e}")))?
				.get_ids()
				.iter()
				.map(|id| i64::from(*id))
				.collect(),
			(_, Some(ids), _) => ids.clone(),
			_ => return Err(sc_cli::Error::Input("--prompt needs --tokenizer".into())),
		};
		let max = verity_engine::generate::MAX_NEW_TOKENS;
		if prompt.is_empty() || !(1..=max).contains(&self.max_new_tokens) {
			return Err(sc_cli::Error::Input(format!(
				"a generation takes a prompt of at least one token and --max-new-tokens from 1 to {max}"
			)));
		}
		let engine = Engine::new(self.inference.engine_config());
		if engine.decoder_layout(&hash, &self.model).map_err(fail)?.is_none() {
			return Err(sc_cli::Error::Input(format!(
				"{} is not a language model of the standard decoder layout (input_ids, attention_mask, past_key_values.N.key/value in; logits, present.N.key/value out): give --input instead",
				self.model.display()
			)));
		}
		let request = verity_engine::generate::Generation {
			prompt: prompt.clone(),
			max_new_tokens: self.max_new_tokens,
			eos: self.eos_token_id,
		};
		let start = Instant::now();
		let tokens = engine.generate(&hash, &self.model, &request).map_err(fail)?;
		let took = start.elapsed();
		let start = Instant::now();
		let accepted = engine.verify(&hash, &self.model, &prompt, &tokens, 1e-3).map_err(fail)?;
		let checked = start.elapsed();
		let decode = |ids: &[i64]| -> Option<String> {
			let ids: Vec<u32> = ids.iter().filter_map(|i| u32::try_from(*i).ok()).collect();
			tokenizer.as_ref().and_then(|t| t.decode(&ids, false).ok())
		};
		let input = request.job_input();
		let output =
			verity_primitives::tensor::encode_tensors(&[verity_engine::generate::tokens_tensor(
				&tokens,
			)]);
		println!(
			"model        {} ({} bytes, blake2-256 {})",
			self.model.display(),
			bytes.len(),
			hex(&hash)
		);
		println!("prompt       {} tokens {prompt:?}", prompt.len());
		if let Some(text) = decode(&prompt) {
			println!("             {text:?}");
		}
		println!("generated    {} tokens {tokens:?}", tokens.len());
		if let Some(text) = decode(&tokens) {
			println!("             {text:?}");
		}
		println!(
			"time         {:.1} ms, {:.1} µs per token; teacher-forced check {:.1} ms ({:.2}x), {accepted} of {} tokens accepted",
			took.as_secs_f64() * 1e3,
			took.as_secs_f64() * 1e6 / tokens.len().max(1) as f64,
			checked.as_secs_f64() * 1e3,
			checked.as_secs_f64() / took.as_secs_f64().max(1e-9),
			tokens.len()
		);
		println!("job input    {}", hex(&verity_primitives::tensor::encode_tensors(&input)));
		println!("canonical    {}", hex(&output));
		println!("output hash  {}", hex(&sp_crypto_hashing::blake2_256(&output)));
		Ok(())
	}

	/// Runs the command.
	pub fn run(&self) -> sc_cli::Result<()> {
		if self.prompt.is_some() || self.prompt_ids.is_some() {
			return self.generate();
		}
		let fail = |e: EngineError| sc_cli::Error::Application(Box::new(e));
		let LocalRun { bytes, hash, mut inputs } =
			LocalRun::load(self.inference.ort_lib.as_deref(), &self.model, &self.inputs)?;
		let engine = Engine::new(self.inference.engine_config());
		let spec = engine.io_spec(&hash, &self.model).map_err(fail)?;
		let image = match &self.image {
			Some(path) => {
				let image = self.image_input(path, &spec)?;
				inputs = vec![image.tensor.clone()];
				Some(image)
			}
			None => None,
		};
		let outputs = engine.infer(&hash, &self.model, &inputs).map_err(fail)?;
		let tensors: Vec<_> = outputs.iter().map(|(_, t)| t.clone()).collect();
		let canonical = verity_primitives::tensor::encode_tensors(&tensors);
		if self.json {
			let report = json_report(&self.model, &bytes, &hash, &spec, &outputs, &canonical);
			println!("{report}");
			return Ok(());
		}
		println!(
			"model        {} ({} bytes, blake2-256 {})",
			self.model.display(),
			bytes.len(),
			hex(&hash)
		);
		for (kind, tensors) in [("input", &spec.inputs), ("output", &spec.outputs)] {
			for t in tensors.iter() {
				let dims: Vec<String> = t
					.shape
					.iter()
					.map(|d| match d {
						verity_primitives::Dim::Fixed(n) => n.to_string(),
						verity_primitives::Dim::Dynamic => "?".into(),
					})
					.collect();
				println!(
					"declares     {kind} {}: {:?} [{}]",
					String::from_utf8_lossy(&t.name),
					t.elem,
					dims.join(", ")
				);
			}
		}
		println!(
			"io spec      {} (SCALE, for models.register)",
			hex(&codec::Encode::encode(&spec))
		);
		for (name, t) in &outputs {
			println!("output       {name}: {:?} {:?} ({} bytes)", t.elem, t.shape, t.data.len());
			println!("             {}", summary(t));
		}
		if let Some(image) = &image {
			let input = verity_primitives::tensor::encode_tensors(&inputs);
			println!(
				"image        {} → Float32 {:?} ({} bytes, blake2-256 {}), scale {:.4}",
				self.image.as_deref().map(|p| p.display().to_string()).unwrap_or_default(),
				image.tensor.shape,
				input.len(),
				hex(&sp_crypto_hashing::blake2_256(&input)),
				image.scale
			);
			for (_, t) in &outputs {
				for d in crate::image_input::yolo_detections(t, 0.25, 0.45).unwrap_or_default() {
					let at = |c: f32, k: usize| {
						let pad = if k % 2 == 0 { image.pad_x } else { image.pad_y };
						format!("{:.0}", (f64::from(c) - pad as f64) / image.scale)
					};
					let b: Vec<String> =
						d.bbox.iter().enumerate().map(|(k, c)| at(*c, k)).collect();
					println!(
						"detection    class {}, score {:.3}, box [{}]",
						d.class,
						d.score,
						b.join(", ")
					);
				}
			}
		}
		if canonical.len() <= 4096 {
			println!("canonical    {}", hex(&canonical));
		} else {
			let head = canonical.get(..32).unwrap_or_default();
			println!("canonical    {}… ({} bytes)", hex(head), canonical.len());
		}
		println!("output hash  {}", hex(&sp_crypto_hashing::blake2_256(&canonical)));
		Ok(())
	}

	/// The --image input for a model whose one input is [1, 3, H, W].
	fn image_input(
		&self,
		path: &Path,
		spec: &verity_primitives::IoSpec,
	) -> sc_cli::Result<crate::image_input::ImageInput> {
		use verity_primitives::Dim;
		let shape: Vec<Dim> = match &spec.inputs[..] {
			[t] if t.elem == verity_primitives::ElementType::Float32 => t.shape.to_vec(),
			_ => {
				return Err(sc_cli::Error::Input(
					"--image needs a model with one Float32 input".into(),
				))
			}
		};
		let fixed = |d: &Dim| match d {
			Dim::Fixed(n) => Some(*n as usize),
			Dim::Dynamic => None,
		};
		if shape.len() != 4 || fixed(&shape[1]).is_some_and(|c| c != 3) {
			return Err(sc_cli::Error::Input(
				"--image needs a model whose input is [N, 3, H, W]".into(),
			));
		}
		let (width, height) = match (&self.size, fixed(&shape[3]), fixed(&shape[2])) {
			(Some(size), _, _) => {
				let parsed = size
					.split_once('x')
					.and_then(|(w, h)| Some((w.parse::<usize>().ok()?, h.parse::<usize>().ok()?)));
				parsed.filter(|(w, h)| *w > 0 && *h > 0 && w * h <= 16_777_216).ok_or_else(
					|| sc_cli::Error::Input("--size takes WIDTHxHEIGHT, e.g. 320x320".into()),
				)?
			}
			(None, Some(w), Some(h)) => (w, h),
			_ => {
				return Err(sc_cli::Error::Input(
					"the model leaves its input's height or width open: give --size WxH".into(),
				))
			}
		};
		let three = |v: &[f64], name: &str| -> sc_cli::Result<[f64; 3]> {
			match v {
				[r, g, b] if v.iter().all(|x| x.is_finite()) => Ok([*r, *g, *b]),
				_ => Err(sc_cli::Error::Input(format!("--{name} takes three numbers R,G,B"))),
			}
		};
		let (mean, std) = (three(&self.mean, "mean")?, three(&self.std, "std")?);
		crate::image_input::image_tensor(path, width, height, self.resize, mean, std)
			.map_err(sc_cli::Error::Input)
	}
}

/// The first values of a tensor, decoded.
fn summary(t: &verity_primitives::Tensor) -> String {
	use verity_primitives::ElementType as E;
	let take = 10;
	let vals: Vec<String> = match t.elem {
		E::Float32 => t
			.data
			.chunks_exact(4)
			.take(take)
			.map(|c| format!("{}", f32::from_le_bytes([c[0], c[1], c[2], c[3]])))
			.collect(),
		E::Int64 => t
			.data
			.chunks_exact(8)
			.take(take)
			.map(|c| format!("{}", i64::from_le_bytes(c.try_into().unwrap_or_default())))
			.collect(),
		E::Float64 => t
			.data
			.chunks_exact(8)
			.take(take)
			.map(|c| format!("{}", f64::from_le_bytes(c.try_into().unwrap_or_default())))
			.collect(),
		E::Int32 => t
			.data
			.chunks_exact(4)
			.take(take)
			.map(|c| format!("{}", i32::from_le_bytes([c[0], c[1], c[2], c[3]])))
			.collect(),
		_ => t.data.iter().take(take).map(|b| format!("{b}")).collect(),
	};
	let more = if t.data.len() / t.elem.size().max(1) > take { ", …" } else { "" };
	format!("[{}{more}]", vals.join(", "))
}

/// `verity-node inference-worker`: the child process the node runs inference in. Not for
/// operators: the node starts it.
#[derive(Debug, clap::Parser)]
pub struct InferenceWorkerCmd {
	#[command(flatten)]
	pub inference: InferenceParams,
}

impl InferenceWorkerCmd {
	/// Serves inference requests on stdin/stdout until stdin closes.
	pub fn run(&self) -> sc_cli::Result<()> {
		verity_engine::worker::serve(self.inference.ort_lib.clone(), self.inference.engine_config())
			.map_err(|e| sc_cli::Error::Application(Box::new(e)))
	}
}

#[cfg(test)]
mod tests {
	use super::perturb;
	use verity_primitives::{
		tensor::{encode_tensors, ElementType, Tensor},
		ComparisonRule,
	};

	#[test]
	fn perturbed_outputs_differ_as_bytes_within_the_tightest_tolerance_and_keep_integers() {
		let floats: Vec<u8> = [0.25f32, 0.75, 1e-3].iter().flat_map(|v| v.to_le_bytes()).collect();
		let ints: Vec<u8> = [7i64].iter().flat_map(|v| v.to_le_bytes()).collect();
		let output = encode_tensors(&[
			Tensor { elem: ElementType::Int64, shape: vec![1], data: ints },
			Tensor { elem: ElementType::Float32, shape: vec![3], data: floats },
		]);
		let nudged = perturb(output.clone());
		assert_ne!(nudged, output);
		assert_eq!(nudged.len(), output.len());
		let tight = ComparisonRule::Tolerance { abs_ppb: 0, rel_ppb: 1_000 };
		assert!(tight.agree(&output, &nudged), "within a relative 1e-6");
		assert!(!ComparisonRule::Exact.agree(&output, &nudged));
		// The integer tensor comes first in the encoding and is unchanged.
		let int_part = &output[..output.len() - 12];
		assert_eq!(&nudged[..nudged.len() - 12], int_part);
		assert_eq!(perturb(b"not tensors".to_vec()), b"not tensors".to_vec());
	}
}
