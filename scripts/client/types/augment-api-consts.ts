// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { Vec, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { Codec, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Perbill, Permill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportPalletId, FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, PalletReferendaTrackDetails, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    babe: {
      /**
       * The amount of time, in slots, that each epoch should last.
       * NOTE: Currently it is not possible to change the epoch duration after
       * the chain has started. Attempting to do so will brick block production.
       **/
      epochDuration: u64 & AugmentedConst<ApiType>;
      /**
       * The expected average block time at which BABE should be creating
       * blocks. Since BABE is probabilistic it is not trivial to figure out
       * what the expected average block time should be based on the slot
       * duration and the security parameter `c` (where `1 - c` represents
       * the probability of a slot being empty).
       **/
      expectedBlockTime: u64 & AugmentedConst<ApiType>;
      /**
       * Max number of authorities allowed
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    blobs: {
      /**
       * What one `store` or `renew` costs, besides the per-byte fee.
       **/
      feeBase: u128 & AugmentedConst<ApiType>;
      /**
       * What each byte costs for one retention period.
       **/
      feePerByte: u128 & AugmentedConst<ApiType>;
      /**
       * The longest data one `store` takes, in bytes. It must fit in a block's length.
       **/
      maxBlobLen: u32 & AugmentedConst<ApiType>;
      /**
       * Most data stored or renewed in one block (they expire together).
       **/
      maxBlobsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks for which stored (or renewed) data is kept.
       **/
      retentionPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    convictionVoting: {
      /**
       * The maximum number of concurrent votes an account may have.
       * 
       * Also used to compute weight, an overly large value can lead to extrinsics with large
       * weight estimation: see `delegate` for instance.
       **/
      maxVotes: u32 & AugmentedConst<ApiType>;
      /**
       * The minimum period of vote locking.
       * 
       * It should be no shorter than enactment period to ensure that in the case of an approval,
       * those successful voters are locked into the consequences that their votes entail.
       **/
      voteLockingPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    jobs: {
      /**
       * Most blocks in a row that congestion (blocks full of provider work, `Congestion`)
       * moves commit and reveal deadlines on; after as many congested blocks in a row,
       * deadlines conclude as if the blocks were not full (`crate::congestion`). Also the
       * most held blocks over any stretch beyond its blocks that were not full
       * (`CongestionLevel`). 0: never.
       **/
      congestionGrace: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks from a job's submission to the draw of its committee; at least 1, so the
       * drawing block's randomness is never known at submission. On the chain it is 1 and
       * `Randomness` mixes the VRF outputs of the submission's block and the drawing block.
       **/
      drawDelay: u32 & AugmentedConst<ApiType>;
      /**
       * Most committees drawn in one block; the others wait for the next. Bounds
       * `on_initialize`'s weight.
       **/
      maxAssignmentsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Most commits or reveals one `commit_many` or `reveal_many` carries.
       **/
      maxBatch: u32 & AugmentedConst<ApiType>;
      /**
       * The highest challenge bond, as a share of the minimum bond.
       **/
      maxChallengeBond: Perbill & AugmentedConst<ApiType>;
      /**
       * Most jobs concluded at their deadline in one block (each may settle and slash); the
       * others due in that block move to the next. Bounds `on_initialize`'s weight.
       **/
      maxConclusionsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Most weight a block's deadlines may take before its draws stop: once what
       * `on_initialize` has charged reaches it, the committees (and audits, escalations and
       * challenges) still due wait for the next block. A block's first draw is never held
       * back. With `MaxAssignmentsPerBlock`, bounds `on_initialize`'s weight by what the draws
       * cost rather than by their count alone.
       **/
      maxDrawWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * Longest job input, in bytes.
       **/
      maxInputLen: u32 & AugmentedConst<ApiType>;
      /**
       * Most deadlines (and most expiries) that fall in one block.
       **/
      maxJobsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * The highest no-show slash per seat, as a share of the minimum bond.
       **/
      maxNoShowSlash: Perbill & AugmentedConst<ApiType>;
      /**
       * Longest output, in bytes.
       **/
      maxOutputLen: u32 & AugmentedConst<ApiType>;
      /**
       * Most blocks in a commit or reveal period.
       **/
      maxPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * The highest protocol fee.
       **/
      maxProtocolFee: Perbill & AugmentedConst<ApiType>;
      /**
       * Most providers a job may be assigned to.
       **/
      maxRedundancy: u32 & AugmentedConst<ApiType>;
      /**
       * Most blocks an ended job is kept.
       **/
      maxRetention: u32 & AugmentedConst<ApiType>;
      /**
       * The most consecutive valid results governance may ask before trust.
       **/
      maxTrustedAfter: u32 & AugmentedConst<ApiType>;
      /**
       * The highest wrong-output slash per seat, as a share of the minimum bond.
       **/
      maxWrongOutputSlash: Perbill & AugmentedConst<ApiType>;
      /**
       * The lowest audit floor governance may set.
       **/
      minAuditFloor: Perbill & AugmentedConst<ApiType>;
      /**
       * The fewest seats of an escalation committee.
       **/
      minEscalation: u32 & AugmentedConst<ApiType>;
      /**
       * Fewest blocks in a commit or reveal period.
       **/
      minPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Fewest blocks an ended job is kept.
       **/
      minRetention: u32 & AugmentedConst<ApiType>;
      /**
       * Receives protocol fees and slashes.
       **/
      treasuryAccount: AccountId32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    models: {
      /**
       * The deposit every model entry holds.
       **/
      depositBase: u128 & AugmentedConst<ApiType>;
      /**
       * The deposit held per byte of the entry's URI and I/O spec.
       **/
      depositPerByte: u128 & AugmentedConst<ApiType>;
      /**
       * Most royalty beneficiaries of one model.
       **/
      maxBeneficiaries: u32 & AugmentedConst<ApiType>;
      /**
       * Largest model, in bytes, that providers are expected to fetch.
       **/
      maxModelSize: u64 & AugmentedConst<ApiType>;
      /**
       * Longest source URI.
       **/
      maxUriLen: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    providers: {
      /**
       * The highest minimum bond governance may set.
       **/
      maxMinBond: u128 & AugmentedConst<ApiType>;
      /**
       * Most models one provider may serve.
       **/
      maxModelsPerProvider: u32 & AugmentedConst<ApiType>;
      /**
       * Most active providers of one model. A newcomer to a full pool evicts its lowest stake
       * if it bonds more.
       **/
      maxProvidersPerModel: u32 & AugmentedConst<ApiType>;
      /**
       * The longest unbonding delay governance may set, in blocks.
       **/
      maxUnbondingDelay: u32 & AugmentedConst<ApiType>;
      /**
       * The lowest minimum bond governance may set (above zero: a provider always has
       * something to lose).
       **/
      minBondFloor: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    referenda: {
      /**
       * Quantization level for the referendum wakeup scheduler. A higher number will result in
       * fewer storage reads/writes needed for smaller voters, but also result in delays to the
       * automatic referendum status changes. Explicit servicing instructions are unaffected.
       **/
      alarmInterval: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum size of the referendum queue for a single track.
       **/
      maxQueued: u32 & AugmentedConst<ApiType>;
      /**
       * The minimum amount to be used as a deposit for a public referendum proposal.
       **/
      submissionDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * A list of tracks.
       * 
       * Note: if the tracks are dynamic, the value in the static metadata might be inaccurate.
       **/
      tracks: Vec<ITuple<[u16, PalletReferendaTrackDetails]>> & AugmentedConst<ApiType>;
      /**
       * The number of blocks after submission that a referendum must begin being decided by.
       * Once this passes, then anyone may cancel the referendum.
       **/
      undecidingTimeout: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    scheduler: {
      /**
       * The maximum weight that may be scheduled per block for any dispatchables.
       **/
      maximumWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * The maximum number of scheduled calls in the queue for a single block.
       * 
       * NOTE:
       * + Dependent pallets' benchmarks might require a higher limit for the setting. Set a
       * higher limit under `runtime-benchmarks` feature.
       **/
      maxScheduledPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    treasury: {
      /**
       * Percentage of spare funds (if any) that are burnt per spend period.
       **/
      burn: Permill & AugmentedConst<ApiType>;
      /**
       * DEPRECATED: associated with `spend_local` call and will be removed in May 2025.
       * Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.
       * 
       * The maximum number of approvals that can wait in the spending queue.
       * 
       * NOTE: This parameter is also used within the Bounties Pallet extension if enabled.
       **/
      maxApprovals: u32 & AugmentedConst<ApiType>;
      /**
       * The treasury's pallet id, used for deriving its sovereign account ID.
       **/
      palletId: FrameSupportPalletId & AugmentedConst<ApiType>;
      /**
       * The period during which an approved treasury spend has to be claimed.
       **/
      payoutPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Gets this pallet's derived pot account.
       **/
      potAccount: AccountId32 & AugmentedConst<ApiType>;
      /**
       * Period between successive spends.
       **/
      spendPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    validators: {
      /**
       * Most validators.
       **/
      maxValidators: u32 & AugmentedConst<ApiType>;
      /**
       * Fewest validators; removing one below this is refused.
       **/
      minValidators: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
  } // AugmentedConsts
} // declare module
