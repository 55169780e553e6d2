//! A job, its phases and the protocol parameters.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;
use verity_primitives::ModelId;

/// The native currency (shared with the providers and models pallets).
pub type CurrencyOf<T> = <T as pallet_providers::Config>::Currency;
/// Its balance type.
pub type BalanceOf<T> = <CurrencyOf<T> as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The protocol parameters, set by governance.
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
	/// Providers assigned to each job.
	pub redundancy: u32,
	/// Agreeing outputs needed to accept a result; more than half of `redundancy`.
	pub quorum: u32,
	/// Blocks from submission until commits close.
	pub commit_period: BlockNumber,
	/// Blocks from the close of commits until reveals close.
	pub reveal_period: BlockNumber,
	/// Share of its bond a provider loses for revealing an output outside the winning group.
	pub wrong_output_slash: Perbill,
	/// Share of its bond a provider loses for not committing or not revealing.
	pub no_show_slash: Perbill,
	/// Protocol fee as a share of the providers' prices; paid to the treasury on completion.
	pub protocol_fee: Perbill,
	/// Blocks a finished job and its result are kept before they are pruned.
	pub retention: BlockNumber,
}

/// What a job costs the submitter; all of it is held at submission.
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
	/// The sum of the assigned providers' prices.
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

/// One provider's part in a job.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
pub struct Assignment<AccountId, Balance> {
	/// The provider.
	pub provider: AccountId,
	/// Its price when the job was submitted.
	pub price: Balance,
	/// Its commitment, once made.
	pub commitment: Option<H256>,
	/// Whether it revealed an output matching its commitment.
	pub revealed: bool,
}

/// Why a job failed; the submitter is refunded in full.
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
	/// Fewer providers than the quorum committed before the commit deadline.
	TooFewCommits,
	/// Fewer providers than the quorum revealed before the reveal deadline.
	TooFewReveals,
	/// Enough outputs were revealed, but no group of agreeing outputs reached the quorum.
	NoQuorum,
	/// The chain had no room left to schedule the job's reveal deadline.
	Overloaded,
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
	/// It revealed an output outside the winning group.
	WrongOutput,
	/// It did not commit, or committed and did not reveal.
	NoShow,
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
	/// Assigned providers commit to their outputs until block `until`.
	Committing { until: BlockNumber },
	/// Providers who committed reveal their outputs until block `until`.
	Revealing { until: BlockNumber },
	/// A result was accepted at block `at`; it is in `Results`.
	Completed { at: BlockNumber },
	/// The job failed at block `at` and the submitter was refunded.
	Failed { at: BlockNumber, reason: FailReason },
	/// The submitter cancelled the job before any commit and was refunded.
	Cancelled { at: BlockNumber },
}

impl<BlockNumber> Phase<BlockNumber> {
	/// Whether the job has ended.
	pub fn is_final(&self) -> bool {
		matches!(self, Self::Completed { .. } | Self::Failed { .. } | Self::Cancelled { .. })
	}
}

/// An inference job.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxR))]
pub struct Job<AccountId, Balance, BlockNumber, MaxR: Get<u32>> {
	/// Who submitted and pays for it.
	pub submitter: AccountId,
	/// The model to run.
	pub model: ModelId,
	/// What the submitter was charged (and refunded in part or whole at the end).
	pub fee: Fee<Balance>,
	/// The providers drawn for it.
	pub assignments: BoundedVec<Assignment<AccountId, Balance>, MaxR>,
	/// Where it is.
	pub phase: Phase<BlockNumber>,
	/// The block it was submitted in.
	pub submitted_at: BlockNumber,
	/// The quorum in force when it was submitted.
	pub quorum: u32,
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

	/// How many providers committed.
	pub fn commits(&self) -> u32 {
		self.assignments.iter().filter(|a| a.commitment.is_some()).count() as u32
	}

	/// How many providers revealed.
	pub fn reveals(&self) -> u32 {
		self.assignments.iter().filter(|a| a.revealed).count() as u32
	}
}

/// A fee estimate for a model, before submitting.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct FeeEstimate<Balance> {
	/// The most the job can cost: `redundancy` times the highest price among eligible
	/// providers, plus royalty and protocol fee. Pass it as `max_fee`.
	pub max: Fee<Balance>,
	/// Providers currently eligible for the model.
	pub eligible_providers: u32,
	/// Providers a job is assigned to.
	pub redundancy: u32,
}

/// Why no fee estimate can be given.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub enum EstimateError {
	/// The model does not exist or is banned.
	ModelUnavailable,
	/// The input is longer than a job may carry.
	InputTooLong,
	/// Fewer eligible providers than the redundancy.
	NotEnoughProviders,
}

/// A job with its result, as clients see it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct JobView<Job> {
	pub job: Job,
	/// The accepted output, for a completed job still within the retention period.
	pub result: Option<alloc::vec::Vec<u8>>,
}
