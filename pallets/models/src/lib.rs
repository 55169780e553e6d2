//! # Models pallet
//!
//! A content-addressed registry of ONNX models. A model is known by the blake2-256 hash of its
//! bytes; its entry says where to fetch the bytes (`uri`), their size, the tensors it takes and
//! returns (`io`), how providers' outputs are compared in the redundancy vote (`rule`), and the
//! royalty paid per completed job with the beneficiaries who share it.
//!
//! The registrant holds a storage deposit for as long as the entry exists. The owner may
//! change the URI and the royalties; governance may deprecate a model (no new providers take
//! it up, jobs still run), ban it (no new jobs) or reinstate it.
//!
//! Files: `types.rs` (the model entry), `impls.rs` (the logic behind each call and the
//! deposit), `weights.rs`, `runtime_api.rs` (what clients query).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod impls;
pub mod migrations;
pub mod runtime_api;
pub mod types;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use types::*;
pub use weights::WeightInfo;

// `register` takes the whole model entry as arguments.
#[allow(clippy::too_many_arguments)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use verity_primitives::{ComparisonRule, IoSpec, ModelHash, ModelId};

	/// The layout of this pallet's storage (1: a model entry says its kind, function or
	/// generator; `migrations::v1`).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The storage deposit of a registered model.
		#[codec(index = 0)]
		ModelDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The native currency, in which deposits are held.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who may deprecate, ban and reinstate models.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The deposit every model entry holds.
		#[pallet::constant]
		type DepositBase: Get<BalanceOf<Self>>;

		/// The deposit held per byte of the entry's URI and I/O spec.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// Longest source URI.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;

		/// Most royalty beneficiaries of one model.
		#[pallet::constant]
		type MaxBeneficiaries: Get<u32>;

		/// Largest model, in bytes, that providers are expected to fetch.
		#[pallet::constant]
		type MaxModelSize: Get<u64>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The id the next registered model gets.
	#[pallet::storage]
	pub type NextModelId<T> = StorageValue<_, ModelId, ValueQuery>;

	/// Registered models by id.
	#[pallet::storage]
	pub type Models<T: Config> = StorageMap<_, Blake2_128Concat, ModelId, ModelInfoOf<T>>;

	/// The id of the model with a given content hash; a hash is registered at most once.
	#[pallet::storage]
	pub type ModelByHash<T> = StorageMap<_, Identity, ModelHash, ModelId>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A model was registered and its deposit held.
		ModelRegistered {
			model: ModelId,
			owner: T::AccountId,
			hash: ModelHash,
			deposit: BalanceOf<T>,
		},
		/// The owner changed where the model's bytes are fetched from.
		UriUpdated { model: ModelId, deposit: BalanceOf<T> },
		/// The owner changed the royalty per job or its beneficiaries.
		RoyaltiesUpdated { model: ModelId, royalty_per_job: BalanceOf<T> },
		/// The model's status changed: by governance, or `Suspended` when its deposit ran
		/// short, or `Active` again when its owner restored the deposit.
		StatusChanged { model: ModelId, status: ModelStatus },
		/// Part of the model's deposit paid a provider for a failure that was the model's fault.
		DepositCharged { model: ModelId, to: T::AccountId, amount: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No model has this id.
		UnknownModel,
		/// A model with this content hash is already registered.
		DuplicateHash,
		/// Only the model's owner may do this.
		NotOwner,
		/// The URI is empty or its scheme is not `file://`, `http://` or `https://`.
		BadUri,
		/// The size is zero or above the largest model allowed.
		BadSize,
		/// The I/O spec declares no input, no output, or an unnamed tensor.
		BadIoSpec,
		/// A tolerance bound is zero in both parts; use `Exact` instead.
		BadTolerance,
		/// A tolerance bound is above 1e-2 (`MAX_TOLERANCE_PPB`): outputs that far apart do not
		/// show the same computation.
		ToleranceTooLoose,
		/// Royalty shares do not add up to exactly 100%.
		SharesNotWhole,
		/// An account appears twice among the beneficiaries.
		DuplicateBeneficiary,
		/// A royalty is charged but nobody receives it.
		NoBeneficiaries,
		/// The model already has this status.
		StatusUnchanged,
		/// `Suspended` is not set by governance: a model is suspended when its deposit runs
		/// short, and active again when its owner holds it again.
		NotSettable,
		/// The ids ran out.
		Overflow,
		/// A generator's I/O spec is not the generation interface (`input_ids [1, ?]`,
		/// `max_new_tokens [1]`, optionally `eos_token_id [1]`; `tokens [1, ?]`; all Int64),
		/// or its rule is not `Exact`.
		NotAGenerator,
		/// A generator's `max_new_tokens` is not between 1 and 4,096, its `max_context` does not
		/// exceed it, or its logit margin is above 0.1 (100,000 ppm).
		BadGenerationLimits,
		/// An image model's I/O spec does not take exactly one Float32 [1, 3, H, W] input with
		/// H and W fixed.
		NotAnImageModel,
		/// An image model's channel mean is above 1 or its standard deviation is 0 or above 10.
		BadPreprocessing,
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Registers a model. Anyone may call it; the caller becomes the owner and a deposit
		/// proportional to the entry's size is held from them.
		///
		/// `hash` is blake2-256 of the ONNX bytes found at `uri` (`file://`, `http://` or
		/// `https://`), `size` their length. `royalties` lists who shares `royalty_per_job`;
		/// shares must sum to exactly 100%. Emits `ModelRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register(royalties.len() as u32))]
		pub fn register(
			origin: OriginFor<T>,
			hash: ModelHash,
			size: u64,
			uri: BoundedVec<u8, T::MaxUriLen>,
			io: IoSpec,
			rule: ComparisonRule,
			royalty_per_job: BalanceOf<T>,
			royalties: RoyaltiesOf<T>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_register(
				owner,
				hash,
				size,
				uri,
				io,
				rule,
				royalty_per_job,
				royalties,
				ModelKind::Function,
			)
		}

		/// Changes where the model's bytes are fetched from. Owner only; the deposit follows
		/// the new length, and a model suspended because its deposit ran short is held its
		/// whole deposit again and takes jobs again. Emits `UriUpdated` (and `StatusChanged`).
		#[pallet::call_index(1)]
		pub fn set_uri(
			origin: OriginFor<T>,
			model: ModelId,
			uri: BoundedVec<u8, T::MaxUriLen>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_uri(who, model, uri)
		}

		/// Changes the royalty per job and its beneficiaries. Owner only; applies to jobs
		/// submitted afterwards. Emits `RoyaltiesUpdated`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_royalties(royalties.len() as u32))]
		pub fn set_royalties(
			origin: OriginFor<T>,
			model: ModelId,
			royalty_per_job: BalanceOf<T>,
			royalties: RoyaltiesOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_royalties(who, model, royalty_per_job, royalties)
		}

		/// Sets a model's status: `Active`, `Deprecated` (no new providers; jobs still run) or
		/// `Banned` (no new jobs); never `Suspended` (`NotSettable`). A model whose deposit is
		/// short stays suspended, and takes the status set once its owner restores the
		/// deposit. Governance only. Emits `StatusChanged`.
		#[pallet::call_index(3)]
		pub fn set_status(
			origin: OriginFor<T>,
			model: ModelId,
			status: ModelStatus,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_set_status(model, status)
		}

		/// Registers a model as `register` does, with its kind: `Function` (as `register`),
		/// `Generator` (a causal language model with its tokenizer, registered by hash, size
		/// and URI, and generation limits: its I/O spec must be the generation interface and
		/// its rule `Exact`, `NotAGenerator`; `max_new_tokens` 1 to 4,096 below `max_context`,
		/// logit margin at most 0.1, `BadGenerationLimits`; jobs generate greedily and an
		/// audited job's auditors check the primary's tokens teacher-forced) or `Image` (one
		/// Float32 [1, 3, H, W] input that clients make from a picture as its `ImageSpec` says,
		/// `NotAnImageModel`, `BadPreprocessing`). The deposit covers the kind's bytes too.
		/// Emits `ModelRegistered`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::register(royalties.len() as u32))]
		pub fn register_with_kind(
			origin: OriginFor<T>,
			hash: ModelHash,
			size: u64,
			uri: BoundedVec<u8, T::MaxUriLen>,
			io: IoSpec,
			rule: ComparisonRule,
			royalty_per_job: BalanceOf<T>,
			royalties: RoyaltiesOf<T>,
			kind: ModelKindOf<T>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_register(owner, hash, size, uri, io, rule, royalty_per_job, royalties, kind)
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}
}
