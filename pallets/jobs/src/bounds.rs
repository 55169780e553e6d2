//! The bounds governance's protocol parameters must keep, and their check.
//!
//! Values outside them break the protocol rather than tune it: a commit period too short for a
//! transaction to land slashes honest providers, a slash of the whole bond for one missed job
//! makes serving a gamble, an endless retention fills the state. `set_params` refuses them with
//! a named error; docs/protocol.md lists them.

use crate::*;
use frame_support::{ensure, traits::Get};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Zero, Perbill};

/// Fewest blocks in a commit or reveal period: the off-chain worker sees a job one block after
/// it is drawn and needs at least a block for its transaction to land, with room for a slow
/// inference or a busy block.
pub const MIN_PERIOD: u32 = 5;
/// Most blocks in a commit or reveal period (an hour of 3-second blocks): funds stay held and
/// providers stay bound no longer than that per phase.
pub const MAX_PERIOD: u32 = 1_200;
/// The highest wrong-output slash per seat: the whole minimum bond.
pub const MAX_WRONG_OUTPUT_SLASH: Perbill = Perbill::from_percent(100);
/// The highest no-show slash per seat: a tenth of the minimum bond, since honest machines go
/// down now and then.
pub const MAX_NO_SHOW_SLASH: Perbill = Perbill::from_percent(10);
/// The highest protocol fee: half the providers' prices.
pub const MAX_PROTOCOL_FEE: Perbill = Perbill::from_percent(50);
/// The lowest audit floor: one job in a hundred. Below it a cheater goes uncaught for hundreds
/// of jobs and the wrong-output slash that deters it, `(1 − q_min) / q_min` times a seat's
/// price, outgrows any bond.
pub const MIN_AUDIT_FLOOR: Perbill = Perbill::from_percent(1);
/// Most consecutive valid results asked before a provider is trusted.
pub const MAX_TRUSTED_AFTER: u32 = 1_000;
/// Fewest seats of an escalation committee: more than the primary and one auditor.
pub const MIN_ESCALATION: u32 = 3;
/// The highest challenge bond: the whole minimum bond. A bond above it would price challenges
/// out of reach of the providers who watch results.
pub const MAX_CHALLENGE_BOND: Perbill = Perbill::from_percent(100);
/// Fewest blocks an ended job is kept (five minutes), so clients can read its result.
pub const MIN_RETENTION: u32 = 100;
/// Most blocks an ended job is kept (thirty days).
pub const MAX_RETENTION: u32 = 864_000;

impl<T: Config> Pallet<T> {
	/// Checks protocol parameters against the bounds; the error names the first value out of
	/// them.
	pub fn check_params(p: &ProtocolParams<BlockNumberFor<T>>) -> Result<(), Error<T>> {
		let max = T::MaxRedundancy::get();
		// Room for the primary, the auditors and two committees of the fewest seats.
		ensure!(
			p.auditors >= 1
				&& p.auditors.saturating_add(1).saturating_add(2 * MIN_ESCALATION) <= max,
			Error::<T>::AuditorsOutOfBounds
		);
		ensure!(
			p.audit_floor >= MIN_AUDIT_FLOOR && p.trusted_after <= MAX_TRUSTED_AFTER,
			Error::<T>::AuditRateOutOfBounds
		);
		// An audited job's providers (primary, auditors, referees, a challenge committee of
		// as many seats as an escalation) share one bounded list.
		ensure!(
			p.escalation >= MIN_ESCALATION
				&& p.escalation % 2 == 1
				&& p.escalation.saturating_mul(2).saturating_add(p.auditors).saturating_add(1)
					<= max,
			Error::<T>::EscalationOutOfBounds
		);
		let period_ok = |b: BlockNumberFor<T>| b >= MIN_PERIOD.into() && b <= MAX_PERIOD.into();
		ensure!(
			period_ok(p.commit_period) && period_ok(p.reveal_period),
			Error::<T>::PeriodOutOfBounds
		);
		ensure!(
			p.wrong_output_slash <= MAX_WRONG_OUTPUT_SLASH && p.no_show_slash <= MAX_NO_SHOW_SLASH,
			Error::<T>::SlashOutOfBounds
		);
		ensure!(p.protocol_fee <= MAX_PROTOCOL_FEE, Error::<T>::ProtocolFeeTooHigh);
		ensure!(
			!p.retention.is_zero()
				&& p.retention >= MIN_RETENTION.into()
				&& p.retention <= MAX_RETENTION.into(),
			Error::<T>::RetentionOutOfBounds
		);
		// A provider paid for a result stays bonded through its window: it can withdraw no
		// sooner than the unbonding delay after the job, and a challenge keeps it bonded.
		ensure!(
			p.challenge_period >= MIN_PERIOD.into()
				&& p.challenge_period <= p.retention
				&& p.challenge_period <= pallet_providers::UnbondingDelay::<T>::get()
				&& !p.challenge_bond.is_zero()
				&& p.challenge_bond <= MAX_CHALLENGE_BOND,
			Error::<T>::ChallengeOutOfBounds
		);
		Ok(())
	}

	/// Checks a tier a submitter asks for under parameters `p`: a `Quorum` job has from 2
	/// seats to as many as leave room for a challenge committee (`escalation` seats) within
	/// `MaxRedundancy`.
	pub fn check_tier(p: &ProtocolParams<BlockNumberFor<T>>, tier: &Tier) -> Result<(), Error<T>> {
		match tier {
			Tier::Audited => Ok(()),
			Tier::Quorum { redundancy } => {
				ensure!(
					*redundancy >= 2
						&& redundancy.saturating_add(p.escalation) <= T::MaxRedundancy::get(),
					Error::<T>::RedundancyOutOfBounds
				);
				Ok(())
			}
		}
	}

	/// The wrong-output slash per seat of a job: the parameter's share of the minimum bond,
	/// but never below `seat_price_cap × (1 − audit_floor) / audit_floor`, so that with a
	/// chance of at least `audit_floor` of being caught a wrong output loses more in
	/// expectation than the seat's price it saves.
	pub fn wrong_output_slash(
		p: &ProtocolParams<BlockNumberFor<T>>,
		seat_price_cap: BalanceOf<T>,
	) -> BalanceOf<T> {
		use sp_runtime::{
			helpers_128bit::multiply_by_rational_with_rounding,
			traits::{SaturatedConversion, UniqueSaturatedInto},
			Rounding,
		};
		let min_bond = pallet_providers::Pallet::<T>::min_bond();
		let floor = p.audit_floor.deconstruct().max(1) as u128;
		let deterrent = multiply_by_rational_with_rounding(
			seat_price_cap.unique_saturated_into(),
			1_000_000_000u128.saturating_sub(floor),
			floor,
			Rounding::Up,
		)
		.unwrap_or(u128::MAX);
		p.wrong_output_slash.mul_floor(min_bond).max(deterrent.saturated_into())
	}

	/// The terms a job of `tier` submitted now runs under, with its seat price cap.
	pub(crate) fn terms_now(
		p: &ProtocolParams<BlockNumberFor<T>>,
		seat_price_cap: BalanceOf<T>,
		tier: Tier,
	) -> JobTermsOf<T> {
		let min_bond = pallet_providers::Pallet::<T>::min_bond();
		let (redundancy, quorum) = match tier {
			Tier::Audited => (1, 1),
			Tier::Quorum { redundancy } => (redundancy, redundancy / 2 + 1),
		};
		JobTerms {
			redundancy,
			quorum,
			auditors: p.auditors,
			audit_floor: p.audit_floor,
			trusted_after: p.trusted_after,
			escalation: p.escalation,
			commit_period: p.commit_period,
			reveal_period: p.reveal_period,
			wrong_output_slash: Self::wrong_output_slash(p, seat_price_cap),
			no_show_slash: p.no_show_slash.mul_floor(min_bond),
			protocol_fee: p.protocol_fee,
			retention: p.retention,
			challenge_period: p.challenge_period,
			challenge_bond: p.challenge_bond.mul_floor(min_bond),
			seat_price_cap,
		}
	}
}
