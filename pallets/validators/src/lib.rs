//! # Validators pallet
//!
//! Who the validators are. Governance (`GovernanceOrigin`: Root or a referendum) adds and
//! removes validators; each validator registers and rotates its own consensus keys (BABE and
//! GRANDPA) with `session.setKeys`. The pallet is the `SessionManager` of pallet-session.
//!
//! Sessions are BABE's epochs: `EpochLength` slots each, fixed at genesis (BABE cannot change
//! it on a running chain). A change of the set is handed to pallet-session at the end of the
//! current session and is active from the session after it: within two epochs.
//!
//! A validator must have set its session keys before it is added (`NoSessionKeys`), and the
//! set never shrinks below `MinValidators` (`TooFewValidators`). A chain's genesis may name
//! accounts that must never validate (the `production` preset names the well-known
//! development keys): genesis refuses to build with one of them in the set.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod weights;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use weights::WeightInfo;

pub mod migrations;

/// Slots per epoch when genesis does not say: an hour of 3-second slots.
pub const DEFAULT_EPOCH_LENGTH: u64 = 1200;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::Contains};
	use frame_system::pallet_prelude::*;

	/// The layout of this pallet's storage. 1: sessions follow BABE's epochs; the epoch length
	/// replaced the governed session length, and forced rotations are gone.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Sets up what `add_validator`'s benchmark needs: session keys for an account.
	#[cfg(feature = "runtime-benchmarks")]
	pub trait BenchmarkHelper<AccountId> {
		/// Registers session keys for `who`.
		fn set_session_keys(who: &AccountId);
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who may add and remove validators.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The accounts that registered session keys (`session.setKeys`).
		type HasSessionKeys: Contains<Self::AccountId>;

		/// Most validators.
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// Fewest validators; removing one below this is refused.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Session keys for benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// The validators: the set of every session from the next rotation on.
	#[pallet::storage]
	pub type Validators<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxValidators>, ValueQuery>;

	/// Whether the set changed since pallet-session last took it.
	#[pallet::storage]
	pub type SetChanged<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// Slots per epoch and session, fixed at genesis.
	#[pallet::storage]
	pub type EpochLength<T: Config> = StorageValue<_, u64, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first validators (their session keys are in pallet-session's genesis).
		pub validators: Vec<T::AccountId>,
		/// Slots per epoch ([`DEFAULT_EPOCH_LENGTH`] if zero).
		pub epoch_length: u64,
		/// Accounts that must never be validators on this chain (the `production` preset
		/// names the well-known development keys here). A genesis that names any must also
		/// name its validators.
		pub forbidden: Vec<T::AccountId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// A genesis that forbids keys is a real network's: it must name its validators.
			assert!(
				self.forbidden.is_empty() || !self.validators.is_empty(),
				"genesis names no validators: a chain spec must give its validators and their session keys (docs/operator.md)"
			);
			for v in &self.validators {
				assert!(
					!self.forbidden.contains(v),
					"genesis names a forbidden validator {v:?}: the production preset refuses the development keys; supply your own in a chain-spec patch (docs/operator.md)"
				);
			}
			let set = BoundedVec::try_from(self.validators.clone())
				.expect("more genesis validators than MaxValidators");
			Validators::<T>::put(set);
			let length =
				if self.epoch_length == 0 { DEFAULT_EPOCH_LENGTH } else { self.epoch_length };
			EpochLength::<T>::put(length);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A validator was added; it validates from the session after next.
		ValidatorAdded { who: T::AccountId },
		/// A validator was removed; it stops validating from the session after next.
		ValidatorRemoved { who: T::AccountId },
		/// pallet-session took the changed set; it is active from session `session`.
		SetQueued { session: u32, validators: u32 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is a validator already.
		AlreadyValidator,
		/// The account is not a validator.
		NotValidator,
		/// The account has not set session keys (`session.setKeys`).
		NoSessionKeys,
		/// The set is full (`MaxValidators`).
		TooManyValidators,
		/// Removing the validator would leave fewer than `MinValidators`.
		TooFewValidators,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `who` to the validators; it must have set its session keys. Governance only.
		/// The new set is queued at the end of the current session and active from the one
		/// after it.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_validator(T::MaxValidators::get()))]
		pub fn add_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(T::HasSessionKeys::contains(&who), Error::<T>::NoSessionKeys);
			Validators::<T>::try_mutate(|set| {
				ensure!(!set.contains(&who), Error::<T>::AlreadyValidator);
				set.try_push(who.clone()).map_err(|_| Error::<T>::TooManyValidators)
			})?;
			Self::changed();
			log::info!(target: "runtime::validators", "validator added: {who:?}");
			Self::deposit_event(Event::ValidatorAdded { who });
			Ok(())
		}

		/// Removes `who` from the validators. Governance only. The new set is queued at the end
		/// of the current session and active from the one after it.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_validator(T::MaxValidators::get()))]
		pub fn remove_validator(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Validators::<T>::try_mutate(|set| {
				let at = set.iter().position(|v| v == &who).ok_or(Error::<T>::NotValidator)?;
				ensure!(set.len() as u32 > T::MinValidators::get(), Error::<T>::TooFewValidators);
				set.remove(at);
				Ok::<_, DispatchError>(())
			})?;
			Self::changed();
			log::info!(target: "runtime::validators", "validator removed: {who:?}");
			Self::deposit_event(Event::ValidatorRemoved { who });
			Ok(())
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	impl<T: Config> Pallet<T> {
		fn changed() {
			SetChanged::<T>::put(true);
		}

		/// Checks the pallet's invariants:
		/// - the set has at least `MinValidators` validators, each once;
		/// - the epoch length is set (BABE divides by it).
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			let set = Validators::<T>::get();
			ensure!(
				set.len() as u32 >= T::MinValidators::get(),
				"fewer validators than MinValidators"
			);
			for (i, v) in set.iter().enumerate() {
				ensure!(!set.iter().skip(i + 1).any(|w| w == v), "a validator is in the set twice");
			}
			ensure!(EpochLength::<T>::get() > 0, "no epoch length");
			Ok(())
		}
	}

	impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
		fn new_session(index: u32) -> Option<Vec<T::AccountId>> {
			if !SetChanged::<T>::take() {
				return None;
			}
			let set = Validators::<T>::get().into_inner();
			log::info!(target: "runtime::validators", "session {index} will have {} validators", set.len());
			Self::deposit_event(Event::SetQueued { session: index, validators: set.len() as u32 });
			Some(set)
		}

		fn new_session_genesis(_index: u32) -> Option<Vec<T::AccountId>> {
			Some(Validators::<T>::get().into_inner())
		}

		fn end_session(_index: u32) {}

		fn start_session(_index: u32) {}
	}

	/// The epoch length, as BABE's `EpochDuration` reads it.
	pub struct EpochDuration<T>(core::marker::PhantomData<T>);
	impl<T: Config> Get<u64> for EpochDuration<T> {
		fn get() -> u64 {
			EpochLength::<T>::get()
		}
	}
}
