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
		let period = u64::from(BlockHashCount::get().checked_next_power_of_two().unwrap_or(2) / 2);
		let current = u64::from(System::block_number());
		let extension: TxExtension = (
			frame_system::CheckNonZeroSender::<Runtime>::new(),
			frame_system::CheckSpecVersion::<Runtime>::new(),
			frame_system::CheckTxVersion::<Runtime>::new(),
			frame_system::CheckGenesis::<Runtime>::new(),
			frame_system::CheckEra::<Runtime>::from(Era::mortal(period, current)),
			frame_system::CheckNonce::<Runtime>::from(nonce),
			frame_system::CheckWeight::<Runtime>::new(),
			pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
			frame_system::WeightReclaim::<Runtime>::new(),
		);
		let payload = SignedPayload::new(call, extension).ok()?;
		let signature = payload.using_encoded(|bytes| A::sign(bytes, public))?;
		let (call, extension, _) = payload.deconstruct();
		Some(UncheckedExtrinsic::new_signed(call, MultiAddress::Id(account), signature, extension))
	}
}
