use crate::{mock::*, Error, Event, PendingRotations, SessionLength};
use frame_support::{assert_noop, assert_ok, traits::EstimateNextSessionRotation};
use pallet_session::{SessionManager, ShouldEndSession};
use sp_runtime::DispatchError;

type V = crate::Pallet<Test>;

fn set() -> Vec<AccountId> {
	crate::Validators::<Test>::get().into_inner()
}

/// The blocks in `from..=to` at which a session ends, rotating like pallet-session does.
fn rotations(from: u64, to: u64) -> Vec<u64> {
	(from..=to)
		.filter(|&n| {
			let ends = <V as ShouldEndSession<u64>>::should_end_session(n);
			if ends {
				let _ = <V as SessionManager<AccountId>>::new_session(0);
			}
			ends
		})
		.collect()
}

#[test]
fn genesis_sets_the_validators_and_the_session_length() {
	new_test_ext().execute_with(|| {
		assert_eq!(set(), vec![1, 2]);
		assert_eq!(SessionLength::<Test>::get(), 10);
		assert_eq!(<V as SessionManager<AccountId>>::new_session_genesis(0), Some(vec![1, 2]));
		assert_eq!(rotations(1, 35), vec![10, 20, 30]);
	});
}

#[test]
fn only_governance_changes_the_set() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Validators::add_validator(RuntimeOrigin::signed(3), 3),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Validators::remove_validator(RuntimeOrigin::signed(1), 2),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Validators::set_session_length(RuntimeOrigin::signed(1), 5),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn adding_needs_session_keys_and_room_and_a_new_account() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Validators::add_validator(RuntimeOrigin::root(), 100),
			Error::<Test>::NoSessionKeys
		);
		assert_noop!(
			Validators::add_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::AlreadyValidator
		);
		assert_ok!(Validators::add_validator(RuntimeOrigin::root(), 3));
		assert_ok!(Validators::add_validator(RuntimeOrigin::root(), 4));
		assert_noop!(
			Validators::add_validator(RuntimeOrigin::root(), 5),
			Error::<Test>::TooManyValidators
		);
		assert_eq!(set(), vec![1, 2, 3, 4]);
		System::assert_has_event(Event::ValidatorAdded { who: 4 }.into());
	});
}

#[test]
fn a_change_is_enacted_by_the_next_two_blocks_then_sessions_are_periodic_again() {
	new_test_ext().execute_with(|| {
		System::set_block_number(3);
		assert_ok!(Validators::add_validator(RuntimeOrigin::root(), 3));
		assert_eq!(PendingRotations::<Test>::get(), 2);
		// Block 4 queues the new set, block 5 makes it active; the set is handed over once.
		assert!(<V as ShouldEndSession<u64>>::should_end_session(4));
		assert_eq!(<V as SessionManager<AccountId>>::new_session(2), Some(vec![1, 2, 3]));
		System::assert_has_event(Event::SetQueued { session: 2, validators: 3 }.into());
		assert!(<V as ShouldEndSession<u64>>::should_end_session(5));
		assert_eq!(<V as SessionManager<AccountId>>::new_session(3), None);
		assert_eq!(PendingRotations::<Test>::get(), 0);
		assert_eq!(rotations(6, 25), vec![10, 20]);
	});
}

#[test]
fn removing_keeps_at_least_the_minimum() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Validators::remove_validator(RuntimeOrigin::root(), 3),
			Error::<Test>::NotValidator
		);
		assert_ok!(Validators::remove_validator(RuntimeOrigin::root(), 1));
		assert_eq!(set(), vec![2]);
		System::assert_has_event(Event::ValidatorRemoved { who: 1 }.into());
		assert_noop!(
			Validators::remove_validator(RuntimeOrigin::root(), 2),
			Error::<Test>::TooFewValidators
		);
		assert_eq!(<V as SessionManager<AccountId>>::new_session(2), Some(vec![2]));
	});
}

#[test]
fn the_session_length_is_governed_and_never_zero() {
	new_test_ext().execute_with(|| {
		assert_noop!(
			Validators::set_session_length(RuntimeOrigin::root(), 0),
			Error::<Test>::ZeroSessionLength
		);
		assert_ok!(Validators::set_session_length(RuntimeOrigin::root(), 4));
		assert_eq!(rotations(1, 13), vec![4, 8, 12]);
		assert_eq!(V::average_session_length(), 4);
		assert_eq!(V::estimate_next_session_rotation(9).0, Some(12));
		assert_eq!(V::estimate_next_session_rotation(12).0, Some(16));
		assert_ok!(Validators::add_validator(RuntimeOrigin::root(), 3));
		assert_eq!(V::estimate_next_session_rotation(13).0, Some(14), "a change rotates at once");
	});
}
