//! A job, its phases and the protocol parameters.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;
use verity_primitives::{FailureKind, ModelId, Outcome};

/// The native currency (shared with the providers and models pallets).
pub type CurrencyOf<T> = <T as pallet_providers::Config>::Currency;
/// Its balance type.
pub type BalanceOf<T> = <CurrencyOf<T> as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The protocol parameters, set by governance within bounds (see [`crate::bounds`]). A job
/// copies them into its [`JobTerms`] when it is submitted: a later change never reaches it.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolParams<BlockNumber> {
	/// Auditors drawn for an audited job (`k`), never its primary.
	pub auditors: u32,
	/// The lowest chance that a trusted primary's job is audited (`q_min`).
	pub audit_floor: Perbill,
	/// Consecutive valid checked results (on one model) after which a provider is trusted:
	/// below it every job it serves as primary is audited; from it on a job is audited with
	/// probability `max(audit_floor, 1 / count)`.
	pub trusted_after: u32,
	/// Seats of the committee drawn when an audit disagrees; a majority of them decides.
	pub escalation: u32,
	/// Blocks from the draw of a committee until commits close.
	pub commit_period: BlockNumber,
	/// Blocks from the close of commits until reveals close.
	pub reveal_period: BlockNumber,
	/// What a provider loses per seat for revealing an output outside the winning group (or
	/// one that breaks the model's declared outputs), as a share of the minimum bond. A job's
	/// wrong-output slash is never below `seat price × (1 − audit_floor) / audit_floor`, so
	/// cheating does not pay in expectation (docs/verification.md).
	pub wrong_output_slash: Perbill,
	/// What a provider loses per seat for not delivering (no commit, no reveal, or a failure
	/// where others delivered an output), as a share of the minimum bond. Only when another
	/// member of the committee revealed a valid output.
	pub no_show_slash: Perbill,
	/// Protocol fee as a share of the providers' prices; paid to the treasury on completion.
	pub protocol_fee: Perbill,
	/// Blocks a finished job and its result are kept before they are pruned.
	pub retention: BlockNumber,
	/// Blocks after a job completes during which its submitter or any bonded provider may
	/// challenge the result (at most `retention`, and no longer than providers' unbonding
	/// delay, so that a provider paid for a result is still bonded when it is overturned).
	pub challenge_period: BlockNumber,
	/// What a challenger posts, as a share of the minimum bond: lost to the challenge
	/// committee and the treasury if the result stands.
	pub challenge_bond: Perbill,
}

/// How a job's result is verified, chosen by its submitter.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Tier {
	/// One primary provider runs the job. After its commit is in a block the chain draws,
	/// with fresh randomness, whether the job is audited (always for a provider not yet
	/// trusted on the model, else with probability `max(audit_floor, 1 / record)`); if so,
	/// `auditors` more providers run it. A disagreement goes to an escalation committee.
	#[default]
	#[codec(index = 0)]
	Audited,
	/// `redundancy` seats run the job and a majority of them must agree.
	#[codec(index = 1)]
	Quorum { redundancy: u32 },
}

/// What a provider was drawn for.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Role {
	/// A seat of a `Quorum` job's committee, or an audited job's primary.
	#[default]
	#[codec(index = 0)]
	Member,
	/// An auditor of an audited job, drawn after the primary committed.
	#[codec(index = 1)]
	Auditor,
	/// A seat of the escalation committee, drawn after an audit disagreed.
	#[codec(index = 2)]
	Referee,
	/// A seat of a challenge committee, drawn after a completed result was challenged.
	#[codec(index = 3)]
	Challenger,
}

/// Where an audited job is in its verification.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Audit {
	/// A `Quorum` job: its committee votes; no audit.
	#[default]
	#[codec(index = 0)]
	NotApplicable,
	/// The primary has not committed yet, or the audit draw has not happened.
	#[codec(index = 1)]
	Pending,
	/// The draw left the job unaudited: the primary's outcome stands alone.
	#[codec(index = 2)]
	Skipped,
	/// The draw chose an audit but no provider other than the primary and the submitter could
	/// be drawn: the primary's outcome stands alone.
	#[codec(index = 3)]
	NoAuditors,
	/// Auditors were drawn.
	#[codec(index = 4)]
	Audited,
	/// The audit disagreed (or the primary withheld its reveal): an escalation committee was
	/// drawn and decides.
	#[codec(index = 5)]
	Escalated,
	/// The completed result was challenged: a challenge committee re-runs the job. How the
	/// job was verified before is in its `Challenges` record.
	#[codec(index = 6)]
	Challenged,
}

/// The terms a job runs under, fixed when it is submitted.
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
pub struct JobTerms<Balance, BlockNumber> {
	/// Seats of its first committee: the `Quorum` tier's redundancy, or 1 (the primary).
	pub redundancy: u32,
	/// Seats of the first committee that must agree (1 for an audited job's primary).
	pub quorum: u32,
	/// Auditors drawn if the job is audited.
	pub auditors: u32,
	/// The lowest audit probability of a trusted primary.
	pub audit_floor: Perbill,
	/// Consecutive valid results after which a primary is trusted.
	pub trusted_after: u32,
	/// Seats of an escalation committee.
	pub escalation: u32,
	/// Blocks from the draw until commits close.
	pub commit_period: BlockNumber,
	/// Blocks from the close of commits until reveals close.
	pub reveal_period: BlockNumber,
	/// Slashed per seat for a wrong output.
	pub wrong_output_slash: Balance,
	/// Slashed per seat for not delivering while others did.
	pub no_show_slash: Balance,
	/// The protocol fee's share of the providers' prices.
	pub protocol_fee: Perbill,
	/// Blocks the ended job is kept.
	pub retention: BlockNumber,
	/// Blocks after completion during which the result may be challenged.
	pub challenge_period: BlockNumber,
	/// What a challenger posts.
	pub challenge_bond: Balance,
	/// The most one seat pays: the stake-weighted median price of the model's pool at
	/// submission. A provider asking more (or that raised its price since) is paid this.
	pub seat_price_cap: Balance,
}

/// What a job costs the submitter. At submission the most it can cost is held (every seat at
/// the seat price cap, the stake-weighted median price of the pool); once the committee is drawn, the fee is what the drawn
/// seats cost and the rest of the hold is released.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Fee<Balance> {
	/// The sum of the seats' prices.
	pub compute: Balance,
	/// The model's royalty per job.
	pub royalty: Balance,
	/// The protocol fee for the treasury.
	pub protocol: Balance,
}

impl<Balance: sp_runtime::Saturating + Copy> Fee<Balance> {
	/// The whole amount held.
	pub fn total(&self) -> Balance {
		self.compute.saturating_add(self.royalty).saturating_add(self.protocol)
	}
}

/// One provider's part in a job: the seats it was drawn for. It runs the job once; its outcome
/// counts once per seat in the vote, and it is paid (or slashed) per seat.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Assignment<AccountId, Balance> {
	/// The provider.
	pub provider: AccountId,
	/// How many of the committee's seats it holds (at least one).
	pub seats: u32,
	/// What one seat pays it: its price when drawn, at most the job's seat price cap.
	pub price: Balance,
	/// Its commitment, once made.
	pub commitment: Option<H256>,
	/// Whether it revealed an outcome matching its commitment.
	pub revealed: bool,
	/// What it was drawn for.
	pub role: Role,
}

/// A provider's part in a job of a runtime.
pub type AssignmentOf<T> = Assignment<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

/// Why a job failed. The submitter is refunded in full, except for `Unprocessable` jobs whose
/// input was at fault: those pay the providers who agreed on the failure.
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
pub enum FailReason {
	/// Fewer seats than the quorum committed before the commit deadline.
	#[codec(index = 0)]
	TooFewCommits,
	/// Fewer seats than the quorum revealed before the reveal deadline.
	#[codec(index = 1)]
	TooFewReveals,
	/// Enough seats revealed, but no group of agreeing outcomes reached the quorum.
	#[codec(index = 2)]
	NoQuorum,
	/// The chain had no room left to schedule the job's next deadline.
	#[codec(index = 3)]
	Overloaded,
	/// The model had no provider (other than the submitter) when the committee was drawn.
	#[codec(index = 4)]
	NoProviders,
	/// No fresh randomness to draw the committee from came within `DrawDelay` plus the commit
	/// period after the submission.
	#[codec(index = 5)]
	NoRandomness,
	/// The committee agreed that the job cannot be done, and why. For a fault of the model
	/// (`FailureKind::is_models_fault`) its owner's deposit pays the providers and the
	/// submitter is refunded in full; otherwise the submitter pays them their price.
	#[codec(index = 6)]
	Unprocessable(FailureKind),
	/// The job was in flight when a runtime upgrade changed what providers commit to, so its
	/// commitments could not be opened: it ended with a full refund, nobody slashed.
	#[codec(index = 7)]
	Upgraded,
	/// A private job whose providers could not read its input: its submitter gave no keys
	/// (or not to enough of them), or they did not open. Full refund, nobody paid or slashed
	/// (the chain cannot tell whose fault it was).
	#[codec(index = 8)]
	KeysUnusable,
}

/// Why a provider was slashed.
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
pub enum SlashReason {
	/// It revealed an output outside the winning group, or one that breaks the model's
	/// declared outputs.
	WrongOutput,
	/// It did not deliver (did not commit, did not reveal, or revealed a failure) while
	/// another member of the committee revealed a valid output.
	NoShow,
	/// It stood behind a completed result that a challenge committee overturned.
	Overturned,
}

/// Where a job is in its life.
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
pub enum Phase<BlockNumber> {
	/// Assigned providers commit to their outcomes until block `until`.
	#[codec(index = 0)]
	Committing { until: BlockNumber },
	/// Providers who committed reveal their outcomes until block `until`.
	#[codec(index = 1)]
	Revealing { until: BlockNumber },
	/// A result was accepted at block `at`; it is in `Results`.
	#[codec(index = 2)]
	Completed { at: BlockNumber },
	/// The job failed at block `at`.
	#[codec(index = 3)]
	Failed { at: BlockNumber, reason: FailReason },
	/// The submitter cancelled the job before its committee was drawn and was refunded. Since
	/// spec 110 a cancelled job is removed at once, so no stored job is in this phase; the
	/// variant keeps its index for older records.
	#[codec(index = 4)]
	Cancelled { at: BlockNumber },
	/// Submitted; its committee is drawn in block `at` from that block's randomness, which
	/// nobody knew when the job was submitted.
	#[codec(index = 5)]
	Assigning { at: BlockNumber },
	/// The primary of an audited job committed in block `since`; whether the job is audited
	/// (and by whom) is drawn in block `at` from randomness first known after `since`.
	#[codec(index = 6)]
	Auditing { at: BlockNumber, since: BlockNumber },
	/// The audit disagreed and every outcome was revealed in block `since`; the escalation
	/// committee is drawn in block `at` from randomness first known after `since`.
	#[codec(index = 7)]
	Escalating { at: BlockNumber, since: BlockNumber },
	/// The completed result was challenged in block `since`; the challenge committee is drawn
	/// in block `at` from randomness first known after `since`.
	#[codec(index = 8)]
	Challenged { at: BlockNumber, since: BlockNumber },
	/// A private job of a `Tolerance` model whose round revealed sealed outputs that differ:
	/// until block `until`, each of the round's seats that revealed an output opens the others
	/// and says which agree with its own (`judge`); the round is voted on with those verdicts.
	#[codec(index = 9)]
	Judging { until: BlockNumber },
}

impl<BlockNumber> Phase<BlockNumber> {
	/// Whether the job has ended.
	pub fn is_final(&self) -> bool {
		matches!(self, Self::Completed { .. } | Self::Failed { .. } | Self::Cancelled { .. })
	}
}

/// A job's input as submitted: its bytes, or the hash and length of data the chain's nodes
/// keep (pallet-blobs).
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum JobInput<MaxInputLen: Get<u32>> {
	/// The canonical-encoded input tensors, held in the jobs pallet's state.
	Inline(BoundedVec<u8, MaxInputLen>),
	/// Data stored with `blobs.store`: its blake2-256 hash and length.
	Stored { hash: H256, len: u32 },
	/// A private job's input: data stored with `blobs.store`, sealed under a content key, and
	/// the commitment to that key (docs/privacy.md).
	Sealed { hash: H256, len: u32, key_commitment: [u8; 32] },
}

/// What the chain keeps of a private job (docs/privacy.md): the commitment to its content key,
/// and the rounds whose providers its submitter gave the key (`provide_keys`).
/// A seat's verdicts in a judged round of a private `Tolerance` job (`crate::judging`): the
/// assignment it holds, and which assignments' sealed outputs agree with its own — bit `i` for
/// assignment `i` — once it has judged (`None` until then).
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
pub struct Judgement {
	/// The judge's assignment index.
	pub seat: u32,
	/// Bit `i`: assignment `i`'s output agrees with the judge's.
	pub agrees: Option<u64>,
}

impl Judgement {
	/// Whether the judge said assignment `i`'s output agrees with its own (`None`: it gave no
	/// verdicts).
	pub fn says(&self, i: usize) -> Option<bool> {
		self.agrees.map(|bits| i < 64 && (bits >> i) & 1 == 1)
	}
}

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
pub struct PrivateJob {
	pub key_commitment: [u8; 32],
	/// One bit a role (bits 0-3: member, auditor, referee, challenger): its providers were
	/// given the key; the same bit four places higher (bits 4-7): given late, after the first
	/// quarter of the round's commit period.
	pub keyed: u8,
}

impl PrivateJob {
	fn bit(role: Role) -> u8 {
		match role {
			Role::Member => 1,
			Role::Auditor => 2,
			Role::Referee => 4,
			Role::Challenger => 8,
		}
	}

	/// Whether the providers of `role` were given the key.
	pub fn keyed(&self, role: Role) -> bool {
		self.keyed & Self::bit(role) != 0
	}

	/// Records that the providers of `role` were given the key, or (`false`) were not.
	pub fn set_keyed(&mut self, role: Role, keyed: bool) {
		if keyed {
			self.keyed |= Self::bit(role);
		} else {
			self.keyed &= !(Self::bit(role) | (Self::bit(role) << 4));
		}
	}

	/// Whether the providers of `role` were given the key late (after the first quarter of
	/// their commit period): those that did not commit are not slashed for it.
	pub fn late(&self, role: Role) -> bool {
		self.keyed & (Self::bit(role) << 4) != 0
	}

	/// Records that the providers of `role` were given the key late.
	pub fn set_late(&mut self, role: Role) {
		self.keyed |= Self::bit(role) << 4;
	}
}

/// A private job's content key wrapped to one seat holder (`provide_keys`): the x25519 public
/// key it was wrapped with and the 48 wrapped bytes (`verity_primitives::privacy::wrap`).
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
pub struct SeatKey {
	pub ephemeral: [u8; 32],
	pub wrapped: verity_primitives::privacy::WrappedKey,
}

/// An inference job.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxR))]
pub struct Job<AccountId, Balance, BlockNumber, MaxR: Get<u32>> {
	/// Who submitted and pays for it.
	pub submitter: AccountId,
	/// The model to run.
	pub model: ModelId,
	/// blake2-256 of its input.
	pub input_hash: H256,
	/// What the submitter is charged (and refunded in part or whole at the end).
	pub fee: Fee<Balance>,
	/// The providers drawn for it, each with its seats; empty until the draw.
	pub assignments: BoundedVec<Assignment<AccountId, Balance>, MaxR>,
	/// Where it is.
	pub phase: Phase<BlockNumber>,
	/// The block it was submitted in.
	pub submitted_at: BlockNumber,
	/// The terms it runs under.
	pub terms: JobTerms<Balance, BlockNumber>,
	/// How its result is verified.
	pub tier: Tier,
	/// Whether it was audited (for an audited job).
	pub audit: Audit,
}

/// The job of a runtime.
pub type JobOf<T> = Job<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	BlockNumberFor<T>,
	<T as crate::Config>::MaxRedundancy,
>;

impl<AccountId: PartialEq, Balance, BlockNumber, MaxR: Get<u32>>
	Job<AccountId, Balance, BlockNumber, MaxR>
{
	/// The assignment of `who`, if it was drawn.
	pub fn assignment_mut(
		&mut self,
		who: &AccountId,
	) -> Option<&mut Assignment<AccountId, Balance>> {
		self.assignments.iter_mut().find(|a| &a.provider == who)
	}

	/// Seats whose providers committed.
	pub fn committed_seats(&self) -> u32 {
		self.seats_where(|a| a.commitment.is_some())
	}

	/// Seats whose providers revealed.
	pub fn revealed_seats(&self) -> u32 {
		self.seats_where(|a| a.revealed)
	}

	/// Whether every provider that committed has revealed.
	pub fn all_revealed(&self) -> bool {
		self.assignments.iter().all(|a| a.commitment.is_none() || a.revealed)
	}

	/// Whether every provider drawn in the current round has committed (an escalation's
	/// referees, an audit's auditors, or the first committee).
	pub fn round_committed(&self) -> bool {
		let round = self.round();
		self.assignments.iter().filter(|a| a.role == round).all(|a| a.commitment.is_some())
	}

	/// Whether every provider of the round revealing now (with an audit's, its primary too)
	/// that committed has revealed.
	pub fn round_revealed(&self) -> bool {
		self.assignments
			.iter()
			.filter(|a| self.reveals_now(a.role))
			.all(|a| a.commitment.is_none() || a.revealed)
	}

	/// Whether a provider drawn as `role` takes part in the current round: its own, or, for an
	/// audited job's primary, its auditors' (the primary reveals with them).
	pub fn reveals_now(&self, role: Role) -> bool {
		let round = self.round();
		role == round || (round == Role::Auditor && role == Role::Member)
	}

	/// Whether assignment `i` takes part in the current round ([`Self::reveals_now`]).
	pub fn in_round(&self, i: usize) -> bool {
		self.assignments.get(i).is_some_and(|a| self.reveals_now(a.role))
	}

	/// The role of the providers drawn last: who is committing or revealing now.
	pub fn round(&self) -> Role {
		match self.audit {
			Audit::Challenged => Role::Challenger,
			Audit::Escalated => Role::Referee,
			Audit::Audited => Role::Auditor,
			_ => Role::Member,
		}
	}

	/// The seats of the assignments `f` accepts.
	pub fn seats_where(&self, f: impl Fn(&Assignment<AccountId, Balance>) -> bool) -> u32 {
		self.assignments.iter().filter(|a| f(a)).fold(0u32, |n, a| n.saturating_add(a.seats))
	}
}

/// A challenge of a completed result.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Challenge<AccountId, Balance, BlockNumber> {
	/// Who challenged: the submitter or a bonded provider.
	pub challenger: AccountId,
	/// What it posted (held from it until the challenge ends).
	pub bond: Balance,
	/// The block the challenged result was accepted in.
	pub completed_at: BlockNumber,
	/// How the job was verified before the challenge.
	pub audit: Audit,
	/// How it ended, once it has.
	pub verdict: Option<ChallengeVerdict>,
}

/// How a challenge ended.
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
pub enum ChallengeVerdict {
	/// The committee agreed with the result: the challenger's bond paid the committee and the
	/// treasury.
	#[codec(index = 0)]
	Upheld,
	/// The committee agreed on another output: those who stood behind the result were
	/// slashed and the challenger was refunded and paid.
	#[codec(index = 1)]
	Overturned,
	/// The committee decided nothing (too few commits or reveals, no majority, nobody to draw,
	/// no randomness, no room) or agreed on a failure (`Unprocessable`): the result stands and
	/// the challenger was refunded. Not stored since spec 112's release: a void challenge's
	/// record is removed and the job may be challenged again (`ChallengeVoid` is its trace).
	#[codec(index = 2)]
	Void(FailReason),
}

/// A challenge in a runtime.
pub type ChallengeOf<T> =
	Challenge<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A fee estimate for a model, before submitting.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct FeeEstimate<Balance> {
	/// The most the job can cost, and what is held at submission: `redundancy` seats at the
	/// seat price cap (the stake-weighted median price of the providers holding the minimum
	/// bond), plus royalty and protocol fee. Pass it as
	/// `max_fee`. What the drawn seats do not cost is released when they are drawn.
	pub max: Fee<Balance>,
	/// Providers currently eligible for the model.
	pub eligible_providers: u32,
	/// Seats of a job's first committee (1 for an audited job).
	pub redundancy: u32,
	/// The tier estimated.
	pub tier: Tier,
	/// Seats paid for at most: the first committee's, plus the auditors' for an audited job.
	pub max_seats: u32,
}

/// A provider's record on a model, as clients see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct TrustView {
	/// Consecutive valid checked results on the model.
	pub consecutive_valid: u32,
	/// Whether it is trusted (its record reached `trusted_after`).
	pub trusted: bool,
	/// The chance that a job it serves as primary is audited now.
	pub audit_probability: Perbill,
}

/// Why no fee estimate can be given.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub enum EstimateError {
	/// The model does not exist or is banned.
	ModelUnavailable,
	/// The input is longer than a job may carry, inline or stored with the chain's nodes.
	InputTooLong,
	/// No eligible provider serves the model.
	NotEnoughProviders,
	/// The protocol parameters are not set.
	NoParams,
	/// The tier's redundancy is below 2 or above `MaxRedundancy`.
	TierOutOfBounds,
}

/// An outcome revealed on chain: a bounded output, or a failure.
pub type RevealedOutcome<MaxOutputLen> = Outcome<BoundedVec<u8, MaxOutputLen>>;
/// The revealed outcome of a runtime.
pub type RevealedOutcomeOf<T> = RevealedOutcome<<T as crate::Config>::MaxOutputLen>;
/// A job's terms in a runtime.
pub type JobTermsOf<T> = JobTerms<BalanceOf<T>, BlockNumberFor<T>>;

/// A job with its result, as clients see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct JobView<Job> {
	pub job: Job,
	/// The accepted output, for a completed job still within the retention period.
	pub result: Option<alloc::vec::Vec<u8>>,
	/// The blake2-256 hash and length of the accepted output when it is longer than
	/// `MaxOutputLen`: the bytes are stored data (`bitswap_v1_get`, the blobs pallet).
	pub stored_result: Option<(sp_core::H256, u32)>,
}

/// A job's input and output as typed tensors (`jobsApi.tensors`): what a client decodes by the
/// runtime's metadata, without a codec of its own.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct JobTensors {
	/// The input, when the chain holds its bytes (not for a stored input).
	pub input: Option<alloc::vec::Vec<verity_primitives::Tensor>>,
	/// The accepted output, once the job completed, when the chain holds its bytes.
	pub output: Option<alloc::vec::Vec<verity_primitives::Tensor>>,
}
