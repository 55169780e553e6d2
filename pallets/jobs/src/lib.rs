//! # Jobs pallet
//!
//! Inference jobs from submission to settlement. Read the life of a job in file order:
//!
//! - `submit.rs`: check the input against the model's spec, price the job, hold the fee in
//!   escrow and draw `redundancy` providers with on-chain randomness;
//! - `commit_reveal.rs`: providers commit to `H(output ‖ salt ‖ provider)`, then reveal once
//!   commits close; deadlines move a job on when providers are slow or silent;
//! - `vote.rs`: group the revealed outputs by the model's comparison rule; the largest group
//!   wins if it reaches the quorum;
//! - `settle.rs`: every movement of funds — escrow, payouts, royalties, the protocol fee,
//!   slashes, refunds;
//! - `lifecycle.rs`: deadlines in `on_initialize`, pruning of old jobs in `on_idle`, and the
//!   invariants;
//! - `offchain.rs`: the off-chain worker that runs the model for this node's providers and
//!   submits their commits and reveals.
//!
//! Protocol parameters live in storage and change only through `ParamsOrigin`.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod commit_reveal;
mod lifecycle;
pub mod offchain;
pub mod runtime_api;
mod settle;
mod submit;
pub mod types;
mod vote;
pub mod weights;

#[cfg(test)]
mod conservation;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod offchain_tests;
#[cfg(test)]
mod tests;

pub use offchain::{crypto, KEY_TYPE};
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{pallet_prelude::*, traits::Randomness};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use verity_primitives::{JobId, ModelId, Salt};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A submitter's payment for a job, held until the job ends.
		#[codec(index = 0)]
		JobEscrow,
	}

	#[pallet::config]
	pub trait Config:
		frame_system::Config
		+ pallet_providers::Config<RuntimeHoldReason: From<HoldReason>>
		+ pallet_models::Config<Currency = CurrencyOf<Self>>
		+ frame_system::offchain::CreateSignedTransaction<Call<Self>>
	{
		/// The key providers' off-chain workers sign commits and reveals with.
		type AuthorityId: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>;

		/// On-chain randomness to draw providers from.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;

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

		/// Most commits or reveals one `commit_many` or `reveal_many` carries.
		#[pallet::constant]
		type MaxBatch: Get<u32>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;
	}

	/// The id the next job gets.
	#[pallet::storage]
	pub type NextJobId<T> = StorageValue<_, JobId, ValueQuery>;

	/// Jobs, from submission until pruned after the retention period.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, JobOf<T>>;

	/// The input of each job until the job ends.
	#[pallet::storage]
	pub type Inputs<T: Config> = StorageMap<_, Twox64Concat, JobId, BoundedVec<u8, T::MaxInputLen>>;

	/// Outputs revealed for jobs still in their reveal phase.
	#[pallet::storage]
	pub type Reveals<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		JobId,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<u8, T::MaxOutputLen>,
	>;

	/// The accepted output of each completed job, kept for the retention period.
	#[pallet::storage]
	pub type Results<T: Config> =
		StorageMap<_, Twox64Concat, JobId, BoundedVec<u8, T::MaxOutputLen>>;

	/// The jobs each provider is assigned to and that have not ended: what its off-chain
	/// worker has to do.
	#[pallet::storage]
	pub type ProviderJobs<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, JobId, ()>;

	/// Jobs whose commit or reveal deadline falls in a block.
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

	/// The protocol parameters.
	#[pallet::storage]
	pub type Params<T: Config> = StorageValue<_, ProtocolParams<BlockNumberFor<T>>, OptionQuery>;

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
					Pallet::<T>::params_valid(params),
					"genesis protocol parameters are invalid"
				);
				Params::<T>::put(params);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A job was submitted and its fee held in escrow.
		JobSubmitted { job: JobId, submitter: T::AccountId, model: ModelId, fee: BalanceOf<T> },
		/// Providers were drawn for a job; they commit until `commit_until`.
		JobAssigned {
			job: JobId,
			providers: BoundedVec<T::AccountId, T::MaxRedundancy>,
			commit_until: BlockNumberFor<T>,
		},
		/// A provider committed to its output.
		Committed { job: JobId, provider: T::AccountId },
		/// Commits closed; providers who committed reveal until `reveal_until`.
		CommitsClosed { job: JobId, commits: u32, reveal_until: BlockNumberFor<T> },
		/// A provider revealed an output matching its commitment.
		Revealed { job: JobId, provider: T::AccountId },
		/// A result was accepted and paid for.
		JobCompleted {
			job: JobId,
			/// blake2-256 of the accepted output (the output itself is in `Results`).
			output_hash: H256,
			/// Providers whose outputs agreed; each was paid its price.
			winners: u32,
			paid_to_providers: BalanceOf<T>,
			royalty: BalanceOf<T>,
			protocol_fee: BalanceOf<T>,
			/// Returned to the submitter (the prices of providers who were not paid).
			refunded: BalanceOf<T>,
		},
		/// A job failed; the submitter was refunded in full.
		JobFailed { job: JobId, reason: FailReason, refunded: BalanceOf<T> },
		/// The submitter cancelled a job and was refunded in full.
		JobCancelled { job: JobId, refunded: BalanceOf<T> },
		/// A provider of a job was slashed; the amount went to the treasury.
		ProviderSlashed {
			job: JobId,
			provider: T::AccountId,
			amount: BalanceOf<T>,
			reason: SlashReason,
		},
		/// Governance set the protocol parameters.
		ParamsSet { params: ProtocolParams<BlockNumberFor<T>> },
		/// One item of a `commit_many` or `reveal_many` was refused and changed nothing; the
		/// batch's other items stand.
		BatchItemFailed { job: JobId, error: DispatchError },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The model does not exist or is banned.
		ModelUnavailable,
		/// The input does not match the model's declared inputs.
		InputMismatch,
		/// Fewer eligible providers serve the model than the redundancy.
		NotEnoughProviders,
		/// The fee is above the caller's `max_fee`.
		FeeAboveMax,
		/// The protocol parameters are not set.
		NoParams,
		/// The parameters are inconsistent (quorum must be more than half of redundancy and at
		/// most redundancy, redundancy at most the maximum, periods non-zero).
		InvalidParams,
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
		/// Only the submitter may cancel.
		NotSubmitter,
		/// A provider already committed: the job can no longer be cancelled.
		AlreadyStarted,
		/// Too many deadlines fall in the coming blocks; try again later.
		TooManyJobs,
		/// The ids ran out.
		Overflow,
		/// A batch call carried no items.
		EmptyBatch,
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Submits an inference job for `model` with canonical-encoded `input`. Anyone may
		/// call it. The fee (the drawn providers' prices, the model's royalty and the protocol
		/// fee) is held in escrow; the call fails if it would exceed `max_fee`. Emits
		/// `JobSubmitted` and `JobAssigned`. The weight charged up front assumes the largest
		/// pool of providers; what a smaller pool does not cost is refunded.
		#[pallet::call_index(0)]
		#[pallet::weight(<T as Config>::WeightInfo::submit(
			input.len() as u32,
			<T as pallet_providers::Config>::MaxProvidersPerModel::get(),
			T::MaxRedundancy::get(),
		))]
		pub fn submit(
			origin: OriginFor<T>,
			model: ModelId,
			input: BoundedVec<u8, T::MaxInputLen>,
			max_fee: BalanceOf<T>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let input_len = input.len() as u32;
			let (pool, drawn) = Self::do_submit(who, model, input, max_fee)?;
			Ok(Some(<T as Config>::WeightInfo::submit(input_len, pool, drawn)).into())
		}

		/// Commits to an output: `commitment = blake2_256(output ‖ salt ‖ SCALE(provider))`.
		/// Only a provider drawn for the job, once, while commits are open. When every
		/// provider has committed, commits close at once. Emits `Committed`. Charged as the
		/// commit that closes; an earlier one is refunded the difference.
		#[pallet::call_index(1)]
		pub fn commit(
			origin: OriginFor<T>,
			job: JobId,
			commitment: H256,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Ok(Some(Self::do_commit(who, job, commitment)?).into())
		}

		/// Reveals the output committed to. Only after commits close, once, matching the
		/// commitment. The last reveal settles the job. Emits `Revealed`, and `JobCompleted` or
		/// `JobFailed` if it was the last. Charged as a settling reveal at the largest
		/// redundancy and most beneficiaries; what this one did not cost is refunded.
		#[pallet::call_index(2)]
		#[pallet::weight(Pallet::<T>::max_reveal_weight(output.len()))]
		pub fn reveal(
			origin: OriginFor<T>,
			job: JobId,
			output: BoundedVec<u8, T::MaxOutputLen>,
			salt: Salt,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Ok(Some(Self::do_reveal(who, job, output, salt)?).into())
		}

		/// Cancels a job no provider has committed to yet, refunding the submitter in full.
		/// Submitter only. Emits `JobCancelled`.
		#[pallet::call_index(3)]
		#[pallet::weight(<T as Config>::WeightInfo::cancel(T::MaxRedundancy::get()))]
		pub fn cancel(origin: OriginFor<T>, job: JobId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel(who, job)
		}

		/// Commits to the outputs of several jobs in one transaction, each item exactly as
		/// `commit` would. Items are applied one by one: a refused item changes nothing and is
		/// reported in `BatchItemFailed`, the others stand. The call fails (and changes
		/// nothing) only when every item is refused, with the first item's error. This is what
		/// providers' off-chain workers submit: one transaction per block for all their jobs.
		#[pallet::call_index(5)]
		#[pallet::weight(<T as Config>::WeightInfo::commit().saturating_mul(commits.len() as u64))]
		pub fn commit_many(
			origin: OriginFor<T>,
			commits: BoundedVec<(JobId, H256), T::MaxBatch>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let weight = Self::each_item(
				commits,
				|(job, _)| *job,
				|_| <T as Config>::WeightInfo::commit(),
				|(job, commitment)| Self::do_commit(who.clone(), job, commitment),
			)?;
			Ok(Some(weight).into())
		}

		/// Reveals the outputs committed to for several jobs in one transaction, each item
		/// `(job, output, salt)` exactly as `reveal` would (a last reveal settles its job).
		/// Items are applied one by one as in `commit_many`. Charged up front as if every item
		/// settled its job at the largest redundancy; what they did not cost is refunded.
		#[pallet::call_index(6)]
		#[pallet::weight(reveals.iter().fold(Weight::zero(), |w, (_, output, _)| {
			w.saturating_add(Pallet::<T>::max_reveal_weight(output.len()))
		}))]
		pub fn reveal_many(
			origin: OriginFor<T>,
			reveals: BoundedVec<(JobId, BoundedVec<u8, T::MaxOutputLen>, Salt), T::MaxBatch>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let weight = Self::each_item(
				reveals,
				|(job, ..)| *job,
				|(_, output, _)| Self::max_reveal_weight(output.len()),
				|(job, output, salt)| Self::do_reveal(who.clone(), job, output, salt),
			)?;
			Ok(Some(weight).into())
		}

		/// Sets the protocol parameters. `ParamsOrigin` only. Applies to jobs submitted
		/// afterwards. Emits `ParamsSet`.
		#[pallet::call_index(4)]
		pub fn set_params(
			origin: OriginFor<T>,
			params: ProtocolParams<BlockNumberFor<T>>,
		) -> DispatchResult {
			T::ParamsOrigin::ensure_origin(origin)?;
			ensure!(Self::params_valid(&params), Error::<T>::InvalidParams);
			Params::<T>::put(params.clone());
			Self::deposit_event(Event::ParamsSet { params });
			Ok(())
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(n: BlockNumberFor<T>) -> Weight {
			Self::process_deadlines(n)
		}

		fn on_idle(n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::prune(n, remaining)
		}

		fn offchain_worker(n: BlockNumberFor<T>) {
			Self::offchain_work(n)
		}

		fn integrity_test() {
			assert!(T::MaxRedundancy::get() >= 1, "MaxRedundancy must be at least 1");
			assert!(T::MaxJobsPerBlock::get() >= 1, "MaxJobsPerBlock must be at least 1");
			assert!(
				T::MaxConclusionsPerBlock::get() >= 1,
				"MaxConclusionsPerBlock must be at least 1"
			);
			assert!(T::MaxOutputLen::get() >= 16, "MaxOutputLen cannot hold an output");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
