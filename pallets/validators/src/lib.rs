//! # Validators pallet
//!
//! Who the validators are. Governance (`GovernanceOrigin`: Root or a referendum) adds and
//! removes validators; each validator registers and rotates its own consensus keys (Aura and
//! GRANDPA) with `session.setKeys`. The pallet is the `SessionManager` of pallet-session, and
//! its `ShouldEndSession`: a session ends every `SessionLength` blocks, so rotated keys take
//! effect within two sessions, and a change of the set is enacted at once — the next two
//! blocks start sessions (the first queues the new set, the second makes it active), instead
//! of waiting up to two session lengths.
//!
//! A validator must have set its session keys before it is added (`NoSessionKeys`), and the
//! set never shrinks below `MinValidators` (`TooFewValidators`).

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

/// Blocks per session when genesis does not say: an hour of 3-second blocks.
pub const DEFAULT_SESSION_LENGTH: u32 = 1200;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::Contains};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::{Saturating, Zero};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Sets up what `add_validator`'s benchmark needs: session keys for an account.
	#[cfg(feature = "runtime-benchmarks")]
	pub trait BenchmarkHelper<AccountId> {
		/// Registers session keys for `who`.
		fn set_session_keys(who: &AccountId);
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Who may add and remove validators and set the session length.
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

	/// Sessions to start at once, to enact a change of the set (two: queue it, then activate).
	#[pallet::storage]
	pub type PendingRotations<T: Config> = StorageValue<_, u8, ValueQuery>;

	/// Whether the set changed since pallet-session last took it.
	#[pallet::storage]
	pub type SetChanged<T: Config> = StorageValue<_, bool, ValueQuery>;

	/// Blocks per session.
	#[pallet::storage]
	pub type SessionLength<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first validators (their session keys are in pallet-session's genesis).
		pub validators: Vec<T::AccountId>,
		/// Blocks per session ([`DEFAULT_SESSION_LENGTH`] if zero).
		pub session_length: BlockNumberFor<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let set = BoundedVec::try_from(self.validators.clone())
				.expect("more genesis validators than MaxValidators");
			Validators::<T>::put(set);
			let length = if self.session_length.is_zero() {
				DEFAULT_SESSION_LENGTH.into()
			} else {
				self.session_length
			};
			SessionLength::<T>::put(length);
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
		/// Governance set the session length.
		SessionLengthSet { blocks: BlockNumberFor<T> },
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
		/// A session must last at least one block.
		ZeroSessionLength,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `who` to the validators; it must have set its session keys. Governance only.
		/// The new set is active two blocks later.
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

		/// Removes `who` from the validators. Governance only. The new set is active two
		/// blocks later.
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

		/// Sets the blocks per session. Governance only.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_session_length())]
		pub fn set_session_length(
			origin: OriginFor<T>,
			blocks: BlockNumberFor<T>,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			ensure!(!blocks.is_zero(), Error::<T>::ZeroSessionLength);
			SessionLength::<T>::put(blocks);
			Self::deposit_event(Event::SessionLengthSet { blocks });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		fn changed() {
			SetChanged::<T>::put(true);
			PendingRotations::<T>::put(2);
		}

		/// Whether a session ends at block `now`.
		fn ends_at(now: BlockNumberFor<T>) -> bool {
			let length = SessionLength::<T>::get();
			PendingRotations::<T>::get() > 0 || (!length.is_zero() && (now % length).is_zero())
		}
	}

	impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
		fn new_session(index: u32) -> Option<Vec<T::AccountId>> {
			PendingRotations::<T>::mutate(|n| *n = n.saturating_sub(1));
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

	impl<T: Config> pallet_session::ShouldEndSession<BlockNumberFor<T>> for Pallet<T> {
		fn should_end_session(now: BlockNumberFor<T>) -> bool {
			Self::ends_at(now)
		}
	}

	impl<T: Config> frame_support::traits::EstimateNextSessionRotation<BlockNumberFor<T>>
		for Pallet<T>
	{
		fn average_session_length() -> BlockNumberFor<T> {
			SessionLength::<T>::get()
		}

		fn estimate_current_session_progress(
			now: BlockNumberFor<T>,
		) -> (Option<sp_runtime::Permill>, Weight) {
			let length = SessionLength::<T>::get();
			let progress = if length.is_zero() {
				None
			} else {
				Some(sp_runtime::Permill::from_rational(now % length, length))
			};
			(progress, T::DbWeight::get().reads(1))
		}

		fn estimate_next_session_rotation(
			now: BlockNumberFor<T>,
		) -> (Option<BlockNumberFor<T>>, Weight) {
			let weight = T::DbWeight::get().reads(2);
			if PendingRotations::<T>::get() > 0 {
				return (Some(now.saturating_add(1u32.into())), weight);
			}
			let length = SessionLength::<T>::get();
			if length.is_zero() {
				return (None, weight);
			}
			(Some(now.saturating_add(length.saturating_sub(now % length))), weight)
		}
	}
}
