//! ONNX's own backend node tests (the 1,765 cases shipped in the `onnx==1.22.0` wheel, which
//! `scripts/setup` unpacks) run through the engine. Prints the pass rate. Every case must pass
//! except those listed in `conformance_expected_failures.txt`, and every case listed there
//! must still fail, so the list stays exact. `VERITY_CONFORMANCE_WRITE=1` rewrites it.

use std::{
	collections::{BTreeMap, BTreeSet},
	path::{Path, PathBuf},
};
use verity_engine::{files::read_tensor, Engine, EngineConfig};
use verity_primitives::{ElementType, Tensor};

fn data_dir() -> PathBuf {
	if let Some(d) = std::env::var_os("VERITY_ONNX_TESTDATA") {
		return d.into();
	}
	let home = std::env::var_os("VERITY_HOME").map(PathBuf::from).unwrap_or_else(|| {
		Path::new(&std::env::var_os("HOME").unwrap_or_default()).join(".cache/verity")
	});
	home.join("onnx-1.22.0/node")
}

fn numbered(dir: &Path, prefix: &str) -> Vec<PathBuf> {
	let mut files: Vec<(usize, PathBuf)> = std::fs::read_dir(dir)
		.map(|rd| {
			rd.flatten()
				.filter_map(|e| {
					let name = e.file_name().to_string_lossy().to_string();
					let n = name.strip_prefix(prefix)?.strip_suffix(".pb")?.parse().ok()?;
					Some((n, e.path()))
				})
				.collect()
		})
		.unwrap_or_default();
	files.sort();
	files.into_iter().map(|(_, p)| p).collect()
}

/// ONNX's backend test default tolerances.
fn close(expected: &Tensor, actual: &Tensor) -> Result<(), String> {
	if expected.elem != actual.elem || expected.shape != actual.shape {
		return Err(format!(
			"expected {:?}{:?}, got {:?}{:?}",
			expected.elem, expected.shape, actual.elem, actual.shape
		));
	}
	let floats = |t: &Tensor| -> Option<Vec<f64>> {
		match t.elem {
			ElementType::Float32 => Some(
				t.data
					.chunks_exact(4)
					.map(|c| f32::from_le_bytes(c.try_into().unwrap()) as f64)
					.collect(),
			),
			ElementType::Float64 => Some(
				t.data.chunks_exact(8).map(|c| f64::from_le_bytes(c.try_into().unwrap())).collect(),
			),
			_ => None,
		}
	};
	match (floats(expected), floats(actual)) {
		(Some(e), Some(a)) => {
			for (x, y) in e.iter().zip(&a) {
				let ok =
					(x.is_nan() && y.is_nan()) || x == y || (x - y).abs() <= 1e-7 + 1e-3 * x.abs();
				if !ok {
					return Err(format!("value {y} differs from {x}"));
				}
			}
			Ok(())
		}
		_ if expected.data == actual.data => Ok(()),
		_ => Err("data differs".into()),
	}
}

fn run_case(engine: &Engine, dir: &Path) -> Result<(), String> {
	let model = dir.join("model.onnx");
	let bytes = std::fs::read(&model).map_err(|e| e.to_string())?;
	let hash = sp_crypto_hashing::blake2_256(&bytes);
	let set = dir.join("test_data_set_0");
	let inputs = numbered(&set, "input_")
		.iter()
		.map(|p| read_tensor(p).map_err(|e| e.to_string()))
		.collect::<Result<Vec<_>, _>>()?;
	let expected = numbered(&set, "output_")
		.iter()
		.map(|p| read_tensor(p).map_err(|e| e.to_string()))
		.collect::<Result<Vec<_>, _>>()?;
	let outputs = engine.infer(&hash, &model, &inputs).map_err(|e| e.to_string())?;
	if outputs.len() != expected.len() {
		return Err(format!("{} outputs, expected {}", outputs.len(), expected.len()));
	}
	for ((name, actual), expected) in outputs.iter().zip(&expected) {
		close(expected, actual).map_err(|e| format!("{name}: {e}"))?;
	}
	Ok(())
}

/// This crate's directory at run time (cargo sets it when it runs a test); the compile-time
/// value would name another clone when several share one target directory.
fn manifest_dir() -> PathBuf {
	PathBuf::from(
		std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into()),
	)
}

#[test]
fn onnx_backend_node_tests() {
	verity_engine::runtime::init(None).expect("ONNX Runtime loads (run scripts/setup)");
	let root = data_dir();
	let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
		.unwrap_or_else(|e| {
			panic!("ONNX test data not found at {} ({e}); run scripts/setup", root.display())
		})
		.flatten()
		.map(|e| e.path())
		.filter(|p| p.join("model.onnx").is_file())
		.collect();
	cases.sort();
	assert!(cases.len() > 1_000, "expected the full node test suite, found {} cases", cases.len());

	let engine = Engine::new(EngineConfig::default());
	let mut failures = BTreeMap::new();
	for case in &cases {
		let name = case.file_name().unwrap().to_string_lossy().to_string();
		if let Err(e) = run_case(&engine, case) {
			let e = e.replace(&format!("{}/", root.display()), "").replace('\n', " ");
			failures.insert(name, e);
		}
	}
	let failed: BTreeSet<String> = failures.keys().cloned().collect();
	let passed = cases.len() - failed.len();
	println!(
		"ONNX backend node tests: {passed} of {} passed ({:.1}%), {} expected failures",
		cases.len(),
		100.0 * passed as f64 / cases.len() as f64,
		failed.len()
	);

	let list = manifest_dir().join("tests/conformance_expected_failures.txt");
	if std::env::var_os("VERITY_CONFORMANCE_WRITE").is_some() {
		let mut text = String::from(
			"# ONNX backend node tests the engine is expected to fail, with the reason.\n",
		);
		for (name, reason) in &failures {
			let reason: String = reason.chars().take(120).collect();
			text.push_str(&format!("{name}  # {reason}\n"));
		}
		std::fs::write(&list, text).unwrap();
	}
	let expected: BTreeSet<String> = std::fs::read_to_string(&list)
		.unwrap_or_default()
		.lines()
		.map(str::trim)
		.filter(|l| !l.is_empty() && !l.starts_with('#'))
		.filter_map(|l| l.split_whitespace().next().map(String::from))
		.collect();
	let newly_failing: Vec<_> = failed.difference(&expected).collect();
	let newly_passing: Vec<_> = expected.difference(&failed).collect();
	assert!(newly_failing.is_empty(), "cases failing that are not expected to: {newly_failing:?}");
	assert!(
		newly_passing.is_empty(),
		"expected failures that now pass (remove them): {newly_passing:?}"
	);
}
