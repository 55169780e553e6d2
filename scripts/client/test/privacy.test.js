// Private jobs' encryption: the client (privacy.js, @noble) gives the bytes the runtime's
// `verity_primitives::privacy` gives (privacy-vector.json, which the Rust test
// `the_construction_gives_the_vector_the_client_checks` writes and checks), and what one wraps
// or seals only its recipient opens. No chain.

import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import * as p from '../privacy.js';

const vector = JSON.parse(readFileSync(new URL('./privacy-vector.json', import.meta.url), 'utf8'));
const fill = (b, n = 32) => new Uint8Array(n).fill(b);
const hex = (u8) => u8aToHex(u8).slice(2);

test('the client gives the bytes the runtime gives', () => {
	assert.equal(hex(p.publicKey(fill(1))), vector.provider_public);
	assert.equal(hex(p.publicKey(fill(2))), vector.ephemeral_public);
	assert.equal(hex(p.keyCommitment(fill(3))), vector.key_commitment);
	assert.equal(hex(p.wrap(fill(3), fill(2), p.publicKey(fill(1)), 7)), vector.wrapped);
	assert.equal(hex(p.seal(fill(3), 'input', new TextEncoder().encode('verity'))), vector.sealed_input);
	assert.equal(hex(p.keyMessage(fill(5), 2)), vector.key_message);
	assert.equal(hex(p.secretFromSignature(fill(4, 64))), vector.secret_from_signature);
	assert.equal(hex(p.sealOutput(fill(3), new TextEncoder().encode('label 6'))), vector.sealed_output);
	assert.equal(new TextDecoder().decode(p.openOutput(fill(3), hexToU8a('0x' + vector.sealed_output))), 'label 6');
	// And opens what the runtime's side made.
	const key = p.unwrap(hexToU8a('0x' + vector.wrapped), p.publicKey(fill(2)), fill(1), 7, p.keyCommitment(fill(3)));
	assert.deepEqual(key, fill(3));
	assert.equal(new TextDecoder().decode(p.open(key, 'input', hexToU8a('0x' + vector.sealed_input))), 'verity');
});

test('a wrapped key opens only for its recipient and job; a sealed input only under its key', () => {
	const [alice, bob, ephemeral, content] = [p.freshKey(), p.freshKey(), p.freshKey(), p.freshKey()];
	const commitment = p.keyCommitment(content);
	const e = p.publicKey(ephemeral);
	const wrapped = p.wrap(content, ephemeral, p.publicKey(alice), 9);
	assert.equal(wrapped.length, p.WRAPPED_LEN);
	assert.deepEqual(p.unwrap(wrapped, e, alice, 9, commitment), content);
	assert.throws(() => p.unwrap(wrapped, e, bob, 9, commitment));
	assert.throws(() => p.unwrap(wrapped, e, alice, 10, commitment));
	const other = p.wrap(p.freshKey(), ephemeral, p.publicKey(alice), 9);
	assert.throws(() => p.unwrap(other, e, alice, 9, commitment), /commitment/);
	const sealed = p.seal(content, 'input', new TextEncoder().encode('camera frame'));
	assert.equal(sealed.length, 'camera frame'.length + p.TAG_LEN);
	assert.throws(() => p.open(p.freshKey(), 'input', sealed));
	assert.throws(() => p.open(content, 'output', sealed));
	// A key of small order is refused.
	assert.throws(() => p.wrap(content, ephemeral, new Uint8Array(32), 9));
});
