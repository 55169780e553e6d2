//! Deadlines (`on_initialize`), pruning of ended jobs (`on_idle`), and the invariants.

use crate::{
	assign::Draw,
	batch::{self, Counted},
	*,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::traits::{One, Saturating};
use verity_primitives::JobId;

/// How many blocks, from the wanted one on, are tried for a deadline or an expiry. Weights
/// count this many bucket accesses for every scheduling.
pub const SEARCH_BLOCKS: u32 = 8;

/// What a block's deadlines have done so far: committees drawn, phases concluded, and the
/// block's randomness once a draw read it.
pub(crate) struct BlockDeadlines<T: Config> {
	assigned: u32,
	concluded: u32,
	random: Option<crate::assign::BlockRandomness<T>>,
	/// Provider work filled the last block (`crate::congestion`): commit and reveal deadlines
	/// move on.
	congested: bool,
}

impl<T: Config> Default for BlockDeadlines<T> {
	fn default() -> Self {
		Self { assigned: 0, concluded: 0, random: None, congested: false }
	}
}

impl<T: Config> Pallet<T> {
	/// Puts `job` in the deadline bucket of block `at`, or of the first later block with room;
	/// returns the block chosen. Notes, for a batch, the bucket written and how many buckets
	/// the search read (`crate::batch`).
	pub(crate) fn schedule_deadline(
		job: JobId,
		at: BlockNumberFor<T>,
	) -> Result<BlockNumberFor<T>, DispatchError> {
		let (at, tries) = Self::first_with_room(at, |b| Deadlines::<T>::try_append(b, job).is_ok())
			.ok_or(Error::<T>::TooManyJobs)?;
		batch::note(batch::Key::Deadlines, &at);
		if tries == 1 {
			batch::note_read(batch::Key::Deadlines, &at);
		}
		batch::note_search(tries);
		Ok(at)
	}

	/// Schedules an ended job for pruning at `at` or the first later block with room.
	pub(crate) fn schedule_expiry(job: JobId, at: BlockNumberFor<T>) {
		match Self::first_with_room(at, |b| Expiries::<T>::try_append(b, job).is_ok()) {
			Some((at, tries)) => {
				batch::note(batch::Key::Expiries, &at);
				// (A settlement's weight counts one bucket read.)
				if tries == 1 {
					batch::note_read(batch::Key::Expiries, &at);
				}
			}
			None => {
				log::warn!(target: "runtime::jobs", "job {job}: no room to schedule pruning; it is kept")
			}
		}
	}

	/// Tries `try_push` on `at` and the blocks after it; a full bucket is read, not written.
	/// (The buckets are appended to: a push reads the bucket's length, not its ids, so it
	/// costs the same in a bucket of 4,096 ids as in an empty one.)
	/// Returns the block that took it and how many blocks were tried.
	fn first_with_room(
		at: BlockNumberFor<T>,
		try_push: impl Fn(BlockNumberFor<T>) -> bool,
	) -> Option<(BlockNumberFor<T>, u32)> {
		let mut block = at;
		for tries in 1..=SEARCH_BLOCKS {
			if try_push(block) {
				return Some((block, tries));
			}
			block = block.saturating_add(One::one());
		}
		None
	}

	/// The jobs that have not ended, by id: each has its next deadline in `Deadlines` (an
	/// invariant), so the buckets list them all. Reads every bucket and every open job: for
	/// the off-chain worker and runtime APIs, not for calls.
	pub fn open_jobs() -> alloc::vec::Vec<(JobId, JobOf<T>)> {
		let mut ids: alloc::vec::Vec<JobId> =
			Deadlines::<T>::iter_values().flat_map(|bucket| bucket.into_inner()).collect();
		ids.sort_unstable();
		ids.dedup();
		ids.into_iter()
			.filter_map(|id| Jobs::<T>::get(id).filter(|j| !j.phase.is_final()).map(|j| (id, j)))
			.collect()
	}

	/// Blocks within which every job open now has ended, its challenge included: twice the
	/// longest a job submitted now can take (`input_lifetime`), which covers jobs submitted
	/// under parameters up to twice as slow and deadlines moved on by full blocks. A provider
	/// that starts unbonding stays bonded at least this long (pallet-providers' `WorkWindow`).
	pub fn work_window() -> BlockNumberFor<T> {
		Params::<T>::get()
			.map(|p| Self::input_lifetime(&p).saturating_mul(2u32.into()))
			.unwrap_or_default()
	}

	/// Moves on every job whose draw, commit or reveal deadline is block `n`. Each job is
	/// processed in its own storage layer; a job that cannot move on (no room for its next
	/// deadline) fails with a full refund instead of being stuck. At most
	/// `MaxAssignmentsPerBlock` committees are drawn, none once the block's deadlines have
	/// taken `MaxDrawWeight`, and at most `MaxConclusionsPerBlock` phases concluded; the
	/// deadlines of the others move to the next block with room. After a block full of
	/// provider work (`crate::congestion`), no commit or reveal phase is concluded: their
	/// deadlines move on too.
	pub(crate) fn process_deadlines(n: BlockNumberFor<T>) -> Weight {
		let due = Deadlines::<T>::take(n);
		// The bucket, `Congestion` and `CongestionLevel`.
		let mut weight = <T as Config>::WeightInfo::deadline_bucket()
			.saturating_add(T::DbWeight::get().reads(2));
		if !due.is_empty() {
			// Taking the bucket removes it.
			weight.saturating_accrue(T::DbWeight::get().writes(1));
		}
		let mut block =
			BlockDeadlines { congested: Self::congestion_holds(), ..BlockDeadlines::default() };
		batch::run(|| {
			for id in due {
				let (w, counted) = Self::process_due(id, n, &mut block, weight);
				// Keys an earlier job of the block wrote and paid for are written once, keys it
				// read or wrote are read once; buckets a search did not read are not charged.
				weight.saturating_accrue(
					w.saturating_sub(batch::end_item_weight(counted, T::DbWeight::get())),
				);
			}
		});
		weight
	}

	/// Moves on job `id` if its deadline is block `n`; returns the weight it took and what of
	/// the keys a batch shares that weight counted (`crate::batch`).
	fn process_due(
		id: JobId,
		n: BlockNumberFor<T>,
		block: &mut BlockDeadlines<T>,
		spent: Weight,
	) -> (Weight, Counted) {
		// Most jobs moved on before their deadline (all providers committed, or all revealed):
		// for those the deadline costs one read. Those that move on here are charged a draw or
		// a conclusion.
		let mut weight = T::DbWeight::get().reads(1);
		let Some(mut job) = Jobs::<T>::get(id) else { return (weight, Counted::NONE) };
		let draw = match job.phase {
			Phase::Assigning { at }
			| Phase::Auditing { at, .. }
			| Phase::Escalating { at, .. }
			| Phase::Challenged { at, .. }
				if at == n =>
			{
				true
			}
			Phase::Committing { until } | Phase::Revealing { until } | Phase::Judging { until }
				if until == n =>
			{
				false
			}
			_ => return (weight, Counted::NONE),
		};
		// After a block full of provider work, no one is concluded against for a commit or
		// reveal that may still wait in the pool: the deadline moves on.
		let room = if draw {
			block.assigned < T::MaxAssignmentsPerBlock::get()
				&& (block.assigned == 0 || spent.all_lt(T::MaxDrawWeight::get()))
		} else {
			!block.congested && block.concluded < T::MaxConclusionsPerBlock::get()
		};
		if !room && Self::defer(id, &mut job, n, &mut weight) {
			return (weight, Counted::DEADLINE);
		}
		// A failing job is charged a conclusion: it touches no more than one does (no payouts,
		// no output), which counts the escrow, accounts and expiry bucket it writes.
		let failing = |weight: &mut Weight, job: &JobOf<T>| {
			weight.saturating_accrue(<T as Config>::WeightInfo::conclude(
				job.assignments.len() as u32,
				0,
			));
			Counted::SETTLEMENT
		};
		let (moved, counted) = if draw {
			block.assigned.saturating_inc();
			let random = block.random.get_or_insert_with(|| {
				weight.saturating_accrue(<T as Config>::WeightInfo::block_randomness());
				Self::block_randomness()
			});
			// An audit's or a challenge's draw reads a key `assign`'s benchmark does not: the
			// primary's record, the challenge.
			let reads_more = matches!(job.phase, Phase::Auditing { .. } | Phase::Challenged { .. });
			let auditing = matches!(job.phase, Phase::Auditing { .. });
			let mut pool_size = 0;
			let drawn = batch::with_layer(|| {
				let draw = match job.phase {
					Phase::Auditing { .. } => {
						Self::draw_audit(id, &mut job, random, &mut pool_size)?
					}
					Phase::Escalating { .. } | Phase::Challenged { .. } => {
						Self::draw_committee(id, &mut job, random, &mut pool_size)?
					}
					_ => Self::assign(id, &mut job, random, &mut pool_size)?,
				};
				if matches!(draw, Draw::Assigned) {
					Jobs::<T>::insert(id, &job);
				}
				Ok::<_, DispatchError>(draw)
			});
			if auditing && job.audit == Audit::Skipped && matches!(drawn, Ok(Draw::Assigned)) {
				// The default tier's common case: a trusted primary's audit not drawn. It read
				// the primary's record and opened the reveals, no pool: its own benchmark.
				weight.saturating_accrue(<T as Config>::WeightInfo::audit_skipped());
			} else {
				// Charged for the pool the draw read (none when it waits or fails first).
				if reads_more {
					weight.saturating_accrue(T::DbWeight::get().reads(1));
				}
				weight.saturating_accrue(<T as Config>::WeightInfo::assign(
					pool_size,
					job.terms.redundancy.max(job.terms.escalation),
				));
				// Whether the job is private, and then each pool entry's encryption key.
				if pool_size > 0 {
					let keys = if Self::is_private(id) { pool_size } else { 0 };
					weight.saturating_accrue(
						T::DbWeight::get().reads(1u64.saturating_add(keys.into())),
					);
				}
			}
			match drawn {
				// The draw ended the job (no providers, no referees, no randomness): refunded,
				// charged a draw (what it read) and a conclusion.
				Ok(Draw::Assigned) if job.phase.is_final() => {
					(Ok(()), Counted::DEADLINE.and(failing(&mut weight, &job)))
				}
				Ok(Draw::Assigned) => (Ok(()), Counted::DEADLINE),
				// No fresh randomness in this block: the draw waits for the next.
				Ok(Draw::Wait) if Self::defer(id, &mut job, n, &mut weight) => {
					(Ok(()), Counted::DEADLINE)
				}
				Ok(Draw::Wait) => (Err(Error::<T>::TooManyJobs.into()), Counted::NONE),
				Err(e) => (Err(e), Counted::NONE),
			}
		} else {
			block.concluded.saturating_inc();
			weight.saturating_accrue(<T as Config>::WeightInfo::conclude(
				job.assignments.len() as u32,
				T::MaxOutputLen::get(),
			));
			weight.saturating_accrue(Self::replaces_result(&job));
			let before = job.phase;
			let mut judging = Weight::zero();
			let concluded = batch::with_layer(|| {
				match job.phase {
					Phase::Committing { .. } => Self::close_commits(id, &mut job)?,
					Phase::Revealing { .. } | Phase::Judging { .. } => {
						Self::conclude(id, &mut job)?;
						judging.saturating_accrue(Self::judging_weight(&before, &job));
					}
					_ => return Ok(()),
				}
				Jobs::<T>::insert(id, &job);
				Ok::<_, DispatchError>(())
			});
			weight.saturating_accrue(judging);
			(concluded, Counted::SETTLEMENT)
		};
		if moved.is_ok() {
			return (weight, counted);
		}
		log::warn!(target: "runtime::jobs", "job {id}: could not move on at its deadline; failing it");
		let Some(mut job) = Jobs::<T>::get(id) else { return (weight, counted) };
		let counted = counted.and(failing(&mut weight, &job));
		if batch::with_layer(|| Self::fail(id, &mut job, FailReason::Overloaded)).is_ok() {
			Jobs::<T>::insert(id, job);
		}
		(weight, counted)
	}

	/// Moves a job's deadline from block `n` to the next block with room; returns whether it
	/// moved (else the job is handled now).
	fn defer(id: JobId, job: &mut JobOf<T>, n: BlockNumberFor<T>, weight: &mut Weight) -> bool {
		// A full search; in `process_deadlines`' batch the buckets it did not read come off.
		weight.saturating_accrue(T::DbWeight::get().reads_writes(SEARCH_BLOCKS.into(), 2));
		batch::with_layer(|| {
			let at = Self::schedule_deadline(id, n.saturating_add(One::one()))?;
			job.phase = match job.phase {
				Phase::Assigning { .. } => Phase::Assigning { at },
				Phase::Auditing { since, .. } => Phase::Auditing { at, since },
				Phase::Escalating { since, .. } => Phase::Escalating { at, since },
				Phase::Challenged { since, .. } => Phase::Challenged { at, since },
				Phase::Committing { .. } => Phase::Committing { until: at },
				Phase::Judging { .. } => Phase::Judging { until: at },
				_ => Phase::Revealing { until: at },
			};
			Jobs::<T>::insert(id, &*job);
			Ok::<_, DispatchError>(())
		})
		.is_ok()
	}

	/// Removes ended jobs with their results, inputs, reveals and challenges whose retention
	/// ran out, as far as `remaining` weight allows; resumes where it stopped in the next
	/// block. A job under challenge is skipped: it is scheduled again when the challenge ends.
	pub(crate) fn prune(n: BlockNumberFor<T>, remaining: Weight) -> Weight {
		let per_bucket = <T as Config>::WeightInfo::deadline_bucket();
		// The measured removal, plus reading the job and removing its input, challenge and
		// every reveal a completed job kept, and a private job's key commitment (read), keys
		// and verdicts.
		let per_job =
			<T as Config>::WeightInfo::prune_job().saturating_add(T::DbWeight::get().reads_writes(
				2,
				4u64.saturating_add(u64::from(T::MaxRedundancy::get()).saturating_mul(2)),
			));
		let mut used = T::DbWeight::get().reads_writes(1, 1);
		if used.any_gt(remaining) {
			return Weight::zero();
		}
		let mut cursor = PruneCursor::<T>::get();
		while cursor <= n && used.saturating_add(per_bucket).all_lte(remaining) {
			used.saturating_accrue(per_bucket);
			let mut bucket = Expiries::<T>::get(cursor);
			while used.saturating_add(per_job).all_lte(remaining) {
				let Some(id) = bucket.pop() else { break };
				used.saturating_accrue(per_job);
				let Some(job) = Jobs::<T>::get(id) else { continue };
				if !job.phase.is_final() {
					continue;
				}
				for a in job.assignments.iter().filter(|a| a.revealed) {
					Reveals::<T>::remove(id, &a.provider);
				}
				Jobs::<T>::remove(id);
				Results::<T>::remove(id);
				StoredResults::<T>::remove(id);
				Self::remove_input(id);
				Challenges::<T>::remove(id);
				Self::remove_private(id, &job);
			}
			if bucket.is_empty() {
				Expiries::<T>::remove(cursor);
				cursor = cursor.saturating_add(One::one());
			} else {
				Expiries::<T>::insert(cursor, bucket);
				break;
			}
		}
		PruneCursor::<T>::put(cursor);
		used
	}

	/// Checks the pallet's invariants:
	/// - each submitter's `JobEscrow` hold equals the fees of its jobs that have not ended
	///   (a challenged job's was settled when it completed);
	/// - every provider holding a seat on a job that has not ended (a challenged job's old
	///   providers too) is still registered: its bond is there to slash;
	/// - a job that has not ended has its input stored and its deadline in `Deadlines`; one
	///   waiting for its draw has no assignments, a drawn one has at least one, each with a
	///   seat; its first committee's seats add up to its redundancy, and it has no more
	///   auditors', referees' and challengers' seats than its terms allow; a failed job has
	///   no input;
	/// - reveals exist only for revealed assignments of jobs that have not failed, and for
	///   every revealed assignment of an open job;
	/// - results exist exactly for completed jobs and challenged ones not yet decided;
	/// - challenges exist only for jobs that were challenged, and each challenger's
	///   `ChallengeBond` hold equals the bonds of its undecided challenges;
	/// - the protocol parameters are within their bounds.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		if let Some(p) = Params::<T>::get() {
			ensure!(Self::check_params(&p).is_ok(), "protocol parameters out of bounds");
		}
		for (id, _) in PrivateJobs::<T>::iter() {
			ensure!(Jobs::<T>::contains_key(id), "a private job's record without the job");
		}
		for (id, judgements) in Judgements::<T>::iter() {
			ensure!(PrivateJobs::<T>::contains_key(id), "verdicts for a job that is not private");
			let job = Jobs::<T>::get(id).ok_or("verdicts without the job")?;
			ensure!(
				judgements.iter().all(|e| job
					.assignments
					.get(e.seat as usize)
					.is_some_and(|a| a.revealed && a.role != Role::Challenger)),
				"a verdict of a seat that revealed nothing"
			);
		}
		for (id, provider, _) in SeatKeys::<T>::iter() {
			ensure!(
				PrivateJobs::<T>::contains_key(id),
				"a seat's key for a job that is not private"
			);
			ensure!(
				Jobs::<T>::get(id)
					.is_some_and(|j| j.assignments.iter().any(|a| a.provider == provider)),
				"a seat's key for a provider the job did not draw"
			);
		}
		let mut escrow: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut bonds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, c) in Challenges::<T>::iter() {
			ensure!(
				Jobs::<T>::get(id).is_some_and(|j| j.audit == Audit::Challenged),
				"a challenge is recorded for a job that was not challenged"
			);
			if c.verdict.is_none() {
				let b = bonds.entry(c.challenger).or_default();
				*b = b.saturating_add(c.bond);
			}
		}
		for (who, amount) in bonds.iter() {
			ensure!(
				CurrencyOf::<T>::balance_on_hold(&HoldReason::ChallengeBond.into(), who) == *amount,
				"a challenger's bond hold differs from its undecided challenges"
			);
		}
		for (id, job) in Jobs::<T>::iter() {
			let open = !job.phase.is_final();
			let challenged = job.audit == Audit::Challenged;
			let failed = matches!(job.phase, Phase::Failed { .. } | Phase::Cancelled { .. });
			if open {
				if !challenged {
					let e = escrow.entry(job.submitter.clone()).or_default();
					*e = e.saturating_add(job.fee.total());
				}
				ensure!(
					Inputs::<T>::contains_key(id) != StoredInputs::<T>::contains_key(id),
					"an open job has no input, or two"
				);
				let until = match job.phase {
					Phase::Committing { until }
					| Phase::Revealing { until }
					| Phase::Judging { until } => until,
					Phase::Assigning { at }
					| Phase::Auditing { at, .. }
					| Phase::Escalating { at, .. }
					| Phase::Challenged { at, .. } => at,
					_ => Default::default(),
				};
				ensure!(
					Deadlines::<T>::get(until).contains(&id),
					"an open job's deadline is not scheduled"
				);
				if matches!(job.phase, Phase::Assigning { .. }) {
					ensure!(job.assignments.is_empty(), "a job waiting for its draw has providers");
				} else {
					let seats_of = |role: Role| job.seats_where(|a| a.role == role);
					ensure!(
						seats_of(Role::Member) == job.terms.redundancy
							&& seats_of(Role::Auditor) <= job.terms.auditors
							&& seats_of(Role::Referee) <= job.terms.escalation
							&& seats_of(Role::Challenger) <= job.terms.escalation
							&& job.assignments.iter().all(|a| a.seats > 0),
						"a drawn job's seats do not add up to its terms"
					);
				}
			} else if failed {
				ensure!(
					!Inputs::<T>::contains_key(id) && !StoredInputs::<T>::contains_key(id),
					"a failed job still has its input"
				);
			}
			for a in job.assignments.iter() {
				// A challenged job's old providers may be slashed too.
				ensure!(
					!open || pallet_providers::Providers::<T>::contains_key(&a.provider),
					"a provider withdrew with a seat on an open job"
				);
				let stored = Reveals::<T>::contains_key(id, &a.provider);
				// A completed job keeps its reveals (one completed before version 3 has none).
				ensure!(
					(!stored || (!failed && a.revealed)) && (stored || !(open && a.revealed)),
					"a reveal is stored for an assignment that did not reveal or a job that failed"
				);
			}
			ensure!(
				!(Results::<T>::contains_key(id) && StoredResults::<T>::contains_key(id)),
				"a job has both an on-chain and a stored result"
			);
			ensure!(
				(Results::<T>::contains_key(id) || StoredResults::<T>::contains_key(id))
					== (matches!(job.phase, Phase::Completed { .. }) || (open && challenged)),
				"a result is stored for a job that did not complete, or is missing"
			);
			ensure!(
				!challenged || Challenges::<T>::contains_key(id),
				"a challenged job has no challenge recorded"
			);
		}
		for (who, amount) in escrow {
			ensure!(
				CurrencyOf::<T>::balance_on_hold(&HoldReason::JobEscrow.into(), &who) == amount,
				"a submitter's escrow differs from its open jobs' fees"
			);
		}
		Ok(())
	}
}
