//! verity-node as a library: the node, its sub-commands, and the JSON-RPC client
//! ([`chain_client`]) that `verity-node demo-job` and the node's end-to-end tests share. The
//! `verity-node` binary is [`command::run`].
#![warn(missing_docs)]
// sc-cli's `Error`, which every command returns, is large by design.
#![allow(clippy::result_large_err)]

mod bench_inference;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod chain_client;
mod chain_spec;
mod cli;
pub mod command;
mod demo;
mod image_input;
mod inference;
mod metrics;
mod production_spec;
mod receipt;
mod rpc;
mod service;
