// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    babe: {
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * Submitted configuration is invalid.
       **/
      InvalidConfiguration: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    blobs: {
      /**
       * The same data is stored and has not expired: renew it instead; or, for `renew`, it
       * was stored or renewed in this block already.
       **/
      AlreadyStored: AugmentedError<ApiType>;
      /**
       * This block stores or renews as much data as it may: try the next one.
       **/
      BlockFull: AugmentedError<ApiType>;
      /**
       * The data is empty.
       **/
      Empty: AugmentedError<ApiType>;
      /**
       * `store` and `renew` must be the call of a transaction, not dispatched from another.
       **/
      NotAnExtrinsic: AugmentedError<ApiType>;
      /**
       * No data with this hash is stored (or it expired).
       **/
      NotStored: AugmentedError<ApiType>;
      /**
       * The data is longer than `MaxBlobLen`.
       **/
      TooLong: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    convictionVoting: {
      /**
       * The account is already delegating.
       **/
      AlreadyDelegating: AugmentedError<ApiType>;
      /**
       * The account currently has votes attached to it and the operation cannot succeed until
       * these are removed through `remove_vote`.
       **/
      AlreadyVoting: AugmentedError<ApiType>;
      /**
       * The class ID supplied is invalid.
       **/
      BadClass: AugmentedError<ApiType>;
      /**
       * The class must be supplied since it is not easily determinable from the state.
       **/
      ClassNeeded: AugmentedError<ApiType>;
      /**
       * Too high a balance was provided that the account cannot afford.
       **/
      InsufficientFunds: AugmentedError<ApiType>;
      /**
       * Maximum number of votes reached.
       **/
      MaxVotesReached: AugmentedError<ApiType>;
      /**
       * Delegation to oneself makes no sense.
       **/
      Nonsense: AugmentedError<ApiType>;
      /**
       * The actor has no permission to conduct the action.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * The actor has no permission to conduct the action right now but will do in the future.
       **/
      NoPermissionYet: AugmentedError<ApiType>;
      /**
       * The account is not currently delegating.
       **/
      NotDelegating: AugmentedError<ApiType>;
      /**
       * Poll is not ongoing.
       **/
      NotOngoing: AugmentedError<ApiType>;
      /**
       * The given account did not vote on the poll.
       **/
      NotVoter: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    jobs: {
      /**
       * A `reveal_many` item would settle a job with more assignments than the batch declared
       * (`assignments`): refused, as the weight of that settlement was not paid for. Send it
       * again with a bound of at least the job's assignments.
       **/
      AboveAssignmentsBound: AugmentedError<ApiType>;
      /**
       * The job's committee was drawn (or the job ended): it can no longer be cancelled.
       **/
      AlreadyAssigned: AugmentedError<ApiType>;
      /**
       * The result is under challenge, or a challenge upheld or overturned it already (a
       * challenge that decided nothing leaves it open to another).
       **/
      AlreadyChallenged: AugmentedError<ApiType>;
      /**
       * The caller already committed.
       **/
      AlreadyCommitted: AugmentedError<ApiType>;
      /**
       * The seat gave its verdicts already.
       **/
      AlreadyJudged: AugmentedError<ApiType>;
      /**
       * The caller already revealed.
       **/
      AlreadyRevealed: AugmentedError<ApiType>;
      /**
       * The auditors per audit are zero, or leave no room in a job for its primary, an
       * escalation and a challenge (`1 + auditors + 2 × MIN_ESCALATION <= MaxRedundancy`).
       **/
      AuditorsOutOfBounds: AugmentedError<ApiType>;
      /**
       * The audit floor is below `MIN_AUDIT_FLOOR`, or `trusted_after` above
       * `MAX_TRUSTED_AFTER`.
       **/
      AuditRateOutOfBounds: AugmentedError<ApiType>;
      /**
       * The challenge window is shorter than `MIN_PERIOD`, longer than the retention or than
       * the providers' unbonding delay, or the challenge bond is zero or above
       * `MAX_CHALLENGE_BOND`.
       **/
      ChallengeOutOfBounds: AugmentedError<ApiType>;
      /**
       * The job's challenge window closed (or it had none).
       **/
      ChallengeWindowClosed: AugmentedError<ApiType>;
      /**
       * The output and salt do not match the caller's commitment.
       **/
      CommitmentMismatch: AugmentedError<ApiType>;
      /**
       * Commits are still open: outputs may be revealed only after they close.
       **/
      CommitsStillOpen: AugmentedError<ApiType>;
      /**
       * A batch call carried no items.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * The escalation committee (which a challenge committee's size follows) is smaller than
       * `MIN_ESCALATION`, even, or leaves no room for the primary, the auditors and a
       * challenge within `MaxRedundancy` (`1 + auditors + 2 × escalation`).
       **/
      EscalationOutOfBounds: AugmentedError<ApiType>;
      /**
       * The fee is above the caller's `max_fee`.
       **/
      FeeAboveMax: AugmentedError<ApiType>;
      /**
       * A generation asks for more than its model allows: more new tokens than the model's
       * `max_new_tokens`, or prompt and new tokens together longer than its `max_context`.
       **/
      GenerationTooLong: AugmentedError<ApiType>;
      /**
       * The input's data expires before the job could end (and its result be challenged):
       * `blobs.renew` it first.
       **/
      InputExpiresTooSoon: AugmentedError<ApiType>;
      /**
       * The input does not match the model's declared inputs.
       **/
      InputMismatch: AugmentedError<ApiType>;
      /**
       * No data with the input's hash and length is stored with the chain's nodes
       * (`blobs.store` it first), or it has expired.
       **/
      InputNotStored: AugmentedError<ApiType>;
      /**
       * Keys are given in the first half of the commit period at the latest, so that
       * providers have the other half to run the model.
       **/
      KeysTooLate: AugmentedError<ApiType>;
      /**
       * The model does not exist or is banned.
       **/
      ModelUnavailable: AugmentedError<ApiType>;
      /**
       * A provider of the round has no encryption key registered (it left, or changed it
       * to none).
       **/
      NoEncryptionKey: AugmentedError<ApiType>;
      /**
       * No round of the job is committing, or its providers were given their keys already.
       **/
      NoKeysToGive: AugmentedError<ApiType>;
      /**
       * The protocol parameters are not set.
       **/
      NoParams: AugmentedError<ApiType>;
      /**
       * Only the seats of the round that revealed an output judge.
       **/
      NotAJudge: AugmentedError<ApiType>;
      /**
       * The caller was not drawn for this job.
       **/
      NotAssigned: AugmentedError<ApiType>;
      /**
       * The caller did not commit, so it has nothing to reveal.
       **/
      NotCommitted: AugmentedError<ApiType>;
      /**
       * The job is not in its commit phase.
       **/
      NotCommitting: AugmentedError<ApiType>;
      /**
       * Only a completed job's result can be challenged.
       **/
      NotCompleted: AugmentedError<ApiType>;
      /**
       * No provider holding the minimum bond, other than the caller, serves the model.
       **/
      NotEnoughProviders: AugmentedError<ApiType>;
      /**
       * Only the job's submitter or a provider holding the minimum bond may challenge.
       **/
      NotEntitledToChallenge: AugmentedError<ApiType>;
      /**
       * The job's round is not judging (only a private `Tolerance` job's round whose sealed
       * outputs differ judges, after its reveals).
       **/
      NotJudging: AugmentedError<ApiType>;
      /**
       * The job is not private.
       **/
      NotPrivate: AugmentedError<ApiType>;
      /**
       * The job is not in its reveal phase.
       **/
      NotRevealing: AugmentedError<ApiType>;
      /**
       * Only the submitter may cancel.
       **/
      NotSubmitter: AugmentedError<ApiType>;
      /**
       * The output is no longer than `MaxOutputLen`: it is revealed on chain, not stored.
       **/
      OutputFitsOnChain: AugmentedError<ApiType>;
      /**
       * A stored output is revealed by hash, but no data of that hash and length is stored
       * (reveal it with its bytes: `reveal_stored`).
       **/
      OutputNotStored: AugmentedError<ApiType>;
      /**
       * The output is longer than stored data may be.
       **/
      OutputTooLong: AugmentedError<ApiType>;
      /**
       * The ids ran out.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * A commit or reveal period is outside `MIN_PERIOD..=MAX_PERIOD` blocks.
       **/
      PeriodOutOfBounds: AugmentedError<ApiType>;
      /**
       * Private jobs run only models that do not generate (a generation's auditors check its
       * tokens in the clear), and a private job of a `Tolerance` model cannot be challenged:
       * its earlier seats could not judge the committee's outputs (docs/privacy.md).
       **/
      PrivateNotSupported: AugmentedError<ApiType>;
      /**
       * The protocol fee is above `MAX_PROTOCOL_FEE`.
       **/
      ProtocolFeeTooHigh: AugmentedError<ApiType>;
      /**
       * The redundancy is zero or above `MaxRedundancy`.
       **/
      RedundancyOutOfBounds: AugmentedError<ApiType>;
      /**
       * The retention is outside `MIN_RETENTION..=MAX_RETENTION` blocks.
       **/
      RetentionOutOfBounds: AugmentedError<ApiType>;
      /**
       * The caller's round of this job is over: the job's current round (its auditors' or
       * an escalation's) commits or reveals now.
       **/
      RoundClosed: AugmentedError<ApiType>;
      /**
       * A slash is above its bound (`MAX_WRONG_OUTPUT_SLASH`, `MAX_NO_SHOW_SLASH`).
       **/
      SlashOutOfBounds: AugmentedError<ApiType>;
      /**
       * Too many deadlines fall in the coming blocks; try again later.
       **/
      TooManyJobs: AugmentedError<ApiType>;
      /**
       * No job has this id.
       **/
      UnknownJob: AugmentedError<ApiType>;
      /**
       * Keys come one for each provider of the round committing, in the order drawn.
       **/
      WrongKeyCount: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    models: {
      /**
       * A generator's `max_new_tokens` is not between 1 and 4,096, its `max_context` does not
       * exceed it, or its logit margin is above 0.1 (100,000 ppm).
       **/
      BadGenerationLimits: AugmentedError<ApiType>;
      /**
       * The I/O spec declares no input, no output, or an unnamed tensor.
       **/
      BadIoSpec: AugmentedError<ApiType>;
      /**
       * An image model's channel mean is above 1 or its standard deviation is 0 or above 10.
       **/
      BadPreprocessing: AugmentedError<ApiType>;
      /**
       * The size is zero or above the largest model allowed.
       **/
      BadSize: AugmentedError<ApiType>;
      /**
       * A tolerance bound is zero in both parts; use `Exact` instead.
       **/
      BadTolerance: AugmentedError<ApiType>;
      /**
       * The URI is empty or its scheme is not `file://`, `http://` or `https://`.
       **/
      BadUri: AugmentedError<ApiType>;
      /**
       * An account appears twice among the beneficiaries.
       **/
      DuplicateBeneficiary: AugmentedError<ApiType>;
      /**
       * A model with this content hash is already registered.
       **/
      DuplicateHash: AugmentedError<ApiType>;
      /**
       * A royalty is charged but nobody receives it.
       **/
      NoBeneficiaries: AugmentedError<ApiType>;
      /**
       * A generator's I/O spec is not the generation interface (`input_ids [1, ?]`,
       * `max_new_tokens [1]`, optionally `eos_token_id [1]`; `tokens [1, ?]`; all Int64),
       * or its rule is not `Exact`.
       **/
      NotAGenerator: AugmentedError<ApiType>;
      /**
       * An image model's I/O spec does not take exactly one Float32 [1, 3, H, W] input with
       * H and W fixed.
       **/
      NotAnImageModel: AugmentedError<ApiType>;
      /**
       * Only the model's owner may do this.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * `Suspended` is not set by governance: a model is suspended when its deposit runs
       * short, and active again when its owner holds it again.
       **/
      NotSettable: AugmentedError<ApiType>;
      /**
       * The ids ran out.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * Royalty shares do not add up to exactly 100%.
       **/
      SharesNotWhole: AugmentedError<ApiType>;
      /**
       * The model already has this status.
       **/
      StatusUnchanged: AugmentedError<ApiType>;
      /**
       * A tolerance bound is above 1e-2 (`MAX_TOLERANCE_PPB`): outputs that far apart do not
       * show the same computation.
       **/
      ToleranceTooLoose: AugmentedError<ApiType>;
      /**
       * No model has this id.
       **/
      UnknownModel: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    preimage: {
      /**
       * Preimage has already been noted on-chain.
       **/
      AlreadyNoted: AugmentedError<ApiType>;
      /**
       * The user is not authorized to perform this action.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The preimage cannot be removed since it has not yet been noted.
       **/
      NotNoted: AugmentedError<ApiType>;
      /**
       * The preimage request cannot be removed since no outstanding requests exist.
       **/
      NotRequested: AugmentedError<ApiType>;
      /**
       * A preimage may not be removed when there are outstanding requests.
       **/
      Requested: AugmentedError<ApiType>;
      /**
       * Preimage is too large to store on-chain.
       **/
      TooBig: AugmentedError<ApiType>;
      /**
       * Too few hashes were requested to be upgraded (i.e. zero).
       **/
      TooFew: AugmentedError<ApiType>;
      /**
       * More than `MAX_HASH_UPGRADE_BULK_COUNT` hashes were requested to be upgraded at once.
       **/
      TooMany: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    providers: {
      /**
       * The account is already a provider.
       **/
      AlreadyRegistered: AugmentedError<ApiType>;
      /**
       * The provider is already suspended.
       **/
      AlreadySuspended: AugmentedError<ApiType>;
      /**
       * The bond is below the minimum.
       **/
      BondTooLow: AugmentedError<ApiType>;
      /**
       * A model appears twice.
       **/
      DuplicateModel: AugmentedError<ApiType>;
      /**
       * The provider is unbonding.
       **/
      IsUnbonding: AugmentedError<ApiType>;
      /**
       * The minimum bond is below `MinBondFloor` or above `MaxMinBond`.
       **/
      MinBondOutOfBounds: AugmentedError<ApiType>;
      /**
       * A model does not exist or does not accept new providers.
       **/
      ModelNotServable: AugmentedError<ApiType>;
      /**
       * No models were given.
       **/
      NoModels: AugmentedError<ApiType>;
      /**
       * The account is not a provider.
       **/
      NotProvider: AugmentedError<ApiType>;
      /**
       * The provider is not suspended.
       **/
      NotSuspended: AugmentedError<ApiType>;
      /**
       * The provider is not unbonding.
       **/
      NotUnbonding: AugmentedError<ApiType>;
      /**
       * The encryption key is the one registered already.
       **/
      SameEncryptionKey: AugmentedError<ApiType>;
      /**
       * The unbonding delay has not passed yet.
       **/
      StillLocked: AugmentedError<ApiType>;
      /**
       * A model's pool is full and the caller's stake is not above its lowest.
       **/
      TooManyProviders: AugmentedError<ApiType>;
      /**
       * The unbonding delay is above `MaxUnbondingDelay`.
       **/
      UnbondingDelayTooLong: AugmentedError<ApiType>;
      /**
       * The encryption key is of small order: every key wrapped to it would be readable by
       * anyone (its shared secrets are all 0).
       **/
      WeakEncryptionKey: AugmentedError<ApiType>;
      /**
       * The rotation given is not the next one (0 for a first key, else the registered
       * key's rotation plus one): another change landed first.
       **/
      WrongRotation: AugmentedError<ApiType>;
      /**
       * The amount is zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    referenda: {
      /**
       * The referendum index provided is invalid in this context.
       **/
      BadReferendum: AugmentedError<ApiType>;
      /**
       * The referendum status is invalid for this operation.
       **/
      BadStatus: AugmentedError<ApiType>;
      /**
       * The track identifier given was invalid.
       **/
      BadTrack: AugmentedError<ApiType>;
      /**
       * There are already a full complement of referenda in progress for this track.
       **/
      Full: AugmentedError<ApiType>;
      /**
       * Referendum's decision deposit is already paid.
       **/
      HasDeposit: AugmentedError<ApiType>;
      /**
       * The deposit cannot be refunded since none was made.
       **/
      NoDeposit: AugmentedError<ApiType>;
      /**
       * The deposit refunder is not the depositor.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * There was nothing to do in the advancement.
       **/
      NothingToDo: AugmentedError<ApiType>;
      /**
       * Referendum is not ongoing.
       **/
      NotOngoing: AugmentedError<ApiType>;
      /**
       * No track exists for the proposal origin.
       **/
      NoTrack: AugmentedError<ApiType>;
      /**
       * The preimage does not exist.
       **/
      PreimageNotExist: AugmentedError<ApiType>;
      /**
       * The preimage is stored with a different length than the one provided.
       **/
      PreimageStoredWithDifferentLength: AugmentedError<ApiType>;
      /**
       * The queue of the track is empty.
       **/
      QueueEmpty: AugmentedError<ApiType>;
      /**
       * Any deposit cannot be refunded until after the decision is over.
       **/
      Unfinished: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    scheduler: {
      /**
       * Failed to schedule a call
       **/
      FailedToSchedule: AugmentedError<ApiType>;
      /**
       * Attempt to use a non-named function on a named task.
       **/
      Named: AugmentedError<ApiType>;
      /**
       * Cannot find the scheduled call.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Reschedule failed because it does not change scheduled time.
       **/
      RescheduleNoChange: AugmentedError<ApiType>;
      /**
       * Given target block number is in the past.
       **/
      TargetBlockNumberInPast: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    treasury: {
      /**
       * The payment has already been attempted.
       **/
      AlreadyAttempted: AugmentedError<ApiType>;
      /**
       * The spend is not yet eligible for payout.
       **/
      EarlyPayout: AugmentedError<ApiType>;
      /**
       * The balance of the asset kind is not convertible to the balance of the native asset.
       **/
      FailedToConvertBalance: AugmentedError<ApiType>;
      /**
       * The payment has neither failed nor succeeded yet.
       **/
      Inconclusive: AugmentedError<ApiType>;
      /**
       * The spend origin is valid but the amount it is allowed to spend is lower than the
       * amount to be spent.
       **/
      InsufficientPermission: AugmentedError<ApiType>;
      /**
       * No proposal, bounty or spend at that index.
       **/
      InvalidIndex: AugmentedError<ApiType>;
      /**
       * The payout was not yet attempted/claimed.
       **/
      NotAttempted: AugmentedError<ApiType>;
      /**
       * There was some issue with the mechanism of payment.
       **/
      PayoutError: AugmentedError<ApiType>;
      /**
       * Proposal has not been approved.
       **/
      ProposalNotApproved: AugmentedError<ApiType>;
      /**
       * The spend has expired and cannot be claimed.
       **/
      SpendExpired: AugmentedError<ApiType>;
      /**
       * Too many approvals in the queue.
       **/
      TooManyApprovals: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    validators: {
      /**
       * The account is a validator already.
       **/
      AlreadyValidator: AugmentedError<ApiType>;
      /**
       * The account has not set session keys (`session.setKeys`).
       **/
      NoSessionKeys: AugmentedError<ApiType>;
      /**
       * The account is not a validator.
       **/
      NotValidator: AugmentedError<ApiType>;
      /**
       * Removing the validator would leave fewer than `MinValidators`.
       **/
      TooFewValidators: AugmentedError<ApiType>;
      /**
       * The set is full (`MaxValidators`).
       **/
      TooManyValidators: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
