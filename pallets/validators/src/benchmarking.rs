//! Benchmarks of the validators pallet, at the largest set (`MaxValidators`).

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{EnsureOrigin, Get},
	BoundedVec,
};

/// Fills the set with `n` validators.
fn fill<T: Config>(n: u32) -> Vec<T::AccountId> {
	let set: Vec<T::AccountId> = (0..n).map(|i| account("validator", i, 0)).collect();
	Validators::<T>::put(BoundedVec::truncate_from(set.clone()));
	set
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_validator(
		n: Linear<1, { T::MaxValidators::get().saturating_sub(1) }>,
	) -> Result<(), BenchmarkError> {
		fill::<T>(n);
		let who: T::AccountId = account("new", 0, 0);
		T::BenchmarkHelper::set_session_keys(&who);
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(Validators::<T>::get().contains(&who));
		Ok(())
	}

	#[benchmark]
	fn remove_validator(
		n: Linear<{ T::MinValidators::get().saturating_add(1) }, { T::MaxValidators::get() }>,
	) -> Result<(), BenchmarkError> {
		let set = fill::<T>(n);
		// The last one: the longest search.
		let who = set.last().cloned().ok_or(BenchmarkError::Weightless)?;
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Validators::<T>::get().contains(&who));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
