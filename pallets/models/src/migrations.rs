//! Storage migrations of the models pallet, run by the runtime on an upgrade.

use crate::*;
use frame_support::{
	pallet_prelude::*,
	traits::{Get, UncheckedOnRuntimeUpgrade},
};
use sp_runtime::Saturating;

/// Version 1: a model entry ends with its kind (`ModelKind`): every entry written before is a
/// `Function`, whose deposit is unchanged.
pub mod v1 {
	use super::*;
	use verity_primitives::{ComparisonRule, IoSpec, ModelHash};

	/// A model entry as version 0 stored it: without `kind`.
	#[derive(Encode, Decode, Clone, PartialEq, Debug)]
	pub struct OldModelInfo<AccountId, Balance, MaxUri: Get<u32>, MaxBen: Get<u32>> {
		pub owner: AccountId,
		pub hash: ModelHash,
		pub size: u64,
		pub uri: BoundedVec<u8, MaxUri>,
		pub io: IoSpec,
		pub rule: ComparisonRule,
		pub royalty_per_job: Balance,
		pub royalties: BoundedVec<Beneficiary<AccountId>, MaxBen>,
		pub status: ModelStatus,
		pub deposit: Balance,
	}

	/// The version-0 entry of a runtime.
	pub type OldModelInfoOf<T> = OldModelInfo<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		<T as Config>::MaxUriLen,
		<T as Config>::MaxBeneficiaries,
	>;

	/// Rewrites every entry with `kind: Function`.
	pub struct EntriesWithKinds<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for EntriesWithKinds<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut count = 0u64;
			Models::<T>::translate::<OldModelInfoOf<T>, _>(|_model, old| {
				count.saturating_inc();
				Some(ModelInfo {
					owner: old.owner,
					hash: old.hash,
					size: old.size,
					uri: old.uri,
					io: old.io,
					rule: old.rule,
					royalty_per_job: old.royalty_per_job,
					royalties: old.royalties,
					status: old.status,
					deposit: old.deposit,
					kind: ModelKind::Function,
				})
			});
			T::DbWeight::get().reads_writes(count, count)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			Ok((Models::<T>::iter_keys().count() as u32).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let before = u32::decode(&mut &state[..]).map_err(|_| "bad pre-upgrade state")?;
			ensure!(Models::<T>::iter().count() as u32 == before, "entries lost in the migration");
			Pallet::<T>::do_try_state()
		}
	}

	/// The migration from version 0 to 1, run once.
	pub type MigrateV0ToV1<T> = frame_support::migrations::VersionedMigration<
		0,
		1,
		EntriesWithKinds<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
