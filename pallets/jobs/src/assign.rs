//! The draw of a job's committee, `DrawDelay` blocks after its submission.
//!
//! A job is submitted in block `N` and its providers are drawn in block `N + DrawDelay` (or
//! later, when that block is full) from `T::Randomness` of the block the draw happens in. On
//! the chain `DrawDelay` is 1 and that randomness mixes the BABE VRF outputs of blocks `N`
//! and `N + 1`: an author knows its own block's VRF output ahead of its slot, so only one that
//! authors both blocks could pick a job whose committee suits it (docs/architecture.md). The
//! block's randomness is read once; each job's seed binds it to the job's id and the hash of
//! its input.
//!
//! Only providers holding at least the minimum bond are drawn. A seat pays the provider's own
//! price, capped at the stake-weighted median price of the pool at submission
//! (`seat_price_cap`): a provider asking an absurd price neither makes jobs dear nor blocks
//! them, and a submitter cannot pick the committee by what it is willing to pay.
//!
//! The `redundancy` seats are drawn one by one from the model's pool, each landing on a
//! provider with a chance equal to its share of the pool's stake; a provider may hold several
//! seats. So the number of seats a stake wins does not depend on how many accounts hold it:
//! ten accounts of a tenth each hold a committee's majority exactly as often as one account
//! with all of it.

use crate::*;
use codec::Encode;
use frame_support::{pallet_prelude::*, traits::Randomness};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedInto, Zero},
	Perbill,
};
use verity_primitives::JobId;

/// Draws `seats` seats from entries with `stakes`, with replacement, each seat going to entry
/// `i` with probability `stakes[i] / sum(stakes)`, from `seed`. Returns `(entry, seats)` for the
/// entries drawn, in the order they were first drawn; empty when the stakes are all zero.
pub fn draw_seats(stakes: &[u128], seed: &[u8; 32], seats: u32) -> alloc::vec::Vec<(usize, u32)> {
	let total = stakes.iter().fold(0u128, |t, s| t.saturating_add(*s));
	let mut drawn: alloc::vec::Vec<(usize, u32)> = alloc::vec::Vec::new();
	if total == 0 {
		return drawn;
	}
	for seat in 0..seats {
		// 128 uniform bits reduced modulo the total stake: the bias is below total / 2^128.
		let r = u128::from_le_bytes(sp_crypto_hashing::blake2_128(&(seed, seat).encode())) % total;
		let mut upto = 0u128;
		let Some(pick) = stakes.iter().position(|s| {
			upto = upto.saturating_add(*s);
			r < upto
		}) else {
			continue;
		};
		match drawn.iter_mut().find(|(i, _)| *i == pick) {
			Some((_, n)) => *n = n.saturating_add(1),
			None => drawn.push((pick, 1)),
		}
	}
	drawn
}

/// The stake-weighted median of `(stake, price)` entries: the lowest price such that providers
/// asking at most that hold at least half the stake. `None` when no entry has stake.
pub fn median_price<B: Copy + Ord>(entries: &[(u128, B)]) -> Option<B> {
	let total = entries.iter().fold(0u128, |t, (s, _)| t.saturating_add(*s));
	if total == 0 {
		return None;
	}
	let mut by_price: alloc::vec::Vec<(u128, B)> = entries.to_vec();
	by_price.sort_by_key(|e| e.1);
	let mut upto = 0u128;
	by_price.into_iter().find_map(|(stake, price)| {
		upto = upto.saturating_add(stake);
		// `upto >= total / 2` without rounding: `2 * upto >= total`.
		(upto >= total.saturating_sub(upto)).then_some(price)
	})
}

/// What an attempt to draw a committee came to.
pub(crate) enum Draw {
	/// The committee was drawn and the job is committing.
	Assigned,
	/// No fresh randomness in this block: try again in the next.
	Wait,
}

/// The randomness a block draws committees from, and the block since which it is known.
pub type BlockRandomness<T> = Option<(<T as frame_system::Config>::Hash, BlockNumberFor<T>)>;

impl<T: Config> Pallet<T> {
	/// The entries of `model`'s pool that holds at least the minimum bond (a minimum raised by
	/// governance applies from the next draw on, before any provider leaves its pools), and the
	/// size of the whole pool (what was read, for weights). The seat price cap is their median
	/// price; a job's seats are drawn from them, but for its submitter.
	pub(crate) fn bonded_pool(
		model: verity_primitives::ModelId,
	) -> (alloc::vec::Vec<pallet_providers::PoolEntryOf<T>>, u32) {
		let min_bond = pallet_providers::Pallet::<T>::min_bond();
		let pool = pallet_providers::Pallet::<T>::pool(model);
		crate::batch::note_read(crate::batch::Key::MinBond, &());
		crate::batch::note_read(crate::batch::Key::ModelProviders, &model);
		let size = pool.len() as u32;
		let bonded =
			pool.into_iter().filter(|e| e.stake >= min_bond && !e.stake.is_zero()).collect();
		(bonded, size)
	}

	/// The most a seat of a job drawn from `pool` pays: the stake-weighted median of the
	/// prices asked. `None` when the pool is empty.
	pub(crate) fn seat_price_cap(
		pool: &[pallet_providers::PoolEntryOf<T>],
	) -> Option<BalanceOf<T>> {
		let entries: alloc::vec::Vec<(u128, BalanceOf<T>)> =
			pool.iter().map(|e| (e.stake.unique_saturated_into(), e.price)).collect();
		median_price(&entries)
	}

	/// The current block's randomness for drawing committees (read once per block).
	pub(crate) fn block_randomness() -> BlockRandomness<T> {
		let (random, known_since) = T::Randomness::random(b"verity/assign");
		random.map(|r| (r, known_since))
	}

	/// The seed of a job's draw: the block's randomness bound to this job, its input and what
	/// is drawn (`tag`), if the randomness was first known after block `since`.
	fn seed(
		job_id: JobId,
		job: &JobOf<T>,
		since: BlockNumberFor<T>,
		tag: &[u8],
		random: &BlockRandomness<T>,
	) -> Option<[u8; 32]> {
		let (random, known_since) = random.as_ref()?;
		(*known_since > since).then(|| {
			if tag.is_empty() {
				sp_crypto_hashing::blake2_256(&(random, job_id, job.input_hash).encode())
			} else {
				sp_crypto_hashing::blake2_256(&(random, job_id, job.input_hash, tag).encode())
			}
		})
	}

	/// The seed of a draw waiting since block `since` (see [`Self::seed`]), or what the draw
	/// comes to without one: it waits for the next block, or, once it has waited `DrawDelay`
	/// plus the commit period, the job fails `NoRandomness` (with a full refund).
	fn seed_or_wait(
		job_id: JobId,
		job: &mut JobOf<T>,
		since: BlockNumberFor<T>,
		tag: &[u8],
		random: &BlockRandomness<T>,
	) -> Result<Result<[u8; 32], Draw>, DispatchError> {
		if let Some(seed) = Self::seed(job_id, job, since, tag, random) {
			return Ok(Ok(seed));
		}
		let now = frame_system::Pallet::<T>::block_number();
		if now >= since.saturating_add(T::DrawDelay::get()).saturating_add(job.terms.commit_period)
		{
			Self::fail(job_id, job, FailReason::NoRandomness)?;
			return Ok(Err(Draw::Assigned));
		}
		Ok(Err(Draw::Wait))
	}

	/// The providers of `role` a job drew, each with its seats, for events.
	fn drawn(job: &JobOf<T>, role: Role) -> BoundedVec<(T::AccountId, u32), T::MaxRedundancy> {
		BoundedVec::truncate_from(
			job.assignments
				.iter()
				.filter(|a| a.role == role)
				.map(|a| (a.provider.clone(), a.seats))
				.collect(),
		)
	}

	/// Draws `seats` seats of `role` for a job from the model's pool weighted by stake: never
	/// the submitter, never a provider below the minimum bond, never a provider the job
	/// already has, never its challenger, and for a private job never one without an encryption
	/// key (docs/privacy.md). Adds them to its assignments (each at its price,
	/// capped at the job's seat price cap). Returns how many providers were drawn.
	fn draw_round(
		job_id: JobId,
		job: &mut JobOf<T>,
		seed: &[u8; 32],
		role: Role,
		seats: u32,
		pool_size: &mut u32,
	) -> Result<u32, DispatchError> {
		let (pool, size) = Self::bonded_pool(job.model);
		*pool_size = size;
		// A private job draws only providers that can be given its key.
		let private = Self::is_private(job_id);
		let challenger = if role == Role::Challenger {
			Challenges::<T>::get(job_id).map(|c| c.challenger)
		} else {
			None
		};
		let pool: alloc::vec::Vec<_> = pool
			.into_iter()
			.filter(|e| {
				e.provider != job.submitter
					&& challenger.as_ref() != Some(&e.provider)
					&& !job.assignments.iter().any(|a| a.provider == e.provider)
					&& (!private
						|| pallet_providers::EncryptionKeys::<T>::contains_key(&e.provider))
			})
			.collect();
		let stakes: alloc::vec::Vec<u128> =
			pool.iter().map(|e| e.stake.unique_saturated_into()).collect();
		let drawn = draw_seats(&stakes, seed, seats);
		let cap = job.terms.seat_price_cap;
		for (e, seats) in drawn.iter().filter_map(|(i, seats)| pool.get(*i).map(|e| (e, *seats))) {
			job.assignments
				.try_push(Assignment {
					provider: e.provider.clone(),
					seats,
					price: e.price.min(cap),
					commitment: None,
					revealed: false,
					role,
				})
				.map_err(|_| Error::<T>::RedundancyOutOfBounds)?;
		}
		Ok(drawn.len() as u32)
	}

	/// What the seats of `role` cost.
	fn cost_of(job: &JobOf<T>, role: Role) -> BalanceOf<T> {
		job.assignments
			.iter()
			.filter(|a| a.role == role)
			.fold(Zero::zero(), |acc, a| acc.saturating_add(a.price.saturating_mul(a.seats.into())))
	}

	/// What a drawn job costs its submitter as drawn so far: its first committee's and its
	/// auditors' seats at their prices (an audited job's auditors' seats at the cap until its
	/// audit is drawn), the royalty, and the protocol fee on the seats. Referees and
	/// challengers are paid from slashes. The job's escrow (`fee`, the most it could cost)
	/// stays held until it ends, when the rest returns in one release: two writes less per
	/// draw than releasing at every draw.
	pub fn cost(job: &JobOf<T>) -> Fee<BalanceOf<T>> {
		let pending = if job.audit == Audit::Pending { job.terms.auditors } else { 0 };
		let compute = Self::cost_of(job, Role::Member)
			.saturating_add(Self::cost_of(job, Role::Auditor))
			.saturating_add(job.terms.seat_price_cap.saturating_mul(pending.into()));
		Fee {
			compute,
			royalty: job.fee.royalty,
			protocol: job.terms.protocol_fee.mul_ceil(compute),
		}
	}

	/// Draws the committee of a job in its `Assigning` phase: its seats from the model's pool
	/// (never the submitter, never a provider below the minimum bond), their prices (capped at
	/// the job's seat price cap) and its commit deadline; the event tells what the job costs
	/// now (`cost`; what it does not cost returns when it ends). A job with no provider to draw from, or no room for its deadline, fails
	/// with a full refund. `pool_size` is set to the size of the pool read, for the weight.
	pub(crate) fn assign(
		job_id: JobId,
		job: &mut JobOf<T>,
		random: &BlockRandomness<T>,
		pool_size: &mut u32,
	) -> Result<Draw, DispatchError> {
		let since = job.submitted_at;
		let seed = match Self::seed_or_wait(job_id, job, since, b"", random)? {
			Ok(seed) => seed,
			Err(draw) => return Ok(draw),
		};
		let redundancy = job.terms.redundancy;
		if Self::draw_round(job_id, job, &seed, Role::Member, redundancy, pool_size)? == 0 {
			Self::fail(job_id, job, FailReason::NoProviders)?;
			return Ok(Draw::Assigned);
		}
		let now = frame_system::Pallet::<T>::block_number();
		let until = Self::schedule_deadline(job_id, now.saturating_add(job.terms.commit_period))?;
		job.phase = Phase::Committing { until };
		let providers = Self::drawn(job, Role::Member);
		log::info!(target: "runtime::jobs", "job {job_id}: committee drawn, {} seat(s) for {} provider(s); commits until block {until:?}", job.terms.redundancy, providers.len());
		Self::deposit_event(Event::JobAssigned {
			job: job_id,
			providers,
			commit_until: until,
			fee: Self::cost(job).total(),
		});
		Ok(Draw::Assigned)
	}

	/// The chance that a job `primary` serves on `model` is audited under `terms`: certain
	/// while its record of consecutive valid checked results is below `trusted_after`, then
	/// `max(audit_floor, 1 / record)`.
	pub fn audit_probability(
		primary: &T::AccountId,
		model: verity_primitives::ModelId,
		trusted_after: u32,
		audit_floor: Perbill,
	) -> Perbill {
		let record = Trust::<T>::get(primary, model);
		if record < trusted_after || record == 0 {
			return Perbill::one();
		}
		Perbill::from_rational(1u32, record).max(audit_floor)
	}

	/// Draws, for an audited job whose primary committed, whether it is audited and if so its
	/// auditors, from randomness first known after the commit. Unaudited (or with nobody to
	/// audit it), the primary reveals at once and the auditors' seats are no longer part of
	/// its cost.
	pub(crate) fn draw_audit(
		job_id: JobId,
		job: &mut JobOf<T>,
		random: &BlockRandomness<T>,
		pool_size: &mut u32,
	) -> Result<Draw, DispatchError> {
		let Phase::Auditing { since, .. } = job.phase else { return Ok(Draw::Assigned) };
		let seed = match Self::seed_or_wait(job_id, job, since, b"audit", random)? {
			Ok(seed) => seed,
			Err(draw) => return Ok(draw),
		};
		let Some(primary) = job.assignments.first().map(|a| a.provider.clone()) else {
			Self::fail(job_id, job, FailReason::NoProviders)?;
			return Ok(Draw::Assigned);
		};
		let q = Self::audit_probability(
			&primary,
			job.model,
			job.terms.trusted_after,
			job.terms.audit_floor,
		);
		// A uniform draw in [0, 10^9): audited when below q's parts per billion.
		let roll = u128::from_le_bytes(sp_crypto_hashing::blake2_128(&(seed, b"roll").encode()))
			% 1_000_000_000u128;
		let audited = roll < q.deconstruct() as u128;
		let auditors = job.terms.auditors;
		let drawn = if audited {
			Self::draw_round(job_id, job, &seed, Role::Auditor, auditors, pool_size)?
		} else {
			0
		};
		job.audit = match (audited, drawn) {
			(false, _) => Audit::Skipped,
			(true, 0) => Audit::NoAuditors,
			_ => Audit::Audited,
		};
		let now = frame_system::Pallet::<T>::block_number();
		log::info!(target: "runtime::jobs", "job {job_id}: audit drawn with probability {q:?}: {:?}", job.audit);
		Self::deposit_event(Event::AuditDrawn {
			job: job_id,
			audit: job.audit,
			auditors: Self::drawn(job, Role::Auditor),
			fee: Self::cost(job).total(),
		});
		if job.audit == Audit::Audited {
			let until =
				Self::schedule_deadline(job_id, now.saturating_add(job.terms.commit_period))?;
			job.phase = Phase::Committing { until };
		} else {
			Self::open_reveals(job_id, job)?;
		}
		Ok(Draw::Assigned)
	}

	/// Draws the committee of a job's escalation (its audit disagreed; from randomness first
	/// known after every outcome was revealed) or of a challenge of its result (from
	/// randomness first known after the challenge): `escalation` seats, none of them a
	/// provider the job already has (nor the challenger). With nobody to draw, an escalated job
	/// fails with a full refund and a challenge is void (the bond is returned).
	pub(crate) fn draw_committee(
		job_id: JobId,
		job: &mut JobOf<T>,
		random: &BlockRandomness<T>,
		pool_size: &mut u32,
	) -> Result<Draw, DispatchError> {
		let (since, role, tag): (_, _, &[u8]) = match job.phase {
			Phase::Escalating { since, .. } => (since, Role::Referee, b"escalation"),
			Phase::Challenged { since, .. } => (since, Role::Challenger, b"challenge"),
			_ => return Ok(Draw::Assigned),
		};
		let seed = match Self::seed_or_wait(job_id, job, since, tag, random)? {
			Ok(seed) => seed,
			Err(draw) => return Ok(draw),
		};
		let seats = job.terms.escalation;
		if Self::draw_round(job_id, job, &seed, role, seats, pool_size)? == 0 {
			Self::fail(job_id, job, FailReason::NoProviders)?;
			return Ok(Draw::Assigned);
		}
		let now = frame_system::Pallet::<T>::block_number();
		let until = Self::schedule_deadline(job_id, now.saturating_add(job.terms.commit_period))?;
		job.phase = Phase::Committing { until };
		let drawn = Self::drawn(job, role);
		let count = drawn.len();
		let (event, what) = match role {
			Role::Challenger => (
				Event::ChallengeDrawn { job: job_id, committee: drawn, commit_until: until },
				"challenge",
			),
			_ => (
				Event::EscalationDrawn { job: job_id, referees: drawn, commit_until: until },
				"escalation",
			),
		};
		log::info!(target: "runtime::jobs", "job {job_id}: {what} committee drawn, {seats} seat(s) for {count} provider(s); commits until block {until:?}");
		Self::deposit_event(event);
		Ok(Draw::Assigned)
	}
}
