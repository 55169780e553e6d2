//! Private jobs' encryption (docs/privacy.md): the one construction the submitter's client
//! (`scripts/client/privacy.js`, the same steps on @noble) and a provider's off-chain worker
//! use, with no trusted hardware.
//!
//! - A provider's **encryption key** is an x25519 key derived from a signature its node's
//!   keystore makes with an ed25519 key of type `vrte` over [`key_message`] (the provider's
//!   account and the key's rotation): ed25519 signatures are deterministic (RFC 8032), so the
//!   node derives the same secret whenever it needs it and keeps nothing else; the chain holds
//!   the public half (`providers.encryptionKeys`).
//! - A job's **content key** is 32 random bytes the submitter's client draws; the chain holds
//!   its [`key_commitment`], so every provider can check it got the same key (ChaCha20-Poly1305
//!   is not key-committing: without it a submitter could hand two providers keys that open one
//!   ciphertext to two inputs, and make honest providers disagree).
//! - The input is sealed under the content key ([`seal`], ChaCha20-Poly1305 with a key and
//!   nonce from HKDF-SHA256 of the content key, per purpose).
//! - The content key is **wrapped** to each provider drawn ([`wrap`]): x25519 between one
//!   ephemeral key of the job's and the provider's key, HKDF-SHA256 bound to both public keys
//!   and the job, ChaCha20-Poly1305 over the 32-byte key: [`WRAPPED_LEN`] = 48 bytes a
//!   recipient, and 32 bytes a job for the ephemeral public key.

use alloc::vec::Vec;
use chacha20poly1305::{
	aead::{Aead, KeyInit, Payload},
	ChaCha20Poly1305, Key, Nonce,
};
use hkdf::Hkdf;
use sha2::Sha256;

/// An x25519 public key.
pub type PublicKey = [u8; 32];
/// A job's content key, or an x25519 secret.
pub type SecretKey = [u8; 32];
/// The bytes of a content key wrapped to one recipient: the sealed key and its tag.
pub const WRAPPED_LEN: usize = 48;
/// A content key wrapped to one recipient.
pub type WrappedKey = [u8; WRAPPED_LEN];
/// The bytes sealing adds to a message (Poly1305's tag).
pub const TAG_LEN: usize = 16;

/// What a sealed message, a wrapped key or a key cannot be opened or used for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PrivacyError {
	/// The public key is of small order (every shared secret with it is 0): no one could
	/// read what is wrapped to it.
	WeakKey,
	/// The ciphertext, or the wrapped key, does not open under this key (wrong key, wrong job,
	/// or altered bytes).
	Unreadable,
	/// The key opened does not match the job's key commitment.
	KeyMismatch,
}

/// What a provider's node signs, with its `vrte` ed25519 key, to derive the x25519 secret of
/// `account` (its SCALE encoding) at `rotation`.
pub fn key_message(account: &[u8], rotation: u32) -> Vec<u8> {
	let mut m = Vec::with_capacity(32 + account.len() + 4);
	m.extend_from_slice(b"verity/encryption-key/v1");
	m.extend_from_slice(account);
	m.extend_from_slice(&rotation.to_le_bytes());
	m
}

/// The x25519 secret a signature over [`key_message`] gives: SHA-256 of a label and the
/// signature (x25519 clamps it).
pub fn secret_from_signature(signature: &[u8; 64]) -> SecretKey {
	use sha2::Digest;
	let mut h = Sha256::new();
	h.update(b"verity/x25519-secret/v1");
	h.update(signature);
	h.finalize().into()
}

/// The public key of an x25519 secret.
pub fn public_key(secret: &SecretKey) -> PublicKey {
	x25519_dalek::x25519(*secret, x25519_dalek::X25519_BASEPOINT_BYTES)
}

/// Whether keys can be wrapped to `key`: canonical (below 2^255 - 19, as [`public_key`] makes
/// them: a wrap binds the key's bytes and the holder recomputes them, so another encoding of
/// the same point could never open) and not one of the points of small order, with which
/// every shared secret is 0 (a clamped scalar is a multiple of 8, so only those give 0).
pub fn is_usable_key(key: &PublicKey) -> bool {
	// Little-endian: at least 2^255 - 19 = 0x7fff…ffed.
	let high = key[31] & 0x80 != 0;
	let at_least_p = key[31] == 0x7f && key[1..31].iter().all(|b| *b == 0xff) && key[0] >= 0xed;
	if high || at_least_p {
		return false;
	}
	let mut scalar = [0u8; 32];
	scalar[0] = 1;
	x25519_dalek::x25519(scalar, *key) != [0u8; 32]
}

/// The commitment to a job's content key the chain holds: SHA-256 of a label and the key.
pub fn key_commitment(content_key: &SecretKey) -> [u8; 32] {
	use sha2::Digest;
	let mut h = Sha256::new();
	h.update(b"verity/content-key/v1");
	h.update(content_key);
	h.finalize().into()
}

/// A ChaCha20-Poly1305 key and nonce from HKDF-SHA256.
fn cipher(salt: &[u8], ikm: &[u8], info: &[&[u8]]) -> (ChaCha20Poly1305, Nonce) {
	let hk = Hkdf::<Sha256>::new(Some(salt), ikm);
	let mut okm = [0u8; 44];
	// 44 bytes is far below HKDF-SHA256's limit of 8,160: it cannot fail.
	let _ = hk.expand_multi_info(info, &mut okm);
	let (key, nonce) = okm.split_at(32);
	(ChaCha20Poly1305::new(Key::from_slice(key)), *Nonce::from_slice(nonce))
}

/// The cipher a content key seals `purpose`'s messages with ("input", or an output's label).
fn content_cipher(content_key: &SecretKey, purpose: &[u8]) -> (ChaCha20Poly1305, Nonce) {
	cipher(b"verity/content/v1", content_key, &[purpose])
}

/// Seals `message` under a job's content key for `purpose` (`b"input"` for the job's input):
/// the ciphertext, [`TAG_LEN`] bytes longer.
pub fn seal(content_key: &SecretKey, purpose: &[u8], message: &[u8]) -> Vec<u8> {
	let (c, nonce) = content_cipher(content_key, purpose);
	// Encryption with a valid key and nonce fails only past ChaCha20's 256 GiB.
	c.encrypt(&nonce, Payload { msg: message, aad: purpose }).unwrap_or_default()
}

/// Opens what [`seal`] sealed.
pub fn open(
	content_key: &SecretKey,
	purpose: &[u8],
	ciphertext: &[u8],
) -> Result<Vec<u8>, PrivacyError> {
	let (c, nonce) = content_cipher(content_key, purpose);
	c.decrypt(&nonce, Payload { msg: ciphertext, aad: purpose })
		.map_err(|_| PrivacyError::Unreadable)
}

/// Bytes of the synthetic IV before a sealed output.
pub const SIV_LEN: usize = 16;

/// The synthetic IV of `output` under a job's content key: the first [`SIV_LEN`] bytes of
/// HMAC-SHA256 of the output under a key HKDF derives from the content key (`output-siv`).
fn output_siv(content_key: &SecretKey, output: &[u8]) -> [u8; SIV_LEN] {
	let hk = Hkdf::<Sha256>::new(Some(b"verity/content/v1"), content_key);
	let mut key = [0u8; 32];
	// 32 bytes: far below HKDF-SHA256's limit.
	let _ = hk.expand(b"output-siv", &mut key);
	// HKDF's extract step is HMAC-SHA256(key, output).
	let (mac, _) = Hkdf::<Sha256>::extract(Some(&key), output);
	let mut siv = [0u8; SIV_LEN];
	siv.copy_from_slice(&mac[..SIV_LEN]);
	siv
}

/// Seals a provider's output under a job's content key, deterministically: equal outputs seal
/// to equal bytes, so the chain compares sealed outputs as it compares plain ones (`Exact`)
/// and learns only whether they are equal. A synthetic IV (a keyed hash of the output) picks
/// the cipher's key and nonce, so different outputs never share them: the SIV construction.
/// The IV, then the ciphertext: [`SIV_LEN`] + [`TAG_LEN`] bytes longer than the output.
pub fn seal_output(content_key: &SecretKey, output: &[u8]) -> Vec<u8> {
	let siv = output_siv(content_key, output);
	let mut purpose = [0u8; 6 + SIV_LEN];
	purpose[..6].copy_from_slice(b"output");
	purpose[6..].copy_from_slice(&siv);
	let mut sealed = Vec::with_capacity(SIV_LEN + output.len() + TAG_LEN);
	sealed.extend_from_slice(&siv);
	sealed.extend_from_slice(&seal(content_key, &purpose, output));
	sealed
}

/// Opens what [`seal_output`] sealed and checks its synthetic IV.
pub fn open_output(content_key: &SecretKey, sealed: &[u8]) -> Result<Vec<u8>, PrivacyError> {
	if sealed.len() < SIV_LEN + TAG_LEN {
		return Err(PrivacyError::Unreadable);
	}
	let (siv, ciphertext) = sealed.split_at(SIV_LEN);
	let mut purpose = [0u8; 6 + SIV_LEN];
	purpose[..6].copy_from_slice(b"output");
	purpose[6..].copy_from_slice(siv);
	let output = open(content_key, &purpose, ciphertext)?;
	if output_siv(content_key, &output)[..] != *siv {
		return Err(PrivacyError::Unreadable);
	}
	Ok(output)
}

/// The cipher a key wrap uses between `ephemeral` and `recipient` for job `job`.
fn wrap_cipher(
	shared: &[u8; 32],
	ephemeral: &PublicKey,
	recipient: &PublicKey,
	job: u64,
) -> (ChaCha20Poly1305, Nonce) {
	let mut salt = [0u8; 64];
	salt[..32].copy_from_slice(ephemeral);
	salt[32..].copy_from_slice(recipient);
	cipher(&salt, shared, &[b"verity/wrap/v1", &job.to_le_bytes()])
}

/// Wraps `content_key` to `recipient` for job `job`, with the job's ephemeral secret (whose
/// public key the chain holds with the wraps).
pub fn wrap(
	content_key: &SecretKey,
	ephemeral_secret: &SecretKey,
	recipient: &PublicKey,
	job: u64,
) -> Result<WrappedKey, PrivacyError> {
	let shared = x25519_dalek::x25519(*ephemeral_secret, *recipient);
	if shared == [0u8; 32] {
		return Err(PrivacyError::WeakKey);
	}
	let (c, nonce) = wrap_cipher(&shared, &public_key(ephemeral_secret), recipient, job);
	let sealed = c.encrypt(&nonce, &content_key[..]).map_err(|_| PrivacyError::Unreadable)?;
	sealed.try_into().map_err(|_| PrivacyError::Unreadable)
}

/// Opens a key wrapped to the holder of `secret` for job `job` with the job's `ephemeral`
/// public key, and checks it against the job's key commitment.
pub fn unwrap(
	wrapped: &WrappedKey,
	ephemeral: &PublicKey,
	secret: &SecretKey,
	job: u64,
	commitment: &[u8; 32],
) -> Result<SecretKey, PrivacyError> {
	let shared = x25519_dalek::x25519(*secret, *ephemeral);
	if shared == [0u8; 32] {
		return Err(PrivacyError::WeakKey);
	}
	let (c, nonce) = wrap_cipher(&shared, ephemeral, &public_key(secret), job);
	let key: SecretKey = c
		.decrypt(&nonce, &wrapped[..])
		.map_err(|_| PrivacyError::Unreadable)?
		.try_into()
		.map_err(|_| PrivacyError::Unreadable)?;
	if key_commitment(&key) != *commitment {
		return Err(PrivacyError::KeyMismatch);
	}
	Ok(key)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn bytes(b: u8) -> [u8; 32] {
		[b; 32]
	}

	fn hex(b: &[u8]) -> alloc::string::String {
		b.iter().map(|x| alloc::format!("{x:02x}")).collect()
	}

	/// The fixed vector `scripts/client/test/privacy.test.js` checks the client against: the
	/// same inputs must give these bytes on both sides.
	#[test]
	fn the_construction_gives_the_vector_the_client_checks() {
		let provider = public_key(&bytes(1));
		let ephemeral = bytes(2);
		let content = bytes(3);
		let wrapped = wrap(&content, &ephemeral, &provider, 7).unwrap();
		let sealed = seal(&content, b"input", b"verity");
		let signature = [4u8; 64];
		let vector = [
			("provider_public", hex(&provider)),
			("ephemeral_public", hex(&public_key(&ephemeral))),
			("key_commitment", hex(&key_commitment(&content))),
			("wrapped", hex(&wrapped)),
			("sealed_input", hex(&sealed)),
			("key_message", hex(&key_message(&[5u8; 32], 2))),
			("secret_from_signature", hex(&secret_from_signature(&signature))),
			("sealed_output", hex(&seal_output(&content, b"label 6"))),
		];
		let json =
			vector.iter().map(|(k, v)| alloc::format!("  \"{k}\": \"{v}\"")).collect::<Vec<_>>();
		let json = alloc::format!("{{\n{}\n}}\n", json.join(",\n"));
		// The manifest's directory as cargo gives it now: a test binary built in another clone
		// of the workspace (a shared target directory) looks in this one.
		let dir =
			std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or(env!("CARGO_MANIFEST_DIR").into());
		let path = std::path::Path::new(&dir).join("../scripts/client/test/privacy-vector.json");
		if std::env::var_os("VERITY_WRITE_VECTOR").is_some() {
			std::fs::write(&path, &json).unwrap();
		}
		assert_eq!(
			std::fs::read_to_string(&path).unwrap(),
			json,
			"the committed vector (VERITY_WRITE_VECTOR=1 rewrites it)"
		);
	}

	#[test]
	fn a_wrapped_key_opens_only_for_its_recipient_and_job_and_a_sealed_input_only_under_its_key() {
		let (alice, bob) = (bytes(11), bytes(12));
		let ephemeral = bytes(13);
		let content = bytes(14);
		let commitment = key_commitment(&content);
		let e = public_key(&ephemeral);
		let to_alice = wrap(&content, &ephemeral, &public_key(&alice), 9).unwrap();
		assert_eq!(to_alice.len(), 48);
		assert_eq!(unwrap(&to_alice, &e, &alice, 9, &commitment), Ok(content));
		assert_eq!(unwrap(&to_alice, &e, &bob, 9, &commitment), Err(PrivacyError::Unreadable));
		assert_eq!(unwrap(&to_alice, &e, &alice, 10, &commitment), Err(PrivacyError::Unreadable));
		let mut altered = to_alice;
		altered[0] ^= 1;
		assert_eq!(unwrap(&altered, &e, &alice, 9, &commitment), Err(PrivacyError::Unreadable));
		// A submitter that wraps another key than it committed to is caught.
		let other = wrap(&bytes(15), &ephemeral, &public_key(&alice), 9).unwrap();
		assert_eq!(unwrap(&other, &e, &alice, 9, &commitment), Err(PrivacyError::KeyMismatch));

		let sealed = seal(&content, b"input", b"camera frame");
		assert_eq!(sealed.len(), b"camera frame".len() + TAG_LEN);
		assert!(!sealed.windows(6).any(|w| w == b"camera"));
		assert_eq!(open(&content, b"input", &sealed), Ok(b"camera frame".to_vec()));
		assert_eq!(open(&bytes(15), b"input", &sealed), Err(PrivacyError::Unreadable));
		assert_eq!(open(&content, b"output", &sealed), Err(PrivacyError::Unreadable));
	}

	#[test]
	fn equal_outputs_seal_alike_and_only_the_key_holder_opens_them() {
		let (k, other) = (bytes(21), bytes(22));
		let a = seal_output(&k, b"label 6");
		assert_eq!(a, seal_output(&k, b"label 6"), "deterministic: the chain compares them");
		assert_eq!(a.len(), 7 + SIV_LEN + TAG_LEN);
		let b = seal_output(&k, b"label 7");
		assert_ne!(a[..SIV_LEN], b[..SIV_LEN], "different outputs, different IVs and nonces");
		assert_ne!(a, seal_output(&other, b"label 6"), "another job's key seals otherwise");
		assert_eq!(open_output(&k, &a), Ok(b"label 6".to_vec()));
		assert_eq!(open_output(&other, &a), Err(PrivacyError::Unreadable));
		let mut altered = a.clone();
		altered[0] ^= 1;
		assert_eq!(open_output(&k, &altered), Err(PrivacyError::Unreadable));
		assert_eq!(open_output(&k, &a[..10]), Err(PrivacyError::Unreadable));
	}

	#[test]
	fn keys_of_small_order_are_refused() {
		// u = 0 (a point of order 2) and u = 1 (of order 4): x25519 with any clamped scalar
		// gives 0.
		let zero = [0u8; 32];
		let mut one = [0u8; 32];
		one[0] = 1;
		assert!(!is_usable_key(&zero));
		assert!(!is_usable_key(&one));
		assert_eq!(wrap(&bytes(3), &bytes(2), &zero, 1), Err(PrivacyError::WeakKey));
		assert!(is_usable_key(&public_key(&bytes(1))));
		// Encodings that are not canonical: the top bit set, or p and above.
		let mut top = public_key(&bytes(1));
		top[31] |= 0x80;
		assert!(!is_usable_key(&top));
		let mut p = [0xffu8; 32];
		p[31] = 0x7f;
		p[0] = 0xed;
		assert!(!is_usable_key(&p));
	}

	#[test]
	fn a_signature_derives_one_secret_for_each_account_and_rotation() {
		assert_ne!(key_message(&[1; 32], 0), key_message(&[1; 32], 1));
		assert_ne!(key_message(&[1; 32], 0), key_message(&[2; 32], 0));
		assert_eq!(secret_from_signature(&[9; 64]), secret_from_signature(&[9; 64]));
		assert_ne!(secret_from_signature(&[9; 64]), secret_from_signature(&[8; 64]));
	}
}
