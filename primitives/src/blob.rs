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
