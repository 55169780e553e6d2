//! Congestion: blocks full of provider work. Provider work goes first in a block
//! ([`crate::priority`]), so a burst of submissions never pushes it out; but work the chain has
//! drawn can itself outgrow the blocks — a burst's committees, three seats each, each seat a
//! commit and a reveal. Then commits and reveals wait in the pool while their deadlines pass,
//! and the providers who sent them would be slashed for not showing.
//!
//! The chain sees it: [`crate::priority::PrioritizeProviderWork`] adds up the weight (with each
//! transaction's base weight) and length the provider work each block includes took, counting
//! only work that applied in full ([`BlockLoad`]), and at the block's end a block
//! in which that work took at least three quarters of the room left to transactions (after
//! `on_initialize`'s deadlines) and other transactions less than an eighth counts as congested
//! ([`crate::Congestion`]: how many in a row). Provider work goes first, so a block that still
//! took other transactions had room for all the provider work its author knew of: only a block
//! of provider work alone tells that some waited.
//! In the block after a congested one, every commit or reveal deadline due moves on to the next
//! block instead of concluding, so no one is slashed for work that waited in the pool.
//! Committees are still drawn: holding the draws back too (tried, spec 128's first build)
//! made the chain alternate between blocks that draw and blocks that do not, and an 8,000-job
//! audited burst settled at 0.255 of the transfer rate instead of 0.333 (docs/PERFORMANCE.md).
//!
//! Bounded, for each run of full blocks and over any stretch of them: [`crate::CongestionLevel`]
//! rises by one with each congested block and falls by one with each other block, and
//! deadlines move on only while it is at most `CongestionGrace`. So a block author, or
//! providers filling blocks with their own work, hold a job open at most that many blocks in a
//! row, and over any stretch of blocks deadlines are held in at most `CongestionGrace` blocks
//! more than the stretch had blocks that were not full: runs of full blocks separated by
//! single open ones (which, with more deadlines due than a block concludes, would otherwise
//! keep moving some of them on) soon hold nothing. Only work a seat holder could do counts
//! (the extension refuses the rest at inclusion): a flood of submissions, transfers or
//! remarks never makes a block congested.

use crate::{BlockLoad, Config, Congestion, CongestionLevel, Pallet};
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{
	dispatch::DispatchClass,
	pallet_prelude::{Get, Weight},
};
use scale_info::TypeInfo;

/// What a block's deadlines and the provider work it included took: kept while the block is
/// built, removed at its end (whitelisted: never written to the database).
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Default)]
pub struct Load {
	/// The weight `on_initialize` charged (the deadlines).
	pub deadlines: Weight,
	/// The weight of the provider work included (commits and reveals of open seats).
	pub work: Weight,
	/// Its length in bytes.
	pub work_len: u32,
}

impl<T: Config> Pallet<T> {
	/// Counts a commit or reveal of an open seat the block includes.
	pub(crate) fn note_provider_work(weight: Weight, len: usize) {
		BlockLoad::<T>::mutate(|l| {
			l.work.saturating_accrue(weight);
			l.work_len = l.work_len.saturating_add(u32::try_from(len).unwrap_or(u32::MAX));
		});
	}

	/// Counts the weight `on_initialize` charged.
	pub(crate) fn note_deadlines(weight: Weight) {
		BlockLoad::<T>::mutate(|l| l.deadlines = weight);
	}

	/// Whether a block with `load` was congested: provider work waited for room in it. It took
	/// at least three quarters of the weight (or the length) transactions had room for, and
	/// everything else the block's transactions took (`normal`: what all the normal class took;
	/// `len`: the block's bytes) less than an eighth: provider work goes first, so a block that still took other transactions
	/// had room for all the provider work its author knew of.
	pub fn congested_by(load: &Load, normal: Weight, len: u32) -> bool {
		let weights = T::BlockWeights::get();
		let class = weights.get(DispatchClass::Normal);
		// Normal transactions are held to their class's share and to what the block's
		// deadlines left.
		let room = class
			.max_total
			.unwrap_or(weights.max_block)
			.ref_time()
			.min(weights.max_block.ref_time().saturating_sub(load.deadlines.ref_time()));
		let len_room = u64::from(*T::BlockLength::get().max.get(DispatchClass::Normal));
		let filled = |work: u64, all: u64, room: u64| {
			work > 0 && work >= room / 4 * 3 && all.saturating_sub(work) < room / 8
		};
		filled(load.work.ref_time(), normal.ref_time(), room)
			|| filled(load.work_len.into(), len.into(), len_room)
	}

	/// At a block's end: counts it in `Congestion` (a run of congested blocks, or 0) and in
	/// `CongestionLevel` (one up if congested, else one down). Writes only what changes.
	pub(crate) fn note_block_end() {
		let load = BlockLoad::<T>::take();
		let normal = *frame_system::Pallet::<T>::block_weight().get(DispatchClass::Normal);
		// The header's and every transaction's bytes.
		let len = frame_system::Pallet::<T>::block_size();
		let congested = Self::congested_by(&load, normal, len);
		let level = CongestionLevel::<T>::get();
		let level_now = if congested { level.saturating_add(1) } else { level.saturating_sub(1) };
		if level_now != level {
			CongestionLevel::<T>::put(level_now);
		}
		let before = Congestion::<T>::get();
		let now = if congested { before.saturating_add(1) } else { 0 };
		if now != before {
			Congestion::<T>::put(now);
			log::info!(
				target: "runtime::jobs",
				"congestion: {now} block(s) in a row full of provider work ({} of weight, {} bytes; level {level_now})",
				load.work.ref_time(),
				load.work_len
			);
		}
	}

	/// Whether this block moves commit and reveal deadlines on: the last block was congested,
	/// and `CongestionLevel` is at most `CongestionGrace` (so were fewer than that many blocks
	/// in a row: the level is never below the run).
	pub fn congestion_holds() -> bool {
		Congestion::<T>::get() > 0 && CongestionLevel::<T>::get() <= T::CongestionGrace::get()
	}
}
