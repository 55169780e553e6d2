//! Storage migrations of the validators pallet, run by the runtime on an upgrade.

use crate::*;
use frame_support::{
	pallet_prelude::*,
	storage::unhashed,
	traits::{Get, UncheckedOnRuntimeUpgrade},
};

/// Version 1: sessions follow BABE's epochs. The governed session length (`SessionLength`,
/// blocks) becomes the epoch length (`EpochLength`, slots); the counter of forced rotations
/// (`PendingRotations`) goes.
pub mod v1 {
	use super::*;

	/// The storage key of a version 0 value of this pallet.
	fn old_key<T: Config>(name: &[u8]) -> [u8; 32] {
		frame_support::storage::storage_prefix(
			<Pallet<T> as PalletInfoAccess>::name().as_bytes(),
			name,
		)
	}

	/// Moves the session length into the epoch length and drops the forced rotations.
	pub struct SessionsAreEpochs<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for SessionsAreEpochs<T> {
		fn on_runtime_upgrade() -> Weight {
			let length_key = old_key::<T>(b"SessionLength");
			let length: Option<u32> = unhashed::get(&length_key);
			let epoch = length.map(u64::from).filter(|l| *l > 0).unwrap_or(DEFAULT_EPOCH_LENGTH);
			EpochLength::<T>::put(epoch);
			unhashed::kill(&length_key);
			unhashed::kill(&old_key::<T>(b"PendingRotations"));
			T::DbWeight::get().reads_writes(1, 3)
		}
	}

	/// The migration from version 0 to 1, run once.
	pub type MigrateV0ToV1<T> = frame_support::migrations::VersionedMigration<
		0,
		1,
		SessionsAreEpochs<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
