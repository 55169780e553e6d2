//! `verity-node infer` as docs/workloads.md types it: a language model generates from a text
//! prompt (the Rust tokenizers crate encodes and decodes) and its tokens are Python
//! onnxruntime's; wrong uses are refused with a message that says what to do.

use std::{path::PathBuf, process::Command};

fn models() -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../offchain-worker/models")
}

fn infer(args: &[&str]) -> (bool, String) {
	let out = Command::new(env!("CARGO_BIN_EXE_verity-node"))
		.arg("infer")
		.args(args)
		.output()
		.expect("verity-node runs");
	let text = format!(
		"{}{}",
		String::from_utf8_lossy(&out.stdout),
		String::from_utf8_lossy(&out.stderr)
	);
	(out.status.success(), text)
}

#[test]
fn a_language_model_generates_from_a_text_prompt() {
	let model = models().join("tinylm.onnx");
	let tokenizer = models().join("tinylm.tokenizer.json");
	let (ok, out) = infer(&[
		"--model",
		model.to_str().unwrap(),
		"--tokenizer",
		tokenizer.to_str().unwrap(),
		"--prompt",
		"Verity runs models",
		"--max-new-tokens",
		"16",
	]);
	assert!(ok, "{out}");
	// tinylm.reference.json: the ids Python's tokenizers gives the prompt, and the tokens
	// Python onnxruntime's greedy loop generates after them.
	let reference: serde_json::Value =
		serde_json::from_slice(&std::fs::read(models().join("tinylm.reference.json")).unwrap())
			.unwrap();
	let ids = |k: &str| format!("{:?}", reference[k].as_array().unwrap().iter().map(|v| v.as_i64().unwrap()).collect::<Vec<_>>());
	assert!(out.contains(&format!("prompt       11 tokens {}", ids("prompt_ids"))), "{out}");
	assert!(out.contains(&format!("generated    16 tokens {}", ids("generated_ids"))), "{out}");
	assert!(out.contains("16 of 16 tokens accepted"), "{out}");
}

#[test]
fn wrong_uses_are_refused_with_a_clear_message() {
	let lm = models().join("tinylm.onnx");
	let digits = models().join("digits.onnx");
	// A text prompt needs the tokenizer.
	let (ok, out) = infer(&["--model", lm.to_str().unwrap(), "--prompt", "hi"]);
	assert!(!ok && out.contains("--tokenizer"), "{out}");
	// A model that is no language model.
	let (ok, out) = infer(&["--model", digits.to_str().unwrap(), "--prompt-ids", "1,2"]);
	assert!(!ok && out.contains("not a language model") && out.contains("--input"), "{out}");
	// Bounds of a generation.
	let (ok, out) = infer(&["--model", lm.to_str().unwrap(), "--prompt-ids", "1", "--max-new-tokens", "0"]);
	assert!(!ok && out.contains("--max-new-tokens from 1 to 4096"), "{out}");
}
