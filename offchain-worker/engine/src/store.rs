//! The content-addressed model store.
//!
//! A model is fetched once, by the URI the registry gives, and kept as
//! `<cache>/<hex hash>.onnx`. Bytes whose blake2-256 hash or length differ from the
//! registry's are refused and never cached. Operators may also point the node at
//! directories of model files (`--model-dir`): a file there with the right hash is used as it
//! is and nothing is fetched.
//!
//! A model's URI is chosen by whoever registered it, so every fetch is bounded: `file://` is
//! read only for a regular file inside one of the operator's model directories (after symbolic
//! links are resolved), opened without blocking (a FIFO or a device is refused, never waited
//! on), and no read takes more than the registered size (at most the node's `--max-model-mib`);
//! `http(s)://` has the node's fetch timeout for the whole transfer and the same size bound.

use crate::EngineError;
use std::{
	collections::HashMap,
	io::Read,
	path::{Path, PathBuf},
	sync::Mutex,
	time::Duration,
};
use verity_primitives::ModelHash;

/// What the registry says about a model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelRef {
	pub hash: ModelHash,
	pub size: u64,
	pub uri: String,
}

/// Where [`ModelStore::locate`] found a model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
	/// Located before by this store (no file system access).
	Known,
	/// In the cache directory.
	Cache,
	/// In one of the model directories.
	ModelDir,
	/// Fetched by its URI, verified and cached: this many bytes.
	Fetched(u64),
}

/// Where models are kept and how they are fetched.
pub struct ModelStore {
	cache: PathBuf,
	model_dirs: Vec<PathBuf>,
	max_size: u64,
	fetch_timeout: Duration,
	known: Mutex<HashMap<ModelHash, PathBuf>>,
}

/// Reads a regular file of at most `limit` bytes. Opens it without blocking and checks what
/// was opened (not the path, which may change in between), so a FIFO, a device such as
/// `/dev/zero` or a directory is refused at once; reads no more than `limit + 1` bytes, so a
/// file that grows or lies about its length cannot exhaust memory.
pub fn read_regular_file(path: &Path, limit: u64) -> Result<Vec<u8>, EngineError> {
	use std::os::unix::fs::OpenOptionsExt;
	let fail = |e: std::io::Error| EngineError::Fetch(format!("{}: {e}", path.display()));
	let file = std::fs::OpenOptions::new()
		.read(true)
		.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
		.open(path)
		.map_err(fail)?;
	let meta = file.metadata().map_err(fail)?;
	if !meta.is_file() {
		return Err(EngineError::Fetch(format!("{}: not a regular file", path.display())));
	}
	if meta.len() > limit {
		return Err(EngineError::SizeMismatch { expected: limit, found: meta.len() });
	}
	let mut bytes = Vec::with_capacity(meta.len() as usize);
	file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(fail)?;
	if bytes.len() as u64 > limit {
		return Err(EngineError::SizeMismatch { expected: limit, found: bytes.len() as u64 });
	}
	Ok(bytes)
}

/// Checks bytes against the registry's hash and size.
pub fn verify(model: &ModelRef, bytes: &[u8]) -> Result<(), EngineError> {
	if bytes.len() as u64 != model.size {
		return Err(EngineError::SizeMismatch { expected: model.size, found: bytes.len() as u64 });
	}
	let found = sp_crypto_hashing::blake2_256(bytes);
	if found != model.hash {
		return Err(EngineError::HashMismatch {
			expected: hex::encode(model.hash),
			found: hex::encode(found),
		});
	}
	Ok(())
}

impl ModelStore {
	/// A store caching into `cache`, also looking in `model_dirs`, refusing models above
	/// `max_size` bytes and fetches slower than `fetch_timeout`.
	pub fn new(
		cache: impl Into<PathBuf>,
		model_dirs: Vec<PathBuf>,
		max_size: u64,
		fetch_timeout: Duration,
	) -> Result<Self, EngineError> {
		let cache = cache.into();
		std::fs::create_dir_all(&cache)?;
		// Compared against resolved paths, so resolved too; a directory that does not exist is
		// kept as given (nothing resolves into it).
		let model_dirs =
			model_dirs.into_iter().map(|d| std::fs::canonicalize(&d).unwrap_or(d)).collect();
		Ok(Self { cache, model_dirs, max_size, fetch_timeout, known: Mutex::new(HashMap::new()) })
	}

	/// The cache file of a model.
	pub fn cache_path(&self, hash: &ModelHash) -> PathBuf {
		self.cache.join(format!("{}.onnx", hex::encode(hash)))
	}

	/// A local file holding the model's verified bytes, fetching it if no copy is known.
	pub fn path_of(&self, model: &ModelRef) -> Result<PathBuf, EngineError> {
		self.locate(model).map(|(path, _)| path)
	}

	/// Like [`Self::path_of`], and says where the model was found.
	pub fn locate(&self, model: &ModelRef) -> Result<(PathBuf, Found), EngineError> {
		if model.size > self.max_size {
			return Err(EngineError::TooLarge { limit: self.max_size });
		}
		if let Some(p) = self.known.lock().ok().and_then(|k| k.get(&model.hash).cloned()) {
			return Ok((p, Found::Known));
		}
		let cached = self.cache_path(&model.hash);
		let found = if cached.is_file() {
			Some((cached.clone(), Found::Cache))
		} else {
			self.find_in_model_dirs(model)?.map(|p| (p, Found::ModelDir))
		};
		let (path, found) = match found {
			Some(found) => found,
			None => {
				let bytes = self.fetch(&model.uri, model.size)?;
				verify(model, &bytes)?;
				let tmp = cached.with_extension("partial");
				std::fs::write(&tmp, &bytes)?;
				std::fs::rename(&tmp, &cached)?;
				log::info!(target: "verity::store", "cached model {} ({} bytes) from {}", hex::encode(model.hash), bytes.len(), model.uri);
				(cached, Found::Fetched(bytes.len() as u64))
			}
		};
		if let Ok(mut k) = self.known.lock() {
			k.insert(model.hash, path.clone());
		}
		Ok((path, found))
	}

	/// Bytes of the models in the cache directory.
	pub fn cache_bytes(&self) -> u64 {
		let Ok(entries) = std::fs::read_dir(&self.cache) else { return 0 };
		entries
			.flatten()
			.filter(|e| e.path().extension().is_some_and(|x| x == "onnx"))
			.filter_map(|e| e.metadata().ok())
			.filter(|m| m.is_file())
			.map(|m| m.len())
			.sum()
	}

	/// A file in the model directories with the model's size and hash.
	fn find_in_model_dirs(&self, model: &ModelRef) -> Result<Option<PathBuf>, EngineError> {
		for dir in &self.model_dirs {
			let Ok(entries) = std::fs::read_dir(dir) else { continue };
			for entry in entries.flatten() {
				let path = entry.path();
				let same_size =
					entry.metadata().map(|m| m.is_file() && m.len() == model.size).unwrap_or(false);
				if !same_size {
					continue;
				}
				if read_regular_file(&path, model.size).is_ok_and(|b| verify(model, &b).is_ok()) {
					return Ok(Some(path));
				}
			}
		}
		Ok(None)
	}

	/// The local file a `file://` URI names, if it is inside one of the model directories.
	fn model_dir_file(&self, uri: &str, path: &str) -> Result<PathBuf, EngineError> {
		let resolved =
			std::fs::canonicalize(path).map_err(|e| EngineError::Fetch(format!("{uri}: {e}")))?;
		if self.model_dirs.iter().any(|dir| resolved.starts_with(dir)) {
			Ok(resolved)
		} else {
			Err(EngineError::UnsupportedUri(format!(
				"{uri}: this node reads file:// models only inside its --model-dir directories"
			)))
		}
	}

	/// Reads at most `size` bytes from `uri`; more is an error.
	fn fetch(&self, uri: &str, size: u64) -> Result<Vec<u8>, EngineError> {
		let limit = size.min(self.max_size);
		if let Some(path) = uri.strip_prefix("file://") {
			return read_regular_file(&self.model_dir_file(uri, path)?, limit);
		}
		if !(uri.starts_with("http://") || uri.starts_with("https://")) {
			return Err(EngineError::UnsupportedUri(uri.into()));
		}
		let agent: ureq::Agent =
			ureq::Agent::config_builder().timeout_global(Some(self.fetch_timeout)).build().into();
		let response =
			agent.get(uri).call().map_err(|e| EngineError::Fetch(format!("{uri}: {e}")))?;
		let mut bytes = Vec::new();
		response
			.into_body()
			.into_reader()
			.take(limit.saturating_add(1))
			.read_to_end(&mut bytes)
			.map_err(|e| EngineError::Fetch(format!("{uri}: {e}")))?;
		if bytes.len() as u64 > limit {
			return Err(EngineError::SizeMismatch { expected: size, found: bytes.len() as u64 });
		}
		Ok(bytes)
	}
}
