// Private jobs' encryption on the submitter's side (docs/privacy.md): the same construction as
// the runtime's `verity_primitives::privacy`, on @noble (audited, dependency-free, and already
// what @polkadot/util-crypto builds on). test/privacy.test.js checks both give the same bytes.
//
// - a job's content key: 32 random bytes; the chain holds its commitment (SHA-256 of a label
//   and the key) so every provider can check it got the same key;
// - the input sealed under it: ChaCha20-Poly1305 with a key and nonce from HKDF-SHA256;
// - the key wrapped to each provider drawn: x25519 between the job's ephemeral key and the
//   provider's registered key, HKDF-SHA256 bound to both public keys and the job id,
//   ChaCha20-Poly1305 over the key: 48 bytes a recipient (and 32 a job for the ephemeral key).

import { chacha20poly1305 } from '@noble/ciphers/chacha';
import { x25519 } from '@noble/curves/ed25519';
import { hkdf } from '@noble/hashes/hkdf';
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { randomBytes } from '@noble/hashes/utils';

const text = (s) => new TextEncoder().encode(s);

function concat(...parts) {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

function u64le(n) {
	const b = new Uint8Array(8);
	new DataView(b.buffer).setBigUint64(0, BigInt(n), true);
	return b;
}

function u32le(n) {
	const b = new Uint8Array(4);
	new DataView(b.buffer).setUint32(0, Number(n), true);
	return b;
}

/** Bytes a content key wrapped to one recipient takes. */
export const WRAPPED_LEN = 48;
/** Bytes sealing adds to a message. */
export const TAG_LEN = 16;

/** A fresh secret: a content key or an ephemeral x25519 secret. */
export function freshKey() {
	return randomBytes(32);
}

/** The x25519 public key of `secret`. */
export function publicKey(secret) {
	return x25519.getPublicKey(secret);
}

/** The commitment to a content key the chain holds. */
export function keyCommitment(contentKey) {
	return sha256(concat(text('verity/content-key/v1'), contentKey));
}

/** What a provider's node signs with its `vrte` key to derive its secret at `rotation`. */
export function keyMessage(account, rotation) {
	return concat(text('verity/encryption-key/v1'), account, u32le(rotation));
}

/** The x25519 secret a signature over `keyMessage` gives. */
export function secretFromSignature(signature) {
	return sha256(concat(text('verity/x25519-secret/v1'), signature));
}

function contentCipher(contentKey, purpose) {
	const p = typeof purpose === 'string' ? text(purpose) : purpose;
	const okm = hkdf(sha256, contentKey, text('verity/content/v1'), p, 44);
	return chacha20poly1305(okm.subarray(0, 32), okm.subarray(32, 44), p);
}

/** Seals `message` under a job's content key for `purpose` ('input' for the job's input). */
export function seal(contentKey, purpose, message) {
	return contentCipher(contentKey, purpose).encrypt(message);
}

/** Opens what `seal` sealed; throws on a wrong key, purpose or altered bytes. */
export function open(contentKey, purpose, ciphertext) {
	return contentCipher(contentKey, purpose).decrypt(ciphertext);
}

/** Bytes of the synthetic IV before a sealed output. */
export const SIV_LEN = 16;

function outputSiv(contentKey, output) {
	const key = hkdf(sha256, contentKey, text('verity/content/v1'), text('output-siv'), 32);
	return hmac(sha256, key, output).subarray(0, SIV_LEN);
}

/** Seals a provider's output deterministically (the runtime's `seal_output`; the worker does it). */
export function sealOutput(contentKey, output) {
	const siv = outputSiv(contentKey, output);
	return concat(siv, seal(contentKey, concat(text('output'), siv), output));
}

/** Opens a sealed output and checks its synthetic IV; throws if it does not open. */
export function openOutput(contentKey, sealed) {
	if (sealed.length < SIV_LEN + TAG_LEN) throw new Error('too short to be a sealed output');
	const siv = sealed.subarray(0, SIV_LEN);
	const output = open(contentKey, concat(text('output'), siv), sealed.subarray(SIV_LEN));
	const check = outputSiv(contentKey, output);
	if (check.some((b, i) => b !== siv[i])) throw new Error('the sealed output does not check');
	return output;
}

function wrapCipher(shared, ephemeral, recipient, job) {
	const okm = hkdf(sha256, shared, concat(ephemeral, recipient), concat(text('verity/wrap/v1'), u64le(job)), 44);
	return chacha20poly1305(okm.subarray(0, 32), okm.subarray(32, 44));
}

/** Wraps `contentKey` to `recipient` (a provider's registered key) for job `job`. */
export function wrap(contentKey, ephemeralSecret, recipient, job) {
	const shared = x25519.getSharedSecret(ephemeralSecret, recipient);
	if (shared.every((b) => b === 0)) throw new Error('the recipient key is of small order');
	return wrapCipher(shared, publicKey(ephemeralSecret), recipient, job).encrypt(contentKey);
}

/** Opens a key wrapped to the holder of `secret`, checked against the job's commitment. */
export function unwrap(wrapped, ephemeral, secret, job, commitment) {
	const shared = x25519.getSharedSecret(secret, ephemeral);
	const key = wrapCipher(shared, ephemeral, publicKey(secret), job).decrypt(wrapped);
	const c = keyCommitment(key);
	if (c.length !== commitment.length || c.some((b, i) => b !== commitment[i])) {
		throw new Error('the key does not match the job\'s commitment');
	}
	return key;
}
