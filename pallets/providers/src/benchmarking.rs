//! Benchmarks of the providers pallet (FRAME benchmarking v2). `m` is the number of models a
//! provider serves; every model's pool is full of other providers with the lowest stake, so
//! joining a pool evicts one of them: adding to and removing from pools costs what it costs at
//! worst.

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::traits::{Bounded, Saturating};
use verity_primitives::{ModelId, ModelsInspect};

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

/// `m` registered models, each with a full pool of other providers staking 1.
fn models<T: Config>(m: u32) -> BoundedVec<ModelId, T::MaxModelsPerProvider> {
	models_from::<T>(0, m)
}

fn models_from<T: Config>(first: u32, m: u32) -> BoundedVec<ModelId, T::MaxModelsPerProvider> {
	let ids: Vec<ModelId> =
		(first..first.saturating_add(m)).map(T::Models::benchmark_model).collect();
	let others: Vec<PoolEntryOf<T>> = (0..T::MaxProvidersPerModel::get())
		.map(|i| PoolEntry {
			provider: account("other", i, 0),
			stake: 1u32.into(),
			price: 1u32.into(),
		})
		.collect();
	let ids = BoundedVec::truncate_from(ids);
	for e in &others {
		Providers::<T>::insert(
			&e.provider,
			ProviderInfo {
				bond: e.stake,
				price: e.price,
				models: ids.clone(),
				status: ProviderStatus::Active,
			},
		);
	}
	for id in ids.iter() {
		ModelProviders::<T>::insert(id, BoundedVec::truncate_from(others.clone()));
	}
	ids
}

fn bond<T: Config>() -> BalanceOf<T> {
	MinBond::<T>::get().saturating_mul(2u32.into()).max(1_000u32.into())
}

/// A registered, active provider of `m` models.
fn provider<T: Config>(m: u32) -> T::AccountId {
	let who = funded::<T>("provider");
	Pallet::<T>::do_register(who.clone(), bond::<T>(), 10u32.into(), models::<T>(m))
		.expect("registers");
	who
}

fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register(m: Linear<1, { T::MaxModelsPerProvider::get() }>) {
		let who = funded::<T>("provider");
		let models = models::<T>(m);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), bond::<T>(), 10u32.into(), models);
		assert!(Providers::<T>::contains_key(&who));
	}

	#[benchmark]
	fn update(m: Linear<1, { T::MaxModelsPerProvider::get() }>) {
		let who = provider::<T>(m);
		// Serve `m` other models instead: every pool entry moves.
		let fresh = models_from::<T>(1_000, m);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), 20u32.into(), Some(fresh));
		assert_eq!(Providers::<T>::get(&who).map(|p| p.price), Some(20u32.into()));
	}

	#[benchmark]
	fn bond_extra(m: Linear<1, { T::MaxModelsPerProvider::get() }>) {
		let who = provider::<T>(m);
		// Underbonded, so topping up puts it back into every pool.
		Providers::<T>::mutate(&who, |p| {
			if let Some(p) = p {
				Pallet::<T>::remove_from_pools(&who, &p.models);
				p.status = ProviderStatus::Underbonded;
			}
		});
		MinBond::<T>::put(bond::<T>().saturating_add(1u32.into()));
		// Its models' pools filled up while it was away: it evicts the lowest stakes again.
		let full = models_from::<T>(2_000, m);
		Providers::<T>::mutate(&who, |p| {
			if let Some(p) = p {
				p.models = full;
			}
		});
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), bond::<T>());
		assert_eq!(Providers::<T>::get(&who).map(|p| p.status), Some(ProviderStatus::Active));
	}

	#[benchmark]
	fn unbond(m: Linear<1, { T::MaxModelsPerProvider::get() }>) {
		let who = provider::<T>(m);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(matches!(
			Providers::<T>::get(&who).map(|p| p.status),
			Some(ProviderStatus::Unbonding { .. })
		));
	}

	#[benchmark]
	fn withdraw() {
		let who = provider::<T>(1);
		let key = verity_primitives::privacy::public_key(&[7u8; 32]);
		EncryptionKeys::<T>::insert(&who, EncryptionKey { key, rotation: 0 });
		Pallet::<T>::do_unbond(who.clone()).expect("unbonds");
		let Some(ProviderStatus::Unbonding { unlock_at }) =
			Providers::<T>::get(&who).map(|p| p.status)
		else {
			panic!("unbonding")
		};
		frame_system::Pallet::<T>::set_block_number(unlock_at);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Providers::<T>::contains_key(&who));
		assert!(!EncryptionKeys::<T>::contains_key(&who));
	}

	/// A change of key (a first one reads no registered key's rotation to check).
	#[benchmark]
	fn set_encryption_key() {
		let who = provider::<T>(1);
		let old = verity_primitives::privacy::public_key(&[7u8; 32]);
		EncryptionKeys::<T>::insert(&who, EncryptionKey { key: old, rotation: 0 });
		let key = verity_primitives::privacy::public_key(&[8u8; 32]);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), key, 1);
		assert_eq!(EncryptionKeys::<T>::get(&who), Some(EncryptionKey { key, rotation: 1 }));
	}

	#[benchmark]
	fn suspend(m: Linear<1, { T::MaxModelsPerProvider::get() }>) -> Result<(), BenchmarkError> {
		let who = provider::<T>(m);
		let origin = governance::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert_eq!(Providers::<T>::get(&who).map(|p| p.status), Some(ProviderStatus::Suspended));
		Ok(())
	}

	#[benchmark]
	fn resume(m: Linear<1, { T::MaxModelsPerProvider::get() }>) -> Result<(), BenchmarkError> {
		let who = provider::<T>(m);
		Pallet::<T>::do_suspend(who.clone()).expect("suspends");
		// Its models' pools filled up while it was suspended: it evicts the lowest stakes.
		let full = models_from::<T>(3_000, m);
		Providers::<T>::mutate(&who, |p| {
			if let Some(p) = p {
				p.models = full;
			}
		});
		let origin = governance::<T>()?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());
		assert_eq!(Providers::<T>::get(&who).map(|p| p.status), Some(ProviderStatus::Active));
		Ok(())
	}

	#[benchmark]
	fn set_params() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let min_bond = T::MinBondFloor::get();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, min_bond, 100u32.into());
		assert_eq!(MinBond::<T>::get(), min_bond);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
