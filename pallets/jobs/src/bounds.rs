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
/// Fewest blocks an ended job is kept (five minutes), so clients can read its result.
pub const MIN_RETENTION: u32 = 100;
/// Most blocks an ended job is kept (thirty days).
pub const MAX_RETENTION: u32 = 864_000;

impl<T: Config> Pallet<T> {
	/// Checks protocol parameters against the bounds; the error names the first value out of
	/// them.
	pub fn check_params(p: &ProtocolParams<BlockNumberFor<T>>) -> Result<(), Error<T>> {
		ensure!(
			p.redundancy >= 1 && p.redundancy <= T::MaxRedundancy::get(),
			Error::<T>::RedundancyOutOfBounds
		);
		ensure!(
			p.quorum <= p.redundancy && p.quorum.saturating_mul(2) > p.redundancy,
			Error::<T>::QuorumOutOfBounds
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
		Ok(())
	}

	/// The terms a job submitted now runs under, with its seat price cap.
	pub(crate) fn terms_now(
		p: &ProtocolParams<BlockNumberFor<T>>,
		seat_price_cap: BalanceOf<T>,
	) -> JobTermsOf<T> {
		let min_bond = pallet_providers::Pallet::<T>::min_bond();
		JobTerms {
			redundancy: p.redundancy,
			quorum: p.quorum,
			commit_period: p.commit_period,
			reveal_period: p.reveal_period,
			wrong_output_slash: p.wrong_output_slash.mul_floor(min_bond),
			no_show_slash: p.no_show_slash.mul_floor(min_bond),
			protocol_fee: p.protocol_fee,
			retention: p.retention,
			seat_price_cap,
		}
	}
}
