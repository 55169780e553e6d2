//! End to end: a `--dev` node produces and finalizes blocks, answers JSON-RPC with the chain's
//! name and token properties, and stops cleanly on SIGTERM — here without ONNX Runtime (a
//! wrong `--ort-lib`): it still validates, and says that inference is off in its log and on
//! its Prometheus endpoint.

mod common;

use common::{metric, Node};
use serde_json::json;
use std::time::Duration;

#[test]
fn dev_node_produces_and_finalizes_blocks() {
	let node = Node::start(
		"dev-e2e",
		&["--dev", "--tmp", "--ort-lib", "/nonexistent/libonnxruntime.so.1.31.1"],
	);

	let chain = node.wait_for("the RPC server", Duration::from_secs(180), |n| {
		n.rpc("system_chain", json!([])).ok()
	});
	assert_eq!(chain, json!("Verity Development"));

	let props = node.rpc("system_properties", json!([])).expect("system_properties");
	assert_eq!(props["tokenSymbol"], json!("VRT"));
	assert_eq!(props["tokenDecimals"], json!(12));
	assert_eq!(props["ss58Format"], json!(42));

	let (best, finalized) =
		node.wait_for("block 2 to be finalized", Duration::from_secs(120), |n| {
			n.best_and_finalized().filter(|(_, fin)| *fin >= 2)
		});
	assert!(best >= finalized, "best {best} is behind finalized {finalized}");
	let head = node.rpc("chain_getFinalizedHead", json!([])).expect("finalized head");
	assert!(head.as_str().is_some_and(|h| h.starts_with("0x") && h.len() == 66));
	let runtime = node.rpc("state_getRuntimeVersion", json!([])).expect("runtime version");
	assert_eq!(runtime["specName"], json!("verity"));
	eprintln!("dev node: best #{best}, finalized #{finalized}, finalized head {head}");

	let metrics = node.metrics().expect("the node serves /metrics");
	assert_eq!(metric(&metrics, "verity_inference_available", &[]), Some(0.0), "{metrics}");
	assert!(node.log_tail(usize::MAX).contains("inference is off: ONNX Runtime library not found"));

	let status = node.stop();
	assert!(status.success(), "the node exited with {status} after SIGTERM");
}
