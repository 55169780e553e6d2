//! verity-node: the Verity chain's node.
#![warn(missing_docs)]
// sc-cli's `Error`, which every command returns, is large by design.
#![allow(clippy::result_large_err)]

mod bench_inference;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod demo;
mod image_input;
mod inference;
mod metrics;
mod production_spec;
mod receipt;
mod rpc;
mod service;

fn main() {
	if let Err(e) = command::run() {
		eprintln!("Error: {e}");
		std::process::exit(1);
	}
}
