//! Congestion: blocks full of provider work. Provider work goes first in a block
//! ([`crate::priority`]), so a burst of submissions never pushes it out; but work the chain has
//! drawn can itself outgrow the blocks — a burst's committees, three seats each, each seat a
//! commit and a reveal. Then commits and reveals wait in the pool while their deadlines pass,
//! and the providers who sent them would be slashed for not showing.
//!
//! The chain sees it: [`crate::priority::PrioritizeProviderWork`] adds up the weight and length
//! of the provider work each block includes ([`BlockLoad`]), and at the block's end a block in
//! which that work took at least three quarters of the room left to transactions (after
//! `on_initialize`'s deadlines) counts as congested ([`crate::Congestion`]: how many in a row).
//! In the block after a congested one, no committee is drawn (the work it would make waits
//! for the work already out) and every commit or reveal deadline due moves on to the next
//! block instead of concluding (so no one is slashed for work waiting in the pool).
//!
//! Bounded: once `CongestionGrace` blocks in a row were congested, deadlines conclude and
//! draws resume as if the blocks were not full, so a block author, or providers filling blocks
//! with their own work, delay a job by at most that many blocks in a row. Only work a seat
//! holder could do counts (the extension refuses the rest at inclusion): a flood of
//! submissions, transfers or remarks never makes a block congested.

use crate::{BlockLoad, Config, Congestion, Pallet};
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

	/// Whether a block with `load` was congested: its provider work took at least three
	/// quarters of the weight or the length transactions had room for.
	pub fn congested_by(load: &Load) -> bool {
		let weights = T::BlockWeights::get();
		let normal = weights.get(DispatchClass::Normal);
		// Normal transactions are held to their class's share and to what the block's
		// deadlines left.
		let room = normal
			.max_total
			.unwrap_or(weights.max_block)
			.ref_time()
			.min(weights.max_block.ref_time().saturating_sub(load.deadlines.ref_time()));
		let len_room = *T::BlockLength::get().max.get(DispatchClass::Normal);
		let three_quarters = |x: u64| x / 4 * 3;
		load.work.ref_time() > 0
			&& (load.work.ref_time() >= three_quarters(room)
				|| u64::from(load.work_len) >= three_quarters(len_room.into()))
	}

	/// At a block's end: counts it in `Congestion` (a run of congested blocks, or 0). Writes
	/// only when the count changes.
	pub(crate) fn note_block_end() {
		let load = BlockLoad::<T>::take();
		let before = Congestion::<T>::get();
		let now = if Self::congested_by(&load) { before.saturating_add(1) } else { 0 };
		if now != before {
			Congestion::<T>::put(now);
			log::info!(
				target: "runtime::jobs",
				"congestion: {now} block(s) in a row full of provider work ({} of weight, {} bytes)",
				load.work.ref_time(),
				load.work_len
			);
		}
	}

	/// Whether this block holds draws back and moves commit and reveal deadlines on: the last
	/// block was congested, and fewer than `CongestionGrace` in a row were.
	pub fn congestion_holds() -> bool {
		(1..=T::CongestionGrace::get()).contains(&Congestion::<T>::get())
	}
}
