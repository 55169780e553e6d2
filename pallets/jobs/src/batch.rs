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
//!
//! Keys read again. Items of a batch also read the same keys: every submission of a
//! `submit_many` reads the protocol's parameters, the model, the minimum bond, the model's
//! pool, the job counter, its draw's bucket and its submitter's escrow; every draw of a block
//! reads the minimum bond and the model's pool; every settlement of a provider's `revealMany`
//! reads the model, the treasury's and the provider's accounts and the providers' records on
//! the model. Each item's weight counts those reads as its benchmark measured them, one per
//! key. A key read or written earlier in the block is read from the block's overlay or the
//! node's cache, not the database (`benchmark pallet` counts a key one call reads twice once).
//! So an item's read of a key an earlier item of the batch read or wrote comes off its weight
//! ([`note_read`]), as writes do: only for the kinds of key whose reads the item's weight
//! counts ([`Counted`] names them), so that what comes off is a read the weight paid for. A
//! bucket's read is noted only when the search took it first: a longer search reads full
//! buckets too, which the weights count only up to [`COUNTED_BUCKETS`].

use alloc::{collections::BTreeSet, vec::Vec};
use codec::Encode;
use frame_support::{
	storage::with_storage_layer,
	weights::{RuntimeDbWeight, Weight},
};
use sp_runtime::DispatchError;

/// Deadline buckets the weight of a call that schedules a deadline counts as read: the
/// benchmarks of `submit`, `assign`, `audit_skipped` and `commit` fill every bucket a search may
/// try but the last, so each counts at least this many reads of `Deadlines` for the search.
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
	/// `Jobs::Trust` of a provider on a model.
	Trust = 5,
	/// `Jobs::Params` (read only).
	Params = 6,
	/// `Models::Models` of a model (read only).
	Model = 7,
	/// `Providers::MinBond` (read only).
	MinBond = 8,
	/// `Providers::ModelProviders` of a model (read only).
	ModelProviders = 9,
}

const fn bit(kind: Key) -> u16 {
	1 << kind as u8
}

/// The kinds of key whose writes, and whose reads, an item's weight counts, one per key.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Counted {
	writes: u16,
	reads: u16,
}

impl Counted {
	/// Nothing: the item's weight counts none of the keys noted.
	pub const NONE: Self = Self { writes: 0, reads: 0 };
	/// A draw or a closing commit (`assign`, `audit_skipped`, `commit`): writes the deadline
	/// bucket it puts the job in; reads it, and the minimum bond and the model's pool a draw
	/// reads (a skipped audit reads neither). (Not a primary's record, which an audit draw reads
	/// and `assign`'s benchmark does not.)
	pub const DEADLINE: Self = Self {
		writes: bit(Key::Deadlines),
		reads: bit(Key::Deadlines) | bit(Key::MinBond) | bit(Key::ModelProviders),
	};
	/// A settlement or a conclusion (`reveal`, `conclude`): writes the escrow's hold and the
	/// accounts it pays, the expiry bucket of the job, and the records of the providers it
	/// credits; reads them, and the model. (Not the deadline bucket of an escalation, which
	/// neither benchmark schedules.)
	pub const SETTLEMENT: Self = Self {
		writes: bit(Key::Account) | bit(Key::Holds) | bit(Key::Expiries) | bit(Key::Trust),
		reads: bit(Key::Account)
			| bit(Key::Holds)
			| bit(Key::Expiries)
			| bit(Key::Trust)
			| bit(Key::Model),
	};

	/// A submission (`submit`): writes the job counter, the deadline bucket of its draw, and
	/// the submitter's escrow (its hold and its account); reads them, and the protocol's
	/// parameters, the model, the minimum bond and the model's pool.
	pub const SUBMISSION: Self = Self {
		writes: bit(Key::NextJobId) | bit(Key::Deadlines) | bit(Key::Holds) | bit(Key::Account),
		reads: bit(Key::NextJobId)
			| bit(Key::Deadlines)
			| bit(Key::Holds)
			| bit(Key::Account)
			| bit(Key::Params)
			| bit(Key::Model)
			| bit(Key::MinBond)
			| bit(Key::ModelProviders),
	};

	/// Both.
	pub const fn and(self, other: Self) -> Self {
		Self { writes: self.writes | other.writes, reads: self.reads | other.reads }
	}

	fn counts_search(self) -> bool {
		self.writes & bit(Key::Deadlines) != 0
	}

	fn has(mask: u16, key: &[u8]) -> bool {
		key.first().is_some_and(|kind| *kind < 16 && mask & (1 << kind) != 0)
	}
}

/// The keys written and paid for by the batch's items that ended, and those they read or
/// wrote; those the item running now wrote, and read; how many buckets each of its searches
/// for a deadline's room read.
#[derive(Default)]
pub struct Written {
	paid: BTreeSet<Vec<u8>>,
	seen: BTreeSet<Vec<u8>>,
	current: BTreeSet<Vec<u8>>,
	read: BTreeSet<Vec<u8>>,
	searches: Vec<u32>,
}

environmental::environmental!(written: Written);

/// Runs `f` as a batch: keys noted in it are remembered until it returns.
pub fn run<R>(f: impl FnOnce() -> R) -> R {
	let mut record = Written::default();
	written::using(&mut record, f)
}

fn key(kind: Key, id: &impl Encode) -> Vec<u8> {
	let mut key = kind.encode();
	id.encode_to(&mut key);
	key
}

/// Notes that the running item writes the key of `kind` for `id`.
pub fn note(kind: Key, id: &impl Encode) {
	written::with(|w| w.current.insert(key(kind, id)));
}

/// Notes that the running item reads the key of `kind` for `id` (from the database unless an
/// earlier item of the batch read or wrote it).
pub fn note_read(kind: Key, id: &impl Encode) {
	written::with(|w| w.read.insert(key(kind, id)));
}

/// Notes that the running item reads and then writes the key of `kind` for `id` (a mutation,
/// a transfer).
pub fn touch(kind: Key, id: &impl Encode) {
	note_read(kind, id);
	note(kind, id);
}

/// Notes that the running item searched for room for a deadline and read `tries` buckets.
pub fn note_search(tries: u32) {
	written::with(|w| w.searches.push(tries));
}

/// Ends the running item, whose weight counted the keys of `counted`: what comes off its
/// weight. A write for each key of those kinds an earlier item of the batch wrote and paid for,
/// and a read for each key it read that an earlier item read or wrote ([`end_item`]); and when
/// its weight counted a deadline's search (`counted` names the deadline bucket) and it made
/// exactly one, a read for each of the [`COUNTED_BUCKETS`] the search did not read: a search
/// stops at the first bucket with room, most often the first. An item that searched twice is
/// charged as counted. Outside a batch: nothing.
pub fn end_item_weight(counted: Counted, db: RuntimeDbWeight) -> Weight {
	let unread = written::with(|w| match w.searches.as_slice() {
		[tries] if counted.counts_search() => COUNTED_BUCKETS.saturating_sub(*tries),
		_ => 0,
	})
	.unwrap_or(0);
	let Repeats { writes, reads } = end_item(counted);
	db.writes(writes).saturating_add(db.reads(reads.saturating_add(unread.into())))
}

/// What an item of a batch did again that an earlier item had done.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Repeats {
	/// Keys of the kinds whose writes its weight counted that it wrote and an earlier item
	/// wrote and paid for.
	pub writes: u64,
	/// Keys of the kinds whose reads its weight counted that it read and an earlier item read
	/// or wrote.
	pub reads: u64,
}

/// Ends the running item, whose weight counted the keys of `counted`: returns what it repeated
/// ([`Repeats`]), remembers the keys of those kinds it wrote as paid, and every key it read or
/// wrote as seen (later reads of them are free, whoever paid). The item's searches are
/// forgotten. Outside a batch: nothing repeated.
pub fn end_item(counted: Counted) -> Repeats {
	written::with(|w| {
		w.searches.clear();
		let current = core::mem::take(&mut w.current);
		let read = core::mem::take(&mut w.read);
		let mut repeats = Repeats::default();
		for key in current.iter().filter(|k| Counted::has(counted.writes, k)) {
			if !w.paid.insert(key.clone()) {
				repeats.writes = repeats.writes.saturating_add(1);
			}
		}
		for key in read.iter().filter(|k| Counted::has(counted.reads, k)) {
			if w.seen.contains(key) {
				repeats.reads = repeats.reads.saturating_add(1);
			}
		}
		w.seen.extend(read);
		w.seen.extend(current);
		repeats
	})
	.unwrap_or_default()
}

/// `with_storage_layer`, and the keys and searches noted in the layer are forgotten if it is
/// rolled back (conservatively, reads too).
pub fn with_layer<R>(f: impl FnOnce() -> Result<R, DispatchError>) -> Result<R, DispatchError> {
	let before = written::with(|w| (w.current.clone(), w.read.clone(), w.searches.len()));
	let result = with_storage_layer(f);
	if result.is_err() {
		if let Some((current, read, searches)) = before {
			written::with(|w| {
				w.current = current;
				w.read = read;
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

	fn repeats(writes: u64, reads: u64) -> Repeats {
		Repeats { writes, reads }
	}

	fn fails() -> Result<(), DispatchError> {
		touch(Key::Account, &9u64);
		Err(DispatchError::Other("refused"))
	}

	#[test]
	fn a_key_counts_as_a_repeat_only_after_an_earlier_item_wrote_it() {
		sp_io::TestExternalities::default().execute_with(|| {
			run(|| {
				// The first item writes the treasury twice and a bucket: no repeat.
				touch(Key::Account, &1u64);
				touch(Key::Account, &1u64);
				touch(Key::Expiries, &7u32);
				assert_eq!(end_item(ALL), repeats(0, 0));
				// The second reads and writes both again, and a new account.
				touch(Key::Account, &1u64);
				touch(Key::Expiries, &7u32);
				touch(Key::Account, &2u64);
				assert_eq!(end_item(ALL), repeats(2, 2));
				// Same id, another kind: not the same key.
				touch(Key::Holds, &2u64);
				touch(Key::Deadlines, &7u32);
				assert_eq!(end_item(ALL), repeats(0, 0));
			});
			// Outside a batch nothing is remembered.
			touch(Key::Account, &1u64);
			assert_eq!(end_item(ALL), repeats(0, 0));
		});
	}

	#[test]
	fn only_keys_the_items_weights_counted_are_taken_off() {
		sp_io::TestExternalities::default().execute_with(|| {
			run(|| {
				// A draw that failed its job wrote an expiry bucket and the submitter's escrow,
				// which its weight did not count: not paid for.
				touch(Key::Expiries, &7u32);
				touch(Key::Account, &1u64);
				touch(Key::Deadlines, &5u32);
				assert_eq!(end_item(Counted::DEADLINE), repeats(0, 0));
				// A settlement writing them pays for their writes: none off. Their reads, which
				// its weight counts, are free: the draw read them.
				touch(Key::Expiries, &7u32);
				touch(Key::Account, &1u64);
				assert_eq!(end_item(Counted::SETTLEMENT), repeats(0, 2));
				// A commit that counts only its deadline bucket writes the same bucket and an
				// account: only the bucket comes off, its write and its read.
				touch(Key::Deadlines, &5u32);
				touch(Key::Account, &1u64);
				assert_eq!(end_item(Counted::DEADLINE), repeats(1, 1));
				// An item that counts nothing takes nothing off.
				touch(Key::Deadlines, &5u32);
				touch(Key::Expiries, &7u32);
				assert_eq!(end_item(Counted::NONE), repeats(0, 0));
				touch(Key::Expiries, &7u32);
				touch(Key::Account, &1u64);
				touch(Key::Trust, &(1u64, 0u32));
				assert_eq!(end_item(Counted::SETTLEMENT), repeats(2, 2));
				// A provider's record written again by the next settlement.
				touch(Key::Trust, &(1u64, 0u32));
				touch(Key::Trust, &(1u64, 1u32));
				assert_eq!(end_item(Counted::SETTLEMENT), repeats(1, 1));
				// A draw reads the record of an audit's primary, which its weight does not
				// count: nothing off. A settlement does not count the bucket of an escalation.
				note_read(Key::Trust, &(1u64, 0u32));
				assert_eq!(end_item(Counted::DEADLINE), repeats(0, 0));
				touch(Key::Deadlines, &5u32);
				assert_eq!(end_item(Counted::SETTLEMENT), repeats(0, 0));
			});
		});
	}

	#[test]
	fn keys_of_a_rolled_back_layer_are_forgotten() {
		sp_io::TestExternalities::default().execute_with(|| {
			run(|| {
				touch(Key::Account, &1u64);
				assert!(with_layer(fails).is_err());
				assert!(with_layer(|| {
					touch(Key::Account, &3u64);
					Ok(())
				})
				.is_ok());
				assert_eq!(end_item(ALL), repeats(0, 0));
				// Account 9 was noted only in the layer that was rolled back.
				touch(Key::Account, &9u64);
				touch(Key::Account, &3u64);
				touch(Key::Account, &1u64);
				assert_eq!(end_item(ALL), repeats(2, 2));
				// Reads too.
				assert!(with_layer(|| {
					note_read(Key::MinBond, &());
					Err::<(), _>(DispatchError::Other("refused"))
				})
				.is_err());
				assert_eq!(end_item(ALL), repeats(0, 0));
				note_read(Key::MinBond, &());
				assert_eq!(end_item(ALL), repeats(0, 0));
			});
		});
	}

	#[test]
	fn a_read_comes_off_once_an_earlier_item_read_or_wrote_the_key() {
		sp_io::TestExternalities::default().execute_with(|| {
			run(|| {
				// The first submission reads the parameters, the model and its pool, and
				// reads and writes the job counter and its submitter's escrow.
				note_read(Key::Params, &());
				note_read(Key::Model, &3u32);
				note_read(Key::MinBond, &());
				note_read(Key::ModelProviders, &3u32);
				touch(Key::NextJobId, &());
				touch(Key::Account, &1u64);
				assert_eq!(end_item(Counted::SUBMISSION), repeats(0, 0));
				// The next, of another model and submitter: what both read, once each even
				// when read twice.
				note_read(Key::Params, &());
				note_read(Key::Params, &());
				note_read(Key::Model, &4u32);
				note_read(Key::MinBond, &());
				note_read(Key::ModelProviders, &4u32);
				touch(Key::NextJobId, &());
				touch(Key::Account, &2u64);
				assert_eq!(end_item(Counted::SUBMISSION), repeats(1, 3));
				// A hold an item only read, then one that writes it: its read is free, its
				// write is not (nobody paid for it yet); the next write of it is.
				note_read(Key::Holds, &7u64);
				assert_eq!(end_item(Counted::SUBMISSION), repeats(0, 0));
				touch(Key::Holds, &7u64);
				assert_eq!(end_item(Counted::SUBMISSION), repeats(0, 1));
				touch(Key::Holds, &7u64);
				assert_eq!(end_item(Counted::SUBMISSION), repeats(1, 1));
				// A read of a key an earlier item only wrote (a blind write): free.
				note(Key::Account, &5u64);
				assert_eq!(end_item(Counted::SUBMISSION), repeats(0, 0));
				note_read(Key::Account, &5u64);
				assert_eq!(end_item(Counted::SUBMISSION), repeats(0, 1));
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
				touch(Key::Deadlines, &5u32);
				note_search(1);
				assert_eq!(end_item_weight(Counted::DEADLINE, db), reads(6));
				// The next one, to the same bucket at once: its read and write of the bucket
				// are free, and the six buckets it did not read.
				touch(Key::Deadlines, &5u32);
				note_search(1);
				assert_eq!(
					end_item_weight(Counted::DEADLINE, db),
					reads(7).saturating_add(Weight::from_parts(100, 0))
				);
				// The next, to the same bucket after a full one (`schedule_deadline` notes no
				// read of a bucket a longer search took): five unread, and the write.
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
				// Keys read again come off where the weight counted their reads.
				note_read(Key::Model, &0u32);
				note_read(Key::Params, &());
				assert_eq!(end_item_weight(Counted::SUBMISSION, db), Weight::zero());
				note_read(Key::Model, &0u32);
				note_read(Key::Model, &1u32);
				note_read(Key::Params, &());
				assert_eq!(end_item_weight(Counted::NONE, db), Weight::zero());
				note_read(Key::Model, &0u32);
				note_read(Key::Model, &1u32);
				note_read(Key::Params, &());
				assert_eq!(end_item_weight(Counted::SUBMISSION, db), reads(3));
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
