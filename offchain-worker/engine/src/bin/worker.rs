//! A standalone inference worker (the node uses its own `inference-worker` sub-command):
//! serves the requests of `verity_engine::worker` through the exchange region the node hands it.

fn main() {
	let ort_lib = std::env::args().nth(1).map(Into::into);
	if let Err(e) = verity_engine::worker::serve(ort_lib, Default::default()) {
		eprintln!("inference worker: {e}");
		std::process::exit(1);
	}
}
