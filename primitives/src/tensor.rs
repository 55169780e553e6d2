//! Tensor descriptions and the canonical tensor encoding.
//!
//! # Canonical encoding
//!
//! A job's input and a provider's output are each a list of tensors in the model's declared
//! order, encoded with SCALE as `Vec<Tensor>`:
//!
//! ```text
//! list    := compact(n) tensor{n}
//! tensor  := elem:u8 compact(rank) dim:u64-le{rank} compact(len) data:u8{len}
//! ```
//!
//! `elem` is the ONNX `TensorProto.DataType` code (1 = f32, 7 = i64, 11 = f64, …), `dim`s
//! are the concrete shape, and `data` holds the elements in row-major order, each in
//! little-endian byte order (`bool` as one byte, 0 or 1). Equal tensors therefore encode to
//! equal bytes, and equal outputs hash equally.

use alloc::vec::Vec;
use codec::{Decode, DecodeAll, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::{bounded::BoundedVec, ConstU32};

/// Longest tensor name in a model's spec.
pub const MAX_NAME_LEN: u32 = 64;
/// Most dimensions a tensor may have.
pub const MAX_RANK: u32 = 8;
/// Most input (and most output) tensors a model may declare.
pub const MAX_TENSORS: u32 = 8;

/// The element type of a tensor; the discriminants are ONNX's `TensorProto.DataType` codes.
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
pub enum ElementType {
	#[codec(index = 1)]
	Float32,
	#[codec(index = 2)]
	UInt8,
	#[codec(index = 3)]
	Int8,
	#[codec(index = 4)]
	UInt16,
	#[codec(index = 5)]
	Int16,
	#[codec(index = 6)]
	Int32,
	#[codec(index = 7)]
	Int64,
	#[codec(index = 9)]
	Bool,
	#[codec(index = 10)]
	Float16,
	#[codec(index = 11)]
	Float64,
	#[codec(index = 12)]
	UInt32,
	#[codec(index = 13)]
	UInt64,
}

impl ElementType {
	/// Bytes per element.
	pub fn size(self) -> usize {
		match self {
			Self::UInt8 | Self::Int8 | Self::Bool => 1,
			Self::UInt16 | Self::Int16 | Self::Float16 => 2,
			Self::Float32 | Self::Int32 | Self::UInt32 => 4,
			Self::Float64 | Self::Int64 | Self::UInt64 => 8,
		}
	}

	/// The ONNX `TensorProto.DataType` code.
	pub fn onnx_code(self) -> u8 {
		self.encode()[0]
	}

	/// The element type of an ONNX `TensorProto.DataType` code, if Verity supports it.
	pub fn from_onnx_code(code: i32) -> Option<Self> {
		u8::try_from(code).ok().and_then(|c| Self::decode(&mut &[c][..]).ok())
	}
}

/// One dimension of a declared tensor shape.
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
pub enum Dim {
	/// Exactly this many elements.
	Fixed(u32),
	/// Any size (ONNX's symbolic dimensions, such as a batch size).
	Dynamic,
}

/// A tensor name, as the ONNX graph names its input or output.
pub type TensorName = BoundedVec<u8, ConstU32<MAX_NAME_LEN>>;

/// A declared input or output of a model.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct TensorSpec {
	/// The name in the ONNX graph.
	pub name: TensorName,
	/// The element type.
	pub elem: ElementType,
	/// The shape, one entry per dimension.
	pub shape: BoundedVec<Dim, ConstU32<MAX_RANK>>,
}

/// A model's inputs and outputs, in the order the canonical encoding lists them.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct IoSpec {
	pub inputs: BoundedVec<TensorSpec, ConstU32<MAX_TENSORS>>,
	pub outputs: BoundedVec<TensorSpec, ConstU32<MAX_TENSORS>>,
}

/// A concrete tensor in the canonical encoding. Its type is in the runtime's metadata (through
/// `jobsApi.tensors`), so generic clients such as polkadot.js Apps decode tensors by name.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct Tensor {
	pub elem: ElementType,
	pub shape: Vec<u64>,
	pub data: Vec<u8>,
}

/// Why tensor bytes do not fit a spec.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TensorError {
	/// The bytes are not a canonical tensor list.
	Malformed,
	/// The number of tensors differs from the spec.
	WrongCount,
	/// A tensor's element type differs from the spec.
	WrongType,
	/// A tensor's rank differs from the spec.
	WrongRank,
	/// A fixed dimension differs from the spec.
	WrongDim,
	/// A tensor's data length is not its element count times its element size.
	WrongDataLength,
}

impl Tensor {
	/// Number of elements the shape implies, if it does not overflow.
	pub fn element_count(&self) -> Option<usize> {
		self.shape.iter().try_fold(1usize, |acc, d| acc.checked_mul(usize::try_from(*d).ok()?))
	}

	/// Checks that the data length matches shape and element type.
	pub fn check_data_len(&self) -> Result<(), TensorError> {
		let expected = self
			.element_count()
			.and_then(|n| n.checked_mul(self.elem.size()))
			.ok_or(TensorError::WrongDataLength)?;
		if expected == self.data.len() {
			Ok(())
		} else {
			Err(TensorError::WrongDataLength)
		}
	}

	/// Checks this tensor against a declared spec.
	pub fn check(&self, spec: &TensorSpec) -> Result<(), TensorError> {
		if self.elem != spec.elem {
			return Err(TensorError::WrongType);
		}
		if self.shape.len() != spec.shape.len() {
			return Err(TensorError::WrongRank);
		}
		for (have, want) in self.shape.iter().zip(spec.shape.iter()) {
			if let Dim::Fixed(want) = want {
				if *have != u64::from(*want) {
					return Err(TensorError::WrongDim);
				}
			}
		}
		self.check_data_len()
	}
}

/// Decodes a canonical tensor list; every byte must be consumed and every tensor's data
/// length must match its shape.
pub fn decode_tensors(bytes: &[u8]) -> Result<Vec<Tensor>, TensorError> {
	let tensors = Vec::<Tensor>::decode_all(&mut &bytes[..]).map_err(|_| TensorError::Malformed)?;
	for t in &tensors {
		t.check_data_len()?;
	}
	Ok(tensors)
}

/// Encodes tensors canonically.
pub fn encode_tensors(tensors: &[Tensor]) -> Vec<u8> {
	tensors.encode()
}

/// Checks `bytes` against a list of declared tensor specs.
pub fn check_against(bytes: &[u8], specs: &[TensorSpec]) -> Result<Vec<Tensor>, TensorError> {
	let tensors = decode_tensors(bytes)?;
	if tensors.len() != specs.len() {
		return Err(TensorError::WrongCount);
	}
	for (t, spec) in tensors.iter().zip(specs) {
		t.check(spec)?;
	}
	Ok(tensors)
}

impl IoSpec {
	/// Checks a job's input bytes against the declared inputs.
	pub fn check_inputs(&self, bytes: &[u8]) -> Result<(), TensorError> {
		check_against(bytes, &self.inputs).map(|_| ())
	}

	/// The length of every canonical input when every input dimension is fixed (then all
	/// inputs encode to exactly this many bytes), else `None`.
	pub fn fixed_input_len(&self) -> Option<usize> {
		Self::fixed_len(&self.inputs)
	}

	/// The length of every canonical output when every output dimension is fixed, else
	/// `None`.
	pub fn fixed_output_len(&self) -> Option<usize> {
		Self::fixed_len(&self.outputs)
	}

	fn fixed_len(specs: &[TensorSpec]) -> Option<usize> {
		let compact = |n: usize| -> Option<usize> {
			Some(codec::Compact(u64::try_from(n).ok()?).encoded_size())
		};
		specs.iter().try_fold(compact(specs.len())?, |total: usize, spec| {
			let count = spec.shape.iter().try_fold(1usize, |acc, d| match d {
				Dim::Fixed(n) => acc.checked_mul(usize::try_from(*n).ok()?),
				Dim::Dynamic => None,
			})?;
			let data = count.checked_mul(spec.elem.size())?;
			let tensor = 1usize
				.checked_add(compact(spec.shape.len())?)?
				.checked_add(spec.shape.len().checked_mul(8)?)?
				.checked_add(compact(data)?)?
				.checked_add(data)?;
			total.checked_add(tensor)
		})
	}

	/// Whether the spec declares at least one input and one output, each with a name.
	pub fn is_well_formed(&self) -> bool {
		!self.inputs.is_empty()
			&& !self.outputs.is_empty()
			&& self.inputs.iter().chain(self.outputs.iter()).all(|t| !t.name.is_empty())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn spec(elem: ElementType, shape: &[Dim]) -> TensorSpec {
		TensorSpec {
			name: b"x".to_vec().try_into().unwrap(),
			elem,
			shape: shape.to_vec().try_into().unwrap(),
		}
	}

	fn f32_tensor(shape: &[u64], values: &[f32]) -> Tensor {
		Tensor {
			elem: ElementType::Float32,
			shape: shape.to_vec(),
			data: values.iter().flat_map(|v| v.to_le_bytes()).collect(),
		}
	}

	#[test]
	fn element_codes_are_onnx_codes() {
		assert_eq!(ElementType::Float32.onnx_code(), 1);
		assert_eq!(ElementType::Int64.onnx_code(), 7);
		assert_eq!(ElementType::Float64.onnx_code(), 11);
		assert_eq!(ElementType::from_onnx_code(9), Some(ElementType::Bool));
		assert_eq!(ElementType::from_onnx_code(8), None, "strings are not supported");
		assert_eq!(ElementType::from_onnx_code(-1), None);
	}

	#[test]
	fn encoding_is_documented_layout() {
		let t = f32_tensor(&[2], &[1.0, -2.0]);
		let bytes = encode_tensors(&[t]);
		let mut expected =
			vec![4u8 /* compact(1) */, 1 /* f32 */, 4 /* compact(1) */];
		expected.extend_from_slice(&2u64.to_le_bytes());
		expected.push(32); // compact(8)
		expected.extend_from_slice(&1.0f32.to_le_bytes());
		expected.extend_from_slice(&(-2.0f32).to_le_bytes());
		assert_eq!(bytes, expected);
	}

	#[test]
	fn inputs_are_checked_against_spec() {
		let specs = [spec(ElementType::Float32, &[Dim::Dynamic, Dim::Fixed(2)])];
		let good = encode_tensors(&[f32_tensor(&[3, 2], &[0.0; 6])]);
		assert_eq!(check_against(&good, &specs).map(|t| t.len()), Ok(1));

		let wrong_dim = encode_tensors(&[f32_tensor(&[3, 3], &[0.0; 9])]);
		assert_eq!(check_against(&wrong_dim, &specs), Err(TensorError::WrongDim));
		let wrong_rank = encode_tensors(&[f32_tensor(&[6], &[0.0; 6])]);
		assert_eq!(check_against(&wrong_rank, &specs), Err(TensorError::WrongRank));
		let mut wrong_type = f32_tensor(&[1, 2], &[0.0; 2]);
		wrong_type.elem = ElementType::Int32;
		assert_eq!(
			check_against(&encode_tensors(&[wrong_type]), &specs),
			Err(TensorError::WrongType)
		);
		let short = Tensor { data: vec![0; 5], ..f32_tensor(&[1, 2], &[0.0; 2]) };
		assert_eq!(
			check_against(&encode_tensors(&[short]), &specs),
			Err(TensorError::WrongDataLength)
		);
		assert_eq!(check_against(&encode_tensors(&[]), &specs), Err(TensorError::WrongCount));
		let mut trailing = good.clone();
		trailing.push(0);
		assert_eq!(check_against(&trailing, &specs), Err(TensorError::Malformed));
		assert_eq!(check_against(&[0xff, 0xff], &specs), Err(TensorError::Malformed));
	}

	#[test]
	fn huge_shapes_do_not_overflow() {
		let t =
			Tensor { elem: ElementType::Float64, shape: vec![u64::MAX, u64::MAX], data: vec![] };
		assert_eq!(t.check_data_len(), Err(TensorError::WrongDataLength));
	}

	#[test]
	fn a_fully_fixed_spec_knows_its_inputs_length() {
		let fixed = spec(
			ElementType::Float32,
			&[Dim::Fixed(1), Dim::Fixed(3), Dim::Fixed(48), Dim::Fixed(192)],
		);
		let io = IoSpec {
			inputs: vec![fixed].try_into().unwrap(),
			outputs: vec![spec(ElementType::Float32, &[Dim::Fixed(2)])].try_into().unwrap(),
		};
		let t = f32_tensor(&[1, 3, 48, 192], &vec![0.5; 3 * 48 * 192]);
		let bytes = encode_tensors(&[t]);
		assert_eq!(io.fixed_input_len(), Some(bytes.len()));
		assert_eq!(bytes.len(), 110_631);
		let dynamic = IoSpec {
			inputs: vec![spec(ElementType::Float32, &[Dim::Dynamic, Dim::Fixed(64)])]
				.try_into()
				.unwrap(),
			outputs: io.outputs.clone(),
		};
		assert_eq!(dynamic.fixed_input_len(), None);
		let out = encode_tensors(&[f32_tensor(&[2], &[0.5, 0.5])]);
		assert_eq!(io.fixed_output_len(), Some(out.len()));
		assert_eq!(dynamic.fixed_output_len(), Some(out.len()));
	}
}
