// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, i64, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { Vote } from '@polkadot/types/interfaces/elections';
import type { AccountId32, Call, H256, MultiAddress, Perbill } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletBabeCall (18) */
  interface PalletBabeCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusSlotsEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusSlotsEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isPlanConfigChange: boolean;
    readonly asPlanConfigChange: {
      readonly config: SpConsensusBabeDigestsNextConfigDescriptor;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'PlanConfigChange';
  }

  /** @name SpConsensusSlotsEquivocationProof (19) */
  interface SpConsensusSlotsEquivocationProof extends Struct {
    readonly offender: SpConsensusBabeAppPublic;
    readonly slot: u64;
    readonly firstHeader: SpRuntimeHeader;
    readonly secondHeader: SpRuntimeHeader;
  }

  /** @name SpRuntimeHeader (20) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeDigest (22) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (24) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name SpConsensusBabeAppPublic (26) */
  interface SpConsensusBabeAppPublic extends U8aFixed {}

  /** @name SpCoreVoid (28) */
  type SpCoreVoid = Null;

  /** @name SpConsensusBabeDigestsNextConfigDescriptor (29) */
  interface SpConsensusBabeDigestsNextConfigDescriptor extends Enum {
    readonly isV1: boolean;
    readonly asV1: {
      readonly c: ITuple<[u64, u64]>;
      readonly allowedSlots: SpConsensusBabeAllowedSlots;
    } & Struct;
    readonly type: 'V1';
  }

  /** @name SpConsensusBabeAllowedSlots (31) */
  interface SpConsensusBabeAllowedSlots extends Enum {
    readonly isPrimarySlots: boolean;
    readonly isPrimaryAndSecondaryPlainSlots: boolean;
    readonly isPrimaryAndSecondaryVRFSlots: boolean;
    readonly type: 'PrimarySlots' | 'PrimaryAndSecondaryPlainSlots' | 'PrimaryAndSecondaryVRFSlots';
  }

  /** @name PalletGrandpaCall (32) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (33) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (34) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (35) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name SpConsensusGrandpaAppPublic (36) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name FinalityGrandpaPrevote (37) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (38) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (41) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (42) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name PalletBalancesCall (44) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (49) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSudoCall (50) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name SpWeightsWeightV2Weight (51) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletValidatorsCall (52) */
  interface PalletValidatorsCall extends Enum {
    readonly isAddValidator: boolean;
    readonly asAddValidator: {
      readonly who: AccountId32;
    } & Struct;
    readonly isRemoveValidator: boolean;
    readonly asRemoveValidator: {
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'AddValidator' | 'RemoveValidator';
  }

  /** @name PalletSessionCall (53) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: VerityRuntimeSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name VerityRuntimeSessionKeys (54) */
  interface VerityRuntimeSessionKeys extends Struct {
    readonly babe: SpConsensusBabeAppPublic;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name PalletModelsCall (55) */
  interface PalletModelsCall extends Enum {
    readonly isRegister: boolean;
    readonly asRegister: {
      readonly hash_: U8aFixed;
      readonly size_: u64;
      readonly uri: Bytes;
      readonly io: VerityPrimitivesTensorIoSpec;
      readonly rule: VerityPrimitivesCompareComparisonRule;
      readonly royaltyPerJob: u128;
      readonly royalties: Vec<PalletModelsBeneficiary>;
    } & Struct;
    readonly isSetUri: boolean;
    readonly asSetUri: {
      readonly model: u32;
      readonly uri: Bytes;
    } & Struct;
    readonly isSetRoyalties: boolean;
    readonly asSetRoyalties: {
      readonly model: u32;
      readonly royaltyPerJob: u128;
      readonly royalties: Vec<PalletModelsBeneficiary>;
    } & Struct;
    readonly isSetStatus: boolean;
    readonly asSetStatus: {
      readonly model: u32;
      readonly status: PalletModelsModelStatus;
    } & Struct;
    readonly isRegisterWithKind: boolean;
    readonly asRegisterWithKind: {
      readonly hash_: U8aFixed;
      readonly size_: u64;
      readonly uri: Bytes;
      readonly io: VerityPrimitivesTensorIoSpec;
      readonly rule: VerityPrimitivesCompareComparisonRule;
      readonly royaltyPerJob: u128;
      readonly royalties: Vec<PalletModelsBeneficiary>;
      readonly kind: PalletModelsModelKind;
    } & Struct;
    readonly type: 'Register' | 'SetUri' | 'SetRoyalties' | 'SetStatus' | 'RegisterWithKind';
  }

  /** @name VerityPrimitivesTensorIoSpec (57) */
  interface VerityPrimitivesTensorIoSpec extends Struct {
    readonly inputs: Vec<VerityPrimitivesTensorTensorSpec>;
    readonly outputs: Vec<VerityPrimitivesTensorTensorSpec>;
  }

  /** @name VerityPrimitivesTensorTensorSpec (59) */
  interface VerityPrimitivesTensorTensorSpec extends Struct {
    readonly name: Bytes;
    readonly elem: VerityPrimitivesTensorElementType;
    readonly shape: Vec<VerityPrimitivesTensorDim>;
  }

  /** @name VerityPrimitivesTensorElementType (61) */
  interface VerityPrimitivesTensorElementType extends Enum {
    readonly isFloat32: boolean;
    readonly isUInt8: boolean;
    readonly isInt8: boolean;
    readonly isUInt16: boolean;
    readonly isInt16: boolean;
    readonly isInt32: boolean;
    readonly isInt64: boolean;
    readonly isBool: boolean;
    readonly isFloat16: boolean;
    readonly isFloat64: boolean;
    readonly isUInt32: boolean;
    readonly isUInt64: boolean;
    readonly type: 'Float32' | 'UInt8' | 'Int8' | 'UInt16' | 'Int16' | 'Int32' | 'Int64' | 'Bool' | 'Float16' | 'Float64' | 'UInt32' | 'UInt64';
  }

  /** @name VerityPrimitivesTensorDim (63) */
  interface VerityPrimitivesTensorDim extends Enum {
    readonly isFixed: boolean;
    readonly asFixed: u32;
    readonly isDynamic: boolean;
    readonly type: 'Fixed' | 'Dynamic';
  }

  /** @name VerityPrimitivesCompareComparisonRule (66) */
  interface VerityPrimitivesCompareComparisonRule extends Enum {
    readonly isExact: boolean;
    readonly isTolerance: boolean;
    readonly asTolerance: {
      readonly absPpb: u32;
      readonly relPpb: u32;
    } & Struct;
    readonly type: 'Exact' | 'Tolerance';
  }

  /** @name PalletModelsBeneficiary (68) */
  interface PalletModelsBeneficiary extends Struct {
    readonly account: AccountId32;
    readonly share: Perbill;
  }

  /** @name PalletModelsModelStatus (71) */
  interface PalletModelsModelStatus extends Enum {
    readonly isActive: boolean;
    readonly isDeprecated: boolean;
    readonly isBanned: boolean;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly deprecated: bool;
    } & Struct;
    readonly type: 'Active' | 'Deprecated' | 'Banned' | 'Suspended';
  }

  /** @name PalletModelsModelKind (72) */
  interface PalletModelsModelKind extends Enum {
    readonly isFunction: boolean;
    readonly isGenerator: boolean;
    readonly asGenerator: PalletModelsGeneratorSpec;
    readonly isImage: boolean;
    readonly asImage: PalletModelsImageSpec;
    readonly type: 'Function' | 'Generator' | 'Image';
  }

  /** @name PalletModelsGeneratorSpec (73) */
  interface PalletModelsGeneratorSpec extends Struct {
    readonly tokenizer: PalletModelsTokenizerRef;
    readonly maxNewTokens: u32;
    readonly maxContext: u32;
    readonly logitMarginPpm: u32;
  }

  /** @name PalletModelsTokenizerRef (74) */
  interface PalletModelsTokenizerRef extends Struct {
    readonly hash_: U8aFixed;
    readonly size_: u32;
    readonly uri: Bytes;
  }

  /** @name PalletModelsImageSpec (75) */
  interface PalletModelsImageSpec extends Struct {
    readonly resize: PalletModelsResize;
    readonly meanPpm: Vec<u32>;
    readonly stdPpm: Vec<u32>;
  }

  /** @name PalletModelsResize (76) */
  interface PalletModelsResize extends Enum {
    readonly isLetterbox: boolean;
    readonly isStretch: boolean;
    readonly type: 'Letterbox' | 'Stretch';
  }

  /** @name PalletProvidersCall (78) */
  interface PalletProvidersCall extends Enum {
    readonly isRegister: boolean;
    readonly asRegister: {
      readonly bond: u128;
      readonly price: u128;
      readonly models: Vec<u32>;
    } & Struct;
    readonly isUpdate: boolean;
    readonly asUpdate: {
      readonly price: u128;
      readonly models: Option<Vec<u32>>;
    } & Struct;
    readonly isBondExtra: boolean;
    readonly asBondExtra: {
      readonly amount: u128;
    } & Struct;
    readonly isUnbond: boolean;
    readonly isWithdraw: boolean;
    readonly isSuspend: boolean;
    readonly asSuspend: {
      readonly who: AccountId32;
    } & Struct;
    readonly isResume: boolean;
    readonly asResume: {
      readonly who: AccountId32;
    } & Struct;
    readonly isSetParams: boolean;
    readonly asSetParams: {
      readonly minBond: u128;
      readonly unbondingDelay: u32;
    } & Struct;
    readonly isSetEncryptionKey: boolean;
    readonly asSetEncryptionKey: {
      readonly key: U8aFixed;
      readonly rotation: u32;
    } & Struct;
    readonly type: 'Register' | 'Update' | 'BondExtra' | 'Unbond' | 'Withdraw' | 'Suspend' | 'Resume' | 'SetParams' | 'SetEncryptionKey';
  }

  /** @name PalletJobsCall (82) */
  interface PalletJobsCall extends Enum {
    readonly isSubmit: boolean;
    readonly asSubmit: {
      readonly model: u32;
      readonly input: Bytes;
      readonly maxFee: u128;
      readonly tier: PalletJobsTier;
    } & Struct;
    readonly isCommit: boolean;
    readonly asCommit: {
      readonly job: u64;
      readonly commitment: H256;
    } & Struct;
    readonly isReveal: boolean;
    readonly asReveal: {
      readonly job: u64;
      readonly outcome: VerityPrimitivesOutcome;
      readonly salt: U8aFixed;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly job: u64;
    } & Struct;
    readonly isSetParams: boolean;
    readonly asSetParams: {
      readonly params: PalletJobsProtocolParams;
    } & Struct;
    readonly isCommitMany: boolean;
    readonly asCommitMany: {
      readonly commits: Vec<ITuple<[u64, H256]>>;
    } & Struct;
    readonly isRevealMany: boolean;
    readonly asRevealMany: {
      readonly reveals: Vec<ITuple<[u64, VerityPrimitivesOutcome, U8aFixed]>>;
      readonly assignments: u32;
    } & Struct;
    readonly isChallenge: boolean;
    readonly asChallenge: {
      readonly job: u64;
    } & Struct;
    readonly isSubmitStored: boolean;
    readonly asSubmitStored: {
      readonly model: u32;
      readonly inputHash: H256;
      readonly inputLen: u32;
      readonly maxFee: u128;
      readonly tier: PalletJobsTier;
    } & Struct;
    readonly isRevealStored: boolean;
    readonly asRevealStored: {
      readonly job: u64;
      readonly salt: U8aFixed;
      readonly output: Bytes;
    } & Struct;
    readonly isSubmitMany: boolean;
    readonly asSubmitMany: {
      readonly model: u32;
      readonly inputs: Vec<Bytes>;
      readonly maxFee: u128;
      readonly tier: PalletJobsTier;
    } & Struct;
    readonly isSubmitPrivate: boolean;
    readonly asSubmitPrivate: {
      readonly model: u32;
      readonly inputHash: H256;
      readonly inputLen: u32;
      readonly keyCommitment: U8aFixed;
      readonly maxFee: u128;
      readonly tier: PalletJobsTier;
    } & Struct;
    readonly isProvideKeys: boolean;
    readonly asProvideKeys: {
      readonly job: u64;
      readonly ephemeral: U8aFixed;
      readonly keys_: Vec<U8aFixed>;
    } & Struct;
    readonly isJudge: boolean;
    readonly asJudge: {
      readonly job: u64;
      readonly agrees: u64;
    } & Struct;
    readonly type: 'Submit' | 'Commit' | 'Reveal' | 'Cancel' | 'SetParams' | 'CommitMany' | 'RevealMany' | 'Challenge' | 'SubmitStored' | 'RevealStored' | 'SubmitMany' | 'SubmitPrivate' | 'ProvideKeys' | 'Judge';
  }

  /** @name PalletJobsTier (84) */
  interface PalletJobsTier extends Enum {
    readonly isAudited: boolean;
    readonly isQuorum: boolean;
    readonly asQuorum: {
      readonly redundancy: u32;
    } & Struct;
    readonly type: 'Audited' | 'Quorum';
  }

  /** @name VerityPrimitivesOutcome (90) */
  interface VerityPrimitivesOutcome extends Enum {
    readonly isOutput: boolean;
    readonly asOutput: Bytes;
    readonly isFailure: boolean;
    readonly asFailure: VerityPrimitivesOutcomeFailureKind;
    readonly isStored: boolean;
    readonly asStored: {
      readonly hash_: U8aFixed;
      readonly len: u32;
    } & Struct;
    readonly type: 'Output' | 'Failure' | 'Stored';
  }

  /** @name VerityPrimitivesOutcomeFailureKind (92) */
  interface VerityPrimitivesOutcomeFailureKind extends Enum {
    readonly isModelUnavailable: boolean;
    readonly isModelInvalid: boolean;
    readonly isOutputInvalid: boolean;
    readonly isInferenceFailed: boolean;
    readonly isTimeout: boolean;
    readonly isOutputTooLarge: boolean;
    readonly isInputUnavailable: boolean;
    readonly isInputInvalid: boolean;
    readonly type: 'ModelUnavailable' | 'ModelInvalid' | 'OutputInvalid' | 'InferenceFailed' | 'Timeout' | 'OutputTooLarge' | 'InputUnavailable' | 'InputInvalid';
  }

  /** @name PalletJobsProtocolParams (99) */
  interface PalletJobsProtocolParams extends Struct {
    readonly auditors: u32;
    readonly auditFloor: Perbill;
    readonly trustedAfter: u32;
    readonly escalation: u32;
    readonly commitPeriod: u32;
    readonly revealPeriod: u32;
    readonly wrongOutputSlash: Perbill;
    readonly noShowSlash: Perbill;
    readonly protocolFee: Perbill;
    readonly retention: u32;
    readonly challengePeriod: u32;
    readonly challengeBond: Perbill;
  }

  /** @name PalletBlobsCall (100) */
  interface PalletBlobsCall extends Enum {
    readonly isStore: boolean;
    readonly asStore: {
      readonly data: Bytes;
    } & Struct;
    readonly isRenew: boolean;
    readonly asRenew: {
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Store' | 'Renew';
  }

  /** @name PalletSchedulerCall (101) */
  interface PalletSchedulerCall extends Enum {
    readonly isSchedule: boolean;
    readonly asSchedule: {
      readonly when: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isScheduleNamed: boolean;
    readonly asScheduleNamed: {
      readonly id: U8aFixed;
      readonly when: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isCancelNamed: boolean;
    readonly asCancelNamed: {
      readonly id: U8aFixed;
    } & Struct;
    readonly isScheduleAfter: boolean;
    readonly asScheduleAfter: {
      readonly after: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isScheduleNamedAfter: boolean;
    readonly asScheduleNamedAfter: {
      readonly id: U8aFixed;
      readonly after: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isSetRetry: boolean;
    readonly asSetRetry: {
      readonly task: ITuple<[u32, u32]>;
      readonly retries: u8;
      readonly period: u32;
    } & Struct;
    readonly isSetRetryNamed: boolean;
    readonly asSetRetryNamed: {
      readonly id: U8aFixed;
      readonly retries: u8;
      readonly period: u32;
    } & Struct;
    readonly isCancelRetry: boolean;
    readonly asCancelRetry: {
      readonly task: ITuple<[u32, u32]>;
    } & Struct;
    readonly isCancelRetryNamed: boolean;
    readonly asCancelRetryNamed: {
      readonly id: U8aFixed;
    } & Struct;
    readonly type: 'Schedule' | 'Cancel' | 'ScheduleNamed' | 'CancelNamed' | 'ScheduleAfter' | 'ScheduleNamedAfter' | 'SetRetry' | 'SetRetryNamed' | 'CancelRetry' | 'CancelRetryNamed';
  }

  /** @name PalletPreimageCall (104) */
  interface PalletPreimageCall extends Enum {
    readonly isNotePreimage: boolean;
    readonly asNotePreimage: {
      readonly bytes: Bytes;
    } & Struct;
    readonly isUnnotePreimage: boolean;
    readonly asUnnotePreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequestPreimage: boolean;
    readonly asRequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isUnrequestPreimage: boolean;
    readonly asUnrequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isEnsureUpdated: boolean;
    readonly asEnsureUpdated: {
      readonly hashes: Vec<H256>;
    } & Struct;
    readonly type: 'NotePreimage' | 'UnnotePreimage' | 'RequestPreimage' | 'UnrequestPreimage' | 'EnsureUpdated';
  }

  /** @name PalletTreasuryCall (106) */
  interface PalletTreasuryCall extends Enum {
    readonly isSpendLocal: boolean;
    readonly asSpendLocal: {
      readonly amount: Compact<u128>;
      readonly beneficiary: MultiAddress;
    } & Struct;
    readonly isRemoveApproval: boolean;
    readonly asRemoveApproval: {
      readonly proposalId: Compact<u32>;
    } & Struct;
    readonly isSpend: boolean;
    readonly asSpend: {
      readonly assetKind: Null;
      readonly amount: Compact<u128>;
      readonly beneficiary: AccountId32;
      readonly validFrom: Option<u32>;
    } & Struct;
    readonly isPayout: boolean;
    readonly asPayout: {
      readonly index: u32;
    } & Struct;
    readonly isCheckStatus: boolean;
    readonly asCheckStatus: {
      readonly index: u32;
    } & Struct;
    readonly isVoidSpend: boolean;
    readonly asVoidSpend: {
      readonly index: u32;
    } & Struct;
    readonly type: 'SpendLocal' | 'RemoveApproval' | 'Spend' | 'Payout' | 'CheckStatus' | 'VoidSpend';
  }

  /** @name PalletConvictionVotingCall (108) */
  interface PalletConvictionVotingCall extends Enum {
    readonly isVote: boolean;
    readonly asVote: {
      readonly pollIndex: Compact<u32>;
      readonly vote: PalletConvictionVotingVoteAccountVote;
    } & Struct;
    readonly isDelegate: boolean;
    readonly asDelegate: {
      readonly class: u16;
      readonly to: MultiAddress;
      readonly conviction: PalletConvictionVotingConviction;
      readonly balance: u128;
    } & Struct;
    readonly isUndelegate: boolean;
    readonly asUndelegate: {
      readonly class: u16;
    } & Struct;
    readonly isUnlock: boolean;
    readonly asUnlock: {
      readonly class: u16;
      readonly target: MultiAddress;
    } & Struct;
    readonly isRemoveVote: boolean;
    readonly asRemoveVote: {
      readonly class: Option<u16>;
      readonly index: u32;
    } & Struct;
    readonly isRemoveOtherVote: boolean;
    readonly asRemoveOtherVote: {
      readonly target: MultiAddress;
      readonly class: u16;
      readonly index: u32;
    } & Struct;
    readonly type: 'Vote' | 'Delegate' | 'Undelegate' | 'Unlock' | 'RemoveVote' | 'RemoveOtherVote';
  }

  /** @name PalletConvictionVotingVoteAccountVote (109) */
  interface PalletConvictionVotingVoteAccountVote extends Enum {
    readonly isStandard: boolean;
    readonly asStandard: {
      readonly vote: Vote;
      readonly balance: u128;
    } & Struct;
    readonly isSplit: boolean;
    readonly asSplit: {
      readonly aye: u128;
      readonly nay: u128;
    } & Struct;
    readonly isSplitAbstain: boolean;
    readonly asSplitAbstain: {
      readonly aye: u128;
      readonly nay: u128;
      readonly abstain: u128;
    } & Struct;
    readonly type: 'Standard' | 'Split' | 'SplitAbstain';
  }

  /** @name PalletConvictionVotingConviction (112) */
  interface PalletConvictionVotingConviction extends Enum {
    readonly isNone: boolean;
    readonly isLocked1x: boolean;
    readonly isLocked2x: boolean;
    readonly isLocked3x: boolean;
    readonly isLocked4x: boolean;
    readonly isLocked5x: boolean;
    readonly isLocked6x: boolean;
    readonly type: 'None' | 'Locked1x' | 'Locked2x' | 'Locked3x' | 'Locked4x' | 'Locked5x' | 'Locked6x';
  }

  /** @name PalletReferendaCall (114) */
  interface PalletReferendaCall extends Enum {
    readonly isSubmit: boolean;
    readonly asSubmit: {
      readonly proposalOrigin: VerityRuntimeOriginCaller;
      readonly proposal: FrameSupportPreimagesBounded;
      readonly enactmentMoment: FrameSupportScheduleDispatchTime;
    } & Struct;
    readonly isPlaceDecisionDeposit: boolean;
    readonly asPlaceDecisionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isRefundDecisionDeposit: boolean;
    readonly asRefundDecisionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly index: u32;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly index: u32;
    } & Struct;
    readonly isNudgeReferendum: boolean;
    readonly asNudgeReferendum: {
      readonly index: u32;
    } & Struct;
    readonly isOneFewerDeciding: boolean;
    readonly asOneFewerDeciding: {
      readonly track: u16;
    } & Struct;
    readonly isRefundSubmissionDeposit: boolean;
    readonly asRefundSubmissionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isSetMetadata: boolean;
    readonly asSetMetadata: {
      readonly index: u32;
      readonly maybeHash: Option<H256>;
    } & Struct;
    readonly type: 'Submit' | 'PlaceDecisionDeposit' | 'RefundDecisionDeposit' | 'Cancel' | 'Kill' | 'NudgeReferendum' | 'OneFewerDeciding' | 'RefundSubmissionDeposit' | 'SetMetadata';
  }

  /** @name VerityRuntimeOriginCaller (115) */
  interface VerityRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isOrigins: boolean;
    readonly asOrigins: VerityRuntimeGovernanceOriginsPalletCustomOriginsOrigin;
    readonly type: 'System' | 'Origins';
  }

  /** @name FrameSupportDispatchRawOrigin (116) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name VerityRuntimeGovernanceOriginsPalletCustomOriginsOrigin (117) */
  interface VerityRuntimeGovernanceOriginsPalletCustomOriginsOrigin extends Enum {
    readonly isProtocolParams: boolean;
    readonly isTreasurer: boolean;
    readonly type: 'ProtocolParams' | 'Treasurer';
  }

  /** @name FrameSupportPreimagesBounded (118) */
  interface FrameSupportPreimagesBounded extends Enum {
    readonly isLegacy: boolean;
    readonly asLegacy: {
      readonly hash_: H256;
    } & Struct;
    readonly isInline: boolean;
    readonly asInline: Bytes;
    readonly isLookup: boolean;
    readonly asLookup: {
      readonly hash_: H256;
      readonly len: u32;
    } & Struct;
    readonly type: 'Legacy' | 'Inline' | 'Lookup';
  }

  /** @name SpRuntimeBlakeTwo256 (119) */
  type SpRuntimeBlakeTwo256 = Null;

  /** @name FrameSupportScheduleDispatchTime (121) */
  interface FrameSupportScheduleDispatchTime extends Enum {
    readonly isAt: boolean;
    readonly asAt: u32;
    readonly isAfter: boolean;
    readonly asAfter: u32;
    readonly type: 'At' | 'After';
  }

  /** @name SpRuntimeMultiSignature (123) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name FrameSystemExtensionsCheckNonZeroSender (125) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (126) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (127) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (128) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (131) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (132) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (133) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name PalletJobsPriorityPrioritizeProviderWork (134) */
  type PalletJobsPriorityPrioritizeProviderWork = Null;

  /** @name FrameSystemExtensionsWeightReclaim (135) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name FrameMetadataHashExtensionCheckMetadataHash (136) */
  interface FrameMetadataHashExtensionCheckMetadataHash extends Struct {
    readonly mode: FrameMetadataHashExtensionMode;
  }

  /** @name FrameMetadataHashExtensionMode (137) */
  interface FrameMetadataHashExtensionMode extends Enum {
    readonly isDisabled: boolean;
    readonly isEnabled: boolean;
    readonly type: 'Disabled' | 'Enabled';
  }

  /** @name FrameSystemAccountInfo (140) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (141) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (143) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name FrameSystemEventRecord (145) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (147) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (148) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (149) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (150) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (151) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (152) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (153) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (154) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (155) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (156) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletGrandpaEvent (157) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletBalancesEvent (160) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: VerityRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: VerityRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: VerityRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: VerityRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: VerityRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (161) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name VerityRuntimeRuntimeHoldReason (162) */
  interface VerityRuntimeRuntimeHoldReason extends Enum {
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isModels: boolean;
    readonly asModels: PalletModelsHoldReason;
    readonly isProviders: boolean;
    readonly asProviders: PalletProvidersHoldReason;
    readonly isJobs: boolean;
    readonly asJobs: PalletJobsHoldReason;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageHoldReason;
    readonly type: 'Session' | 'Models' | 'Providers' | 'Jobs' | 'Preimage';
  }

  /** @name PalletSessionHoldReason (163) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletModelsHoldReason (164) */
  interface PalletModelsHoldReason extends Enum {
    readonly isModelDeposit: boolean;
    readonly type: 'ModelDeposit';
  }

  /** @name PalletProvidersHoldReason (165) */
  interface PalletProvidersHoldReason extends Enum {
    readonly isProviderBond: boolean;
    readonly type: 'ProviderBond';
  }

  /** @name PalletJobsHoldReason (166) */
  interface PalletJobsHoldReason extends Enum {
    readonly isJobEscrow: boolean;
    readonly isChallengeBond: boolean;
    readonly type: 'JobEscrow' | 'ChallengeBond';
  }

  /** @name PalletPreimageHoldReason (167) */
  interface PalletPreimageHoldReason extends Enum {
    readonly isPreimage: boolean;
    readonly type: 'Preimage';
  }

  /** @name PalletBalancesUnexpectedKind (168) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (169) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSudoEvent (170) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletValidatorsEvent (173) */
  interface PalletValidatorsEvent extends Enum {
    readonly isValidatorAdded: boolean;
    readonly asValidatorAdded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isValidatorRemoved: boolean;
    readonly asValidatorRemoved: {
      readonly who: AccountId32;
    } & Struct;
    readonly isSetQueued: boolean;
    readonly asSetQueued: {
      readonly session: u32;
      readonly validators: u32;
    } & Struct;
    readonly type: 'ValidatorAdded' | 'ValidatorRemoved' | 'SetQueued';
  }

  /** @name PalletSessionEvent (174) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletModelsEvent (175) */
  interface PalletModelsEvent extends Enum {
    readonly isModelRegistered: boolean;
    readonly asModelRegistered: {
      readonly model: u32;
      readonly owner: AccountId32;
      readonly hash_: U8aFixed;
      readonly deposit: u128;
    } & Struct;
    readonly isUriUpdated: boolean;
    readonly asUriUpdated: {
      readonly model: u32;
      readonly deposit: u128;
    } & Struct;
    readonly isRoyaltiesUpdated: boolean;
    readonly asRoyaltiesUpdated: {
      readonly model: u32;
      readonly royaltyPerJob: u128;
    } & Struct;
    readonly isStatusChanged: boolean;
    readonly asStatusChanged: {
      readonly model: u32;
      readonly status: PalletModelsModelStatus;
    } & Struct;
    readonly isDepositCharged: boolean;
    readonly asDepositCharged: {
      readonly model: u32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly type: 'ModelRegistered' | 'UriUpdated' | 'RoyaltiesUpdated' | 'StatusChanged' | 'DepositCharged';
  }

  /** @name PalletProvidersEvent (176) */
  interface PalletProvidersEvent extends Enum {
    readonly isRegistered: boolean;
    readonly asRegistered: {
      readonly who: AccountId32;
      readonly bond: u128;
      readonly price: u128;
    } & Struct;
    readonly isUpdated: boolean;
    readonly asUpdated: {
      readonly who: AccountId32;
      readonly price: u128;
    } & Struct;
    readonly isBonded: boolean;
    readonly asBonded: {
      readonly who: AccountId32;
      readonly amount: u128;
      readonly bond: u128;
    } & Struct;
    readonly isUnbonding: boolean;
    readonly asUnbonding: {
      readonly who: AccountId32;
      readonly unlockAt: u32;
    } & Struct;
    readonly isWithdrawn: boolean;
    readonly asWithdrawn: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
    } & Struct;
    readonly isResumed: boolean;
    readonly asResumed: {
      readonly who: AccountId32;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
      readonly to: AccountId32;
    } & Struct;
    readonly isUnderbonded: boolean;
    readonly asUnderbonded: {
      readonly who: AccountId32;
      readonly bond: u128;
    } & Struct;
    readonly isParamsSet: boolean;
    readonly asParamsSet: {
      readonly minBond: u128;
      readonly unbondingDelay: u32;
    } & Struct;
    readonly isEvicted: boolean;
    readonly asEvicted: {
      readonly who: AccountId32;
      readonly model: u32;
      readonly by: AccountId32;
    } & Struct;
    readonly isPoolFull: boolean;
    readonly asPoolFull: {
      readonly who: AccountId32;
      readonly model: u32;
    } & Struct;
    readonly isEncryptionKeySet: boolean;
    readonly asEncryptionKeySet: {
      readonly who: AccountId32;
      readonly key: U8aFixed;
      readonly rotation: u32;
    } & Struct;
    readonly type: 'Registered' | 'Updated' | 'Bonded' | 'Unbonding' | 'Withdrawn' | 'Suspended' | 'Resumed' | 'Slashed' | 'Underbonded' | 'ParamsSet' | 'Evicted' | 'PoolFull' | 'EncryptionKeySet';
  }

  /** @name PalletJobsEvent (177) */
  interface PalletJobsEvent extends Enum {
    readonly isJobSubmitted: boolean;
    readonly asJobSubmitted: {
      readonly job: u64;
      readonly submitter: AccountId32;
      readonly model: u32;
      readonly fee: u128;
      readonly assignAt: u32;
    } & Struct;
    readonly isJobAssigned: boolean;
    readonly asJobAssigned: {
      readonly job: u64;
      readonly providers: Vec<ITuple<[AccountId32, u32]>>;
      readonly commitUntil: u32;
      readonly fee: u128;
    } & Struct;
    readonly isCommitted: boolean;
    readonly asCommitted: {
      readonly job: u64;
      readonly provider: AccountId32;
    } & Struct;
    readonly isPrimaryCommitted: boolean;
    readonly asPrimaryCommitted: {
      readonly job: u64;
      readonly auditDrawnAt: u32;
    } & Struct;
    readonly isAuditDrawn: boolean;
    readonly asAuditDrawn: {
      readonly job: u64;
      readonly audit: PalletJobsAudit;
      readonly auditors: Vec<ITuple<[AccountId32, u32]>>;
      readonly fee: u128;
    } & Struct;
    readonly isEscalated: boolean;
    readonly asEscalated: {
      readonly job: u64;
      readonly drawAt: u32;
    } & Struct;
    readonly isEscalationDrawn: boolean;
    readonly asEscalationDrawn: {
      readonly job: u64;
      readonly referees: Vec<ITuple<[AccountId32, u32]>>;
      readonly commitUntil: u32;
    } & Struct;
    readonly isCommitsClosed: boolean;
    readonly asCommitsClosed: {
      readonly job: u64;
      readonly commits: u32;
      readonly revealUntil: u32;
    } & Struct;
    readonly isRevealed: boolean;
    readonly asRevealed: {
      readonly job: u64;
      readonly provider: AccountId32;
      readonly failure: Option<VerityPrimitivesOutcomeFailureKind>;
    } & Struct;
    readonly isJobCompleted: boolean;
    readonly asJobCompleted: {
      readonly job: u64;
      readonly outputHash: H256;
      readonly winners: u32;
      readonly paidToProviders: u128;
      readonly royalty: u128;
      readonly protocolFee: u128;
      readonly refunded: u128;
    } & Struct;
    readonly isJobFailed: boolean;
    readonly asJobFailed: {
      readonly job: u64;
      readonly reason: PalletJobsFailReason;
      readonly paidToProviders: u128;
      readonly refunded: u128;
    } & Struct;
    readonly isJobCancelled: boolean;
    readonly asJobCancelled: {
      readonly job: u64;
      readonly refunded: u128;
    } & Struct;
    readonly isProviderSlashed: boolean;
    readonly asProviderSlashed: {
      readonly job: u64;
      readonly provider: AccountId32;
      readonly amount: u128;
      readonly reason: PalletJobsSlashReason;
    } & Struct;
    readonly isChallenged: boolean;
    readonly asChallenged: {
      readonly job: u64;
      readonly challenger: AccountId32;
      readonly bond: u128;
      readonly drawAt: u32;
    } & Struct;
    readonly isChallengeDrawn: boolean;
    readonly asChallengeDrawn: {
      readonly job: u64;
      readonly committee: Vec<ITuple<[AccountId32, u32]>>;
      readonly commitUntil: u32;
    } & Struct;
    readonly isResultUpheld: boolean;
    readonly asResultUpheld: {
      readonly job: u64;
      readonly paidToCommittee: u128;
      readonly toTreasury: u128;
    } & Struct;
    readonly isResultOverturned: boolean;
    readonly asResultOverturned: {
      readonly job: u64;
      readonly outputHash: H256;
      readonly slashed: u128;
      readonly paidToCommittee: u128;
      readonly refundedToSubmitter: u128;
      readonly compensated: u128;
      readonly reward: u128;
    } & Struct;
    readonly isChallengeVoid: boolean;
    readonly asChallengeVoid: {
      readonly job: u64;
      readonly reason: PalletJobsFailReason;
      readonly refunded: u128;
    } & Struct;
    readonly isParamsSet: boolean;
    readonly asParamsSet: {
      readonly params: PalletJobsProtocolParams;
    } & Struct;
    readonly isBatchItemFailed: boolean;
    readonly asBatchItemFailed: {
      readonly job: u64;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isSubmissionFailed: boolean;
    readonly asSubmissionFailed: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isKeysProvided: boolean;
    readonly asKeysProvided: {
      readonly job: u64;
      readonly providers: u32;
    } & Struct;
    readonly isJudgingOpened: boolean;
    readonly asJudgingOpened: {
      readonly job: u64;
      readonly judges: u32;
      readonly until: u32;
    } & Struct;
    readonly isJudged: boolean;
    readonly asJudged: {
      readonly job: u64;
      readonly provider: AccountId32;
    } & Struct;
    readonly type: 'JobSubmitted' | 'JobAssigned' | 'Committed' | 'PrimaryCommitted' | 'AuditDrawn' | 'Escalated' | 'EscalationDrawn' | 'CommitsClosed' | 'Revealed' | 'JobCompleted' | 'JobFailed' | 'JobCancelled' | 'ProviderSlashed' | 'Challenged' | 'ChallengeDrawn' | 'ResultUpheld' | 'ResultOverturned' | 'ChallengeVoid' | 'ParamsSet' | 'BatchItemFailed' | 'SubmissionFailed' | 'KeysProvided' | 'JudgingOpened' | 'Judged';
  }

  /** @name PalletJobsAudit (181) */
  interface PalletJobsAudit extends Enum {
    readonly isNotApplicable: boolean;
    readonly isPending: boolean;
    readonly isSkipped: boolean;
    readonly isNoAuditors: boolean;
    readonly isAudited: boolean;
    readonly isEscalated: boolean;
    readonly isChallenged: boolean;
    readonly type: 'NotApplicable' | 'Pending' | 'Skipped' | 'NoAuditors' | 'Audited' | 'Escalated' | 'Challenged';
  }

  /** @name PalletJobsFailReason (183) */
  interface PalletJobsFailReason extends Enum {
    readonly isTooFewCommits: boolean;
    readonly isTooFewReveals: boolean;
    readonly isNoQuorum: boolean;
    readonly isOverloaded: boolean;
    readonly isNoProviders: boolean;
    readonly isNoRandomness: boolean;
    readonly isUnprocessable: boolean;
    readonly asUnprocessable: VerityPrimitivesOutcomeFailureKind;
    readonly isUpgraded: boolean;
    readonly isKeysUnusable: boolean;
    readonly type: 'TooFewCommits' | 'TooFewReveals' | 'NoQuorum' | 'Overloaded' | 'NoProviders' | 'NoRandomness' | 'Unprocessable' | 'Upgraded' | 'KeysUnusable';
  }

  /** @name PalletJobsSlashReason (184) */
  interface PalletJobsSlashReason extends Enum {
    readonly isWrongOutput: boolean;
    readonly isNoShow: boolean;
    readonly isOverturned: boolean;
    readonly type: 'WrongOutput' | 'NoShow' | 'Overturned';
  }

  /** @name PalletBlobsEvent (185) */
  interface PalletBlobsEvent extends Enum {
    readonly isStored: boolean;
    readonly asStored: {
      readonly hash_: H256;
      readonly len: u32;
      readonly who: AccountId32;
      readonly fee: u128;
      readonly expiresAt: u32;
    } & Struct;
    readonly isRenewed: boolean;
    readonly asRenewed: {
      readonly hash_: H256;
      readonly who: AccountId32;
      readonly fee: u128;
      readonly expiresAt: u32;
    } & Struct;
    readonly isExpired: boolean;
    readonly asExpired: {
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Stored' | 'Renewed' | 'Expired';
  }

  /** @name PalletSchedulerEvent (186) */
  interface PalletSchedulerEvent extends Enum {
    readonly isScheduled: boolean;
    readonly asScheduled: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isCanceled: boolean;
    readonly asCanceled: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isDispatched: boolean;
    readonly asDispatched: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isRetrySet: boolean;
    readonly asRetrySet: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
      readonly period: u32;
      readonly retries: u8;
    } & Struct;
    readonly isRetryCancelled: boolean;
    readonly asRetryCancelled: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isCallUnavailable: boolean;
    readonly asCallUnavailable: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isPeriodicFailed: boolean;
    readonly asPeriodicFailed: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isRetryFailed: boolean;
    readonly asRetryFailed: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isPermanentlyOverweight: boolean;
    readonly asPermanentlyOverweight: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isAgendaIncomplete: boolean;
    readonly asAgendaIncomplete: {
      readonly when: u32;
    } & Struct;
    readonly type: 'Scheduled' | 'Canceled' | 'Dispatched' | 'RetrySet' | 'RetryCancelled' | 'CallUnavailable' | 'PeriodicFailed' | 'RetryFailed' | 'PermanentlyOverweight' | 'AgendaIncomplete';
  }

  /** @name PalletPreimageEvent (187) */
  interface PalletPreimageEvent extends Enum {
    readonly isNoted: boolean;
    readonly asNoted: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly hash_: H256;
    } & Struct;
    readonly isCleared: boolean;
    readonly asCleared: {
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Noted' | 'Requested' | 'Cleared';
  }

  /** @name PalletTreasuryEvent (188) */
  interface PalletTreasuryEvent extends Enum {
    readonly isSpending: boolean;
    readonly asSpending: {
      readonly budgetRemaining: u128;
    } & Struct;
    readonly isAwarded: boolean;
    readonly asAwarded: {
      readonly proposalIndex: u32;
      readonly award: u128;
      readonly account: AccountId32;
    } & Struct;
    readonly isBurnt: boolean;
    readonly asBurnt: {
      readonly burntFunds: u128;
    } & Struct;
    readonly isRollover: boolean;
    readonly asRollover: {
      readonly rolloverBalance: u128;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly value: u128;
    } & Struct;
    readonly isSpendApproved: boolean;
    readonly asSpendApproved: {
      readonly proposalIndex: u32;
      readonly amount: u128;
      readonly beneficiary: AccountId32;
    } & Struct;
    readonly isUpdatedInactive: boolean;
    readonly asUpdatedInactive: {
      readonly reactivated: u128;
      readonly deactivated: u128;
    } & Struct;
    readonly isAssetSpendApproved: boolean;
    readonly asAssetSpendApproved: {
      readonly index: u32;
      readonly assetKind: Null;
      readonly amount: u128;
      readonly beneficiary: AccountId32;
      readonly validFrom: u32;
      readonly expireAt: u32;
    } & Struct;
    readonly isAssetSpendVoided: boolean;
    readonly asAssetSpendVoided: {
      readonly index: u32;
    } & Struct;
    readonly isPaid: boolean;
    readonly asPaid: {
      readonly index: u32;
      readonly paymentId: Null;
    } & Struct;
    readonly isPaymentFailed: boolean;
    readonly asPaymentFailed: {
      readonly index: u32;
      readonly paymentId: Null;
    } & Struct;
    readonly isSpendProcessed: boolean;
    readonly asSpendProcessed: {
      readonly index: u32;
    } & Struct;
    readonly type: 'Spending' | 'Awarded' | 'Burnt' | 'Rollover' | 'Deposit' | 'SpendApproved' | 'UpdatedInactive' | 'AssetSpendApproved' | 'AssetSpendVoided' | 'Paid' | 'PaymentFailed' | 'SpendProcessed';
  }

  /** @name PalletConvictionVotingEvent (189) */
  interface PalletConvictionVotingEvent extends Enum {
    readonly isDelegated: boolean;
    readonly asDelegated: ITuple<[AccountId32, AccountId32, u16]>;
    readonly isUndelegated: boolean;
    readonly asUndelegated: ITuple<[AccountId32, u16]>;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly who: AccountId32;
      readonly vote: PalletConvictionVotingVoteAccountVote;
      readonly pollIndex: u32;
    } & Struct;
    readonly isVoteRemoved: boolean;
    readonly asVoteRemoved: {
      readonly who: AccountId32;
      readonly vote: PalletConvictionVotingVoteAccountVote;
      readonly pollIndex: u32;
    } & Struct;
    readonly isVoteUnlocked: boolean;
    readonly asVoteUnlocked: {
      readonly who: AccountId32;
      readonly class: u16;
    } & Struct;
    readonly type: 'Delegated' | 'Undelegated' | 'Voted' | 'VoteRemoved' | 'VoteUnlocked';
  }

  /** @name PalletReferendaEvent (190) */
  interface PalletReferendaEvent extends Enum {
    readonly isSubmitted: boolean;
    readonly asSubmitted: {
      readonly index: u32;
      readonly track: u16;
      readonly proposal: FrameSupportPreimagesBounded;
    } & Struct;
    readonly isDecisionDepositPlaced: boolean;
    readonly asDecisionDepositPlaced: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDecisionDepositRefunded: boolean;
    readonly asDecisionDepositRefunded: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDepositSlashed: boolean;
    readonly asDepositSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDecisionStarted: boolean;
    readonly asDecisionStarted: {
      readonly index: u32;
      readonly track: u16;
      readonly proposal: FrameSupportPreimagesBounded;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isConfirmStarted: boolean;
    readonly asConfirmStarted: {
      readonly index: u32;
    } & Struct;
    readonly isConfirmAborted: boolean;
    readonly asConfirmAborted: {
      readonly index: u32;
    } & Struct;
    readonly isConfirmed: boolean;
    readonly asConfirmed: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly index: u32;
    } & Struct;
    readonly isRejected: boolean;
    readonly asRejected: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isTimedOut: boolean;
    readonly asTimedOut: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isCancelled: boolean;
    readonly asCancelled: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isSubmissionDepositRefunded: boolean;
    readonly asSubmissionDepositRefunded: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMetadataSet: boolean;
    readonly asMetadataSet: {
      readonly index: u32;
      readonly hash_: H256;
    } & Struct;
    readonly isMetadataCleared: boolean;
    readonly asMetadataCleared: {
      readonly index: u32;
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Submitted' | 'DecisionDepositPlaced' | 'DecisionDepositRefunded' | 'DepositSlashed' | 'DecisionStarted' | 'ConfirmStarted' | 'ConfirmAborted' | 'Confirmed' | 'Approved' | 'Rejected' | 'TimedOut' | 'Cancelled' | 'Killed' | 'SubmissionDepositRefunded' | 'MetadataSet' | 'MetadataCleared';
  }

  /** @name PalletConvictionVotingTally (191) */
  interface PalletConvictionVotingTally extends Struct {
    readonly ayes: u128;
    readonly nays: u128;
    readonly support: u128;
  }

  /** @name FrameSystemPhase (192) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (194) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (197) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (198) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (199) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (200) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (202) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (203) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (204) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (205) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (210) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name SpConsensusBabeDigestsPreDigest (217) */
  interface SpConsensusBabeDigestsPreDigest extends Enum {
    readonly isPrimary: boolean;
    readonly asPrimary: SpConsensusBabeDigestsPrimaryPreDigest;
    readonly isSecondaryPlain: boolean;
    readonly asSecondaryPlain: SpConsensusBabeDigestsSecondaryPlainPreDigest;
    readonly isSecondaryVRF: boolean;
    readonly asSecondaryVRF: SpConsensusBabeDigestsSecondaryVRFPreDigest;
    readonly type: 'Primary' | 'SecondaryPlain' | 'SecondaryVRF';
  }

  /** @name SpConsensusBabeDigestsPrimaryPreDigest (218) */
  interface SpConsensusBabeDigestsPrimaryPreDigest extends Struct {
    readonly authorityIndex: u32;
    readonly slot: u64;
    readonly vrfSignature: SpCoreSr25519VrfVrfSignature;
  }

  /** @name SpCoreSr25519VrfVrfSignature (219) */
  interface SpCoreSr25519VrfVrfSignature extends Struct {
    readonly preOutput: U8aFixed;
    readonly proof: U8aFixed;
  }

  /** @name SpConsensusBabeDigestsSecondaryPlainPreDigest (220) */
  interface SpConsensusBabeDigestsSecondaryPlainPreDigest extends Struct {
    readonly authorityIndex: u32;
    readonly slot: u64;
  }

  /** @name SpConsensusBabeDigestsSecondaryVRFPreDigest (221) */
  interface SpConsensusBabeDigestsSecondaryVRFPreDigest extends Struct {
    readonly authorityIndex: u32;
    readonly slot: u64;
    readonly vrfSignature: SpCoreSr25519VrfVrfSignature;
  }

  /** @name SpConsensusBabeBabeEpochConfiguration (222) */
  interface SpConsensusBabeBabeEpochConfiguration extends Struct {
    readonly c: ITuple<[u64, u64]>;
    readonly allowedSlots: SpConsensusBabeAllowedSlots;
  }

  /** @name PalletBabeError (226) */
  interface PalletBabeError extends Enum {
    readonly isInvalidEquivocationProof: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly isInvalidConfiguration: boolean;
    readonly type: 'InvalidEquivocationProof' | 'InvalidKeyOwnershipProof' | 'DuplicateOffenceReport' | 'InvalidConfiguration';
  }

  /** @name PalletGrandpaStoredState (227) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (228) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (230) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletBalancesBalanceLock (232) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (233) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (236) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (239) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: VerityRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (242) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: VerityRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name VerityRuntimeRuntimeFreezeReason (243) */
  type VerityRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (245) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (247) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (248) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (249) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoError (250) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletValidatorsError (252) */
  interface PalletValidatorsError extends Enum {
    readonly isAlreadyValidator: boolean;
    readonly isNotValidator: boolean;
    readonly isNoSessionKeys: boolean;
    readonly isTooManyValidators: boolean;
    readonly isTooFewValidators: boolean;
    readonly type: 'AlreadyValidator' | 'NotValidator' | 'NoSessionKeys' | 'TooManyValidators' | 'TooFewValidators';
  }

  /** @name SpCoreCryptoKeyTypeId (259) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (260) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletModelsModelInfo (261) */
  interface PalletModelsModelInfo extends Struct {
    readonly owner: AccountId32;
    readonly hash_: U8aFixed;
    readonly size_: u64;
    readonly uri: Bytes;
    readonly io: VerityPrimitivesTensorIoSpec;
    readonly rule: VerityPrimitivesCompareComparisonRule;
    readonly royaltyPerJob: u128;
    readonly royalties: Vec<PalletModelsBeneficiary>;
    readonly status: PalletModelsModelStatus;
    readonly deposit: u128;
    readonly kind: PalletModelsModelKind;
  }

  /** @name PalletModelsError (262) */
  interface PalletModelsError extends Enum {
    readonly isUnknownModel: boolean;
    readonly isDuplicateHash: boolean;
    readonly isNotOwner: boolean;
    readonly isBadUri: boolean;
    readonly isBadSize: boolean;
    readonly isBadIoSpec: boolean;
    readonly isBadTolerance: boolean;
    readonly isToleranceTooLoose: boolean;
    readonly isSharesNotWhole: boolean;
    readonly isDuplicateBeneficiary: boolean;
    readonly isNoBeneficiaries: boolean;
    readonly isStatusUnchanged: boolean;
    readonly isNotSettable: boolean;
    readonly isOverflow: boolean;
    readonly isNotAGenerator: boolean;
    readonly isBadGenerationLimits: boolean;
    readonly isNotAnImageModel: boolean;
    readonly isBadPreprocessing: boolean;
    readonly type: 'UnknownModel' | 'DuplicateHash' | 'NotOwner' | 'BadUri' | 'BadSize' | 'BadIoSpec' | 'BadTolerance' | 'ToleranceTooLoose' | 'SharesNotWhole' | 'DuplicateBeneficiary' | 'NoBeneficiaries' | 'StatusUnchanged' | 'NotSettable' | 'Overflow' | 'NotAGenerator' | 'BadGenerationLimits' | 'NotAnImageModel' | 'BadPreprocessing';
  }

  /** @name PalletProvidersProviderInfo (263) */
  interface PalletProvidersProviderInfo extends Struct {
    readonly bond: u128;
    readonly price: u128;
    readonly models: Vec<u32>;
    readonly status: PalletProvidersProviderStatus;
  }

  /** @name PalletProvidersProviderStatus (264) */
  interface PalletProvidersProviderStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly isUnderbonded: boolean;
    readonly isUnbonding: boolean;
    readonly asUnbonding: {
      readonly unlockAt: u32;
    } & Struct;
    readonly type: 'Active' | 'Suspended' | 'Underbonded' | 'Unbonding';
  }

  /** @name PalletProvidersPoolEntry (266) */
  interface PalletProvidersPoolEntry extends Struct {
    readonly provider: AccountId32;
    readonly stake: u128;
    readonly price: u128;
  }

  /** @name PalletProvidersEncryptionKey (268) */
  interface PalletProvidersEncryptionKey extends Struct {
    readonly key: U8aFixed;
    readonly rotation: u32;
  }

  /** @name PalletProvidersError (269) */
  interface PalletProvidersError extends Enum {
    readonly isAlreadyRegistered: boolean;
    readonly isNotProvider: boolean;
    readonly isBondTooLow: boolean;
    readonly isNoModels: boolean;
    readonly isDuplicateModel: boolean;
    readonly isModelNotServable: boolean;
    readonly isTooManyProviders: boolean;
    readonly isIsUnbonding: boolean;
    readonly isNotUnbonding: boolean;
    readonly isStillLocked: boolean;
    readonly isNotSuspended: boolean;
    readonly isAlreadySuspended: boolean;
    readonly isZeroAmount: boolean;
    readonly isMinBondOutOfBounds: boolean;
    readonly isUnbondingDelayTooLong: boolean;
    readonly isWeakEncryptionKey: boolean;
    readonly isSameEncryptionKey: boolean;
    readonly isWrongRotation: boolean;
    readonly type: 'AlreadyRegistered' | 'NotProvider' | 'BondTooLow' | 'NoModels' | 'DuplicateModel' | 'ModelNotServable' | 'TooManyProviders' | 'IsUnbonding' | 'NotUnbonding' | 'StillLocked' | 'NotSuspended' | 'AlreadySuspended' | 'ZeroAmount' | 'MinBondOutOfBounds' | 'UnbondingDelayTooLong' | 'WeakEncryptionKey' | 'SameEncryptionKey' | 'WrongRotation';
  }

  /** @name PalletJobsJob (270) */
  interface PalletJobsJob extends Struct {
    readonly submitter: AccountId32;
    readonly model: u32;
    readonly inputHash: H256;
    readonly fee: PalletJobsFee;
    readonly assignments: Vec<PalletJobsAssignment>;
    readonly phase: PalletJobsPhase;
    readonly submittedAt: u32;
    readonly terms: PalletJobsJobTerms;
    readonly tier: PalletJobsTier;
    readonly audit: PalletJobsAudit;
  }

  /** @name PalletJobsFee (271) */
  interface PalletJobsFee extends Struct {
    readonly compute: u128;
    readonly royalty: u128;
    readonly protocol: u128;
  }

  /** @name PalletJobsAssignment (273) */
  interface PalletJobsAssignment extends Struct {
    readonly provider: AccountId32;
    readonly seats: u32;
    readonly price: u128;
    readonly commitment: Option<H256>;
    readonly revealed: bool;
    readonly role: PalletJobsRole;
  }

  /** @name PalletJobsRole (274) */
  interface PalletJobsRole extends Enum {
    readonly isMember: boolean;
    readonly isAuditor: boolean;
    readonly isReferee: boolean;
    readonly isChallenger: boolean;
    readonly type: 'Member' | 'Auditor' | 'Referee' | 'Challenger';
  }

  /** @name PalletJobsPhase (276) */
  interface PalletJobsPhase extends Enum {
    readonly isCommitting: boolean;
    readonly asCommitting: {
      readonly until: u32;
    } & Struct;
    readonly isRevealing: boolean;
    readonly asRevealing: {
      readonly until: u32;
    } & Struct;
    readonly isCompleted: boolean;
    readonly asCompleted: {
      readonly at: u32;
    } & Struct;
    readonly isFailed: boolean;
    readonly asFailed: {
      readonly at: u32;
      readonly reason: PalletJobsFailReason;
    } & Struct;
    readonly isCancelled: boolean;
    readonly asCancelled: {
      readonly at: u32;
    } & Struct;
    readonly isAssigning: boolean;
    readonly asAssigning: {
      readonly at: u32;
    } & Struct;
    readonly isAuditing: boolean;
    readonly asAuditing: {
      readonly at: u32;
      readonly since: u32;
    } & Struct;
    readonly isEscalating: boolean;
    readonly asEscalating: {
      readonly at: u32;
      readonly since: u32;
    } & Struct;
    readonly isChallenged: boolean;
    readonly asChallenged: {
      readonly at: u32;
      readonly since: u32;
    } & Struct;
    readonly isJudging: boolean;
    readonly asJudging: {
      readonly until: u32;
    } & Struct;
    readonly type: 'Committing' | 'Revealing' | 'Completed' | 'Failed' | 'Cancelled' | 'Assigning' | 'Auditing' | 'Escalating' | 'Challenged' | 'Judging';
  }

  /** @name PalletJobsJobTerms (277) */
  interface PalletJobsJobTerms extends Struct {
    readonly redundancy: u32;
    readonly quorum: u32;
    readonly auditors: u32;
    readonly auditFloor: Perbill;
    readonly trustedAfter: u32;
    readonly escalation: u32;
    readonly commitPeriod: u32;
    readonly revealPeriod: u32;
    readonly wrongOutputSlash: u128;
    readonly noShowSlash: u128;
    readonly protocolFee: Perbill;
    readonly retention: u32;
    readonly challengePeriod: u32;
    readonly challengeBond: u128;
    readonly seatPriceCap: u128;
  }

  /** @name PalletJobsPrivateJob (278) */
  interface PalletJobsPrivateJob extends Struct {
    readonly keyCommitment: U8aFixed;
    readonly keyed: u8;
  }

  /** @name PalletJobsSeatKey (280) */
  interface PalletJobsSeatKey extends Struct {
    readonly ephemeral: U8aFixed;
    readonly wrapped: U8aFixed;
  }

  /** @name PalletJobsJudgement (282) */
  interface PalletJobsJudgement extends Struct {
    readonly seat: u32;
    readonly agrees: Option<u64>;
  }

  /** @name PalletJobsCongestionLoad (288) */
  interface PalletJobsCongestionLoad extends Struct {
    readonly deadlines: SpWeightsWeightV2Weight;
    readonly work: SpWeightsWeightV2Weight;
    readonly workLen: u32;
  }

  /** @name PalletJobsChallenge (289) */
  interface PalletJobsChallenge extends Struct {
    readonly challenger: AccountId32;
    readonly bond: u128;
    readonly completedAt: u32;
    readonly audit: PalletJobsAudit;
    readonly verdict: Option<PalletJobsChallengeVerdict>;
  }

  /** @name PalletJobsChallengeVerdict (291) */
  interface PalletJobsChallengeVerdict extends Enum {
    readonly isUpheld: boolean;
    readonly isOverturned: boolean;
    readonly isVoid: boolean;
    readonly asVoid: PalletJobsFailReason;
    readonly type: 'Upheld' | 'Overturned' | 'Void';
  }

  /** @name PalletJobsError (292) */
  interface PalletJobsError extends Enum {
    readonly isModelUnavailable: boolean;
    readonly isInputMismatch: boolean;
    readonly isInputNotStored: boolean;
    readonly isInputExpiresTooSoon: boolean;
    readonly isNotEnoughProviders: boolean;
    readonly isFeeAboveMax: boolean;
    readonly isNoParams: boolean;
    readonly isRedundancyOutOfBounds: boolean;
    readonly isAuditorsOutOfBounds: boolean;
    readonly isPeriodOutOfBounds: boolean;
    readonly isSlashOutOfBounds: boolean;
    readonly isProtocolFeeTooHigh: boolean;
    readonly isRetentionOutOfBounds: boolean;
    readonly isUnknownJob: boolean;
    readonly isNotAssigned: boolean;
    readonly isNotCommitting: boolean;
    readonly isAlreadyCommitted: boolean;
    readonly isCommitsStillOpen: boolean;
    readonly isNotRevealing: boolean;
    readonly isNotCommitted: boolean;
    readonly isAlreadyRevealed: boolean;
    readonly isCommitmentMismatch: boolean;
    readonly isOutputNotStored: boolean;
    readonly isOutputFitsOnChain: boolean;
    readonly isOutputTooLong: boolean;
    readonly isNotSubmitter: boolean;
    readonly isAlreadyAssigned: boolean;
    readonly isTooManyJobs: boolean;
    readonly isOverflow: boolean;
    readonly isEmptyBatch: boolean;
    readonly isAuditRateOutOfBounds: boolean;
    readonly isEscalationOutOfBounds: boolean;
    readonly isRoundClosed: boolean;
    readonly isAboveAssignmentsBound: boolean;
    readonly isNotCompleted: boolean;
    readonly isChallengeWindowClosed: boolean;
    readonly isAlreadyChallenged: boolean;
    readonly isNotEntitledToChallenge: boolean;
    readonly isChallengeOutOfBounds: boolean;
    readonly isGenerationTooLong: boolean;
    readonly isPrivateNotSupported: boolean;
    readonly isNotPrivate: boolean;
    readonly isNoKeysToGive: boolean;
    readonly isWrongKeyCount: boolean;
    readonly isKeysTooLate: boolean;
    readonly isNoEncryptionKey: boolean;
    readonly isNotJudging: boolean;
    readonly isNotAJudge: boolean;
    readonly isAlreadyJudged: boolean;
    readonly type: 'ModelUnavailable' | 'InputMismatch' | 'InputNotStored' | 'InputExpiresTooSoon' | 'NotEnoughProviders' | 'FeeAboveMax' | 'NoParams' | 'RedundancyOutOfBounds' | 'AuditorsOutOfBounds' | 'PeriodOutOfBounds' | 'SlashOutOfBounds' | 'ProtocolFeeTooHigh' | 'RetentionOutOfBounds' | 'UnknownJob' | 'NotAssigned' | 'NotCommitting' | 'AlreadyCommitted' | 'CommitsStillOpen' | 'NotRevealing' | 'NotCommitted' | 'AlreadyRevealed' | 'CommitmentMismatch' | 'OutputNotStored' | 'OutputFitsOnChain' | 'OutputTooLong' | 'NotSubmitter' | 'AlreadyAssigned' | 'TooManyJobs' | 'Overflow' | 'EmptyBatch' | 'AuditRateOutOfBounds' | 'EscalationOutOfBounds' | 'RoundClosed' | 'AboveAssignmentsBound' | 'NotCompleted' | 'ChallengeWindowClosed' | 'AlreadyChallenged' | 'NotEntitledToChallenge' | 'ChallengeOutOfBounds' | 'GenerationTooLong' | 'PrivateNotSupported' | 'NotPrivate' | 'NoKeysToGive' | 'WrongKeyCount' | 'KeysTooLate' | 'NoEncryptionKey' | 'NotJudging' | 'NotAJudge' | 'AlreadyJudged';
  }

  /** @name PalletBlobsBlobInfo (293) */
  interface PalletBlobsBlobInfo extends Struct {
    readonly len: u32;
    readonly storedAt: u32;
    readonly expiresAt: u32;
  }

  /** @name PalletBlobsError (295) */
  interface PalletBlobsError extends Enum {
    readonly isEmpty: boolean;
    readonly isTooLong: boolean;
    readonly isAlreadyStored: boolean;
    readonly isNotStored: boolean;
    readonly isBlockFull: boolean;
    readonly isNotAnExtrinsic: boolean;
    readonly type: 'Empty' | 'TooLong' | 'AlreadyStored' | 'NotStored' | 'BlockFull' | 'NotAnExtrinsic';
  }

  /** @name PalletSchedulerScheduled (298) */
  interface PalletSchedulerScheduled extends Struct {
    readonly maybeId: Option<U8aFixed>;
    readonly priority: u8;
    readonly call: FrameSupportPreimagesBounded;
    readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
    readonly origin: VerityRuntimeOriginCaller;
  }

  /** @name PalletSchedulerRetryConfig (300) */
  interface PalletSchedulerRetryConfig extends Struct {
    readonly totalRetries: u8;
    readonly remaining: u8;
    readonly period: u32;
  }

  /** @name PalletSchedulerError (301) */
  interface PalletSchedulerError extends Enum {
    readonly isFailedToSchedule: boolean;
    readonly isNotFound: boolean;
    readonly isTargetBlockNumberInPast: boolean;
    readonly isRescheduleNoChange: boolean;
    readonly isNamed: boolean;
    readonly type: 'FailedToSchedule' | 'NotFound' | 'TargetBlockNumberInPast' | 'RescheduleNoChange' | 'Named';
  }

  /** @name PalletPreimageOldRequestStatus (302) */
  interface PalletPreimageOldRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly deposit: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly deposit: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly len: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageRequestStatus (305) */
  interface PalletPreimageRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly ticket: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly maybeTicket: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly maybeLen: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageError (310) */
  interface PalletPreimageError extends Enum {
    readonly isTooBig: boolean;
    readonly isAlreadyNoted: boolean;
    readonly isNotAuthorized: boolean;
    readonly isNotNoted: boolean;
    readonly isRequested: boolean;
    readonly isNotRequested: boolean;
    readonly isTooMany: boolean;
    readonly isTooFew: boolean;
    readonly type: 'TooBig' | 'AlreadyNoted' | 'NotAuthorized' | 'NotNoted' | 'Requested' | 'NotRequested' | 'TooMany' | 'TooFew';
  }

  /** @name PalletTreasuryProposal (311) */
  interface PalletTreasuryProposal extends Struct {
    readonly proposer: AccountId32;
    readonly value: u128;
    readonly beneficiary: AccountId32;
    readonly bond: u128;
  }

  /** @name PalletTreasurySpendStatus (313) */
  interface PalletTreasurySpendStatus extends Struct {
    readonly assetKind: Null;
    readonly amount: u128;
    readonly beneficiary: AccountId32;
    readonly validFrom: u32;
    readonly expireAt: u32;
    readonly status: PalletTreasuryPaymentState;
  }

  /** @name PalletTreasuryPaymentState (314) */
  interface PalletTreasuryPaymentState extends Enum {
    readonly isPending: boolean;
    readonly isAttempted: boolean;
    readonly asAttempted: {
      readonly id: Null;
    } & Struct;
    readonly isFailed: boolean;
    readonly type: 'Pending' | 'Attempted' | 'Failed';
  }

  /** @name FrameSupportPalletId (316) */
  interface FrameSupportPalletId extends U8aFixed {}

  /** @name PalletTreasuryError (317) */
  interface PalletTreasuryError extends Enum {
    readonly isInvalidIndex: boolean;
    readonly isTooManyApprovals: boolean;
    readonly isInsufficientPermission: boolean;
    readonly isProposalNotApproved: boolean;
    readonly isFailedToConvertBalance: boolean;
    readonly isSpendExpired: boolean;
    readonly isEarlyPayout: boolean;
    readonly isAlreadyAttempted: boolean;
    readonly isPayoutError: boolean;
    readonly isNotAttempted: boolean;
    readonly isInconclusive: boolean;
    readonly type: 'InvalidIndex' | 'TooManyApprovals' | 'InsufficientPermission' | 'ProposalNotApproved' | 'FailedToConvertBalance' | 'SpendExpired' | 'EarlyPayout' | 'AlreadyAttempted' | 'PayoutError' | 'NotAttempted' | 'Inconclusive';
  }

  /** @name PalletConvictionVotingVoteVoting (319) */
  interface PalletConvictionVotingVoteVoting extends Enum {
    readonly isCasting: boolean;
    readonly asCasting: PalletConvictionVotingVoteCasting;
    readonly isDelegating: boolean;
    readonly asDelegating: PalletConvictionVotingVoteDelegating;
    readonly type: 'Casting' | 'Delegating';
  }

  /** @name PalletConvictionVotingVoteCasting (320) */
  interface PalletConvictionVotingVoteCasting extends Struct {
    readonly votes: Vec<ITuple<[u32, PalletConvictionVotingVoteAccountVote]>>;
    readonly delegations: PalletConvictionVotingDelegations;
    readonly prior: PalletConvictionVotingVotePriorLock;
  }

  /** @name PalletConvictionVotingDelegations (324) */
  interface PalletConvictionVotingDelegations extends Struct {
    readonly votes: u128;
    readonly capital: u128;
  }

  /** @name PalletConvictionVotingVotePriorLock (325) */
  interface PalletConvictionVotingVotePriorLock extends ITuple<[u32, u128]> {}

  /** @name PalletConvictionVotingVoteDelegating (326) */
  interface PalletConvictionVotingVoteDelegating extends Struct {
    readonly balance: u128;
    readonly target: AccountId32;
    readonly conviction: PalletConvictionVotingConviction;
    readonly delegations: PalletConvictionVotingDelegations;
    readonly prior: PalletConvictionVotingVotePriorLock;
  }

  /** @name PalletConvictionVotingError (330) */
  interface PalletConvictionVotingError extends Enum {
    readonly isNotOngoing: boolean;
    readonly isNotVoter: boolean;
    readonly isNoPermission: boolean;
    readonly isNoPermissionYet: boolean;
    readonly isAlreadyDelegating: boolean;
    readonly isAlreadyVoting: boolean;
    readonly isInsufficientFunds: boolean;
    readonly isNotDelegating: boolean;
    readonly isNonsense: boolean;
    readonly isMaxVotesReached: boolean;
    readonly isClassNeeded: boolean;
    readonly isBadClass: boolean;
    readonly type: 'NotOngoing' | 'NotVoter' | 'NoPermission' | 'NoPermissionYet' | 'AlreadyDelegating' | 'AlreadyVoting' | 'InsufficientFunds' | 'NotDelegating' | 'Nonsense' | 'MaxVotesReached' | 'ClassNeeded' | 'BadClass';
  }

  /** @name PalletReferendaReferendumInfo (331) */
  interface PalletReferendaReferendumInfo extends Enum {
    readonly isOngoing: boolean;
    readonly asOngoing: PalletReferendaReferendumStatus;
    readonly isApproved: boolean;
    readonly asApproved: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isRejected: boolean;
    readonly asRejected: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isCancelled: boolean;
    readonly asCancelled: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isTimedOut: boolean;
    readonly asTimedOut: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isKilled: boolean;
    readonly asKilled: u32;
    readonly type: 'Ongoing' | 'Approved' | 'Rejected' | 'Cancelled' | 'TimedOut' | 'Killed';
  }

  /** @name PalletReferendaReferendumStatus (332) */
  interface PalletReferendaReferendumStatus extends Struct {
    readonly track: u16;
    readonly origin: VerityRuntimeOriginCaller;
    readonly proposal: FrameSupportPreimagesBounded;
    readonly enactment: FrameSupportScheduleDispatchTime;
    readonly submitted: u32;
    readonly submissionDeposit: PalletReferendaDeposit;
    readonly decisionDeposit: Option<PalletReferendaDeposit>;
    readonly deciding: Option<PalletReferendaDecidingStatus>;
    readonly tally: PalletConvictionVotingTally;
    readonly inQueue: bool;
    readonly alarm: Option<ITuple<[u32, ITuple<[u32, u32]>]>>;
  }

  /** @name PalletReferendaDeposit (333) */
  interface PalletReferendaDeposit extends Struct {
    readonly who: AccountId32;
    readonly amount: u128;
  }

  /** @name PalletReferendaDecidingStatus (336) */
  interface PalletReferendaDecidingStatus extends Struct {
    readonly since: u32;
    readonly confirming: Option<u32>;
  }

  /** @name PalletReferendaTrackDetails (344) */
  interface PalletReferendaTrackDetails extends Struct {
    readonly name: Text;
    readonly maxDeciding: u32;
    readonly decisionDeposit: u128;
    readonly preparePeriod: u32;
    readonly decisionPeriod: u32;
    readonly confirmPeriod: u32;
    readonly minEnactmentPeriod: u32;
    readonly minApproval: PalletReferendaCurve;
    readonly minSupport: PalletReferendaCurve;
  }

  /** @name PalletReferendaCurve (345) */
  interface PalletReferendaCurve extends Enum {
    readonly isLinearDecreasing: boolean;
    readonly asLinearDecreasing: {
      readonly length: Perbill;
      readonly floor: Perbill;
      readonly ceil: Perbill;
    } & Struct;
    readonly isSteppedDecreasing: boolean;
    readonly asSteppedDecreasing: {
      readonly begin: Perbill;
      readonly end: Perbill;
      readonly step: Perbill;
      readonly period: Perbill;
    } & Struct;
    readonly isReciprocal: boolean;
    readonly asReciprocal: {
      readonly factor: i64;
      readonly xOffset: i64;
      readonly yOffset: i64;
    } & Struct;
    readonly type: 'LinearDecreasing' | 'SteppedDecreasing' | 'Reciprocal';
  }

  /** @name PalletReferendaError (348) */
  interface PalletReferendaError extends Enum {
    readonly isNotOngoing: boolean;
    readonly isHasDeposit: boolean;
    readonly isBadTrack: boolean;
    readonly isFull: boolean;
    readonly isQueueEmpty: boolean;
    readonly isBadReferendum: boolean;
    readonly isNothingToDo: boolean;
    readonly isNoTrack: boolean;
    readonly isUnfinished: boolean;
    readonly isNoPermission: boolean;
    readonly isNoDeposit: boolean;
    readonly isBadStatus: boolean;
    readonly isPreimageNotExist: boolean;
    readonly isPreimageStoredWithDifferentLength: boolean;
    readonly type: 'NotOngoing' | 'HasDeposit' | 'BadTrack' | 'Full' | 'QueueEmpty' | 'BadReferendum' | 'NothingToDo' | 'NoTrack' | 'Unfinished' | 'NoPermission' | 'NoDeposit' | 'BadStatus' | 'PreimageNotExist' | 'PreimageStoredWithDifferentLength';
  }

  /** @name VerityRuntimeRuntime (349) */
  type VerityRuntimeRuntime = Null;

  /** @name SpRuntimeBlockLazyBlock (350) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (354) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name FrameSupportViewFunctionsViewFunctionId (357) */
  interface FrameSupportViewFunctionsViewFunctionId extends Struct {
    readonly prefix: U8aFixed;
    readonly suffix: U8aFixed;
  }

  /** @name FrameSupportViewFunctionsViewFunctionDispatchError (360) */
  interface FrameSupportViewFunctionsViewFunctionDispatchError extends Enum {
    readonly isNotImplemented: boolean;
    readonly isNotFound: boolean;
    readonly asNotFound: FrameSupportViewFunctionsViewFunctionId;
    readonly isCodec: boolean;
    readonly type: 'NotImplemented' | 'NotFound' | 'Codec';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (362) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (363) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (364) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (365) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (370) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (371) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (373) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpConsensusBabeBabeConfiguration (374) */
  interface SpConsensusBabeBabeConfiguration extends Struct {
    readonly slotDuration: u64;
    readonly epochLength: u64;
    readonly c: ITuple<[u64, u64]>;
    readonly authorities: Vec<ITuple<[SpConsensusBabeAppPublic, u64]>>;
    readonly randomness: U8aFixed;
    readonly allowedSlots: SpConsensusBabeAllowedSlots;
  }

  /** @name SpConsensusBabeEpoch (375) */
  interface SpConsensusBabeEpoch extends Struct {
    readonly epochIndex: u64;
    readonly startSlot: u64;
    readonly duration: u64;
    readonly authorities: Vec<ITuple<[SpConsensusBabeAppPublic, u64]>>;
    readonly randomness: U8aFixed;
    readonly config: SpConsensusBabeBabeEpochConfiguration;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (380) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (386) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (387) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (389) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name PalletJobsFeeEstimate (393) */
  interface PalletJobsFeeEstimate extends Struct {
    readonly max: PalletJobsFee;
    readonly eligibleProviders: u32;
    readonly redundancy: u32;
    readonly tier: PalletJobsTier;
    readonly maxSeats: u32;
  }

  /** @name PalletJobsEstimateError (394) */
  interface PalletJobsEstimateError extends Enum {
    readonly isModelUnavailable: boolean;
    readonly isInputTooLong: boolean;
    readonly isNotEnoughProviders: boolean;
    readonly isNoParams: boolean;
    readonly isTierOutOfBounds: boolean;
    readonly type: 'ModelUnavailable' | 'InputTooLong' | 'NotEnoughProviders' | 'NoParams' | 'TierOutOfBounds';
  }

  /** @name PalletJobsTrustView (395) */
  interface PalletJobsTrustView extends Struct {
    readonly consecutiveValid: u32;
    readonly trusted: bool;
    readonly auditProbability: Perbill;
  }

  /** @name PalletJobsJobView (397) */
  interface PalletJobsJobView extends Struct {
    readonly job: PalletJobsJob;
    readonly result: Option<Bytes>;
    readonly storedResult: Option<ITuple<[H256, u32]>>;
  }

  /** @name PalletJobsJobTensors (400) */
  interface PalletJobsJobTensors extends Struct {
    readonly input: Option<Vec<VerityPrimitivesTensor>>;
    readonly output: Option<Vec<VerityPrimitivesTensor>>;
  }

  /** @name VerityPrimitivesTensor (403) */
  interface VerityPrimitivesTensor extends Struct {
    readonly elem: VerityPrimitivesTensorElementType;
    readonly shape: Vec<u64>;
    readonly data: Bytes;
  }

  /** @name VerityRuntimeRuntimeError (407) */
  interface VerityRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isBabe: boolean;
    readonly asBabe: PalletBabeError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isValidators: boolean;
    readonly asValidators: PalletValidatorsError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isModels: boolean;
    readonly asModels: PalletModelsError;
    readonly isProviders: boolean;
    readonly asProviders: PalletProvidersError;
    readonly isJobs: boolean;
    readonly asJobs: PalletJobsError;
    readonly isBlobs: boolean;
    readonly asBlobs: PalletBlobsError;
    readonly isScheduler: boolean;
    readonly asScheduler: PalletSchedulerError;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageError;
    readonly isTreasury: boolean;
    readonly asTreasury: PalletTreasuryError;
    readonly isConvictionVoting: boolean;
    readonly asConvictionVoting: PalletConvictionVotingError;
    readonly isReferenda: boolean;
    readonly asReferenda: PalletReferendaError;
    readonly type: 'System' | 'Babe' | 'Grandpa' | 'Balances' | 'Sudo' | 'Validators' | 'Session' | 'Models' | 'Providers' | 'Jobs' | 'Blobs' | 'Scheduler' | 'Preimage' | 'Treasury' | 'ConvictionVoting' | 'Referenda';
  }

} // declare module
