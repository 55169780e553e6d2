//! Finding and loading the ONNX Runtime shared library.

use crate::EngineError;
use std::{
	path::{Path, PathBuf},
	sync::OnceLock,
};

/// The ONNX Runtime version whose API `ort` is built for (its `api-31` feature).
pub const ORT_VERSION: &str = "1.31.1";

/// Where `scripts/setup` installs the library: `$VERITY_HOME` or `$HOME/.cache/verity`.
pub fn installed_path() -> Option<PathBuf> {
	let home = std::env::var_os("VERITY_HOME")
		.map(PathBuf::from)
		.or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/verity")))?;
	Some(home.join(format!("onnxruntime-{ORT_VERSION}/libonnxruntime.so.{ORT_VERSION}")))
}

/// The library to load: `explicit` (a CLI flag), then `ORT_DYLIB_PATH`, then the setup
/// script's location. The first candidate given is the one used, and it must exist.
pub fn locate(explicit: Option<&Path>) -> Result<PathBuf, EngineError> {
	let candidates: Vec<PathBuf> = explicit
		.map(Path::to_path_buf)
		.into_iter()
		.chain(std::env::var_os("ORT_DYLIB_PATH").map(PathBuf::from))
		.chain(installed_path())
		.collect();
	match candidates.first() {
		Some(first) if first.is_file() => Ok(first.clone()),
		_ => Err(EngineError::RuntimeMissing(
			candidates.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "),
		)),
	}
}

/// How loading went: the library's path and the environment, or the error's variant and text.
type Loaded = Result<(PathBuf, ort::environment::Environment), (bool, String)>;

static LOADED: OnceLock<Loaded> = OnceLock::new();

/// Loads ONNX Runtime once per process from [`locate`]'s answer and creates its environment.
/// Later calls return the first outcome.
pub fn init(explicit: Option<&Path>) -> Result<PathBuf, EngineError> {
	let outcome = LOADED.get_or_init(|| {
		let path = match locate(explicit) {
			Ok(p) => p,
			Err(EngineError::RuntimeMissing(looked_in)) => return Err((true, looked_in)),
			Err(e) => return Err((false, e.to_string())),
		};
		let env = ort::init_from(&path)
			.map_err(|e| (false, format!("{}: {e}", path.display())))?
			.with_name("verity")
			.with_telemetry(false)
			.build()
			.map_err(|e| (false, format!("{}: {e}", path.display())))?;
		Ok((path, env))
	});
	match outcome {
		Ok((path, _)) => Ok(path.clone()),
		Err((true, looked_in)) => Err(EngineError::RuntimeMissing(looked_in.clone())),
		Err((false, reason)) => Err(EngineError::RuntimeLoad {
			path: explicit.map(|p| p.display().to_string()).unwrap_or_default(),
			reason: reason.clone(),
		}),
	}
}

/// The environment [`init`] created, if it succeeded.
pub fn environment() -> Result<&'static ort::environment::Environment, EngineError> {
	match LOADED.get() {
		Some(Ok((_, env))) => Ok(env),
		Some(Err((_, reason))) => Err(EngineError::RuntimeMissing(reason.clone())),
		None => {
			Err(EngineError::RuntimeMissing("ONNX Runtime was not loaded (runtime::init)".into()))
		}
	}
}
