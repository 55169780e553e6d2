//! The provider entry.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use verity_primitives::ModelId;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// Whether a provider gets new jobs.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum ProviderStatus<BlockNumber> {
	/// Gets jobs for the models it serves.
	Active,
	/// Suspended by governance; gets no jobs until resumed.
	Suspended,
	/// Its bond fell below the minimum through slashes; active again once it bonds more.
	Underbonded,
	/// Leaving: gets no jobs; may withdraw its bond from `unlock_at`.
	Unbonding { unlock_at: BlockNumber },
}

/// A registered compute provider.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxModels))]
pub struct ProviderInfo<Balance, BlockNumber, MaxModels: Get<u32>> {
	/// The bond held under `ProviderBond`.
	pub bond: Balance,
	/// What it charges per job.
	pub price: Balance,
	/// The models it serves.
	pub models: BoundedVec<ModelId, MaxModels>,
	/// Whether it gets new jobs.
	pub status: ProviderStatus<BlockNumber>,
}

/// A provider's x25519 encryption key for private jobs (docs/privacy.md), and its rotation:
/// 0 for the first key the provider registered, one more with each change. A node derives the
/// secret of each rotation from its keystore (`verity_primitives::privacy`), and a job's keys
/// are wrapped to the rotation registered when they were wrapped.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct EncryptionKey {
	/// The x25519 public key.
	pub key: [u8; 32],
	/// How many times the provider changed it.
	pub rotation: u32,
}

/// A provider in a model's pool. Jobs draw their seats from the pool weighted by `stake` (the
/// provider's bond), so an account's chance of a seat is its share of the pool's stake however
/// that stake is split between accounts; a seat costs `price`.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct PoolEntry<AccountId, Balance> {
	pub provider: AccountId,
	pub stake: Balance,
	pub price: Balance,
}

/// The pool entry of a runtime.
pub type PoolEntryOf<T> = PoolEntry<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// The provider entry of a runtime.
pub type ProviderInfoOf<T> =
	ProviderInfo<BalanceOf<T>, BlockNumberFor<T>, <T as Config>::MaxModelsPerProvider>;
