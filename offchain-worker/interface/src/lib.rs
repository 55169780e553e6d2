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
	pass_by::{AllocateAndReturnByCodec, PassFatPointerAndRead},
	runtime_interface,
};
use verity_primitives::{IoSpec, ModelHash};

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

/// What the node implements to serve inference to the off-chain worker.
#[cfg(feature = "std")]
pub trait InferenceEngine: Send + Sync {
	/// Runs one inference and returns the canonical-encoded outputs.
	fn infer(&self, request: &InferenceRequest) -> Result<Vec<u8>, InferenceError>;
}

#[cfg(feature = "std")]
use sp_externalities::ExternalitiesExt;

#[cfg(feature = "std")]
sp_externalities::decl_extension! {
	/// The node's inference engine, registered for off-chain worker calls.
	pub struct InferenceExt(std::sync::Arc<dyn InferenceEngine>);
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
			return Err(InferenceError::BadRequest);
		};
		ext.0.infer(&request)
	}
}
