// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Null, Option, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportPreimagesBounded, FrameSupportScheduleDispatchTime, PalletBalancesAdjustmentDirection, PalletConvictionVotingConviction, PalletConvictionVotingVoteAccountVote, PalletJobsProtocolParams, PalletJobsTier, PalletModelsBeneficiary, PalletModelsModelKind, PalletModelsModelStatus, SpConsensusBabeDigestsNextConfigDescriptor, SpConsensusGrandpaEquivocationProof, SpConsensusSlotsEquivocationProof, SpCoreVoid, SpWeightsWeightV2Weight, VerityPrimitivesCompareComparisonRule, VerityPrimitivesOutcome, VerityPrimitivesTensorIoSpec, VerityRuntimeOriginCaller, VerityRuntimeSessionKeys } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    babe: {
      /**
       * Plan an epoch config change. The epoch config change is recorded and will be enacted on
       * the next call to `enact_epoch_change`. The config will be activated one epoch after.
       * Multiple calls to this method will replace any existing planned config change that had
       * not been enacted yet.
       **/
      planConfigChange: AugmentedSubmittable<(config: SpConsensusBabeDigestsNextConfigDescriptor | { V1: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SpConsensusBabeDigestsNextConfigDescriptor]>;
      /**
       * Report authority equivocation/misbehavior. This method will verify
       * the equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence will
       * be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusSlotsEquivocationProof | { offender?: any; slot?: any; firstHeader?: any; secondHeader?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusSlotsEquivocationProof, SpCoreVoid]>;
      /**
       * Report authority equivocation/misbehavior. This method will verify
       * the equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence will
       * be reported.
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusSlotsEquivocationProof | { offender?: any; slot?: any; firstHeader?: any; secondHeader?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusSlotsEquivocationProof, SpCoreVoid]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    blobs: {
      /**
       * Keeps stored data for `RetentionPeriod` blocks from now, paying for them as `store`
       * does. Anyone may renew any data that has not expired. Emits `Renewed`.
       **/
      renew: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Stores `data` with the chain's nodes for `RetentionPeriod` blocks, under its
       * blake2-256 hash. Pays `FeeBase + FeePerByte × length` to the treasury. A job can then
       * name the data by hash and length (`jobs.submit_stored`). Emits `Stored`.
       **/
      store: AugmentedSubmittable<(data: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    convictionVoting: {
      /**
       * Delegate the voting power (with some given conviction) of the sending account for a
       * particular class of polls.
       * 
       * The balance delegated is locked for as long as it's delegated, and thereafter for the
       * time appropriate for the conviction's lock period.
       * 
       * The dispatch origin of this call must be _Signed_, and the signing account must either:
       * - be delegating already; or
       * - have no voting activity (if there is, then it will need to be removed through
       * `remove_vote`).
       * 
       * - `to`: The account whose voting the `target` account's voting power will follow.
       * - `class`: The class of polls to delegate. To delegate multiple classes, multiple calls
       * to this function are required.
       * - `conviction`: The conviction that will be attached to the delegated votes. When the
       * account is undelegated, the funds will be locked for the corresponding period.
       * - `balance`: The amount of the account's balance to be used in delegating. This must not
       * be more than the account's current balance.
       * 
       * Emits `Delegated`.
       * 
       * Weight: `O(R)` where R is the number of polls the voter delegating to has
       * voted on. Weight is initially charged as if maximum votes, but is refunded later.
       **/
      delegate: AugmentedSubmittable<(clazz: u16 | AnyNumber | Uint8Array, to: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, conviction: PalletConvictionVotingConviction | 'None' | 'Locked1x' | 'Locked2x' | 'Locked3x' | 'Locked4x' | 'Locked5x' | 'Locked6x' | number | Uint8Array, balance: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, MultiAddress, PalletConvictionVotingConviction, u128]>;
      /**
       * Remove a vote for a poll.
       * 
       * If the `target` is equal to the signer, then this function is exactly equivalent to
       * `remove_vote`. If not equal to the signer, then the vote must have expired,
       * either because the poll was cancelled, because the voter lost the poll or
       * because the conviction period is over.
       * 
       * The dispatch origin of this call must be _Signed_.
       * 
       * - `target`: The account of the vote to be removed; this account must have voted for poll
       * `index`.
       * - `index`: The index of poll of the vote to be removed.
       * - `class`: The class of the poll.
       * 
       * Weight: `O(R + log R)` where R is the number of polls that `target` has voted on.
       * Weight is calculated for the maximum number of vote.
       **/
      removeOtherVote: AugmentedSubmittable<(target: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, clazz: u16 | AnyNumber | Uint8Array, index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u16, u32]>;
      /**
       * Remove a vote for a poll.
       * 
       * If:
       * - the poll was cancelled, or
       * - the poll is ongoing, or
       * - the poll has ended such that
       * - the vote of the account was in opposition to the result; or
       * - there was no conviction to the account's vote; or
       * - the account made a split vote
       * ...then the vote is removed cleanly and a following call to `unlock` may result in more
       * funds being available.
       * 
       * If, however, the poll has ended and:
       * - it finished corresponding to the vote of the account, and
       * - the account made a standard vote with conviction, and
       * - the lock period of the conviction is not over
       * ...then the lock will be aggregated into the overall account's lock, which may involve
       * *overlocking* (where the two locks are combined into a single lock that is the maximum
       * of both the amount locked and the time is it locked for).
       * 
       * The dispatch origin of this call must be _Signed_, and the signer must have a vote
       * registered for poll `index`.
       * 
       * - `index`: The index of poll of the vote to be removed.
       * - `class`: Optional parameter, if given it indicates the class of the poll. For polls
       * which have finished or are cancelled, this must be `Some`.
       * 
       * Weight: `O(R + log R)` where R is the number of polls that `target` has voted on.
       * Weight is calculated for the maximum number of vote.
       **/
      removeVote: AugmentedSubmittable<(clazz: Option<u16> | null | Uint8Array | u16 | AnyNumber, index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Option<u16>, u32]>;
      /**
       * Undelegate the voting power of the sending account for a particular class of polls.
       * 
       * Tokens may be unlocked following once an amount of time consistent with the lock period
       * of the conviction with which the delegation was issued has passed.
       * 
       * The dispatch origin of this call must be _Signed_ and the signing account must be
       * currently delegating.
       * 
       * - `class`: The class of polls to remove the delegation from.
       * 
       * Emits `Undelegated`.
       * 
       * Weight: `O(R)` where R is the number of polls the voter delegating to has
       * voted on. Weight is initially charged as if maximum votes, but is refunded later.
       **/
      undelegate: AugmentedSubmittable<(clazz: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16]>;
      /**
       * Remove the lock caused by prior voting/delegating which has expired within a particular
       * class.
       * 
       * The dispatch origin of this call must be _Signed_.
       * 
       * - `class`: The class of polls to unlock.
       * - `target`: The account to remove the lock on.
       * 
       * Weight: `O(R)` with R number of vote of target.
       **/
      unlock: AugmentedSubmittable<(clazz: u16 | AnyNumber | Uint8Array, target: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, MultiAddress]>;
      /**
       * Vote in a poll. If `vote.is_aye()`, the vote is to enact the proposal;
       * otherwise it is a vote to keep the status quo.
       * 
       * The dispatch origin of this call must be _Signed_.
       * 
       * - `poll_index`: The index of the poll to vote for.
       * - `vote`: The vote configuration.
       * 
       * Weight: `O(R)` where R is the number of polls the voter has voted on.
       **/
      vote: AugmentedSubmittable<(pollIndex: Compact<u32> | AnyNumber | Uint8Array, vote: PalletConvictionVotingVoteAccountVote | { Standard: any } | { Split: any } | { SplitAbstain: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, PalletConvictionVotingVoteAccountVote]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    jobs: {
      /**
       * Cancels a job whose committee has not been drawn yet, refunding the submitter in
       * full. Submitter only. Once the committee is drawn the job can no longer be cancelled
       * (`AlreadyAssigned`): a submitter cannot draw again until it likes its committee.
       * The job leaves no record (`jobsApi.job` no longer knows it). Emits `JobCancelled`.
       **/
      cancel: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Challenges a completed job's result, within its challenge window: the job's
       * submitter or any provider holding the minimum bond, until a challenge decides it. The job's
       * challenge bond is held from the caller. `DrawDelay` blocks later a challenge
       * committee (`escalation` seats, none of them a provider of the job or the challenger)
       * is drawn from fresh randomness and runs the job again; a majority of its seats
       * decides. If it agrees with the result, the bond pays the committee and the rest goes
       * to the treasury (`ResultUpheld`). If it agrees on another output, everyone who
       * stood behind the result loses the job's wrong-output slash per seat and its record;
       * the slashes pay the committee, give the submitter back what it paid them, make
       * whole the providers the old vote slashed for the outcome the committee found, and
       * return the challenger's bond with what is left, up to as much again
       * (`ResultOverturned`). If it decides nothing, or agrees on a failure, the bond is
       * returned (`ChallengeVoid`) and the result may be challenged again within the window.
       * While the challenge runs the job counts as in flight for all of its providers: none
       * can unbond or withdraw. Emits `Challenged`.
       **/
      challenge: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Commits to an outcome: `commitment = blake2_256(SCALE(outcome) ‖ salt ‖
       * SCALE(provider))`, where the outcome is the output or the failure the provider met.
       * Only a provider drawn for the job, once, while commits are open. When every provider
       * has committed, commits close at once. Emits `Committed`. Free when it succeeds (an
       * honest provider earns exactly its price); charged as the commit that closes
       * otherwise.
       **/
      commit: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array, commitment: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, H256]>;
      /**
       * Commits to the outcomes of several jobs in one transaction, each item exactly as
       * `commit` would. Items are applied one by one: a refused item changes nothing and is
       * reported in `BatchItemFailed`, the others stand. The call fails (and changes
       * nothing) only when every item is refused, with the first item's error. Free when
       * every item is applied. This is what providers' off-chain workers submit: one
       * transaction per block for all their jobs.
       **/
      commitMany: AugmentedSubmittable<(commits: Vec<ITuple<[u64, H256]>> | ([u64 | AnyNumber | Uint8Array, H256 | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[u64, H256]>>]>;
      /**
       * Gives a judge's verdicts on a private `Tolerance` job's sealed outputs: bit `i` of
       * `agrees` says assignment `i`'s output agrees with the caller's under the model's rule
       * (docs/privacy.md). Only a seat of the judging round that revealed an output
       * (`NotAJudge`), once (`AlreadyJudged`), while the round judges (`NotJudging`). The last
       * verdict settles the round. Emits `Judged`. Free when it succeeds; charged as a
       * settling verdict otherwise.
       **/
      judge: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array, agrees: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u64]>;
      /**
       * Gives a private job's content key to the providers of the round committing now (its
       * committee, auditors, referees or challenge committee): `ephemeral` is the x25519
       * public key of the secret the keys were wrapped with, `keys` one 48-byte wrap for each
       * provider of the round, in the order drawn (`JobAssigned`, `AuditDrawn`, …), to the
       * encryption key it has registered (`verity_primitives::privacy::wrap`). Only the
       * submitter (`NotSubmitter`), once a round (`NoKeysToGive`), in the first half of the
       * commit period (`KeysTooLate`), for providers that all have an encryption key
       * (`NoEncryptionKey`). Emits `KeysProvided`.
       **/
      provideKeys: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array, ephemeral: U8aFixed | string | Uint8Array, keys: Vec<U8aFixed>) => SubmittableExtrinsic<ApiType>, [u64, U8aFixed, Vec<U8aFixed>]>;
      /**
       * Reveals the outcome committed to. Only after commits close, once, matching the
       * commitment. The last reveal settles the job. Emits `Revealed`, and `JobCompleted` or
       * `JobFailed` if it was the last. Free when it succeeds; charged as a settling reveal
       * at the largest redundancy and most beneficiaries otherwise.
       **/
      reveal: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array, outcome: VerityPrimitivesOutcome | { Output: any } | { Failure: any } | { Stored: any } | string | Uint8Array, salt: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, VerityPrimitivesOutcome, U8aFixed]>;
      /**
       * Reveals the outcomes committed to for several jobs in one transaction, each item
       * `(job, outcome, salt)` exactly as `reveal` would (a last reveal settles its job).
       * Items are applied one by one as in `commit_many`. `assignments` bounds the jobs the
       * items settle: each item is charged up front as if it settled a job of that many
       * assignments (at most `MaxRedundancy`) and the most royalty beneficiaries, and an item
       * that would settle a job with more assignments is refused (`AboveAssignmentsBound`:
       * its weight was not paid for). What the items did not cost is refunded, and the whole
       * fee when every item is applied. The off-chain worker declares the largest job of its
       * batch, so a batch of small jobs is not charged as if each were the largest the chain
       * allows (which kept blocks a quarter empty under load).
       **/
      revealMany: AugmentedSubmittable<(reveals: Vec<ITuple<[u64, VerityPrimitivesOutcome, U8aFixed]>> | ([u64 | AnyNumber | Uint8Array, VerityPrimitivesOutcome | { Output: any } | { Failure: any } | { Stored: any } | string | Uint8Array, U8aFixed | string | Uint8Array])[], assignments: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[u64, VerityPrimitivesOutcome, U8aFixed]>>, u32]>;
      /**
       * Reveals an output longer than `MaxOutputLen` together with its bytes, which the chain's
       * nodes keep as stored data (pallet-blobs, at the caller's expense: the storage fee,
       * unless the same bytes are stored already for long enough). The outcome revealed is
       * `Outcome::Stored { hash, len }` of `output`, as it was committed; otherwise as
       * `reveal`. `output` must be the call's last argument: the node keeps the last bytes
       * of the transaction.
       **/
      revealStored: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array, salt: U8aFixed | string | Uint8Array, output: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, U8aFixed, Bytes]>;
      /**
       * Sets the protocol parameters. `ParamsOrigin` only. Values outside the bounds of
       * [`bounds`] are refused with an error naming the first one. Applies to jobs submitted
       * afterwards: jobs in flight keep their terms. Emits `ParamsSet`.
       **/
      setParams: AugmentedSubmittable<(params: PalletJobsProtocolParams | { auditors?: any; auditFloor?: any; trustedAfter?: any; escalation?: any; commitPeriod?: any; revealPeriod?: any; wrongOutputSlash?: any; noShowSlash?: any; protocolFee?: any; retention?: any; challengePeriod?: any; challengeBond?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletJobsProtocolParams]>;
      /**
       * Submits an inference job for `model` with canonical-encoded `input`, verified as
       * `tier` says (`Audited`: one primary, audited by chance after it commits; `Quorum`:
       * a committee of `redundancy` seats votes). Anyone may call it. The most the job can
       * cost (every seat it may pay for at the seat price cap, the stake-weighted median
       * price of the model's pool; the model's royalty and the protocol fee) is held in
       * escrow; the call fails if that exceeds `max_fee`. The committee is drawn
       * `DrawDelay` blocks later, from randomness nobody knows now; what its seats do not
       * cost is released then (an audited job's auditors' seats when its audit is drawn).
       * The job runs under the protocol parameters in force now. Emits `JobSubmitted`. The
       * weight charged up front assumes the largest pool; what a smaller one does not cost
       * is refunded.
       **/
      submit: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array, input: Bytes | string | Uint8Array, maxFee: u128 | AnyNumber | Uint8Array, tier: PalletJobsTier | { Audited: any } | { Quorum: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Bytes, u128, PalletJobsTier]>;
      /**
       * Submits one job of `model` and `tier` for each of `inputs`, each exactly as `submit`
       * would with `max_fee` the most that job may cost: for a dApp with many inputs for one
       * model (a camera's frames, a batch of prompts), one transaction instead of one per job.
       * Items are applied in order, each in its own storage layer: a refused item submits
       * nothing, holds nothing and is reported in `SubmissionFailed` with its index; the
       * others stand and emit `JobSubmitted`. The call fails, changing nothing, only when
       * every item is refused, with the first item's error. Charged up front as a `submit`
       * of each input at the largest pool; refunded to what the items took: a `submit` at the
       * model's pool for each accepted input, the charge for a refused one, and the writes the
       * items share (the job counter, the deadline bucket of their draw, the submitter's
       * escrow hold and account) once, not once per job, as the reads of keys an earlier item
       * read (those, the parameters, the model and its pool).
       **/
      submitMany: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array, inputs: Vec<Bytes> | (Bytes | string | Uint8Array)[], maxFee: u128 | AnyNumber | Uint8Array, tier: PalletJobsTier | { Audited: any } | { Quorum: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Vec<Bytes>, u128, PalletJobsTier]>;
      /**
       * Submits a private job (docs/privacy.md): as `submit_stored`, where the stored data is
       * the job's input sealed under a content key the chain never sees
       * (`verity_primitives::privacy::seal`, purpose `input`; `input_len` counts its 16-byte
       * tag), and `key_commitment` is that key's commitment. Only providers with an
       * encryption key registered are drawn. After each draw the submitter gives the seat
       * holders the key (`provide_keys`); a seat given none, or one it cannot open (it
       * commits the failure `InputUnavailable`), is neither paid nor slashed. Only models
       * that do not generate (`PrivateNotSupported`): providers seal their outputs so that
       * equal outputs seal alike and the chain compares the sealed bytes; under `Tolerance`,
       * a round whose sealed outputs differ is judged by its seats (`judge`). Emits
       * `JobSubmitted`.
       **/
      submitPrivate: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array, inputHash: H256 | string | Uint8Array, inputLen: u32 | AnyNumber | Uint8Array, keyCommitment: U8aFixed | string | Uint8Array, maxFee: u128 | AnyNumber | Uint8Array, tier: PalletJobsTier | { Audited: any } | { Quorum: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, H256, u32, U8aFixed, u128, PalletJobsTier]>;
      /**
       * Submits a job whose input the chain's nodes keep by content hash: `input_hash` and
       * `input_len` name data stored with `blobs.store` (up to its `MaxBlobLen`, far more
       * than `submit` carries). Otherwise exactly as `submit`. The data must be kept until
       * the job could end and its result be challenged (`InputExpiresTooSoon` otherwise).
       * The chain cannot read the data: providers check it against the model's declared
       * inputs, and a job whose data does not fit, or that nodes cannot read, ends
       * `Unprocessable` (`InputInvalid`, `InputUnavailable`) with the submitter paying the
       * providers' seats and refunded the rest. Emits `JobSubmitted`.
       **/
      submitStored: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array, inputHash: H256 | string | Uint8Array, inputLen: u32 | AnyNumber | Uint8Array, maxFee: u128 | AnyNumber | Uint8Array, tier: PalletJobsTier | { Audited: any } | { Quorum: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, H256, u32, u128, PalletJobsTier]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    models: {
      /**
       * Registers a model. Anyone may call it; the caller becomes the owner and a deposit
       * proportional to the entry's size is held from them.
       * 
       * `hash` is blake2-256 of the ONNX bytes found at `uri` (`file://`, `http://` or
       * `https://`), `size` their length. `royalties` lists who shares `royalty_per_job`;
       * shares must sum to exactly 100%. Emits `ModelRegistered`.
       **/
      register: AugmentedSubmittable<(hash: U8aFixed | string | Uint8Array, size: u64 | AnyNumber | Uint8Array, uri: Bytes | string | Uint8Array, io: VerityPrimitivesTensorIoSpec | { inputs?: any; outputs?: any } | string | Uint8Array, rule: VerityPrimitivesCompareComparisonRule | { Exact: any } | { Tolerance: any } | string | Uint8Array, royaltyPerJob: u128 | AnyNumber | Uint8Array, royalties: Vec<PalletModelsBeneficiary> | (PalletModelsBeneficiary | { account?: any; share?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [U8aFixed, u64, Bytes, VerityPrimitivesTensorIoSpec, VerityPrimitivesCompareComparisonRule, u128, Vec<PalletModelsBeneficiary>]>;
      /**
       * Registers a model as `register` does, with its kind: `Function` (as `register`),
       * `Generator` (a causal language model with its tokenizer, registered by hash, size
       * and URI, and generation limits: its I/O spec must be the generation interface and
       * its rule `Exact`, `NotAGenerator`; `max_new_tokens` 1 to 4,096 below `max_context`,
       * logit margin at most 0.1, `BadGenerationLimits`; jobs generate greedily and an
       * audited job's auditors check the primary's tokens teacher-forced) or `Image` (one
       * Float32 [1, 3, H, W] input that clients make from a picture as its `ImageSpec` says,
       * `NotAnImageModel`, `BadPreprocessing`). The deposit covers the kind's bytes too.
       * Emits `ModelRegistered`.
       **/
      registerWithKind: AugmentedSubmittable<(hash: U8aFixed | string | Uint8Array, size: u64 | AnyNumber | Uint8Array, uri: Bytes | string | Uint8Array, io: VerityPrimitivesTensorIoSpec | { inputs?: any; outputs?: any } | string | Uint8Array, rule: VerityPrimitivesCompareComparisonRule | { Exact: any } | { Tolerance: any } | string | Uint8Array, royaltyPerJob: u128 | AnyNumber | Uint8Array, royalties: Vec<PalletModelsBeneficiary> | (PalletModelsBeneficiary | { account?: any; share?: any } | string | Uint8Array)[], kind: PalletModelsModelKind | { Function: any } | { Generator: any } | { Image: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u64, Bytes, VerityPrimitivesTensorIoSpec, VerityPrimitivesCompareComparisonRule, u128, Vec<PalletModelsBeneficiary>, PalletModelsModelKind]>;
      /**
       * Changes the royalty per job and its beneficiaries. Owner only; applies to jobs
       * submitted afterwards. Emits `RoyaltiesUpdated`.
       **/
      setRoyalties: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array, royaltyPerJob: u128 | AnyNumber | Uint8Array, royalties: Vec<PalletModelsBeneficiary> | (PalletModelsBeneficiary | { account?: any; share?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u32, u128, Vec<PalletModelsBeneficiary>]>;
      /**
       * Sets a model's status: `Active`, `Deprecated` (no new providers; jobs still run) or
       * `Banned` (no new jobs); never `Suspended` (`NotSettable`). A model whose deposit is
       * short stays suspended, and takes the status set once its owner restores the
       * deposit. Governance only. Emits `StatusChanged`.
       **/
      setStatus: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array, status: PalletModelsModelStatus | { Active: any } | { Deprecated: any } | { Banned: any } | { Suspended: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, PalletModelsModelStatus]>;
      /**
       * Changes where the model's bytes are fetched from. Owner only; the deposit follows
       * the new length, and a model suspended because its deposit ran short is held its
       * whole deposit again and takes jobs again. Emits `UriUpdated` (and `StatusChanged`).
       **/
      setUri: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array, uri: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Bytes]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    preimage: {
      /**
       * Ensure that the bulk of pre-images is upgraded.
       * 
       * The caller pays no fee if at least 90% of pre-images were successfully updated.
       **/
      ensureUpdated: AugmentedSubmittable<(hashes: Vec<H256> | (H256 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<H256>]>;
      /**
       * Register a preimage on-chain.
       * 
       * If the preimage was previously requested, no fees or deposits are taken for providing
       * the preimage. Otherwise, a deposit is taken proportional to the size of the preimage.
       **/
      notePreimage: AugmentedSubmittable<(bytes: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Request a preimage be uploaded to the chain without paying any fees or deposits.
       * 
       * If the preimage requests has already been provided on-chain, we unreserve any deposit
       * a user may have paid, and take the control of the preimage out of their hands.
       **/
      requestPreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Clear an unrequested preimage from the runtime storage.
       * 
       * If `len` is provided, then it will be a much cheaper operation.
       * 
       * - `hash`: The hash of the preimage to be removed from the store.
       * - `len`: The length of the preimage of `hash`.
       **/
      unnotePreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Clear a previously made request for a preimage.
       * 
       * NOTE: THIS MUST NOT BE CALLED ON `hash` MORE TIMES THAN `request_preimage`.
       **/
      unrequestPreimage: AugmentedSubmittable<(hash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    providers: {
      /**
       * Adds `amount` to the caller's bond. A provider underbonded by slashes becomes
       * active again once its bond reaches the minimum. Emits `Bonded`.
       **/
      bondExtra: AugmentedSubmittable<(amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Registers the caller as a compute provider serving `models` at `price` per job seat,
       * and holds `bond` (at least the minimum bond). The bond is its stake in each model's
       * pool; in a full pool it evicts the lowest stake if its own is higher, else the call
       * fails with `TooManyProviders`. Emits `Registered` (and `Evicted`).
       **/
      register: AugmentedSubmittable<(bond: u128 | AnyNumber | Uint8Array, price: u128 | AnyNumber | Uint8Array, models: Vec<u32> | (u32 | AnyNumber | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u128, u128, Vec<u32>]>;
      /**
       * Resumes a suspended provider. Governance only. Emits `Resumed`.
       **/
      resume: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Registers or changes the caller's x25519 encryption key for private jobs
       * (docs/privacy.md); the caller must be a provider. `rotation` is the next rotation: 0
       * for a first key, else the registered key's rotation plus one (`WrongRotation`), so a
       * change sent twice or racing another lands once. A provider's node sends it by itself
       * from its keystore's `vrte` key. Free for a first key (once per registration: a
       * provider's first transaction from its node must not need more than its bond's
       * account holds); a change pays its fee. Refuses a key of small order
       * (`WeakEncryptionKey`) and the key registered already (`SameEncryptionKey`). Emits
       * `EncryptionKeySet`.
       **/
      setEncryptionKey: AugmentedSubmittable<(key: U8aFixed | string | Uint8Array, rotation: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u32]>;
      /**
       * Sets the minimum bond and the unbonding delay, within bounds (`MinBondOutOfBounds`,
       * `UnbondingDelayTooLong`). Governance only. A new minimum applies to registrations,
       * top-ups and slashes from now on; providers are not re-checked: one below it keeps
       * its place in its pools but is not drawn for jobs until it bonds the minimum (jobs
       * draw only from providers holding it). A new delay applies
       * to `unbond` calls from now on. Emits `ParamsSet`.
       **/
      setParams: AugmentedSubmittable<(minBond: u128 | AnyNumber | Uint8Array, unbondingDelay: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128, u32]>;
      /**
       * Suspends a provider: it gets no new jobs until resumed. Governance only.
       * Emits `Suspended`.
       **/
      suspend: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Starts unbonding: the caller leaves its pools and gets no new jobs; the jobs it
       * holds seats on go on, and it may `withdraw` after the unbonding delay or the work
       * window (`WorkWindow`), whichever is longer. Emits `Unbonding`.
       **/
      unbond: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Changes the caller's price and, if given, the models it serves. Not while
       * unbonding. The price applies to jobs drawn afterwards. Emits `Updated`.
       **/
      update: AugmentedSubmittable<(price: u128 | AnyNumber | Uint8Array, models: Option<Vec<u32>> | null | Uint8Array | Vec<u32> | (u32 | AnyNumber | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u128, Option<Vec<u32>>]>;
      /**
       * Releases the bond of an unbonding provider whose delay has passed and removes it.
       * Emits `Withdrawn`.
       **/
      withdraw: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    referenda: {
      /**
       * Cancel an ongoing referendum.
       * 
       * - `origin`: must be the `CancelOrigin`.
       * - `index`: The index of the referendum to be cancelled.
       * 
       * Emits `Cancelled`.
       **/
      cancel: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Cancel an ongoing referendum and slash the deposits.
       * 
       * - `origin`: must be the `KillOrigin`.
       * - `index`: The index of the referendum to be cancelled.
       * 
       * Emits `Killed` and `DepositSlashed`.
       **/
      kill: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Advance a referendum onto its next logical state. Only used internally.
       * 
       * - `origin`: must be `Root`.
       * - `index`: the referendum to be advanced.
       **/
      nudgeReferendum: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Advance a track onto its next logical state. Only used internally.
       * 
       * - `origin`: must be `Root`.
       * - `track`: the track to be advanced.
       * 
       * Action item for when there is now one fewer referendum in the deciding phase and the
       * `DecidingCount` is not yet updated. This means that we should either:
       * - begin deciding another referendum (and leave `DecidingCount` alone); or
       * - decrement `DecidingCount`.
       **/
      oneFewerDeciding: AugmentedSubmittable<(track: u16 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16]>;
      /**
       * Post the Decision Deposit for a referendum.
       * 
       * - `origin`: must be `Signed` and the account must have funds available for the
       * referendum's track's Decision Deposit.
       * - `index`: The index of the submitted referendum whose Decision Deposit is yet to be
       * posted.
       * 
       * Emits `DecisionDepositPlaced`.
       **/
      placeDecisionDeposit: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Refund the Decision Deposit for a closed referendum back to the depositor.
       * 
       * - `origin`: must be `Signed` or `Root`.
       * - `index`: The index of a closed referendum whose Decision Deposit has not yet been
       * refunded.
       * 
       * Emits `DecisionDepositRefunded`.
       **/
      refundDecisionDeposit: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Refund the Submission Deposit for a closed referendum back to the depositor.
       * 
       * - `origin`: must be `Signed` or `Root`.
       * - `index`: The index of a closed referendum whose Submission Deposit has not yet been
       * refunded.
       * 
       * Emits `SubmissionDepositRefunded`.
       **/
      refundSubmissionDeposit: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Set or clear metadata of a referendum.
       * 
       * Parameters:
       * - `origin`: Must be `Signed` by a creator of a referendum or by anyone to clear a
       * metadata of a finished referendum.
       * - `index`:  The index of a referendum to set or clear metadata for.
       * - `maybe_hash`: The hash of an on-chain stored preimage. `None` to clear a metadata.
       **/
      setMetadata: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array, maybeHash: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [u32, Option<H256>]>;
      /**
       * Propose a referendum on a privileged action.
       * 
       * - `origin`: must be `SubmitOrigin` and the account must have `SubmissionDeposit` funds
       * available.
       * - `proposal_origin`: The origin from which the proposal should be executed.
       * - `proposal`: The proposal.
       * - `enactment_moment`: The moment that the proposal should be enacted.
       * 
       * Emits `Submitted`.
       **/
      submit: AugmentedSubmittable<(proposalOrigin: VerityRuntimeOriginCaller | { system: any } | { Origins: any } | string | Uint8Array, proposal: FrameSupportPreimagesBounded | { Legacy: any } | { Inline: any } | { Lookup: any } | string | Uint8Array, enactmentMoment: FrameSupportScheduleDispatchTime | { At: any } | { After: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [VerityRuntimeOriginCaller, FrameSupportPreimagesBounded, FrameSupportScheduleDispatchTime]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    scheduler: {
      /**
       * Cancel a scheduled task (named or anonymous), by providing the block it is scheduled for
       * execution in, as well as the index of the task in that block's agenda.
       * 
       * In the case of a named task, it will remove it from the lookup table as well.
       **/
      cancel: AugmentedSubmittable<(when: u32 | AnyNumber | Uint8Array, index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Cancel a named scheduled task.
       **/
      cancelNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed]>;
      /**
       * Removes the retry configuration of a task.
       **/
      cancelRetry: AugmentedSubmittable<(task: ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array]) => SubmittableExtrinsic<ApiType>, [ITuple<[u32, u32]>]>;
      /**
       * Cancel the retry configuration of a named task.
       **/
      cancelRetryNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed]>;
      /**
       * Anonymously schedule a task.
       **/
      schedule: AugmentedSubmittable<(when: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Anonymously schedule a task after a delay.
       **/
      scheduleAfter: AugmentedSubmittable<(after: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Schedule a named task.
       **/
      scheduleNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array, when: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Schedule a named task after a delay.
       **/
      scheduleNamedAfter: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array, after: u32 | AnyNumber | Uint8Array, maybePeriodic: Option<ITuple<[u32, u32]>> | null | Uint8Array | ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], priority: u8 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u32, Option<ITuple<[u32, u32]>>, u8, Call]>;
      /**
       * Set a retry configuration for a task so that, in case its scheduled run fails, it will
       * be retried after `period` blocks, for a total amount of `retries` retries or until it
       * succeeds.
       * 
       * Tasks which need to be scheduled for a retry are still subject to weight metering and
       * agenda space, same as a regular task. If a periodic task fails, it will be scheduled
       * normally while the task is retrying.
       * 
       * Tasks scheduled as a result of a retry for a periodic task are unnamed, non-periodic
       * clones of the original task. Their retry configuration will be derived from the
       * original task's configuration, but will have a lower value for `remaining` than the
       * original `total_retries`.
       * 
       * This call **cannot** be used to set a retry configuration for a named task.
       **/
      setRetry: AugmentedSubmittable<(task: ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array], retries: u8 | AnyNumber | Uint8Array, period: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [ITuple<[u32, u32]>, u8, u32]>;
      /**
       * Set a retry configuration for a named task so that, in case its scheduled run fails, it
       * will be retried after `period` blocks, for a total amount of `retries` retries or until
       * it succeeds.
       * 
       * Tasks which need to be scheduled for a retry are still subject to weight metering and
       * agenda space, same as a regular task. If a periodic task fails, it will be scheduled
       * normally while the task is retrying.
       * 
       * Tasks scheduled as a result of a retry for a periodic task are unnamed, non-periodic
       * clones of the original task. Their retry configuration will be derived from the
       * original task's configuration, but will have a lower value for `remaining` than the
       * original `total_retries`.
       * 
       * This is the only way to set a retry configuration for a named task.
       **/
      setRetryNamed: AugmentedSubmittable<(id: U8aFixed | string | Uint8Array, retries: u8 | AnyNumber | Uint8Array, period: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [U8aFixed, u8, u32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    session: {
      /**
       * Removes any session key(s) of the function caller.
       * 
       * This doesn't take effect until the next session.
       * 
       * The dispatch origin of this function must be Signed and the account must be either be
       * convertible to a validator ID using the chain's typical addressing system (this usually
       * means being a controller account) or directly convertible into a validator ID (which
       * usually means being a stash account).
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the session key(s) of the function caller to `keys`.
       * 
       * Allows an account to set its session key prior to becoming a validator.
       * This doesn't take effect until the next session.
       * 
       * - `origin`: The dispatch origin of this function must be signed.
       * - `keys`: The new session keys to set. These are the public keys of all sessions keys
       * setup in the runtime.
       * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
       * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
       * proof format.
       **/
      setKeys: AugmentedSubmittable<(keys: VerityRuntimeSessionKeys | { babe?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [VerityRuntimeSessionKeys, Bytes]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    treasury: {
      /**
       * Check the status of the spend and remove it from the storage if processed.
       * 
       * ## Dispatch Origin
       * 
       * Must be signed.
       * 
       * ## Details
       * 
       * The status check is a prerequisite for retrying a failed payout.
       * If a spend has either succeeded or expired, it is removed from the storage by this
       * function. In such instances, transaction fees are refunded.
       * 
       * ### Parameters
       * - `index`: The spend index.
       * 
       * ## Events
       * 
       * Emits [`Event::PaymentFailed`] if the spend payout has failed.
       * Emits [`Event::SpendProcessed`] if the spend payout has succeed.
       **/
      checkStatus: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Claim a spend.
       * 
       * ## Dispatch Origin
       * 
       * Must be signed
       * 
       * ## Details
       * 
       * Spends must be claimed within some temporal bounds. A spend may be claimed within one
       * [`Config::PayoutPeriod`] from the `valid_from` block.
       * In case of a payout failure, the spend status must be updated with the `check_status`
       * dispatchable before retrying with the current function.
       * 
       * ### Parameters
       * - `index`: The spend index.
       * 
       * ## Events
       * 
       * Emits [`Event::Paid`] if successful.
       **/
      payout: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Force a previously approved proposal to be removed from the approval queue.
       * 
       * ## Dispatch Origin
       * 
       * Must be [`Config::RejectOrigin`].
       * 
       * ## Details
       * 
       * The original deposit will no longer be returned.
       * 
       * ### Parameters
       * - `proposal_id`: The index of a proposal
       * 
       * ### Complexity
       * - O(A) where `A` is the number of approvals
       * 
       * ### Errors
       * - [`Error::ProposalNotApproved`]: The `proposal_id` supplied was not found in the
       * approval queue, i.e., the proposal has not been approved. This could also mean the
       * proposal does not exist altogether, thus there is no way it would have been approved
       * in the first place.
       **/
      removeApproval: AugmentedSubmittable<(proposalId: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>]>;
      /**
       * Propose and approve a spend of treasury funds.
       * 
       * ## Dispatch Origin
       * 
       * Must be [`Config::SpendOrigin`] with the `Success` value being at least
       * `amount` of `asset_kind` in the native asset. The amount of `asset_kind` is converted
       * for assertion using the [`Config::BalanceConverter`].
       * 
       * ## Details
       * 
       * Create an approved spend for transferring a specific `amount` of `asset_kind` to a
       * designated beneficiary. The spend must be claimed using the `payout` dispatchable within
       * the [`Config::PayoutPeriod`].
       * 
       * ### Parameters
       * - `asset_kind`: An indicator of the specific asset class to be spent.
       * - `amount`: The amount to be transferred from the treasury to the `beneficiary`.
       * - `beneficiary`: The beneficiary of the spend.
       * - `valid_from`: The block number from which the spend can be claimed. It can refer to
       * the past if the resulting spend has not yet expired according to the
       * [`Config::PayoutPeriod`]. If `None`, the spend can be claimed immediately after
       * approval.
       * 
       * ## Events
       * 
       * Emits [`Event::AssetSpendApproved`] if successful.
       **/
      spend: AugmentedSubmittable<(assetKind: Null | null, amount: Compact<u128> | AnyNumber | Uint8Array, beneficiary: AccountId32 | string | Uint8Array, validFrom: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [Null, Compact<u128>, AccountId32, Option<u32>]>;
      /**
       * Propose and approve a spend of treasury funds.
       * 
       * ## Dispatch Origin
       * 
       * Must be [`Config::SpendOrigin`] with the `Success` value being at least `amount`.
       * 
       * ### Details
       * NOTE: For record-keeping purposes, the proposer is deemed to be equivalent to the
       * beneficiary.
       * 
       * ### Parameters
       * - `amount`: The amount to be transferred from the treasury to the `beneficiary`.
       * - `beneficiary`: The destination account for the transfer.
       * 
       * ## Events
       * 
       * Emits [`Event::SpendApproved`] if successful.
       **/
      spendLocal: AugmentedSubmittable<(amount: Compact<u128> | AnyNumber | Uint8Array, beneficiary: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, MultiAddress]>;
      /**
       * Void previously approved spend.
       * 
       * ## Dispatch Origin
       * 
       * Must be [`Config::RejectOrigin`].
       * 
       * ## Details
       * 
       * A spend void is only possible if the payout has not been attempted yet.
       * 
       * ### Parameters
       * - `index`: The spend index.
       * 
       * ## Events
       * 
       * Emits [`Event::AssetSpendVoided`] if successful.
       **/
      voidSpend: AugmentedSubmittable<(index: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    validators: {
      /**
       * Adds `who` to the validators; it must have set its session keys. Governance only.
       * The new set is queued at the end of the current session and active from the one
       * after it.
       **/
      addValidator: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Removes `who` from the validators. Governance only. The new set is queued at the end
       * of the current session and active from the one after it.
       **/
      removeValidator: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
  } // AugmentedSubmittables
} // declare module
