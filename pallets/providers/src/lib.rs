//! # Providers pallet
//!
//! The registry of compute providers. A provider bonds tokens (held under this pallet's
//! `ProviderBond` reason), sets a price per job seat and lists the models it serves. Each
//! model has a pool of its `Active` providers with their stakes (bonds) and prices; jobs draw
//! their seats from it weighted by stake. A full pool takes a newcomer by evicting its lowest
//! stake, never by refusing a newcomer that bonds more. An unbonding provider leaves its pools
//! at once and gets its bond back only after the unbonding delay or the work window
//! (`WorkWindow`: the blocks within which every job it may hold a seat on ends, its challenge
//! included), whichever is longer: its bond stays slashable for all its work without a count of
//! its jobs being written on every assignment.
//!
//! pallet-jobs uses [`Pallet::pool`] and [`Pallet::slash`]. Governance may suspend and resume a provider and sets the minimum
//! bond and the unbonding delay, within bounds (`MinBondFloor` to `MaxMinBond`, at most
//! `MaxUnbondingDelay`).
//!
//! Files: `types.rs`, `impls.rs` (the logic behind each call, the pools, and the bond: every
//! hold, release and slash of this pallet), `migrations.rs`, `weights.rs`, `runtime_api.rs`.

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

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use verity_primitives::{ModelId, ModelsInspect};

	/// The layout of this pallet's storage. 1: pools list each provider with its stake and
	/// price (they listed accounts only).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A compute provider's bond.
		#[codec(index = 0)]
		ProviderBond,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The native currency, in which bonds are held.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Which models exist and accept new providers.
		type Models: ModelsInspect;

		/// Who may suspend and resume providers and set the bond parameters.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Most models one provider may serve.
		#[pallet::constant]
		type MaxModelsPerProvider: Get<u32>;

		/// Most active providers of one model. A newcomer to a full pool evicts its lowest stake
		/// if it bonds more.
		#[pallet::constant]
		type MaxProvidersPerModel: Get<u32>;

		/// The lowest minimum bond governance may set (above zero: a provider always has
		/// something to lose).
		#[pallet::constant]
		type MinBondFloor: Get<BalanceOf<Self>>;

		/// The highest minimum bond governance may set.
		#[pallet::constant]
		type MaxMinBond: Get<BalanceOf<Self>>;

		/// The longest unbonding delay governance may set, in blocks.
		#[pallet::constant]
		type MaxUnbondingDelay: Get<BlockNumberFor<Self>>;

		/// Blocks from now within which every job a provider may hold a seat on has ended, its
		/// challenge included (pallet-jobs' `WorkWindow`). An unbonding provider withdraws no
		/// sooner than this after `unbond`, whatever the unbonding delay.
		type WorkWindow: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Registered providers.
	#[pallet::storage]
	pub type Providers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ProviderInfoOf<T>>;

	/// The active providers of each model with their stakes and prices: the pool jobs draw
	/// their seats from.
	#[pallet::storage]
	pub type ModelProviders<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		ModelId,
		BoundedVec<PoolEntryOf<T>, T::MaxProvidersPerModel>,
		ValueQuery,
	>;

	/// Each provider's x25519 encryption key for private jobs, with its rotation
	/// (`set_encryption_key`); removed with the provider.
	#[pallet::storage]
	pub type EncryptionKeys<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, EncryptionKey>;

	/// The least bond a provider must hold to be assigned jobs.
	#[pallet::storage]
	pub type MinBond<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// Blocks between `unbond` and the earliest `withdraw`.
	#[pallet::storage]
	pub type UnbondingDelay<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		pub min_bond: BalanceOf<T>,
		pub unbonding_delay: BlockNumberFor<T>,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		/// The lowest minimum bond allowed and no unbonding delay.
		fn default() -> Self {
			Self { min_bond: T::MinBondFloor::get(), unbonding_delay: Zero::zero() }
		}
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(
				Pallet::<T>::check_params(self.min_bond, self.unbonding_delay).is_ok(),
				"genesis bond parameters are out of bounds"
			);
			MinBond::<T>::put(self.min_bond);
			UnbondingDelay::<T>::put(self.unbonding_delay);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A provider registered and its bond was held.
		Registered { who: T::AccountId, bond: BalanceOf<T>, price: BalanceOf<T> },
		/// A provider changed its price or models.
		Updated { who: T::AccountId, price: BalanceOf<T> },
		/// A provider added to its bond.
		Bonded { who: T::AccountId, amount: BalanceOf<T>, bond: BalanceOf<T> },
		/// A provider started unbonding; it may withdraw from block `unlock_at`.
		Unbonding { who: T::AccountId, unlock_at: BlockNumberFor<T> },
		/// A provider left and its bond was released.
		Withdrawn { who: T::AccountId, amount: BalanceOf<T> },
		/// Governance suspended a provider.
		Suspended { who: T::AccountId },
		/// Governance resumed a suspended provider.
		Resumed { who: T::AccountId },
		/// Part of a provider's bond was slashed to `to`.
		Slashed { who: T::AccountId, amount: BalanceOf<T>, to: T::AccountId },
		/// A provider's bond fell below the minimum; it gets no jobs until it bonds more.
		Underbonded { who: T::AccountId, bond: BalanceOf<T> },
		/// Governance set the bond parameters.
		ParamsSet { min_bond: BalanceOf<T>, unbonding_delay: BlockNumberFor<T> },
		/// A newcomer with a higher stake took `who`'s place in `model`'s full pool; `who` no
		/// longer serves `model` (it may `update` to try again).
		Evicted { who: T::AccountId, model: ModelId, by: T::AccountId },
		/// A provider coming back (bonded again or resumed) found `model`'s pool full of
		/// higher stakes; it no longer serves `model` (it may `update` to try again).
		PoolFull { who: T::AccountId, model: ModelId },
		/// A provider registered (`rotation` 0) or changed its encryption key.
		EncryptionKeySet { who: T::AccountId, key: [u8; 32], rotation: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a provider.
		AlreadyRegistered,
		/// The account is not a provider.
		NotProvider,
		/// The bond is below the minimum.
		BondTooLow,
		/// No models were given.
		NoModels,
		/// A model appears twice.
		DuplicateModel,
		/// A model does not exist or does not accept new providers.
		ModelNotServable,
		/// A model's pool is full and the caller's stake is not above its lowest.
		TooManyProviders,
		/// The provider is unbonding.
		IsUnbonding,
		/// The provider is not unbonding.
		NotUnbonding,
		/// The unbonding delay has not passed yet.
		StillLocked,
		/// The provider is not suspended.
		NotSuspended,
		/// The provider is already suspended.
		AlreadySuspended,
		/// The amount is zero.
		ZeroAmount,
		/// The minimum bond is below `MinBondFloor` or above `MaxMinBond`.
		MinBondOutOfBounds,
		/// The unbonding delay is above `MaxUnbondingDelay`.
		UnbondingDelayTooLong,
		/// The encryption key is of small order: every key wrapped to it would be readable by
		/// anyone (its shared secrets are all 0).
		WeakEncryptionKey,
		/// The encryption key is the one registered already.
		SameEncryptionKey,
		/// The rotation given is not the next one (0 for a first key, else the registered
		/// key's rotation plus one): another change landed first.
		WrongRotation,
	}

	#[pallet::call(weight(<T as Config>::WeightInfo))]
	impl<T: Config> Pallet<T> {
		/// Registers the caller as a compute provider serving `models` at `price` per job seat,
		/// and holds `bond` (at least the minimum bond). The bond is its stake in each model's
		/// pool; in a full pool it evicts the lowest stake if its own is higher, else the call
		/// fails with `TooManyProviders`. Emits `Registered` (and `Evicted`).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register(models.len() as u32))]
		pub fn register(
			origin: OriginFor<T>,
			bond: BalanceOf<T>,
			price: BalanceOf<T>,
			models: BoundedVec<ModelId, T::MaxModelsPerProvider>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register(who, bond, price, models)
		}

		/// Changes the caller's price and, if given, the models it serves. Not while
		/// unbonding. The price applies to jobs drawn afterwards. Emits `Updated`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update(T::MaxModelsPerProvider::get()))]
		pub fn update(
			origin: OriginFor<T>,
			price: BalanceOf<T>,
			models: Option<BoundedVec<ModelId, T::MaxModelsPerProvider>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update(who, price, models)
		}

		/// Adds `amount` to the caller's bond. A provider underbonded by slashes becomes
		/// active again once its bond reaches the minimum. Emits `Bonded`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::bond_extra(T::MaxModelsPerProvider::get()))]
		pub fn bond_extra(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_extra(who, amount)
		}

		/// Starts unbonding: the caller leaves its pools and gets no new jobs; the jobs it
		/// holds seats on go on, and it may `withdraw` after the unbonding delay or the work
		/// window (`WorkWindow`), whichever is longer. Emits `Unbonding`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::unbond(T::MaxModelsPerProvider::get()))]
		pub fn unbond(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(who)
		}

		/// Releases the bond of an unbonding provider whose delay has passed and removes it.
		/// Emits `Withdrawn`.
		#[pallet::call_index(4)]
		pub fn withdraw(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who)
		}

		/// Suspends a provider: it gets no new jobs until resumed. Governance only.
		/// Emits `Suspended`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::suspend(T::MaxModelsPerProvider::get()))]
		pub fn suspend(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_suspend(who)
		}

		/// Resumes a suspended provider. Governance only. Emits `Resumed`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::resume(T::MaxModelsPerProvider::get()))]
		pub fn resume(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_resume(who)
		}

		/// Sets the minimum bond and the unbonding delay, within bounds (`MinBondOutOfBounds`,
		/// `UnbondingDelayTooLong`). Governance only. A new minimum applies to registrations,
		/// top-ups and slashes from now on; providers are not re-checked: one below it keeps
		/// its place in its pools but is not drawn for jobs until it bonds the minimum (jobs
		/// draw only from providers holding it). A new delay applies
		/// to `unbond` calls from now on. Emits `ParamsSet`.
		#[pallet::call_index(7)]
		pub fn set_params(
			origin: OriginFor<T>,
			min_bond: BalanceOf<T>,
			unbonding_delay: BlockNumberFor<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::check_params(min_bond, unbonding_delay)?;
			MinBond::<T>::put(min_bond);
			UnbondingDelay::<T>::put(unbonding_delay);
			Self::deposit_event(Event::ParamsSet { min_bond, unbonding_delay });
			Ok(())
		}

		/// Registers or changes the caller's x25519 encryption key for private jobs
		/// (docs/privacy.md); the caller must be a provider. `rotation` is the next rotation: 0
		/// for a first key, else the registered key's rotation plus one (`WrongRotation`), so a
		/// change sent twice or racing another lands once. A provider's node sends it by itself
		/// from its keystore's `vrte` key. Free for a first key (once per registration: a
		/// provider's first transaction from its node must not need more than its bond's
		/// account holds); a change pays its fee. Refuses a key of small order
		/// (`WeakEncryptionKey`) and the key registered already (`SameEncryptionKey`). Emits
		/// `EncryptionKeySet`.
		#[pallet::call_index(8)]
		pub fn set_encryption_key(
			origin: OriginFor<T>,
			key: [u8; 32],
			rotation: u32,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			Self::do_set_encryption_key(who, key, rotation)
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
