//! A test runtime with balances, models and providers.

use crate as pallet_providers;
use frame_support::{
	derive_impl,
	traits::{ConstU128, ConstU32, ConstU64},
};
use frame_system::EnsureRoot;
use sp_runtime::BuildStorage;
use verity_primitives::{ComparisonRule, Dim, ElementType, IoSpec, TensorSpec};

type Block = frame_system::mocking::MockBlock<Test>;
pub type Balance = u128;
pub type AccountId = u64;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Models: pallet_models,
		Providers: pallet_providers,
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
	type RuntimeHoldReason = RuntimeHoldReason;
}

impl pallet_models::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type DepositBase = ConstU128<10>;
	type DepositPerByte = ConstU128<0>;
	type MaxUriLen = ConstU32<64>;
	type MaxBeneficiaries = ConstU32<4>;
	type MaxModelSize = ConstU64<1_000_000>;
	type WeightInfo = ();
}

impl pallet_providers::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = Models;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MaxModelsPerProvider = ConstU32<3>;
	type MaxProvidersPerModel = ConstU32<3>;
	type MinBondFloor = ConstU128<100>;
	type MaxMinBond = ConstU128<100_000>;
	type MaxUnbondingDelay = ConstU64<1_000>;
	type WorkWindow = WorkWindow;
	type WeightInfo = ();
}

pub const OWNER: AccountId = 100;
pub const TREASURY: AccountId = 200;
pub const P1: AccountId = 1;
pub const P2: AccountId = 2;
pub const P3: AccountId = 3;
pub const P4: AccountId = 4;
pub const ENDOWMENT: Balance = 1_000_000;
pub const MIN_BOND: Balance = 1_000;
pub const DELAY: u64 = 10;

frame_support::parameter_types! {
	/// The jobs pallet's work window, set by tests (4 blocks unless they change it).
	pub static WorkWindow: u64 = 4;
}

/// Registers a model whose content hash is `[n; 32]`; its id is `n - 1` when models are
/// registered in order 1, 2, ...
pub fn model(n: u8) -> u32 {
	let t = |name: &[u8]| TensorSpec {
		name: name.to_vec().try_into().unwrap(),
		elem: ElementType::Float32,
		shape: vec![Dim::Fixed(1)].try_into().unwrap(),
	};
	let io = IoSpec {
		inputs: vec![t(b"x")].try_into().unwrap(),
		outputs: vec![t(b"y")].try_into().unwrap(),
	};
	pallet_models::Pallet::<Test>::register(
		RuntimeOrigin::signed(OWNER),
		[n; 32],
		100,
		b"file:///m.onnx".to_vec().try_into().unwrap(),
		io,
		ComparisonRule::Exact,
		0,
		Default::default(),
	)
	.unwrap();
	pallet_models::NextModelId::<Test>::get() - 1
}

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(OWNER, ENDOWMENT),
			(TREASURY, 1),
			(P1, ENDOWMENT),
			(P2, ENDOWMENT),
			(P3, ENDOWMENT),
			(P4, ENDOWMENT),
		],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_providers::GenesisConfig::<Test> { min_bond: MIN_BOND, unbonding_delay: DELAY }
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
		Providers::do_try_state().expect("invariants hold");
	});
}
