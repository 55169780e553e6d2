//! Keys a batch writes more than once reach the database once.
//!
//! `submit_many`, `commit_many`, `reveal_many` and a block's deadlines (`on_initialize`) apply
//! many items in one dispatch. Items of a batch write some of the same keys: every submission
//! takes the next job id and holds its submitter's escrow, every settlement pays the
//! treasury, a provider's batch pays that provider for each of its jobs, jobs of one model pay
//! the same royalty beneficiaries, jobs of one submitter release the same escrow, and jobs that
//! move on in the same block share one deadline or expiry bucket. Each item's weight counts
//! those writes as its benchmark measured them, one per key. A key written again later in the
//! same block is written into the block's overlay, not the database: the trie is updated once
//! per key when the block is committed, which is what `DbWeight`'s write stands for (and how
//! `benchmark pallet` counts a key a call writes twice). So a batch is charged one write per
//! key, not one per item that writes it.
//!
//! Items note the keys they write ([`note`]): accounts paid out of an escrow, the escrow's hold
//! and account, deadline and expiry buckets. After each item the batch asks how many of them an
//! earlier item of the batch had written and paid for ([`end_item`]) and takes that many writes
//! off the item's weight. What an item's weight pays for is said by the item ([`Counted`]): a
//! closing commit or a draw counts a deadline bucket, a settlement or a conclusion the escrow,
//! the accounts it pays and an expiry bucket, a submission the job counter, its draw's deadline
//! bucket and the escrow it holds; an item counts nothing else. So a key is taken off
//! only where the item's own weight counted it, and only once an earlier item paid for it; a key
//! an item wrote without paying for it (a draw that failed its job and refunded it, say) is
//! neither taken off nor remembered as paid. An item's own repeats of a key are not repeats (its
//! benchmark counted the key once). Keys noted in a storage layer that is rolled back are
//! forgotten with it ([`with_layer`]): what was not written saves nothing. Outside a batch,
//! noting does nothing.
//!
//! Deadline buckets read. A deadline goes in the bucket of the block it is due in, or of the
//! first of the next blocks with room (`SEARCH_BLOCKS` tried), and the benchmarks of the calls
//! that schedule one measure the full search: every bucket but the last full. Most searches
//! stop at the first bucket. An item whose weight counts a search ([`Counted`] names the
//! deadline bucket) and that made one notes how many buckets it read ([`note_search`]), and
//! the buckets it did not read come off its weight ([`end_item_weight`]). Single calls that
//! schedule a deadline (`submit`, `commit`) run as a batch of one for this.

use alloc::{collections::BTreeSet, vec::Vec};
use codec::Encode;
use frame_support::{
	storage::with_storage_layer,
	weights::{RuntimeDbWeight, Weight},
};
use sp_runtime::DispatchError;

/// Deadline buckets the weight of a call that schedules a deadline counts as read: the
/// benchmarks of `submit`, `assign` and `commit` fill every bucket a search may try but the
/// last, so each counts at least this many reads of `Deadlines` for the search.
pub const COUNTED_BUCKETS: u32 = crate::lifecycle::SEARCH_BLOCKS - 1;

/// What a noted key belongs to.
#[derive(Clone, Copy, Encode)]
#[repr(u8)]
pub enum Key {
	/// `System::Account` of an account.
	Account = 0,
	/// `Balances::Holds` of an account.
	Holds = 1,
	/// `Jobs::Deadlines` of a block.
	Deadlines = 2,
	/// `Jobs::Expiries` of a block.
	Expiries = 3,
	/// `Jobs::NextJobId`.
	NextJobId = 4,
}

/// The kinds of key whose writes an item's weight counts, one write per key.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Counted(u8);

impl Counted {
	/// Nothing: the item's weight counts none of the keys noted.
	pub const NONE: Self = Self(0);
	/// A draw or a closing commit: the deadline bucket it puts the job in.
	pub const DEADLINE: Self = Self(1 << Key::Deadlines as u8);
	/// A settlement or a conclusion (`reveal`, `conclude`): the escrow's hold and the accounts
	/// it pays, and the expiry bucket of the job.
	pub const SETTLEMENT: Self =
		Self(1 << Key::Account as u8 | 1 << Key::Holds as u8 | 1 << Key::Expiries as u8);

	/// A submission (`submit_many`): the job counter, the deadline bucket of its draw, and the
	/// submitter's escrow (its hold and its account).
	pub const SUBMISSION: Self = Self(
		1 << Key::NextJobId as u8
			| 1 << Key::Deadlines as u8
			| 1 << Key::Holds as u8
			| 1 << Key::Account as u8,
	);

	/// Both.
	pub const fn and(self, other: Self) -> Self {
		Self(self.0 | other.0)
	}

	fn counts_search(self) -> bool {
		self.0 & (1 << Key::Deadlines as u8) != 0
	}

	fn counts(self, key: &[u8]) -> bool {
		key.first().is_some_and(|kind| *kind < 8 && self.0 & (1 << kind) != 0)
	}
}

/// The keys written and paid for by the batch's items that ended, and those the item running
/// now wrote; how many buckets each of its searches for a deadline's room read.
#[derive(Default)]
pub struct Written {
	paid: BTreeSet<Vec<u8>>,
	current: BTreeSet<Vec<u8>>,
	searches: Vec<u32>,
}

environmental::environmental!(written: Written);

/// Runs `f` as a batch: keys noted in it are remembered until it returns.
pub fn run<R>(f: impl FnOnce() -> R) -> R {
	let mut record = Written::default();
	written::using(&mut record, f)
}

/// Notes that the running item writes the key of `kind` for `id`.
pub fn note(kind: Key, id: &impl Encode) {
	written::with(|w| {
		let mut key = kind.encode();
		id.encode_to(&mut key);
		w.current.insert(key);
	});
}

/// Notes that the running item searched for room for a deadline and read `tries` buckets.
pub fn note_search(tries: u32) {
	written::with(|w| w.searches.push(tries));
}

/// Ends the running item, whose weight counted the keys of `counted`: what comes off its
/// weight. A write for each key of those kinds an earlier item of the batch wrote and paid for
/// ([`end_item`]); and when its weight counted a deadline's search (`counted` names the
/// deadline bucket) and it made exactly one, a read for each of the [`COUNTED_BUCKETS`] the
/// search did not read: a search stops at the first bucket with room, most often the first.
/// An item that searched twice is charged as counted. Outside a batch: nothing.
pub fn end_item_weight(counted: Counted, db: RuntimeDbWeight) -> Weight {
	let unread = written::with(|w| match w.searches.as_slice() {
		[tries] if counted.counts_search() => COUNTED_BUCKETS.saturating_sub(*tries),
		_ => 0,
	})
	.unwrap_or(0);
	db.writes(end_item(counted)).saturating_add(db.reads(unread.into()))
}

/// Ends the running item, whose weight counted the keys of `counted`: returns how many of
/// those it wrote that an earlier item of the batch had written and paid for, and remembers
/// them as paid. Keys of other kinds are forgotten, and the item's searches. Outside a
/// batch: 0.
pub fn end_item(counted: Counted) -> u64 {
	written::with(|w| {
		w.searches.clear();
		let current = core::mem::take(&mut w.current);
		let mut repeats = 0u64;
		for key in current.into_iter().filter(|k| counted.counts(k)) {
			if !w.paid.insert(key) {
				repeats = repeats.saturating_add(1);
			}
		}
		repeats
	})
	.unwrap_or(0)
}

/// `with_storage_layer`, and the keys and searches noted in the layer are forgotten if it is
/// rolled back.
pub fn with_layer<R>(f: impl FnOnce() -> Result<R, DispatchError>) -> Result<R, DispatchError> {
	let before = written::with(|w| (w.current.clone(), w.searches.len()));
	let result = with_storage_layer(f);
	if result.is_err() {
		if let Some((current, searches)) = before {
			written::with(|w| {
				w.current = current;
				w.searches.truncate(searches);
			});
		}
	}
	result
}

#[cfg(test)]
mod tests {
	use super::*;

	const ALL: Counted = Counted::DEADLINE.and(Counted::SETTLEMENT);

	fn fails() -> Result<(), DispatchError> {
		note(Key::Account, &9u64);
		Err(DispatchError::Other("refused"))
	}

	#[test]
	fn a_key_counts_as_a_repeat_only_after_an_earlier_item_wrote_it() {
		sp_io::TestExternalities::default().execute_with(|| {
			run(|| {
				// The first item writes the treasury twice and a bucket: no repeat.
				note(Key::Account, &1u64);
				note(Key::Account, &1u64);
				note(Key::Expiries, &7u32);
				assert_eq!(end_item(ALL), 0);
				// The second writes both again, and a new account.
				note(Key::Account, &1u64);
				note(Key::Expiries, &7u32);
				note(Key::Account, &2u64);
				assert_eq!(end_item(ALL), 2);
				// Same id, another kind: not the same key.
				note(Key::Holds, &2u64);
				note(Key::Deadlines, &7u32);
				assert_eq!(end_item(ALL), 0);
			});
			// Outside a batch nothing is remembered.
			note(Key::Account, &1u64);
			assert_eq!(end_item(ALL), 0);
		});
	}

	#[test]
	fn only_keys_the_items_weights_counted_are_taken_off() {
		sp_io::TestExternalities::default().execute_with(|| {
			run(|| {
				// A draw that failed its job wrote an expiry bucket and the submitter's escrow,
				// which its weight did not count: not paid for.
				note(Key::Expiries, &7u32);
				note(Key::Account, &1u64);
				note(Key::Deadlines, &5u32);
				assert_eq!(end_item(Counted::DEADLINE), 0);
				// A settlement writing them pays for them: nothing off.
				note(Key::Expiries, &7u32);
				note(Key::Account, &1u64);
				assert_eq!(end_item(Counted::SETTLEMENT), 0);
				// A commit that counts only its deadline bucket writes the same bucket and an
				// account: only the bucket comes off.
				note(Key::Deadlines, &5u32);
				note(Key::Account, &1u64);
				assert_eq!(end_item(Counted::DEADLINE), 1);
				// An item that counts nothing takes nothing off.
				note(Key::Deadlines, &5u32);
				note(Key::Expiries, &7u32);
				assert_eq!(end_item(Counted::NONE), 0);
				note(Key::Expiries, &7u32);
				note(Key::Account, &1u64);
				assert_eq!(end_item(Counted::SETTLEMENT), 2);
			});
		});
	}

	#[test]
	fn keys_of_a_rolled_back_layer_are_forgotten() {
		sp_io::TestExternalities::default().execute_with(|| {
			run(|| {
				note(Key::Account, &1u64);
				assert!(with_layer(fails).is_err());
				assert!(with_layer(|| {
					note(Key::Account, &3u64);
					Ok(())
				})
				.is_ok());
				assert_eq!(end_item(ALL), 0);
				// Account 9 was noted only in the layer that was rolled back.
				note(Key::Account, &9u64);
				note(Key::Account, &3u64);
				note(Key::Account, &1u64);
				assert_eq!(end_item(ALL), 2);
			});
		});
	}

	#[test]
	fn buckets_a_search_did_not_read_come_off_only_where_the_weight_counted_the_search() {
		let db = RuntimeDbWeight { read: 10, write: 100 };
		let reads = |n: u64| Weight::from_parts(10 * n, 0);
		sp_io::TestExternalities::default().execute_with(|| {
			run(|| {
				// A closing commit whose deadline went in the first bucket tried.
				note(Key::Deadlines, &5u32);
				note_search(1);
				assert_eq!(end_item_weight(Counted::DEADLINE, db), reads(6));
				// The next one, to the same bucket after a full one: two read, and its write of
				// the bucket an earlier item paid for.
				note(Key::Deadlines, &5u32);
				note_search(2);
				assert_eq!(
					end_item_weight(Counted::DEADLINE, db),
					reads(5).saturating_add(Weight::from_parts(100, 0))
				);
				// A settlement's weight counts no search: nothing off for one.
				note_search(1);
				assert_eq!(end_item_weight(Counted::SETTLEMENT, db), Weight::zero());
				// Two searches where the weight counted one: charged as counted.
				note_search(1);
				note_search(1);
				assert_eq!(end_item_weight(Counted::DEADLINE, db), Weight::zero());
				// A search in a layer that was rolled back did not happen.
				assert!(with_layer(|| {
					note_search(1);
					Err::<(), _>(DispatchError::Other("refused"))
				})
				.is_err());
				note_search(3);
				assert_eq!(end_item_weight(Counted::DEADLINE, db), reads(4));
				// A full search read everything its weight counted, and more.
				note_search(crate::lifecycle::SEARCH_BLOCKS);
				assert_eq!(end_item_weight(Counted::DEADLINE, db), Weight::zero());
			});
			// Outside a batch: nothing.
			note_search(1);
			assert_eq!(end_item_weight(Counted::DEADLINE, db), Weight::zero());
		});
	}
}
