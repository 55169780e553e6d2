//! A test runtime with balances and the blobs pallet.

use crate as pallet_blobs;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64},
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
pub type Balance = u128;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Blobs: pallet_blobs,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<1>;
}

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const POOR: AccountId = 9;
pub const TREASURY: AccountId = 100;
pub const ENDOWMENT: Balance = 1_000_000;
pub const RETENTION: u64 = 100;

parameter_types! {
	pub const Treasury: AccountId = TREASURY;
}

impl pallet_blobs::Config for Test {
	type Currency = Balances;
	type FeeDestination = Treasury;
	type MaxBlobLen = ConstU32<4096>;
	type RetentionPeriod = ConstU64<RETENTION>;
	type FeeBase = ConstU128<10>;
	type FeePerByte = ConstU128<2>;
	type MaxBlobsPerBlock = ConstU32<3>;
	type WeightInfo = ();
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ALICE, ENDOWMENT), (BOB, ENDOWMENT), (POOR, 50), (TREASURY, 1)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test and then checks the pallet's invariants.
pub fn test(f: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		f();
		Blobs::do_try_state().expect("invariants hold");
	});
}

/// Moves to block `n`, running the pallet's `on_initialize` there.
pub fn run_to(n: u64) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Blobs::on_initialize(next);
	}
}
