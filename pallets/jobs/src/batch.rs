//! Keys a batch writes more than once reach the database once.
//!
//! `commit_many`, `reveal_many` and a block's deadlines (`on_initialize`) apply many items in
//! one dispatch. Items of a batch write some of the same keys: every settlement pays the
//! treasury, a provider's batch pays that provider for each of its jobs, jobs of one model pay
//! the same royalty beneficiaries, and jobs that move on in the same block share one deadline
//! or expiry bucket. Each item's weight counts those writes as its benchmark measured them,
//! one per key. A key written again later in the same block is written into the block's
//! overlay, not the database: the trie is updated once per key when the block is committed,
//! which is what `DbWeight`'s write stands for (and how `benchmark pallet` counts a key a call
//! writes twice). So a batch is charged one write per key, not one per item that writes it.
//!
//! Items note the keys they write ([`note`]); a batch asks, after each item, how many of them
//! an earlier item of the batch had written ([`end_item`]) and takes that many writes off the
//! item's weight. Only writes the item's weight counted are noted (accounts paid out of an
//! escrow, the escrow itself, deadline and expiry buckets), and an item's own repeats of a key
//! are not repeats (its benchmark counted the key once). Keys noted in a storage layer that is
//! rolled back are forgotten with it ([`with_layer`]): what was not written saves nothing.
//! Outside a batch, noting does nothing.

use alloc::{collections::BTreeSet, vec::Vec};
use codec::Encode;
use frame_support::storage::with_storage_layer;
use sp_runtime::DispatchError;

/// What a noted key belongs to.
#[derive(Clone, Copy, Encode)]
pub enum Item {
	/// `System::Account` of an account.
	Account,
	/// `Balances::Holds` of an account.
	Holds,
	/// `Jobs::Deadlines` of a block.
	Deadlines,
	/// `Jobs::Expiries` of a block.
	Expiries,
}

/// The keys written by the batch's items so far: those of items that ended, and those of the
/// item running now.
#[derive(Default)]
pub struct Written {
	earlier: BTreeSet<Vec<u8>>,
	current: BTreeSet<Vec<u8>>,
}

environmental::environmental!(written: Written);

/// Runs `f` as a batch: keys noted in it are remembered until it returns.
pub fn batch<R>(f: impl FnOnce() -> R) -> R {
	let mut record = Written::default();
	written::using(&mut record, f)
}

/// Notes that the running item writes the key of `item` for `id`.
pub fn note(item: Item, id: &impl Encode) {
	written::with(|w| {
		let mut key = item.encode();
		id.encode_to(&mut key);
		w.current.insert(key);
	});
}

/// Ends the running item: returns how many keys it wrote that an earlier item of the batch
/// had written already, and counts its keys as written by the batch. Outside a batch: 0.
pub fn end_item() -> u64 {
	written::with(|w| {
		let current = core::mem::take(&mut w.current);
		let repeats = current.iter().filter(|k| w.earlier.contains(*k)).count() as u64;
		w.earlier.extend(current);
		repeats
	})
	.unwrap_or(0)
}

/// `with_storage_layer`, and the keys noted in the layer are forgotten if it is rolled back.
pub fn with_layer<R>(f: impl FnOnce() -> Result<R, DispatchError>) -> Result<R, DispatchError> {
	let before = written::with(|w| w.current.clone());
	let result = with_storage_layer(f);
	if result.is_err() {
		if let Some(before) = before {
			written::with(|w| w.current = before);
		}
	}
	result
}

#[cfg(test)]
mod tests {
	use super::*;

	fn fails() -> Result<(), DispatchError> {
		note(Item::Account, &9u64);
		Err(DispatchError::Other("refused"))
	}

	#[test]
	fn a_key_counts_as_a_repeat_only_after_an_earlier_item_wrote_it() {
		sp_io::TestExternalities::default().execute_with(|| {
			batch(|| {
				// The first item writes the treasury twice and a bucket: no repeat.
				note(Item::Account, &1u64);
				note(Item::Account, &1u64);
				note(Item::Expiries, &7u32);
				assert_eq!(end_item(), 0);
				// The second writes both again, and a new account.
				note(Item::Account, &1u64);
				note(Item::Expiries, &7u32);
				note(Item::Account, &2u64);
				assert_eq!(end_item(), 2);
				// Same id, another item: not the same key.
				note(Item::Holds, &2u64);
				note(Item::Deadlines, &7u32);
				assert_eq!(end_item(), 0);
			});
			// Outside a batch nothing is remembered.
			note(Item::Account, &1u64);
			assert_eq!(end_item(), 0);
		});
	}

	#[test]
	fn keys_of_a_rolled_back_layer_are_forgotten() {
		sp_io::TestExternalities::default().execute_with(|| {
			batch(|| {
				note(Item::Account, &1u64);
				assert!(with_layer(fails).is_err());
				assert!(with_layer(|| {
					note(Item::Account, &3u64);
					Ok(())
				})
				.is_ok());
				assert_eq!(end_item(), 0);
				// Account 9 was noted only in the layer that was rolled back.
				note(Item::Account, &9u64);
				note(Item::Account, &3u64);
				note(Item::Account, &1u64);
				assert_eq!(end_item(), 2);
			});
		});
	}
}
