//! The off-chain worker: on each new best block, for every job assigned to a provider key in
//! this node's keystore, run the model through the node's inference host function, keep the
//! output and a random salt in persistent off-chain storage, and commit; once commits close,
//! reveal. A provider's commits of one run go in one signed `commit_many`, its reveals in one
//! `reveal_many`, so the chain pays one transaction's overhead per provider and block, not
//! per job.
//!
//! Runs may overlap (one per imported block), so each provider account is worked on under a
//! storage lock; what was submitted is recorded, so nothing is submitted twice unless it did
//! not make it on chain within `RESUBMIT_AFTER` blocks; and output and salt survive a node
//! restart between commit and reveal. Nonces are tracked past the on-chain nonce while our
//! own transactions wait in the pool. A job whose inference fails is tried again on the next
//! runs, [`MAX_INFERENCE_ATTEMPTS`] times in all.
//!
//! What the worker keeps of a job is deleted [`FORGET_AFTER`] blocks after the job left the
//! provider's assignments (it ended), so the off-chain database does not grow with every job
//! ever served; the delay keeps it through a short reorg that would bring the job back.
//!
//! The worker logs one `info` line per step of a job (assigned, inference done, commit and
//! reveal submitted) and reports each to the node's metrics through the `report` host
//! function.

use crate::*;
use codec::{Decode, Encode};
use frame_support::pallet_prelude::*;
use frame_system::{
	offchain::{AppCrypto, CreateSignedTransaction, SubmitTransaction},
	pallet_prelude::BlockNumberFor,
};
use sp_runtime::{
	offchain::{
		storage::StorageValueRef,
		storage_lock::{BlockAndTime, StorageLock},
	},
	traits::{IdentifyAccount, One, Saturating},
	RuntimeAppPublic,
};
use verity_inference::{InferenceRequest, WorkerError, WorkerEvent};
use verity_primitives::{JobId, Salt};

/// The key type of providers' inference keys in a node's keystore.
pub const KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"vrty");

/// Blocks after which a commit or reveal that did not land is submitted again.
pub const RESUBMIT_AFTER: u32 = 5;

/// Blocks after a job left a provider's assignments before the worker deletes what it kept of
/// the job (output, salt, attempts).
pub const FORGET_AFTER: u32 = 64;

/// Inferences a provider's worker tries for one job before it gives up on the job.
pub const MAX_INFERENCE_ATTEMPTS: u8 = 3;

/// sr25519 keys of compute providers, under [`KEY_TYPE`].
pub mod crypto {
	use super::KEY_TYPE;
	use sp_runtime::{
		app_crypto::{app_crypto, sr25519},
		MultiSignature, MultiSigner,
	};
	app_crypto!(sr25519, KEY_TYPE);

	/// Signs providers' transactions with their inference key.
	pub struct InferenceAuthId;

	impl frame_system::offchain::AppCrypto<MultiSigner, MultiSignature> for InferenceAuthId {
		type RuntimeAppPublic = Public;
		type GenericSignature = sp_core::sr25519::Signature;
		type GenericPublic = sp_core::sr25519::Public;
	}
}

/// What the worker keeps per (job, provider) in persistent off-chain storage.
#[derive(Clone, PartialEq, Eq, Encode, Decode, Debug)]
pub struct WorkRecord<BlockNumber> {
	pub output: alloc::vec::Vec<u8>,
	pub salt: Salt,
	pub committed_at: Option<BlockNumber>,
	pub revealed_at: Option<BlockNumber>,
}

/// What a provider submits next for one job.
enum Step<T: Config> {
	Commit(sp_core::H256),
	Reveal(BoundedVec<u8, T::MaxOutputLen>, Salt),
}

/// The next nonce we use for an account, and when we set it.
#[derive(Clone, Copy, Encode, Decode)]
struct NonceRecord<Nonce, BlockNumber> {
	next: Nonce,
	at: BlockNumber,
}

fn storage_key(kind: &[u8], rest: impl Encode) -> alloc::vec::Vec<u8> {
	let mut key = b"verity/jobs/".to_vec();
	key.extend_from_slice(kind);
	rest.encode_to(&mut key);
	key
}

/// Where the worker keeps its [`WorkRecord`] of a job for a provider.
fn work_key(job: JobId, account: &impl Encode) -> alloc::vec::Vec<u8> {
	storage_key(b"work/", (job, account))
}

/// Where the worker counts a job's inference attempts for a provider.
fn attempts_key(job: JobId, account: &impl Encode) -> alloc::vec::Vec<u8> {
	storage_key(b"attempts/", (job, account))
}

/// The jobs the worker keeps records of for a provider, each with the block at which it was
/// first seen gone from the provider's assignments.
type KeptJobs<BlockNumber> = alloc::collections::BTreeMap<JobId, Option<BlockNumber>>;

/// Tells the node's metrics what the worker did.
fn report(event: WorkerEvent) {
	verity_inference::inference::report(&event.encode());
}

impl<T: Config> Pallet<T> {
	/// The off-chain worker's entry point.
	pub(crate) fn offchain_work(now: BlockNumberFor<T>) {
		let keys = <T::AuthorityId as AppCrypto<T::Public, T::Signature>>::RuntimeAppPublic::all();
		for key in keys {
			let generic: <T::AuthorityId as AppCrypto<T::Public, T::Signature>>::GenericPublic =
				key.into();
			let public: T::Public = generic.into();
			let account = public.clone().into_account();
			let lock_key = storage_key(b"lock/", &account);
			let mut lock =
				StorageLock::<BlockAndTime<frame_system::Pallet<T>>>::with_block_and_time_deadline(
					&lock_key,
					RESUBMIT_AFTER,
					sp_runtime::offchain::Duration::from_millis(60_000),
				);
			let Ok(_guard) = lock.try_lock() else { continue };
			Self::work_for(&account, &public, now);
		}
	}

	/// The worker's record for a job, if it ran the model already.
	pub fn work_record(
		job: JobId,
		account: &T::AccountId,
	) -> Option<WorkRecord<BlockNumberFor<T>>> {
		StorageValueRef::persistent(&work_key(job, account)).get().ok().flatten()
	}

	/// Works on every job assigned to `account`: runs the models of jobs it has not committed
	/// to yet, then submits all its commits in one `commit_many` and all its reveals in one
	/// `reveal_many` (in chunks of `MaxBatch`).
	fn work_for(account: &T::AccountId, public: &T::Public, now: BlockNumberFor<T>) {
		let mut commits = alloc::vec::Vec::new();
		let mut reveals = alloc::vec::Vec::new();
		let mut assigned = alloc::collections::BTreeSet::new();
		for job_id in ProviderJobs::<T>::iter_key_prefix(account) {
			assigned.insert(job_id);
			match Self::next_step(job_id, account, now) {
				Some(Step::Commit(c)) => commits.push((job_id, c)),
				Some(Step::Reveal(output, salt)) => reveals.push((job_id, output, salt)),
				None => {}
			}
		}
		Self::forget_ended(account, &assigned, now);
		// Oldest jobs first (the index iterates in hash order).
		commits.sort_by_key(|(job, _)| *job);
		reveals.sort_by_key(|(job, ..)| *job);
		let batch = T::MaxBatch::get().max(1) as usize;
		for chunk in commits.chunks(batch) {
			let Ok(items) = BoundedVec::try_from(chunk.to_vec()) else { continue };
			if Self::send(public, account, Call::commit_many { commits: items }, now) {
				report(WorkerEvent::CommitsSubmitted(chunk.len() as u32));
				for (job_id, _) in chunk {
					log::info!(target: "runtime::jobs", "job {job_id}: commit submitted");
					Self::update_record(*job_id, account, |r| r.committed_at = Some(now));
				}
			}
		}
		for chunk in reveals.chunks(batch) {
			let Ok(items) = BoundedVec::try_from(chunk.to_vec()) else { continue };
			if Self::send(public, account, Call::reveal_many { reveals: items }, now) {
				report(WorkerEvent::RevealsSubmitted(chunk.len() as u32));
				for (job_id, ..) in chunk {
					log::info!(target: "runtime::jobs", "job {job_id}: reveal submitted");
					Self::update_record(*job_id, account, |r| r.revealed_at = Some(now));
				}
			}
		}
	}

	/// Keeps the list of jobs with records for `account` up to date with its `assigned` jobs,
	/// and deletes the records of jobs gone from them for [`FORGET_AFTER`] blocks.
	fn forget_ended(
		account: &T::AccountId,
		assigned: &alloc::collections::BTreeSet<JobId>,
		now: BlockNumberFor<T>,
	) {
		let list_key = storage_key(b"kept/", account);
		let list_ref = StorageValueRef::persistent(&list_key);
		let kept: KeptJobs<BlockNumberFor<T>> = list_ref.get().ok().flatten().unwrap_or_default();
		let mut next = KeptJobs::<BlockNumberFor<T>>::new();
		for (job, gone_since) in kept.iter().filter(|(job, _)| !assigned.contains(job)) {
			let since = gone_since.unwrap_or(now);
			if now >= since.saturating_add(FORGET_AFTER.into()) {
				StorageValueRef::persistent(&work_key(*job, account)).clear();
				StorageValueRef::persistent(&attempts_key(*job, account)).clear();
			} else {
				next.insert(*job, Some(since));
			}
		}
		next.extend(assigned.iter().map(|job| (*job, None)));
		if next != kept {
			list_ref.set(&next);
		}
	}

	fn update_record(
		job_id: JobId,
		account: &T::AccountId,
		update: impl FnOnce(&mut WorkRecord<BlockNumberFor<T>>),
	) {
		if let Some(mut record) = Self::work_record(job_id, account) {
			update(&mut record);
			StorageValueRef::persistent(&work_key(job_id, account)).set(&record);
		}
	}

	/// What `account` has to submit for a job now, if anything: running the model first if
	/// it has not yet (output and salt are stored before anything is submitted).
	fn next_step(job_id: JobId, account: &T::AccountId, now: BlockNumberFor<T>) -> Option<Step<T>> {
		let job = Jobs::<T>::get(job_id)?;
		let mine = job.assignments.iter().find(|a| &a.provider == account)?;
		let recent = |at: Option<BlockNumberFor<T>>| {
			at.is_some_and(|b| now < b.saturating_add(RESUBMIT_AFTER.into()))
		};
		match job.phase {
			Phase::Committing { .. } if mine.commitment.is_none() => {
				let record = match Self::work_record(job_id, account) {
					Some(r) => r,
					None => {
						let output = Self::attempt_inference(job_id, &job, account)?;
						log::info!(target: "runtime::jobs", "job {job_id}: inference done ({} bytes)", output.len());
						let r = WorkRecord {
							output,
							salt: sp_io::offchain::random_seed(),
							committed_at: None,
							revealed_at: None,
						};
						StorageValueRef::persistent(&work_key(job_id, account)).set(&r);
						r
					}
				};
				if recent(record.committed_at) {
					return None;
				}
				Some(Step::Commit(verity_primitives::commitment(
					&record.output,
					&record.salt,
					account,
				)))
			}
			Phase::Revealing { .. } if mine.commitment.is_some() && !mine.revealed => {
				let Some(record) = Self::work_record(job_id, account) else {
					log::warn!(target: "runtime::jobs", "job {job_id}: committed but no stored output to reveal");
					report(WorkerEvent::Error(WorkerError::MissingOutput));
					return None;
				};
				if recent(record.revealed_at) {
					return None;
				}
				let Ok(output) = BoundedVec::<u8, T::MaxOutputLen>::try_from(record.output) else {
					log::warn!(target: "runtime::jobs", "job {job_id}: output longer than MaxOutputLen");
					report(WorkerEvent::Error(WorkerError::OutputTooLong));
					return None;
				};
				Some(Step::Reveal(output, record.salt))
			}
			_ => None,
		}
	}

	/// Runs the job's model for `account` unless it failed [`MAX_INFERENCE_ATTEMPTS`] times
	/// already; the first attempt is where the worker first sees the job.
	fn attempt_inference(
		job_id: JobId,
		job: &JobOf<T>,
		account: &T::AccountId,
	) -> Option<alloc::vec::Vec<u8>> {
		let attempts_key = attempts_key(job_id, account);
		let attempts_ref = StorageValueRef::persistent(&attempts_key);
		let attempts: u8 = attempts_ref.get().ok().flatten().unwrap_or(0);
		if attempts >= MAX_INFERENCE_ATTEMPTS {
			return None;
		}
		if attempts == 0 {
			report(WorkerEvent::JobSeen);
			log::info!(target: "runtime::jobs", "job {job_id}: assigned to local provider {}, running model {}", hex_prefix(&account.encode()), job.model);
		}
		attempts_ref.set(&attempts.saturating_add(1));
		let output = Self::infer(job_id, job);
		if output.is_none() && attempts.saturating_add(1) >= MAX_INFERENCE_ATTEMPTS {
			log::warn!(target: "runtime::jobs", "job {job_id}: inference failed {MAX_INFERENCE_ATTEMPTS} times; giving up on it (the job refunds or settles without this provider)");
			report(WorkerEvent::Error(WorkerError::GaveUp));
		}
		output
	}

	/// Runs a job's model on its input through the node's inference host function.
	fn infer(job_id: JobId, job: &JobOf<T>) -> Option<alloc::vec::Vec<u8>> {
		let model = pallet_models::Models::<T>::get(job.model)?;
		let input = Inputs::<T>::get(job_id)?;
		let request = InferenceRequest {
			model_hash: model.hash,
			model_size: model.size,
			uri: model.uri.into_inner(),
			io: model.io,
			input: input.into_inner(),
		};
		match verity_inference::inference::infer(&request.encode()) {
			Ok(output) => Some(output),
			Err(e) => {
				log::warn!(target: "runtime::jobs", "job {job_id}: inference failed: {e:?}");
				None
			}
		}
	}

	/// Signs `call` with `public` and puts it in the pool, with a nonce past any of our own
	/// transactions still waiting there.
	fn send(
		public: &T::Public,
		account: &T::AccountId,
		call: Call<T>,
		now: BlockNumberFor<T>,
	) -> bool {
		let nonce_key = storage_key(b"nonce/", account);
		let nonce_ref = StorageValueRef::persistent(&nonce_key);
		let chain = frame_system::Pallet::<T>::account_nonce(account);
		let ours: Option<NonceRecord<T::Nonce, BlockNumberFor<T>>> = nonce_ref.get().ok().flatten();
		// A nonce of ours past the chain's is trusted only while our transactions can still be
		// in the pool; after that, one was dropped and the chain's nonce is right.
		let nonce = ours
			.filter(|r| r.next > chain && now < r.at.saturating_add((RESUBMIT_AFTER * 2).into()))
			.map(|r| r.next)
			.unwrap_or(chain);
		let Some(xt) = <T as CreateSignedTransaction<Call<T>>>::create_signed_transaction::<
			T::AuthorityId,
		>(call.into(), public.clone(), account.clone(), nonce) else {
			log::warn!(target: "runtime::jobs", "could not sign a transaction");
			report(WorkerEvent::Error(WorkerError::SigningFailed));
			return false;
		};
		match SubmitTransaction::<T, Call<T>>::submit_transaction(xt) {
			Ok(()) => {
				nonce_ref.set(&NonceRecord { next: nonce.saturating_add(One::one()), at: now });
				true
			}
			Err(()) => {
				log::warn!(target: "runtime::jobs", "the pool refused a transaction (nonce {nonce:?})");
				report(WorkerEvent::Error(WorkerError::PoolRefused));
				false
			}
		}
	}
}

/// The first bytes of an encoding as hex, enough to tell accounts apart in a log line.
fn hex_prefix(bytes: &[u8]) -> alloc::string::String {
	use core::fmt::Write;
	let mut s = alloc::string::String::from("0x");
	for b in bytes.iter().take(8) {
		let _ = write!(s, "{b:02x}");
	}
	s.push('…');
	s
}
