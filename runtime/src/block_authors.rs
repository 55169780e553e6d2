//! Who authored the previous block, for the committee randomness (`configs::RecentBlocksVrf`).
//!
//! A committee is drawn from the VRF outputs of two consecutive blocks. Each author knows its
//! own output ahead of its slot, so when one validator authors both blocks it knows the draw
//! before it puts the submission in the first one, and could grind a colluding submitter's
//! input until a committee of its choice comes up. This pallet keeps the BABE key of the last
//! block's author (from the block's pre-digest, at the end of the block), so that randomness
//! from two blocks by the same author is not used: the draw waits for a block by another.

pub use pallet::*;

#[frame_support::pallet]
pub mod pallet {
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_consensus_babe::{digests::PreDigest, AuthorityId, BABE_ENGINE_ID};

	/// The layout of this pallet's storage.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config + pallet_babe::Config {}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The BABE key of the last finished block's author (during a block: its parent's).
	#[pallet::storage]
	pub type LastAuthor<T> = StorageValue<_, AuthorityId, OptionQuery>;

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
			// `on_finalize`: the digest and the authorities are read, the author written.
			T::DbWeight::get().reads_writes(2, 1)
		}

		fn on_finalize(_n: BlockNumberFor<T>) {
			match Self::current_author() {
				Some(author) => LastAuthor::<T>::put(author),
				None => LastAuthor::<T>::kill(),
			}
		}
	}

	impl<T: Config> Pallet<T> {
		/// The BABE key of the current block's author, from the block's pre-digest.
		pub fn current_author() -> Option<AuthorityId> {
			let digest = frame_system::Pallet::<T>::digest();
			let index = digest.logs.iter().find_map(|log| {
				let (id, mut data) = log.as_pre_runtime()?;
				if id != BABE_ENGINE_ID {
					return None;
				}
				PreDigest::decode(&mut data).ok().map(|d| d.authority_index())
			})?;
			pallet_babe::Authorities::<T>::get().get(index as usize).map(|(key, _)| key.clone())
		}

		/// Whether the current block and its parent were authored by different validators,
		/// or the chain has one validator only (it authors every block, and knows every draw
		/// whatever is done).
		pub fn two_authors() -> bool {
			if pallet_babe::Authorities::<T>::get().len() <= 1 {
				return true;
			}
			match (LastAuthor::<T>::get(), Self::current_author()) {
				(Some(last), Some(now)) => last != now,
				_ => false,
			}
		}
	}
}
