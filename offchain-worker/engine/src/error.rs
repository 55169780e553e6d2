//! What can go wrong on the native side; every variant names its cause for the operator.

use std::time::Duration;

/// An error of the inference engine or the model store.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
	/// The ONNX Runtime shared library was not found.
	#[error(
		"ONNX Runtime library not found (looked in: {0}); run scripts/setup, or pass \
		 --ort-lib PATH or set ORT_DYLIB_PATH to libonnxruntime.so.1.31.1"
	)]
	RuntimeMissing(String),
	/// The library was found but could not be loaded.
	#[error("ONNX Runtime at {path} could not be loaded: {reason}")]
	RuntimeLoad { path: String, reason: String },
	/// The model bytes do not hash to the registered hash.
	#[error("model bytes hash to {found}, the registry says {expected}")]
	HashMismatch { expected: String, found: String },
	/// The model bytes are not the registered size.
	#[error("model is {found} bytes, the registry says {expected}")]
	SizeMismatch { expected: u64, found: u64 },
	/// The model is larger than this node accepts.
	#[error("model is larger than this node's {limit}-byte bound")]
	TooLarge { limit: u64 },
	/// The URI's scheme is not `file://`, `http://` or `https://`.
	#[error("unsupported model URI: {0}")]
	UnsupportedUri(String),
	/// Fetching the model failed.
	#[error("fetching the model failed: {0}")]
	Fetch(String),
	/// ONNX Runtime refused the model bytes.
	#[error("the model is not a valid ONNX model: {0}")]
	MalformedModel(String),
	/// The input does not fit the model.
	#[error("input does not match the model: {0}")]
	InputMismatch(String),
	/// A tensor has an element type Verity does not carry.
	#[error("unsupported tensor element type: {0}")]
	UnsupportedType(String),
	/// ONNX Runtime failed while running the model.
	#[error("inference failed: {0}")]
	Inference(String),
	/// Inference ran past the time bound.
	#[error("inference took longer than {0:?}")]
	Timeout(Duration),
	/// The inference worker process died (crashed, or ran out of its memory bound).
	#[error("the inference worker died: {0}")]
	WorkerDied(String),
	/// A tensor file could not be read.
	#[error("bad tensor file {file}: {reason}")]
	TensorFile { file: String, reason: String },
	/// A file-system error.
	#[error("I/O error: {0}")]
	Io(#[from] std::io::Error),
}

impl From<ort::Error> for EngineError {
	fn from(e: ort::Error) -> Self {
		EngineError::Inference(e.to_string())
	}
}
