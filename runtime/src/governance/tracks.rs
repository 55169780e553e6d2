//! Referendum tracks: `root`, `protocol_params` and `treasurer`.
//!
//! Production periods are hours and days. A chain whose genesis sets
//! `origins.test_periods` (the `dev` and `local` presets) runs the same tracks on periods of a
//! few blocks, so a referendum is decided and enacted within a minute in tests.

use super::origins::{Origin, TestPeriods};
use crate::{Balance, BlockNumber, Runtime, RuntimeOrigin, DAYS, HOURS, UNIT};
use alloc::borrow::Cow;
use frame_support::traits::OriginTrait;
use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::{str_array as s, FixedI64};

/// A track's id.
pub type TrackId = u16;

/// The `root` track: anything, including runtime upgrades.
pub const ROOT: TrackId = 0;
/// The `protocol_params` track: the protocol's parameters, model status, provider suspension.
pub const PROTOCOL_PARAMS: TrackId = 1;
/// The `treasurer` track: treasury spends.
pub const TREASURER: TrackId = 2;

const fn percent(x: i32) -> FixedI64 {
	FixedI64::from_rational(x as u128, 100)
}

// Root: approval falls from 100 % to 50 % over the decision period, support from 50 % to 0.
const APP_ROOT: Curve = Curve::make_reciprocal(4, 28, percent(80), percent(50), percent(100));
const SUP_ROOT: Curve = Curve::make_linear(28, 28, percent(0), percent(50));
// Protocol parameters: a majority that falls from 100 % to 50 %; support from 10 % to 1 %.
const APP_PARAMS: Curve = Curve::make_linear(28, 28, percent(50), percent(100));
const SUP_PARAMS: Curve = Curve::make_reciprocal(14, 28, percent(2), percent(1), percent(10));
// Treasury spends: as the protocol parameters, with support from 20 % to 1 %.
const APP_TREASURER: Curve = Curve::make_linear(28, 28, percent(50), percent(100));
const SUP_TREASURER: Curve = Curve::make_reciprocal(14, 28, percent(3), percent(1), percent(20));

/// Prepare, decision, confirm and minimum enactment periods.
struct Periods {
	prepare: BlockNumber,
	decision: BlockNumber,
	confirm: BlockNumber,
	enactment: BlockNumber,
}

fn periods(track: TrackId, test: bool) -> Periods {
	match (track, test) {
		(ROOT, false) => {
			Periods { prepare: 2 * HOURS, decision: 14 * DAYS, confirm: DAYS, enactment: DAYS }
		}
		(PROTOCOL_PARAMS, false) => {
			Periods { prepare: HOURS, decision: 7 * DAYS, confirm: 12 * HOURS, enactment: HOURS }
		}
		(_, false) => {
			Periods { prepare: HOURS, decision: 7 * DAYS, confirm: DAYS, enactment: DAYS }
		}
		// Test periods, in blocks of 3 s.
		(ROOT, true) => Periods { prepare: 2, decision: 20, confirm: 2, enactment: 1 },
		(_, true) => Periods { prepare: 1, decision: 12, confirm: 2, enactment: 1 },
	}
}

/// The tracks, with production periods or, if `test`, test periods.
pub fn tracks(test: bool) -> [Track<TrackId, Balance, BlockNumber>; 3] {
	let info = |id, name, max_deciding, decision_deposit, min_approval, min_support| {
		let p = periods(id, test);
		Track {
			id,
			info: TrackInfo {
				name: s(name),
				max_deciding,
				decision_deposit,
				prepare_period: p.prepare,
				decision_period: p.decision,
				confirm_period: p.confirm,
				min_enactment_period: p.enactment,
				min_approval,
				min_support,
			},
		}
	};
	[
		info(ROOT, "root", 1, 100_000 * UNIT, APP_ROOT, SUP_ROOT),
		info(PROTOCOL_PARAMS, "protocol_params", 10, 10_000 * UNIT, APP_PARAMS, SUP_PARAMS),
		info(TREASURER, "treasurer", 10, 1_000 * UNIT, APP_TREASURER, SUP_TREASURER),
	]
}

/// The runtime's tracks: which origin each referendum runs with, and on what terms.
pub struct TracksInfo;
impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = TrackId;
	type RuntimeOrigin = <RuntimeOrigin as OriginTrait>::PalletsOrigin;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<Self::Id, Balance, BlockNumber>>> {
		tracks(TestPeriods::<Runtime>::get()).into_iter().map(Cow::Owned)
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		if let Ok(frame_system::RawOrigin::Root) = frame_system::RawOrigin::try_from(origin.clone())
		{
			return Ok(ROOT);
		}
		match Origin::try_from(origin.clone()) {
			Ok(Origin::ProtocolParams) => Ok(PROTOCOL_PARAMS),
			Ok(Origin::Treasurer) => Ok(TREASURER),
			Err(_) => Err(()),
		}
	}
}
