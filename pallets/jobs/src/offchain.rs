//! The off-chain worker: on each new best block, for every job assigned to a provider key in
//! this node's keystore, run the model through the node's inference host function, keep the
//! outcome (the output, or the failure it met) and a random salt in persistent off-chain
//! storage, and commit; once commits close, reveal. A provider's commits of one run go in one
//! signed `commit_many`, its reveals in one `reveal_many`, so the chain pays one
//! transaction's overhead per provider and block, not per job.
//!
//! An output is checked before it is committed: one longer than the chain accepts is committed
//! as the failure `OutputTooLarge`, one that breaks the model's declared outputs as
//! `OutputInvalid`. A failure of the engine is committed as its kind: at once when it is the
//! model's or the input's doing (the model does not load, inference fails or times out), after
//! [`MAX_INFERENCE_ATTEMPTS`] tries when it may pass (the model could not be fetched, the
//! inference worker died). A node that cannot infer at all (no ONNX Runtime) commits nothing.
//!
//! Runs may overlap (one per imported block), so each provider account is worked on under a
//! storage lock, and the record of a job is written once (compare-and-set): two runs never
//! replace each other's salt. The record is keyed by what the job is — its id, model, input
//! hash and submission block — so a reorg that puts another job under the same id never
//! makes a provider commit the other job's outcome. What was submitted is recorded, so
//! nothing is submitted twice unless it did not make it on chain within `RESUBMIT_AFTER`
//! blocks; outcome and salt survive a node restart between commit and reveal. Nonces are
//! tracked past the on-chain nonce while our own transactions wait in the pool: each sent
//! transaction is remembered with the block it was made in, where its era starts (a commit
//! for a committee drawn on a fork that loses is never included elsewhere, where it would
//! fail and pay a fee; where the era starts at the parent, on a block this node authored,
//! `PrioritizeProviderWork` makes blocks of a fork without its seats refuse it), so after a
//! reorg a nonce whose transaction is invalid on this chain is used again, and when the chain's
//! nonce has not moved for `RESUBMIT_AFTER` blocks while ours wait (a transaction was dropped,
//! or the node restarted with an empty pool) the worker starts again from the chain's nonce —
//! so the commit or reveal it sends again then takes the lost one's nonce instead of waiting
//! behind it. A pool may drop a transaction it said it took: the
//! fork-aware pool removes one that every view it has refuses, such as one whose era starts at
//! the block the worker ran on before the pool made that block's view (seen on the local
//! network: a reveal lost, its resend queued behind it past the deadline). If the first still
//! waits, the resend with its nonce and priority is refused and nothing is lost.
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
use sp_core::H256;
use sp_runtime::{
	offchain::{
		storage::StorageValueRef,
		storage_lock::{BlockAndTime, StorageLock},
	},
	traits::{IdentifyAccount, One, Saturating},
	RuntimeAppPublic,
};
use verity_inference::{InferenceError, InferenceRequest, WorkerError, WorkerEvent};
use verity_primitives::{
	tensor::check_against, BlobInspect, FailureKind, JobId, ModelId, Outcome, Salt,
};

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
	pub outcome: Outcome<alloc::vec::Vec<u8>>,
	pub salt: Salt,
	pub committed_at: Option<BlockNumber>,
	pub revealed_at: Option<BlockNumber>,
}

/// What identifies a job's content: its id, model, input hash and submission block. On another
/// fork the same id may be another job; these four are the same only for the same job.
pub type JobKey<BlockNumber> = (JobId, ModelId, H256, BlockNumber);

/// What a provider submits next for one job.
enum Step<T: Config> {
	Commit(H256),
	Reveal(RevealedOutcomeOf<T>, Salt),
	/// A stored output not kept by the chain yet: revealed with its bytes, alone.
	RevealStored(alloc::vec::Vec<u8>, Salt),
	/// Verdicts on a private job's sealed outputs (`crate::judging`): bit `i`, assignment `i`'s
	/// output agrees with this seat's.
	Judge(u64),
}

/// A transaction the worker sent: its nonce, the block it was made in, and that block's hash.
/// The runtime starts a worker transaction's era at the block the worker runs on (its
/// `CreateSignedTransaction`), so the transaction is valid only on a chain with that block.
#[derive(Clone, Copy, Encode, Decode)]
struct Sent<Nonce, BlockNumber, Hash> {
	nonce: Nonce,
	at: BlockNumber,
	checkpoint: Hash,
}

/// Most of an account's transactions the worker keeps track of while they wait in the pool.
/// With this many waiting it sends no more until some land: a transaction it forgot would
/// still hold its nonce, and the next one given that nonce would be refused or, with a
/// higher priority, replace it in the pool (lost, and sent again only `RESUBMIT_AFTER`
/// blocks later). Under a burst a provider's commits and reveals wait by the dozen.
pub(crate) const MAX_SENT: usize = 256;

/// An account's transactions that may still wait in the pool, and since when the chain's
/// nonce (`chain`) has not moved while they wait.
#[derive(Clone, Encode, Decode)]
struct NonceRecord<Nonce, BlockNumber, Hash> {
	sent: alloc::vec::Vec<Sent<Nonce, BlockNumber, Hash>>,
	chain: Nonce,
	since: BlockNumber,
}

fn storage_key(kind: &[u8], rest: impl Encode) -> alloc::vec::Vec<u8> {
	let mut key = b"verity/jobs/".to_vec();
	key.extend_from_slice(kind);
	rest.encode_to(&mut key);
	key
}

/// Where the worker keeps its [`WorkRecord`] of a job for a provider.
fn work_key<B: Encode>(job: &JobKey<B>, account: &impl Encode) -> alloc::vec::Vec<u8> {
	storage_key(b"work/", (job, account))
}

/// Where the worker counts a job's inference attempts for a provider.
fn attempts_key<B: Encode>(job: &JobKey<B>, account: &impl Encode) -> alloc::vec::Vec<u8> {
	storage_key(b"attempts/", (job, account))
}

/// Where the worker notes the block in which it sent a provider's verdicts on a job.
fn judged_key<B: Encode>(job: &JobKey<B>, account: &impl Encode) -> alloc::vec::Vec<u8> {
	storage_key(b"judged/", (job, account))
}

/// The jobs the worker keeps records of for a provider, each with the block at which it was
/// first seen gone from the provider's assignments.
type KeptJobs<BlockNumber> = alloc::collections::BTreeMap<JobKey<BlockNumber>, Option<BlockNumber>>;

/// What an auditor of a generation checks rather than generating again.
enum Claim {
	/// Nothing: run the model.
	None,
	/// The primary's revealed output and the model's logit margin in millionths.
	Check(alloc::vec::Vec<u8>, u32),
	/// The primary has not revealed yet: wait for it (until half the commit period is gone).
	Wait,
}

/// What became of one attempt to run a job.
enum Attempt {
	/// An outcome to commit.
	Done(Outcome<alloc::vec::Vec<u8>>),
	/// Nothing to commit (yet): try again on a later run, or never if this was the last try.
	Again,
}

/// How the worker treats an engine error: the failure to commit, and whether to try again
/// first. `None`: nothing can be said about the job (this node cannot infer at all).
fn failure_of(e: &InferenceError) -> Option<(FailureKind, bool)> {
	Some(match e {
		InferenceError::ModelUnavailable => (FailureKind::ModelUnavailable, true),
		InferenceError::WorkerDied => (FailureKind::InferenceFailed, true),
		InferenceError::MalformedModel => (FailureKind::ModelInvalid, false),
		InferenceError::InputMismatch | InferenceError::Failed => {
			(FailureKind::InferenceFailed, false)
		}
		InferenceError::Timeout => (FailureKind::Timeout, false),
		InferenceError::NoEngine | InferenceError::BadRequest => return None,
	})
}

/// Tells the node's metrics what the worker did.
fn report(event: WorkerEvent) {
	verity_inference::inference::report(&event.encode());
}

impl<T: Config> Pallet<T> {
	/// The off-chain worker's entry point.
	pub(crate) fn offchain_work(now: BlockNumberFor<T>) {
		let keys = <T::AuthorityId as AppCrypto<T::Public, T::Signature>>::RuntimeAppPublic::all();
		if keys.is_empty() {
			return;
		}
		// Every open job, read once for all of this node's providers.
		let open = Self::open_jobs();
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
			Self::keep_encryption_key(&account, &public, now);
			Self::work_for(&account, &public, now, &open);
		}
	}

	/// What identifies `job`'s content.
	pub fn job_key(job_id: JobId, job: &JobOf<T>) -> JobKey<BlockNumberFor<T>> {
		(job_id, job.model, job.input_hash, job.submitted_at)
	}

	/// The worker's record for a job, if it ran the model already.
	pub fn work_record(
		job: &JobKey<BlockNumberFor<T>>,
		account: &T::AccountId,
	) -> Option<WorkRecord<BlockNumberFor<T>>> {
		StorageValueRef::persistent(&work_key(job, account)).get().ok().flatten()
	}

	/// Works on every job of `open` that `account` holds a seat on: runs the models of jobs
	/// it has not committed to yet, then submits all its reveals in one `reveal_many` and all
	/// its commits in one `commit_many` (in chunks of `MaxBatch`), oldest jobs first.
	fn work_for(
		account: &T::AccountId,
		public: &T::Public,
		now: BlockNumberFor<T>,
		open: &[(JobId, JobOf<T>)],
	) {
		let mut commits = alloc::vec::Vec::new();
		let mut reveals = alloc::vec::Vec::new();
		let mut stored = alloc::vec::Vec::new();
		let mut verdicts = alloc::vec::Vec::new();
		let mut assigned = alloc::collections::BTreeSet::new();
		for (job_id, job) in open {
			let job_id = *job_id;
			if !job.assignments.iter().any(|a| &a.provider == account) {
				continue;
			}
			let key = Self::job_key(job_id, job);
			assigned.insert(key);
			match Self::next_step(job_id, job, &key, account, now) {
				Some(Step::Commit(c)) => commits.push((job_id, c, key)),
				Some(Step::Reveal(outcome, salt)) => {
					reveals.push((job_id, outcome, salt, key, job.assignments.len() as u32))
				}
				Some(Step::RevealStored(output, salt)) => stored.push((job_id, output, salt, key)),
				Some(Step::Judge(agrees)) => verdicts.push((job_id, agrees, key)),
				None => {}
			}
		}
		Self::forget_ended(account, &assigned, now);
		let batch = T::MaxBatch::get().max(1) as usize;
		for chunk in reveals.chunks(batch) {
			let items: alloc::vec::Vec<_> = chunk
				.iter()
				.map(|(job, outcome, salt, ..)| (*job, outcome.clone(), *salt))
				.collect();
			// Charged for the largest job of the chunk, not the largest the chain allows. A job
			// in its reveals keeps its assignments until they end (draws add seats only while
			// nobody reveals), so the bound holds when the batch lands.
			let assignments = chunk.iter().map(|(.., n)| *n).max().unwrap_or_default();
			let Ok(items) = BoundedVec::try_from(items) else { continue };
			if Self::send(public, account, Call::reveal_many { reveals: items, assignments }, now) {
				report(WorkerEvent::RevealsSubmitted(chunk.len() as u32));
				for (job_id, _, _, key, _) in chunk {
					log::info!(target: "runtime::jobs", "job {job_id}: reveal submitted");
					Self::update_record(key, account, |r| r.revealed_at = Some(now));
				}
			}
		}
		// A stored output's bytes are the last argument of their own transaction: the node
		// keeps the transaction's last bytes.
		for (job, output, salt, key) in stored {
			let len = output.len();
			if Self::send(public, account, Call::reveal_stored { job, salt, output }, now) {
				report(WorkerEvent::RevealsSubmitted(1));
				log::info!(target: "runtime::jobs", "job {job}: reveal submitted with its stored output ({len} bytes)");
				Self::update_record(&key, account, |r| r.revealed_at = Some(now));
			}
		}
		// Verdicts close rounds as reveals do.
		for (job, agrees, key) in verdicts {
			if Self::send(public, account, Call::judge { job, agrees }, now) {
				log::info!(target: "runtime::jobs", "job {job}: verdicts submitted ({agrees:#b})");
				StorageValueRef::persistent(&judged_key(&key, account)).set(&now);
			}
		}
		// Commits last: a provider's transactions land in nonce order, and under a backlog its
		// reveals, whose deadlines are nearer, must not wait behind its new commits.
		for chunk in commits.chunks(batch) {
			let items: alloc::vec::Vec<_> = chunk.iter().map(|(job, c, _)| (*job, *c)).collect();
			let Ok(items) = BoundedVec::try_from(items) else { continue };
			if Self::send(public, account, Call::commit_many { commits: items }, now) {
				report(WorkerEvent::CommitsSubmitted(chunk.len() as u32));
				for (job_id, _, key) in chunk {
					log::info!(target: "runtime::jobs", "job {job_id}: commit submitted");
					Self::update_record(key, account, |r| r.committed_at = Some(now));
				}
			}
		}
	}

	/// Keeps the list of jobs with records for `account` up to date with its `assigned` jobs,
	/// and deletes the records of jobs gone from them for [`FORGET_AFTER`] blocks.
	fn forget_ended(
		account: &T::AccountId,
		assigned: &alloc::collections::BTreeSet<JobKey<BlockNumberFor<T>>>,
		now: BlockNumberFor<T>,
	) {
		let list_key = storage_key(b"kept/", account);
		let list_ref = StorageValueRef::persistent(&list_key);
		let kept: KeptJobs<BlockNumberFor<T>> = list_ref.get().ok().flatten().unwrap_or_default();
		let mut next = KeptJobs::<BlockNumberFor<T>>::new();
		for (job, gone_since) in kept.iter().filter(|(job, _)| !assigned.contains(job)) {
			let since = gone_since.unwrap_or(now);
			if now >= since.saturating_add(FORGET_AFTER.into()) {
				StorageValueRef::persistent(&work_key(job, account)).clear();
				StorageValueRef::persistent(&attempts_key(job, account)).clear();
				StorageValueRef::persistent(&judged_key(job, account)).clear();
			} else {
				next.insert(*job, Some(since));
			}
		}
		next.extend(assigned.iter().map(|job| (*job, None)));
		if next != kept {
			list_ref.set(&next);
		}
	}

	/// Changes the submission marks of a record, keeping its outcome and salt.
	fn update_record(
		job: &JobKey<BlockNumberFor<T>>,
		account: &T::AccountId,
		update: impl Fn(&mut WorkRecord<BlockNumberFor<T>>),
	) {
		let _ = StorageValueRef::persistent(&work_key(job, account)).mutate(
			|stored: Result<Option<WorkRecord<BlockNumberFor<T>>>, _>| match stored {
				Ok(Some(mut record)) => {
					update(&mut record);
					Ok(record)
				}
				_ => Err(()),
			},
		);
	}

	/// Stores a new record unless one exists (compare-and-set); returns the record that is
	/// stored: this one, or the one another run stored first.
	fn store_record(
		job: &JobKey<BlockNumberFor<T>>,
		account: &T::AccountId,
		record: WorkRecord<BlockNumberFor<T>>,
	) -> Option<WorkRecord<BlockNumberFor<T>>> {
		use sp_runtime::offchain::storage::MutateStorageError;
		let key = work_key(job, account);
		let stored = StorageValueRef::persistent(&key).mutate(
			|existing: Result<Option<WorkRecord<BlockNumberFor<T>>>, _>| match existing {
				Ok(Some(first)) => Err(first),
				_ => Ok(record),
			},
		);
		match stored {
			Ok(record) | Err(MutateStorageError::ValueFunctionFailed(record)) => Some(record),
			Err(MutateStorageError::ConcurrentModification(_)) => {
				StorageValueRef::persistent(&key).get().ok().flatten()
			}
		}
	}

	/// What `account` has to submit for a job now, if anything: running the model first if
	/// it has not yet (outcome and salt are stored before anything is submitted).
	fn next_step(
		job_id: JobId,
		job: &JobOf<T>,
		key: &JobKey<BlockNumberFor<T>>,
		account: &T::AccountId,
		now: BlockNumberFor<T>,
	) -> Option<Step<T>> {
		let mine = job.assignments.iter().find(|a| &a.provider == account)?;
		// Only the round under way commits or reveals (the primary reveals with its auditors):
		// an earlier round's provider that missed its turn would only be refused.
		if !job.reveals_now(mine.role) {
			return None;
		}
		// Submitted lately, on this chain: a transaction made in a block another fork replaced
		// (its era starts there) can never land here, so it is made again now, not after
		// `RESUBMIT_AFTER` blocks — two short forks in a row would otherwise close the commit
		// period on an honest provider.
		let recent = |at: Option<BlockNumberFor<T>>| {
			at.is_some_and(|b| {
				now < b.saturating_add(RESUBMIT_AFTER.into())
					&& !Self::sent_on_another_fork(account, b)
			})
		};
		match job.phase {
			Phase::Committing { .. } if mine.commitment.is_none() => {
				let record = match Self::work_record(key, account) {
					Some(r) => r,
					None => {
						let claim = match Self::claim_to_check(job_id, job, mine.role, now) {
							Claim::Wait => return None,
							Claim::None => None,
							Claim::Check(output, margin) => Some((output, margin)),
						};
						let Attempt::Done(outcome) =
							Self::attempt(job_id, job, key, account, claim)
						else {
							return None;
						};
						let record = WorkRecord {
							outcome,
							salt: sp_io::offchain::random_seed(),
							committed_at: None,
							revealed_at: None,
						};
						Self::store_record(key, account, record)?
					}
				};
				if recent(record.committed_at) {
					return None;
				}
				// An output longer than the chain holds is committed to by hash and length.
				Some(Step::Commit(verity_primitives::commitment(
					&record.outcome.on_chain(T::MaxOutputLen::get()),
					&record.salt,
					account,
				)))
			}
			// The primary of an audited generation reveals before its auditors commit: they
			// check its tokens.
			Phase::Revealing { .. } | Phase::Committing { .. }
				if mine.commitment.is_some()
					&& !mine.revealed
					&& (matches!(job.phase, Phase::Revealing { .. })
						|| Self::reveals_before_auditors(job, account)) =>
			{
				let Some(record) = Self::work_record(key, account) else {
					log::warn!(target: "runtime::jobs", "job {job_id}: committed but no stored outcome to reveal");
					report(WorkerEvent::Error(WorkerError::MissingOutput));
					return None;
				};
				if recent(record.revealed_at) {
					return None;
				}
				let outcome = match record.outcome {
					Outcome::Output(bytes) if bytes.len() > T::MaxOutputLen::get() as usize => {
						let Outcome::Stored { hash, len } =
							Outcome::Output(&bytes[..]).on_chain(T::MaxOutputLen::get())
						else {
							return None;
						};
						// Kept already (another provider stored the same bytes): by hash alone.
						if !Self::stored_output_kept(job_id, job, &hash, len) {
							return Some(Step::RevealStored(bytes, record.salt));
						}
						Outcome::Stored { hash, len }
					}
					Outcome::Output(bytes) => match BoundedVec::try_from(bytes) {
						Ok(bytes) => Outcome::Output(bytes),
						Err(_) => {
							log::warn!(target: "runtime::jobs", "job {job_id}: output longer than MaxOutputLen");
							report(WorkerEvent::Error(WorkerError::OutputTooLong));
							return None;
						}
					},
					Outcome::Failure(kind) => Outcome::Failure(kind),
					Outcome::Stored { hash, len } => Outcome::Stored { hash, len },
				};
				Some(Step::Reveal(outcome, record.salt))
			}
			Phase::Judging { until } if mine.revealed => {
				let sent: Option<BlockNumberFor<T>> =
					StorageValueRef::persistent(&judged_key(key, account)).get().ok().flatten();
				if recent(sent) {
					return None;
				}
				// Its own sealed output as it computed it (a stored one need not be fetched).
				let own = Self::work_record(key, account).and_then(|r| match r.outcome {
					Outcome::Output(bytes) => Some(bytes),
					_ => None,
				});
				// An output it cannot read yet (stored data not at this node yet) is waited for
				// until the round's last block; only then is it judged as not agreeing.
				// (Sent in the block before the last, it lands before the deadline's block.)
				let last = now.saturating_add(2u32.into()) >= until;
				Self::verdicts(job_id, job, account, own, last).map(Step::Judge)
			}
			_ => None,
		}
	}

	/// `account`'s verdicts on job `job_id`'s sealed outputs, if it judges now and has not
	/// judged: it opens each output revealed with the job's content key and compares it with
	/// its own (`own`, from its work record, else its reveal) under the model's rule (an
	/// output equal to its own as sealed bytes agrees). A stored output this node does not have
	/// yet is waited for unless this is the round's `last` block.
	fn verdicts(
		job_id: JobId,
		job: &JobOf<T>,
		account: &T::AccountId,
		own: Option<alloc::vec::Vec<u8>>,
		last: bool,
	) -> Option<u64> {
		let seat = job.assignments.iter().position(|a| &a.provider == account)?;
		Judgements::<T>::get(job_id)
			.iter()
			.find(|e| e.seat as usize == seat && e.agrees.is_none())?;
		let private = PrivateJobs::<T>::get(job_id)?;
		let model = pallet_models::Models::<T>::get(job.model)?;
		let key = Self::content_key(job_id, account, &private.key_commitment)?;
		let sealed = |o: RevealedOutcomeOf<T>| match o {
			Outcome::Output(bytes) => Some(bytes.into_inner()),
			Outcome::Stored { hash, len } => verity_inference::inference::stored_data(hash)
				.filter(|b| b.len() == len as usize && sp_io::hashing::blake2_256(b) == hash),
			Outcome::Failure(_) => None,
		};
		let mine = match own {
			Some(bytes) => bytes,
			None => sealed(Reveals::<T>::get(job_id, account)?)?,
		};
		let Ok(plain) = verity_primitives::privacy::open_output(&key, &mine) else {
			log::warn!(target: "runtime::jobs", "job {job_id}: this seat's own sealed output does not open");
			return None;
		};
		let mut agrees = 0u64;
		for (i, a) in job.assignments.iter().enumerate().take(64) {
			let Some(other) = Reveals::<T>::get(job_id, &a.provider).filter(|_| a.revealed) else {
				continue;
			};
			let Some(other) = sealed(other.clone()) else {
				if other.is_output() && !last {
					log::info!(target: "runtime::jobs", "job {job_id}: a stored output to judge is not at this node yet; waiting");
					return None;
				}
				continue;
			};
			let agree = other == mine
				|| verity_primitives::privacy::open_output(&key, &other).is_ok_and(|o| {
					check_against(&o, &model.io.outputs).is_ok() && model.rule.agree(&plain, &o)
				});
			if agree {
				agrees |= 1 << i;
			}
		}
		log::info!(target: "runtime::jobs", "job {job_id}: judged the sealed outputs ({} agree)", agrees.count_ones());
		Some(agrees)
	}

	/// For an auditor of a generation: the primary's revealed tokens, to check teacher-forced
	/// instead of generating again; or wait for them while more than half the auditors'
	/// commit period is left. A primary that revealed a failure, or whose stored output this
	/// node cannot read, leaves nothing to check: the auditor generates.
	fn claim_to_check(job_id: JobId, job: &JobOf<T>, role: Role, now: BlockNumberFor<T>) -> Claim {
		if role != Role::Auditor {
			return Claim::None;
		}
		let Some(margin) = pallet_models::Models::<T>::get(job.model)
			.and_then(|m| m.kind.generator().map(|g| g.logit_margin_ppm))
		else {
			return Claim::None;
		};
		let Some(primary) = job.assignments.iter().find(|a| a.role == Role::Member) else {
			return Claim::None;
		};
		match Reveals::<T>::get(job_id, &primary.provider) {
			Some(Outcome::Output(bytes)) => Claim::Check(bytes.into_inner(), margin),
			Some(Outcome::Stored { hash, len }) => {
				match verity_inference::inference::stored_data(hash) {
					Some(bytes)
						if bytes.len() == len as usize
							&& sp_io::hashing::blake2_256(&bytes) == hash =>
					{
						Claim::Check(bytes, margin)
					}
					_ => Claim::None,
				}
			}
			Some(Outcome::Failure(_)) => Claim::None,
			None => match job.phase {
				Phase::Committing { until }
					if until.saturating_sub(now) > job.terms.commit_period / 2u32.into() =>
				{
					Claim::Wait
				}
				_ => Claim::None,
			},
		}
	}

	/// Runs the job's model for `account` unless it ran [`MAX_INFERENCE_ATTEMPTS`] times
	/// already; the first attempt is where the worker first sees the job. An output is checked
	/// against the chain's length bound and the model's declared outputs. With a `claim` (an
	/// auditor of a generation), the node checks the primary's tokens teacher-forced and
	/// answers them if they pass, else generates.
	fn attempt(
		job_id: JobId,
		job: &JobOf<T>,
		key: &JobKey<BlockNumberFor<T>>,
		account: &T::AccountId,
		claim: Option<(alloc::vec::Vec<u8>, u32)>,
	) -> Attempt {
		// A private job's seat waits for its key (`provide_keys`) before anything runs.
		let private = PrivateJobs::<T>::get(job_id);
		if private.is_some() && !SeatKeys::<T>::contains_key(job_id, account) {
			return Attempt::Again;
		}
		let attempts_key = attempts_key(key, account);
		let attempts_ref = StorageValueRef::persistent(&attempts_key);
		let attempts: u8 = attempts_ref.get().ok().flatten().unwrap_or(0);
		if attempts >= MAX_INFERENCE_ATTEMPTS {
			return Attempt::Again;
		}
		if attempts == 0 {
			report(WorkerEvent::JobSeen);
			log::info!(target: "runtime::jobs", "job {job_id}: assigned to local provider {}, running model {}", hex_prefix(&account.encode()), job.model);
		}
		let attempts = attempts.saturating_add(1);
		attempts_ref.set(&attempts);
		let last = attempts >= MAX_INFERENCE_ATTEMPTS;
		let Some(model) = pallet_models::Models::<T>::get(job.model) else { return Attempt::Again };
		// A private job's content key, opened from this seat's key and checked against the
		// job's commitment; one that does not open is the failure `InputUnavailable` (neither
		// paid nor slashed: the chain cannot tell whose fault it was).
		let content_key = match private {
			Some(p) => match Self::content_key(job_id, account, &p.key_commitment) {
				Some(k) => Some(k),
				None => {
					log::warn!(target: "runtime::jobs", "job {job_id}: the key given to this provider does not open");
					return Self::failed(FailureKind::InputUnavailable);
				}
			},
			None => None,
		};
		let stored = match (content_key, StoredInputs::<T>::get(job_id)) {
			(Some(k), Some(len)) => match Self::read_stored_input(job_id, job, len) {
				Ok(sealed) => match verity_primitives::privacy::open(&k, b"input", &sealed) {
					Ok(input) => Some(Ok(input)),
					Err(_) => {
						log::warn!(target: "runtime::jobs", "job {job_id}: the sealed input does not open with its key");
						return Self::failed(FailureKind::InputUnavailable);
					}
				},
				Err(()) => Some(Err(())),
			},
			(None, Some(len)) => Some(Self::read_stored_input(job_id, job, len)),
			(_, None) => None,
		};
		let input = match (Inputs::<T>::get(job_id), stored) {
			(Some(input), _) => input.into_inner(),
			(None, Some(stored)) => match stored {
				// A generation's stored input is held to the model's limits as `submit` holds
				// an inline one.
				Ok(input)
					if model.kind.generator().is_some_and(|spec| {
						model.io.check_inputs(&input).is_ok()
							&& Self::check_generation(spec, &model.io, &input).is_err()
					}) =>
				{
					log::warn!(target: "runtime::jobs", "job {job_id}: the stored input asks for more than the model's generation limits");
					return Self::failed(FailureKind::InputInvalid);
				}
				Ok(input) if model.io.check_inputs(&input).is_ok() => input,
				Ok(_) => {
					log::warn!(target: "runtime::jobs", "job {job_id}: the stored input does not fit the model's inputs");
					return Self::failed(FailureKind::InputInvalid);
				}
				Err(()) if last => return Self::failed(FailureKind::InputUnavailable),
				Err(()) => return Attempt::Again,
			},
			(None, None) => return Attempt::Again,
		};
		// What sealing adds to a private job's output.
		let sealing = if content_key.is_some() {
			verity_primitives::privacy::SIV_LEN + verity_primitives::privacy::TAG_LEN
		} else {
			0
		};
		let request = InferenceRequest {
			model_hash: model.hash,
			model_size: model.size,
			uri: model.uri.into_inner(),
			io: model.io.clone(),
			input,
		};
		let result = match &claim {
			None => verity_inference::inference::infer(&request.encode()),
			Some((claimed, margin)) => {
				let result = verity_inference::inference::infer_checking(
					&request.encode(),
					claimed,
					*margin,
				);
				match &result {
					Ok(output) if output == claimed => {
						log::info!(target: "runtime::jobs", "job {job_id}: the primary's tokens pass the teacher-forced check")
					}
					Ok(_) => {
						log::info!(target: "runtime::jobs", "job {job_id}: the primary's tokens fail the teacher-forced check; generated instead")
					}
					Err(_) => {}
				}
				result
			}
		};
		let failure = match result {
			// Longer than the chain holds: revealed as stored data, up to its bound.
			Ok(output) if output.len().saturating_add(sealing) > T::Blobs::max_len() as usize => {
				FailureKind::OutputTooLarge
			}
			Ok(output) if check_against(&output, &model.io.outputs).is_err() => {
				FailureKind::OutputInvalid
			}
			Ok(output) => {
				log::info!(target: "runtime::jobs", "job {job_id}: inference done ({} bytes)", output.len());
				// A private job's output is sealed under its key, alike for equal outputs.
				let output = match content_key {
					Some(k) => verity_primitives::privacy::seal_output(&k, &output),
					None => output,
				};
				return Attempt::Done(Outcome::Output(output));
			}
			Err(e) => match failure_of(&e) {
				Some((kind, retry)) if !retry || last => {
					log::warn!(target: "runtime::jobs", "job {job_id}: inference failed: {e:?}");
					kind
				}
				_ => {
					log::warn!(target: "runtime::jobs", "job {job_id}: inference failed: {e:?}{}", if last { "; giving up on it" } else { "; will try again" });
					if last {
						report(WorkerEvent::Error(WorkerError::GaveUp));
					}
					return Attempt::Again;
				}
			},
		};
		log::info!(target: "runtime::jobs", "job {job_id}: no output ({failure:?}); committing the failure");
		Self::failed(failure)
	}

	/// The failure to commit for an attempt that produced no output.
	fn failed(failure: FailureKind) -> Attempt {
		report(WorkerEvent::Failure(failure));
		Attempt::Done(Outcome::Failure(failure))
	}

	/// A stored input of `len` bytes, read from the node's database and checked against the
	/// job's input hash.
	fn read_stored_input(
		job_id: JobId,
		job: &JobOf<T>,
		len: u32,
	) -> Result<alloc::vec::Vec<u8>, ()> {
		let hash = job.input_hash.0;
		match verity_inference::inference::stored_data(hash) {
			Some(bytes)
				if bytes.len() == len as usize && sp_io::hashing::blake2_256(&bytes) == hash =>
			{
				log::info!(target: "runtime::jobs", "job {job_id}: read its stored input ({len} bytes)");
				Ok(bytes)
			}
			Some(bytes) => {
				log::warn!(target: "runtime::jobs", "job {job_id}: the node's data under the input's hash is {} bytes that do not match it", bytes.len());
				Err(())
			}
			None => {
				log::warn!(target: "runtime::jobs", "job {job_id}: this node does not have the stored input {}", hex_prefix(&hash));
				Err(())
			}
		}
	}

	/// Signs `call` with `public` and puts it in the pool, with a nonce past any of our own
	/// transactions still waiting there.
	/// Whether `account`'s worker sent a transaction in block `at` of a fork this chain does
	/// not contain (the block number `at` holds another block here).
	pub(crate) fn sent_on_another_fork(account: &T::AccountId, at: BlockNumberFor<T>) -> bool {
		let record: Option<NonceRecord<T::Nonce, BlockNumberFor<T>, T::Hash>> =
			StorageValueRef::persistent(&storage_key(b"nonce/", account)).get().ok().flatten();
		let here = frame_system::Pallet::<T>::block_hash(at);
		record.is_some_and(|r| r.sent.iter().any(|s| s.at == at && s.checkpoint != here))
	}

	pub(crate) fn send<C>(
		public: &T::Public,
		account: &T::AccountId,
		call: C,
		now: BlockNumberFor<T>,
	) -> bool
	where
		T: CreateSignedTransaction<C>,
	{
		let nonce_key = storage_key(b"nonce/", account);
		let nonce_ref = StorageValueRef::persistent(&nonce_key);
		let chain = frame_system::Pallet::<T>::account_nonce(account);
		let ours: Option<NonceRecord<T::Nonce, BlockNumberFor<T>, T::Hash>> =
			nonce_ref.get().ok().flatten();
		// A transaction's era starts at the block it was made in: on another fork, without
		// that block, it is invalid and its nonce is free again.
		let checkpoint_of = |n: BlockNumberFor<T>| frame_system::Pallet::<T>::block_hash(n);
		// The chain's nonce stuck while ours wait: one of them was dropped (or the node
		// restarted with an empty pool), and those after it wait for it for ever.
		let stuck = ours.as_ref().is_some_and(|r| {
			r.chain == chain && now >= r.since.saturating_add(RESUBMIT_AFTER.into())
		});
		// Our transactions that can still land here: not landed yet, valid on this chain.
		let waiting: alloc::vec::Vec<Sent<T::Nonce, BlockNumberFor<T>, T::Hash>> = ours
			.as_ref()
			.filter(|_| !stuck)
			.map(|r| {
				r.sent
					.iter()
					.filter(|s| s.nonce >= chain && checkpoint_of(s.at) == s.checkpoint)
					.copied()
					.collect()
			})
			.unwrap_or_default();
		if waiting.len() >= MAX_SENT {
			log::warn!(
				target: "runtime::jobs",
				"{} transactions of this provider wait in the pool; sending more once some land",
				waiting.len()
			);
			return false;
		}
		// The first nonce from the chain's on that none of them holds.
		let taken: alloc::collections::BTreeSet<T::Nonce> =
			waiting.iter().map(|s| s.nonce).collect();
		let mut nonce = chain;
		while taken.contains(&nonce) {
			nonce = nonce.saturating_add(One::one());
		}
		let Some(xt) = <T as CreateSignedTransaction<C>>::create_signed_transaction::<T::AuthorityId>(
			call.into(),
			public.clone(),
			account.clone(),
			nonce,
		) else {
			log::warn!(target: "runtime::jobs", "could not sign a transaction");
			report(WorkerEvent::Error(WorkerError::SigningFailed));
			return false;
		};
		match SubmitTransaction::<T, C>::submit_transaction(xt) {
			Ok(()) => {
				let since = match &ours {
					Some(r) if !waiting.is_empty() && r.chain == chain => r.since,
					_ => now,
				};
				let mut sent = waiting;
				sent.retain(|s| s.nonce != nonce);
				sent.push(Sent { nonce, at: now, checkpoint: checkpoint_of(now) });
				nonce_ref.set(&NonceRecord { sent, chain, since });
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
pub(crate) fn hex_prefix(bytes: &[u8]) -> alloc::string::String {
	use core::fmt::Write;
	let mut s = alloc::string::String::from("0x");
	for b in bytes.iter().take(8) {
		let _ = write!(s, "{b:02x}");
	}
	s.push('…');
	s
}
