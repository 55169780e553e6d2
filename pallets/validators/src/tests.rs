use crate::{mock::*, EpochLength, Error, Event, SetChanged};
use frame_support::{assert_noop, assert_ok, traits::Get};
use pallet_session::SessionManager;
use sp_runtime::{BuildStorage, DispatchError};

type V = crate::Pallet<Test>;

fn set() -> Vec<AccountId> {
	crate::Validators::<Test>::get().into_inner()
}

#[test]
fn genesis_sets_the_validators_and_the_epoch_length() {
	new_test_ext().execute_with(|| {
		assert_eq!(set(), vec![1, 2]);
		assert_eq!(EpochLength::<Test>::get(), 10);
		assert_eq!(<crate::EpochDuration<Test> as Get<u64>>::get(), 10);
		assert_eq!(<V as SessionManager<AccountId>>::new_session_genesis(0), Some(vec![1, 2]));
		assert_eq!(<V as SessionManager<AccountId>>::new_session(1), None, "nothing changed");
	});
}

#[test]
fn genesis_refuses_no_validators_and_forbidden_ones() {
	let build = |validators: Vec<AccountId>| {
		std::panic::catch_unwind(|| {
			crate::GenesisConfig::<Test> { validators, epoch_length: 10, forbidden: vec![66] }
				.build_storage()
		})
		.is_ok()
	};
	assert!(build(vec![1]));
	assert!(!build(vec![]), "a chain without validators");
	assert!(!build(vec![1, 66]), "a forbidden (development) key");
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
fn a_change_is_handed_to_the_next_session_once() {
	new_test_ext().execute_with(|| {
		assert_ok!(Validators::add_validator(RuntimeOrigin::root(), 3));
		assert!(SetChanged::<Test>::get());
		// pallet-session plans session 2 at the end of session 0: the new set, once.
		assert_eq!(<V as SessionManager<AccountId>>::new_session(2), Some(vec![1, 2, 3]));
		System::assert_has_event(Event::SetQueued { session: 2, validators: 3 }.into());
		assert_eq!(<V as SessionManager<AccountId>>::new_session(3), None);
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
fn the_v1_migration_turns_the_session_length_into_the_epoch_length() {
	use frame_support::{
		storage::{storage_prefix, unhashed},
		traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
	};
	new_test_ext().execute_with(|| {
		// Version 0's state: a governed session length of 100 blocks and a pending rotation.
		EpochLength::<Test>::kill();
		let key = |name: &[u8]| storage_prefix(b"Validators", name);
		unhashed::put(&key(b"SessionLength"), &100u32);
		unhashed::put(&key(b"PendingRotations"), &2u8);
		StorageVersion::new(0).put::<Validators>();

		crate::migrations::v1::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(EpochLength::<Test>::get(), 100);
		assert_eq!(unhashed::get::<u32>(&key(b"SessionLength")), None);
		assert_eq!(unhashed::get::<u8>(&key(b"PendingRotations")), None);
		assert_eq!(Validators::on_chain_storage_version(), StorageVersion::new(1));
		assert_eq!(set(), vec![1, 2], "the set is untouched");
	});
}

#[test]
fn try_state_holds_through_changes_and_catches_a_broken_set() {
	new_test_ext().execute_with(|| {
		assert_ok!(V::do_try_state());
		assert_ok!(V::add_validator(RuntimeOrigin::root(), 3));
		assert_ok!(V::remove_validator(RuntimeOrigin::root(), 1));
		assert_ok!(V::do_try_state());

		crate::Validators::<Test>::put(frame_support::BoundedVec::truncate_from(vec![2, 3, 2]));
		assert!(V::do_try_state().is_err(), "a validator twice");
		crate::Validators::<Test>::put(frame_support::BoundedVec::truncate_from(vec![]));
		assert!(V::do_try_state().is_err(), "fewer than MinValidators");
		crate::Validators::<Test>::put(frame_support::BoundedVec::truncate_from(vec![2, 3]));
		EpochLength::<Test>::put(0);
		assert!(V::do_try_state().is_err(), "no epoch length");
	});
}
