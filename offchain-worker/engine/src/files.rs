//! Tensors from files: ONNX `TensorProto` (`.pb`, the format of ONNX's own test data) and
//! NumPy `.npy` (version 1 and 2 headers, little-endian, C order).

use crate::EngineError;
use std::path::Path;
use verity_primitives::{ElementType, Tensor};

/// The fields of `onnx.TensorProto` that carry plain tensors.
#[derive(Clone, PartialEq, prost::Message)]
pub struct TensorProto {
	#[prost(int64, repeated, tag = "1")]
	pub dims: Vec<i64>,
	#[prost(int32, tag = "2")]
	pub data_type: i32,
	#[prost(float, repeated, tag = "4")]
	pub float_data: Vec<f32>,
	#[prost(int32, repeated, tag = "5")]
	pub int32_data: Vec<i32>,
	#[prost(bytes = "vec", repeated, tag = "6")]
	pub string_data: Vec<Vec<u8>>,
	#[prost(int64, repeated, tag = "7")]
	pub int64_data: Vec<i64>,
	#[prost(string, tag = "8")]
	pub name: String,
	#[prost(bytes = "vec", tag = "9")]
	pub raw_data: Vec<u8>,
	#[prost(double, repeated, tag = "10")]
	pub double_data: Vec<f64>,
	#[prost(uint64, repeated, tag = "11")]
	pub uint64_data: Vec<u64>,
}

fn bad(file: &Path, reason: impl Into<String>) -> EngineError {
	EngineError::TensorFile { file: file.display().to_string(), reason: reason.into() }
}

/// Reads a tensor from a `.pb` or `.npy` file, by extension.
pub fn read_tensor(path: &Path) -> Result<Tensor, EngineError> {
	let bytes = std::fs::read(path)?;
	match path.extension().and_then(|e| e.to_str()) {
		Some("npy") => parse_npy(&bytes).map_err(|r| bad(path, r)),
		Some("pb") => parse_pb(&bytes).map_err(|r| bad(path, r)),
		_ => Err(bad(path, "expected a .pb (ONNX TensorProto) or .npy file")),
	}
}

/// Decodes an ONNX `TensorProto`.
pub fn parse_pb(bytes: &[u8]) -> Result<Tensor, String> {
	let p = <TensorProto as prost::Message>::decode(bytes).map_err(|e| e.to_string())?;
	let elem = ElementType::from_onnx_code(p.data_type)
		.ok_or_else(|| format!("unsupported data type {}", p.data_type))?;
	let shape = p
		.dims
		.iter()
		.map(|d| u64::try_from(*d).map_err(|_| "negative dimension".to_string()))
		.collect::<Result<Vec<_>, _>>()?;
	let data = if !p.raw_data.is_empty() {
		p.raw_data
	} else {
		match elem {
			ElementType::Float32 => p.float_data.iter().flat_map(|v| v.to_le_bytes()).collect(),
			ElementType::Float64 => p.double_data.iter().flat_map(|v| v.to_le_bytes()).collect(),
			ElementType::Int64 => p.int64_data.iter().flat_map(|v| v.to_le_bytes()).collect(),
			ElementType::UInt64 => p.uint64_data.iter().flat_map(|v| v.to_le_bytes()).collect(),
			ElementType::UInt32 => {
				p.uint64_data.iter().flat_map(|v| (*v as u32).to_le_bytes()).collect()
			}
			ElementType::Int32 => p.int32_data.iter().flat_map(|v| v.to_le_bytes()).collect(),
			// Narrow types are stored one per int32 (float16 as its bit pattern).
			ElementType::Int16 | ElementType::UInt16 | ElementType::Float16 => {
				p.int32_data.iter().flat_map(|v| (*v as u16).to_le_bytes()).collect()
			}
			ElementType::Int8 | ElementType::UInt8 | ElementType::Bool => {
				p.int32_data.iter().map(|v| *v as u8).collect()
			}
		}
	};
	let t = Tensor { elem, shape, data };
	t.check_data_len().map_err(|_| "data length does not match the shape".to_string())?;
	Ok(t)
}

/// Decodes a NumPy `.npy` array.
pub fn parse_npy(bytes: &[u8]) -> Result<Tensor, String> {
	if bytes.len() < 10 || &bytes[..6] != b"\x93NUMPY" {
		return Err("not a .npy file".into());
	}
	let (header_len, start) = match bytes[6] {
		1 => (u16::from_le_bytes([bytes[8], bytes[9]]) as usize, 10),
		2 | 3 if bytes.len() >= 12 => {
			(u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize, 12)
		}
		v => return Err(format!("unsupported .npy version {v}")),
	};
	let header = bytes
		.get(start..start + header_len)
		.and_then(|h| std::str::from_utf8(h).ok())
		.ok_or("truncated header")?;
	let field = |key: &str| -> Option<&str> {
		let at = header.find(&format!("'{key}'"))?;
		Some(header[at + key.len() + 2..].trim_start_matches([':', ' ']))
	};
	let descr =
		field("descr").and_then(|v| v.strip_prefix('\'')?.split('\'').next()).ok_or("no descr")?;
	if field("fortran_order").is_some_and(|v| v.starts_with("True")) {
		return Err("Fortran-order arrays are not supported".into());
	}
	let shape_text =
		field("shape").and_then(|v| v.strip_prefix('(')?.split(')').next()).ok_or("no shape")?;
	let shape = shape_text
		.split(',')
		.map(str::trim)
		.filter(|s| !s.is_empty())
		.map(|s| s.parse::<u64>().map_err(|e| e.to_string()))
		.collect::<Result<Vec<_>, _>>()?;
	let elem = match descr {
		"<f4" => ElementType::Float32,
		"<f8" => ElementType::Float64,
		"<f2" => ElementType::Float16,
		"|i1" => ElementType::Int8,
		"<i2" => ElementType::Int16,
		"<i4" => ElementType::Int32,
		"<i8" => ElementType::Int64,
		"|u1" => ElementType::UInt8,
		"<u2" => ElementType::UInt16,
		"<u4" => ElementType::UInt32,
		"<u8" => ElementType::UInt64,
		"|b1" => ElementType::Bool,
		other => return Err(format!("unsupported dtype {other} (little-endian numeric only)")),
	};
	let t = Tensor { elem, shape, data: bytes[start + header_len..].to_vec() };
	t.check_data_len().map_err(|_| "data length does not match the shape".to_string())?;
	Ok(t)
}
