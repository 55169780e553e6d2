//! End to end: a `--dev` node serves inference. `verity-node demo-job` (what `scripts/dev`
//! runs) has Eve register the digits demo model (served from a `file://` URI) as the client's
//! `setup` does — 1 VRT royalty per job, 70 % to Dave and 30 % to Eve —, Alice register as its
//! provider, and Bob submit a job; Alice's
//! off-chain worker runs the model, commits and reveals. This test then reads the chain over
//! JSON-RPC: the stored result is exactly Python onnxruntime's output, the provider and the
//! royalty beneficiaries were paid, and the treasury got the protocol fee. The node's
//! Prometheus endpoint counted the job, and its log has a line for each phase.

mod common;

use common::{metric, Node};
use sp_keyring::Sr25519Keyring;
use std::{path::PathBuf, process::Command, time::Duration};
use verity_primitives::tensor::encode_tensors;
use verity_runtime::{Runtime, RuntimeEvent, UNIT};

type Hash = sp_core::H256;

fn models_dir() -> PathBuf {
	// The run-time value: a binary built from another clone sharing the target directory
	// would otherwise read that clone's files.
	PathBuf::from(
		std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into()),
	)
	.join("../offchain-worker/models")
	.canonicalize()
	.unwrap()
}

fn events_at(node: &Node, block: u64) -> Vec<RuntimeEvent> {
	node.client(|c| c.events(block)).unwrap_or_else(|e| panic!("events of block {block}: {e}"))
}

fn free_balance(node: &Node, account: &sp_runtime::AccountId32) -> u128 {
	node.client(|c| c.free_balance(account)).unwrap_or_else(|e| panic!("balance: {e}"))
}

fn completed_jobs(node: &Node) -> Vec<(u64, Hash)> {
	let best = node.best_and_finalized().map(|b| b.0).unwrap_or_default();
	(1..=best)
		.flat_map(|n| events_at(node, n))
		.filter_map(|e| match e {
			RuntimeEvent::Jobs(pallet_jobs::Event::JobCompleted { job, output_hash, .. }) => {
				Some((job, output_hash))
			}
			_ => None,
		})
		.collect()
}

#[test]
fn a_dev_node_serves_a_job_end_to_end() {
	let models = models_dir();
	let read = |f: &str| verity_engine::files::read_tensor(&models.join(f)).unwrap();
	let expected =
		encode_tensors(&[read("digits.one.label.npy"), read("digits.one.probabilities.npy")]);

	// Detailed output shows each line's level.
	let model_dir = models_dir();
	let node = Node::start(
		"dev-inference",
		&["--dev", "--tmp", "--detailed-log-output", "--model-dir", model_dir.to_str().unwrap()],
	);
	node.wait_for("block 1", Duration::from_secs(180), |n| {
		n.best_and_finalized().filter(|(b, _)| *b >= 1)
	});
	let balance = |k: Sr25519Keyring| free_balance(&node, &k.to_account_id());
	let treasury = verity_runtime::configs::TreasuryAccount::get();
	let before = (balance(Sr25519Keyring::Dave), free_balance(&node, &treasury));

	let demo = Command::new(env!("CARGO_BIN_EXE_verity-node"))
		.args(["demo-job", "--rpc-port", &node.rpc_port.to_string(), "--timeout-secs", "120"])
		.arg("--models")
		.arg(models_dir())
		.output()
		.expect("demo-job runs");
	let stdout = String::from_utf8_lossy(&demo.stdout);
	eprintln!("{stdout}");
	assert!(
		demo.status.success(),
		"demo-job failed: {}\n--- node log ---\n{}",
		String::from_utf8_lossy(&demo.stderr),
		node.log_tail(40)
	);
	assert!(stdout.contains("job 0 completed"), "{stdout}");

	assert_eq!(
		completed_jobs(&node),
		vec![(0, Hash::from(sp_crypto_hashing::blake2_256(&expected)))]
	);
	let result_key = pallet_jobs::Results::<Runtime>::hashed_key_for(0);
	let output: Vec<u8> = node
		.client(|c| c.storage(&result_key, None))
		.expect("the result is readable")
		.expect("job 0 has a result");
	assert_eq!(output, expected, "the stored result is Python onnxruntime's output, byte for byte");

	// Royalty 1 VRT, 70 % to Dave and 30 % to Eve (who also paid for registering the model, so
	// hers is read from the escrow's transfers); 5% protocol fee of Alice's 2 VRT price.
	assert_eq!(balance(Sr25519Keyring::Dave), before.0 + UNIT * 7 / 10);
	let eve = Sr25519Keyring::Eve.to_account_id();
	let best = node.best_and_finalized().map(|b| b.0).unwrap_or_default();
	let to_eve: u128 = (1..=best)
		.flat_map(|n| events_at(&node, n))
		.filter_map(|e| match e {
			RuntimeEvent::Balances(pallet_balances::Event::TransferOnHold {
				dest, amount, ..
			}) if dest == eve => Some(amount),
			_ => None,
		})
		.sum();
	assert_eq!(to_eve, UNIT * 3 / 10, "Eve's share of the royalty, from the job's escrow");
	assert_eq!(free_balance(&node, &treasury), before.1 + UNIT / 10);
	assert!(stdout.contains("paid: provider 2.000000 VRT"), "{stdout}");

	check_metrics(&node);
	check_job_log(&node);
	assert!(node.stop().success());
}

/// The node's Prometheus endpoint counts the job's life: Alice's worker saw one job, ran one
/// inference, found the model in its `--model-dir` (its `file://` URI points there; nothing is
/// fetched or copied into the cache), submitted one commit and one reveal, and nothing failed.
fn check_metrics(node: &Node) {
	let text = node.metrics().expect("the node serves /metrics");
	let value = |name: &str, labels: &[(&str, &str)]| {
		metric(&text, name, labels).unwrap_or_else(|| panic!("no {name} {labels:?} in\n{text}"))
	};
	assert_eq!(value("verity_inference_available", &[]), 1.0);
	assert_eq!(value("verity_jobs_seen_total", &[]), 1.0);
	assert_eq!(value("verity_inferences_total", &[("result", "ok")]), 1.0);
	assert_eq!(value("verity_inference_duration_seconds_count", &[]), 1.0);
	let seconds = value("verity_inference_duration_seconds_sum", &[]);
	assert!(seconds > 0.0 && seconds < 30.0, "inference took {seconds} s");
	assert_eq!(value("verity_model_cache_misses_total", &[]), 0.0);
	assert_eq!(value("verity_model_cache_hits_total", &[]), 1.0);
	assert_eq!(value("verity_model_fetched_bytes_total", &[]), 0.0);
	assert_eq!(value("verity_model_cache_bytes", &[]), 0.0);
	assert_eq!(value("verity_commits_submitted_total", &[]), 1.0);
	assert_eq!(value("verity_reveals_submitted_total", &[]), 1.0);
	// Every kind is exported from the start, and none counted.
	assert_eq!(
		metric(&text, "verity_offchain_errors_total", &[]),
		Some(0.0),
		"no error of any kind"
	);
	assert_eq!(
		metric(&text, "verity_offchain_errors_total", &[("kind", "pool_refused")]),
		Some(0.0)
	);
	assert_eq!(metric(&text, "verity_job_failures_total", &[("kind", "timeout")]), Some(0.0));
	check_monitored_series(&text);
}

/// Every series that docker/monitoring's alert rules and Grafana dashboards name is one this
/// node exports: a renamed metric fails here, not silently in a validator's monitoring.
fn check_monitored_series(text: &str) {
	let dir = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into());
	let root = std::path::Path::new(&dir).join("../docker/monitoring");
	let mut files = vec![root.join("alerts.yml")];
	let dashboards = root.join("grafana/dashboards");
	for entry in std::fs::read_dir(&dashboards).expect("docker/monitoring/grafana/dashboards") {
		files.push(entry.expect("a dashboard").path());
	}
	let exported: std::collections::BTreeSet<&str> = text
		.lines()
		.filter(|l| !l.starts_with('#'))
		.filter_map(|l| l.split(['{', ' ']).next())
		.collect();
	let mut named = std::collections::BTreeSet::new();
	for file in &files {
		let body = std::fs::read_to_string(file).expect("a monitoring file");
		let bytes = body.as_bytes();
		for prefix in ["verity_", "substrate_"] {
			for (at, _) in body.match_indices(prefix) {
				let ident = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_';
				if at > 0 && (ident(bytes[at - 1]) || bytes[at - 1].is_ascii_uppercase()) {
					continue;
				}
				let end = body[at..].find(|c: char| !ident(c as u8)).map_or(body.len(), |e| at + e);
				// `verity_*` in prose names a family, not a series.
				if !body[at..end].ends_with('_') {
					named.insert((body[at..end].to_string(), file.clone()));
				}
			}
		}
	}
	assert!(named.len() >= 10, "the monitoring names too few series: {named:?}");
	let missing: Vec<_> = named.iter().filter(|(n, _)| !exported.contains(n.as_str())).collect();
	assert!(missing.is_empty(), "series named by docker/monitoring that the node does not export: {missing:?}\nexported: {exported:?}");
}

/// One `info` line per phase of job 0, in order, each naming the job, and no secret in the log.
fn check_job_log(node: &Node) {
	let log = node.log_tail(usize::MAX);
	let mut from = 0;
	for phase in [
		"job 0: submitted for model 0",
		"job 0: committee drawn, 1 seat(s) for 1 provider(s)",
		"job 0: assigned to local provider",
		"job 0: inference done",
		"job 0: commit submitted",
		// An audited job (the default tier): Alice is the dev chain's only provider, so the
		// audit drawn for her (new, so certain) finds nobody to audit her.
		"job 0: the primary committed; whether it is audited is drawn in block",
		"job 0: audit drawn with probability 100%: NoAuditors",
		"job 0: commits closed with 1 seat(s)",
		"job 0: reveal submitted",
		"job 0: completed, 1 of 1 drawn seat(s) agreed",
	] {
		let Some(at) = log[from..].find(phase) else {
			panic!("no \"{phase}\" after the previous phase in the node's log:\n{log}")
		};
		let line_start = log[..from + at].rfind('\n').map_or(0, |i| i + 1);
		let line = log[line_start..].lines().next().unwrap_or_default();
		assert!(line.contains(" INFO "), "not at info level: {line}");
		from += at + phase.len();
	}
	let dev_phrase = sp_core::crypto::DEV_PHRASE;
	assert!(!log.contains(dev_phrase), "the dev seed phrase is in the log");
}
