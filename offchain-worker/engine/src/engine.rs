//! ONNX Runtime sessions and the canonical conversion of tensors in and out.

use crate::EngineError;
use ort::{
	session::{builder::GraphOptimizationLevel, RunOptions, Session},
	value::{DynValue, Tensor as OrtTensor, TensorElementType, ValueType},
};
use std::{
	collections::HashMap,
	path::Path,
	sync::{Arc, Condvar, Mutex},
	time::{Duration, Instant},
};
use verity_primitives::{
	tensor::{check_against, decode_tensors, encode_tensors, MAX_NAME_LEN, MAX_RANK, MAX_TENSORS},
	Dim, ElementType, IoSpec, ModelHash, Tensor, TensorSpec,
};

/// Fixed settings of every session and run.
#[derive(Clone, Debug)]
pub struct EngineConfig {
	/// Threads one inference may use. Outputs were bitwise equal at 1 and 2 here, but a fixed
	/// number keeps the arithmetic order fixed.
	pub intra_threads: usize,
	/// How long one inference may run before it is terminated.
	pub time_limit: Duration,
}

impl Default for EngineConfig {
	fn default() -> Self {
		Self { intra_threads: 1, time_limit: Duration::from_secs(30) }
	}
}

/// Runs models, one cached session per model hash.
pub struct Engine {
	pub(crate) config: EngineConfig,
	sessions: Mutex<HashMap<ModelHash, Arc<Mutex<Session>>>>,
	pub(crate) watchdog: Watchdog,
}

impl Engine {
	/// An engine with `config`; ONNX Runtime must be loaded first ([`crate::runtime::init`]).
	pub fn new(config: EngineConfig) -> Self {
		Self { config, sessions: Mutex::new(HashMap::new()), watchdog: Watchdog::start() }
	}

	/// The session of a model, created from its verified file on first use.
	pub fn session(
		&self,
		hash: &ModelHash,
		path: &Path,
	) -> Result<Arc<Mutex<Session>>, EngineError> {
		if let Some(s) = self.sessions.lock().ok().and_then(|m| m.get(hash).cloned()) {
			return Ok(s);
		}
		let bytes = std::fs::read(path)?;
		let malformed = |e: ort::Error| EngineError::MalformedModel(e.to_string());
		let session = Session::builder(crate::runtime::environment()?)
			.map_err(malformed)?
			.with_optimization_level(GraphOptimizationLevel::Level1)
			.map_err(|e| malformed(e.into()))?
			.with_intra_threads(self.config.intra_threads)
			.map_err(|e| malformed(e.into()))?
			.with_inter_threads(1)
			.map_err(|e| malformed(e.into()))?
			.with_parallel_execution(false)
			.map_err(|e| malformed(e.into()))?
			.with_deterministic_compute(true)
			.map_err(|e| malformed(e.into()))?
			.commit_from_memory(&bytes)
			.map_err(malformed)?;
		let session = Arc::new(Mutex::new(session));
		if let Ok(mut m) = self.sessions.lock() {
			m.insert(*hash, session.clone());
		}
		Ok(session)
	}

	/// The inputs and outputs a model declares, as the registry wants them: names, element
	/// types, and shapes whose symbolic dimensions are `Dynamic`.
	pub fn io_spec(&self, hash: &ModelHash, path: &Path) -> Result<IoSpec, EngineError> {
		let session = self.session(hash, path)?;
		let session =
			session.lock().map_err(|_| EngineError::Inference("session lock poisoned".into()))?;
		let specs = |outlets: &[ort::value::Outlet]| -> Result<Vec<TensorSpec>, EngineError> {
			outlets.iter().map(tensor_spec).collect()
		};
		let too_many = |_| EngineError::UnsupportedType(format!("more than {MAX_TENSORS} tensors"));
		Ok(IoSpec {
			inputs: specs(session.inputs())?.try_into().map_err(too_many)?,
			outputs: specs(session.outputs())?.try_into().map_err(too_many)?,
		})
	}

	/// Runs a model on canonical input bytes and returns canonical output bytes. With `io`,
	/// the input is checked against the registered spec and outputs follow its order;
	/// without, the model's own input and output order is used.
	pub fn infer_canonical(
		&self,
		hash: &ModelHash,
		path: &Path,
		io: Option<&IoSpec>,
		input: &[u8],
	) -> Result<Vec<u8>, EngineError> {
		let inputs = decode_inputs(io, input)?;
		// A decoder runs a generation: greedy decoding through its KV cache.
		if self.decoder_layout(hash, path)?.is_some() {
			let request = generation_of(io, &inputs)?;
			return Ok(tokens_output(&self.generate(hash, path, &request)?));
		}
		let outputs = self.infer(hash, path, &inputs)?;
		let outputs = match io {
			Some(io) => order_outputs(outputs, io)?,
			None => outputs.into_iter().map(|(_, t)| t).collect(),
		};
		Ok(encode_tensors(&outputs))
	}

	/// As [`Self::infer_canonical`], but for a generation first checks `claim`, the canonical
	/// output another provider revealed for the same input: teacher-forced, in one pass
	/// ([`Self::verify`] with `margin`). A claim whose every token is accepted, and that
	/// stops where greedy decoding stops (at `max_new_tokens`, or at the end-of-sequence id and
	/// not before), is returned as this provider's output, re-encoded; anything else (a claim
	/// that is not one tokens tensor, a token refused) is generated afresh, and what greedy
	/// decoding gives is returned. A model that is not a decoder runs as `infer_canonical`.
	pub fn infer_checking(
		&self,
		hash: &ModelHash,
		path: &Path,
		io: Option<&IoSpec>,
		input: &[u8],
		claim: &[u8],
		margin: f32,
	) -> Result<Checked, EngineError> {
		if self.decoder_layout(hash, path)?.is_none() {
			return self.infer_canonical(hash, path, io, input).map(Checked::Generated);
		}
		let request = generation_of(io, &decode_inputs(io, input)?)?;
		if let Some(tokens) = crate::generate::claimed_tokens(claim, &request) {
			if self.verify(hash, path, &request.prompt, &tokens, margin)? == tokens.len() {
				return Ok(Checked::Accepted(tokens_output(&tokens)));
			}
		}
		Ok(Checked::Generated(tokens_output(&self.generate(hash, path, &request)?)))
	}

	/// Runs a model on tensors given in the model's input order; returns the named outputs
	/// in the model's output order.
	pub fn infer(
		&self,
		hash: &ModelHash,
		path: &Path,
		inputs: &[Tensor],
	) -> Result<Vec<(String, Tensor)>, EngineError> {
		let session = self.session(hash, path)?;
		let mut session =
			session.lock().map_err(|_| EngineError::Inference("session lock poisoned".into()))?;
		let names: Vec<String> = session.inputs().iter().map(|i| i.name().to_string()).collect();
		if names.len() != inputs.len() {
			return Err(EngineError::InputMismatch(format!(
				"the model takes {} inputs ({}), {} given",
				names.len(),
				names.join(", "),
				inputs.len()
			)));
		}
		let mut values: Vec<(String, DynValue)> = Vec::with_capacity(inputs.len());
		for (name, t) in names.into_iter().zip(inputs) {
			values.push((name, to_ort(t)?));
		}

		let options = Arc::new(RunOptions::new()?);
		let limit = self.config.time_limit;
		let start = Instant::now();
		self.watchdog.watch(options.clone(), start + limit);
		let result = session.run_with_options(values, &options);
		self.watchdog.clear();
		let timed_out = start.elapsed() >= limit;
		let outputs = match result {
			Ok(o) => o,
			Err(_) if timed_out => return Err(EngineError::Timeout(self.config.time_limit)),
			Err(e) => return Err(EngineError::Inference(e.to_string())),
		};
		let mut out = Vec::with_capacity(outputs.len());
		for (name, value) in outputs.iter() {
			out.push((name.to_string(), from_ort(&value)?));
		}
		Ok(out)
	}
}

/// Canonical input bytes as tensors: checked against `io`'s inputs, or only decoded without.
fn decode_inputs(io: Option<&IoSpec>, input: &[u8]) -> Result<Vec<Tensor>, EngineError> {
	match io {
		Some(io) => check_against(input, &io.inputs),
		None => decode_tensors(input),
	}
	.map_err(|e| EngineError::InputMismatch(format!("{e:?}")))
}

/// The generation a decoder's job asks for: its tensors read by the names `io` declares, or
/// in order without.
fn generation_of(
	io: Option<&IoSpec>,
	inputs: &[Tensor],
) -> Result<crate::generate::Generation, EngineError> {
	let names: Option<Vec<String>> = io
		.map(|io| io.inputs.iter().map(|t| String::from_utf8_lossy(&t.name).to_string()).collect());
	crate::generate::Generation::from_tensors(inputs, names.as_deref())
}

/// A generation's canonical output: one `tokens` Int64 [1, m].
fn tokens_output(tokens: &[i64]) -> Vec<u8> {
	encode_tensors(&[crate::generate::tokens_tensor(tokens)])
}

/// What [`Engine::infer_checking`] gives: the canonical output, and how it was had.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Checked {
	/// The claim passed the teacher-forced check: these are its bytes.
	Accepted(Vec<u8>),
	/// The output of running the model (the claim was refused, or the model is no decoder).
	Generated(Vec<u8>),
}

impl Checked {
	/// The canonical output.
	pub fn into_output(self) -> Vec<u8> {
		match self {
			Self::Accepted(o) | Self::Generated(o) => o,
		}
	}
}

/// Terminates a run that passes its deadline. One thread per engine, waiting on a condition
/// variable, rather than a thread started for every run (which cost more than a small model's
/// whole inference).
pub(crate) struct Watchdog {
	state: Arc<(Mutex<WatchState>, Condvar)>,
}

#[derive(Default)]
struct WatchState {
	run: Option<(Instant, Arc<RunOptions>)>,
	stop: bool,
}

impl Watchdog {
	fn start() -> Self {
		let state = Arc::new((Mutex::new(WatchState::default()), Condvar::new()));
		let shared = state.clone();
		let spawned =
			std::thread::Builder::new().name("inference-watchdog".into()).spawn(move || {
				let (lock, wake) = &*shared;
				let Ok(mut s) = lock.lock() else { return };
				while !s.stop {
					let timeout = match &s.run {
						None => None,
						Some((deadline, options)) => {
							let now = Instant::now();
							if now >= *deadline {
								let _ = options.terminate();
								s.run = None;
								continue;
							}
							Some(*deadline - now)
						}
					};
					let next = match timeout {
						None => wake.wait(s).ok(),
						Some(t) => wake.wait_timeout(s, t).ok().map(|(s, _)| s),
					};
					let Some(guard) = next else { return };
					s = guard;
				}
			});
		if let Err(e) = spawned {
			log::warn!(target: "verity::engine", "no watchdog thread ({e}): inferences run without a time limit");
		}
		Self { state }
	}

	/// Watches a run until [`Self::clear`]; terminates it at `deadline`.
	pub(crate) fn watch(&self, options: Arc<RunOptions>, deadline: Instant) {
		let (lock, wake) = &*self.state;
		if let Ok(mut s) = lock.lock() {
			s.run = Some((deadline, options));
			wake.notify_one();
		}
	}

	pub(crate) fn clear(&self) {
		if let Ok(mut s) = self.state.0.lock() {
			s.run = None;
		}
	}
}

impl Drop for Watchdog {
	fn drop(&mut self) {
		let (lock, wake) = &*self.state;
		if let Ok(mut s) = lock.lock() {
			s.stop = true;
			wake.notify_one();
		}
	}
}

/// Puts outputs in the order the spec declares them, by name.
fn order_outputs(outputs: Vec<(String, Tensor)>, io: &IoSpec) -> Result<Vec<Tensor>, EngineError> {
	let mut by_name: HashMap<String, Tensor> = outputs.into_iter().collect();
	io.outputs
		.iter()
		.map(|spec| {
			let name = String::from_utf8_lossy(&spec.name).to_string();
			by_name.remove(&name).ok_or_else(|| {
				EngineError::Inference(format!("the model has no output named {name}"))
			})
		})
		.collect()
}

macro_rules! le_vec {
	($data:expr, $ty:ty) => {
		$data
			.chunks_exact(std::mem::size_of::<$ty>())
			.map(|c| <$ty>::from_le_bytes(c.try_into().unwrap_or_default()))
			.collect::<Vec<$ty>>()
	};
}

fn to_ort(t: &Tensor) -> Result<DynValue, EngineError> {
	let shape: Vec<i64> = t.shape.iter().map(|d| *d as i64).collect();
	let d = &t.data;
	let value = match t.elem {
		ElementType::Float32 => OrtTensor::from_array((shape, le_vec!(d, f32)))?.into_dyn(),
		ElementType::Float64 => OrtTensor::from_array((shape, le_vec!(d, f64)))?.into_dyn(),
		ElementType::Int8 => OrtTensor::from_array((shape, le_vec!(d, i8)))?.into_dyn(),
		ElementType::Int16 => OrtTensor::from_array((shape, le_vec!(d, i16)))?.into_dyn(),
		ElementType::Int32 => OrtTensor::from_array((shape, le_vec!(d, i32)))?.into_dyn(),
		ElementType::Int64 => OrtTensor::from_array((shape, le_vec!(d, i64)))?.into_dyn(),
		ElementType::UInt8 => OrtTensor::from_array((shape, d.clone()))?.into_dyn(),
		ElementType::UInt16 => OrtTensor::from_array((shape, le_vec!(d, u16)))?.into_dyn(),
		ElementType::UInt32 => OrtTensor::from_array((shape, le_vec!(d, u32)))?.into_dyn(),
		ElementType::UInt64 => OrtTensor::from_array((shape, le_vec!(d, u64)))?.into_dyn(),
		ElementType::Bool => {
			OrtTensor::from_array((shape, d.iter().map(|b| *b != 0).collect::<Vec<bool>>()))?
				.into_dyn()
		}
		ElementType::Float16 => return Err(EngineError::UnsupportedType("float16 input".into())),
	};
	Ok(value)
}

fn tensor<T: ort::value::PrimitiveTensorElementType + Copy>(
	value: &ort::value::DynValueRef<'_>,
	elem: ElementType,
	bytes: impl Fn(T) -> Vec<u8>,
) -> Result<Tensor, EngineError> {
	let (shape, data) = value.try_extract_tensor::<T>()?;
	Ok(Tensor {
		elem,
		shape: shape.iter().map(|d| (*d).max(0) as u64).collect(),
		data: data.iter().flat_map(|v| bytes(*v)).collect(),
	})
}

/// Verity's element type of an ONNX Runtime one.
fn element_type(ty: &TensorElementType) -> Result<ElementType, EngineError> {
	Ok(match ty {
		TensorElementType::Float32 => ElementType::Float32,
		TensorElementType::Float64 => ElementType::Float64,
		TensorElementType::Float16 => ElementType::Float16,
		TensorElementType::Int8 => ElementType::Int8,
		TensorElementType::Int16 => ElementType::Int16,
		TensorElementType::Int32 => ElementType::Int32,
		TensorElementType::Int64 => ElementType::Int64,
		TensorElementType::Uint8 => ElementType::UInt8,
		TensorElementType::Uint16 => ElementType::UInt16,
		TensorElementType::Uint32 => ElementType::UInt32,
		TensorElementType::Uint64 => ElementType::UInt64,
		TensorElementType::Bool => ElementType::Bool,
		other => return Err(EngineError::UnsupportedType(format!("{other:?}"))),
	})
}

fn tensor_spec(outlet: &ort::value::Outlet) -> Result<TensorSpec, EngineError> {
	let ValueType::Tensor { ty, shape, .. } = outlet.dtype() else {
		return Err(EngineError::UnsupportedType(format!(
			"{}: {:?} (only tensors are carried)",
			outlet.name(),
			outlet.dtype()
		)));
	};
	let dims: Vec<Dim> =
		shape.iter().map(|d| u32::try_from(*d).map(Dim::Fixed).unwrap_or(Dim::Dynamic)).collect();
	Ok(TensorSpec {
		name: outlet.name().as_bytes().to_vec().try_into().map_err(|_| {
			EngineError::UnsupportedType(format!("tensor name longer than {MAX_NAME_LEN} bytes"))
		})?,
		elem: element_type(ty)?,
		shape: dims.try_into().map_err(|_| {
			EngineError::UnsupportedType(format!("{}: rank above {MAX_RANK}", outlet.name()))
		})?,
	})
}

fn from_ort(value: &ort::value::DynValueRef<'_>) -> Result<Tensor, EngineError> {
	let ValueType::Tensor { ty, .. } = value.dtype() else {
		return Err(EngineError::UnsupportedType(format!(
			"{:?} (only tensors are carried)",
			value.dtype()
		)));
	};
	match ty {
		TensorElementType::Float32 => {
			tensor::<f32>(value, ElementType::Float32, |v| v.to_le_bytes().to_vec())
		}
		TensorElementType::Float64 => {
			tensor::<f64>(value, ElementType::Float64, |v| v.to_le_bytes().to_vec())
		}
		TensorElementType::Int8 => {
			tensor::<i8>(value, ElementType::Int8, |v| v.to_le_bytes().to_vec())
		}
		TensorElementType::Int16 => {
			tensor::<i16>(value, ElementType::Int16, |v| v.to_le_bytes().to_vec())
		}
		TensorElementType::Int32 => {
			tensor::<i32>(value, ElementType::Int32, |v| v.to_le_bytes().to_vec())
		}
		TensorElementType::Int64 => {
			tensor::<i64>(value, ElementType::Int64, |v| v.to_le_bytes().to_vec())
		}
		TensorElementType::Uint8 => tensor::<u8>(value, ElementType::UInt8, |v| vec![v]),
		TensorElementType::Uint16 => {
			tensor::<u16>(value, ElementType::UInt16, |v| v.to_le_bytes().to_vec())
		}
		TensorElementType::Uint32 => {
			tensor::<u32>(value, ElementType::UInt32, |v| v.to_le_bytes().to_vec())
		}
		TensorElementType::Uint64 => {
			tensor::<u64>(value, ElementType::UInt64, |v| v.to_le_bytes().to_vec())
		}
		TensorElementType::Bool => tensor::<bool>(value, ElementType::Bool, |v| vec![v as u8]),
		other => Err(EngineError::UnsupportedType(format!("{other:?}"))),
	}
}
