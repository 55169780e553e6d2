//! A test runtime: the validators pallet alone; accounts below 100 have session keys.

use crate as pallet_validators;
use frame_support::{
	derive_impl,
	traits::{ConstU32, Contains},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Validators: pallet_validators,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

std::thread_local! {
	static KEYS: std::cell::RefCell<std::collections::BTreeSet<AccountId>> = Default::default();
}

/// Accounts below 100 registered session keys, and those the benchmark helper registers.
pub struct KeysSet;
impl Contains<AccountId> for KeysSet {
	fn contains(who: &AccountId) -> bool {
		*who < 100 || KEYS.with(|k| k.borrow().contains(who))
	}
}

#[cfg(feature = "runtime-benchmarks")]
pub struct KeysHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for KeysHelper {
	fn set_session_keys(who: &AccountId) {
		KEYS.with(|k| k.borrow_mut().insert(*who));
	}
}

impl pallet_validators::Config for Test {
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type HasSessionKeys = KeysSet;
	type MaxValidators = ConstU32<4>;
	type MinValidators = ConstU32<1>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = KeysHelper;
}

/// Validators 1 and 2, epochs of 10 slots; account 66 may never validate.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_validators::GenesisConfig::<Test> {
		validators: vec![1, 2],
		epoch_length: 10,
		forbidden: vec![66],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
