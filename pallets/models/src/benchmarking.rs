//! Benchmarks of the models pallet (FRAME benchmarking v2). Each call at its worst case: the
//! longest URI, the largest IoSpec, and `b` royalty beneficiaries.

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::{
	traits::{Bounded, Saturating},
	Perbill,
};
use verity_primitives::{
	tensor::{MAX_NAME_LEN, MAX_RANK, MAX_TENSORS},
	ComparisonRule, Dim, ElementType, IoSpec, ModelId, TensorSpec,
};

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

/// `b` beneficiaries (existing accounts, so payments to them go through) whose shares add up
/// to exactly 100 %.
fn royalties<T: Config>(b: u32) -> RoyaltiesOf<T> {
	let b = b.max(1);
	let share = Perbill::from_rational(1, b);
	let mut list: vec::Vec<_> = (0..b)
		.map(|i| {
			let account: T::AccountId = account("beneficiary", i, 0);
			T::Currency::set_balance(&account, T::Currency::minimum_balance());
			Beneficiary { account, share }
		})
		.collect();
	let rest = Perbill::one().saturating_sub(Perbill::from_parts(share.deconstruct() * b));
	if let Some(first) = list.first_mut() {
		first.share = first.share.saturating_add(rest);
	}
	list.try_into().expect("b is at most MaxBeneficiaries")
}

/// The largest IoSpec: the most tensors, each of the highest rank with the longest name.
fn max_io() -> IoSpec {
	let spec = |i: u32| TensorSpec {
		name: vec![b'a' + (i % 26) as u8; MAX_NAME_LEN as usize].try_into().expect("max len"),
		elem: ElementType::Float32,
		shape: vec![Dim::Fixed(u32::MAX); MAX_RANK as usize].try_into().expect("max rank"),
	};
	IoSpec {
		inputs: (0..MAX_TENSORS).map(spec).collect::<vec::Vec<_>>().try_into().expect("max"),
		outputs: (0..MAX_TENSORS).map(spec).collect::<vec::Vec<_>>().try_into().expect("max"),
	}
}

/// The longest URI: `https://` and then `fill`.
fn max_uri<T: Config>(fill: u8) -> BoundedVec<u8, T::MaxUriLen> {
	let mut uri = b"https://".to_vec();
	uri.resize(T::MaxUriLen::get().max(9) as usize, fill);
	uri.try_into().expect("max len")
}

/// A model whose one input and one output are Float32 vectors of any length, as the jobs
/// benchmarks need to send inputs and reveal outputs of a chosen size.
fn vector_io() -> IoSpec {
	let spec = |name: &[u8]| TensorSpec {
		name: name.to_vec().try_into().expect("short"),
		elem: ElementType::Float32,
		shape: vec![Dim::Dynamic].try_into().expect("rank 1"),
	};
	IoSpec {
		inputs: vec![spec(b"x")].try_into().expect("one"),
		outputs: vec![spec(b"y")].try_into().expect("one"),
	}
}

/// Registers a model owned by `model-owner` `seed` (funded here) and returns its id: the
/// longest URI, the most beneficiaries, a tolerance rule (the costlier comparison), Float32
/// vectors in and out. The other pallets' benchmarks get their models from it, through
/// `ModelsInspect`.
pub(crate) fn registered<T: Config>(seed: u32, beneficiaries: u32) -> ModelId {
	let owner: T::AccountId = account("model-owner", seed, 0);
	T::Currency::set_balance(&owner, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	let model = NextModelId::<T>::get();
	let mut hash = [7u8; 32];
	hash[..4].copy_from_slice(&seed.to_le_bytes());
	Pallet::<T>::do_register(
		owner,
		hash,
		1024,
		max_uri::<T>(b'u'),
		vector_io(),
		ComparisonRule::Tolerance { abs_ppb: 1_000, rel_ppb: 1_000 },
		T::Currency::minimum_balance().saturating_mul(100u32.into()),
		royalties::<T>(beneficiaries.clamp(1, T::MaxBeneficiaries::get())),
		ModelKind::Function,
	)
	.expect("registers");
	model
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register(b: Linear<1, { T::MaxBeneficiaries::get() }>) {
		let owner = funded::<T>("owner");
		let hash = [1u8; 32];
		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			hash,
			1024,
			max_uri::<T>(b'u'),
			max_io(),
			ComparisonRule::Tolerance { abs_ppb: 1, rel_ppb: 1 },
			1_000u32.into(),
			royalties::<T>(b),
		);
		assert!(ModelByHash::<T>::contains_key(hash));
	}

	#[benchmark]
	fn set_uri() {
		let owner: T::AccountId = account("model-owner", 0, 0);
		let model = registered::<T>(0, T::MaxBeneficiaries::get());
		let uri = max_uri::<T>(b'v');
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model, uri.clone());
		assert_eq!(crate::pallet::Models::<T>::get(model).map(|m| m.uri), Some(uri));
	}

	#[benchmark]
	fn set_royalties(b: Linear<1, { T::MaxBeneficiaries::get() }>) {
		let owner: T::AccountId = account("model-owner", 0, 0);
		let model = registered::<T>(0, T::MaxBeneficiaries::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model, 2_000u32.into(), royalties::<T>(b));
		assert_eq!(
			crate::pallet::Models::<T>::get(model).map(|m| m.royalties.len() as u32),
			Some(b)
		);
	}

	#[benchmark]
	fn set_status() -> Result<(), BenchmarkError> {
		let model = registered::<T>(0, T::MaxBeneficiaries::get());
		let origin =
			T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, model, ModelStatus::Banned);
		assert_eq!(
			crate::pallet::Models::<T>::get(model).map(|m| m.status),
			Some(ModelStatus::Banned)
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
