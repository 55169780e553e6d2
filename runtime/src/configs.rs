//! The configuration of each pallet in the runtime.

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{
		constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
		IdentityFee, Weight,
	},
	PalletId,
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::{
	traits::{AccountIdConversion, BlakeTwo256, Hash as _, One},
	Perbill,
};
use sp_version::RuntimeVersion;

use crate::governance::ProtocolGovernance;

use super::{
	AccountId, Babe, Balance, Balances, Blobs, Block, BlockNumber, Hash, Models, Nonce, PalletInfo,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin,
	RuntimeTask, Session, System, DAYS, EXISTENTIAL_DEPOSIT, MICRO_UNIT, MILLI_SECS_PER_BLOCK,
	MILLI_UNIT, SLOT_DURATION, SS58_PREFIX, UNIT, VERSION,
};

const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// A block's compute: one second of its three.
const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND, u64::MAX);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// One second of compute per 3-second block, 75 % of it for normal transactions (the
	/// rest for operational ones), 10 % of it expected for block initialization, with the
	/// base weights of a block and of an extrinsic measured on this project's machine
	/// (`weights/`, not polkadot-sdk's defaults).
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(crate::weights::BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = crate::weights::ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |weights| {
			weights.max_total = Some(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.for_class(DispatchClass::Operational, |weights| {
			weights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			weights.reserved =
				Some(MAXIMUM_BLOCK_WEIGHT - NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic();
	/// 5 MiB blocks, of which normal transactions may fill 75%.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(DispatchClass::Normal, |m| *m = NORMAL_DISPATCH_RATIO * *m)
		.build();
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	// The node stores its state in ParityDB (no RocksDB is built in).
	type DbWeight = ParityDbWeight;
	// Polkadot-sdk's measured weights of the system calls and transaction extensions, with our
	// database weights (the `()` defaults assume RocksDB).
	type SystemWeightInfo = frame_system::weights::SubstrateWeight<Runtime>;
	type ExtensionsWeightInfo = frame_system::SubstrateExtensionsWeight<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_babe::Config for Runtime {
	// Slots per epoch, fixed at genesis (the validators pallet keeps it).
	type EpochDuration = pallet_validators::EpochDuration<Runtime>;
	type ExpectedBlockTime = ConstU64<MILLI_SECS_PER_BLOCK>;
	// Epochs change when sessions do: pallet-session ends a session when BABE says.
	type EpochChangeTrigger = pallet_babe::ExternalTrigger;
	type DisabledValidators = Session;
	type WeightInfo = ();
	type MaxAuthorities = MaxValidators;
	type MaxNominators = ConstU32<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

/// Fresh randomness for drawing job committees: the VRF outputs of the block being executed
/// (from its BABE pre-digest) and of its parent (`pallet_babe::AuthorVrfRandomness`, which the
/// parent's `on_finalize` left), hashed with the subject. Each author computed its output from
/// its slot and the epoch's randomness with its key: it could not choose it, only withhold its
/// block, and it alone knew it before its block. A job is drawn in the block after its own
/// (`DrawDelay` = 1), so the value mixes the submission's block and the next: only an author
/// of both knew it when the submission was fixed, so when one validator authored both
/// (`block_authors`) there is no value and the draw waits for the next block. Known from the
/// current block on; `None` also when either block has no VRF output (never with primary and
/// secondary VRF slots, but in the first block).
pub struct RecentBlocksVrf;
impl frame_support::traits::Randomness<Option<Hash>, BlockNumber> for RecentBlocksVrf {
	fn random(subject: &[u8]) -> (Option<Hash>, BlockNumber) {
		let now = System::block_number();
		if !crate::block_authors::Pallet::<Runtime>::two_authors() {
			return (None, now);
		}
		use sp_core::crypto::Wraps;
		let current: Option<[u8; 32]> =
			pallet_babe::Initialized::<Runtime>::get().flatten().and_then(|pre_digest| {
				let signature = pre_digest.vrf_signature()?;
				let authorities = pallet_babe::Authorities::<Runtime>::get();
				let (authority, _) = authorities.get(pre_digest.authority_index() as usize)?;
				let transcript = sp_consensus_babe::make_vrf_transcript(
					&pallet_babe::Randomness::<Runtime>::get(),
					pallet_babe::CurrentSlot::<Runtime>::get(),
					pallet_babe::EpochIndex::<Runtime>::get(),
				);
				authority
					.as_inner_ref()
					.make_bytes::<32>(
						sp_consensus_babe::RANDOMNESS_VRF_CONTEXT,
						&transcript,
						&signature.pre_output,
					)
					.ok()
			});
		let parent: Option<[u8; 32]> = pallet_babe::AuthorVrfRandomness::<Runtime>::get();
		let random = current.zip(parent).map(|(current, parent)| {
			let mut preimage = subject.to_vec();
			preimage.extend_from_slice(&parent);
			preimage.extend_from_slice(&current);
			BlakeTwo256::hash(&preimage)
		});
		(random, now)
	}
}

impl crate::block_authors::Config for Runtime {}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

/// Most validators: BABE's and GRANDPA's `MaxAuthorities`.
pub type MaxValidators = ConstU32<32>;

/// Whether an account registered session keys (`session.setKeys`).
pub struct HasSessionKeys;
impl frame_support::traits::Contains<AccountId> for HasSessionKeys {
	fn contains(who: &AccountId) -> bool {
		pallet_session::NextKeys::<Runtime>::contains_key(who)
	}
}

/// Session keys for the validators pallet's benchmarks (stand-in public keys: nothing signs).
#[cfg(feature = "runtime-benchmarks")]
pub struct ValidatorsBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_validators::BenchmarkHelper<AccountId> for ValidatorsBenchmarkHelper {
	fn set_session_keys(who: &AccountId) {
		let seed: [u8; 32] = *who.as_ref();
		let keys = crate::SessionKeys {
			babe: sp_core::sr25519::Public::from_raw(seed).into(),
			grandpa: sp_core::ed25519::Public::from_raw(seed).into(),
		};
		pallet_session::NextKeys::<Runtime>::insert(who, keys);
	}
}

impl pallet_validators::Config for Runtime {
	// Who validates is decided on the root track (or by sudo on the dev chain).
	type GovernanceOrigin = frame_system::EnsureRoot<AccountId>;
	type HasSessionKeys = HasSessionKeys;
	type MaxValidators = MaxValidators;
	type MinValidators = ConstU32<1>;
	type WeightInfo = pallet_validators::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ValidatorsBenchmarkHelper;
}

parameter_types! {
	/// Held from an account while it has session keys registered (against spam).
	pub const SessionKeyDeposit: Balance = 10 * UNIT;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	// Sessions are BABE's epochs.
	type ShouldEndSession = Babe;
	type NextSessionRotation = Babe;
	type SessionManager = crate::Validators;
	type SessionHandler =
		<crate::SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = crate::SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Babe;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = pallet_timestamp::weights::SubstrateWeight<Runtime>;
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ConstU32<50>;
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = IdentityFee<Balance>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// The treasury's account. It is pallet-treasury's account id (`py/trsry`), so protocol fees
	/// and slashes collected before governance lands are already the treasury's.
	pub TreasuryAccount: AccountId = TREASURY_PALLET_ID.into_account_truncating();
	pub const ModelDepositBase: Balance = UNIT;
	pub const ModelDepositPerByte: Balance = MILLI_UNIT;
}

/// The treasury's pallet id.
pub const TREASURY_PALLET_ID: PalletId = PalletId(*b"py/trsry");

impl pallet_models::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = ProtocolGovernance;
	type DepositBase = ModelDepositBase;
	type DepositPerByte = ModelDepositPerByte;
	type MaxUriLen = ConstU32<256>;
	type MaxBeneficiaries = ConstU32<8>;
	type MaxModelSize = ConstU64<{ 256 * 1024 * 1024 }>;
	type WeightInfo = pallet_models::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// What storing data with the chain's nodes costs for a retention period, per byte:
	/// 0.1 µVRT (1.2 MB, one 320×320 image for YOLOv8n: 0.12 VRT).
	pub const BlobFeePerByte: Balance = MICRO_UNIT / 10;
}

impl pallet_blobs::Config for Runtime {
	type Currency = Balances;
	type FeeDestination = TreasuryAccount;
	// Within a block's normal-class length (3.75 MiB), with room for the call around it.
	type MaxBlobLen = ConstU32<{ 3 * 1024 * 1024 }>;
	type RetentionPeriod = ConstU32<{ 7 * DAYS }>;
	type FeeBase = ConstU128<{ MILLI_UNIT }>;
	type FeePerByte = BlobFeePerByte;
	type MaxBlobsPerBlock = ConstU32<256>;
	type WeightInfo = pallet_blobs::weights::SubstrateWeight<Runtime>;
}

impl pallet_providers::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = Models;
	type GovernanceOrigin = ProtocolGovernance;
	type MaxModelsPerProvider = ConstU32<16>;
	type MaxProvidersPerModel = ConstU32<64>;
	type MinBondFloor = ConstU128<UNIT>;
	type MaxMinBond = ConstU128<{ 1_000_000 * UNIT }>;
	type MaxUnbondingDelay = ConstU32<{ 28 * DAYS }>;
	type WorkWindow = pallet_jobs::WorkWindow<Runtime>;
	type WeightInfo = pallet_providers::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Draws stop once a block's deadlines have taken a third of the block: `on_initialize`
	/// leaves the rest to transactions and the node time to author the block in its slot.
	pub MaxDrawWeight: Weight = RuntimeBlockWeights::get().max_block / 3;
}

impl pallet_jobs::Config for Runtime {
	type AuthorityId = pallet_jobs::crypto::InferenceAuthId;
	type Randomness = RecentBlocksVrf;
	type DrawDelay = ConstU32<1>;
	type TreasuryAccount = TreasuryAccount;
	type ParamsOrigin = ProtocolGovernance;
	type MaxInputLen = ConstU32<{ 64 * 1024 }>;
	type MaxOutputLen = ConstU32<{ 16 * 1024 }>;
	type Blobs = Blobs;
	type MaxRedundancy = ConstU32<12>;
	// A job's life puts it in four deadline buckets (draw, commit, audit draw, reveal), two of
	// them stale by the time they come (it moved on early): under a sustained load of `x` jobs a
	// block each bucket takes about 4x ids, so 4,096 carry a thousand jobs a block.
	type MaxJobsPerBlock = ConstU32<4096>;
	type MaxConclusionsPerBlock = ConstU32<64>;
	// An audited job is drawn twice (its committee, then whether it is audited).
	type MaxAssignmentsPerBlock = ConstU32<2048>;
	type MaxDrawWeight = MaxDrawWeight;
	// Five blocks in a row, at most, of commit and reveal deadlines moved on while provider
	// work fills the blocks: half a commit or reveal period.
	type CongestionGrace = ConstU32<5>;
	type MaxBatch = ConstU32<64>;
	type WeightInfo = pallet_jobs::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::JobsHelper;
}
