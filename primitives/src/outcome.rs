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
	/// An output too long to reveal on chain, kept by the chain's nodes as stored data: its
	/// blake2-256 `hash` and its length in bytes. It is revealed with its bytes (which the
	/// reveal stores), or, when the same bytes are stored already, by hash alone.
	#[codec(index = 2)]
	Stored {
		/// blake2-256 of the canonical output bytes.
		hash: [u8; 32],
		/// Length of the output in bytes.
		len: u32,
	},
}

impl<O: AsRef<[u8]>> Outcome<O> {
	/// The output bytes, if this is an output revealed on chain.
	pub fn output(&self) -> Option<&[u8]> {
		match self {
			Self::Output(o) => Some(o.as_ref()),
			Self::Failure(_) | Self::Stored { .. } => None,
		}
	}

	/// The failure, if this is one.
	pub fn failure(&self) -> Option<FailureKind> {
		match self {
			Self::Failure(kind) => Some(*kind),
			Self::Output(_) | Self::Stored { .. } => None,
		}
	}

	/// Whether this is an output, on chain or stored.
	pub fn is_output(&self) -> bool {
		!matches!(self, Self::Failure(_))
	}

	/// The hash and length of a stored output.
	pub fn stored(&self) -> Option<([u8; 32], u32)> {
		match self {
			Self::Stored { hash, len } => Some((*hash, *len)),
			Self::Output(_) | Self::Failure(_) => None,
		}
	}

	/// The blake2-256 hash of the output, on chain or stored.
	pub fn output_hash(&self) -> Option<[u8; 32]> {
		match self {
			Self::Output(o) => Some(sp_crypto_hashing::blake2_256(o.as_ref())),
			Self::Stored { hash, .. } => Some(*hash),
			Self::Failure(_) => None,
		}
	}

	/// The form in which an output is revealed on chain: itself when it is at most
	/// `max_inline` bytes long, else by its hash and length (to be stored). Honest providers
	/// with the same output commit to the same form.
	pub fn on_chain(self, max_inline: u32) -> Self {
		match self {
			Self::Output(o) if o.as_ref().len() > max_inline as usize => Self::Stored {
				hash: sp_crypto_hashing::blake2_256(o.as_ref()),
				len: u32::try_from(o.as_ref().len()).unwrap_or(u32::MAX),
			},
			other => other,
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
	fn long_outputs_are_revealed_by_hash() {
		let long = Outcome::Output(vec![7u8; 100]);
		let stored = long.clone().on_chain(64);
		assert_eq!(stored.stored(), Some((sp_crypto_hashing::blake2_256(&[7u8; 100]), 100)));
		assert_eq!(stored.output_hash(), long.output_hash());
		assert!(stored.is_output() && stored.output().is_none());
		assert_eq!(long.clone().on_chain(100), long, "an output that fits stays on chain");
		let failure = Outcome::<Vec<u8>>::Failure(FailureKind::Timeout);
		assert_eq!(failure.clone().on_chain(0), failure);
		assert!(!failure.is_output());
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
