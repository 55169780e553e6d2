//! Command-line interface.

use sc_cli::RunCmd;

/// verity-node's command line.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: RunCmd,

	#[clap(flatten)]
	pub inference: crate::inference::InferenceParams,
}

/// The sub-commands besides running the node.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys into the node's keystore.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Export a chain specification (`--chain dev|local|<file>`) as JSON.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Make a network's chain spec from the `production` preset and the founders' JSON patch
	/// (validators, session keys, endowments); development keys are refused.
	ProductionSpec(crate::production_spec::ProductionSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database meta columns information.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Run one inference with the node's engine and print the canonical output and its hash.
	Infer(crate::inference::InferCmd),

	/// Time inference on the off-chain worker's path (host function, worker process) and
	/// in process, with a warm session (see scripts/bench).
	BenchInference(crate::bench_inference::BenchInferenceCmd),

	/// Settle one demo job on a running dev chain and print the result and payouts.
	DemoJob(crate::demo::DemoJobCmd),

	/// Check a job's receipt offline against the hash of a finalized block you trust.
	VerifyReceipt(crate::receipt::VerifyReceiptCmd),

	/// Benchmark the runtime's pallets (`benchmark pallet`; built with the
	/// `runtime-benchmarks` feature, see scripts/bench-weights).
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),

	/// The process the node runs inference in (started by the node itself).
	#[command(hide = true)]
	InferenceWorker(crate::inference::InferenceWorkerCmd),
}
