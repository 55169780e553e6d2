//! Inference in a supervised worker process.
//!
//! Models are untrusted: a crafted ONNX file can crash ONNX Runtime or run away with memory.
//! So the node runs inference in a child process (the node binary itself, started with the
//! `inference-worker` sub-command), the way polkadot runs parachain validation code in
//! separate workers. The child's address space is bounded with `RLIMIT_AS`; each request has
//! a deadline after which the child is killed. A dead or killed child becomes a named error
//! for that request and is started afresh for the next one; the node goes on.
//!
//! Requests and responses do not cross a pipe: the node writes a [`WorkRequest`] (SCALE)
//! into a memory region it shares with the worker (a sealed memfd), rings the worker's stdin
//! with eight bytes, and the worker decodes the request in place (the input is read where the
//! node wrote it), writes its [`WorkResponse`] into the same region and rings back on stdout.
//! A large input is copied once, into the region, instead of through two pipes in chunks; a
//! small one costs two eight-byte writes and no thread hand-off. The worker cannot reach the
//! node's memory beyond the region, nor shrink it under the node (sealed), and the node
//! decodes a copy of the response, so a worker scribbling on the region can only garble its
//! own answer.

use crate::{Engine, EngineConfig, EngineError};
use codec::{Decode, Encode};
use std::{
	io::{Read, Write},
	path::PathBuf,
	process::{Child, ChildStdin, ChildStdout, Command, Stdio},
	sync::Mutex,
	time::Duration,
};
use verity_primitives::{IoSpec, ModelHash};

/// Largest frame either side accepts.
const MAX_FRAME: u32 = 256 * 1024 * 1024;

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

/// The exchange region shared with a worker: a memfd mapped by both processes, holding one
/// request and then its response. The node makes it, sealed against shrinking (so the worker
/// can never make the node's mapping fault), and hands it to the worker as descriptor
/// [`CHILD_REGION_FD`]; either side grows it when a message does not fit. The pipes carry
/// only doorbells ([`Doorbell`]): the length of the message and the region's size.
struct Region {
	fd: std::os::fd::OwnedFd,
	ptr: *mut u8,
	len: usize,
}

// SAFETY: the mapping is owned by the region and only accessed through `&self`/`&mut self`.
unsafe impl Send for Region {}

/// The worker's descriptor of the exchange region.
pub const CHILD_REGION_FD: libc::c_int = 3;

/// The environment variable that tells a worker its region's descriptor.
pub const REGION_FD_ENV: &str = "VERITY_WORKER_REGION_FD";

/// Size of a new region: a 320×320 image and its detections fit without growing it.
const INITIAL_REGION: usize = 4 << 20;

impl Region {
	/// A new region of `len` bytes, sealed against shrinking.
	fn create(len: usize) -> std::io::Result<Self> {
		use std::os::fd::FromRawFd;
		// SAFETY: a C string literal; the returned descriptor is checked and then owned.
		let fd = unsafe {
			libc::memfd_create(
				c"verity-inference".as_ptr(),
				libc::MFD_CLOEXEC | libc::MFD_ALLOW_SEALING,
			)
		};
		if fd < 0 {
			return Err(std::io::Error::last_os_error());
		}
		// SAFETY: `fd` was just created and is owned by nothing else.
		let fd = unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) };
		let mut region = Self { fd, ptr: std::ptr::null_mut(), len: 0 };
		region.set_file_len(len)?;
		region.seal()?;
		region.map(len)?;
		Ok(region)
	}

	/// The region the node handed this worker as descriptor `fd`, mapped whole.
	fn open(fd: libc::c_int) -> std::io::Result<Self> {
		use std::os::fd::FromRawFd;
		// SAFETY: the node passed this descriptor for the worker to own.
		let fd = unsafe { std::os::fd::OwnedFd::from_raw_fd(fd) };
		let mut region = Self { fd, ptr: std::ptr::null_mut(), len: 0 };
		let len = region.file_len()?;
		region.map(len)?;
		Ok(region)
	}

	fn raw(&self) -> libc::c_int {
		use std::os::fd::AsRawFd;
		self.fd.as_raw_fd()
	}

	fn seal(&self) -> std::io::Result<()> {
		// SAFETY: fcntl on a memfd we own.
		let r = unsafe {
			libc::fcntl(self.raw(), libc::F_ADD_SEALS, libc::F_SEAL_SHRINK | libc::F_SEAL_SEAL)
		};
		if r < 0 {
			return Err(std::io::Error::last_os_error());
		}
		Ok(())
	}

	/// The size of the region's file now (the other side may have grown it).
	fn file_len(&self) -> std::io::Result<usize> {
		// SAFETY: fstat into a zeroed struct on a descriptor we own.
		let mut st: libc::stat = unsafe { std::mem::zeroed() };
		if unsafe { libc::fstat(self.raw(), &mut st) } < 0 {
			return Err(std::io::Error::last_os_error());
		}
		Ok(st.st_size as usize)
	}

	fn set_file_len(&self, len: usize) -> std::io::Result<()> {
		// SAFETY: ftruncate on a memfd we own; sealed against shrinking, so it only grows.
		if unsafe { libc::ftruncate(self.raw(), len as libc::off_t) } < 0 {
			return Err(std::io::Error::last_os_error());
		}
		Ok(())
	}

	/// Maps the first `len` bytes of the file, which holds at least that many.
	fn map(&mut self, len: usize) -> std::io::Result<()> {
		self.unmap();
		// SAFETY: a fresh shared mapping of our descriptor, within the file's size.
		let ptr = unsafe {
			libc::mmap(
				std::ptr::null_mut(),
				len.max(1),
				libc::PROT_READ | libc::PROT_WRITE,
				libc::MAP_SHARED,
				self.raw(),
				0,
			)
		};
		if ptr == libc::MAP_FAILED {
			return Err(std::io::Error::last_os_error());
		}
		self.ptr = ptr.cast();
		self.len = len;
		Ok(())
	}

	fn unmap(&mut self) {
		if !self.ptr.is_null() {
			// SAFETY: the mapping made by `map`, of `len` bytes (at least one).
			unsafe { libc::munmap(self.ptr.cast(), self.len.max(1)) };
			self.ptr = std::ptr::null_mut();
			self.len = 0;
		}
	}

	/// Makes room for `len` bytes: grows the file (doubling) and maps it again.
	fn reserve(&mut self, len: usize) -> std::io::Result<()> {
		if len <= self.len {
			return Ok(());
		}
		if len > MAX_FRAME as usize {
			return Err(std::io::Error::other("message too large"));
		}
		let want = len.next_power_of_two().min(MAX_FRAME as usize).max(len);
		if self.file_len()? < want {
			self.set_file_len(want)?;
		}
		self.map(want)
	}

	/// Maps the region as the other side sized it: `size` bytes, which the file must hold.
	fn follow(&mut self, size: usize) -> std::io::Result<()> {
		if size <= self.len {
			return Ok(());
		}
		if size > MAX_FRAME as usize || self.file_len()? < size {
			return Err(std::io::Error::other("region size out of bounds"));
		}
		self.map(size)
	}

	fn bytes(&self) -> &[u8] {
		// SAFETY: `len` bytes are mapped at `ptr` (or none, when `len` is 0).
		if self.len == 0 {
			return &[];
		}
		unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
	}

	fn bytes_mut(&mut self) -> &mut [u8] {
		if self.len == 0 {
			return &mut [];
		}
		// SAFETY: as `bytes`, and `&mut self` is the only access from this process.
		unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
	}
}

impl Drop for Region {
	fn drop(&mut self) {
		self.unmap();
	}
}

/// What crosses a pipe: a message of `len` bytes is at the start of the region, which is
/// `size` bytes now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Doorbell {
	len: u32,
	size: u32,
}

impl Doorbell {
	const BYTES: usize = 8;

	fn write(self, w: &mut impl Write) -> std::io::Result<()> {
		let mut b = [0u8; Self::BYTES];
		b[..4].copy_from_slice(&self.len.to_le_bytes());
		b[4..].copy_from_slice(&self.size.to_le_bytes());
		// Eight bytes, below PIPE_BUF: one atomic write.
		w.write_all(&b)?;
		w.flush()
	}

	fn read(r: &mut impl Read) -> std::io::Result<Self> {
		let mut b = [0u8; Self::BYTES];
		r.read_exact(&mut b)?;
		let word = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
		let bell = Self { len: word(0), size: word(4) };
		if bell.len > bell.size || bell.size > MAX_FRAME {
			return Err(std::io::Error::other("doorbell out of bounds"));
		}
		Ok(bell)
	}
}

/// SCALE output into a region, from its start.
struct RegionWriter<'a> {
	bytes: &'a mut [u8],
	at: usize,
}

impl codec::Output for RegionWriter<'_> {
	fn write(&mut self, data: &[u8]) {
		let end = self.at.saturating_add(data.len());
		// Sized beforehand by `encoded_size`; a longer message is cut, and refused when read.
		if let Some(dest) = self.bytes.get_mut(self.at..end) {
			dest.copy_from_slice(data);
		}
		self.at = end;
	}
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

/// The worker's main loop: serves the requests the node rings for on stdin, until it closes.
/// The exchange region is the descriptor named by [`REGION_FD_ENV`].
pub fn serve(ort_lib: Option<PathBuf>, config: EngineConfig) -> Result<(), EngineError> {
	crate::runtime::init(ort_lib.as_deref())?;
	let fd = std::env::var(REGION_FD_ENV)
		.ok()
		.and_then(|v| v.parse::<libc::c_int>().ok())
		.ok_or_else(|| EngineError::WorkerDied(format!("{REGION_FD_ENV} is not set")))?;
	let mut region = Region::open(fd)?;
	let engine = Engine::new(config);
	let (mut input, mut output) = (std::io::stdin().lock(), std::io::stdout().lock());
	while let Ok(bell) = Doorbell::read(&mut input) {
		region.follow(bell.size as usize)?;
		let request = region.bytes().get(..bell.len as usize).unwrap_or_default();
		let response = match BorrowedRequest::decode(request) {
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
		let len = response.encoded_size();
		region.reserve(len)?;
		response.encode_to(&mut RegionWriter { bytes: region.bytes_mut(), at: 0 });
		Doorbell { len: len as u32, size: region.len as u32 }.write(&mut output)?;
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
	stdout: ChildStdout,
	region: Region,
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
		let region = Region::create(INITIAL_REGION).map_err(|e| {
			EngineError::WorkerDied(format!("cannot make the exchange region: {e}"))
		})?;
		let mut cmd = Command::new(program);
		cmd.args(args)
			.env(REGION_FD_ENV, CHILD_REGION_FD.to_string())
			.stdin(Stdio::piped())
			.stdout(Stdio::piped())
			.stderr(Stdio::inherit());
		let limit = self.config.memory_limit;
		let region_fd = region.raw();
		// SAFETY: between fork and exec only async-signal-safe calls are made (setrlimit,
		// dup2, fcntl).
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
				// The region as descriptor 3, kept open across exec (dup2 clears close-on-exec;
				// when it is 3 already, clear the flag itself).
				let kept = if region_fd == CHILD_REGION_FD {
					libc::fcntl(region_fd, libc::F_SETFD, 0)
				} else {
					libc::dup2(region_fd, CHILD_REGION_FD)
				};
				if kept < 0 {
					return Err(std::io::Error::last_os_error());
				}
				Ok(())
			});
		}
		let mut child = cmd
			.spawn()
			.map_err(|e| EngineError::WorkerDied(format!("cannot start {program}: {e}")))?;
		let stdin = child.stdin.take().ok_or_else(|| EngineError::WorkerDied("no stdin".into()))?;
		let stdout =
			child.stdout.take().ok_or_else(|| EngineError::WorkerDied("no stdout".into()))?;
		Ok(Running { child, stdin, stdout, region })
	}

	/// Runs one request in the worker. A worker that dies, or misses the deadline (and is
	/// killed), yields [`EngineError::WorkerDied`] or [`EngineError::Timeout`].
	pub fn run(&self, request: &WorkRequest) -> Result<Vec<u8>, EngineError> {
		self.run_encoded(&request.encode())
	}

	/// [`Self::run`] with the request already SCALE-encoded (see [`encode_request`]).
	pub fn run_encoded(&self, request: &[u8]) -> Result<Vec<u8>, EngineError> {
		self.exchange(request.len(), |out| codec::Output::write(out, request))
	}

	/// [`Self::run`] from references to the request's fields: encoded straight into the
	/// exchange region, so a large input is copied once.
	pub fn run_parts(
		&self,
		model_hash: &ModelHash,
		model_path: &[u8],
		io: Option<&IoSpec>,
		check: Option<(&[u8], u32)>,
		input: &[u8],
	) -> Result<Vec<u8>, EngineError> {
		let parts = (model_hash, model_path, io, check, input);
		self.exchange(parts.encoded_size(), |out| parts.encode_to(out))
	}

	/// Writes a request of `len` bytes into the region with `encode`, rings the worker and
	/// waits for its answer until the deadline.
	fn exchange(
		&self,
		len: usize,
		encode: impl FnOnce(&mut RegionWriter),
	) -> Result<Vec<u8>, EngineError> {
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
		let outcome = Self::ask(running, len, encode, self.config.deadline);
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

	/// One request and its response through `running`'s region.
	fn ask(
		running: &mut Running,
		len: usize,
		encode: impl FnOnce(&mut RegionWriter),
		deadline: Duration,
	) -> Result<WorkResponse, EngineError> {
		let died = |what: &str, e: std::io::Error| EngineError::WorkerDied(format!("{what}: {e}"));
		running.region.reserve(len).map_err(|e| died("growing the exchange region", e))?;
		let mut writer = RegionWriter { bytes: running.region.bytes_mut(), at: 0 };
		encode(&mut writer);
		let bell = Doorbell { len: len as u32, size: running.region.len as u32 };
		bell.write(&mut running.stdin).map_err(|e| died("ringing the worker", e))?;
		if !Self::answered_within(&running.stdout, deadline)? {
			return Err(EngineError::Timeout(deadline));
		}
		let answer = match Doorbell::read(&mut running.stdout) {
			Ok(answer) => answer,
			Err(e) => return Err(EngineError::WorkerDied(describe_exit(&mut running.child, e))),
		};
		running
			.region
			.follow(answer.size as usize)
			.map_err(|e| died("following the exchange region", e))?;
		// A copy: the worker could still write to the region while it is decoded.
		let frame = running.region.bytes().get(..answer.len as usize).unwrap_or_default().to_vec();
		codec::DecodeAll::decode_all(&mut &frame[..])
			.map_err(|e| EngineError::WorkerDied(format!("garbled answer: {e}")))
	}

	/// Waits until the worker rings back (or closes its end) or `deadline` passes.
	fn answered_within(stdout: &ChildStdout, deadline: Duration) -> Result<bool, EngineError> {
		use std::os::fd::AsRawFd;
		let until = std::time::Instant::now() + deadline;
		loop {
			let left = until.saturating_duration_since(std::time::Instant::now());
			let ms = libc::c_int::try_from(left.as_millis().saturating_add(1))
				.unwrap_or(libc::c_int::MAX);
			let mut pfd = libc::pollfd { fd: stdout.as_raw_fd(), events: libc::POLLIN, revents: 0 };
			// SAFETY: poll on one descriptor we own, with a valid pollfd.
			let n = unsafe { libc::poll(&mut pfd, 1, ms) };
			if n > 0 {
				return Ok(true);
			}
			if n < 0 {
				let e = std::io::Error::last_os_error();
				if e.kind() != std::io::ErrorKind::Interrupted {
					return Err(EngineError::WorkerDied(format!("waiting for the worker: {e}")));
				}
			}
			if left.is_zero() {
				return Ok(false);
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
