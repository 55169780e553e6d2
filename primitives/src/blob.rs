//! Data kept by the chain's nodes by content hash (pallet-blobs), as other pallets see it.

/// What the chain knows of data stored by its blake2-256 hash.
pub trait BlobInspect<BlockNumber> {
	/// The length of the data stored under `hash` and the first block in which it is no longer
	/// kept, if it was stored and has not expired yet.
	fn blob(hash: &[u8; 32]) -> Option<(u32, BlockNumber)>;

	/// The longest data that can be stored.
	fn max_len() -> u32;

	/// Records data of `len` bytes under `hash`, kept until `expires_at`, for benchmarks.
	#[cfg(feature = "runtime-benchmarks")]
	fn insert_for_benchmark(hash: [u8; 32], len: u32, expires_at: BlockNumber);
}

/// No data is stored anywhere.
impl<BlockNumber> BlobInspect<BlockNumber> for () {
	fn blob(_hash: &[u8; 32]) -> Option<(u32, BlockNumber)> {
		None
	}

	fn max_len() -> u32 {
		0
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn insert_for_benchmark(_hash: [u8; 32], _len: u32, _expires_at: BlockNumber) {}
}

/// Keeping data with the chain's nodes on behalf of another pallet's call.
pub trait BlobStore<AccountId, BlockNumber>: BlobInspect<BlockNumber> {
	/// Keeps the last `len` bytes of the current extrinsic (whose blake2-256 is `hash`) for
	/// the retention period, charging `who` the storage fee, and returns whether it stored
	/// them: data stored already and not expiring within `min_left` blocks is left as it is,
	/// at no charge.
	fn keep(
		who: &AccountId,
		hash: [u8; 32],
		len: u32,
		min_left: BlockNumber,
	) -> Result<bool, sp_runtime::DispatchError>;

	/// The most [`Self::keep`] of `len` bytes weighs.
	fn keep_weight(len: u32) -> sp_runtime::Weight;
}
