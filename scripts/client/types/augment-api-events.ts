// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Null, Option, Result, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256 } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportPreimagesBounded, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, PalletBalancesUnexpectedKind, PalletConvictionVotingTally, PalletConvictionVotingVoteAccountVote, PalletJobsAudit, PalletJobsFailReason, PalletJobsProtocolParams, PalletJobsSlashReason, PalletModelsModelStatus, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError, VerityPrimitivesOutcomeFailureKind, VerityRuntimeRuntimeHoldReason } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: VerityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: VerityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: VerityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: VerityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: VerityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: VerityRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: VerityRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: VerityRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: VerityRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: VerityRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    blobs: {
      /**
       * Stored data's retention ended.
       **/
      Expired: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * Stored data is kept until a later block.
       **/
      Renewed: AugmentedEvent<ApiType, [hash_: H256, who: AccountId32, fee: u128, expiresAt: u32], { hash_: H256, who: AccountId32, fee: u128, expiresAt: u32 }>;
      /**
       * Data was stored: its nodes keep it under `hash` until block `expires_at`.
       **/
      Stored: AugmentedEvent<ApiType, [hash_: H256, len: u32, who: AccountId32, fee: u128, expiresAt: u32], { hash_: H256, len: u32, who: AccountId32, fee: u128, expiresAt: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    convictionVoting: {
      /**
       * An account has delegated their vote to another account. \[who, target\]
       **/
      Delegated: AugmentedEvent<ApiType, [AccountId32, AccountId32, u16]>;
      /**
       * An \[account\] has cancelled a previous delegation operation.
       **/
      Undelegated: AugmentedEvent<ApiType, [AccountId32, u16]>;
      /**
       * An account has voted
       **/
      Voted: AugmentedEvent<ApiType, [who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32], { who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32 }>;
      /**
       * A vote has been removed
       **/
      VoteRemoved: AugmentedEvent<ApiType, [who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32], { who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32 }>;
      /**
       * The lockup period of a conviction vote expired, and the funds have been unlocked.
       **/
      VoteUnlocked: AugmentedEvent<ApiType, [who: AccountId32, class_: u16], { who: AccountId32, class: u16 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    jobs: {
      /**
       * Whether an audited job is audited was drawn: `audit` is `Audited` with its
       * `auditors` (who commit next), or `Skipped`/`NoAuditors` (the primary reveals).
       * `fee` is what the job costs at most now; the escrow stays held until the job ends.
       **/
      AuditDrawn: AugmentedEvent<ApiType, [job: u64, audit: PalletJobsAudit, auditors: Vec<ITuple<[AccountId32, u32]>>, fee: u128], { job: u64, audit: PalletJobsAudit, auditors: Vec<ITuple<[AccountId32, u32]>>, fee: u128 }>;
      /**
       * One item of a `commit_many` or `reveal_many` was refused and changed nothing; the
       * batch's other items stand.
       **/
      BatchItemFailed: AugmentedEvent<ApiType, [job: u64, error: SpRuntimeDispatchError], { job: u64, error: SpRuntimeDispatchError }>;
      /**
       * A completed result was challenged and `bond` held from the challenger; the
       * challenge committee is drawn in block `draw_at`.
       **/
      Challenged: AugmentedEvent<ApiType, [job: u64, challenger: AccountId32, bond: u128, drawAt: u32], { job: u64, challenger: AccountId32, bond: u128, drawAt: u32 }>;
      /**
       * A challenge committee was drawn: each provider with its seats. They commit until
       * `commit_until`; a majority of the seats decides.
       **/
      ChallengeDrawn: AugmentedEvent<ApiType, [job: u64, committee: Vec<ITuple<[AccountId32, u32]>>, commitUntil: u32], { job: u64, committee: Vec<ITuple<[AccountId32, u32]>>, commitUntil: u32 }>;
      /**
       * The challenge committee decided nothing (`reason`), or agreed on a failure
       * (`Unprocessable`), which never overturns an output: the result stands and the
       * challenger's bond was returned.
       **/
      ChallengeVoid: AugmentedEvent<ApiType, [job: u64, reason: PalletJobsFailReason, refunded: u128], { job: u64, reason: PalletJobsFailReason, refunded: u128 }>;
      /**
       * Commits closed with `commits` seats committed; providers who committed reveal until
       * `reveal_until`.
       **/
      CommitsClosed: AugmentedEvent<ApiType, [job: u64, commits: u32, revealUntil: u32], { job: u64, commits: u32, revealUntil: u32 }>;
      /**
       * A provider committed to its output.
       **/
      Committed: AugmentedEvent<ApiType, [job: u64, provider: AccountId32], { job: u64, provider: AccountId32 }>;
      /**
       * An audited job's outcomes disagreed (or its primary withheld its reveal): an
       * escalation committee is drawn in block `draw_at`.
       **/
      Escalated: AugmentedEvent<ApiType, [job: u64, drawAt: u32], { job: u64, drawAt: u32 }>;
      /**
       * An escalation committee was drawn: each referee with its seats. They commit until
       * `commit_until`; a majority of the seats decides.
       **/
      EscalationDrawn: AugmentedEvent<ApiType, [job: u64, referees: Vec<ITuple<[AccountId32, u32]>>, commitUntil: u32], { job: u64, referees: Vec<ITuple<[AccountId32, u32]>>, commitUntil: u32 }>;
      /**
       * A job's committee was drawn: each provider with its seats. They commit until
       * `commit_until`. `fee` is what the job costs at most now; the escrow stays held as it
       * was until the job ends, when what it did not cost returns.
       **/
      JobAssigned: AugmentedEvent<ApiType, [job: u64, providers: Vec<ITuple<[AccountId32, u32]>>, commitUntil: u32, fee: u128], { job: u64, providers: Vec<ITuple<[AccountId32, u32]>>, commitUntil: u32, fee: u128 }>;
      /**
       * The submitter cancelled a job before its committee was drawn and was refunded in
       * full.
       **/
      JobCancelled: AugmentedEvent<ApiType, [job: u64, refunded: u128], { job: u64, refunded: u128 }>;
      /**
       * A result was accepted and paid for.
       **/
      JobCompleted: AugmentedEvent<ApiType, [job: u64, outputHash: H256, winners: u32, paidToProviders: u128, royalty: u128, protocolFee: u128, refunded: u128], { job: u64, outputHash: H256, winners: u32, paidToProviders: u128, royalty: u128, protocolFee: u128, refunded: u128 }>;
      /**
       * A job failed. The providers who agreed on an `Unprocessable` reason were paid
       * `paid_to_providers` (by the submitter, or for a model's fault by the model owner's
       * deposit); `refunded` went back to the submitter.
       **/
      JobFailed: AugmentedEvent<ApiType, [job: u64, reason: PalletJobsFailReason, paidToProviders: u128, refunded: u128], { job: u64, reason: PalletJobsFailReason, paidToProviders: u128, refunded: u128 }>;
      /**
       * A job was submitted and the most it can cost (`fee`) held in escrow; its committee
       * is drawn in block `assign_at`.
       **/
      JobSubmitted: AugmentedEvent<ApiType, [job: u64, submitter: AccountId32, model: u32, fee: u128, assignAt: u32], { job: u64, submitter: AccountId32, model: u32, fee: u128, assignAt: u32 }>;
      /**
       * A seat of a private job's judged round gave its verdicts.
       **/
      Judged: AugmentedEvent<ApiType, [job: u64, provider: AccountId32], { job: u64, provider: AccountId32 }>;
      /**
       * A private job's sealed outputs differ: `judges` seats of the round say which agree
       * (`judge`) until block `until`.
       **/
      JudgingOpened: AugmentedEvent<ApiType, [job: u64, judges: u32, until: u32], { job: u64, judges: u32, until: u32 }>;
      /**
       * The submitter of a private job gave its content key to the `providers` providers of
       * the round committing now (`provide_keys`).
       **/
      KeysProvided: AugmentedEvent<ApiType, [job: u64, providers: u32], { job: u64, providers: u32 }>;
      /**
       * Governance set the protocol parameters.
       **/
      ParamsSet: AugmentedEvent<ApiType, [params: PalletJobsProtocolParams], { params: PalletJobsProtocolParams }>;
      /**
       * An audited job's primary committed; whether the job is audited is drawn in block
       * `audit_drawn_at`.
       **/
      PrimaryCommitted: AugmentedEvent<ApiType, [job: u64, auditDrawnAt: u32], { job: u64, auditDrawnAt: u32 }>;
      /**
       * A provider of a job was slashed, per seat; the amount went to the treasury.
       **/
      ProviderSlashed: AugmentedEvent<ApiType, [job: u64, provider: AccountId32, amount: u128, reason: PalletJobsSlashReason], { job: u64, provider: AccountId32, amount: u128, reason: PalletJobsSlashReason }>;
      /**
       * The challenge committee agreed on another output: the result is replaced by it
       * (`output_hash`). Those who stood behind the old result were slashed `slashed`; from
       * it the committee, the submitter (what it paid those providers), honest providers the
       * old vote slashed (`compensated`) and the challenger (its bond back and `reward`) were
       * paid.
       **/
      ResultOverturned: AugmentedEvent<ApiType, [job: u64, outputHash: H256, slashed: u128, paidToCommittee: u128, refundedToSubmitter: u128, compensated: u128, reward: u128], { job: u64, outputHash: H256, slashed: u128, paidToCommittee: u128, refundedToSubmitter: u128, compensated: u128, reward: u128 }>;
      /**
       * The challenge committee agreed with the result: it stands. The challenger's bond paid
       * the committee (`paid_to_committee`) and the rest went to the treasury.
       **/
      ResultUpheld: AugmentedEvent<ApiType, [job: u64, paidToCommittee: u128, toTreasury: u128], { job: u64, paidToCommittee: u128, toTreasury: u128 }>;
      /**
       * A provider revealed the outcome it committed to: an output, or the `failure` it met.
       **/
      Revealed: AugmentedEvent<ApiType, [job: u64, provider: AccountId32, failure: Option<VerityPrimitivesOutcomeFailureKind>], { job: u64, provider: AccountId32, failure: Option<VerityPrimitivesOutcomeFailureKind> }>;
      /**
       * Item `index` (from 0) of a `submit_many` was refused and submitted nothing; the
       * batch's other items stand.
       **/
      SubmissionFailed: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    models: {
      /**
       * Part of the model's deposit paid a provider for a failure that was the model's fault.
       **/
      DepositCharged: AugmentedEvent<ApiType, [model: u32, to: AccountId32, amount: u128], { model: u32, to: AccountId32, amount: u128 }>;
      /**
       * A model was registered and its deposit held.
       **/
      ModelRegistered: AugmentedEvent<ApiType, [model: u32, owner: AccountId32, hash_: U8aFixed, deposit: u128], { model: u32, owner: AccountId32, hash_: U8aFixed, deposit: u128 }>;
      /**
       * The owner changed the royalty per job or its beneficiaries.
       **/
      RoyaltiesUpdated: AugmentedEvent<ApiType, [model: u32, royaltyPerJob: u128], { model: u32, royaltyPerJob: u128 }>;
      /**
       * The model's status changed: by governance, or `Suspended` when its deposit ran
       * short, or `Active` again when its owner restored the deposit.
       **/
      StatusChanged: AugmentedEvent<ApiType, [model: u32, status: PalletModelsModelStatus], { model: u32, status: PalletModelsModelStatus }>;
      /**
       * The owner changed where the model's bytes are fetched from.
       **/
      UriUpdated: AugmentedEvent<ApiType, [model: u32, deposit: u128], { model: u32, deposit: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    preimage: {
      /**
       * A preimage has ben cleared.
       **/
      Cleared: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been noted.
       **/
      Noted: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been requested.
       **/
      Requested: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    providers: {
      /**
       * A provider added to its bond.
       **/
      Bonded: AugmentedEvent<ApiType, [who: AccountId32, amount: u128, bond: u128], { who: AccountId32, amount: u128, bond: u128 }>;
      /**
       * A provider registered (`rotation` 0) or changed its encryption key.
       **/
      EncryptionKeySet: AugmentedEvent<ApiType, [who: AccountId32, key: U8aFixed, rotation: u32], { who: AccountId32, key: U8aFixed, rotation: u32 }>;
      /**
       * A newcomer with a higher stake took `who`'s place in `model`'s full pool; `who` no
       * longer serves `model` (it may `update` to try again).
       **/
      Evicted: AugmentedEvent<ApiType, [who: AccountId32, model: u32, by: AccountId32], { who: AccountId32, model: u32, by: AccountId32 }>;
      /**
       * Governance set the bond parameters.
       **/
      ParamsSet: AugmentedEvent<ApiType, [minBond: u128, unbondingDelay: u32], { minBond: u128, unbondingDelay: u32 }>;
      /**
       * A provider coming back (bonded again or resumed) found `model`'s pool full of
       * higher stakes; it no longer serves `model` (it may `update` to try again).
       **/
      PoolFull: AugmentedEvent<ApiType, [who: AccountId32, model: u32], { who: AccountId32, model: u32 }>;
      /**
       * A provider registered and its bond was held.
       **/
      Registered: AugmentedEvent<ApiType, [who: AccountId32, bond: u128, price: u128], { who: AccountId32, bond: u128, price: u128 }>;
      /**
       * Governance resumed a suspended provider.
       **/
      Resumed: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Part of a provider's bond was slashed to `to`.
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128, to: AccountId32], { who: AccountId32, amount: u128, to: AccountId32 }>;
      /**
       * Governance suspended a provider.
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * A provider started unbonding; it may withdraw from block `unlock_at`.
       **/
      Unbonding: AugmentedEvent<ApiType, [who: AccountId32, unlockAt: u32], { who: AccountId32, unlockAt: u32 }>;
      /**
       * A provider's bond fell below the minimum; it gets no jobs until it bonds more.
       **/
      Underbonded: AugmentedEvent<ApiType, [who: AccountId32, bond: u128], { who: AccountId32, bond: u128 }>;
      /**
       * A provider changed its price or models.
       **/
      Updated: AugmentedEvent<ApiType, [who: AccountId32, price: u128], { who: AccountId32, price: u128 }>;
      /**
       * A provider left and its bond was released.
       **/
      Withdrawn: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    referenda: {
      /**
       * A referendum has been approved and its proposal has been scheduled.
       **/
      Approved: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * A referendum has been cancelled.
       **/
      Cancelled: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      ConfirmAborted: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * A referendum has ended its confirmation phase and is ready for approval.
       **/
      Confirmed: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      ConfirmStarted: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * The decision deposit has been placed.
       **/
      DecisionDepositPlaced: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * The decision deposit has been refunded.
       **/
      DecisionDepositRefunded: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * A referendum has moved into the deciding phase.
       **/
      DecisionStarted: AugmentedEvent<ApiType, [index: u32, track: u16, proposal: FrameSupportPreimagesBounded, tally: PalletConvictionVotingTally], { index: u32, track: u16, proposal: FrameSupportPreimagesBounded, tally: PalletConvictionVotingTally }>;
      /**
       * A deposit has been slashed.
       **/
      DepositSlashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * A referendum has been killed.
       **/
      Killed: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      /**
       * Metadata for a referendum has been cleared.
       **/
      MetadataCleared: AugmentedEvent<ApiType, [index: u32, hash_: H256], { index: u32, hash_: H256 }>;
      /**
       * Metadata for a referendum has been set.
       **/
      MetadataSet: AugmentedEvent<ApiType, [index: u32, hash_: H256], { index: u32, hash_: H256 }>;
      /**
       * A proposal has been rejected by referendum.
       **/
      Rejected: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      /**
       * The submission deposit has been refunded.
       **/
      SubmissionDepositRefunded: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * A referendum has been submitted.
       **/
      Submitted: AugmentedEvent<ApiType, [index: u32, track: u16, proposal: FrameSupportPreimagesBounded], { index: u32, track: u16, proposal: FrameSupportPreimagesBounded }>;
      /**
       * A referendum has been timed out without being decided.
       **/
      TimedOut: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    scheduler: {
      /**
       * Agenda is incomplete from `when`.
       **/
      AgendaIncomplete: AugmentedEvent<ApiType, [when: u32], { when: u32 }>;
      /**
       * The call for the provided hash was not found so the task has been aborted.
       **/
      CallUnavailable: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Canceled some task.
       **/
      Canceled: AugmentedEvent<ApiType, [when: u32, index: u32], { when: u32, index: u32 }>;
      /**
       * Dispatched some task.
       **/
      Dispatched: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>, result: Result<Null, SpRuntimeDispatchError>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed>, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The given task was unable to be renewed since the agenda is full at that block.
       **/
      PeriodicFailed: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * The given task can never be executed since it is overweight.
       **/
      PermanentlyOverweight: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Cancel a retry configuration for some task.
       **/
      RetryCancelled: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * The given task was unable to be retried since the agenda is full at that block or there
       * was not enough weight to reschedule it.
       **/
      RetryFailed: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Set a retry configuration for some task.
       **/
      RetrySet: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>, period: u32, retries: u8], { task: ITuple<[u32, u32]>, id: Option<U8aFixed>, period: u32, retries: u8 }>;
      /**
       * Scheduled some task.
       **/
      Scheduled: AugmentedEvent<ApiType, [when: u32, index: u32], { when: u32, index: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    treasury: {
      /**
       * A new asset spend proposal has been approved.
       **/
      AssetSpendApproved: AugmentedEvent<ApiType, [index: u32, assetKind: Null, amount: u128, beneficiary: AccountId32, validFrom: u32, expireAt: u32], { index: u32, assetKind: Null, amount: u128, beneficiary: AccountId32, validFrom: u32, expireAt: u32 }>;
      /**
       * An approved spend was voided.
       **/
      AssetSpendVoided: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * Some funds have been allocated.
       **/
      Awarded: AugmentedEvent<ApiType, [proposalIndex: u32, award: u128, account: AccountId32], { proposalIndex: u32, award: u128, account: AccountId32 }>;
      /**
       * Some of our funds have been burnt.
       **/
      Burnt: AugmentedEvent<ApiType, [burntFunds: u128], { burntFunds: u128 }>;
      /**
       * Some funds have been deposited.
       **/
      Deposit: AugmentedEvent<ApiType, [value: u128], { value: u128 }>;
      /**
       * A payment happened.
       **/
      Paid: AugmentedEvent<ApiType, [index: u32, paymentId: Null], { index: u32, paymentId: Null }>;
      /**
       * A payment failed and can be retried.
       **/
      PaymentFailed: AugmentedEvent<ApiType, [index: u32, paymentId: Null], { index: u32, paymentId: Null }>;
      /**
       * Spending has finished; this is the amount that rolls over until next spend.
       **/
      Rollover: AugmentedEvent<ApiType, [rolloverBalance: u128], { rolloverBalance: u128 }>;
      /**
       * A new spend proposal has been approved.
       **/
      SpendApproved: AugmentedEvent<ApiType, [proposalIndex: u32, amount: u128, beneficiary: AccountId32], { proposalIndex: u32, amount: u128, beneficiary: AccountId32 }>;
      /**
       * We have ended a spend period and will now allocate funds.
       **/
      Spending: AugmentedEvent<ApiType, [budgetRemaining: u128], { budgetRemaining: u128 }>;
      /**
       * A spend was processed and removed from the storage. It might have been successfully
       * paid or it may have expired.
       **/
      SpendProcessed: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * The inactive funds of the pallet have been updated.
       **/
      UpdatedInactive: AugmentedEvent<ApiType, [reactivated: u128, deactivated: u128], { reactivated: u128, deactivated: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    validators: {
      /**
       * pallet-session took the changed set; it is active from session `session`.
       **/
      SetQueued: AugmentedEvent<ApiType, [session: u32, validators: u32], { session: u32, validators: u32 }>;
      /**
       * A validator was added; it validates from the session after next.
       **/
      ValidatorAdded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * A validator was removed; it stops validating from the session after next.
       **/
      ValidatorRemoved: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
  } // AugmentedEvents
} // declare module
