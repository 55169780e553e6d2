//! When two revealed outputs agree.
//!
//! `Exact` compares bytes: right for labels, integer outputs and anything hashed. `Tolerance`
//! decodes both outputs as canonical tensors and lets floating-point elements differ by a
//! bound, because honest machines with different CPUs and ONNX Runtime builds do not produce
//! bit-identical floats. Everything but the float elements (tensor count, types, shapes,
//! integer and bool data) must still be equal.

use crate::tensor::{decode_tensors, ElementType, Tensor};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Bounds are stored in parts per billion: `1_000` is 1e-6.
pub const PPB: f64 = 1_000_000_000.0;

/// The loosest tolerance a model may register, in parts per billion for either bound: 1e-2.
/// A looser rule would let a provider reveal made-up numbers that still "agree"; honest CPU
/// drift across machines is below 1e-4 relative (docs/protocol.md).
pub const MAX_TOLERANCE_PPB: u32 = 10_000_000;

/// How revealed outputs are grouped in the redundancy vote.
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
pub enum ComparisonRule {
	/// Outputs agree when their bytes are equal.
	Exact,
	/// Outputs agree when every float element `a`, `b` satisfies
	/// `|a - b| <= abs + rel * max(|a|, |b|)`, with `abs = abs_ppb / 1e9` and
	/// `rel = rel_ppb / 1e9`; all other content must be equal.
	Tolerance { abs_ppb: u32, rel_ppb: u32 },
}

impl ComparisonRule {
	/// Whether the rule is one a model may register: `Exact`, or a tolerance with a non-zero
	/// bound and neither bound above [`MAX_TOLERANCE_PPB`].
	pub fn check(&self) -> Result<(), RuleError> {
		match *self {
			Self::Exact => Ok(()),
			Self::Tolerance { abs_ppb: 0, rel_ppb: 0 } => Err(RuleError::ZeroTolerance),
			Self::Tolerance { abs_ppb, rel_ppb }
				if abs_ppb > MAX_TOLERANCE_PPB || rel_ppb > MAX_TOLERANCE_PPB =>
			{
				Err(RuleError::TooLoose)
			}
			Self::Tolerance { .. } => Ok(()),
		}
	}

	/// Whether the outputs `a` and `b` agree under this rule.
	pub fn agree(&self, a: &[u8], b: &[u8]) -> bool {
		if a == b {
			return true;
		}
		match *self {
			Self::Exact => false,
			Self::Tolerance { abs_ppb, rel_ppb } => {
				let (Ok(a), Ok(b)) = (decode_tensors(a), decode_tensors(b)) else {
					return false;
				};
				let (abs, rel) = (f64::from(abs_ppb) / PPB, f64::from(rel_ppb) / PPB);
				a.len() == b.len()
					&& a.iter().zip(b.iter()).all(|(x, y)| tensors_agree(x, y, abs, rel))
			}
		}
	}
}

/// Why a comparison rule cannot be registered.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RuleError {
	/// Both tolerance bounds are zero: that is `Exact`.
	ZeroTolerance,
	/// A tolerance bound is above [`MAX_TOLERANCE_PPB`].
	TooLoose,
}

fn tensors_agree(a: &Tensor, b: &Tensor, abs: f64, rel: f64) -> bool {
	if a.elem != b.elem || a.shape != b.shape || a.data.len() != b.data.len() {
		return false;
	}
	let close = |x: f64, y: f64| {
		if x.is_nan() || y.is_nan() {
			return x.is_nan() && y.is_nan();
		}
		if x.is_infinite() || y.is_infinite() {
			return x == y;
		}
		let diff = if x > y { x - y } else { y - x };
		let scale = if x.abs() > y.abs() { x.abs() } else { y.abs() };
		diff <= abs + rel * scale
	};
	match a.elem {
		ElementType::Float32 => a.data.chunks_exact(4).zip(b.data.chunks_exact(4)).all(|(x, y)| {
			close(f64::from(f32::from_le_bytes(le(x))), f64::from(f32::from_le_bytes(le(y))))
		}),
		ElementType::Float64 => a
			.data
			.chunks_exact(8)
			.zip(b.data.chunks_exact(8))
			.all(|(x, y)| close(f64::from_le_bytes(le(x)), f64::from_le_bytes(le(y)))),
		ElementType::Float16 => a.data.chunks_exact(2).zip(b.data.chunks_exact(2)).all(|(x, y)| {
			close(f16_to_f64(u16::from_le_bytes(le(x))), f16_to_f64(u16::from_le_bytes(le(y))))
		}),
		_ => a.data == b.data,
	}
}

/// The bytes of one element; `chunks_exact` always hands over exactly `N`.
fn le<const N: usize>(chunk: &[u8]) -> [u8; N] {
	chunk.try_into().unwrap_or([0; N])
}

/// IEEE 754 half precision to f64.
fn f16_to_f64(h: u16) -> f64 {
	let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
	let exp = i32::from((h >> 10) & 0x1f);
	let frac = f64::from(h & 0x3ff);
	match exp {
		0 => sign * frac * pow2(-24),
		0x1f if frac == 0.0 => sign * f64::INFINITY,
		0x1f => f64::NAN,
		e => sign * (1.0 + frac / 1024.0) * pow2(e - 15),
	}
}

fn pow2(e: i32) -> f64 {
	// Exact for the small exponents half floats use.
	let mut v = 1.0;
	for _ in 0..e.unsigned_abs() {
		v = if e < 0 { v / 2.0 } else { v * 2.0 };
	}
	v
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::tensor::encode_tensors;

	fn floats(values: &[f32]) -> Vec<u8> {
		encode_tensors(&[Tensor {
			elem: ElementType::Float32,
			shape: vec![values.len() as u64],
			data: values.iter().flat_map(|v| v.to_le_bytes()).collect(),
		}])
	}

	const TOL: ComparisonRule = ComparisonRule::Tolerance { abs_ppb: 1_000, rel_ppb: 10_000 };

	#[test]
	fn exact_needs_equal_bytes() {
		assert!(ComparisonRule::Exact.agree(b"abc", b"abc"));
		assert!(!ComparisonRule::Exact
			.agree(&floats(&[1.0]), &floats(&[f32::from_bits(1.0f32.to_bits() + 1)])));
	}

	#[test]
	fn tolerance_accepts_last_bit_differences() {
		let a = floats(&[0.1, 0.7, 0.2]);
		let b = floats(&[
			f32::from_bits(0.1f32.to_bits() + 1),
			f32::from_bits(0.7f32.to_bits() - 2),
			0.2,
		]);
		assert_ne!(a, b);
		assert!(TOL.agree(&a, &b));
	}

	#[test]
	fn tolerance_rejects_real_differences() {
		assert!(!TOL.agree(&floats(&[0.1, 0.7]), &floats(&[0.1, 0.8])));
		assert!(!TOL.agree(&floats(&[0.1]), &floats(&[0.1, 0.1])), "shapes differ");
		assert!(!TOL.agree(&floats(&[f32::NAN]), &floats(&[0.0])));
		assert!(TOL.agree(&floats(&[f32::NAN]), &floats(&[f32::NAN])));
		assert!(!TOL.agree(&floats(&[f32::INFINITY]), &floats(&[f32::MAX])));
		assert!(!TOL.agree(b"garbage", &floats(&[0.0])));
	}

	#[test]
	fn tolerance_is_exact_for_integers() {
		let ints = |v: i64| {
			encode_tensors(&[Tensor {
				elem: ElementType::Int64,
				shape: vec![1],
				data: v.to_le_bytes().to_vec(),
			}])
		};
		assert!(TOL.agree(&ints(3), &ints(3)));
		assert!(!TOL.agree(&ints(3), &ints(4)));
	}

	#[test]
	fn rules_are_bounded() {
		assert_eq!(ComparisonRule::Exact.check(), Ok(()));
		assert_eq!(TOL.check(), Ok(()));
		let tol = |abs_ppb, rel_ppb| ComparisonRule::Tolerance { abs_ppb, rel_ppb };
		assert_eq!(tol(0, 0).check(), Err(RuleError::ZeroTolerance));
		assert_eq!(tol(MAX_TOLERANCE_PPB, MAX_TOLERANCE_PPB).check(), Ok(()));
		assert_eq!(tol(MAX_TOLERANCE_PPB + 1, 0).check(), Err(RuleError::TooLoose));
		assert_eq!(tol(0, u32::MAX).check(), Err(RuleError::TooLoose));
	}

	#[test]
	fn half_floats_decode() {
		assert_eq!(f16_to_f64(0x3c00), 1.0);
		assert_eq!(f16_to_f64(0xc000), -2.0);
		assert_eq!(f16_to_f64(0x0001), 2f64.powi(-24));
		assert!(f16_to_f64(0x7c00).is_infinite());
		assert!(f16_to_f64(0x7e00).is_nan());
	}
}
