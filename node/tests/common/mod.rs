//! Helpers for end-to-end tests: start `verity-node` processes on free loopback ports, talk
//! JSON-RPC to them through the node's own client (`verity_node::chain_client`, jsonrpsee),
//! and stop them cleanly (or kill them if a test fails).

#![allow(dead_code)]

use serde_json::Value;
use std::{
	io::{BufRead, BufReader, Read, Write},
	net::{TcpListener, TcpStream},
	path::PathBuf,
	process::{Child, Command, ExitStatus, Stdio},
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};
use verity_node::chain_client::ChainClient;

/// A port on 127.0.0.1 that nothing listens on right now.
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|l| l.local_addr())
		.map(|a| a.port())
		.expect("the OS hands out a free loopback port")
}

/// A running node; killed on drop if the test did not stop it.
pub struct Node {
	pub name: String,
	pub rpc_port: u16,
	pub p2p_port: u16,
	pub prometheus_port: u16,
	child: Option<Child>,
	log: Arc<Mutex<Vec<String>>>,
	client: Mutex<Option<ChainClient>>,
}

impl Node {
	/// Starts `verity-node` with `args` plus loopback-only RPC, P2P and Prometheus ports.
	pub fn start(name: &str, args: &[&str]) -> Node {
		let (rpc_port, p2p_port, prometheus_port) = (free_port(), free_port(), free_port());
		let mut cmd = Command::new(env!("CARGO_BIN_EXE_verity-node"));
		cmd.args(args)
			.args(["--rpc-port", &rpc_port.to_string()])
			.args(["--listen-addr", &format!("/ip4/127.0.0.1/tcp/{p2p_port}")])
			.args(["--prometheus-port", &prometheus_port.to_string()])
			.args(["--name", name, "--no-telemetry", "--no-mdns"])
			.stdin(Stdio::null())
			.stdout(Stdio::null())
			.stderr(Stdio::piped());
		let mut child = cmd.spawn().expect("verity-node starts");
		let log = Arc::new(Mutex::new(Vec::new()));
		let stderr = child.stderr.take().expect("stderr is piped");
		let sink = log.clone();
		std::thread::spawn(move || {
			for line in BufReader::new(stderr).lines().map_while(Result::ok) {
				if let Ok(mut l) = sink.lock() {
					l.push(line);
				}
			}
		});
		Node {
			name: name.into(),
			rpc_port,
			p2p_port,
			prometheus_port,
			child: Some(child),
			log,
			client: Mutex::new(None),
		}
	}

	/// The node's log so far (stderr), for failure messages.
	pub fn log_tail(&self, lines: usize) -> String {
		let log = self.log.lock().map(|l| l.clone()).unwrap_or_default();
		log[log.len().saturating_sub(lines)..].join("\n")
	}

	/// Runs `f` with a client connected to the node's RPC port (connecting on first use, and
	/// again after the node dropped the connection).
	pub fn client<T>(
		&self,
		f: impl FnOnce(&ChainClient) -> Result<T, String>,
	) -> Result<T, String> {
		let mut client = self.client.lock().map_err(|e| e.to_string())?;
		if !client.as_ref().is_some_and(ChainClient::is_connected) {
			*client = Some(ChainClient::connect(self.rpc_port)?);
		}
		client.as_ref().map_or_else(|| Err("no client".into()), f)
	}

	/// Calls a JSON-RPC method with positional `params` (a JSON array) and returns its
	/// `result`, or the error as `Err`.
	pub fn rpc(&self, method: &str, params: Value) -> Result<Value, String> {
		let params = match params {
			Value::Array(params) => params,
			Value::Null => vec![],
			other => vec![other],
		};
		self.client(|c| c.call(method, params))
	}

	/// Calls `method` until `check` accepts its result or `timeout` passes.
	pub fn wait_for<T>(
		&self,
		what: &str,
		timeout: Duration,
		mut check: impl FnMut(&Node) -> Option<T>,
	) -> T {
		let start = Instant::now();
		loop {
			if let Some(t) = check(self) {
				return t;
			}
			if start.elapsed() > timeout {
				panic!(
					"{}: timed out after {:?} waiting for {what}\n--- node log ---\n{}",
					self.name,
					timeout,
					self.log_tail(40)
				);
			}
			std::thread::sleep(Duration::from_millis(500));
		}
	}

	/// The number of the best and of the finalized block.
	pub fn best_and_finalized(&self) -> Option<(u64, u64)> {
		self.client(ChainClient::best_and_finalized).ok()
	}

	/// The node's Prometheus metrics, in the text exposition format. Asked up to three times a
	/// second apart: the endpoint may close a connection before answering while the node is
	/// busy (seen once in the test command).
	pub fn metrics(&self) -> Result<String, String> {
		let mut last = String::new();
		for _ in 0..3 {
			match self.metrics_once() {
				Ok(text) => return Ok(text),
				Err(e) => last = e,
			}
			std::thread::sleep(Duration::from_secs(1));
		}
		Err(last)
	}

	fn metrics_once(&self) -> Result<String, String> {
		let mut stream =
			TcpStream::connect(("127.0.0.1", self.prometheus_port)).map_err(|e| e.to_string())?;
		stream.set_read_timeout(Some(Duration::from_secs(30))).map_err(|e| e.to_string())?;
		write!(
			stream,
			"GET /metrics HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
			self.prometheus_port
		)
		.map_err(|e| e.to_string())?;
		let mut response = String::new();
		stream.read_to_string(&mut response).map_err(|e| e.to_string())?;
		let (head, body) = response.split_once("\r\n\r\n").ok_or("no HTTP body")?;
		if !head.starts_with("HTTP/1.1 200") {
			return Err(head.into());
		}
		Ok(body.into())
	}

	/// Sends SIGTERM and waits for a clean exit.
	pub fn stop(mut self) -> ExitStatus {
		let mut child = self.child.take().expect("a running node");
		let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
		let start = Instant::now();
		loop {
			if let Ok(Some(status)) = child.try_wait() {
				return status;
			}
			if start.elapsed() > Duration::from_secs(60) {
				let _ = child.kill();
				panic!("{}: did not stop within 60s of SIGTERM", self.name);
			}
			std::thread::sleep(Duration::from_millis(100));
		}
	}
}

impl Drop for Node {
	fn drop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

/// A fresh, empty directory under the system temp dir for a node's base path.
pub fn temp_dir(name: &str) -> PathBuf {
	let dir = std::env::temp_dir().join(format!(
		"verity-e2e-{}-{}-{}",
		name,
		std::process::id(),
		free_port()
	));
	let _ = std::fs::remove_dir_all(&dir);
	std::fs::create_dir_all(&dir).expect("temp dir");
	dir
}

/// The value of the sample `name` in Prometheus text `metrics` whose labels include every
/// `key="value"` of `labels`; samples that match are added up. `None` if there is none.
pub fn metric(metrics: &str, name: &str, labels: &[(&str, &str)]) -> Option<f64> {
	let mut found = None;
	for line in metrics.lines().filter(|l| !l.starts_with('#')) {
		let Some((series, value)) = line.rsplit_once(' ') else { continue };
		let (series_name, series_labels) = match series.split_once('{') {
			Some((n, l)) => (n, l.trim_end_matches('}')),
			None => (series, ""),
		};
		if series_name != name {
			continue;
		}
		if labels.iter().all(|(k, v)| series_labels.split(',').any(|l| l == format!("{k}=\"{v}\"")))
		{
			let v: f64 = value.parse().ok()?;
			found = Some(found.unwrap_or(0.0) + v);
		}
	}
	found
}
