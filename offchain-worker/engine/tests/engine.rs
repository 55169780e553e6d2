//! The engine against Python onnxruntime's reference outputs, and each refusal as a named
//! error. Needs the ONNX Runtime library that `scripts/setup` installs.

use std::{
	io::{Read, Write},
	net::TcpListener,
	path::{Path, PathBuf},
	time::Duration,
};
use verity_engine::{
	files::read_tensor,
	store::{read_regular_file, verify, Found},
	Engine, EngineConfig, EngineError, ModelRef, ModelStore,
};
use verity_primitives::{
	tensor::{decode_tensors, encode_tensors},
	Dim, ElementType, IoSpec, TensorSpec,
};

fn models() -> PathBuf {
	// The run-time value (cargo sets it for tests): the compile-time one may name another clone
	// sharing the target directory.
	PathBuf::from(
		std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into()),
	)
	.join("../models")
}

fn init() {
	verity_engine::runtime::init(None).expect("ONNX Runtime loads (run scripts/setup)");
}

fn digits() -> (ModelRef, Vec<u8>) {
	let bytes = std::fs::read(models().join("digits.onnx")).unwrap();
	let hash = sp_crypto_hashing::blake2_256(&bytes);
	let uri = format!("file://{}", models().join("digits.onnx").display());
	(ModelRef { hash, size: bytes.len() as u64, uri }, bytes)
}

fn digits_io() -> IoSpec {
	let t = |name: &str, elem, shape: Vec<Dim>| TensorSpec {
		name: name.as_bytes().to_vec().try_into().unwrap(),
		elem,
		shape: shape.try_into().unwrap(),
	};
	IoSpec {
		inputs: vec![t("input", ElementType::Float32, vec![Dim::Dynamic, Dim::Fixed(64)])]
			.try_into()
			.unwrap(),
		outputs: vec![
			t("label", ElementType::Int64, vec![Dim::Dynamic]),
			t("probabilities", ElementType::Float32, vec![Dim::Dynamic, Dim::Fixed(10)]),
		]
		.try_into()
		.unwrap(),
	}
}

/// A store caching under `dir`, with the repository's models directory as its model directory
/// (where the digits model's `file://` URI points).
fn store(dir: &Path) -> ModelStore {
	ModelStore::new(dir.join("cache"), vec![models()], 10_000_000, Duration::from_secs(10)).unwrap()
}

/// A store caching under `dir` with no model directory: every model is fetched.
fn fetching_store(dir: &Path) -> ModelStore {
	ModelStore::new(dir.join("cache"), vec![], 10_000_000, Duration::from_secs(10)).unwrap()
}

#[test]
fn digits_outputs_equal_python_onnxruntime() {
	init();
	let dir = tempfile::tempdir().unwrap();
	let (model, _) = digits();
	let path = store(dir.path()).path_of(&model).unwrap();
	let engine = Engine::new(EngineConfig::default());
	for case in ["one", "batch"] {
		let input = read_tensor(&models().join(format!("digits.{case}.input.npy"))).unwrap();
		let label = read_tensor(&models().join(format!("digits.{case}.label.npy"))).unwrap();
		let probs =
			read_tensor(&models().join(format!("digits.{case}.probabilities.npy"))).unwrap();
		let out = engine
			.infer_canonical(&model.hash, &path, Some(&digits_io()), &encode_tensors(&[input]))
			.unwrap();
		let out = decode_tensors(&out).unwrap();
		assert_eq!(out[0], label, "{case}: labels equal Python's exactly");
		assert_eq!(out[1], probs, "{case}: probabilities equal Python's bit for bit");
	}
}

#[test]
fn the_spec_is_read_from_the_model() {
	init();
	let dir = tempfile::tempdir().unwrap();
	let (model, _) = digits();
	let path = store(dir.path()).path_of(&model).unwrap();
	let spec = Engine::new(EngineConfig::default()).io_spec(&model.hash, &path).unwrap();
	assert_eq!(spec, digits_io());
}

#[test]
fn equal_inputs_give_equal_bytes() {
	init();
	let dir = tempfile::tempdir().unwrap();
	let (model, _) = digits();
	let path = store(dir.path()).path_of(&model).unwrap();
	let input = encode_tensors(&[read_tensor(&models().join("digits.batch.input.npy")).unwrap()]);
	let a = Engine::new(EngineConfig::default())
		.infer_canonical(&model.hash, &path, Some(&digits_io()), &input)
		.unwrap();
	let b = Engine::new(EngineConfig { intra_threads: 2, ..Default::default() })
		.infer_canonical(&model.hash, &path, Some(&digits_io()), &input)
		.unwrap();
	assert_eq!(a, b);
}

#[test]
fn a_wrong_input_shape_is_a_named_error() {
	init();
	let dir = tempfile::tempdir().unwrap();
	let (model, _) = digits();
	let path = store(dir.path()).path_of(&model).unwrap();
	let engine = Engine::new(EngineConfig::default());
	let wrong = verity_primitives::Tensor {
		elem: ElementType::Float32,
		shape: vec![1, 63],
		data: vec![0; 63 * 4],
	};
	let err = engine
		.infer_canonical(
			&model.hash,
			&path,
			Some(&digits_io()),
			&encode_tensors(std::slice::from_ref(&wrong)),
		)
		.unwrap_err();
	assert!(matches!(err, EngineError::InputMismatch(_)), "{err}");
	// Without a spec, ONNX Runtime itself refuses the shape.
	let err = engine.infer(&model.hash, &path, &[wrong]).unwrap_err();
	assert!(matches!(err, EngineError::Inference(_)), "{err}");
}

#[test]
fn malformed_onnx_is_a_named_error() {
	init();
	let dir = tempfile::tempdir().unwrap();
	let junk = dir.path().join("junk.onnx");
	std::fs::write(&junk, b"this is not a protobuf").unwrap();
	let err = Engine::new(EngineConfig::default()).session(&[7; 32], &junk).err().unwrap();
	assert!(matches!(err, EngineError::MalformedModel(_)), "{err}");
}

#[test]
fn the_store_refuses_wrong_hash_and_size() {
	let dir = tempfile::tempdir().unwrap();
	let (model, bytes) = digits();
	let mut wrong_hash = model.clone();
	wrong_hash.hash[0] ^= 1;
	assert!(matches!(
		store(dir.path()).path_of(&wrong_hash),
		Err(EngineError::HashMismatch { .. })
	));
	assert!(
		!store(dir.path()).cache_path(&wrong_hash.hash).exists(),
		"refused bytes are not cached"
	);
	let mut wrong_size = model.clone();
	wrong_size.size -= 1;
	assert!(matches!(
		store(dir.path()).path_of(&wrong_size),
		Err(EngineError::SizeMismatch { .. })
	));
	let tiny = ModelStore::new(dir.path().join("c2"), vec![], 100, Duration::from_secs(1)).unwrap();
	assert!(matches!(tiny.path_of(&model), Err(EngineError::TooLarge { limit: 100 })));
	let mut ftp = model.clone();
	ftp.uri = "ftp://example.org/m.onnx".into();
	assert!(matches!(
		fetching_store(dir.path()).path_of(&ftp),
		Err(EngineError::UnsupportedUri(_))
	));
	assert!(verify(&model, &bytes).is_ok());
}

/// Serves `body` over HTTP on loopback `times` times; returns the port and the server thread.
fn serve(body: Vec<u8>, times: usize) -> (u16, std::thread::JoinHandle<()>) {
	let listener = TcpListener::bind("127.0.0.1:0").unwrap();
	let port = listener.local_addr().unwrap().port();
	let server = std::thread::spawn(move || {
		for _ in 0..times {
			let (mut s, _) = listener.accept().unwrap();
			let mut buf = [0u8; 2048];
			let _ = s.read(&mut buf);
			write!(
				s,
				"HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
				body.len()
			)
			.unwrap();
			s.write_all(&body).unwrap();
		}
	});
	(port, server)
}

#[test]
fn the_store_caches_and_never_fetches_twice() {
	let dir = tempfile::tempdir().unwrap();
	let (mut model, bytes) = digits();
	let (port, server) = serve(bytes.clone(), 1);
	model.uri = format!("http://127.0.0.1:{port}/digits.onnx");
	let first = fetching_store(dir.path());
	assert_eq!(first.cache_bytes(), 0);
	let (path, found) = first.locate(&model).unwrap();
	assert_eq!(path, first.cache_path(&model.hash));
	assert_eq!(found, Found::Fetched(bytes.len() as u64));
	assert_eq!(first.cache_bytes(), bytes.len() as u64);
	assert_eq!(first.locate(&model).unwrap(), (path.clone(), Found::Known));
	server.join().unwrap();
	// A new store over the same cache finds it with the server gone.
	assert_eq!(fetching_store(dir.path()).locate(&model).unwrap(), (path, Found::Cache));
}

#[test]
fn file_uris_are_read_only_inside_the_model_dirs() {
	let dir = tempfile::tempdir().unwrap();
	let (model, bytes) = digits();
	let models = dir.path().join("models");
	std::fs::create_dir(&models).unwrap();
	let outside = dir.path().join("elsewhere.onnx");
	std::fs::write(&outside, &bytes).unwrap();
	let s = ModelStore::new(
		dir.path().join("cache"),
		vec![models.clone()],
		10_000_000,
		Duration::from_secs(1),
	)
	.unwrap();

	// A file the registrant points at outside the operator's model directories: refused.
	let mut elsewhere = model.clone();
	elsewhere.uri = format!("file://{}", outside.display());
	assert!(matches!(s.locate(&elsewhere), Err(EngineError::UnsupportedUri(_))));
	// Nor through a symbolic link inside a model directory.
	let link = models.join("link.onnx");
	std::os::unix::fs::symlink(&outside, &link).unwrap();
	let mut linked = model.clone();
	linked.uri = format!("file://{}", link.display());
	assert!(matches!(s.locate(&linked), Err(EngineError::UnsupportedUri(_))));
	assert_eq!(s.cache_bytes(), 0);

	// The same file inside a model directory is used as it is.
	std::fs::copy(&outside, models.join("digits.onnx")).unwrap();
	let mut inside = model.clone();
	inside.uri = format!("file://{}", models.join("digits.onnx").display());
	assert_eq!(s.locate(&inside).unwrap().1, Found::ModelDir);
}

#[test]
fn devices_and_fifos_are_refused_without_hanging() {
	let dir = tempfile::tempdir().unwrap();
	let fifo = dir.path().join("model.onnx");
	let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
	// SAFETY: a NUL-terminated path we own.
	assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
	let (tx, rx) = std::sync::mpsc::channel();
	let fifo_path = fifo.clone();
	std::thread::spawn(move || {
		let results = [
			read_regular_file(Path::new("/dev/zero"), 1_000_000).map(|b| b.len()),
			read_regular_file(&fifo_path, 1_000_000).map(|b| b.len()),
			read_regular_file(Path::new("/proc/self"), 1_000_000).map(|b| b.len()),
		];
		let _ = tx.send(results);
	});
	let results = rx.recv_timeout(Duration::from_secs(10)).expect("the reads returned at once");
	for r in results {
		assert!(
			matches!(r, Err(EngineError::Fetch(ref e)) if e.contains("not a regular file")),
			"{r:?}"
		);
	}

	// An operator whose model directory holds devices: a model URI naming one is refused too.
	let (mut model, _) = digits();
	model.uri = "file:///dev/zero".into();
	let s = ModelStore::new(
		dir.path().join("cache"),
		vec!["/dev".into()],
		10_000_000,
		Duration::from_secs(1),
	)
	.unwrap();
	assert!(matches!(s.locate(&model), Err(EngineError::Fetch(_))));
	model.uri = format!("file://{}", fifo.display());
	let s = ModelStore::new(
		dir.path().join("cache2"),
		vec![dir.path().into()],
		10_000_000,
		Duration::from_secs(1),
	)
	.unwrap();
	assert!(matches!(s.locate(&model), Err(EngineError::Fetch(_))));
}

#[test]
fn a_regular_file_is_read_up_to_its_bound_only() {
	let dir = tempfile::tempdir().unwrap();
	let big = dir.path().join("big.onnx");
	std::fs::write(&big, vec![0u8; 4096]).unwrap();
	assert_eq!(read_regular_file(&big, 4096).unwrap().len(), 4096);
	assert!(matches!(
		read_regular_file(&big, 4095),
		Err(EngineError::SizeMismatch { expected: 4095, found: 4096 })
	));
}

#[test]
fn a_model_dir_is_used_as_it_is() {
	let dir = tempfile::tempdir().unwrap();
	let (mut model, _) = digits();
	model.uri = "https://unreachable.invalid/digits.onnx".into();
	let s = ModelStore::new(
		dir.path().join("cache"),
		vec![models()],
		10_000_000,
		Duration::from_secs(1),
	)
	.unwrap();
	let digits = std::fs::canonicalize(models().join("digits.onnx")).unwrap();
	assert_eq!(s.locate(&model).unwrap(), (digits, Found::ModelDir));
	assert_eq!(s.cache_bytes(), 0, "nothing was copied into the cache");
}

#[test]
fn the_store_fetches_over_http_within_its_bound() {
	let dir = tempfile::tempdir().unwrap();
	let (mut model, bytes) = digits();
	let (port, server) = serve(bytes.clone(), 2);
	model.uri = format!("http://127.0.0.1:{port}/digits.onnx");
	let path = fetching_store(dir.path()).path_of(&model).unwrap();
	assert_eq!(std::fs::read(path).unwrap(), bytes);
	// A server sending more than the registered size is cut off and refused.
	let mut small = model.clone();
	small.size = 100;
	let other = tempfile::tempdir().unwrap();
	assert!(matches!(
		fetching_store(other.path()).path_of(&small),
		Err(EngineError::SizeMismatch { .. })
	));
	server.join().unwrap();
}

#[test]
fn the_runtime_library_is_found_or_named() {
	let missing = Path::new("/nonexistent/libonnxruntime.so");
	let err = verity_engine::runtime::locate(Some(missing)).unwrap_err();
	assert!(err.to_string().contains("/nonexistent/libonnxruntime.so"), "{err}");
	assert!(err.to_string().contains("scripts/setup"), "{err}");
}

fn worker(deadline: Duration, abort: bool) -> verity_engine::worker::Worker {
	let mut command = vec![env!("CARGO_BIN_EXE_verity-inference-worker").to_string()];
	if abort {
		// The worker aborts on its first request when this is set; only a shell can set it for
		// the child alone.
		command = vec![
			"/bin/sh".into(),
			"-c".into(),
			format!("VERITY_TEST_WORKER_ABORT=1 exec {}", command[0]),
		];
	}
	verity_engine::worker::Worker::new(verity_engine::worker::WorkerConfig {
		command,
		memory_limit: 4 << 30,
		deadline,
	})
}

fn digits_request() -> verity_engine::worker::WorkRequest {
	let (model, _) = digits();
	let input = encode_tensors(&[read_tensor(&models().join("digits.one.input.npy")).unwrap()]);
	verity_engine::worker::WorkRequest {
		model_hash: model.hash,
		model_path: models().join("digits.onnx").to_string_lossy().as_bytes().to_vec(),
		io: Some(digits_io()),
		check: None,
		input,
	}
}

#[test]
fn the_worker_process_gives_the_engines_output() {
	init();
	let w = worker(Duration::from_secs(60), false);
	let out = w.run(&digits_request()).unwrap();
	let label = read_tensor(&models().join("digits.one.label.npy")).unwrap();
	assert_eq!(decode_tensors(&out).unwrap()[0], label);
	// The session stays warm in the same worker.
	assert_eq!(w.run(&digits_request()).unwrap(), out);
	let mut bad = digits_request();
	bad.model_hash = [9; 32];
	bad.model_path = b"/nonexistent.onnx".to_vec();
	assert!(matches!(w.run(&bad), Err(EngineError::Inference(_))));
	assert_eq!(w.run(&digits_request()).unwrap(), out, "the worker survives a failed request");
}

#[test]
fn a_dying_worker_is_a_named_error_and_the_caller_goes_on() {
	let w = worker(Duration::from_secs(60), true);
	let err = w.run(&digits_request()).unwrap_err();
	assert!(matches!(err, EngineError::WorkerDied(_)), "{err}");
	assert!(
		matches!(w.run(&digits_request()), Err(EngineError::WorkerDied(_))),
		"a new worker is started"
	);
}

#[test]
fn a_stuck_worker_is_killed_at_the_deadline() {
	// A worker that never answers: the request times out and the process is killed.
	let w = verity_engine::worker::Worker::new(verity_engine::worker::WorkerConfig {
		command: vec!["/bin/sleep".into(), "600".into()],
		memory_limit: 1 << 30,
		deadline: Duration::from_millis(300),
	});
	assert!(matches!(w.run(&digits_request()), Err(EngineError::Timeout(_))));
}

#[test]
fn a_large_batch_grows_the_exchange_region_and_gives_the_in_process_output() {
	init();
	// 20,000 digits: 5.1 MB in (past the region's first 4 MiB), 1.0 MB out.
	let one = read_tensor(&models().join("digits.one.input.npy")).unwrap();
	let rows = 20_000usize;
	let batch = verity_primitives::tensor::Tensor {
		elem: ElementType::Float32,
		shape: vec![rows as u64, 64],
		data: one.data.iter().copied().cycle().take(one.data.len() * rows).collect(),
	};
	let mut request = digits_request();
	request.input = encode_tensors(&[batch]);
	assert!(request.input.len() > 5_000_000);
	let w = worker(Duration::from_secs(120), false);
	let out = w.run(&request).unwrap();
	let (model, _) = digits();
	let engine = Engine::new(EngineConfig::default());
	let path = models().join("digits.onnx");
	let direct = engine.infer_canonical(&model.hash, &path, Some(&digits_io()), &request.input);
	assert_eq!(out, direct.unwrap(), "the worker's output is the engine's, byte for byte");
	assert_eq!(decode_tensors(&out).unwrap()[0].shape, vec![rows as u64]);
	// And a small request after it, through the grown region.
	let label = read_tensor(&models().join("digits.one.label.npy")).unwrap();
	assert_eq!(decode_tensors(&w.run(&digits_request()).unwrap()).unwrap()[0], label);
}

/// A worker that runs `script` (sh) with the exchange region as descriptor 3.
fn scripted_worker(script: &str) -> verity_engine::worker::Worker {
	verity_engine::worker::Worker::new(verity_engine::worker::WorkerConfig {
		command: vec!["/bin/sh".into(), "-c".into(), script.into()],
		memory_limit: 1 << 30,
		deadline: Duration::from_secs(20),
	})
}

#[test]
fn a_hostile_worker_cannot_shrink_the_region_or_lie_about_it() {
	// It tries to shrink the region under the node (a node reading past the end of a shrunk
	// file would die of SIGBUS), then rings with a message of 16 bytes: the seal refuses the
	// shrink, and the node reads garbage — a named error, not a crash.
	let shrink = scripted_worker(
		"head -c 8 >/dev/null; truncate -s 0 /proc/self/fd/3 && echo shrunk >&2; \
		 printf '\\377' 1<>/proc/self/fd/3; \
		 printf '\\020\\000\\000\\000\\000\\000\\100\\000'; exec sleep 1",
	);
	let err = shrink.run(&digits_request()).unwrap_err();
	assert!(matches!(err, EngineError::WorkerDied(ref e) if e.contains("garbled")), "{err}");
	// It claims the region is 256 MiB when the file is 4 MiB: refused, not mapped.
	let lie = scripted_worker(
		"head -c 8 >/dev/null; printf '\\020\\000\\000\\000\\000\\000\\000\\020'; exec sleep 1",
	);
	let err = lie.run(&digits_request()).unwrap_err();
	assert!(matches!(err, EngineError::WorkerDied(ref e) if e.contains("region")), "{err}");
	// A doorbell longer than the region it names.
	let long = scripted_worker(
		"head -c 8 >/dev/null; printf '\\000\\000\\100\\001\\000\\000\\100\\000'; exec sleep 1",
	);
	let err = long.run(&digits_request()).unwrap_err();
	assert!(matches!(err, EngineError::WorkerDied(_)), "{err}");
}
