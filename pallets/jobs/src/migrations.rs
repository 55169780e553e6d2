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

/// Version 3: the protocol parameters and a job's terms carry the challenge window and bond;
/// a completed job keeps its input and reveals until it is pruned, and challenges are recorded
/// (`Challenges`, new and empty).
///
/// It migrates from version 2, which spec 111 wrote (the migration from version 1 shipped with
/// spec 111 and was dropped after it: upgrade a chain older than that through 111). Jobs that
/// completed before it have no input left, so they cannot be challenged.
pub mod v3 {
	use super::*;

	/// The challenge window a chain upgraded from version 2 starts with: 200 blocks (ten
	/// minutes of 3-second blocks).
	pub const CHALLENGE_PERIOD: u32 = 200;
	/// The challenge bond it starts with: a tenth of the minimum bond.
	pub const CHALLENGE_BOND: Perbill = Perbill::from_percent(10);

	/// The protocol parameters as version 2 stored them.
	#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	pub struct OldParams<BlockNumber> {
		pub auditors: u32,
		pub audit_floor: Perbill,
		pub trusted_after: u32,
		pub escalation: u32,
		pub commit_period: BlockNumber,
		pub reveal_period: BlockNumber,
		pub wrong_output_slash: Perbill,
		pub no_show_slash: Perbill,
		pub protocol_fee: Perbill,
		pub retention: BlockNumber,
	}

	/// A job's terms as version 2 stored them.
	#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	pub struct OldTerms<Balance, BlockNumber> {
		pub redundancy: u32,
		pub quorum: u32,
		pub auditors: u32,
		pub audit_floor: Perbill,
		pub trusted_after: u32,
		pub escalation: u32,
		pub commit_period: BlockNumber,
		pub reveal_period: BlockNumber,
		pub wrong_output_slash: Balance,
		pub no_show_slash: Balance,
		pub protocol_fee: Perbill,
		pub retention: BlockNumber,
		pub seat_price_cap: Balance,
	}

	/// A job as version 2 stored it. Its phases, assignments and audit decode as version 3's:
	/// they only gained variants.
	#[derive(Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug)]
	#[scale_info(skip_type_params(MaxR))]
	pub struct OldJob<AccountId, Balance, BlockNumber, MaxR: Get<u32>> {
		pub submitter: AccountId,
		pub model: ModelId,
		pub input_hash: H256,
		pub fee: Fee<Balance>,
		pub assignments: BoundedVec<Assignment<AccountId, Balance>, MaxR>,
		pub phase: Phase<BlockNumber>,
		pub submitted_at: BlockNumber,
		pub terms: OldTerms<Balance, BlockNumber>,
		pub tier: Tier,
		pub audit: Audit,
	}

	/// A version 2 job of a runtime.
	pub type OldJobOf<T> = OldJob<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxRedundancy,
	>;

	/// Rewrites the parameters with the challenge's defaults (the window no longer than the
	/// retention or the providers' unbonding delay)
	/// and every job with them in its terms (the bond at today's minimum bond). Jobs in flight
	/// go on as they were.
	pub struct JobsWithChallenges<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for JobsWithChallenges<T> {
		fn on_runtime_upgrade() -> Weight {
			let (mut reads, mut writes) = (2u64, 0u64);
			let min_bond = pallet_providers::Pallet::<T>::min_bond();
			// Within the new bounds: no longer than the retention or the unbonding delay.
			let unbonding = pallet_providers::UnbondingDelay::<T>::get();
			let period = |retention: BlockNumberFor<T>| {
				let p: BlockNumberFor<T> = CHALLENGE_PERIOD.into();
				p.min(retention).min(unbonding).max(crate::bounds::MIN_PERIOD.into())
			};
			let _ = Params::<T>::translate::<OldParams<BlockNumberFor<T>>, _>(|old| {
				writes.saturating_inc();
				old.map(|p| ProtocolParams {
					auditors: p.auditors,
					audit_floor: p.audit_floor,
					trusted_after: p.trusted_after,
					escalation: p.escalation,
					commit_period: p.commit_period,
					reveal_period: p.reveal_period,
					wrong_output_slash: p.wrong_output_slash,
					no_show_slash: p.no_show_slash,
					protocol_fee: p.protocol_fee,
					retention: p.retention,
					challenge_period: period(p.retention),
					challenge_bond: CHALLENGE_BOND,
				})
			});
			Jobs::<T>::translate::<OldJobOf<T>, _>(|_, old| {
				reads.saturating_inc();
				writes.saturating_inc();
				let t = old.terms;
				Some(Job {
					submitter: old.submitter,
					model: old.model,
					input_hash: old.input_hash,
					fee: old.fee,
					assignments: old.assignments,
					phase: old.phase,
					submitted_at: old.submitted_at,
					terms: JobTerms {
						redundancy: t.redundancy,
						quorum: t.quorum,
						auditors: t.auditors,
						audit_floor: t.audit_floor,
						trusted_after: t.trusted_after,
						escalation: t.escalation,
						commit_period: t.commit_period,
						reveal_period: t.reveal_period,
						wrong_output_slash: t.wrong_output_slash,
						no_show_slash: t.no_show_slash,
						protocol_fee: t.protocol_fee,
						retention: t.retention,
						challenge_period: period(t.retention),
						challenge_bond: CHALLENGE_BOND.mul_floor(min_bond),
						seat_price_cap: t.seat_price_cap,
					},
					tier: old.tier,
					audit: old.audit,
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

	/// The migration from version 2 to 3, run once.
	pub type MigrateV2ToV3<T> = frame_support::migrations::VersionedMigration<
		2,
		3,
		JobsWithChallenges<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}

/// Version 4: the index of each provider's open jobs (`ProviderJobs`) is gone: it cost two
/// writes per provider on every job, and the off-chain worker finds its work through the
/// deadline buckets, which list every open job. Jobs, their terms and phases are unchanged.
pub mod v4 {
	use super::*;

	/// The storage prefix of the removed index: `Jobs` `ProviderJobs`.
	pub const PROVIDER_JOBS: &[u8] = b"ProviderJobs";

	/// Removes every entry of `ProviderJobs` (one per open assignment: a few thousand at most
	/// on a busy chain, all in this block).
	pub struct WithoutProviderJobs<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for WithoutProviderJobs<T> {
		fn on_runtime_upgrade() -> Weight {
			let pallet = <Pallet<T> as frame_support::traits::PalletInfoAccess>::name();
			let removed = frame_support::storage::migration::clear_storage_prefix(
				pallet.as_bytes(),
				PROVIDER_JOBS,
				b"",
				None,
				None,
			);
			log::info!(target: "runtime::jobs", "migration to v4: {} ProviderJobs entries removed", removed.unique);
			T::DbWeight::get().reads_writes(removed.loops.into(), removed.unique.into())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			let pallet = <Pallet<T> as frame_support::traits::PalletInfoAccess>::name();
			let prefix = frame_support::storage::storage_prefix(pallet.as_bytes(), PROVIDER_JOBS);
			ensure!(
				!frame_support::storage::unhashed::contains_prefixed_key(&prefix),
				"ProviderJobs entries are left"
			);
			Pallet::<T>::do_try_state()
		}
	}

	/// The migration from version 3 to 4, run once.
	pub type MigrateV3ToV4<T> = frame_support::migrations::VersionedMigration<
		3,
		4,
		WithoutProviderJobs<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
