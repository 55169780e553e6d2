//! Benchmarks of the blobs pallet (FRAME benchmarking v2): `store` over the data's length,
//! `renew`, and the pruning of `n` entries that expire in one block.

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Mutate, Get, Hooks};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::{Bounded, One, Saturating};

fn funded<T: Config>() -> T::AccountId {
	let who: T::AccountId = account("storer", 0, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	let _ = T::Currency::set_balance(&T::FeeDestination::get(), 1_000_000u32.into());
	who
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn store(l: Linear<1, { T::MaxBlobLen::get() }>) {
		let who = funded::<T>();
		frame_system::Pallet::<T>::set_extrinsic_index(0);
		let data = vec![7u8; l as usize];
		let hash = H256(sp_io::hashing::blake2_256(&data));

		#[extrinsic_call]
		_(RawOrigin::Signed(who), data);

		assert!(Blobs::<T>::contains_key(hash));
	}

	#[benchmark]
	fn renew() {
		let who = funded::<T>();
		frame_system::Pallet::<T>::set_extrinsic_index(0);
		let data = vec![7u8; T::MaxBlobLen::get() as usize];
		let hash = H256(sp_io::hashing::blake2_256(&data));
		Pallet::<T>::store(RawOrigin::Signed(who.clone()).into(), data).expect("stores");
		let later = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(later);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), hash);

		let expected = later.saturating_add(T::RetentionPeriod::get());
		assert_eq!(Blobs::<T>::get(hash).map(|b| b.expires_at), Some(expected));
	}

	#[benchmark]
	fn on_initialize(n: Linear<0, { T::MaxBlobsPerBlock::get() }>) {
		let who = funded::<T>();
		frame_system::Pallet::<T>::set_extrinsic_index(0);
		for i in 0..n {
			Pallet::<T>::store(RawOrigin::Signed(who.clone()).into(), i.to_le_bytes().to_vec())
				.expect("stores");
		}
		let at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::RetentionPeriod::get());
		frame_system::Pallet::<T>::set_block_number(at);

		#[block]
		{
			Pallet::<T>::on_initialize(at);
		}

		assert_eq!(Blobs::<T>::iter().count(), 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
