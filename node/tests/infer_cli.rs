//! `verity-node infer` as docs/workloads.md types it: a language model generates from a text
//! prompt (the Rust tokenizers crate encodes and decodes) and its tokens are Python
//! onnxruntime's; wrong uses are refused with a message that says what to do.

use std::{path::PathBuf, process::Command};

fn models() -> PathBuf {
	PathBuf::from(
		std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into()),
	)
	.join("../offchain-worker/models")
}

fn infer(args: &[&str]) -> (bool, String) {
	let out = Command::new(env!("CARGO_BIN_EXE_verity-node"))
		.arg("infer")
		.args(args)
		.output()
		.expect("verity-node runs");
	let text =
		format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
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
	let ids = |k: &str| {
		format!(
			"{:?}",
			reference[k]
				.as_array()
				.unwrap()
				.iter()
				.map(|v| v.as_i64().unwrap())
				.collect::<Vec<_>>()
		)
	};
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
	let (ok, out) =
		infer(&["--model", lm.to_str().unwrap(), "--prompt-ids", "1", "--max-new-tokens", "0"]);
	assert!(!ok && out.contains("--max-new-tokens from 1 to 4096"), "{out}");
}

/// Where scripts/setup puts the real models and the photograph.
fn real_models() -> PathBuf {
	std::env::var_os("VERITY_MODELS").map(PathBuf::from).unwrap_or_else(|| {
		PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache/verity/models")
	})
}

#[test]
fn an_image_model_runs_on_a_photograph_and_finds_the_face() {
	let model = real_models().join("yolo/320n.onnx");
	let photo = real_models().join("images/grace_hopper.jpg");
	// YOLOv8n leaves its input's height and width open: the size is asked for.
	let (ok, out) =
		infer(&["--model", model.to_str().unwrap(), "--image", photo.to_str().unwrap()]);
	assert!(!ok && out.contains("--size WxH"), "{out}");
	let (ok, out) = infer(&[
		"--model",
		model.to_str().unwrap(),
		"--image",
		photo.to_str().unwrap(),
		"--size",
		"320x320",
	]);
	assert!(ok, "{out}");
	assert!(out.contains("→ Float32 [1, 3, 320, 320] (1228839 bytes"), "{out}");
	// The client's letterbox of the same photo finds one face (class 1, 0.786, box [169, 140,
	// 359, 342] in the photo's pixels; network scenario 11); the JPEG decoders differ in the
	// last bits of some pixels, so the score and box are compared loosely.
	let line = out.lines().find(|l| l.starts_with("detection")).unwrap_or_else(|| panic!("{out}"));
	assert!(line.contains("class 1, score 0.7"), "{line}");
	let nums: Vec<f64> = line
		.split('[')
		.nth(1)
		.unwrap()
		.trim_end_matches(']')
		.split(", ")
		.map(|v| v.parse().unwrap())
		.collect();
	for (got, want) in nums.iter().zip([169.0, 140.0, 359.0, 342.0]) {
		assert!((got - want).abs() <= 3.0, "{line}");
	}
	// A model that takes no image.
	let digits = models().join("digits.onnx");
	let (ok, out) =
		infer(&["--model", digits.to_str().unwrap(), "--image", photo.to_str().unwrap()]);
	assert!(!ok && out.contains("[N, 3, H, W]"), "{out}");
}

#[test]
fn json_gives_the_io_spec_the_client_registers_and_the_canonical_output() {
	let (ok, out) = infer(&[
		"--model",
		models().join("digits.onnx").to_str().unwrap(),
		"--input",
		models().join("digits.one.input.npy").to_str().unwrap(),
		"--json",
	]);
	assert!(ok, "{out}");
	let report: serde_json::Value = serde_json::from_str(out.trim()).expect("one JSON object");
	// The I/O spec in the form the client passes to models.register: the repository's file.
	let io: serde_json::Value =
		serde_json::from_slice(&std::fs::read(models().join("digits.io.json")).unwrap()).unwrap();
	assert_eq!(report["io"], io);
	let model = std::fs::read(models().join("digits.onnx")).unwrap();
	assert_eq!(report["size"], model.len());
	let hash = report["hash"].as_str().unwrap();
	assert_eq!(hash.len(), 66, "0x and 32 bytes");
	assert!(report["ioScale"].as_str().unwrap().starts_with("0x"));
	assert_eq!(report["outputs"][0]["name"], "label");
	assert_eq!(report["outputs"][0]["shape"], serde_json::json!([1]));
	assert_eq!(report["outputs"][1]["shape"], serde_json::json!([1, 10]));
	let canonical = report["canonical"].as_str().unwrap();
	assert!(!canonical.contains('…'), "the whole output, not cut");
	assert!(report["outputHash"].as_str().unwrap().starts_with("0x"));
	// Not for generations (yet): refused by name.
	let (ok, out) = infer(&[
		"--model",
		models().join("tinylm.onnx").to_str().unwrap(),
		"--prompt-ids",
		"1,2",
		"--json",
	]);
	assert!(!ok && out.contains("--json"), "{out}");
}
