//! Commit, reveal and cancel (one at a time or in batches), and the close of the commit phase.

use crate::{
	batch::{self, Counted},
	*,
};
use frame_support::{ensure, pallet_prelude::*};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::traits::Saturating;
use verity_primitives::{BlobInspect, BlobStore, JobId, Outcome, Salt};

/// The shortest output the settlement benchmarks reveal (a tensor of one element): what
/// `reveal` and `reveal_beneficiaries` include of an output's length.
pub const SHORTEST_OUTPUT: u32 = 17;

impl<T: Config> Pallet<T> {
	/// Commits; returns the weight it took (the closing commit's, or an open one's) and what of
	/// the keys a batch shares it counted (`crate::batch`): a closing commit that put the job in
	/// its next deadline bucket, that bucket.
	pub(crate) fn do_commit(
		who: T::AccountId,
		job_id: JobId,
		commitment: H256,
	) -> Result<(Weight, Counted), DispatchError> {
		let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::UnknownJob)?;
		ensure!(matches!(job.phase, Phase::Committing { .. }), Error::<T>::NotCommitting);
		let round = job.round();
		let a = job.assignment_mut(&who).ok_or(Error::<T>::NotAssigned)?;
		ensure!(a.commitment.is_none(), Error::<T>::AlreadyCommitted);
		ensure!(a.role == round, Error::<T>::RoundClosed);
		a.commitment = Some(commitment);
		Self::deposit_event(Event::Committed { job: job_id, provider: who });

		let weight = if job.round_committed() {
			Self::close_commits(job_id, &mut job)?;
			// `commit` counts the deadline bucket, not what failing the job would write.
			let counted = if job.phase.is_final() { Counted::NONE } else { Counted::DEADLINE };
			(<T as Config>::WeightInfo::commit(job.assignments.len() as u32), counted)
		} else {
			(<T as Config>::WeightInfo::commit_open(), Counted::NONE)
		};
		Jobs::<T>::insert(job_id, job);
		Ok(weight)
	}

	/// Ends the commit phase of the current round. A `Quorum` job with fewer committed seats
	/// than its quorum fails, and so does an audited job whose primary did not commit. An
	/// audited job's primary having committed, whether it is audited is drawn `DrawDelay`
	/// blocks on, from randomness nobody knew at the commit. Otherwise (an audit's or an
	/// escalation's round too, whoever committed) those who committed reveal.
	pub(crate) fn close_commits(job_id: JobId, job: &mut JobOf<T>) -> DispatchResult {
		if job.round() == Role::Member {
			let seats = job.committed_seats();
			if seats < job.terms.quorum {
				return Self::fail(job_id, job, FailReason::TooFewCommits);
			}
			if job.audit == Audit::Pending {
				let now = frame_system::Pallet::<T>::block_number();
				let at = Self::schedule_deadline(job_id, now.saturating_add(T::DrawDelay::get()))?;
				job.phase = Phase::Auditing { at, since: now };
				log::info!(target: "runtime::jobs", "job {job_id}: the primary committed; whether it is audited is drawn in block {at:?}");
				Self::deposit_event(Event::PrimaryCommitted { job: job_id, audit_drawn_at: at });
				return Ok(());
			}
		}
		let round = job.round();
		if matches!(round, Role::Referee | Role::Challenger) {
			// Referees (or a challenge committee) that cannot reach a majority decide nothing:
			// end now rather than wait.
			let seats = job.seats_where(|a| a.role == round && a.commitment.is_some());
			if seats < job.terms.escalation / 2 + 1 {
				return Self::fail(job_id, job, FailReason::TooFewCommits);
			}
		}
		Self::open_reveals(job_id, job)
	}

	/// Opens the reveals of the current round until `now + reveal_period`.
	pub(crate) fn open_reveals(job_id: JobId, job: &mut JobOf<T>) -> DispatchResult {
		let round = job.round();
		let seats = job.seats_where(|a| job.reveals_now(a.role) && a.commitment.is_some());
		let now = frame_system::Pallet::<T>::block_number();
		let until = Self::schedule_deadline(job_id, now.saturating_add(job.terms.reveal_period))?;
		job.phase = Phase::Revealing { until };
		log::info!(target: "runtime::jobs", "job {job_id}: commits closed with {seats} seat(s) ({round:?}); reveals until block {until:?}");
		Self::deposit_event(Event::CommitsClosed {
			job: job_id,
			commits: seats,
			reveal_until: until,
		});
		Ok(())
	}

	/// `bound`: the most assignments of a job this reveal may settle (`reveal_many`'s
	/// `assignments`); `None`: any (a lone `reveal` is charged for the largest job).
	pub(crate) fn do_reveal(
		who: T::AccountId,
		job_id: JobId,
		outcome: RevealedOutcomeOf<T>,
		salt: Salt,
		bound: Option<u32>,
	) -> Result<(Weight, Counted), DispatchError> {
		Self::reveal_checked(who, job_id, outcome, salt, true, bound)
	}

	/// Reveals a stored output with its bytes, then keeps them as stored data: at the
	/// revealer's expense unless the same bytes are kept long enough already.
	pub(crate) fn do_reveal_stored(
		who: T::AccountId,
		job_id: JobId,
		salt: Salt,
		output: alloc::vec::Vec<u8>,
	) -> Result<Weight, DispatchError> {
		let len = u32::try_from(output.len()).map_err(|_| Error::<T>::OutputTooLong)?;
		ensure!(len <= T::Blobs::max_len(), Error::<T>::OutputTooLong);
		ensure!(len > T::MaxOutputLen::get(), Error::<T>::OutputFitsOnChain);
		let hash = sp_io::hashing::blake2_256(&output);
		let min_left = Jobs::<T>::get(job_id)
			.map(|j| Self::stored_output_min_left(job_id, &j))
			.ok_or(Error::<T>::UnknownJob)?;
		let (weight, _) = Self::reveal_checked(
			who.clone(),
			job_id,
			Outcome::Stored { hash, len },
			salt,
			false,
			None,
		)?;
		// After the reveal is accepted: the bytes are indexed only for a reveal that stands.
		T::Blobs::keep(&who, hash, len, min_left)?;
		// And whether the job is private (`stored_output_min_left`).
		Ok(weight
			.saturating_add(T::Blobs::keep_weight(len))
			.saturating_add(T::DbWeight::get().reads(1)))
	}

	/// Blocks for which a stored output must still be kept when it is revealed: through the
	/// reveal phase and a challenge window after it (and the auditors' commit period, for a
	/// primary's reveal before it). A private job's, through its judging step and an
	/// escalation's round as well: judges may need it (`crate::judging`). Reads whether the
	/// job is private.
	pub fn stored_output_min_left(job_id: JobId, job: &JobOf<T>) -> BlockNumberFor<T> {
		// A private job's: its round's judging step, and an escalation's whole round (its
		// referees judge the primary's and auditors' outputs).
		let judging = if Self::is_private(job_id) {
			let t = &job.terms;
			let step = Self::judging_period(t);
			step.saturating_mul(2u32.into())
				.saturating_add(T::DrawDelay::get())
				.saturating_add(t.commit_period.saturating_mul(2u32.into()))
				.saturating_add(t.reveal_period)
		} else {
			Zero::zero()
		};
		let reveal = job
			.terms
			.reveal_period
			.saturating_add(job.terms.challenge_period)
			.saturating_add(judging);
		match job.phase {
			Phase::Committing { .. } => reveal.saturating_add(job.terms.commit_period),
			_ => reveal,
		}
	}

	/// Whether `who` may reveal now, while commits are open: the primary of an audited job of a
	/// generator, whose auditors check its tokens teacher-forced (one pass over prompt and
	/// tokens) instead of generating again, and so must see them before they commit.
	pub fn reveals_before_auditors(job: &JobOf<T>, who: &T::AccountId) -> bool {
		job.audit == Audit::Audited
			&& job.round() == Role::Auditor
			&& job.assignments.iter().any(|a| &a.provider == who && a.role == Role::Member)
			&& pallet_models::Models::<T>::get(job.model)
				.is_some_and(|m| m.kind.generator().is_some())
	}

	/// Whether a stored output can be revealed by hash alone now: data of that hash and
	/// length is kept for at least [`Self::stored_output_min_left`] more blocks.
	pub fn stored_output_kept(job_id: JobId, job: &JobOf<T>, hash: &[u8; 32], len: u32) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		let until = now.saturating_add(Self::stored_output_min_left(job_id, job));
		T::Blobs::blob(hash).is_some_and(|(l, expires_at)| l == len && expires_at >= until)
	}

	fn reveal_checked(
		who: T::AccountId,
		job_id: JobId,
		outcome: RevealedOutcomeOf<T>,
		salt: Salt,
		check_stored: bool,
		bound: Option<u32>,
	) -> Result<(Weight, Counted), DispatchError> {
		let mut job = Jobs::<T>::get(job_id).ok_or(Error::<T>::UnknownJob)?;
		if let Some((hash, len)) = outcome.stored() {
			// An output that fits is revealed on chain: honest providers with the same output
			// reveal the same form, and the vote compares it under the model's rule.
			ensure!(len > T::MaxOutputLen::get(), Error::<T>::OutputFitsOnChain);
			ensure!(
				!check_stored || Self::stored_output_kept(job_id, &job, &hash, len),
				Error::<T>::OutputNotStored
			);
		}
		let early = match job.phase {
			Phase::Revealing { .. } => false,
			Phase::Committing { .. } if Self::reveals_before_auditors(&job, &who) => true,
			Phase::Committing { .. }
			| Phase::Assigning { .. }
			| Phase::Auditing { .. }
			| Phase::Challenged { .. } => return Err(Error::<T>::CommitsStillOpen.into()),
			_ => return Err(Error::<T>::NotRevealing.into()),
		};
		let in_round = job
			.assignments
			.iter()
			.find(|a| a.provider == who)
			.is_some_and(|a| job.reveals_now(a.role));
		let a = job.assignment_mut(&who).ok_or(Error::<T>::NotAssigned)?;
		let committed = a.commitment.ok_or(Error::<T>::NotCommitted)?;
		ensure!(!a.revealed, Error::<T>::AlreadyRevealed);
		// Only the round revealing now: a primary that withheld its reveal from its audit
		// cannot reveal once it has seen the referees' outcomes.
		ensure!(in_round, Error::<T>::RoundClosed);
		ensure!(
			verity_primitives::commitment(&outcome, &salt, &who) == committed,
			Error::<T>::CommitmentMismatch
		);
		a.revealed = true;
		let settles = !early && job.round_revealed();
		// A settling reveal of a batch costs what its job's assignments make it cost: no more
		// than the batch paid for.
		ensure!(
			!settles || bound.is_none_or(|b| job.assignments.len() as u32 <= b),
			Error::<T>::AboveAssignmentsBound
		);
		let len = outcome.output().map_or(0, |o| o.len() as u32);
		let failure = outcome.failure();
		Reveals::<T>::insert(job_id, &who, outcome);
		Self::deposit_event(Event::Revealed { job: job_id, provider: who, failure });

		let weight = if early {
			// The auditors check the primary's tokens next; nothing concludes before they
			// reveal. One more read: the model's kind.
			let w = <T as Config>::WeightInfo::reveal_open(len)
				.saturating_add(T::DbWeight::get().reads(1));
			(w, Counted::NONE)
		} else if settles {
			let replacing = Self::replaces_result(&job);
			let before = job.phase;
			let bytes = Self::conclude(job_id, &mut job)?;
			let w = Self::settling_reveal_weight(
				bytes,
				job.assignments.len() as u32,
				pallet_models::Models::<T>::get(job.model).map_or(0, |m| m.royalties.len() as u32),
			)
			.saturating_add(replacing)
			.saturating_add(Self::judging_weight(&before, &job));
			(w, Counted::SETTLEMENT)
		} else {
			(<T as Config>::WeightInfo::reveal_open(len), Counted::NONE)
		};
		Jobs::<T>::insert(job_id, job);
		Ok(weight)
	}

	/// Applies each item of a batch in its own storage layer: a refused item is rolled back and
	/// reported in the event `failed(index, item)` makes of its error. Returns the weight the
	/// items took (`charged(item)` for a refused one; an applied item's weight less the writes
	/// it counted of keys an earlier item of the batch wrote and paid for, its reads of keys an
	/// earlier item read or wrote, and the deadline buckets it counted and did not read, see
	/// [`crate::batch`])
	/// and whether every item was applied; fails with the first error when no item was.
	pub(crate) fn each_item<I, F: FnOnce(DispatchError) -> Event<T>>(
		items: BoundedVec<I, T::MaxBatch>,
		failed: impl Fn(u32, &I) -> F,
		charged: impl Fn(&I) -> Weight,
		apply: impl Fn(I) -> Result<(Weight, Counted), DispatchError>,
	) -> Result<(Weight, bool), DispatchError> {
		ensure!(!items.is_empty(), Error::<T>::EmptyBatch);
		let mut applied = false;
		let mut first_error = None;
		let mut weight = Weight::zero();
		batch::run(|| {
			for (index, item) in (0u32..).zip(items) {
				let report = failed(index, &item);
				let refused = charged(&item);
				match batch::with_layer(|| apply(item)) {
					Ok((w, counted)) => {
						applied = true;
						weight.saturating_accrue(
							w.saturating_sub(batch::end_item_weight(counted, T::DbWeight::get())),
						);
					}
					Err(error) => {
						// (`with_layer` forgot what the refused item noted.)
						weight.saturating_accrue(refused);
						first_error.get_or_insert(error);
						Self::deposit_event(report(error));
					}
				}
			}
		});
		match first_error {
			Some(error) if !applied => Err(error),
			Some(_) => Ok((weight, false)),
			None => Ok((weight, true)),
		}
	}

	/// What settling a challenged job may write that the settlement benchmarks (`reveal`,
	/// `conclude`: a first settlement) do not: an overturned result of the other kind removed
	/// (`put_result`). Nothing for a job that is not challenged.
	pub(crate) fn replaces_result(job: &JobOf<T>) -> Weight {
		if job.audit == Audit::Challenged {
			T::DbWeight::get().writes(1)
		} else {
			Weight::zero()
		}
	}

	/// The event for a refused item of `commit_many` or `reveal_many`: the job it named.
	pub(crate) fn failed_job(job: JobId) -> impl FnOnce(DispatchError) -> Event<T> {
		move |error| Event::BatchItemFailed { job, error }
	}

	/// The most a reveal of `len` bytes can weigh: the one that settles a job at the largest
	/// redundancy, paying the most royalty beneficiaries.
	pub fn max_reveal_weight(len: usize) -> Weight {
		Self::bounded_reveal_weight(len, T::MaxRedundancy::get())
	}

	/// What a reveal of `len` output bytes is charged up front when it may settle a job of at
	/// most `assignments` assignments (no more than `MaxRedundancy` count) and the most
	/// beneficiaries (a model's owner can change its royalties at any time). The other
	/// providers revealed before it, each an output of up to `MaxOutputLen` bytes that the
	/// vote reads: the charge covers that, so a co-provider's long output cannot make a
	/// settlement cost more than was paid for it.
	pub fn bounded_reveal_weight(len: usize, assignments: u32) -> Weight {
		let assignments = assignments.min(T::MaxRedundancy::get());
		let others = assignments.saturating_sub(1).saturating_mul(T::MaxOutputLen::get());
		Self::settling_reveal_weight(
			u32::try_from(len).unwrap_or(u32::MAX).saturating_add(others),
			assignments,
			<T as pallet_models::Config>::MaxBeneficiaries::get(),
		)
		// A private `Tolerance` job's verdicts, read by an escalation's vote
		// (`Pallet::judging_weight`).
		.saturating_add(T::DbWeight::get().reads(1))
	}

	/// What a reveal that settles a job weighs: the vote over `assignments` assignments with
	/// one royalty beneficiary (`reveal`, measured at the shortest outputs), what its other
	/// `beneficiaries` add (`reveal_beneficiaries`), and `bytes` of revealed outputs read and
	/// compared (every output of the job, this one's included: `reveal_output`'s cost per
	/// byte). One benchmark over all three would miss that an output's length costs more the
	/// more outputs there are: fitted that way, a settlement of short outputs was charged as if
	/// every output were 16 KiB long.
	///
	/// With two assignments or more, a settlement may credit every provider's record on the
	/// model (`Trust`, read and written), and `reveal`'s line pays for one record fewer: its
	/// first point, one assignment, credits nobody (a provider agreeing with itself checks
	/// nothing), so the line counts a record a seat from the second on. The record it misses
	/// is charged besides.
	pub fn settling_reveal_weight(bytes: u32, assignments: u32, beneficiaries: u32) -> Weight {
		use crate::weights::WeightInfo as _;
		let w = |f: fn(u32) -> Weight, n: u32, from: u32| f(n).saturating_sub(f(from));
		let record =
			if assignments >= 2 { T::DbWeight::get().reads_writes(1, 1) } else { Weight::zero() };
		<T as Config>::WeightInfo::reveal(assignments)
			.saturating_add(w(<T as Config>::WeightInfo::reveal_beneficiaries, beneficiaries, 1))
			.saturating_add(w(<T as Config>::WeightInfo::reveal_output, bytes, SHORTEST_OUTPUT))
			.saturating_add(record)
	}

	pub(crate) fn do_cancel(who: T::AccountId, job_id: JobId) -> DispatchResult {
		let job = Jobs::<T>::get(job_id).ok_or(Error::<T>::UnknownJob)?;
		ensure!(job.submitter == who, Error::<T>::NotSubmitter);
		// Once the committee is drawn the submitter knows it: cancelling then would let it
		// draw again, as often as it liked, for free.
		let Phase::Assigning { at } = job.phase else {
			return Err(Error::<T>::AlreadyAssigned.into());
		};
		// Its place in the draw's deadline bucket is freed: submitting and cancelling cannot
		// fill a block's buckets for others' jobs.
		Deadlines::<T>::mutate(at, |q| q.retain(|id| *id != job_id));
		let refunded = Self::refund_all(&job);
		// Nothing was drawn, run or paid: the job leaves no record (the event is its trace).
		// Were it kept for its retention like jobs that ran, submitting and cancelling — which
		// the freed bucket place no longer limits — could fill the pruning schedule, and jobs
		// with no room there are never pruned.
		Self::release(job_id, &job, false);
		Self::remove_private(job_id, &job);
		Jobs::<T>::remove(job_id);
		log::info!(target: "runtime::jobs", "job {job_id}: cancelled by its submitter, {refunded:?} planck refunded");
		Self::deposit_event(Event::JobCancelled { job: job_id, refunded });
		Ok(())
	}

	/// Moves a job into a final phase: releases its providers, drops its input and reveals
	/// unless it completed (a challenge may need them until it is pruned), and schedules it
	/// for pruning after its retention period.
	pub(crate) fn end(
		job_id: JobId,
		job: &mut JobOf<T>,
		phase: Phase<BlockNumberFor<T>>,
	) -> DispatchResult {
		Self::release(job_id, job, matches!(phase, Phase::Completed { .. }));
		job.phase = phase;
		let now = frame_system::Pallet::<T>::block_number();
		Self::schedule_expiry(job_id, now.saturating_add(job.terms.retention));
		Ok(())
	}

	/// Unless `keep`, drops a job's input and reveals.
	pub(crate) fn release(job_id: JobId, job: &JobOf<T>, keep: bool) {
		if keep {
			return;
		}
		for a in job.assignments.iter() {
			// Only those who revealed have a stored outcome: removed by key, no prefix scan.
			if a.revealed {
				Reveals::<T>::remove(job_id, &a.provider);
			}
		}
		Self::remove_input(job_id);
	}
}
