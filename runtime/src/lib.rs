//! The Verity runtime.
//!
//! Wires FRAME's consensus, accounts and fees pallets together with Verity's own pallets and
//! OpenGov. `configs` holds each pallet's configuration, `governance` that of referenda,
//! conviction voting, scheduler, preimages, treasury and the track origins, `apis` the runtime
//! APIs clients call, and `genesis_config_presets` the `dev`, `local` and `production` presets.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime` expands to large types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

// Declared before `apis`, whose benchmark API uses the macros it defines.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod babe_fixture;
pub mod block_authors;
pub mod configs;
pub mod genesis_config_presets;
pub mod governance;
mod offchain;
pub mod weights;

use alloc::{borrow::Cow, vec::Vec};
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_metadata_hash_extension::CheckMetadataHash;
pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
/// The key type of providers' inference keys (`vrty`) in a node's keystore.
pub use pallet_jobs::KEY_TYPE as INFERENCE_KEY_TYPE;
pub use pallet_jobs::ENCRYPTION_KEY_TYPE;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types for the client side, which does not need to know the runtime's extrinsic
/// format to import and author blocks.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as sp_runtime::traits::Hash>::Output;
}

impl_opaque_keys! {
	/// The keys a validator registers for consensus: BABE (block production, and the VRF whose
	/// output draws job committees) and GRANDPA (finality).
	pub struct SessionKeys {
		pub babe: Babe,
		pub grandpa: Grandpa,
	}
}

/// The runtime's version. Bump `spec_version` with every runtime upgrade.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: Cow::Borrowed("verity"),
	impl_name: Cow::Borrowed("verity-node"),
	authoring_version: 1,
	spec_version: 130,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 5,
	system_version: 1,
};

/// Target block time. A slot is one block; it cannot change once the chain has started.
pub const MILLI_SECS_PER_BLOCK: u64 = 3000;
/// BABE slot duration, read by pallet-timestamp and pallet-babe.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

/// BABE's chance that a slot has a primary (VRF-elected) author: 1/4. Every other slot has a
/// secondary author, chosen by the slot, who also signs a VRF output, so every block carries
/// fresh randomness.
pub const PRIMARY_PROBABILITY: (u64, u64) = (1, 4);

/// BABE's epoch configuration at genesis.
pub const BABE_GENESIS_EPOCH_CONFIG: sp_consensus_babe::BabeEpochConfiguration =
	sp_consensus_babe::BabeEpochConfiguration {
		c: PRIMARY_PROBABILITY,
		allowed_slots: sp_consensus_babe::AllowedSlots::PrimaryAndSecondaryVRFSlots,
	};

/// Time measured in blocks.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// An hour in blocks.
pub const HOURS: BlockNumber = MINUTES * 60;
/// A day in blocks.
pub const DAYS: BlockNumber = HOURS * 24;

/// The native token's symbol, as wallets show it.
pub const TOKEN_SYMBOL: &str = "VRT";
/// The native token's decimals: one VRT is `10^12` planck.
pub const TOKEN_DECIMALS: u8 = 12;
/// The SS58 address prefix (42: the generic Substrate prefix).
pub const SS58_PREFIX: u16 = 42;

/// One VRT in its smallest unit.
pub const UNIT: Balance = 1_000_000_000_000;
/// A thousandth of a VRT.
pub const MILLI_UNIT: Balance = 1_000_000_000;
/// A millionth of a VRT.
pub const MICRO_UNIT: Balance = 1_000_000;
/// The least balance an account may hold.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Transaction signature: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;
/// An account is the public key of its signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account.
pub type Balance = u128;
/// Transaction index of an account.
pub type Nonce = u32;
/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;
/// A block number.
pub type BlockNumber = u32;
/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The checks and charges applied to every signed transaction.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	// A drawn provider's commits and reveals go before new submissions (issue 18).
	pallet_jobs::PrioritizeProviderWork<Runtime>,
	frame_system::WeightReclaim<Runtime>,
	// RFC-78: a signer may commit to the runtime's metadata hash (hardware wallets do).
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
);

/// The transaction extensions of a transaction signed with `nonce`, valid in `era`, with no
/// tip and no metadata hash: what the off-chain worker (`offchain.rs`) and the node's own tools
/// (its demo and benchmarks) sign.
pub fn tx_extension(era: generic::Era, nonce: Nonce) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(era),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		pallet_jobs::PrioritizeProviderWork::<Runtime>::new(),
		frame_system::WeightReclaim::<Runtime>::new(),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
	)
}

/// Unchecked extrinsic type.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

frame_support::parameter_types! {
	pub const AuraPalletName: &'static str = "Aura";
	pub const RandomnessCollectiveFlipPalletName: &'static str = "RandomnessCollectiveFlip";
}

/// Migrations to run on the next runtime upgrade: each pallet's versioned storage migrations
/// (each runs once, at its version), and the removal of the storage of the pallets this
/// runtime no longer has (Aura gave way to BABE, whose VRF replaced the collective-flip
/// randomness).
type Migrations = (
	pallet_providers::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_models::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_jobs::migrations::v3::MigrateV2ToV3<Runtime>,
	pallet_jobs::migrations::v4::MigrateV3ToV4<Runtime>,
	pallet_providers::migrations::v2::MigrateV1ToV2<Runtime>,
	pallet_validators::migrations::v1::MigrateV0ToV1<Runtime>,
	frame_support::migrations::RemovePallet<
		AuraPalletName,
		<Runtime as frame_system::Config>::DbWeight,
	>,
	frame_support::migrations::RemovePallet<
		RandomnessCollectiveFlipPalletName,
		<Runtime as frame_system::Config>::DbWeight,
	>,
);

/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Babe = pallet_babe;
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	// The validator set: declared after BABE and GRANDPA and before Session, so genesis builds
	// them in that order (Session hands the Validators' first set to BABE and GRANDPA).
	#[runtime::pallet_index(8)]
	pub type Validators = pallet_validators;
	#[runtime::pallet_index(9)]
	pub type Session = pallet_session;
	// Who authored the last block, so that committee randomness needs two authors.
	#[runtime::pallet_index(10)]
	pub type BlockAuthors = block_authors;

	// Verity's own pallets.
	#[runtime::pallet_index(20)]
	pub type Models = pallet_models;
	#[runtime::pallet_index(21)]
	pub type Providers = pallet_providers;
	#[runtime::pallet_index(22)]
	pub type Jobs = pallet_jobs;
	#[runtime::pallet_index(23)]
	pub type Blobs = pallet_blobs;

	// Governance (OpenGov).
	#[runtime::pallet_index(30)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(31)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(32)]
	pub type Treasury = pallet_treasury;
	#[runtime::pallet_index(33)]
	pub type ConvictionVoting = pallet_conviction_voting;
	#[runtime::pallet_index(34)]
	pub type Referenda = pallet_referenda;
	#[runtime::pallet_index(35)]
	pub type Origins = governance::origins;
}

#[cfg(test)]
mod tests;
