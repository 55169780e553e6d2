//! verity-node: the Verity chain's node.
#![warn(missing_docs)]

mod chain_spec;
mod cli;
mod command;
mod demo;
mod inference;
mod rpc;
mod service;

fn main() {
	if let Err(e) = command::run() {
		eprintln!("Error: {e}");
		std::process::exit(1);
	}
}
