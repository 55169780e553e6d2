//! Providers' encryption keys for private jobs (docs/privacy.md), on the off-chain worker's
//! side. A node that serves private jobs holds an ed25519 key of type [`ENCRYPTION_KEY_TYPE`]
//! (`vrte`) in its keystore, as it holds its inference key (`vrty`); a development authority
//! gets one from its name. The x25519 secret of each provider account it serves, at each
//! rotation, is derived from the keystore's signature over
//! [`verity_primitives::privacy::key_message`] (ed25519 signs deterministically): the node keeps
//! no other secret, and never writes one to storage, off-chain or on.
//!
//! Each run, for every provider account of the node that is registered: if the chain holds no
//! encryption key for it, or one that none of the node's `vrte` keys derives at its rotation
//! (the operator replaced the keystore's key), the worker registers the key its first `vrte`
//! key derives at the next rotation (`providers.setEncryptionKey`, free for a first key). It
//! sends it at most once every [`crate::offchain::RESUBMIT_AFTER`] blocks while it has not
//! landed.

use crate::*;
use codec::Encode;
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_providers::{EncryptionKeys, Providers};
use sp_core::ed25519;
use sp_runtime::offchain::storage::StorageValueRef;
use sp_runtime::traits::Saturating;
use verity_primitives::{
	privacy::{self, SecretKey},
	JobId,
};

/// The key type of the ed25519 keys a node derives its providers' encryption keys from.
pub const ENCRYPTION_KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"vrte");

impl<T: Config> Pallet<T> {
	/// The x25519 secret of `account` at `rotation` that this node's `vrte` key `key` derives.
	fn derived_secret(
		key: &ed25519::Public,
		account: &T::AccountId,
		rotation: u32,
	) -> Option<SecretKey> {
		let message = privacy::key_message(&account.encode(), rotation);
		let signature = sp_io::crypto::ed25519_sign(ENCRYPTION_KEY_TYPE, key, &message)?;
		Some(privacy::secret_from_signature(&signature.0))
	}

	/// This node's secret for the encryption key the chain holds for `account`, if one of its
	/// `vrte` keys derives it.
	pub fn encryption_secret(account: &T::AccountId) -> Option<SecretKey> {
		let registered = EncryptionKeys::<T>::get(account)?;
		sp_io::crypto::ed25519_public_keys(ENCRYPTION_KEY_TYPE).iter().find_map(|k| {
			Self::derived_secret(k, account, registered.rotation)
				.filter(|s| privacy::public_key(s) == registered.key)
		})
	}

	/// Rotations back from the registered one a seat's key is tried with: a submitter may have
	/// wrapped it just before the provider's key changed.
	pub const ROTATIONS_TRIED: u32 = 4;

	/// Private job `job_id`'s content key from the key given to `account`'s seat, checked
	/// against the job's key commitment: tried with the secrets of the registered rotation and
	/// the [`Self::ROTATIONS_TRIED`] before it, from each of this node's `vrte` keys.
	pub fn content_key(
		job_id: JobId,
		account: &T::AccountId,
		commitment: &[u8; 32],
	) -> Option<SecretKey> {
		let seat = SeatKeys::<T>::get(job_id, account)?;
		let registered = EncryptionKeys::<T>::get(account)?;
		let keys = sp_io::crypto::ed25519_public_keys(ENCRYPTION_KEY_TYPE);
		let oldest = registered.rotation.saturating_sub(Self::ROTATIONS_TRIED);
		(oldest..=registered.rotation).rev().find_map(|rotation| {
			keys.iter().find_map(|k| {
				let secret = Self::derived_secret(k, account, rotation)?;
				privacy::unwrap(&seat.wrapped, &seat.ephemeral, &secret, job_id, commitment).ok()
			})
		})
	}

	/// Registers `account`'s encryption key if the chain holds none this node can use (see the
	/// module's docs). Returns whether it sent a transaction.
	pub(crate) fn keep_encryption_key(
		account: &T::AccountId,
		public: &T::Public,
		now: BlockNumberFor<T>,
	) -> bool {
		if !Providers::<T>::contains_key(account) || Self::encryption_secret(account).is_some() {
			return false;
		}
		// No `vrte` key: this node serves no private jobs.
		let Some(first) = sp_io::crypto::ed25519_public_keys(ENCRYPTION_KEY_TYPE).first().copied()
		else {
			return false;
		};
		let Some(rotation) =
			EncryptionKeys::<T>::get(account).map_or(Some(0), |k| k.rotation.checked_add(1))
		else {
			return false;
		};
		// Once per rotation every `RESUBMIT_AFTER` blocks while it has not landed.
		let sent_key = (b"verity/encryption-key-sent/", account, rotation).encode();
		let sent = StorageValueRef::persistent(&sent_key);
		if let Ok(Some(at)) = sent.get::<BlockNumberFor<T>>() {
			if now < at.saturating_add(crate::offchain::RESUBMIT_AFTER.into()) && now >= at {
				return false;
			}
		}
		let Some(secret) = Self::derived_secret(&first, account, rotation) else {
			log::warn!(target: "runtime::jobs", "could not sign with the encryption (vrte) key");
			return false;
		};
		let key = privacy::public_key(&secret);
		let call = pallet_providers::Call::<T>::set_encryption_key { key, rotation };
		if Self::send(public, account, call, now) {
			sent.set(&now);
			log::info!(target: "runtime::jobs", "encryption key (rotation {rotation}) submitted for provider {}", crate::offchain::hex_prefix(&account.encode()));
			true
		} else {
			false
		}
	}
}
