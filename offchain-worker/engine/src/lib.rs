//! Verity's native inference engine.
//!
//! - [`runtime`]: finds and loads the ONNX Runtime shared library (`ort` with
//!   `load-dynamic`): a path given by the operator, then `ORT_DYLIB_PATH`, then where
//!   `scripts/setup` installs it;
//! - [`store`]: fetches model bytes by URI (`file://`, `http://`, `https://`) into a
//!   content-addressed cache and refuses bytes whose blake2-256 hash or size differ from the
//!   registry;
//! - [`engine`]: one ONNX Runtime session per model with fixed, deterministic settings;
//!   checks inputs against the model's spec and returns outputs in the canonical tensor
//!   encoding of `verity_primitives::tensor`;
//! - [`generate`]: causal language models of the standard decoder layout: greedy decoding
//!   through the KV cache, and teacher-forced verification of a generated sequence;
//! - [`files`]: reads tensors from ONNX `TensorProto` (`.pb`) and NumPy (`.npy`) files;
//! - [`worker`]: runs inference in a supervised child process with memory and time bounds.

pub mod engine;
pub mod error;
pub mod files;
pub mod generate;
pub mod runtime;
pub mod store;
pub mod worker;

pub use engine::{Engine, EngineConfig};
pub use error::EngineError;
pub use store::{ModelRef, ModelStore};
