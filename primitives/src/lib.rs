//! Types shared by Verity's pallets, the runtime and the native inference engine.
//!
//! - [`blob`]: data the chain's nodes keep by content hash, as pallets that refer to it see it;
//! - [`tensor`]: the description of a model's inputs and outputs and the canonical tensor
//!   encoding that inputs and outputs travel in, so equal results encode equally;
//! - [`compare`]: the rules by which revealed outputs agree (`Exact`, `Tolerance`);
//! - [`outcome`]: what a provider commits to and reveals: an output or a typed failure;
//! - [`commitment`]: the hash a provider commits to before it reveals its outcome;
//! - [`privacy`]: private jobs' encryption (keys wrapped to the providers drawn, sealed data);

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod blob;
pub mod compare;
pub mod generation;
pub mod outcome;
pub mod privacy;
pub mod tensor;

pub use blob::{BlobInspect, BlobStore};
pub use compare::ComparisonRule;
pub use outcome::{FailureKind, Outcome};
pub use tensor::{Dim, ElementType, IoSpec, Tensor, TensorSpec};

/// Identifies a registered model.
pub type ModelId = u32;
/// Identifies an inference job.
pub type JobId = u64;
/// A model's content hash: blake2-256 of its ONNX bytes.
pub type ModelHash = [u8; 32];
/// The random salt a provider mixes into its commitment.
pub type Salt = [u8; 32];

/// The commitment to an outcome: `blake2_256(SCALE(outcome) ‖ salt ‖ SCALE(provider))`. Binding
/// the account means no one can copy another provider's commitment; binding the salt means no
/// one can guess it from outcomes.
pub fn commitment(
	outcome: &impl codec::Encode,
	salt: &Salt,
	provider: &impl codec::Encode,
) -> sp_core::H256 {
	let mut preimage = alloc::vec::Vec::with_capacity(outcome.size_hint() + 32 + 32);
	outcome.encode_to(&mut preimage);
	preimage.extend_from_slice(salt);
	provider.encode_to(&mut preimage);
	sp_crypto_hashing::blake2_256(&preimage).into()
}

/// What a model-registry lookup tells the providers and jobs pallets.
pub trait ModelsInspect {
	/// Whether the model exists and providers may (still) start serving it.
	fn accepts_providers(model: ModelId) -> bool;

	/// Registers an active model (distinct for each `seed`) and returns its id, for the
	/// benchmarks of pallets that need one.
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_model(seed: u32) -> ModelId;

	/// As [`Self::benchmark_model`], with `beneficiaries` royalty beneficiaries (at least one).
	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_model_with_beneficiaries(seed: u32, beneficiaries: u32) -> ModelId;
}
