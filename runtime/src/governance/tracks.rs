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

// Root: approval falls from 100 % to 50 % over the decision period, support from 50 % to 1 %.
const APP_ROOT: Curve = Curve::make_reciprocal(4, 28, percent(80), percent(50), percent(100));
const SUP_ROOT: Curve = Curve::make_linear(28, 28, percent(1), percent(50));
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

/// Checks the tracks in both timings (run by the `origins` pallet's `integrity_test`): ids
/// sorted and unique, names unique, every period and deposit non-zero, confirmation shorter
/// than the decision period, approval never below a majority, support never zero, every
/// governance origin on a track that exists, and production decisions taking days.
pub fn check_tracks() -> Result<(), &'static str> {
	use pallet_referenda::TracksInfo as _;
	use sp_runtime::Perbill;
	for test in [false, true] {
		let all = tracks(test);
		for pair in all.windows(2) {
			let [a, b] = pair else { continue };
			if a.id >= b.id {
				return Err("track ids are not sorted and unique");
			}
			if all.iter().filter(|t| t.info.name == a.info.name).count() > 1 {
				return Err("two tracks share a name");
			}
		}
		for t in all.iter() {
			let i = &t.info;
			if i.name[0] == 0 || i.max_deciding == 0 || i.decision_deposit == 0 {
				return Err("a track has no name, no deciding slot or no decision deposit");
			}
			if i.prepare_period == 0 || i.min_enactment_period == 0 || i.confirm_period == 0 {
				return Err("a track has a zero period");
			}
			if i.confirm_period >= i.decision_period {
				return Err("a track confirms for as long as it decides");
			}
			// The curves' fixed-point ends land a hair under 50 %; 49.9 % is the bound.
			if i.min_approval.threshold(Perbill::one()) < Perbill::from_parts(499_000_000) {
				return Err("a track passes without a majority");
			}
			if i.min_support.threshold(Perbill::one()).is_zero() {
				return Err("a track passes without support");
			}
			if !test && i.decision_period < DAYS {
				return Err("a production track decides in less than a day");
			}
		}
	}
	let origins: [<RuntimeOrigin as OriginTrait>::PalletsOrigin; 3] = [
		frame_system::RawOrigin::Root.into(),
		Origin::ProtocolParams.into(),
		Origin::Treasurer.into(),
	];
	for origin in origins.iter() {
		let id = TracksInfo::track_for(origin).map_err(|_| "a governance origin has no track")?;
		if !tracks(false).iter().any(|t| t.id == id) {
			return Err("a governance origin maps to a track that does not exist");
		}
	}
	Ok(())
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
