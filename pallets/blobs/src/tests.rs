//! Tests of the blobs pallet: storing and paying, renewing, expiry, and abuse (empty, too
//! long, duplicate, unpaid, a full block) that is refused with nothing charged.

use crate::{mock::*, Blobs as BlobsMap, Error, Event, Expiring};
use frame_support::{assert_noop, assert_ok};
use sp_core::H256;
use verity_primitives::BlobInspect;

fn hash_of(data: &[u8]) -> H256 {
	H256(sp_io::hashing::blake2_256(data))
}

fn balance(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

#[test]
fn stores_data_by_hash_and_pays_the_treasury() {
	test(|| {
		let data = vec![1u8; 1000];
		assert_ok!(Blobs::store(RuntimeOrigin::signed(ALICE), data.clone()));
		let fee = 10 + 2 * 1000;
		assert_eq!(balance(ALICE), ENDOWMENT - fee);
		assert_eq!(balance(TREASURY), 1 + fee);
		let hash = hash_of(&data);
		System::assert_last_event(
			Event::Stored { hash, len: 1000, who: ALICE, fee, expires_at: 1 + RETENTION }.into(),
		);
		assert_eq!(<Blobs as BlobInspect<u64>>::blob(&hash.0), Some((1000, 1 + RETENTION)));
		assert_eq!(<Blobs as BlobInspect<u64>>::blob(&[0; 32]), None);
	});
}

#[test]
fn refuses_empty_and_too_long_data() {
	test(|| {
		assert_noop!(Blobs::store(RuntimeOrigin::signed(ALICE), vec![]), Error::<Test>::Empty);
		assert_noop!(
			Blobs::store(RuntimeOrigin::signed(ALICE), vec![0; 4097]),
			Error::<Test>::TooLong
		);
		assert_ok!(Blobs::store(RuntimeOrigin::signed(ALICE), vec![0; 4096]));
	});
}

#[test]
fn the_same_data_is_stored_once_until_it_expires() {
	test(|| {
		assert_ok!(Blobs::store(RuntimeOrigin::signed(ALICE), vec![5; 10]));
		assert_noop!(
			Blobs::store(RuntimeOrigin::signed(BOB), vec![5; 10]),
			Error::<Test>::AlreadyStored
		);
		run_to(1 + RETENTION);
		assert_eq!(<Blobs as BlobInspect<u64>>::blob(&hash_of(&[5; 10]).0), None);
		assert_ok!(Blobs::store(RuntimeOrigin::signed(BOB), vec![5; 10]));
	});
}

#[test]
fn a_storer_who_cannot_pay_stores_nothing() {
	test(|| {
		// 50 free, 10 + 2 × 30 = 70 owed.
		assert!(Blobs::store(RuntimeOrigin::signed(POOR), vec![1; 30]).is_err());
		assert_eq!(balance(POOR), 50);
		assert_eq!(balance(TREASURY), 1);
		assert!(BlobsMap::<Test>::iter().next().is_none());
		assert!(Expiring::<Test>::get(1 + RETENTION).is_empty());
	});
}

#[test]
fn a_full_block_refuses_more_with_nothing_charged() {
	test(|| {
		for i in 0..3u8 {
			assert_ok!(Blobs::store(RuntimeOrigin::signed(ALICE), vec![i; 4]));
		}
		let before = balance(BOB);
		assert_noop!(
			Blobs::store(RuntimeOrigin::signed(BOB), vec![9; 4]),
			Error::<Test>::BlockFull
		);
		assert_eq!(balance(BOB), before);
		run_to(2);
		assert_ok!(Blobs::store(RuntimeOrigin::signed(BOB), vec![9; 4]));
	});
}

#[test]
fn expired_data_is_pruned_in_the_block_it_expires_in() {
	test(|| {
		assert_ok!(Blobs::store(RuntimeOrigin::signed(ALICE), vec![3; 8]));
		let hash = hash_of(&[3; 8]);
		run_to(RETENTION);
		assert!(<Blobs as BlobInspect<u64>>::blob(&hash.0).is_some());
		run_to(1 + RETENTION);
		assert!(!BlobsMap::<Test>::contains_key(hash));
		System::assert_last_event(Event::Expired { hash }.into());
		assert_noop!(Blobs::renew(RuntimeOrigin::signed(ALICE), hash), Error::<Test>::NotStored);
	});
}

#[test]
fn renewing_keeps_data_for_another_period_from_now() {
	test(|| {
		assert_ok!(Blobs::store(RuntimeOrigin::signed(ALICE), vec![4; 100]));
		let hash = hash_of(&[4; 100]);
		run_to(50);
		let before = balance(BOB);
		assert_ok!(Blobs::renew(RuntimeOrigin::signed(BOB), hash));
		assert_eq!(balance(BOB), before - (10 + 2 * 100));
		System::assert_last_event(
			Event::Renewed { hash, who: BOB, fee: 210, expires_at: 50 + RETENTION }.into(),
		);
		// The first retention's end passes without pruning it.
		run_to(1 + RETENTION);
		assert_eq!(<Blobs as BlobInspect<u64>>::blob(&hash.0), Some((100, 50 + RETENTION)));
		run_to(50 + RETENTION);
		assert!(!BlobsMap::<Test>::contains_key(hash));
	});
}

#[test]
fn renewing_twice_in_a_block_is_refused_with_nothing_charged() {
	test(|| {
		assert_ok!(Blobs::store(RuntimeOrigin::signed(ALICE), vec![6; 10]));
		let hash = hash_of(&[6; 10]);
		let before = balance(BOB);
		// Stored in this block: already kept as long as a renewal would keep it.
		assert_noop!(Blobs::renew(RuntimeOrigin::signed(BOB), hash), Error::<Test>::AlreadyStored);
		run_to(2);
		assert_ok!(Blobs::renew(RuntimeOrigin::signed(BOB), hash));
		assert_noop!(Blobs::renew(RuntimeOrigin::signed(BOB), hash), Error::<Test>::AlreadyStored);
		assert_eq!(balance(BOB), before - (10 + 2 * 10));
		assert_eq!(Expiring::<Test>::get(2 + RETENTION).len(), 1, "one entry, however many tries");
	});
}

#[test]
fn renewing_unknown_data_fails() {
	test(|| {
		assert_noop!(
			Blobs::renew(RuntimeOrigin::signed(ALICE), H256::repeat_byte(1)),
			Error::<Test>::NotStored
		);
	});
}

#[test]
fn keeping_for_another_pallet_stores_once_and_renews_what_expires_too_soon() {
	use verity_primitives::BlobStore;
	test(|| {
		let data = vec![5u8; 500];
		let hash = hash_of(&data);
		let keep = |left| <Blobs as BlobStore<AccountId, u64>>::keep(&ALICE, hash.0, 500, left);
		assert_eq!(keep(10), Ok(true));
		let fee = 10 + 2 * 500;
		assert_eq!(balance(ALICE), ENDOWMENT - fee);
		// Kept long enough already: nothing stored again, nothing charged.
		assert_eq!(keep(RETENTION), Ok(false));
		assert_eq!(balance(ALICE), ENDOWMENT - fee);
		// Near its expiry, a caller that needs it longer keeps it for another period.
		run_to(RETENTION - 5);
		assert_eq!(keep(10), Ok(true));
		assert_eq!(balance(ALICE), ENDOWMENT - 2 * fee);
		assert_eq!(
			<Blobs as BlobInspect<u64>>::blob(&hash.0),
			Some((500, RETENTION - 5 + RETENTION))
		);
		assert_eq!(BlobsMap::<Test>::get(hash).map(|b| b.stored_at), Some(1));
		// The first period's expiry does not prune the renewed data.
		run_to(1 + RETENTION);
		assert!(BlobsMap::<Test>::contains_key(hash));
		assert!(Expiring::<Test>::get(RETENTION - 5 + RETENTION).contains(&hash));
		// Bounds and payment as for `store`, with nothing charged on refusal.
		let poor = <Blobs as BlobStore<AccountId, u64>>::keep(&POOR, [1; 32], 100, 10);
		assert!(poor.is_err());
		assert_eq!(
			<Blobs as BlobStore<AccountId, u64>>::keep(&ALICE, [1; 32], 4097, 10),
			Err(Error::<Test>::TooLong.into())
		);
		assert_eq!(
			<Blobs as BlobStore<AccountId, u64>>::keep(&ALICE, [1; 32], 0, 10),
			Err(Error::<Test>::Empty.into())
		);
	});
}
