//! Storage migrations of the providers pallet, run by the runtime on an upgrade.

use crate::*;
use frame_support::{
	pallet_prelude::*,
	traits::{Get, UncheckedOnRuntimeUpgrade},
};
use sp_runtime::Saturating;

/// Version 1: a model's pool lists each provider with its stake and price (version 0 listed
/// accounts only), so that a job's seats are drawn by stake from one read.
pub mod v1 {
	use super::*;

	/// The pool as version 0 stored it.
	pub type OldPool<T> =
		BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxProvidersPerModel>;

	/// Rewrites every pool with the stakes (bonds) and prices of its providers; an account
	/// that is no longer a provider is dropped.
	pub struct PoolsWithStakes<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for PoolsWithStakes<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (0u64, 0u64);
			ModelProviders::<T>::translate::<OldPool<T>, _>(|_model, old| {
				reads.saturating_inc();
				writes.saturating_inc();
				let entries: alloc::vec::Vec<PoolEntryOf<T>> = old
					.into_iter()
					.filter_map(|provider| {
						reads.saturating_inc();
						let p = Providers::<T>::get(&provider)?;
						Some(PoolEntry { provider, stake: p.bond, price: p.price })
					})
					.collect();
				(!entries.is_empty()).then(|| BoundedVec::truncate_from(entries))
			});
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			Ok((ModelProviders::<T>::iter_keys().count() as u32).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let before = u32::decode(&mut &state[..]).map_err(|_| "bad pre-upgrade state")?;
			ensure!(
				ModelProviders::<T>::iter_keys().count() as u32 <= before,
				"pools appeared in the migration"
			);
			Pallet::<T>::do_try_state()
		}
	}

	/// The migration from version 0 to 1, run once.
	pub type MigrateV0ToV1<T> = frame_support::migrations::VersionedMigration<
		0,
		1,
		PoolsWithStakes<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 2: a provider's entry no longer counts its jobs in flight (two writes per provider
/// on every job). An unbonding provider stays bonded through the work window instead
/// (`Config::WorkWindow`).
pub mod v2 {
	use super::*;
	use frame_system::pallet_prelude::BlockNumberFor;
	use verity_primitives::ModelId;

	/// A provider as version 1 stored it.
	#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	#[scale_info(skip_type_params(MaxModels))]
	pub struct OldProviderInfo<Balance, BlockNumber, MaxModels: Get<u32>> {
		pub bond: Balance,
		pub price: Balance,
		pub models: BoundedVec<ModelId, MaxModels>,
		pub status: ProviderStatus<BlockNumber>,
		pub jobs_in_flight: u32,
	}

	/// A version 1 provider of a runtime.
	pub type OldProviderInfoOf<T> =
		OldProviderInfo<BalanceOf<T>, BlockNumberFor<T>, <T as Config>::MaxModelsPerProvider>;

	/// Drops the count from every provider. One that is unbonding with work left (a
	/// challenge of a job it was paid for counted again) may withdraw no sooner than the work
	/// window from now, as if it had unbonded now.
	pub struct ProvidersWithoutCounts<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for ProvidersWithoutCounts<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut n = 0u64;
			let earliest =
				frame_system::Pallet::<T>::block_number().saturating_add(T::WorkWindow::get());
			Providers::<T>::translate::<OldProviderInfoOf<T>, _>(|_who, old| {
				n.saturating_inc();
				let status = match old.status {
					ProviderStatus::Unbonding { unlock_at } if old.jobs_in_flight > 0 => {
						ProviderStatus::Unbonding { unlock_at: unlock_at.max(earliest) }
					}
					status => status,
				};
				Some(ProviderInfo { bond: old.bond, price: old.price, models: old.models, status })
			});
			T::DbWeight::get().reads_writes(n.saturating_add(1), n)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			Ok((Providers::<T>::iter_keys().count() as u32).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let before = u32::decode(&mut &state[..]).map_err(|_| "bad pre-upgrade state")?;
			ensure!(
				Providers::<T>::iter().count() as u32 == before,
				"providers were lost in the migration"
			);
			Pallet::<T>::do_try_state()
		}
	}

	/// The migration from version 1 to 2, run once.
	pub type MigrateV1ToV2<T> = frame_support::migrations::VersionedMigration<
		1,
		2,
		ProvidersWithoutCounts<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
