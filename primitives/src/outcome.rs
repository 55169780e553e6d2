//! What a provider commits to and reveals for a job: an output, or a typed failure.
//!
//! A provider that cannot produce an output says why, and says it the way it would give an
//! output: committed first, revealed after commits close, and voted on. A failure the
//! committee agrees on ends the job with that reason instead of slashing the providers who
//! could not help it; who pays for the work depends on whose fault it is
//! ([`FailureKind::is_models_fault`]).

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Why a provider could not produce an output for a job.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum FailureKind {
	/// The model's bytes could not be fetched, or they do not match the registered hash and
	/// size.
	#[codec(index = 0)]
	ModelUnavailable,
	/// ONNX Runtime refused to load the model.
	#[codec(index = 1)]
	ModelInvalid,
	/// The model's outputs do not fit the outputs it declared.
	#[codec(index = 2)]
	OutputInvalid,
	/// Inference failed on this input.
	#[codec(index = 3)]
	InferenceFailed,
	/// Inference ran past the provider's time bound.
	#[codec(index = 4)]
	Timeout,
	/// The output is longer than a reveal may carry.
	#[codec(index = 5)]
	OutputTooLarge,
	/// The job's input, kept by the chain's nodes by hash, could not be read from the
	/// provider's node, or the bytes read do not match the hash and length.
	#[codec(index = 6)]
	InputUnavailable,
	/// The job's input, kept by the chain's nodes by hash, does not fit the model's declared
	/// inputs (the chain checks an input given inline at submission; a stored one only here).
	#[codec(index = 7)]
	InputInvalid,
}

impl FailureKind {
	/// Whether the model (its registrant) is at fault rather than the job's input: a model that
	/// cannot be fetched or loaded, or that breaks its own declared outputs. The model owner's
	/// deposit pays the providers for those; the submitter pays for the others.
	pub fn is_models_fault(&self) -> bool {
		matches!(self, Self::ModelUnavailable | Self::ModelInvalid | Self::OutputInvalid)
	}
}

/// What a provider commits to and reveals: the canonical output bytes, or why there are none.
/// `O` is the output's byte container (`Vec<u8>` off chain, a bounded vector on chain); both
/// encode alike, so commitments computed from either agree.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum Outcome<O> {
	/// Canonical output tensors.
	#[codec(index = 0)]
	Output(O),
	/// No output, and why.
	#[codec(index = 1)]
	Failure(FailureKind),
}

impl<O: AsRef<[u8]>> Outcome<O> {
	/// The output bytes, if this is an output.
	pub fn output(&self) -> Option<&[u8]> {
		match self {
			Self::Output(o) => Some(o.as_ref()),
			Self::Failure(_) => None,
		}
	}

	/// The failure, if this is one.
	pub fn failure(&self) -> Option<FailureKind> {
		match self {
			Self::Output(_) => None,
			Self::Failure(kind) => Some(*kind),
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_core::{bounded::BoundedVec, ConstU32};

	#[test]
	fn bounded_and_unbounded_outcomes_encode_alike() {
		let bytes = vec![1u8, 2, 3];
		let bounded: BoundedVec<u8, ConstU32<8>> = bytes.clone().try_into().unwrap();
		assert_eq!(Outcome::Output(bytes).encode(), Outcome::Output(bounded).encode());
		assert_eq!(
			Outcome::<Vec<u8>>::Failure(FailureKind::Timeout).encode(),
			vec![1, 4],
			"tag 1, kind 4"
		);
	}

	#[test]
	fn who_is_at_fault() {
		let models =
			[FailureKind::ModelUnavailable, FailureKind::ModelInvalid, FailureKind::OutputInvalid];
		let inputs = [
			FailureKind::InferenceFailed,
			FailureKind::Timeout,
			FailureKind::OutputTooLarge,
			FailureKind::InputUnavailable,
			FailureKind::InputInvalid,
		];
		assert!(models.iter().all(FailureKind::is_models_fault));
		assert!(!inputs.iter().any(FailureKind::is_models_fault));
	}
}
