//! A BABE block's pre-digest with a real VRF signature, for the jobs pallet's benchmarks (which
//! run in the Wasm runtime, where nothing can sign): the authority is the sr25519 key of seed
//! `[7; 32]`, the slot 1 of epoch 0 with the all-zero epoch randomness. `tests.rs` signs the
//! same transcript again and checks it gives these bytes.

use sp_consensus_babe::{
	digests::{PreDigest, SecondaryVRFPreDigest},
	AuthorityId, Slot,
};

/// The authority's public key.
pub const PUBLIC: [u8; 32] = [
	124, 15, 70, 157, 59, 211, 64, 186, 231, 24, 32, 63, 163, 12, 160, 113, 165, 227, 124, 117, 30,
	137, 29, 189, 237, 131, 123, 33, 61, 69, 217, 29,
];
/// The SCALE encoding of its VRF signature (pre-output and proof) of the slot's transcript.
pub const SIGNATURE: [u8; 96] = [
	104, 219, 90, 127, 235, 163, 122, 87, 231, 12, 161, 121, 12, 113, 5, 78, 186, 44, 250, 226,
	140, 154, 0, 88, 167, 216, 233, 191, 130, 147, 12, 50, 94, 1, 58, 132, 108, 31, 253, 165, 190,
	213, 255, 131, 41, 140, 92, 174, 83, 18, 83, 92, 199, 134, 117, 164, 104, 121, 11, 241, 172,
	172, 31, 11, 1, 140, 177, 161, 40, 55, 246, 21, 101, 170, 226, 196, 181, 199, 3, 13, 184, 151,
	128, 255, 107, 187, 134, 231, 36, 120, 239, 0, 162, 21, 107, 13,
];
/// The slot.
pub const SLOT: u64 = 1;

/// The pre-digest of a secondary VRF block at `SLOT` by the fixture's authority.
pub fn pre_digest() -> Option<PreDigest> {
	use codec::Decode;
	let vrf_signature = Decode::decode(&mut &SIGNATURE[..]).ok()?;
	Some(PreDigest::SecondaryVRF(SecondaryVRFPreDigest {
		authority_index: 0,
		slot: Slot::from(SLOT),
		vrf_signature,
	}))
}

/// The VRF output the fixture's parent block left (any value: only the current block's is
/// checked against a signature).
pub const PARENT_VRF: [u8; 32] = [1; 32];

/// Puts BABE's state of that block in storage: its authority, slot, epoch, pre-digest and its
/// parent's VRF output.
pub fn install() {
	let authority: AuthorityId = sp_core::sr25519::Public::from_raw(PUBLIC).into();
	pallet_babe::Authorities::<crate::Runtime>::put(frame_support::WeakBoundedVec::force_from(
		alloc::vec![(authority, 1)],
		None,
	));
	pallet_babe::CurrentSlot::<crate::Runtime>::put(Slot::from(SLOT));
	pallet_babe::EpochIndex::<crate::Runtime>::put(0);
	pallet_babe::Randomness::<crate::Runtime>::put([0u8; 32]);
	pallet_babe::Initialized::<crate::Runtime>::put(pre_digest());
	pallet_babe::AuthorVrfRandomness::<crate::Runtime>::put(Some(PARENT_VRF));
}
