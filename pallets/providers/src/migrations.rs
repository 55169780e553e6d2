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
