//! Who authored the previous block, for the committee randomness (`configs::RecentBlocksVrf`).
//!
//! A committee is drawn from the VRF outputs of two consecutive blocks. Each author knows its
//! own output ahead of its slot, so when one validator authors both blocks it knows the draw
//! before it puts the submission in the first one, and could grind a colluding submitter's
//! input until a committee of its choice comes up. This pallet keeps the validator (its
//! account, found from the BABE pre-digest's authority index through the session's validator
//! list) that authored the last block, so that randomness from two blocks by the same
//! validator is not used: the draw waits for a block by another. Validators, not BABE keys,
//! are compared: a validator that rotates its keys (`session.setKeys`) and authors the last
//! block of one epoch and the first of the next is still one author.

pub use pallet::*;

#[frame_support::pallet]
pub mod pallet {
	use frame_support::{pallet_prelude::*, traits::FindAuthor};
	use frame_system::pallet_prelude::BlockNumberFor;

	/// The layout of this pallet's storage.
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::config]
	pub trait Config: frame_system::Config + pallet_babe::Config + pallet_session::Config {}

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// The validator that authored the last finished block (during a block: its parent's).
	#[pallet::storage]
	pub type LastAuthor<T: Config> = StorageValue<_, T::ValidatorId, OptionQuery>;

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
			// `on_finalize`: the digest and the session's validators are read, the author
			// written.
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
		/// The validator that authors the current block: the BABE pre-digest's authority
		/// index in the session's validators (BABE's authorities are set from them, in order).
		pub fn current_author() -> Option<T::ValidatorId> {
			let digest = frame_system::Pallet::<T>::digest();
			pallet_session::FindAccountFromAuthorIndex::<T, pallet_babe::Pallet<T>>::find_author(
				digest.logs.iter().filter_map(|log| log.as_pre_runtime()),
			)
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
