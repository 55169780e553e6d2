//! `verity-node benchmark overhead`: the extrinsic it builds to measure the per-extrinsic base
//! weight — `system.remark` signed by Alice with the runtime's transaction extensions, as
//! every Verity transaction carries them.

use codec::Encode;
use frame_benchmarking_cli::ExtrinsicBuilder;
use sp_keyring::Sr25519Keyring;
use sp_runtime::OpaqueExtrinsic;

/// Builds signed `system.remark` extrinsics with increasing nonces.
pub struct RemarkBuilder {
	genesis: sp_core::H256,
	spec_version: u32,
	transaction_version: u32,
}

impl RemarkBuilder {
	/// For the chain with `genesis`, at runtime `spec_version` and `transaction_version`.
	pub fn new(genesis: sp_core::H256, spec_version: u32, transaction_version: u32) -> Self {
		Self { genesis, spec_version, transaction_version }
	}
}

impl ExtrinsicBuilder for RemarkBuilder {
	fn pallet(&self) -> &str {
		"system"
	}

	fn extrinsic(&self) -> &str {
		"remark"
	}

	fn build(&self, nonce: u32) -> Result<OpaqueExtrinsic, &'static str> {
		// An empty remark: the base weight is what any extrinsic costs beyond its call.
		let call =
			verity_runtime::RuntimeCall::System(frame_system::Call::remark { remark: Vec::new() });
		let xt = crate::chain_client::signed(
			Sr25519Keyring::Alice,
			call,
			nonce,
			self.genesis,
			self.spec_version,
			self.transaction_version,
		);
		OpaqueExtrinsic::try_from_encoded_extrinsic(&xt.encode())
			.map_err(|_| "the extrinsic does not decode")
	}
}
