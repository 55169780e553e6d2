//! Storage migrations of the jobs pallet, run by the runtime on an upgrade.

use crate::*;
use frame_support::{
	pallet_prelude::*,
	traits::{Get, UncheckedOnRuntimeUpgrade},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_core::H256;
use sp_runtime::{Perbill, Saturating};
use verity_primitives::ModelId;

/// Version 2: a job carries its verification tier and audit, an assignment its role, a job's
/// terms and the protocol parameters the audit's (auditors, audit floor, trust threshold,
/// escalation committee), and providers have a record per model (`Trust`, new and empty).
///
/// It migrates from version 1, which spec 110 wrote (the migration from version 0 shipped
/// with spec 110 and was dropped after it: upgrade a chain older than that through 110).
pub mod v2 {
	use super::*;

	/// The audit parameters a chain upgraded from version 1 starts with: one auditor, a floor
	/// of 5 %, trust after 10 checked results, escalations of 3 seats.
	pub const AUDITORS: u32 = 1;
	/// See [`AUDITORS`].
	pub const AUDIT_FLOOR: Perbill = Perbill::from_percent(5);
	/// See [`AUDITORS`].
	pub const TRUSTED_AFTER: u32 = 10;
	/// See [`AUDITORS`].
	pub const ESCALATION: u32 = 3;

	/// The protocol parameters as version 1 stored them.
	#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	pub struct OldParams<BlockNumber> {
		pub redundancy: u32,
		pub quorum: u32,
		pub commit_period: BlockNumber,
		pub reveal_period: BlockNumber,
		pub wrong_output_slash: Perbill,
		pub no_show_slash: Perbill,
		pub protocol_fee: Perbill,
		pub retention: BlockNumber,
	}

	/// A job's terms as version 1 stored them.
	#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	pub struct OldTerms<Balance, BlockNumber> {
		pub redundancy: u32,
		pub quorum: u32,
		pub commit_period: BlockNumber,
		pub reveal_period: BlockNumber,
		pub wrong_output_slash: Balance,
		pub no_show_slash: Balance,
		pub protocol_fee: Perbill,
		pub retention: BlockNumber,
		pub seat_price_cap: Balance,
	}

	/// An assignment as version 1 stored it.
	#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	pub struct OldAssignment<AccountId, Balance> {
		pub provider: AccountId,
		pub seats: u32,
		pub price: Balance,
		pub commitment: Option<H256>,
		pub revealed: bool,
	}

	/// A job as version 1 stored it. Its phases decode as version 2's: they only gained
	/// variants.
	#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	#[scale_info(skip_type_params(MaxR))]
	pub struct OldJob<AccountId, Balance, BlockNumber, MaxR: Get<u32>> {
		pub submitter: AccountId,
		pub model: ModelId,
		pub input_hash: H256,
		pub fee: Fee<Balance>,
		pub assignments: BoundedVec<OldAssignment<AccountId, Balance>, MaxR>,
		pub phase: Phase<BlockNumber>,
		pub submitted_at: BlockNumber,
		pub terms: OldTerms<Balance, BlockNumber>,
	}

	/// A version 1 job of a runtime.
	pub type OldJobOf<T> = OldJob<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxRedundancy,
	>;

	/// Rewrites the parameters with the audit's defaults (their `redundancy` and `quorum` go:
	/// a `Quorum` job's submitter chooses its redundancy) and every job as a `Quorum` job of
	/// the redundancy and quorum it was submitted under, its providers members of its
	/// committee. Jobs in flight go on as they were: their commitments, deadlines and escrow
	/// are untouched, and a `Quorum` job is voted on exactly as every job was before.
	pub struct JobsWithTiers<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for JobsWithTiers<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (1u64, 0u64);
			let _ = Params::<T>::translate::<OldParams<BlockNumberFor<T>>, _>(|old| {
				writes.saturating_inc();
				old.map(|p| ProtocolParams {
					auditors: AUDITORS,
					audit_floor: AUDIT_FLOOR,
					trusted_after: TRUSTED_AFTER,
					escalation: ESCALATION,
					commit_period: p.commit_period,
					reveal_period: p.reveal_period,
					wrong_output_slash: p.wrong_output_slash,
					no_show_slash: p.no_show_slash,
					protocol_fee: p.protocol_fee,
					retention: p.retention,
				})
			});
			Jobs::<T>::translate::<OldJobOf<T>, _>(|_, old| {
				reads.saturating_inc();
				writes.saturating_inc();
				let t = old.terms;
				let assignments = old
					.assignments
					.into_iter()
					.map(|a| Assignment {
						provider: a.provider,
						seats: a.seats,
						price: a.price,
						commitment: a.commitment,
						revealed: a.revealed,
						role: Role::Member,
					})
					.collect::<alloc::vec::Vec<_>>();
				Some(Job {
					submitter: old.submitter,
					model: old.model,
					input_hash: old.input_hash,
					fee: old.fee,
					assignments: BoundedVec::truncate_from(assignments),
					phase: old.phase,
					submitted_at: old.submitted_at,
					terms: JobTerms {
						redundancy: t.redundancy,
						quorum: t.quorum,
						auditors: AUDITORS,
						audit_floor: AUDIT_FLOOR,
						trusted_after: TRUSTED_AFTER,
						escalation: ESCALATION,
						commit_period: t.commit_period,
						reveal_period: t.reveal_period,
						wrong_output_slash: t.wrong_output_slash,
						no_show_slash: t.no_show_slash,
						protocol_fee: t.protocol_fee,
						retention: t.retention,
						seat_price_cap: t.seat_price_cap,
					},
					tier: Tier::Quorum { redundancy: t.redundancy },
					audit: Audit::NotApplicable,
				})
			});
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

	/// The migration from version 1 to 2, run once.
	pub type MigrateV1ToV2<T> = frame_support::migrations::VersionedMigration<
		1,
		2,
		JobsWithTiers<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
