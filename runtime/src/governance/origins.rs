//! The origins of Verity's referendum tracks, besides Root.

pub use pallet_custom_origins::*;

#[frame_support::pallet]
pub mod pallet_custom_origins {
	use crate::{Balance, UNIT};
	use frame_support::pallet_prelude::*;

	#[pallet::config]
	pub trait Config: frame_system::Config {}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::hooks]
	impl<T: Config> Hooks<frame_system::pallet_prelude::BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			// The runtime's referendum tracks, in both timings.
			crate::governance::tracks::check_tracks().expect("the referendum tracks are sound");
		}
	}

	/// What a passed referendum on one of these tracks may do.
	#[derive(
		PartialEq, Eq, Clone, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// Change the protocol: job parameters (audits, escalations, periods, slashes, fee),
		/// provider parameters (minimum bond, unbonding delay), a model's status (deprecate,
		/// ban) and a provider's suspension.
		#[codec(index = 0)]
		ProtocolParams,
		/// Spend from the treasury, up to `MAX_TREASURY_SPEND` per spend.
		#[codec(index = 1)]
		Treasurer,
	}

	/// Whether referenda run on the short test periods (blocks) instead of the production
	/// ones (hours and days). Set at genesis by the `dev` and `local` presets; no call changes
	/// it (only a Root `system.set_storage` could).
	#[pallet::storage]
	pub type TestPeriods<T> = StorageValue<_, bool, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Use the test periods.
		pub test_periods: bool,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			TestPeriods::<T>::put(self.test_periods);
		}
	}

	/// The most one treasury spend through the `treasurer` track may pay out.
	pub const MAX_TREASURY_SPEND: Balance = 100_000 * UNIT;

	/// Ensures the `ProtocolParams` origin.
	pub struct ProtocolParamsOrigin;
	impl<O: OriginTrait + From<Origin>> EnsureOrigin<O> for ProtocolParamsOrigin
	where
		for<'a> &'a O::PalletsOrigin: TryInto<&'a Origin>,
	{
		type Success = ();
		fn try_origin(o: O) -> Result<Self::Success, O> {
			if let Ok(Origin::ProtocolParams) = o.caller().try_into() {
				return Ok(());
			}
			Err(o)
		}
		#[cfg(feature = "runtime-benchmarks")]
		fn try_successful_origin() -> Result<O, ()> {
			Ok(O::from(Origin::ProtocolParams))
		}
	}

	/// Ensures the `Treasurer` origin; succeeds with the most it may spend.
	pub struct Spender;
	impl<O: OriginTrait + From<Origin>> EnsureOrigin<O> for Spender
	where
		for<'a> &'a O::PalletsOrigin: TryInto<&'a Origin>,
	{
		type Success = Balance;
		fn try_origin(o: O) -> Result<Self::Success, O> {
			if let Ok(Origin::Treasurer) = o.caller().try_into() {
				return Ok(MAX_TREASURY_SPEND);
			}
			Err(o)
		}
		#[cfg(feature = "runtime-benchmarks")]
		fn try_successful_origin() -> Result<O, ()> {
			Ok(O::from(Origin::Treasurer))
		}
	}
}
