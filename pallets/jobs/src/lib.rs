//! # Jobs pallet
//!
//! Inference jobs from submission to settlement. Read the life of a job in file order:
//!
//! - `submit.rs`: check the input against the model's spec, fix the job's terms, hold the
//!   most it can cost in escrow and schedule the draw of its committee `DrawDelay` blocks on;
//! - `assign.rs`: in that block, draw `redundancy` seats from the model's pool weighted by
//!   stake, with randomness nobody knew at submission; release what the seats do not cost;
//! - `commit_reveal.rs`: providers commit to `H(outcome ‖ salt ‖ provider)` (an output or a
//!   typed failure), then reveal once commits close; deadlines move a job on when providers
//!   are slow or silent;
//! - `vote.rs`: check outputs against the model's declared outputs and group the outcomes by
//!   the model's comparison rule, weighted by seats; the heaviest group wins if it reaches the
//!   quorum;
//! - `settle.rs`: every movement of funds — escrow, payouts, royalties, the protocol fee,
//!   slashes, refunds;
//! - `lifecycle.rs`: deadlines in `on_initialize`, pruning of old jobs in `on_idle`, and the
//!   invariants;
//! - `offchain.rs`: the off-chain worker that runs the model for this node's providers and
//!   submits their commits and reveals.
//!
//! Protocol parameters live in storage and change only through `ParamsOrigin`, within the
//! bounds of `bounds.rs`; a job runs under the terms in force when it was submitted.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

pub mod assign;
pub mod batch;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod bounds;
mod challenge;
mod commit_reveal;
pub mod congestion;
pub mod encryption;
mod judging;
mod lifecycle;
pub mod migrations;
pub mod offchain;
pub mod priority;
pub mod private;
pub mod runtime_api;
mod settle;
mod submit;
pub mod types;
mod vote;
pub mod weights;

#[cfg(test)]
mod audit_tests;
#[cfg(test)]
mod challenge_tests;
#[cfg(test)]
mod congestion_tests;
#[cfg(test)]
mod conservation;
#[cfg(test)]
mod encryption_tests;
#[cfg(test)]
mod generation_tests;
#[cfg(test)]
mod judging_tests;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod offchain_tests;
#[cfg(test)]
mod private_tests;
#[cfg(test)]
mod simulation;
#[cfg(test)]
mod stored_output_tests;
#[cfg(test)]
mod submit_many_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod writes_tests;

pub use encryption::ENCRYPTION_KEY_TYPE;
pub use offchain::{crypto, KEY_TYPE};
pub use priority::{PrioritizeProviderWork, Seat, Work, NO_SEAT, PROVIDER_WORK_PRIORITY};
pub use types::*;
pub use weights::WeightInfo;

/// pallet-providers' `WorkWindow`: [`Pallet::work_window`], the blocks within which every
/// open job has ended, its challenge included.
pub struct WorkWindow<T>(core::marker::PhantomData<T>);

impl<T: Config> frame_support::traits::Get<frame_system::pallet_prelude::BlockNumberFor<T>>
	for WorkWindow<T>
{
	fn get() -> frame_system::pallet_prelude::BlockNumberFor<T> {
		Pallet::<T>::work_window()
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{dispatch::PostDispatchInfo, pallet_prelude::*, traits::Randomness};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::Perbill;
	use verity_primitives::{FailureKind, JobId, ModelId, Salt};

	/// The layout of this pallet's storage. 1: jobs carry their input hash, terms and seats, a
	/// reveal is an outcome (an output or a failure), and a job may wait for its draw. 2: jobs
	/// carry their tier and audit, assignments their role, the parameters the audit's, and
	/// providers have a record per model (`Trust`). 3: the parameters and a job's terms carry
	/// the challenge window and bond; a completed job keeps its input and reveals until pruned
	/// (a challenge re-runs it and judges them); challenges are recorded (`Challenges`). 4: no
	/// index of each provider's jobs (`ProviderJobs`, two writes per provider and job): the
	/// off-chain worker finds its work through the deadlines.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(4);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A submitter's payment for a job, held until the job ends.
		#[codec(index = 0)]
		JobEscrow,
		/// A challenger's bond, held until its challenge ends.
		#[codec(index = 1)]
		ChallengeBond,
	}

	#[pallet::config]
	pub trait Config:
		frame_system::Config
		+ pallet_providers::Config<RuntimeHoldReason: From<HoldReason>>
		+ pallet_models::Config<Currency = CurrencyOf<Self>>
		+ frame_system::offchain::CreateSignedTransaction<Call<Self>>
		+ frame_system::offchain::CreateSignedTransaction<pallet_providers::Call<Self>>
	{
		/// The key providers' off-chain workers sign commits and reveals with.
		type AuthorityId: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>;

		/// Fresh randomness to draw committees from: `None` when the block has none, else a
		/// value and the block since which it is known. A job's committee is drawn only from
		/// randomness first known after the job's block (on the chain: the BABE VRF outputs of
		/// the block the draw happens in and of its parent).
		type Randomness: Randomness<Option<Self::Hash>, BlockNumberFor<Self>>;

		/// Blocks from a job's submission to the draw of its committee; at least 1, so the
		/// drawing block's randomness is never known at submission. On the chain it is 1 and
		/// `Randomness` mixes the VRF outputs of the submission's block and the drawing block.
		#[pallet::constant]
		type DrawDelay: Get<BlockNumberFor<Self>>;

		/// Receives protocol fees and slashes.
		#[pallet::constant]
		type TreasuryAccount: Get<Self::AccountId>;

		/// Who may change the protocol parameters.
		type ParamsOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Longest job input, in bytes.
		#[pallet::constant]
		type MaxInputLen: Get<u32>;

		/// Longest output, in bytes.
		#[pallet::constant]
		type MaxOutputLen: Get<u32>;

		/// Data the chain's nodes keep by content hash (pallet-blobs): where the inputs of
		/// `submit_stored` jobs and outputs longer than `MaxOutputLen` live.
		type Blobs: verity_primitives::BlobStore<Self::AccountId, BlockNumberFor<Self>>;

		/// Most providers a job may be assigned to.
		#[pallet::constant]
		type MaxRedundancy: Get<u32>;

		/// Most deadlines (and most expiries) that fall in one block.
		#[pallet::constant]
		type MaxJobsPerBlock: Get<u32>;

		/// Most jobs concluded at their deadline in one block (each may settle and slash); the
		/// others due in that block move to the next. Bounds `on_initialize`'s weight.
		#[pallet::constant]
		type MaxConclusionsPerBlock: Get<u32>;

		/// Most committees drawn in one block; the others wait for the next. Bounds
		/// `on_initialize`'s weight.
		#[pallet::constant]
		type MaxAssignmentsPerBlock: Get<u32>;

		/// Most weight a block's deadlines may take before its draws stop: once what
		/// `on_initialize` has charged reaches it, the committees (and audits, escalations and
		/// challenges) still due wait for the next block. A block's first draw is never held
		/// back. With `MaxAssignmentsPerBlock`, bounds `on_initialize`'s weight by what the draws
		/// cost rather than by their count alone.
		#[pallet::constant]
		type MaxDrawWeight: Get<Weight>;

		/// Most blocks in a row that congestion (blocks full of provider work, `Congestion`)
		/// moves commit and reveal deadlines on; after as many congested blocks in a row,
		/// deadlines conclude as if the blocks were not full (`crate::congestion`). Also the
		/// most held blocks over any stretch beyond its blocks that were not full
		/// (`CongestionLevel`). 0: never.
		#[pallet::constant]
		type CongestionGrace: Get<u32>;

		/// Most commits or reveals one `commit_many` or `reveal_many` carries.
		#[pallet::constant]
		type MaxBatch: Get<u32>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Sets up what the benchmarks need of the runtime.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	/// What the benchmarks need of the runtime.
	#[cfg(feature = "runtime-benchmarks")]
	pub trait BenchmarkHelper {
		/// Makes `T::Randomness` answer in the current block, as a real block would (on the
		/// chain: a BABE pre-digest with a VRF output).
		fn prepare_randomness();
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl BenchmarkHelper for () {
		fn prepare_randomness() {}
	}

	/// The id the next job gets.
	#[pallet::storage]
	pub type NextJobId<T> = StorageValue<_, JobId, ValueQuery>;

	/// Jobs, from submission until pruned after the retention period.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, JobOf<T>>;

	/// The input of each job until it is pruned (a failed job's: until it ends). A completed
	/// job's is kept so that a challenge committee can run it again.
	#[pallet::storage]
	pub type Inputs<T: Config> = StorageMap<_, Twox64Concat, JobId, BoundedVec<u8, T::MaxInputLen>>;

	/// The length of each job's input that the chain's nodes keep by hash (`submit_stored`),
	/// for as long as `Inputs` would hold an input given inline. The hash is the job's
	/// `input_hash`.
	#[pallet::storage]
	pub type StoredInputs<T: Config> = StorageMap<_, Twox64Concat, JobId, u32>;

	/// Each private job's key commitment and the rounds given the key (`submit_private`,
	/// `provide_keys`, docs/privacy.md), until the job is pruned: its input is the stored data
	/// under its `input_hash`, sealed under that key, which the chain never sees.
	#[pallet::storage]
	pub type PrivateJobs<T: Config> = StorageMap<_, Twox64Concat, JobId, PrivateJob>;

	/// A private job's content key wrapped to each seat holder, given by its submitter after
	/// each draw (`provide_keys`), until the job is pruned.
	#[pallet::storage]
	pub type SeatKeys<T: Config> =
		StorageDoubleMap<_, Twox64Concat, JobId, Blake2_128Concat, T::AccountId, SeatKey>;

	/// The verdicts of a private `Tolerance` job's judged rounds (`judge`), until the job is
	/// pruned: one entry for each seat that judges, in the order its round opened.
	#[pallet::storage]
	pub type Judgements<T: Config> =
		StorageMap<_, Twox64Concat, JobId, BoundedVec<Judgement, T::MaxRedundancy>, ValueQuery>;

	/// Outcomes revealed, until the job is pruned (a failed job's: until it ends). A challenge
	/// judges a completed job's providers by them.
	#[pallet::storage]
	pub type Reveals<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		JobId,
		Blake2_128Concat,
		T::AccountId,
		RevealedOutcomeOf<T>,
	>;

	/// The accepted output of each completed job, kept for the retention period.
	#[pallet::storage]
	pub type Results<T: Config> =
		StorageMap<_, Twox64Concat, JobId, BoundedVec<u8, T::MaxOutputLen>>;

	/// The accepted output of each completed job whose output is longer than `MaxOutputLen`:
	/// its blake2-256 hash and length. The bytes are stored data (pallet-blobs), kept at least
	/// the blobs' retention period from the reveal.
	#[pallet::storage]
	pub type StoredResults<T: Config> = StorageMap<_, Twox64Concat, JobId, (H256, u32)>;

	/// Jobs whose draw, commit or reveal deadline falls in a block.
	#[pallet::storage]
	pub type Deadlines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<JobId, T::MaxJobsPerBlock>,
		ValueQuery,
	>;

	/// Ended jobs to prune at a block.
	#[pallet::storage]
	pub type Expiries<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<JobId, T::MaxJobsPerBlock>,
		ValueQuery,
	>;

	/// The first block whose expiries have not all been pruned.
	#[pallet::storage]
	pub type PruneCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// What this block's deadlines and the provider work it included took so far; removed at
	/// the block's end, so never in the database (`crate::congestion`).
	#[pallet::storage]
	#[pallet::whitelist_storage]
	pub type BlockLoad<T: Config> = StorageValue<_, congestion::Load, ValueQuery>;

	/// How many blocks in a row, up to the last one, provider work filled (at least three
	/// quarters of what transactions had room for, and other transactions less than an
	/// eighth); 0 when the last block was not full of it.
	/// From 1 to `CongestionGrace`, commit and reveal deadlines move on (`crate::congestion`)
	/// while `CongestionLevel` is at most `CongestionGrace` too.
	#[pallet::storage]
	pub type Congestion<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Rises by one with each block provider work filled and falls by one (not below 0) with
	/// each other block; commit and reveal deadlines move on only while it is at most
	/// `CongestionGrace`: over any stretch of blocks, deadlines are held in at most
	/// `CongestionGrace` blocks more than the stretch had blocks that were not full
	/// (`crate::congestion`).
	#[pallet::storage]
	pub type CongestionLevel<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The protocol parameters.
	#[pallet::storage]
	pub type Params<T: Config> = StorageValue<_, ProtocolParams<BlockNumberFor<T>>, OptionQuery>;

	/// Each provider's record on each model: its consecutive outcomes that another provider's
	/// checked and found right (an audit, an escalation or a `Quorum` vote it won with another
	/// provider). A wrong output wipes it. It sets how often the provider's audited jobs are
	/// audited.
	#[pallet::storage]
	pub type Trust<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, ModelId, u32, ValueQuery>;

	/// Challenges of completed results, until the job is pruned.
	#[pallet::storage]
	pub type Challenges<T: Config> = StorageMap<_, Twox64Concat, JobId, ChallengeOf<T>>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub params: Option<ProtocolParams<BlockNumberFor<T>>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(params) = &self.params {
				assert!(
					Pallet::<T>::check_params(params).is_ok(),
					"genesis protocol parameters are out of bounds"
				);
				Params::<T>::put(params);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A job was submitted and the most it can cost (`fee`) held in escrow; its committee
		/// is drawn in block `assign_at`.
		JobSubmitted {
			job: JobId,
			submitter: T::AccountId,
			model: ModelId,
			fee: BalanceOf<T>,
			assign_at: BlockNumberFor<T>,
		},
		/// A job's committee was drawn: each provider with its seats. They commit until
		/// `commit_until`. `fee` is what the job costs at most now; the escrow stays held as it
		/// was until the job ends, when what it did not cost returns.
		JobAssigned {
			job: JobId,
			providers: BoundedVec<(T::AccountId, u32), T::MaxRedundancy>,
			commit_until: BlockNumberFor<T>,
			fee: BalanceOf<T>,
		},
		/// A provider committed to its output.
		Committed { job: JobId, provider: T::AccountId },
		/// An audited job's primary committed; whether the job is audited is drawn in block
		/// `audit_drawn_at`.
		PrimaryCommitted { job: JobId, audit_drawn_at: BlockNumberFor<T> },
		/// Whether an audited job is audited was drawn: `audit` is `Audited` with its
		/// `auditors` (who commit next), or `Skipped`/`NoAuditors` (the primary reveals).
		/// `fee` is what the job costs at most now; the escrow stays held until the job ends.
		AuditDrawn {
			job: JobId,
			audit: Audit,
			auditors: BoundedVec<(T::AccountId, u32), T::MaxRedundancy>,
			fee: BalanceOf<T>,
		},
		/// An audited job's outcomes disagreed (or its primary withheld its reveal): an
		/// escalation committee is drawn in block `draw_at`.
		Escalated { job: JobId, draw_at: BlockNumberFor<T> },
		/// An escalation committee was drawn: each referee with its seats. They commit until
		/// `commit_until`; a majority of the seats decides.
		EscalationDrawn {
			job: JobId,
			referees: BoundedVec<(T::AccountId, u32), T::MaxRedundancy>,
			commit_until: BlockNumberFor<T>,
		},
		/// Commits closed with `commits` seats committed; providers who committed reveal until
		/// `reveal_until`.
		CommitsClosed { job: JobId, commits: u32, reveal_until: BlockNumberFor<T> },
		/// A provider revealed the outcome it committed to: an output, or the `failure` it met.
		Revealed { job: JobId, provider: T::AccountId, failure: Option<FailureKind> },
		/// A result was accepted and paid for.
		JobCompleted {
			job: JobId,
			/// blake2-256 of the accepted output (the output itself is in `Results`).
			output_hash: H256,
			/// Seats whose outputs agreed; each was paid its price.
			winners: u32,
			paid_to_providers: BalanceOf<T>,
			royalty: BalanceOf<T>,
			protocol_fee: BalanceOf<T>,
			/// Returned to the submitter (the prices of providers who were not paid).
			refunded: BalanceOf<T>,
		},
		/// A job failed. The providers who agreed on an `Unprocessable` reason were paid
		/// `paid_to_providers` (by the submitter, or for a model's fault by the model owner's
		/// deposit); `refunded` went back to the submitter.
		JobFailed {
			job: JobId,
			reason: FailReason,
			paid_to_providers: BalanceOf<T>,
			refunded: BalanceOf<T>,
		},
		/// The submitter cancelled a job before its committee was drawn and was refunded in
		/// full.
		JobCancelled { job: JobId, refunded: BalanceOf<T> },
		/// A provider of a job was slashed, per seat; the amount went to the treasury.
		ProviderSlashed {
			job: JobId,
			provider: T::AccountId,
			amount: BalanceOf<T>,
			reason: SlashReason,
		},
		/// A completed result was challenged and `bond` held from the challenger; the
		/// challenge committee is drawn in block `draw_at`.
		Challenged {
			job: JobId,
			challenger: T::AccountId,
			bond: BalanceOf<T>,
			draw_at: BlockNumberFor<T>,
		},
		/// A challenge committee was drawn: each provider with its seats. They commit until
		/// `commit_until`; a majority of the seats decides.
		ChallengeDrawn {
			job: JobId,
			committee: BoundedVec<(T::AccountId, u32), T::MaxRedundancy>,
			commit_until: BlockNumberFor<T>,
		},
		/// The challenge committee agreed with the result: it stands. The challenger's bond paid
		/// the committee (`paid_to_committee`) and the rest went to the treasury.
		ResultUpheld { job: JobId, paid_to_committee: BalanceOf<T>, to_treasury: BalanceOf<T> },
		/// The challenge committee agreed on another output: the result is replaced by it
		/// (`output_hash`). Those who stood behind the old result were slashed `slashed`; from
		/// it the committee, the submitter (what it paid those providers), honest providers the
		/// old vote slashed (`compensated`) and the challenger (its bond back and `reward`) were
		/// paid.
		ResultOverturned {
			job: JobId,
			output_hash: H256,
			slashed: BalanceOf<T>,
			paid_to_committee: BalanceOf<T>,
			refunded_to_submitter: BalanceOf<T>,
			compensated: BalanceOf<T>,
			reward: BalanceOf<T>,
		},
		/// The challenge committee decided nothing (`reason`), or agreed on a failure
		/// (`Unprocessable`), which never overturns an output: the result stands and the
		/// challenger's bond was returned.
		ChallengeVoid { job: JobId, reason: FailReason, refunded: BalanceOf<T> },
		/// Governance set the protocol parameters.
		ParamsSet { params: ProtocolParams<BlockNumberFor<T>> },
		/// One item of a `commit_many` or `reveal_many` was refused and changed nothing; the
		/// batch's other items stand.
		BatchItemFailed { job: JobId, error: DispatchError },
		/// Item `index` (from 0) of a `submit_many` was refused and submitted nothing; the
		/// batch's other items stand.
		SubmissionFailed { index: u32, error: DispatchError },
		/// The submitter of a private job gave its content key to the `providers` providers of
		/// the round committing now (`provide_keys`).
		KeysProvided { job: JobId, providers: u32 },
		/// A private job's sealed outputs differ: `judges` seats of the round say which agree
		/// (`judge`) until block `until`.
		JudgingOpened { job: JobId, judges: u32, until: BlockNumberFor<T> },
		/// A seat of a private job's judged round gave its verdicts.
		Judged { job: JobId, provider: T::AccountId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The model does not exist or is banned.
		ModelUnavailable,
		/// The input does not match the model's declared inputs.
		InputMismatch,
		/// No data with the input's hash and length is stored with the chain's nodes
		/// (`blobs.store` it first), or it has expired.
		InputNotStored,
		/// The input's data expires before the job could end (and its result be challenged):
		/// `blobs.renew` it first.
		InputExpiresTooSoon,
		/// No provider holding the minimum bond, other than the caller, serves the model.
		NotEnoughProviders,
		/// The fee is above the caller's `max_fee`.
		FeeAboveMax,
		/// The protocol parameters are not set.
		NoParams,
		/// The redundancy is zero or above `MaxRedundancy`.
		RedundancyOutOfBounds,
		/// The auditors per audit are zero, or leave no room in a job for its primary, an
		/// escalation and a challenge (`1 + auditors + 2 × MIN_ESCALATION <= MaxRedundancy`).
		AuditorsOutOfBounds,
		/// A commit or reveal period is outside `MIN_PERIOD..=MAX_PERIOD` blocks.
		PeriodOutOfBounds,
		/// A slash is above its bound (`MAX_WRONG_OUTPUT_SLASH`, `MAX_NO_SHOW_SLASH`).
		SlashOutOfBounds,
		/// The protocol fee is above `MAX_PROTOCOL_FEE`.
		ProtocolFeeTooHigh,
		/// The retention is outside `MIN_RETENTION..=MAX_RETENTION` blocks.
		RetentionOutOfBounds,
		/// No job has this id.
		UnknownJob,
		/// The caller was not drawn for this job.
		NotAssigned,
		/// The job is not in its commit phase.
		NotCommitting,
		/// The caller already committed.
		AlreadyCommitted,
		/// Commits are still open: outputs may be revealed only after they close.
		CommitsStillOpen,
		/// The job is not in its reveal phase.
		NotRevealing,
		/// The caller did not commit, so it has nothing to reveal.
		NotCommitted,
		/// The caller already revealed.
		AlreadyRevealed,
		/// The output and salt do not match the caller's commitment.
		CommitmentMismatch,
		/// A stored output is revealed by hash, but no data of that hash and length is stored
		/// (reveal it with its bytes: `reveal_stored`).
		OutputNotStored,
		/// The output is no longer than `MaxOutputLen`: it is revealed on chain, not stored.
		OutputFitsOnChain,
		/// The output is longer than stored data may be.
		OutputTooLong,
		/// Only the submitter may cancel.
		NotSubmitter,
		/// The job's committee was drawn (or the job ended): it can no longer be cancelled.
		AlreadyAssigned,
		/// Too many deadlines fall in the coming blocks; try again later.
		TooManyJobs,
		/// The ids ran out.
		Overflow,
		/// A batch call carried no items.
		EmptyBatch,
		/// The audit floor is below `MIN_AUDIT_FLOOR`, or `trusted_after` above
		/// `MAX_TRUSTED_AFTER`.
		AuditRateOutOfBounds,
		/// The escalation committee (which a challenge committee's size follows) is smaller than
		/// `MIN_ESCALATION`, even, or leaves no room for the primary, the auditors and a
		/// challenge within `MaxRedundancy` (`1 + auditors + 2 × escalation`).
		EscalationOutOfBounds,
		/// The caller's round of this job is over: the job's current round (its auditors' or
		/// an escalation's) commits or reveals now.
		RoundClosed,
		/// A `reveal_many` item would settle a job with more assignments than the batch declared
		/// (`assignments`): refused, as the weight of that settlement was not paid for. Send it
		/// again with a bound of at least the job's assignments.
		AboveAssignmentsBound,
		/// Only a completed job's result can be challenged.
		NotCompleted,
		/// The job's challenge window closed (or it had none).
		ChallengeWindowClosed,
		/// The result is under challenge, or a challenge upheld or overturned it already (a
		/// challenge that decided nothing leaves it open to another).
		AlreadyChallenged,
		/// Only the job's submitter or a provider holding the minimum bond may challenge.
		NotEntitledToChallenge,
		/// The challenge window is shorter than `MIN_PERIOD`, longer than the retention or than
		/// the providers' unbonding delay, or the challenge bond is zero or above
		/// `MAX_CHALLENGE_BOND`.
		ChallengeOutOfBounds,
		/// A generation asks for more than its model allows: more new tokens than the model's
		/// `max_new_tokens`, or prompt and new tokens together longer than its `max_context`.
		GenerationTooLong,
		/// Private jobs run only models that do not generate (a generation's auditors check its
		/// tokens in the clear), and a private job of a `Tolerance` model cannot be challenged:
		/// its earlier seats could not judge the committee's outputs (docs/privacy.md).
		PrivateNotSupported,
		/// The job is not private.
		NotPrivate,
		/// No round of the job is committing, or its providers were given their keys already.
		NoKeysToGive,
		/// Keys come one for each provider of the round committing, in the order drawn.
		WrongKeyCount,
		/// Keys are given in the first half of the commit period at the latest, so that
		/// providers have the other half to run the model.
		KeysTooLate,
		/// A provider of the round has no encryption key registered (it left, or changed it
		/// to none).
		NoEncryptionKey,
		/// The job's round is not judging (only a private `Tolerance` job's round whose sealed
		/// outputs differ judges, after its reveals).
		NotJudging,
		/// Only the seats of the round that revealed an output judge.
		NotAJudge,
		/// The seat gave its verdicts already.
		AlreadyJudged,
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Submits an inference job for `model` with canonical-encoded `input`, verified as
		/// `tier` says (`Audited`: one primary, audited by chance after it commits; `Quorum`:
		/// a committee of `redundancy` seats votes). Anyone may call it. The most the job can
		/// cost (every seat it may pay for at the seat price cap, the stake-weighted median
		/// price of the model's pool; the model's royalty and the protocol fee) is held in
		/// escrow; the call fails if that exceeds `max_fee`. The committee is drawn
		/// `DrawDelay` blocks later, from randomness nobody knows now; what its seats do not
		/// cost is released then (an audited job's auditors' seats when its audit is drawn).
		/// The job runs under the protocol parameters in force now. Emits `JobSubmitted`. The
		/// weight charged up front assumes the largest pool; what a smaller one does not cost
		/// is refunded.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::submit(
			input.len() as u32,
			<T as pallet_providers::Config>::MaxProvidersPerModel::get(),
		))]
		pub fn submit(
			origin: OriginFor<T>,
			model: ModelId,
			input: BoundedVec<u8, T::MaxInputLen>,
			max_fee: BalanceOf<T>,
			tier: Tier,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let input_len = input.len() as u32;
			let weight = Self::alone(|| {
				let pool = Self::do_submit(who, model, JobInput::Inline(input), max_fee, tier)?;
				Ok((<T as Config>::WeightInfo::submit(input_len, pool), batch::Counted::SUBMISSION))
			})?;
			Ok(Some(weight).into())
		}

		/// Submits one job of `model` and `tier` for each of `inputs`, each exactly as `submit`
		/// would with `max_fee` the most that job may cost: for a dApp with many inputs for one
		/// model (a camera's frames, a batch of prompts), one transaction instead of one per job.
		/// Items are applied in order, each in its own storage layer: a refused item submits
		/// nothing, holds nothing and is reported in `SubmissionFailed` with its index; the
		/// others stand and emit `JobSubmitted`. The call fails, changing nothing, only when
		/// every item is refused, with the first item's error. Charged up front as a `submit`
		/// of each input at the largest pool; refunded to what the items took: a `submit` at the
		/// model's pool for each accepted input, the charge for a refused one, and the writes the
		/// items share (the job counter, the deadline bucket of their draw, the submitter's
		/// escrow hold and account) once, not once per job, as the reads of keys an earlier item
		/// read (those, the parameters, the model and its pool).
		#[pallet::call_index(10)]
		#[pallet::weight(inputs.iter().fold(Weight::zero(), |w, input| {
			w.saturating_add(<T as Config>::WeightInfo::submit(
				input.len() as u32,
				<T as pallet_providers::Config>::MaxProvidersPerModel::get(),
			))
		}))]
		pub fn submit_many(
			origin: OriginFor<T>,
			model: ModelId,
			inputs: BoundedVec<BoundedVec<u8, T::MaxInputLen>, T::MaxBatch>,
			max_fee: BalanceOf<T>,
			tier: Tier,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (weight, _) = Self::each_item(
				inputs,
				|index, _| move |error| Event::SubmissionFailed { index, error },
				|input| {
					<T as Config>::WeightInfo::submit(
						input.len() as u32,
						<T as pallet_providers::Config>::MaxProvidersPerModel::get(),
					)
				},
				|input| {
					let len = input.len() as u32;
					let pool = Self::do_submit(
						who.clone(),
						model,
						JobInput::Inline(input),
						max_fee,
						tier,
					)?;
					Ok((<T as Config>::WeightInfo::submit(len, pool), batch::Counted::SUBMISSION))
				},
			)?;
			Ok(Some(weight).into())
		}

		/// Submits a job whose input the chain's nodes keep by content hash: `input_hash` and
		/// `input_len` name data stored with `blobs.store` (up to its `MaxBlobLen`, far more
		/// than `submit` carries). Otherwise exactly as `submit`. The data must be kept until
		/// the job could end and its result be challenged (`InputExpiresTooSoon` otherwise).
		/// The chain cannot read the data: providers check it against the model's declared
		/// inputs, and a job whose data does not fit, or that nodes cannot read, ends
		/// `Unprocessable` (`InputInvalid`, `InputUnavailable`) with the submitter paying the
		/// providers' seats and refunded the rest. Emits `JobSubmitted`.
		#[pallet::call_index(8)]
		#[pallet::weight(<T as Config>::WeightInfo::submit(
			0,
			<T as pallet_providers::Config>::MaxProvidersPerModel::get(),
		).saturating_add(T::DbWeight::get().reads(1)))]
		pub fn submit_stored(
			origin: OriginFor<T>,
			model: ModelId,
			input_hash: H256,
			input_len: u32,
			max_fee: BalanceOf<T>,
			tier: Tier,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let input = JobInput::Stored { hash: input_hash, len: input_len };
			let weight = Self::alone(|| {
				let pool = Self::do_submit(who, model, input, max_fee, tier)?;
				let weight = <T as Config>::WeightInfo::submit(0, pool)
					.saturating_add(T::DbWeight::get().reads(1));
				Ok((weight, batch::Counted::SUBMISSION))
			})?;
			Ok(Some(weight).into())
		}

		/// Submits a private job (docs/privacy.md): as `submit_stored`, where the stored data is
		/// the job's input sealed under a content key the chain never sees
		/// (`verity_primitives::privacy::seal`, purpose `input`; `input_len` counts its 16-byte
		/// tag), and `key_commitment` is that key's commitment. Only providers with an
		/// encryption key registered are drawn. After each draw the submitter gives the seat
		/// holders the key (`provide_keys`); a seat given none, or one it cannot open (it
		/// commits the failure `InputUnavailable`), is neither paid nor slashed. Only models
		/// that do not generate (`PrivateNotSupported`): providers seal their outputs so that
		/// equal outputs seal alike and the chain compares the sealed bytes; under `Tolerance`,
		/// a round whose sealed outputs differ is judged by its seats (`judge`). Emits
		/// `JobSubmitted`.
		#[pallet::call_index(11)]
		#[pallet::weight(<T as Config>::WeightInfo::submit(
			0,
			<T as pallet_providers::Config>::MaxProvidersPerModel::get(),
		).saturating_add(T::DbWeight::get().reads_writes(1, 1)))]
		pub fn submit_private(
			origin: OriginFor<T>,
			model: ModelId,
			input_hash: H256,
			input_len: u32,
			key_commitment: [u8; 32],
			max_fee: BalanceOf<T>,
			tier: Tier,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let input = JobInput::Sealed { hash: input_hash, len: input_len, key_commitment };
			let weight = Self::alone(|| {
				let pool = Self::do_submit(who, model, input, max_fee, tier)?;
				let weight = <T as Config>::WeightInfo::submit(0, pool)
					.saturating_add(T::DbWeight::get().reads_writes(1, 1));
				Ok((weight, batch::Counted::SUBMISSION))
			})?;
			Ok(Some(weight).into())
		}

		/// Gives a private job's content key to the providers of the round committing now (its
		/// committee, auditors, referees or challenge committee): `ephemeral` is the x25519
		/// public key of the secret the keys were wrapped with, `keys` one 48-byte wrap for each
		/// provider of the round, in the order drawn (`JobAssigned`, `AuditDrawn`, …), to the
		/// encryption key it has registered (`verity_primitives::privacy::wrap`). Only the
		/// submitter (`NotSubmitter`), once a round (`NoKeysToGive`), in the first half of the
		/// commit period (`KeysTooLate`), for providers that all have an encryption key
		/// (`NoEncryptionKey`). Emits `KeysProvided`.
		#[pallet::call_index(12)]
		#[pallet::weight(<T as Config>::WeightInfo::provide_keys(keys.len() as u32))]
		pub fn provide_keys(
			origin: OriginFor<T>,
			job: JobId,
			ephemeral: [u8; 32],
			keys: BoundedVec<verity_primitives::privacy::WrappedKey, T::MaxRedundancy>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_provide_keys(who, job, ephemeral, keys)
		}

		/// Gives a judge's verdicts on a private `Tolerance` job's sealed outputs: bit `i` of
		/// `agrees` says assignment `i`'s output agrees with the caller's under the model's rule
		/// (docs/privacy.md). Only a seat of the judging round that revealed an output
		/// (`NotAJudge`), once (`AlreadyJudged`), while the round judges (`NotJudging`). The last
		/// verdict settles the round. Emits `Judged`. Free when it succeeds; charged as a
		/// settling verdict otherwise.
		#[pallet::call_index(13)]
		#[pallet::weight(Pallet::<T>::max_judge_weight())]
		pub fn judge(origin: OriginFor<T>, job: JobId, agrees: u64) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Ok(Self::free(Self::alone(|| Self::do_judge(who, job, agrees))?))
		}

		/// Commits to an outcome: `commitment = blake2_256(SCALE(outcome) ‖ salt ‖
		/// SCALE(provider))`, where the outcome is the output or the failure the provider met.
		/// Only a provider drawn for the job, once, while commits are open. When every provider
		/// has committed, commits close at once. Emits `Committed`. Free when it succeeds (an
		/// honest provider earns exactly its price); charged as the commit that closes
		/// otherwise.
		#[pallet::call_index(1)]
		#[pallet::weight(<T as Config>::WeightInfo::commit(T::MaxRedundancy::get()))]
		pub fn commit(
			origin: OriginFor<T>,
			job: JobId,
			commitment: H256,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Ok(Self::free(Self::alone(|| Self::do_commit(who, job, commitment))?))
		}

		/// Reveals the outcome committed to. Only after commits close, once, matching the
		/// commitment. The last reveal settles the job. Emits `Revealed`, and `JobCompleted` or
		/// `JobFailed` if it was the last. Free when it succeeds; charged as a settling reveal
		/// at the largest redundancy and most beneficiaries otherwise.
		#[pallet::call_index(2)]
		#[pallet::weight(Pallet::<T>::max_reveal_weight(outcome.output().map_or(0, |o| o.len())))]
		pub fn reveal(
			origin: OriginFor<T>,
			job: JobId,
			outcome: RevealedOutcomeOf<T>,
			salt: Salt,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Ok(Self::free(Self::do_reveal(who, job, outcome, salt, None)?.0))
		}

		/// Cancels a job whose committee has not been drawn yet, refunding the submitter in
		/// full. Submitter only. Once the committee is drawn the job can no longer be cancelled
		/// (`AlreadyAssigned`): a submitter cannot draw again until it likes its committee.
		/// The job leaves no record (`jobsApi.job` no longer knows it). Emits `JobCancelled`.
		#[pallet::call_index(3)]
		// The benchmark's job is not private: a private job's record and verdicts are two more
		// writes.
		#[pallet::weight(<T as Config>::WeightInfo::cancel().saturating_add(T::DbWeight::get().writes(2)))]
		pub fn cancel(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel(who, job)
		}

		/// Commits to the outcomes of several jobs in one transaction, each item exactly as
		/// `commit` would. Items are applied one by one: a refused item changes nothing and is
		/// reported in `BatchItemFailed`, the others stand. The call fails (and changes
		/// nothing) only when every item is refused, with the first item's error. Free when
		/// every item is applied. This is what providers' off-chain workers submit: one
		/// transaction per block for all their jobs.
		#[pallet::call_index(5)]
		#[pallet::weight(<T as Config>::WeightInfo::commit(T::MaxRedundancy::get())
			.saturating_mul(commits.len() as u64))]
		pub fn commit_many(
			origin: OriginFor<T>,
			commits: BoundedVec<(JobId, H256), T::MaxBatch>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let outcome = Self::each_item(
				commits,
				|_, (job, _)| Self::failed_job(*job),
				|_| <T as Config>::WeightInfo::commit(T::MaxRedundancy::get()),
				|(job, commitment)| Self::do_commit(who.clone(), job, commitment),
			)?;
			Ok(Self::free_if(outcome))
		}

		/// Reveals the outcomes committed to for several jobs in one transaction, each item
		/// `(job, outcome, salt)` exactly as `reveal` would (a last reveal settles its job).
		/// Items are applied one by one as in `commit_many`. `assignments` bounds the jobs the
		/// items settle: each item is charged up front as if it settled a job of that many
		/// assignments (at most `MaxRedundancy`) and the most royalty beneficiaries, and an item
		/// that would settle a job with more assignments is refused (`AboveAssignmentsBound`:
		/// its weight was not paid for). What the items did not cost is refunded, and the whole
		/// fee when every item is applied. The off-chain worker declares the largest job of its
		/// batch, so a batch of small jobs is not charged as if each were the largest the chain
		/// allows (which kept blocks a quarter empty under load).
		#[pallet::call_index(6)]
		#[pallet::weight(reveals.iter().fold(Weight::zero(), |w, (_, outcome, _)| {
			w.saturating_add(Pallet::<T>::bounded_reveal_weight(
				outcome.output().map_or(0, |o| o.len()),
				*assignments,
			))
		}))]
		pub fn reveal_many(
			origin: OriginFor<T>,
			reveals: BoundedVec<(JobId, RevealedOutcomeOf<T>, Salt), T::MaxBatch>,
			assignments: u32,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let outcome = Self::each_item(
				reveals,
				|_, (job, ..)| Self::failed_job(*job),
				|(_, outcome, _)| {
					Self::bounded_reveal_weight(
						outcome.output().map_or(0, |o| o.len()),
						assignments,
					)
				},
				|(job, outcome, salt)| {
					Self::do_reveal(who.clone(), job, outcome, salt, Some(assignments))
				},
			)?;
			Ok(Self::free_if(outcome))
		}

		/// Reveals an output longer than `MaxOutputLen` together with its bytes, which the chain's
		/// nodes keep as stored data (pallet-blobs, at the caller's expense: the storage fee,
		/// unless the same bytes are stored already for long enough). The outcome revealed is
		/// `Outcome::Stored { hash, len }` of `output`, as it was committed; otherwise as
		/// `reveal`. `output` must be the call's last argument: the node keeps the last bytes
		/// of the transaction.
		#[pallet::call_index(9)]
		#[pallet::weight(Pallet::<T>::max_reveal_weight(0)
			.saturating_add(<T::Blobs as verity_primitives::BlobStore<T::AccountId, BlockNumberFor<T>>>::keep_weight(output.len() as u32)))]
		pub fn reveal_stored(
			origin: OriginFor<T>,
			job: JobId,
			salt: Salt,
			output: alloc::vec::Vec<u8>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let weight = Self::do_reveal_stored(who, job, salt, output)?;
			Ok(Self::free(weight))
		}

		/// Challenges a completed job's result, within its challenge window: the job's
		/// submitter or any provider holding the minimum bond, until a challenge decides it. The job's
		/// challenge bond is held from the caller. `DrawDelay` blocks later a challenge
		/// committee (`escalation` seats, none of them a provider of the job or the challenger)
		/// is drawn from fresh randomness and runs the job again; a majority of its seats
		/// decides. If it agrees with the result, the bond pays the committee and the rest goes
		/// to the treasury (`ResultUpheld`). If it agrees on another output, everyone who
		/// stood behind the result loses the job's wrong-output slash per seat and its record;
		/// the slashes pay the committee, give the submitter back what it paid them, make
		/// whole the providers the old vote slashed for the outcome the committee found, and
		/// return the challenger's bond with what is left, up to as much again
		/// (`ResultOverturned`). If it decides nothing, or agrees on a failure, the bond is
		/// returned (`ChallengeVoid`) and the result may be challenged again within the window.
		/// While the challenge runs the job counts as in flight for all of its providers: none
		/// can unbond or withdraw. Emits `Challenged`.
		#[pallet::call_index(7)]
		#[pallet::weight(Pallet::<T>::challenge_weight())]
		pub fn challenge(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_challenge(who, job)
		}

		/// Sets the protocol parameters. `ParamsOrigin` only. Values outside the bounds of
		/// [`bounds`] are refused with an error naming the first one. Applies to jobs submitted
		/// afterwards: jobs in flight keep their terms. Emits `ParamsSet`.
		#[pallet::call_index(4)]
		pub fn set_params(
			origin: OriginFor<T>,
			params: ProtocolParams<BlockNumberFor<T>>,
		) -> DispatchResult {
			T::ParamsOrigin::ensure_origin(origin)?;
			Self::check_params(&params)?;
			Params::<T>::put(params.clone());
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Runs one item of a call that is not a batch: its weight less the deadline buckets
		/// its weight counted and its search did not read (`crate::batch`; a batch of one
		/// shares no keys).
		fn alone(
			item: impl FnOnce() -> Result<(Weight, batch::Counted), DispatchError>,
		) -> Result<Weight, DispatchError> {
			batch::run(|| {
				let (weight, counted) = item()?;
				Ok(weight.saturating_sub(batch::end_item_weight(counted, T::DbWeight::get())))
			})
		}

		/// A successful provider call: charged its weight, no fee.
		fn free(weight: Weight) -> PostDispatchInfo {
			PostDispatchInfo { actual_weight: Some(weight), pays_fee: Pays::No }
		}

		/// A batch: free when every item was applied, else it pays for what it did.
		fn free_if((weight, all_applied): (Weight, bool)) -> PostDispatchInfo {
			PostDispatchInfo {
				actual_weight: Some(weight),
				pays_fee: if all_applied { Pays::No } else { Pays::Yes },
			}
		}
	}

	#[pallet::extra_constants]
	impl<T: Config> Pallet<T> {
		/// Fewest blocks in a commit or reveal period.
		#[pallet::constant_name(MinPeriod)]
		fn min_period() -> u32 {
			bounds::MIN_PERIOD
		}
		/// Most blocks in a commit or reveal period.
		#[pallet::constant_name(MaxPeriod)]
		fn max_period() -> u32 {
			bounds::MAX_PERIOD
		}
		/// The highest wrong-output slash per seat, as a share of the minimum bond.
		#[pallet::constant_name(MaxWrongOutputSlash)]
		fn max_wrong_output_slash() -> Perbill {
			bounds::MAX_WRONG_OUTPUT_SLASH
		}
		/// The highest no-show slash per seat, as a share of the minimum bond.
		#[pallet::constant_name(MaxNoShowSlash)]
		fn max_no_show_slash() -> Perbill {
			bounds::MAX_NO_SHOW_SLASH
		}
		/// The highest protocol fee.
		#[pallet::constant_name(MaxProtocolFee)]
		fn max_protocol_fee() -> Perbill {
			bounds::MAX_PROTOCOL_FEE
		}
		/// The lowest audit floor governance may set.
		#[pallet::constant_name(MinAuditFloor)]
		fn min_audit_floor() -> Perbill {
			bounds::MIN_AUDIT_FLOOR
		}
		/// The most consecutive valid results governance may ask before trust.
		#[pallet::constant_name(MaxTrustedAfter)]
		fn max_trusted_after() -> u32 {
			bounds::MAX_TRUSTED_AFTER
		}
		/// The fewest seats of an escalation committee.
		#[pallet::constant_name(MinEscalation)]
		fn min_escalation() -> u32 {
			bounds::MIN_ESCALATION
		}
		/// The highest challenge bond, as a share of the minimum bond.
		#[pallet::constant_name(MaxChallengeBond)]
		fn max_challenge_bond() -> Perbill {
			bounds::MAX_CHALLENGE_BOND
		}
		/// Fewest blocks an ended job is kept.
		#[pallet::constant_name(MinRetention)]
		fn min_retention() -> u32 {
			bounds::MIN_RETENTION
		}
		/// Most blocks an ended job is kept.
		#[pallet::constant_name(MaxRetention)]
		fn max_retention() -> u32 {
			bounds::MAX_RETENTION
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(n: BlockNumberFor<T>) -> Weight {
			let weight = Self::process_deadlines(n);
			Self::note_deadlines(weight);
			// And `on_finalize`: `Congestion` and `CongestionLevel` read (by the deadlines) and
			// written.
			weight.saturating_add(T::DbWeight::get().writes(2))
		}

		fn on_finalize(_n: BlockNumberFor<T>) {
			Self::note_block_end()
		}

		fn on_idle(n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::prune(n, remaining)
		}

		fn offchain_worker(n: BlockNumberFor<T>) {
			Self::offchain_work(n)
		}

		fn integrity_test() {
			assert!(T::MaxRedundancy::get() >= 1, "MaxRedundancy must be at least 1");
			assert!(
				T::MaxRedundancy::get() <= 64,
				"MaxRedundancy must be at most 64: a verdict has a bit for each assignment"
			);
			assert!(T::MaxJobsPerBlock::get() >= 1, "MaxJobsPerBlock must be at least 1");
			assert!(
				T::MaxConclusionsPerBlock::get() >= 1,
				"MaxConclusionsPerBlock must be at least 1"
			);
			assert!(
				T::MaxAssignmentsPerBlock::get() >= 1,
				"MaxAssignmentsPerBlock must be at least 1"
			);
			assert!(T::MaxDrawWeight::get().ref_time() > 0, "MaxDrawWeight must allow some weight");
			assert!(T::MaxOutputLen::get() >= 16, "MaxOutputLen cannot hold an output");
			assert!(
				T::DrawDelay::get() >= sp_runtime::traits::One::one(),
				"DrawDelay must be at least 1: a committee is never drawn in its job's block"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
