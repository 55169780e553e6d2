//! Inference in a supervised worker process.
//!
//! Models are untrusted: a crafted ONNX file can crash ONNX Runtime or run away with memory.
//! So the node runs inference in a child process (the node binary itself, started with the
//! `inference-worker` sub-command), the way polkadot runs parachain validation code in
//! separate workers. The child's address space is bounded with `RLIMIT_AS`; each request has
//! a deadline after which the child is killed. A dead or killed child becomes a named error
//! for that request and is started afresh for the next one; the node goes on.
//!
//! The protocol on the child's stdin/stdout is a sequence of frames, each a little-endian
//! `u32` length followed by that many bytes of SCALE: [`WorkRequest`] in, [`WorkResponse`] out.

use crate::{Engine, EngineConfig, EngineError};
use codec::{Decode, Encode};
use std::{
	io::{Read, Write},
	path::PathBuf,
	process::{Child, ChildStdin, ChildStdout, Command, Stdio},
	sync::{mpsc, Mutex},
	time::Duration,
};
use verity_primitives::{IoSpec, ModelHash};

/// Largest frame either side accepts.
const MAX_FRAME: u32 = 256 * 1024 * 1024;

/// Capacity asked for the pipes to and from a worker (Linux's default limit for it).
const PIPE_SIZE: libc::c_int = 1024 * 1024;

/// One inference for the worker: a verified model file and canonical input.
#[derive(Clone, Debug, Encode, Decode)]
pub struct WorkRequest {
	pub model_hash: ModelHash,
	pub model_path: Vec<u8>,
	pub io: Option<IoSpec>,
	/// For a generation checked rather than run: the claimed output and the logit margin in
	/// millionths ([`Engine::infer_checking`]).
	pub check: Option<(Vec<u8>, u32)>,
	pub input: Vec<u8>,
}

/// The worker's answer.
#[derive(Clone, Debug, Encode, Decode)]
pub enum WorkResponse {
	/// Canonical output bytes.
	Output(Vec<u8>),
	/// The model is not valid ONNX.
	MalformedModel(String),
	/// The input does not fit the model.
	InputMismatch(String),
	/// A tensor type Verity does not carry.
	UnsupportedType(String),
	/// Inference ran past its time bound inside the worker.
	Timeout,
	/// Anything else.
	Failed(String),
}

fn write_frame(w: &mut impl Write, bytes: &[u8]) -> std::io::Result<()> {
	let len = (bytes.len() as u32).to_le_bytes();
	if bytes.len() <= 64 * 1024 {
		// One write, so one wake-up of the reader, for the common small frame.
		let mut frame = Vec::with_capacity(4 + bytes.len());
		frame.extend_from_slice(&len);
		frame.extend_from_slice(bytes);
		w.write_all(&frame)?;
	} else {
		w.write_all(&len)?;
		w.write_all(bytes)?;
	}
	w.flush()
}

fn read_frame(r: &mut impl Read) -> std::io::Result<Vec<u8>> {
	let mut buf = Vec::new();
	read_frame_into(r, &mut buf)?;
	Ok(buf)
}

/// Reads one frame into `buf`, reusing its allocation.
fn read_frame_into(r: &mut impl Read, buf: &mut Vec<u8>) -> std::io::Result<()> {
	let mut len = [0u8; 4];
	r.read_exact(&mut len)?;
	let len = u32::from_le_bytes(len);
	if len > MAX_FRAME {
		return Err(std::io::Error::other("frame too large"));
	}
	buf.resize(len as usize, 0);
	r.read_exact(buf)
}

/// Encodes a [`WorkRequest`] from references to its fields, so that a large input is not
/// copied into an owned request first. The same bytes as `WorkRequest::encode`.
pub fn encode_request(
	model_hash: &ModelHash,
	model_path: &[u8],
	io: Option<&IoSpec>,
	check: Option<(&[u8], u32)>,
	input: &[u8],
) -> Vec<u8> {
	(model_hash, model_path, io, check, input).encode()
}

/// A [`WorkRequest`] decoded from a frame without copying its input out of the frame.
struct BorrowedRequest<'a> {
	model_hash: ModelHash,
	model_path: Vec<u8>,
	io: Option<IoSpec>,
	check: Option<(Vec<u8>, u32)>,
	input: &'a [u8],
}

impl<'a> BorrowedRequest<'a> {
	/// Decodes what `WorkRequest::encode` wrote: the same fields in the same order.
	fn decode(frame: &'a [u8]) -> Result<Self, codec::Error> {
		let mut cursor = frame;
		let model_hash = ModelHash::decode(&mut cursor)?;
		let model_path = Vec::<u8>::decode(&mut cursor)?;
		let io = Option::<IoSpec>::decode(&mut cursor)?;
		let check = Option::<(Vec<u8>, u32)>::decode(&mut cursor)?;
		let len = codec::Compact::<u32>::decode(&mut cursor)?.0 as usize;
		let input = cursor.get(..len).ok_or("input shorter than its length")?;
		if cursor.len() != len {
			return Err("bytes after the input".into());
		}
		Ok(Self { model_hash, model_path, io, check, input })
	}
}

/// The worker's main loop: serves requests from stdin until it closes.
pub fn serve(ort_lib: Option<PathBuf>, config: EngineConfig) -> Result<(), EngineError> {
	crate::runtime::init(ort_lib.as_deref())?;
	let engine = Engine::new(config);
	let (mut input, mut output) = (std::io::stdin().lock(), std::io::stdout().lock());
	let mut frame = Vec::new();
	while read_frame_into(&mut input, &mut frame).is_ok() {
		let response = match BorrowedRequest::decode(&frame) {
			Err(e) => WorkResponse::Failed(format!("bad request: {e}")),
			Ok(req) => {
				if std::env::var_os("VERITY_TEST_WORKER_ABORT").is_some() {
					// Tests use this to see a dying worker handled.
					std::process::abort();
				}
				let path = PathBuf::from(String::from_utf8_lossy(&req.model_path).into_owned());
				let result = match &req.check {
					None => {
						engine.infer_canonical(&req.model_hash, &path, req.io.as_ref(), req.input)
					}
					Some((claim, margin_ppm)) => engine
						.infer_checking(
							&req.model_hash,
							&path,
							req.io.as_ref(),
							req.input,
							claim,
							*margin_ppm as f32 / 1e6,
						)
						.map(crate::engine::Checked::into_output),
				};
				match result {
					Ok(out) => WorkResponse::Output(out),
					Err(EngineError::MalformedModel(e)) => WorkResponse::MalformedModel(e),
					Err(EngineError::InputMismatch(e)) => WorkResponse::InputMismatch(e),
					Err(EngineError::UnsupportedType(e)) => WorkResponse::UnsupportedType(e),
					Err(EngineError::Timeout(_)) => WorkResponse::Timeout,
					Err(e) => WorkResponse::Failed(e.to_string()),
				}
			}
		};
		write_frame(&mut output, &response.encode())?;
	}
	Ok(())
}

/// How to start a worker and what bounds it runs under.
#[derive(Clone, Debug)]
pub struct WorkerConfig {
	/// The program and arguments that start a worker serving [`serve`].
	pub command: Vec<String>,
	/// Address-space bound of the worker, in bytes.
	pub memory_limit: u64,
	/// Deadline of one request, including the first load of a model.
	pub deadline: Duration,
}

struct Running {
	child: Child,
	stdin: ChildStdin,
	responses: mpsc::Receiver<std::io::Result<Vec<u8>>>,
}

/// A supervised worker process, started on first use and restarted after it dies.
pub struct Worker {
	config: WorkerConfig,
	running: Mutex<Option<Running>>,
}

impl Worker {
	pub fn new(config: WorkerConfig) -> Self {
		Self { config, running: Mutex::new(None) }
	}

	fn spawn(&self) -> Result<Running, EngineError> {
		let (program, args) = self
			.config
			.command
			.split_first()
			.ok_or_else(|| EngineError::WorkerDied("no worker command configured".into()))?;
		let mut cmd = Command::new(program);
		cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::inherit());
		let limit = self.config.memory_limit;
		// SAFETY: between fork and exec only async-signal-safe calls are made (setrlimit).
		unsafe {
			use std::os::unix::process::CommandExt;
			cmd.pre_exec(move || {
				let rlim = libc::rlimit {
					rlim_cur: limit as libc::rlim_t,
					rlim_max: limit as libc::rlim_t,
				};
				if libc::setrlimit(libc::RLIMIT_AS, &rlim) != 0 {
					return Err(std::io::Error::last_os_error());
				}
				Ok(())
			});
		}
		let mut child = cmd
			.spawn()
			.map_err(|e| EngineError::WorkerDied(format!("cannot start {program}: {e}")))?;
		let stdin = child.stdin.take().ok_or_else(|| EngineError::WorkerDied("no stdin".into()))?;
		let mut stdout: ChildStdout =
			child.stdout.take().ok_or_else(|| EngineError::WorkerDied("no stdout".into()))?;
		{
			// Pipes of 1 MiB rather than 64 KiB: a large input or output crosses in a few
			// writes instead of dozens of round trips between the processes. Best effort.
			use std::os::fd::AsRawFd;
			for fd in [stdin.as_raw_fd(), stdout.as_raw_fd()] {
				// SAFETY: fcntl on a pipe descriptor we own; failure leaves the default size.
				unsafe { libc::fcntl(fd, libc::F_SETPIPE_SZ, PIPE_SIZE) };
			}
		}
		let (tx, responses) = mpsc::channel();
		std::thread::spawn(move || loop {
			let frame = read_frame(&mut stdout);
			let stop = frame.is_err();
			if tx.send(frame).is_err() || stop {
				break;
			}
		});
		Ok(Running { child, stdin, responses })
	}

	/// Runs one request in the worker. A worker that dies, or misses the deadline (and is
	/// killed), yields [`EngineError::WorkerDied`] or [`EngineError::Timeout`].
	pub fn run(&self, request: &WorkRequest) -> Result<Vec<u8>, EngineError> {
		self.run_encoded(&request.encode())
	}

	/// [`Self::run`] with the request already SCALE-encoded (see [`encode_request`]).
	pub fn run_encoded(&self, request: &[u8]) -> Result<Vec<u8>, EngineError> {
		let mut guard = self
			.running
			.lock()
			.map_err(|_| EngineError::WorkerDied("worker lock poisoned".into()))?;
		if guard.is_none() {
			*guard = Some(self.spawn()?);
		}
		let Some(running) = guard.as_mut() else {
			return Err(EngineError::WorkerDied("worker not running".into()));
		};
		let sent = write_frame(&mut running.stdin, request);
		let outcome = match sent {
			Err(e) => Err(EngineError::WorkerDied(format!("writing to the worker: {e}"))),
			Ok(()) => match running.responses.recv_timeout(self.config.deadline) {
				Ok(Ok(frame)) => match WorkResponse::decode(&mut &frame[..]) {
					Ok(r) => Ok(r),
					Err(e) => Err(EngineError::WorkerDied(format!("garbled answer: {e}"))),
				},
				Ok(Err(e)) => Err(EngineError::WorkerDied(describe_exit(&mut running.child, e))),
				Err(mpsc::RecvTimeoutError::Timeout) => {
					Err(EngineError::Timeout(self.config.deadline))
				}
				Err(mpsc::RecvTimeoutError::Disconnected) => Err(EngineError::WorkerDied(
					describe_exit(&mut running.child, std::io::Error::other("closed")),
				)),
			},
		};
		match outcome {
			Ok(WorkResponse::Output(out)) => Ok(out),
			Ok(WorkResponse::MalformedModel(e)) => Err(EngineError::MalformedModel(e)),
			Ok(WorkResponse::InputMismatch(e)) => Err(EngineError::InputMismatch(e)),
			Ok(WorkResponse::UnsupportedType(e)) => Err(EngineError::UnsupportedType(e)),
			Ok(WorkResponse::Timeout) => Err(EngineError::Timeout(self.config.deadline)),
			Ok(WorkResponse::Failed(e)) => Err(EngineError::Inference(e)),
			Err(e) => {
				// The worker is dead or stuck: kill it; the next request starts a new one.
				if let Some(mut r) = guard.take() {
					let _ = r.child.kill();
					let _ = r.child.wait();
				}
				Err(e)
			}
		}
	}
}

impl Drop for Worker {
	fn drop(&mut self) {
		if let Ok(mut g) = self.running.lock() {
			if let Some(mut r) = g.take() {
				let _ = r.child.kill();
				let _ = r.child.wait();
			}
		}
	}
}

fn describe_exit(child: &mut Child, e: std::io::Error) -> String {
	let status = child.wait().map(|s| s.to_string()).unwrap_or_else(|_| "unknown status".into());
	format!("the worker exited ({status}) while reading its answer: {e}")
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_request_encoded_from_references_is_a_work_request() {
		let io = IoSpec { inputs: Default::default(), outputs: Default::default() };
		let owned = WorkRequest {
			model_hash: [3; 32],
			model_path: b"/m/x.onnx".to_vec(),
			io: Some(io.clone()),
			check: Some((vec![9, 9], 1_000)),
			input: vec![1, 2, 3],
		};
		let borrowed = encode_request(
			&owned.model_hash,
			&owned.model_path,
			Some(&io),
			Some((&[9, 9], 1_000)),
			&owned.input,
		);
		assert_eq!(borrowed, owned.encode());
	}

	#[test]
	fn a_request_decodes_without_copying_its_input() {
		let request = WorkRequest {
			model_hash: [5; 32],
			model_path: b"/models/m.onnx".to_vec(),
			io: None,
			check: None,
			input: (0..=255).collect(),
		};
		let frame = request.encode();
		let borrowed = BorrowedRequest::decode(&frame).expect("decodes");
		assert_eq!(borrowed.model_hash, request.model_hash);
		assert_eq!(borrowed.model_path, request.model_path);
		assert_eq!(borrowed.io, None);
		assert_eq!(borrowed.input, &request.input[..]);
		assert_eq!(
			borrowed.input.as_ptr(),
			frame[frame.len() - 256..].as_ptr(),
			"a view of the frame"
		);

		let mut longer = frame.clone();
		longer.push(0);
		assert!(BorrowedRequest::decode(&longer).is_err(), "trailing bytes are refused");
		assert!(BorrowedRequest::decode(&frame[..frame.len() - 1]).is_err(), "a cut input too");
	}
}
