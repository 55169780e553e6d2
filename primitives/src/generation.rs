//! Text generation jobs: the interface a generator model declares, what a job asks of it, and
//! the limits its registry entry sets.
//!
//! A generator's job takes `input_ids: Int64 [1, n]` (the prompt's token ids, n ≥ 1),
//! `max_new_tokens: Int64 [1]` and optionally `eos_token_id: Int64 [1]`, and returns
//! `tokens: Int64 [1, m]`, the m ≤ `max_new_tokens` ids greedy decoding appends. The runtime
//! reads a job's prompt length and `max_new_tokens` from its input to hold it to the model's
//! limits; the engine does the decoding.

use crate::tensor::{check_against, Dim, ElementType, IoSpec, TensorSpec};

/// The most tokens one generation may add, whatever the model allows: 8 output bytes a token
/// keep an output far below what stored data may hold.
pub const MAX_NEW_TOKENS: u32 = 4096;

/// The widest logit margin a model may set for teacher-forced checks (1e-1): wider would accept
/// tokens that are not the argmax beyond any float noise.
pub const MAX_LOGIT_MARGIN_PPM: u32 = 100_000;

/// What a generation job asks for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct GenerationRequest {
	/// Tokens in the prompt.
	pub prompt_len: u64,
	/// The most tokens to generate.
	pub max_new_tokens: u64,
}

fn is(spec: &TensorSpec, name: &[u8], shape: &[Dim]) -> bool {
	spec.name.as_slice() == name
		&& spec.elem == ElementType::Int64
		&& spec.shape.as_slice() == shape
}

const ROW: [Dim; 2] = [Dim::Fixed(1), Dim::Dynamic];
const ONE: [Dim; 1] = [Dim::Fixed(1)];

/// Whether `io` is the generation interface: inputs `input_ids [1, ?]`, `max_new_tokens [1]`
/// and optionally `eos_token_id [1]`, in this order, and the one output `tokens [1, ?]`, all
/// Int64.
pub fn is_generation_interface(io: &IoSpec) -> bool {
	let inputs = match &io.inputs[..] {
		[ids, max] => is(ids, b"input_ids", &ROW) && is(max, b"max_new_tokens", &ONE),
		[ids, max, eos] => {
			is(ids, b"input_ids", &ROW)
				&& is(max, b"max_new_tokens", &ONE)
				&& is(eos, b"eos_token_id", &ONE)
		}
		_ => false,
	};
	let outputs = matches!(&io.outputs[..], [tokens] if is(tokens, b"tokens", &ROW));
	inputs && outputs
}

/// What a generation job's canonical `input` asks for, if it fits the generation interface
/// `io` (see [`is_generation_interface`]); `None` for an input that does not fit or asks for
/// fewer than one token.
pub fn generation_request(io: &IoSpec, input: &[u8]) -> Option<GenerationRequest> {
	let tensors = check_against(input, &io.inputs).ok()?;
	let ids = tensors.first()?;
	let prompt_len = *ids.shape.get(1)?;
	let max = tensors.get(1)?;
	let bytes: [u8; 8] = max.data.get(..8)?.try_into().ok()?;
	let max_new_tokens = u64::try_from(i64::from_le_bytes(bytes)).ok().filter(|m| *m >= 1)?;
	(prompt_len >= 1).then_some(GenerationRequest { prompt_len, max_new_tokens })
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::tensor::{encode_tensors, Tensor};

	fn spec(name: &str, shape: &[Dim]) -> TensorSpec {
		TensorSpec {
			name: name.as_bytes().to_vec().try_into().unwrap(),
			elem: ElementType::Int64,
			shape: shape.to_vec().try_into().unwrap(),
		}
	}

	fn io(inputs: &[TensorSpec]) -> IoSpec {
		IoSpec {
			inputs: inputs.to_vec().try_into().unwrap(),
			outputs: vec![spec("tokens", &ROW)].try_into().unwrap(),
		}
	}

	fn ints(shape: &[u64], values: &[i64]) -> Tensor {
		Tensor {
			elem: ElementType::Int64,
			shape: shape.to_vec(),
			data: values.iter().flat_map(|v| v.to_le_bytes()).collect(),
		}
	}

	#[test]
	fn the_generation_interface_is_recognised_and_nothing_else() {
		let two = io(&[spec("input_ids", &ROW), spec("max_new_tokens", &ONE)]);
		assert!(is_generation_interface(&two));
		let three = io(&[
			spec("input_ids", &ROW),
			spec("max_new_tokens", &ONE),
			spec("eos_token_id", &ONE),
		]);
		assert!(is_generation_interface(&three));
		let swapped = io(&[spec("max_new_tokens", &ONE), spec("input_ids", &ROW)]);
		assert!(!is_generation_interface(&swapped));
		let fixed_prompt =
			io(&[spec("input_ids", &[Dim::Fixed(1), Dim::Fixed(8)]), spec("max_new_tokens", &ONE)]);
		assert!(!is_generation_interface(&fixed_prompt));
		let mut logits = two.clone();
		logits.outputs = vec![spec("logits", &ROW)].try_into().unwrap();
		assert!(!is_generation_interface(&logits));
	}

	#[test]
	fn a_request_is_read_from_the_input() {
		let io = io(&[spec("input_ids", &ROW), spec("max_new_tokens", &ONE)]);
		let input = encode_tensors(&[ints(&[1, 3], &[5, 6, 7]), ints(&[1], &[32])]);
		assert_eq!(
			generation_request(&io, &input),
			Some(GenerationRequest { prompt_len: 3, max_new_tokens: 32 })
		);
		for max in [0, -1, i64::MIN] {
			let input = encode_tensors(&[ints(&[1, 3], &[5, 6, 7]), ints(&[1], &[max])]);
			assert_eq!(generation_request(&io, &input), None, "max_new_tokens {max}");
		}
		let empty = encode_tensors(&[ints(&[1, 0], &[]), ints(&[1], &[4])]);
		assert_eq!(generation_request(&io, &empty), None, "an empty prompt");
		assert_eq!(generation_request(&io, &[1, 2, 3]), None, "not tensors");
	}
}
