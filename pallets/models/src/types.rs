//! The model entry and its parts.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*, traits::fungible::Inspect, CloneNoBound, DebugNoBound, EqNoBound,
	PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Perbill;
use verity_primitives::{ComparisonRule, IoSpec, ModelHash};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A royalty beneficiary and its share of the royalty.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Beneficiary<AccountId> {
	pub account: AccountId,
	pub share: Perbill,
}

/// The beneficiaries of a model's royalty.
pub type RoyaltiesOf<T> = BoundedVec<
	Beneficiary<<T as frame_system::Config>::AccountId>,
	<T as Config>::MaxBeneficiaries,
>;

/// Whether a model may be served and used.
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
pub enum ModelStatus {
	/// Providers may take it up and users may submit jobs.
	Active,
	/// Jobs still run, but no provider may newly start serving it.
	Deprecated,
	/// No new jobs and no new providers.
	Banned,
	/// Its deposit paid providers for a failure that was the model's fault and no longer covers
	/// the entry: no new jobs and no new providers until the owner holds the deposit again
	/// (`set_uri`), when it is `Active` again, or `Deprecated` if it was.
	Suspended {
		/// Whether it was `Deprecated` when suspended.
		deprecated: bool,
	},
}

/// A registered model.
#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
#[scale_info(skip_type_params(MaxUri, MaxBen))]
pub struct ModelInfo<AccountId, Balance, MaxUri: Get<u32>, MaxBen: Get<u32>> {
	/// Who registered it and may change its URI and royalties.
	pub owner: AccountId,
	/// blake2-256 of the ONNX bytes.
	pub hash: ModelHash,
	/// Length of the ONNX bytes.
	pub size: u64,
	/// Where the bytes are fetched from.
	pub uri: BoundedVec<u8, MaxUri>,
	/// The tensors it takes and returns.
	pub io: IoSpec,
	/// How outputs are compared in the vote.
	pub rule: ComparisonRule,
	/// Paid per completed job, split among `royalties`.
	pub royalty_per_job: Balance,
	/// Who shares the royalty.
	pub royalties: BoundedVec<Beneficiary<AccountId>, MaxBen>,
	/// Active, deprecated or banned.
	pub status: ModelStatus,
	/// The deposit held from the owner.
	pub deposit: Balance,
	/// What a job of it is: one forward pass, or a generation (since storage version 1).
	pub kind: ModelKind<MaxUri>,
}

/// What a job of a model is.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxUri))]
pub enum ModelKind<MaxUri: Get<u32>> {
	/// One forward pass: the model's outputs are the job's result.
	#[codec(index = 0)]
	Function,
	/// A causal language model: a job is a greedy generation (docs/protocol.md, "Text
	/// generation").
	#[codec(index = 1)]
	Generator(GeneratorSpec<MaxUri>),
	/// One forward pass on a picture: its one input is a Float32 [1, 3, H, W] image (RGB,
	/// NCHW) that clients make from a photo as `ImageSpec` says.
	#[codec(index = 2)]
	Image(ImageSpec),
}

impl<MaxUri: Get<u32>> ModelKind<MaxUri> {
	/// The generation limits, for a generator.
	pub fn generator(&self) -> Option<&GeneratorSpec<MaxUri>> {
		match self {
			Self::Generator(spec) => Some(spec),
			Self::Function | Self::Image(_) => None,
		}
	}

	/// Bytes of the entry the kind adds to what its deposit covers: none for a function, whose
	/// entries held their deposit before kinds existed.
	pub fn deposit_bytes(&self) -> u32 {
		match self {
			Self::Function => 0,
			Self::Generator(spec) => spec.encoded_size() as u32,
			Self::Image(spec) => spec.encoded_size() as u32,
		}
	}
}

/// How a picture is fitted to an image model's H × W.
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
pub enum Resize {
	/// Scaled to fit, centred, the rest filled with grey 114 (as YOLO models are trained).
	#[codec(index = 0)]
	Letterbox,
	/// Scaled to H × W, whatever its aspect.
	#[codec(index = 1)]
	Stretch,
}

/// How clients make an image model's input from a picture: resized to the input's H × W by
/// bilinear interpolation as `resize` says, then each channel c (R, G, B) mapped to
/// `(value / 255 − mean[c]) / std[c]`.
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
pub struct ImageSpec {
	pub resize: Resize,
	/// Each channel's mean, in millionths (0 to 1,000,000).
	pub mean_ppm: [u32; 3],
	/// Each channel's standard deviation, in millionths (1 to 10,000,000).
	pub std_ppm: [u32; 3],
}

/// A generator's tokenizer: the `tokenizer.json` clients turn text into ids with.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxUri))]
pub struct TokenizerRef<MaxUri: Get<u32>> {
	/// blake2-256 of the file's bytes.
	pub hash: [u8; 32],
	/// Length of the file.
	pub size: u32,
	/// Where the file is fetched from (`file://`, `http://` or `https://`).
	pub uri: BoundedVec<u8, MaxUri>,
}

/// A generator's tokenizer and limits.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxUri))]
pub struct GeneratorSpec<MaxUri: Get<u32>> {
	/// The tokenizer of its vocabulary.
	pub tokenizer: TokenizerRef<MaxUri>,
	/// The most tokens a job may ask for (1 to `MAX_NEW_TOKENS`, 4,096).
	pub max_new_tokens: u32,
	/// The most tokens of prompt and generation together (the model's context).
	pub max_context: u32,
	/// How far below the largest logit a token's logit may be and still be accepted by a
	/// teacher-forced check, in millionths (at most `MAX_LOGIT_MARGIN_PPM`, 0.1).
	pub logit_margin_ppm: u32,
}

/// The model kind of a runtime.
pub type ModelKindOf<T> = ModelKind<<T as Config>::MaxUriLen>;

/// The generator limits of a runtime.
pub type GeneratorSpecOf<T> = GeneratorSpec<<T as Config>::MaxUriLen>;

/// The model entry of a runtime.
pub type ModelInfoOf<T> = ModelInfo<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	<T as Config>::MaxUriLen,
	<T as Config>::MaxBeneficiaries,
>;

impl<AccountId: Clone, Balance, MaxUri: Get<u32>, MaxBen: Get<u32>>
	ModelInfo<AccountId, Balance, MaxUri, MaxBen>
{
	/// Whether users may submit jobs for it.
	pub fn accepts_jobs(&self) -> bool {
		matches!(self.status, ModelStatus::Active | ModelStatus::Deprecated)
	}
}

/// Splits `amount` among beneficiaries by share. Every share is rounded down and the
/// remainder goes to the first beneficiary, so the parts always add up to `amount`.
pub fn split_royalty<AccountId: Clone, Balance>(
	amount: Balance,
	royalties: &[Beneficiary<AccountId>],
) -> alloc::vec::Vec<(AccountId, Balance)>
where
	Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy,
{
	let mut parts: alloc::vec::Vec<(AccountId, Balance)> =
		royalties.iter().map(|b| (b.account.clone(), b.share.mul_floor(amount))).collect();
	let given = parts.iter().fold(Balance::zero(), |acc, (_, p)| acc.saturating_add(*p));
	if let Some(first) = parts.first_mut() {
		first.1 = first.1.saturating_add(amount.saturating_sub(given));
	}
	parts
}
