//! Stories of the provider registry.

use crate::{
	mock::*, Error, Event, HoldReason, ModelProviders, ProviderStatus, Providers as ProvidersMap,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold, BoundedVec};
use sp_runtime::{DispatchError, Perbill, TokenError};

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
	ModelProviders::<Test>::get(m).into_inner()
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
		assert_eq!(
			(p.bond, p.price, p.status, p.jobs_in_flight),
			(5_000, 10, ProviderStatus::Active, 0)
		);
		System::assert_last_event(Event::Registered { who: P1, bond: 5_000, price: 10 }.into());
		assert_eq!(Providers::assignable(a), vec![(P1, 10)]);
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
		assert_eq!(Providers::assignable(b), vec![(P1, 25)]);
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
fn unbond_is_refused_with_a_job_in_flight_then_waits_for_the_delay() {
	test(|| {
		let a = model(1);
		assert_ok!(register(P1, 2_000, &[a]));
		Providers::note_assigned(&P1);
		assert_noop!(Providers::unbond(RuntimeOrigin::signed(P1)), Error::<Test>::JobsInFlight);
		Providers::note_released(&P1);

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
		assert_eq!(Providers::slash(&P1, Perbill::from_percent(10), &TREASURY), 120);
		assert_eq!(bond_held(P1), 1_080);
		assert_eq!(Balances::free_balance(TREASURY), 1 + 120);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(pool(a), vec![P1], "still above the minimum");

		assert_eq!(Providers::slash(&P1, Perbill::from_percent(50), &TREASURY), 540);
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
		assert_eq!(pool(a), vec![P1]);
		System::assert_last_event(Event::Bonded { who: P1, amount: 400, bond: 1_040 }.into());

		assert_eq!(
			Providers::slash(&P4, Perbill::from_percent(50), &TREASURY),
			0,
			"not a provider"
		);
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
		assert_ok!(Providers::set_params(RuntimeOrigin::root(), 5_000, 3));
		assert_eq!(crate::MinBond::<Test>::get(), 5_000);
		assert_eq!(crate::UnbondingDelay::<Test>::get(), 3);
		System::assert_last_event(Event::ParamsSet { min_bond: 5_000, unbonding_delay: 3 }.into());
		assert_noop!(register(P1, 4_999, &[a]), Error::<Test>::BondTooLow);
	});
}
