//! # Blobs pallet
//!
//! Data kept by the chain's own nodes by content hash: job inputs of megabytes, which the
//! chain's state should not hold. `store(data)` puts the bytes in the block body as an
//! *indexed transaction* (`sp_io::transaction_index::index`): every node keeps them in its
//! database under their blake2-256 hash (`sc_client_api::BlockBackend::indexed_transaction`),
//! the off-chain worker reads them from there, and `--ipfs-server` serves them over IPFS
//! bitswap. The state keeps only the hash, the length and when the data expires. This is the
//! design of Polkadot's Bulletin chain (`pallet-transaction-storage`), which polkadot-sdk no
//! longer publishes for its stable releases; docs/architecture.md says what is kept and why.
//!
//! The storer pays, besides the transaction's length fee, `FeeBase + FeePerByte × length` to
//! the treasury for `RetentionPeriod` blocks; `renew` pays it again for another period from
//! now. Expired entries are pruned in the block they expire in. Pallets that refer to stored
//! data (pallet-jobs) read it through [`verity_primitives::BlobInspect`].
//!
//! The data must be the last argument of the transaction's call (it is for `store`): the
//! node indexes the last `length` bytes of the extrinsic. A `store` dispatched from inside
//! another call (a batch, a proxy) would index the wrong bytes; the node's reader checks the
//! hash, so such data reads as missing, never as other data.

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

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate},
			tokens::Preservation,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;
	use sp_runtime::traits::{Saturating, Zero};

	/// The layout of this pallet's storage (0: the first release).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The native currency, in which storage is paid.
		type Currency: Mutate<Self::AccountId>;

		/// Who receives what storage costs (the treasury).
		type FeeDestination: Get<Self::AccountId>;

		/// The longest data one `store` takes, in bytes. It must fit in a block's length.
		#[pallet::constant]
		type MaxBlobLen: Get<u32>;

		/// Blocks for which stored (or renewed) data is kept.
		#[pallet::constant]
		type RetentionPeriod: Get<BlockNumberFor<Self>>;

		/// What one `store` or `renew` costs, besides the per-byte fee.
		#[pallet::constant]
		type FeeBase: Get<BalanceOf<Self>>;

		/// What each byte costs for one retention period.
		#[pallet::constant]
		type FeePerByte: Get<BalanceOf<Self>>;

		/// Most data stored or renewed in one block (they expire together).
		#[pallet::constant]
		type MaxBlobsPerBlock: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// What the chain knows of one stored piece of data.
	#[derive(
		Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
	)]
	pub struct BlobInfo<BlockNumber> {
		/// Its length in bytes.
		pub len: u32,
		/// The block it was first stored in.
		pub stored_at: BlockNumber,
		/// The first block in which it is no longer kept.
		pub expires_at: BlockNumber,
	}

	/// Stored data by its blake2-256 hash, until it expires.
	#[pallet::storage]
	pub type Blobs<T: Config> = StorageMap<_, Identity, H256, BlobInfo<BlockNumberFor<T>>>;

	/// The data whose retention ends in a block (an entry renewed since is skipped there).
	#[pallet::storage]
	pub type Expiring<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<H256, T::MaxBlobsPerBlock>,
		ValueQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Data was stored: its nodes keep it under `hash` until block `expires_at`.
		Stored {
			hash: H256,
			len: u32,
			who: T::AccountId,
			fee: BalanceOf<T>,
			expires_at: BlockNumberFor<T>,
		},
		/// Stored data is kept until a later block.
		Renewed { hash: H256, who: T::AccountId, fee: BalanceOf<T>, expires_at: BlockNumberFor<T> },
		/// Stored data's retention ended.
		Expired { hash: H256 },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The data is empty.
		Empty,
		/// The data is longer than `MaxBlobLen`.
		TooLong,
		/// The same data is stored and has not expired: renew it instead; or, for `renew`, it
		/// was stored or renewed in this block already.
		AlreadyStored,
		/// No data with this hash is stored (or it expired).
		NotStored,
		/// This block stores or renews as much data as it may: try the next one.
		BlockFull,
		/// `store` and `renew` must be the call of a transaction, not dispatched from another.
		NotAnExtrinsic,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Prunes the entries whose retention ends now.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let due = Expiring::<T>::take(now);
			let n = due.len() as u32;
			for hash in due {
				if Blobs::<T>::get(hash).is_some_and(|b| b.expires_at <= now) {
					Blobs::<T>::remove(hash);
					Self::deposit_event(Event::Expired { hash });
				}
			}
			T::WeightInfo::on_initialize(n)
		}

		fn integrity_test() {
			assert!(
				!T::RetentionPeriod::get().is_zero(),
				"RetentionPeriod must be at least one block: data expiring in the block that stores it is never pruned"
			);
			assert!(T::MaxBlobsPerBlock::get() > 0, "MaxBlobsPerBlock cannot be 0");
			assert!(T::MaxBlobLen::get() > 0, "MaxBlobLen cannot be 0");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Stores `data` with the chain's nodes for `RetentionPeriod` blocks, under its
		/// blake2-256 hash. Pays `FeeBase + FeePerByte × length` to the treasury. A job can then
		/// name the data by hash and length (`jobs.submit_stored`). Emits `Stored`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::store(data.len() as u32))]
		pub fn store(origin: OriginFor<T>, data: Vec<u8>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!data.is_empty(), Error::<T>::Empty);
			let len = u32::try_from(data.len()).map_err(|_| Error::<T>::TooLong)?;
			ensure!(len <= T::MaxBlobLen::get(), Error::<T>::TooLong);
			let extrinsic =
				frame_system::Pallet::<T>::extrinsic_index().ok_or(Error::<T>::NotAnExtrinsic)?;
			let hash = H256(sp_io::hashing::blake2_256(&data));
			ensure!(Self::blob_info(&hash).is_none(), Error::<T>::AlreadyStored);
			let now = frame_system::Pallet::<T>::block_number();
			let expires_at = now.saturating_add(T::RetentionPeriod::get());
			let fee = Self::keep_until(&who, hash, len, expires_at)?;
			sp_io::transaction_index::index(extrinsic, len, hash.0);
			Blobs::<T>::insert(hash, BlobInfo { len, stored_at: now, expires_at });
			log::info!(target: "runtime::blobs", "stored {len} bytes as {hash:?} until block {expires_at:?}");
			Self::deposit_event(Event::Stored { hash, len, who, fee, expires_at });
			Ok(())
		}

		/// Keeps stored data for `RetentionPeriod` blocks from now, paying for them as `store`
		/// does. Anyone may renew any data that has not expired. Emits `Renewed`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::renew())]
		pub fn renew(origin: OriginFor<T>, hash: H256) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let extrinsic =
				frame_system::Pallet::<T>::extrinsic_index().ok_or(Error::<T>::NotAnExtrinsic)?;
			let mut info = Self::blob_info(&hash).ok_or(Error::<T>::NotStored)?;
			let now = frame_system::Pallet::<T>::block_number();
			let expires_at = now.saturating_add(T::RetentionPeriod::get());
			// Renewed in this block already: it is kept as long as a renewal would keep it.
			ensure!(info.expires_at < expires_at, Error::<T>::AlreadyStored);
			let fee = Self::keep_until(&who, hash, info.len, expires_at)?;
			sp_io::transaction_index::renew(extrinsic, hash.0);
			info.expires_at = expires_at;
			Blobs::<T>::insert(hash, info);
			Self::deposit_event(Event::Renewed { hash, who, fee, expires_at });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// What storing (or renewing) `len` bytes for one retention period costs.
		pub fn fee(len: u32) -> BalanceOf<T> {
			T::FeeBase::get().saturating_add(T::FeePerByte::get().saturating_mul(len.into()))
		}

		/// Schedules `hash`'s pruning at `expires_at` and charges `who` the fee for keeping its
		/// `len` bytes that long; returns the fee.
		fn keep_until(
			who: &T::AccountId,
			hash: H256,
			len: u32,
			expires_at: BlockNumberFor<T>,
		) -> Result<BalanceOf<T>, DispatchError> {
			let fee = Self::fee(len);
			Expiring::<T>::try_mutate(expires_at, |due| due.try_push(hash))
				.map_err(|_| Error::<T>::BlockFull)?;
			T::Currency::transfer(who, &T::FeeDestination::get(), fee, Preservation::Preserve)?;
			Ok(fee)
		}

		/// The entry of data stored under `hash`, if it has not expired.
		pub fn blob_info(hash: &H256) -> Option<BlobInfo<BlockNumberFor<T>>> {
			let now = frame_system::Pallet::<T>::block_number();
			Blobs::<T>::get(hash).filter(|b| b.expires_at > now)
		}

		/// Every entry is due to be pruned in the block it expires in.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
			for (hash, info) in Blobs::<T>::iter() {
				ensure!(
					info.len > 0 && info.len <= T::MaxBlobLen::get(),
					"a blob's length is out of bounds"
				);
				ensure!(
					Expiring::<T>::get(info.expires_at).contains(&hash),
					"a blob is not due to be pruned when it expires"
				);
			}
			Ok(())
		}
	}

	impl<T: Config> verity_primitives::BlobInspect<BlockNumberFor<T>> for Pallet<T> {
		fn blob(hash: &[u8; 32]) -> Option<(u32, BlockNumberFor<T>)> {
			Self::blob_info(&H256(*hash)).map(|b| (b.len, b.expires_at))
		}

		fn max_len() -> u32 {
			T::MaxBlobLen::get()
		}

		#[cfg(feature = "runtime-benchmarks")]
		fn insert_for_benchmark(hash: [u8; 32], len: u32, expires_at: BlockNumberFor<T>) {
			let now = frame_system::Pallet::<T>::block_number();
			Blobs::<T>::insert(H256(hash), BlobInfo { len, stored_at: now, expires_at });
		}
	}

	impl<T: Config> verity_primitives::BlobStore<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
		fn keep(
			who: &T::AccountId,
			hash: [u8; 32],
			len: u32,
			min_left: BlockNumberFor<T>,
		) -> Result<bool, DispatchError> {
			ensure!(len > 0, Error::<T>::Empty);
			ensure!(len <= T::MaxBlobLen::get(), Error::<T>::TooLong);
			let now = frame_system::Pallet::<T>::block_number();
			let period = T::RetentionPeriod::get();
			let hash = H256(hash);
			let existing = Self::blob_info(&hash);
			if existing
				.as_ref()
				.is_some_and(|b| b.expires_at >= now.saturating_add(min_left.min(period)))
			{
				return Ok(false);
			}
			let extrinsic =
				frame_system::Pallet::<T>::extrinsic_index().ok_or(Error::<T>::NotAnExtrinsic)?;
			let expires_at = now.saturating_add(period);
			let fee = Self::keep_until(who, hash, len, expires_at)?;
			sp_io::transaction_index::index(extrinsic, len, hash.0);
			let stored_at = existing.map_or(now, |b| b.stored_at);
			Blobs::<T>::insert(hash, BlobInfo { len, stored_at, expires_at });
			log::info!(target: "runtime::blobs", "kept {len} bytes as {hash:?} until block {expires_at:?}");
			Self::deposit_event(Event::Stored { hash, len, who: who.clone(), fee, expires_at });
			Ok(true)
		}

		fn keep_weight(len: u32) -> Weight {
			T::WeightInfo::store(len)
		}
	}
}
