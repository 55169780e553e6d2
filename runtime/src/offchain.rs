//! What off-chain workers need to sign and submit transactions: providers' commits and
//! reveals are signed with their inference key and carry the same checks and fees as any
//! transaction.

use super::{
	configs::BlockHashCount, AccountId, Runtime, RuntimeCall, Signature, SignedPayload, System,
	TxExtension, UncheckedExtrinsic,
};
use codec::Encode;
use frame_system::offchain::{
	AppCrypto, CreateBare, CreateSignedTransaction, CreateTransaction, CreateTransactionBase,
	SigningTypes,
};
use sp_runtime::{generic::Era, traits::Verify, MultiAddress};

impl SigningTypes for Runtime {
	type Public = <Signature as Verify>::Signer;
	type Signature = Signature;
}

impl<C> CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> CreateBare<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_bare(call)
	}
}

impl<C> CreateTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extension = TxExtension;

	fn create_transaction(call: RuntimeCall, extension: TxExtension) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_transaction(call, extension)
	}
}

impl<C> CreateSignedTransaction<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_signed_transaction<A: AppCrypto<Self::Public, Self::Signature>>(
		call: RuntimeCall,
		public: Self::Public,
		account: AccountId,
		nonce: u32,
	) -> Option<UncheckedExtrinsic> {
		// Mortal for about half the block-hash window, from the block the worker runs on:
		// `frame_executive::offchain_worker` records that block's own hash before the workers
		// run, so the transaction is valid only on chains that contain the block whose state
		// the worker read. A commit made for a committee drawn on a fork that then loses is
		// never included elsewhere (where it would fail and pay its fee), and the pallet's
		// worker takes its nonce again (`pallet_jobs::offchain`).
		//
		// Except on a block this node authored: its worker runs before any peer has imported
		// the block, a peer validating the transaction on the block's parent cannot know the
		// era's birth hash and drops it as invalid, and only this node could ever include it
		// (a network test saw a provider's reveals wait 18 blocks for its next slot). There the
		// era starts at the parent, which every peer has; a commit made there for a committee
		// that a sibling block drew otherwise is valid on that sibling's fork too, where
		// `pallet_jobs::PrioritizeProviderWork` makes blocks refuse it (no seat) rather than
		// include it to fail and pay.
		let period = u64::from(BlockHashCount::get().checked_next_power_of_two().unwrap_or(2) / 2);
		let now = u64::from(System::block_number());
		let current = if authored_here() { now.saturating_sub(1) } else { now };
		let extension = crate::tx_extension(Era::mortal(period, current), nonce);
		let payload = SignedPayload::new(call, extension).ok()?;
		let signature = payload.using_encoded(|bytes| A::sign(bytes, public))?;
		let (call, extension, _) = payload.deconstruct();
		Some(UncheckedExtrinsic::new_signed(call, MultiAddress::Id(account), signature, extension))
	}
}

/// Whether this node authored the block its off-chain worker runs on: the block's BABE
/// pre-digest names an authority whose key is in this node's keystore.
fn authored_here() -> bool {
	use frame_support::traits::FindAuthor;
	use sp_runtime::RuntimeAppPublic;
	let digest = System::digest();
	let pre_runtime = digest.logs().iter().filter_map(|d| d.as_pre_runtime());
	let Some(index) = <pallet_babe::Pallet<Runtime> as FindAuthor<u32>>::find_author(pre_runtime)
	else {
		return false;
	};
	let Some((author, _)) = pallet_babe::Authorities::<Runtime>::get().get(index as usize).cloned()
	else {
		return false;
	};
	<sp_consensus_babe::AuthorityId as RuntimeAppPublic>::all().contains(&author)
}
