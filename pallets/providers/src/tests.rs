//! Stories of the provider registry.

use crate::{
	mock::*, EncryptionKey, EncryptionKeys, Error, Event, HoldReason, ModelProviders,
	ProviderStatus, Providers as ProvidersMap,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{DispatchResultWithPostInfo, Pays},
	traits::fungible::InspectHold,
	BoundedVec,
};
use sp_runtime::{DispatchError, TokenError};

fn models(list: &[u32]) -> BoundedVec<u32, frame_support::traits::ConstU32<3>> {
	list.to_vec().try_into().unwrap()
}

fn register(who: AccountId, bond: Balance, list: &[u32]) -> sp_runtime::DispatchResult {
	Providers::register(RuntimeOrigin::signed(who), bond, 10, models(list))
}

fn bond_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ProviderBond.into(), &who)
}

fn pool(m: u32) -> Vec<AccountId> {
	ModelProviders::<Test>::get(m).iter().map(|e| e.provider).collect()
}

/// (provider, stake, price) of each entry of a model's pool.
fn entries(m: u32) -> Vec<(AccountId, Balance, Balance)> {
	ModelProviders::<Test>::get(m).iter().map(|e| (e.provider, e.stake, e.price)).collect()
}

#[test]
fn register_holds_the_bond_and_joins_the_pools() {
	test(|| {
		let (a, b) = (model(1), model(2));
		assert_ok!(register(P1, 5_000, &[a, b]));
		assert_eq!(bond_held(P1), 5_000);
		assert_eq!(Balances::free_balance(P1), ENDOWMENT - 5_000);
		assert_eq!(pool(a), vec![P1]);
		assert_eq!(pool(b), vec![P1]);
		let p = ProvidersMap::<Test>::get(P1).unwrap();
		assert_eq!((p.bond, p.price, p.status), (5_000, 10, ProviderStatus::Active));
		System::assert_last_event(Event::Registered { who: P1, bond: 5_000, price: 10 }.into());
		assert_eq!(entries(a), vec![(P1, 5_000, 10)], "the bond is the stake");
	});
}

#[test]
fn register_refusals() {
	test(|| {
		let a = model(1);
		assert_noop!(register(P1, MIN_BOND - 1, &[a]), Error::<Test>::BondTooLow);
		assert_noop!(register(P1, MIN_BOND, &[]), Error::<Test>::NoModels);
		assert_noop!(register(P1, MIN_BOND, &[a, a]), Error::<Test>::DuplicateModel);
		assert_noop!(register(P1, MIN_BOND, &[77]), Error::<Test>::ModelNotServable);
		assert_noop!(
			register(P1, ENDOWMENT * 2, &[a]),
			DispatchError::Token(TokenError::FundsUnavailable)
		);
		assert_ok!(register(P1, MIN_BOND, &[a]));
		assert_noop!(register(P1, MIN_BOND, &[a]), Error::<Test>::AlreadyRegistered);
		assert_ok!(register(P2, MIN_BOND, &[a]));
		assert_ok!(register(P3, MIN_BOND, &[a]));
		// A full pool takes only a higher stake than its lowest.
		assert_noop!(register(P4, MIN_BOND, &[a]), Error::<Test>::TooManyProviders);

		let deprecated = model(2);
		assert_ok!(Models::set_status(
			RuntimeOrigin::root(),
			deprecated,
			pallet_models::ModelStatus::Deprecated
		));
		assert_noop!(register(P4, MIN_BOND, &[deprecated]), Error::<Test>::ModelNotServable);
	});
}

#[test]
fn update_changes_price_and_moves_pools() {
	test(|| {
		let (a, b) = (model(1), model(2));
		assert_ok!(register(P1, MIN_BOND, &[a]));
		assert_noop!(
			Providers::update(RuntimeOrigin::signed(P2), 5, None),
			Error::<Test>::NotProvider
		);
		assert_ok!(Providers::update(RuntimeOrigin::signed(P1), 25, Some(models(&[b]))));
		assert_eq!(pool(a), Vec::<AccountId>::new());
		assert_eq!(pool(b), vec![P1]);
		assert_eq!(entries(b), vec![(P1, MIN_BOND, 25)]);
		System::assert_last_event(Event::Updated { who: P1, price: 25 }.into());
		// A model deprecated after the provider took it up may be kept, not newly added.
		assert_ok!(Models::set_status(
			RuntimeOrigin::root(),
			b,
			pallet_models::ModelStatus::Deprecated
		));
		assert_ok!(Providers::update(RuntimeOrigin::signed(P1), 30, Some(models(&[b]))));
		assert_ok!(Models::set_status(
			RuntimeOrigin::root(),
			a,
			pallet_models::ModelStatus::Deprecated
		));
		assert_noop!(
			Providers::update(RuntimeOrigin::signed(P1), 30, Some(models(&[a, b]))),
			Error::<Test>::ModelNotServable
		);
	});
}

#[test]
fn unbond_leaves_the_pools_then_waits_for_the_delay() {
	test(|| {
		let a = model(1);
		assert_ok!(register(P1, 2_000, &[a]));
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(P1)));
		assert_eq!(pool(a), Vec::<AccountId>::new(), "an unbonding provider gets no jobs");
		System::assert_last_event(Event::Unbonding { who: P1, unlock_at: 1 + DELAY }.into());
		assert_noop!(Providers::unbond(RuntimeOrigin::signed(P1)), Error::<Test>::IsUnbonding);
		assert_noop!(
			Providers::update(RuntimeOrigin::signed(P1), 1, None),
			Error::<Test>::IsUnbonding
		);
		assert_noop!(
			Providers::bond_extra(RuntimeOrigin::signed(P1), 1),
			Error::<Test>::IsUnbonding
		);
		assert_noop!(Providers::withdraw(RuntimeOrigin::signed(P1)), Error::<Test>::StillLocked);

		System::set_block_number(1 + DELAY);
		assert_ok!(Providers::withdraw(RuntimeOrigin::signed(P1)));
		assert_eq!(bond_held(P1), 0);
		assert_eq!(Balances::free_balance(P1), ENDOWMENT);
		assert!(ProvidersMap::<Test>::get(P1).is_none());
		System::assert_last_event(Event::Withdrawn { who: P1, amount: 2_000 }.into());
	});
}

#[test]
fn an_unbonding_provider_stays_bonded_through_the_work_window() {
	test(|| {
		let a = model(1);
		assert_ok!(register(P1, 2_000, &[a]));
		// Jobs may run (and be challenged) longer than governance's unbonding delay: the
		// bond stays until the longer of the two has passed.
		WorkWindow::set(DELAY + 15);
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(P1)));
		System::assert_last_event(Event::Unbonding { who: P1, unlock_at: 1 + DELAY + 15 }.into());
		System::set_block_number(1 + DELAY);
		assert_noop!(Providers::withdraw(RuntimeOrigin::signed(P1)), Error::<Test>::StillLocked);
		// Still slashable meanwhile (a job it held a seat on ends with a wrong output).
		assert_eq!(Providers::slash(&P1, 500, &TREASURY), 500);
		System::set_block_number(1 + DELAY + 15);
		assert_ok!(Providers::withdraw(RuntimeOrigin::signed(P1)));
		assert_eq!(Balances::free_balance(P1), ENDOWMENT - 500);
		WorkWindow::set(4);
	});
}

#[test]
fn withdraw_needs_unbonding() {
	test(|| {
		let a = model(1);
		assert_noop!(Providers::withdraw(RuntimeOrigin::signed(P1)), Error::<Test>::NotProvider);
		assert_ok!(register(P1, MIN_BOND, &[a]));
		assert_noop!(Providers::withdraw(RuntimeOrigin::signed(P1)), Error::<Test>::NotUnbonding);
	});
}

#[test]
fn governance_suspends_and_resumes() {
	test(|| {
		let a = model(1);
		assert_ok!(register(P1, MIN_BOND, &[a]));
		assert_noop!(Providers::suspend(RuntimeOrigin::signed(P2), P1), DispatchError::BadOrigin);
		assert_noop!(Providers::resume(RuntimeOrigin::root(), P1), Error::<Test>::NotSuspended);
		assert_ok!(Providers::suspend(RuntimeOrigin::root(), P1));
		assert_eq!(pool(a), Vec::<AccountId>::new());
		System::assert_last_event(Event::Suspended { who: P1 }.into());
		assert_noop!(
			Providers::suspend(RuntimeOrigin::root(), P1),
			Error::<Test>::AlreadySuspended
		);
		assert_ok!(Providers::resume(RuntimeOrigin::root(), P1));
		assert_eq!(pool(a), vec![P1]);
		System::assert_last_event(Event::Resumed { who: P1 }.into());
		assert_noop!(Providers::suspend(RuntimeOrigin::root(), P4), Error::<Test>::NotProvider);
	});
}

#[test]
fn slash_moves_bond_to_the_treasury_and_underbonds() {
	test(|| {
		let a = model(1);
		assert_ok!(register(P1, 1_200, &[a]));
		let issuance = Balances::total_issuance();
		assert_eq!(Providers::slash(&P1, 120, &TREASURY), 120);
		assert_eq!(bond_held(P1), 1_080);
		assert_eq!(Balances::free_balance(TREASURY), 1 + 120);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(entries(a), vec![(P1, 1_080, 10)], "still above the minimum, at its new stake");

		assert_eq!(Providers::slash(&P1, 540, &TREASURY), 540);
		let p = ProvidersMap::<Test>::get(P1).unwrap();
		assert_eq!((p.bond, p.status), (540, ProviderStatus::Underbonded));
		assert_eq!(pool(a), Vec::<AccountId>::new());
		System::assert_has_event(Event::Underbonded { who: P1, bond: 540 }.into());

		assert_noop!(
			Providers::bond_extra(RuntimeOrigin::signed(P1), 0),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(Providers::bond_extra(RuntimeOrigin::signed(P1), 100));
		assert_eq!(ProvidersMap::<Test>::get(P1).unwrap().status, ProviderStatus::Underbonded);
		assert_ok!(Providers::bond_extra(RuntimeOrigin::signed(P1), 400));
		assert_eq!(ProvidersMap::<Test>::get(P1).unwrap().status, ProviderStatus::Active);
		assert_eq!(entries(a), vec![(P1, 1_040, 10)]);
		System::assert_last_event(Event::Bonded { who: P1, amount: 400, bond: 1_040 }.into());
		assert_ok!(Providers::bond_extra(RuntimeOrigin::signed(P1), 60));
		assert_eq!(entries(a), vec![(P1, 1_100, 10)], "a top-up raises the stake in the pool");

		assert_eq!(Providers::slash(&P1, 5_000, &TREASURY), 1_100, "never more than the bond");
		assert_eq!(bond_held(P1), 0);
		assert_eq!(Providers::slash(&P4, 500, &TREASURY), 0, "not a provider");
	});
}

#[test]
fn governance_sets_params() {
	test(|| {
		let a = model(1);
		assert_noop!(
			Providers::set_params(RuntimeOrigin::signed(P1), 5, 5),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Providers::set_params(RuntimeOrigin::root(), 0, 3),
			Error::<Test>::MinBondOutOfBounds
		);
		assert_noop!(
			Providers::set_params(RuntimeOrigin::root(), 99, 3),
			Error::<Test>::MinBondOutOfBounds
		);
		assert_noop!(
			Providers::set_params(RuntimeOrigin::root(), 100_001, 3),
			Error::<Test>::MinBondOutOfBounds
		);
		assert_noop!(
			Providers::set_params(RuntimeOrigin::root(), 5_000, 1_001),
			Error::<Test>::UnbondingDelayTooLong
		);
		// The bounds themselves are allowed.
		assert_ok!(Providers::set_params(RuntimeOrigin::root(), 100, 1_000));
		assert_ok!(Providers::set_params(RuntimeOrigin::root(), 5_000, 3));
		assert_eq!(crate::MinBond::<Test>::get(), 5_000);
		assert_eq!(crate::UnbondingDelay::<Test>::get(), 3);
		System::assert_last_event(Event::ParamsSet { min_bond: 5_000, unbonding_delay: 3 }.into());
		assert_noop!(register(P1, 4_999, &[a]), Error::<Test>::BondTooLow);
	});
}

#[test]
fn a_full_pool_evicts_its_lowest_stake_for_a_higher_one() {
	test(|| {
		let (a, b) = (model(1), model(2));
		assert_ok!(register(P1, 3_000, &[a, b]));
		assert_ok!(register(P2, 1_500, &[a]));
		assert_ok!(register(P3, 1_500, &[a]));
		// Equal to the lowest: refused, nothing moves.
		assert_noop!(register(P4, 1_500, &[a]), Error::<Test>::TooManyProviders);
		// Higher: P2, the first of the two lowest, makes room.
		assert_ok!(register(P4, 1_501, &[a]));
		assert_eq!(pool(a), vec![P1, P3, P4]);
		System::assert_has_event(Event::Evicted { who: P2, model: a, by: P4 }.into());
		let p2 = ProvidersMap::<Test>::get(P2).unwrap();
		assert!(p2.models.is_empty(), "P2 no longer serves the model it was evicted from");
		assert_eq!((p2.bond, p2.status), (1_500, ProviderStatus::Active), "its bond stays held");
		// P2 bonds more and takes a place back from the lowest, P3.
		assert_ok!(Providers::bond_extra(RuntimeOrigin::signed(P2), 600));
		assert_ok!(Providers::update(RuntimeOrigin::signed(P2), 10, Some(models(&[a]))));
		assert_eq!(pool(a), vec![P1, P4, P2]);
		System::assert_has_event(Event::Evicted { who: P3, model: a, by: P2 }.into());
		// A pool the newcomer already sits in is not a pool it competes for.
		assert_ok!(Providers::update(RuntimeOrigin::signed(P1), 11, Some(models(&[a, b]))));
		assert_eq!(entries(b), vec![(P1, 3_000, 11)]);
	});
}

#[test]
fn a_provider_coming_back_to_a_full_pool_keeps_the_pools_it_can_enter() {
	test(|| {
		let (a, b) = (model(1), model(2));
		assert_ok!(register(P1, 1_500, &[a, b]));
		assert_ok!(Providers::suspend(RuntimeOrigin::root(), P1));
		// While it is away, pool `a` fills with higher stakes.
		for p in [P2, P3, P4] {
			assert_ok!(register(p, 2_000, &[a]));
		}
		// Resuming does not fail for one full pool: P1 serves `b` again and drops `a`.
		assert_ok!(Providers::resume(RuntimeOrigin::root(), P1));
		System::assert_has_event(Event::PoolFull { who: P1, model: a }.into());
		let p1 = ProvidersMap::<Test>::get(P1).unwrap();
		assert_eq!((p1.status, p1.models.to_vec()), (ProviderStatus::Active, vec![b]));
		assert_eq!(pool(a), vec![P2, P3, P4]);
		assert_eq!(pool(b), vec![P1]);

		// The same when it comes back by bonding again after a slash.
		assert_ok!(Providers::update(RuntimeOrigin::signed(P2), 10, Some(models(&[a, b]))));
		assert_eq!(Providers::slash(&P2, 1_500, &TREASURY), 1_500);
		assert_eq!(ProvidersMap::<Test>::get(P2).unwrap().status, ProviderStatus::Underbonded);
		// P1 takes the place P2 left in `a`; P2's 1_500 is not above P1's 1_500.
		assert_ok!(Providers::update(RuntimeOrigin::signed(P1), 10, Some(models(&[a, b]))));
		assert_eq!(pool(a), vec![P3, P4, P1]);
		assert_ok!(Providers::bond_extra(RuntimeOrigin::signed(P2), 1_000));
		System::assert_has_event(Event::PoolFull { who: P2, model: a }.into());
		let p2 = ProvidersMap::<Test>::get(P2).unwrap();
		assert_eq!((p2.status, p2.models.to_vec()), (ProviderStatus::Active, vec![b]));
	});
}

#[test]
fn one_stake_split_among_accounts_weighs_as_much_as_in_one() {
	test(|| {
		// The draw weighs entries by stake: the pool's total is what any split adds up to.
		let a = model(1);
		assert_ok!(register(P1, 3_000, &[a]));
		assert_ok!(register(P2, 1_500, &[a]));
		assert_ok!(register(P3, 1_500, &[a]));
		let total: Balance = ModelProviders::<Test>::get(a).iter().map(|e| e.stake).sum();
		assert_eq!(total, 6_000);
		let stake_of = |who| {
			ModelProviders::<Test>::get(a).iter().find(|e| e.provider == who).map(|e| e.stake)
		};
		assert_eq!(stake_of(P1), Some(stake_of(P2).unwrap() + stake_of(P3).unwrap()));
	});
}

#[test]
fn genesis_refuses_bond_parameters_out_of_bounds() {
	use sp_runtime::BuildStorage;
	for (min_bond, unbonding_delay) in [(0, 10), (100_001, 10), (1_000, 1_001)] {
		let built = std::panic::catch_unwind(|| {
			crate::GenesisConfig::<Test> { min_bond, unbonding_delay }.build_storage()
		});
		assert!(built.is_err(), "({min_bond}, {unbonding_delay}) must be refused");
	}
}

#[test]
fn the_v1_migration_gives_pools_their_stakes_and_prices() {
	use crate::migrations::v1;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	test(|| {
		let (a, b) = (model(1), model(2));
		assert_ok!(register(P1, 3_000, &[a]));
		assert_ok!(register(P2, 1_500, &[a, b]));
		// Write the pools as version 0 stored them: accounts only (and one who left).
		let old = |accounts: Vec<AccountId>| -> v1::OldPool<Test> { accounts.try_into().unwrap() };
		frame_support::storage::unhashed::put(
			&ModelProviders::<Test>::hashed_key_for(a),
			&old(vec![P1, P2]),
		);
		frame_support::storage::unhashed::put(
			&ModelProviders::<Test>::hashed_key_for(b),
			&old(vec![P2, P4]),
		);
		StorageVersion::new(0).put::<Providers>();

		v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(entries(a), vec![(P1, 3_000, 10), (P2, 1_500, 10)]);
		assert_eq!(entries(b), vec![(P2, 1_500, 10)], "P4 is not a provider: dropped");
		assert_eq!(Providers::on_chain_storage_version(), StorageVersion::new(1));

		// Run again, it changes nothing.
		let before = (entries(a), entries(b));
		v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!((entries(a), entries(b)), before);
	});
}

#[test]
fn the_v2_migration_drops_the_job_counts_and_keeps_a_busy_leaver_bonded() {
	use crate::migrations::v2::{self, OldProviderInfo};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	test(|| {
		let a = model(1);
		assert_ok!(register(P1, 3_000, &[a]));
		assert_ok!(register(P2, 1_500, &[a]));
		assert_ok!(register(P3, 1_500, &[a]));
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(P2)));
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(P3)));
		// Write the providers as version 1 stored them: P1 active with 2 jobs, P2 unbonding
		// with none, P3 unbonding with a challenged job counted again.
		let old = |who: AccountId, status, jobs_in_flight| {
			let p = ProvidersMap::<Test>::get(who).unwrap();
			frame_support::storage::unhashed::put(
				&ProvidersMap::<Test>::hashed_key_for(who),
				&OldProviderInfo::<Balance, u64, frame_support::traits::ConstU32<3>> {
					bond: p.bond,
					price: p.price,
					models: p.models,
					status,
					jobs_in_flight,
				},
			);
		};
		old(P1, ProviderStatus::Active, 2);
		old(P2, ProviderStatus::Unbonding { unlock_at: 3 }, 0);
		old(P3, ProviderStatus::Unbonding { unlock_at: 3 }, 1);
		StorageVersion::new(1).put::<Providers>();
		System::set_block_number(2);

		v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!(Providers::on_chain_storage_version(), StorageVersion::new(2));
		let status = |who| ProvidersMap::<Test>::get(who).map(|p| (p.bond, p.status));
		assert_eq!(status(P1), Some((3_000, ProviderStatus::Active)));
		assert_eq!(status(P2), Some((1_500, ProviderStatus::Unbonding { unlock_at: 3 })));
		assert_eq!(
			status(P3),
			Some((1_500, ProviderStatus::Unbonding { unlock_at: 2 + 4 })),
			"work left: bonded through the work window from the upgrade"
		);
		assert_eq!(pool(a), vec![P1], "pools untouched");

		// Run again: nothing changes (the version is 2).
		let before = (status(P1), status(P2), status(P3));
		v2::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!((status(P1), status(P2), status(P3)), before);
	});
}

fn key(seed: u8) -> [u8; 32] {
	verity_primitives::privacy::public_key(&[seed; 32])
}

fn set_key(who: AccountId, key: [u8; 32], rotation: u32) -> DispatchResultWithPostInfo {
	Providers::set_encryption_key(RuntimeOrigin::signed(who), key, rotation)
}

#[test]
fn a_provider_registers_its_encryption_key_free_and_pays_to_change_it() {
	test(|| {
		let a = model(1);
		assert_ok!(register(P1, MIN_BOND, &[a]));
		let first = set_key(P1, key(1), 0).unwrap();
		assert_eq!(first.pays_fee, Pays::No, "a first key is free");
		assert_eq!(
			EncryptionKeys::<Test>::get(P1),
			Some(EncryptionKey { key: key(1), rotation: 0 })
		);
		System::assert_last_event(
			Event::EncryptionKeySet { who: P1, key: key(1), rotation: 0 }.into(),
		);
		let change = set_key(P1, key(2), 1).unwrap();
		assert_eq!(change.pays_fee, Pays::Yes, "a change pays");
		assert_eq!(
			EncryptionKeys::<Test>::get(P1),
			Some(EncryptionKey { key: key(2), rotation: 1 })
		);
		// Leaving removes it; coming back starts again at rotation 0.
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(P1)));
		// An unbonding provider still works off its seats: it may change its key.
		assert_ok!(set_key(P1, key(3), 2));
		System::set_block_number(1 + DELAY);
		assert_ok!(Providers::withdraw(RuntimeOrigin::signed(P1)));
		assert_eq!(EncryptionKeys::<Test>::get(P1), None);
		assert_ok!(register(P1, MIN_BOND, &[a]));
		assert_ok!(set_key(P1, key(4), 0));
	});
}

#[test]
fn encryption_key_refusals_change_nothing() {
	test(|| {
		let a = model(1);
		// Not a provider: a sybil cannot fill storage with keys.
		assert_noop!(set_key(P1, key(1), 0), Error::<Test>::NotProvider);
		assert_ok!(register(P1, MIN_BOND, &[a]));
		// Keys of small order: anyone could read what is wrapped to them.
		let mut one = [0u8; 32];
		one[0] = 1;
		assert_noop!(set_key(P1, [0u8; 32], 0), Error::<Test>::WeakEncryptionKey);
		assert_noop!(set_key(P1, one, 0), Error::<Test>::WeakEncryptionKey);
		// The rotation must be the next: a first key is 0, a resend or a race lands once.
		assert_noop!(set_key(P1, key(1), 1), Error::<Test>::WrongRotation);
		assert_ok!(set_key(P1, key(1), 0));
		assert_noop!(set_key(P1, key(2), 0), Error::<Test>::WrongRotation);
		assert_noop!(set_key(P1, key(2), 2), Error::<Test>::WrongRotation);
		assert_noop!(set_key(P1, key(1), 1), Error::<Test>::SameEncryptionKey);
		// At the last rotation there is no next one.
		EncryptionKeys::<Test>::insert(P1, EncryptionKey { key: key(1), rotation: u32::MAX });
		assert_noop!(set_key(P1, key(2), u32::MAX), Error::<Test>::WrongRotation);
		assert_eq!(
			EncryptionKeys::<Test>::get(P1),
			Some(EncryptionKey { key: key(1), rotation: u32::MAX })
		);
	});
}
