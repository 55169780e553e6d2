//! The bridge from the Wasm runtime to native inference.
//!
//! The off-chain worker of pallet-jobs calls [`inference::infer`] with a SCALE-encoded
//! [`InferenceRequest`]. On the node, the host function hands the request to the
//! [`InferenceExt`] extension that the node registers for off-chain workers; ONNX Runtime
//! lives behind that extension (in `verity-engine`), never in this crate. Where no extension
//! is registered (block import, RPC calls), the call answers [`InferenceError::NoEngine`].

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Decode, Encode};
use sp_runtime_interface::{
	pass_by::{AllocateAndReturnByCodec, PassFatPointerAndRead, PassPointerAndReadCopy},
	runtime_interface,
};
use verity_primitives::{FailureKind, IoSpec, ModelHash};

/// One inference: which model (as the registry describes it) on which input.
#[derive(Clone, PartialEq, Eq, Encode, Decode, Debug)]
pub struct InferenceRequest {
	/// blake2-256 of the model bytes.
	pub model_hash: ModelHash,
	/// Length of the model bytes.
	pub model_size: u64,
	/// Where to fetch the model from.
	pub uri: Vec<u8>,
	/// The model's declared inputs and outputs.
	pub io: IoSpec,
	/// The canonical-encoded input tensors.
	pub input: Vec<u8>,
}

/// Why an inference produced no output.
#[derive(Clone, PartialEq, Eq, Encode, Decode, Debug)]
pub enum InferenceError {
	/// No inference engine is available in this context.
	NoEngine,
	/// The request could not be decoded.
	BadRequest,
	/// The model could not be fetched or its bytes do not match the registry.
	ModelUnavailable,
	/// ONNX Runtime refused the model.
	MalformedModel,
	/// The input does not fit the model.
	InputMismatch,
	/// Inference ran past the time bound.
	Timeout,
	/// The inference worker crashed or ran out of memory.
	WorkerDied,
	/// Any other failure of the engine.
	Failed,
}

/// Something the off-chain worker did that the node counts in its metrics (inference itself
/// is counted by the node's engine).
#[derive(Clone, PartialEq, Eq, Encode, Decode, Debug)]
pub enum WorkerEvent {
	/// A job assigned to one of this node's provider keys, seen for the first time.
	JobSeen,
	/// Commitments put in the transaction pool (one `commit_many` of this many).
	CommitsSubmitted(u32),
	/// Reveals put in the transaction pool (one `reveal_many` of this many).
	RevealsSubmitted(u32),
	/// Something went wrong.
	Error(WorkerError),
	/// A job's outcome is a failure of this kind, to be committed as the provider's outcome.
	Failure(FailureKind),
}

/// What went wrong in the off-chain worker, outside the inference engine.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, Debug)]
pub enum WorkerError {
	/// The runtime sent a request the host could not decode.
	BadRequest,
	/// A transaction could not be signed with the provider's inference key.
	SigningFailed,
	/// The transaction pool refused a commit or reveal.
	PoolRefused,
	/// The provider committed, but its stored output and salt are gone, so it cannot reveal.
	MissingOutput,
	/// The output is longer than the chain accepts in a reveal.
	OutputTooLong,
	/// A job's inference failed on every attempt for a reason that says nothing about the job
	/// (no engine); the worker gave up on it and commits nothing.
	GaveUp,
}

impl WorkerError {
	/// Every kind, so the node's metrics can show each at 0 before it first happens.
	pub const ALL: [Self; 6] = [
		Self::BadRequest,
		Self::SigningFailed,
		Self::PoolRefused,
		Self::MissingOutput,
		Self::OutputTooLong,
		Self::GaveUp,
	];

	/// The `kind` label of the error in the node's metrics.
	pub fn label(&self) -> &'static str {
		match self {
			Self::BadRequest => "bad_request",
			Self::SigningFailed => "signing_failed",
			Self::PoolRefused => "pool_refused",
			Self::MissingOutput => "missing_output",
			Self::OutputTooLong => "output_too_long",
			Self::GaveUp => "gave_up",
		}
	}
}

impl InferenceError {
	/// Every kind, so the node's metrics can show each at 0 before it first happens.
	pub const ALL: [Self; 8] = [
		Self::NoEngine,
		Self::BadRequest,
		Self::ModelUnavailable,
		Self::MalformedModel,
		Self::InputMismatch,
		Self::Timeout,
		Self::WorkerDied,
		Self::Failed,
	];

	/// The `kind` label of the error in the node's metrics.
	pub fn label(&self) -> &'static str {
		match self {
			Self::NoEngine => "no_engine",
			Self::BadRequest => "bad_request",
			Self::ModelUnavailable => "model_unavailable",
			Self::MalformedModel => "malformed_model",
			Self::InputMismatch => "input_mismatch",
			Self::Timeout => "timeout",
			Self::WorkerDied => "worker_died",
			Self::Failed => "failed",
		}
	}
}

/// What the node implements to serve inference to the off-chain worker.
#[cfg(feature = "std")]
pub trait InferenceEngine: Send + Sync {
	/// Runs one inference and returns the canonical-encoded outputs.
	fn infer(&self, request: &InferenceRequest) -> Result<Vec<u8>, InferenceError>;

	/// As [`Self::infer`], but a generation checks `claim` (another provider's canonical
	/// output) teacher-forced with a logit margin of `margin_ppm` millionths, and returns it
	/// if every token is accepted, else generates. Runs `infer` unless implemented.
	fn infer_checking(
		&self,
		request: &InferenceRequest,
		_claim: &[u8],
		_margin_ppm: u32,
	) -> Result<Vec<u8>, InferenceError> {
		self.infer(request)
	}

	/// Takes note of what the off-chain worker did (for metrics). Ignored by default.
	fn report(&self, _event: WorkerEvent) {}
}

#[cfg(feature = "std")]
use sp_externalities::ExternalitiesExt;

#[cfg(feature = "std")]
sp_externalities::decl_extension! {
	/// The node's inference engine, registered for off-chain worker calls.
	pub struct InferenceExt(std::sync::Arc<dyn InferenceEngine>);
}

#[cfg(feature = "std")]
sp_externalities::decl_extension! {
	/// Reads data the node keeps by content hash (indexed transactions: `blobs.store`), for
	/// off-chain worker calls.
	pub struct StoredDataExt(std::sync::Arc<dyn Fn(&[u8; 32]) -> Option<Vec<u8>> + Send + Sync>);
}

/// Host functions of Verity's inference.
#[runtime_interface]
pub trait Inference {
	/// Runs the SCALE-encoded [`InferenceRequest`] and returns the canonical output bytes.
	fn infer(
		&mut self,
		request: PassFatPointerAndRead<&[u8]>,
	) -> AllocateAndReturnByCodec<Result<Vec<u8>, InferenceError>> {
		let Some(ext) = self.extension::<InferenceExt>() else {
			return Err(InferenceError::NoEngine);
		};
		let Ok(request) = InferenceRequest::decode(&mut &request[..]) else {
			ext.0.report(WorkerEvent::Error(WorkerError::BadRequest));
			return Err(InferenceError::BadRequest);
		};
		ext.0.infer(&request)
	}

	/// As `infer`, for a generation whose output another provider revealed: the node checks
	/// `claim` teacher-forced (one forward pass over prompt and tokens, each token accepted
	/// within `margin_ppm` millionths of its position's largest logit) and answers `claim` if
	/// every token passes and it stops where greedy decoding stops, else the tokens it
	/// generates itself. A model that is not a generator runs as `infer`.
	fn infer_checking(
		&mut self,
		request: PassFatPointerAndRead<&[u8]>,
		claim: PassFatPointerAndRead<&[u8]>,
		margin_ppm: u32,
	) -> AllocateAndReturnByCodec<Result<Vec<u8>, InferenceError>> {
		let Some(ext) = self.extension::<InferenceExt>() else {
			return Err(InferenceError::NoEngine);
		};
		let Ok(request) = InferenceRequest::decode(&mut &request[..]) else {
			ext.0.report(WorkerEvent::Error(WorkerError::BadRequest));
			return Err(InferenceError::BadRequest);
		};
		ext.0.infer_checking(&request, claim, margin_ppm)
	}

	/// The bytes the node keeps under the blake2-256 `hash` (data stored with `blobs.store`),
	/// as its database has them: the caller checks them against the hash. `None` where the node
	/// has no such data or no reader is registered (block import, RPC calls).
	fn stored_data(
		&mut self,
		hash: PassPointerAndReadCopy<[u8; 32], 32>,
	) -> AllocateAndReturnByCodec<Option<Vec<u8>>> {
		let ext = self.extension::<StoredDataExt>()?;
		(ext.0)(&hash)
	}

	/// Tells the node what the off-chain worker did: a SCALE-encoded [`WorkerEvent`], counted
	/// in the node's Prometheus metrics. Does nothing where no engine is registered.
	fn report(&mut self, event: PassFatPointerAndRead<&[u8]>) {
		let Some(ext) = self.extension::<InferenceExt>() else { return };
		match WorkerEvent::decode(&mut &event[..]) {
			Ok(event) => ext.0.report(event),
			Err(_) => ext.0.report(WorkerEvent::Error(WorkerError::BadRequest)),
		}
	}
}
