//! `verity-node verify-receipt`: checks a job's receipt offline, trusting nothing but the hash
//! of a finalized block.
//!
//! A receipt (`cli.js receipt`, or the dApp's job page) carries a block header and a storage
//! proof made by a node at that block: the trie nodes from the header's state root down to the
//! job (`jobs.jobs`), its result (`jobs.results` or `jobs.storedResults`) and its model
//! (`models.models`). The check needs no node: the header must hash to the block the user
//! trusts (`--block`), the proof must lead from its state root to those entries, and what they
//! hold must be what the receipt says — the job completed, its model and that model's content
//! hash, its input hash, its committee and its output. A node that served a receipt can forge
//! none of it without forging the block.

use codec::Decode;
use serde::Deserialize;
use sp_core::{crypto::Ss58Codec, H256};
use sp_runtime::traits::{BlakeTwo256, Header as _};
use std::path::PathBuf;
use verity_runtime::{Header, Runtime};

/// Checks a job's receipt against a finalized block you trust.
#[derive(Debug, clap::Parser)]
pub struct VerifyReceiptCmd {
	/// The receipt (JSON: `node cli.js receipt JOB --out FILE`, or the dApp's job page).
	pub receipt: PathBuf,
	/// The hash of a finalized block you trust (from your own node, a light client, or
	/// anyone you trust): the receipt must be proven at this block.
	#[arg(long)]
	pub block: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Seat {
	provider: String,
	role: String,
	seats: u32,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct StoredOutput {
	hash: String,
	len: u32,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Block {
	number: u32,
	hash: String,
	header: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Receipt {
	job: u64,
	model: u32,
	model_hash: String,
	input_hash: String,
	output: Option<String>,
	stored_output: Option<StoredOutput>,
	committee: Vec<Seat>,
	block: Block,
	proof: Vec<String>,
}

fn bytes(hex: &str, what: &str) -> Result<Vec<u8>, String> {
	sp_core::bytes::from_hex(hex).map_err(|_| format!("{what} is not hex: {hex:.20}…"))
}

fn hash32(hex: &str, what: &str) -> Result<[u8; 32], String> {
	bytes(hex, what)?.try_into().map_err(|_| format!("{what} is not 32 bytes"))
}

/// What a verified receipt shows.
#[derive(Debug, PartialEq, Eq)]
pub struct Verified {
	pub job: u64,
	pub block: u32,
	pub completed_at: u32,
	pub output_len: usize,
}

/// Verifies the receipt `json` against the block hash `trusted`.
pub fn verify(json: &str, trusted: &str) -> Result<Verified, String> {
	let r: Receipt = serde_json::from_str(json).map_err(|e| format!("not a receipt: {e}"))?;
	let trusted = H256(hash32(trusted, "--block")?);
	let header = Header::decode(&mut &bytes(&r.block.header, "the header")?[..])
		.map_err(|e| format!("the receipt's header does not decode: {e}"))?;
	let hash = header.hash();
	if hash != trusted {
		return Err(format!(
			"the receipt's header is block {hash:?}, not the block you trust ({trusted:?})"
		));
	}
	if H256(hash32(&r.block.hash, "block.hash")?) != hash || r.block.number != header.number {
		return Err("the receipt names another block than its header".into());
	}

	let job_key = pallet_jobs::Jobs::<Runtime>::hashed_key_for(r.job);
	let result_key = pallet_jobs::Results::<Runtime>::hashed_key_for(r.job);
	let stored_key = pallet_jobs::StoredResults::<Runtime>::hashed_key_for(r.job);
	let model_key = pallet_models::Models::<Runtime>::hashed_key_for(r.model);
	let nodes = r.proof.iter().map(|n| bytes(n, "a proof node")).collect::<Result<Vec<_>, _>>()?;
	let proof = sp_state_machine::StorageProof::new(nodes);
	let values = sp_state_machine::read_proof_check::<BlakeTwo256, _>(
		*header.state_root(),
		proof,
		[&job_key, &result_key, &stored_key, &model_key],
	)
	.map_err(|e| format!("the proof does not lead from block {hash:?}'s state root: {e}"))?;
	let value = |key: &Vec<u8>| values.get(key).cloned().flatten();

	let job = value(&job_key)
		.ok_or_else(|| format!("job {} is not in the state of block {hash:?}", r.job))?;
	let job = pallet_jobs::JobOf::<Runtime>::decode(&mut &job[..])
		.map_err(|e| format!("the job's entry does not decode: {e}"))?;
	let pallet_jobs::Phase::Completed { at } = job.phase else {
		return Err(format!("job {} is not completed at block {hash:?} ({:?})", r.job, job.phase));
	};
	if job.model != r.model {
		return Err(format!("job {} ran model {}, not {}", r.job, job.model, r.model));
	}
	if job.input_hash.0 != hash32(&r.input_hash, "inputHash")? {
		return Err("the input hash differs from the job's".into());
	}
	let model = value(&model_key)
		.ok_or_else(|| format!("model {} is not in the state of block {hash:?}", r.model))?;
	let model = pallet_models::ModelInfoOf::<Runtime>::decode(&mut &model[..])
		.map_err(|e| format!("the model's entry does not decode: {e}"))?;
	if model.hash != hash32(&r.model_hash, "modelHash")? {
		return Err("the model hash differs from the registered model's".into());
	}
	let committee: Vec<(String, String, u32)> = job
		.assignments
		.iter()
		.map(|a| (a.provider.to_ss58check(), format!("{:?}", a.role), a.seats))
		.collect();
	let claimed: Vec<(String, String, u32)> =
		r.committee.iter().map(|s| (s.provider.clone(), s.role.clone(), s.seats)).collect();
	if committee != claimed {
		return Err(format!("the committee differs from the job's: {committee:?}"));
	}
	let output_len = match (&r.output, &r.stored_output) {
		(Some(output), None) => {
			let proven = value(&result_key)
				.ok_or_else(|| "the job has no result on chain at that block".to_string())?;
			let proven = Vec::<u8>::decode(&mut &proven[..])
				.map_err(|e| format!("the result does not decode: {e}"))?;
			let output = bytes(output, "output")?;
			if proven != output {
				return Err("the output differs from the result proven at that block".into());
			}
			output.len()
		}
		(None, Some(stored)) => {
			let proven = value(&stored_key)
				.ok_or_else(|| "the job has no stored result at that block".to_string())?;
			let (h, len) = <(H256, u32)>::decode(&mut &proven[..])
				.map_err(|e| format!("the stored result does not decode: {e}"))?;
			if h.0 != hash32(&stored.hash, "storedOutput.hash")? || len != stored.len {
				return Err("the stored output differs from the one proven at that block".into());
			}
			len as usize
		}
		_ => return Err("a receipt has either an output or a stored output".into()),
	};
	Ok(Verified { job: r.job, block: header.number, completed_at: at, output_len })
}

impl VerifyReceiptCmd {
	pub fn run(&self) -> sc_cli::Result<()> {
		let json = std::fs::read_to_string(&self.receipt)
			.map_err(|e| format!("{}: {e}", self.receipt.display()))?;
		let v = verify(&json, &self.block).map_err(|e| format!("receipt REJECTED: {e}"))?;
		println!(
			"receipt verified: job {} completed at block {} with a {}-byte output, proven in the state of block #{} {}",
			v.job, v.completed_at, v.output_len, v.block, self.block
		);
		Ok(())
	}
}
