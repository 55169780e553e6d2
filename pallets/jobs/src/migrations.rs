//! Storage migrations of the jobs pallet, run by the runtime on an upgrade.

use crate::*;
use frame_support::{
	pallet_prelude::*,
	traits::{Get, UncheckedOnRuntimeUpgrade},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{traits::Zero, Saturating};
use verity_primitives::{ModelId, Outcome};

/// Version 1: a job carries its input hash and its terms, its providers hold seats, a reveal
/// is an outcome (an output or a failure), and a job may wait for its draw.
pub mod v1 {
	use super::*;

	/// An assignment as version 0 stored it (one provider, one seat).
	#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	pub struct OldAssignment<AccountId, Balance> {
		pub provider: AccountId,
		pub price: Balance,
		pub commitment: Option<H256>,
		pub revealed: bool,
	}

	/// A job as version 0 stored it. Its phases and fail reasons decode as version 1's: they
	/// only gained variants.
	#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	#[scale_info(skip_type_params(MaxR))]
	pub struct OldJob<AccountId, Balance, BlockNumber, MaxR: Get<u32>> {
		pub submitter: AccountId,
		pub model: ModelId,
		pub fee: Fee<Balance>,
		pub assignments: BoundedVec<OldAssignment<AccountId, Balance>, MaxR>,
		pub phase: Phase<BlockNumber>,
		pub submitted_at: BlockNumber,
		pub quorum: u32,
	}

	/// A version 0 job of a runtime.
	pub type OldJobOf<T> = OldJob<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxRedundancy,
	>;

	/// Rewrites every job with its input's hash (zero for ended jobs, whose input is gone),
	/// one seat per provider, and terms from today's parameters with the quorum it was
	/// submitted under; and every stored reveal as an output. Then ends every job still in
	/// flight, `Failed` for `Upgraded` with a full refund and nobody slashed: its providers
	/// committed to `H(output ‖ salt ‖ provider)`, which no reveal of an outcome can open, so
	/// it could only end in no-shows.
	pub struct JobsWithTerms<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for JobsWithTerms<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (1u64, 0u64);
			let params = Params::<T>::get();
			let mut in_flight: alloc::vec::Vec<verity_primitives::JobId> = alloc::vec::Vec::new();
			Jobs::<T>::translate::<OldJobOf<T>, _>(|id, old| {
				reads.saturating_accrue(2);
				writes.saturating_inc();
				if !old.phase.is_final() {
					in_flight.push(id);
				}
				let input_hash = Inputs::<T>::get(id)
					.map(|input| sp_crypto_hashing::blake2_256(&input).into())
					.unwrap_or_default();
				let cap = old.assignments.iter().map(|a| a.price).max().unwrap_or_default();
				let seats = old.assignments.len() as u32;
				let mut terms = match &params {
					Some(p) => Pallet::<T>::terms_now(p, cap),
					None => JobTerms {
						redundancy: seats,
						quorum: old.quorum,
						commit_period: bounds::MIN_PERIOD.into(),
						reveal_period: bounds::MIN_PERIOD.into(),
						wrong_output_slash: Zero::zero(),
						no_show_slash: Zero::zero(),
						protocol_fee: Default::default(),
						retention: bounds::MIN_RETENTION.into(),
						seat_price_cap: cap,
					},
				};
				terms.redundancy = seats;
				terms.quorum = old.quorum;
				let assignments = old
					.assignments
					.into_iter()
					.map(|a| Assignment {
						provider: a.provider,
						seats: 1,
						price: a.price,
						commitment: a.commitment,
						revealed: a.revealed,
					})
					.collect::<alloc::vec::Vec<_>>();
				Some(Job {
					submitter: old.submitter,
					model: old.model,
					input_hash,
					fee: old.fee,
					assignments: BoundedVec::truncate_from(assignments),
					phase: old.phase,
					submitted_at: old.submitted_at,
					terms,
				})
			});
			Reveals::<T>::translate_values::<BoundedVec<u8, T::MaxOutputLen>, _>(|output| {
				reads.saturating_inc();
				writes.saturating_inc();
				Some(Outcome::Output(output))
			});
			let now = frame_system::Pallet::<T>::block_number();
			for id in in_flight {
				let Some(mut job) = Jobs::<T>::get(id) else { continue };
				// The escrow hold, the input, every reveal, each provider's entry and count.
				let touched =
					3u64.saturating_add(3u64.saturating_mul(job.assignments.len() as u64));
				reads.saturating_accrue(touched);
				writes.saturating_accrue(touched);
				let refunded = Pallet::<T>::refund_all(&job);
				let reason = FailReason::Upgraded;
				if Pallet::<T>::end(id, &mut job, Phase::Failed { at: now, reason }).is_ok() {
					Jobs::<T>::insert(id, job);
					log::info!(target: "runtime::jobs", "job {id}: ended by the upgrade, {refunded:?} planck refunded");
					Pallet::<T>::deposit_event(Event::JobFailed {
						job: id,
						reason,
						paid_to_providers: Zero::zero(),
						refunded,
					});
				}
			}
			T::DbWeight::get().reads_writes(reads, writes)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			Ok((Jobs::<T>::iter_keys().count() as u32).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let before = u32::decode(&mut &state[..]).map_err(|_| "bad pre-upgrade state")?;
			ensure!(Jobs::<T>::iter().count() as u32 == before, "jobs were lost in the migration");
			Pallet::<T>::do_try_state()
		}
	}

	/// The migration from version 0 to 1, run once.
	pub type MigrateV0ToV1<T> = frame_support::migrations::VersionedMigration<
		0,
		1,
		JobsWithTerms<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
