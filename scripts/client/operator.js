// What a validator operator does from JavaScript: register session keys generated in the
// validator's own node, see the validator set, have governance add or remove a validator
// (through sudo on the dev chain, a referendum on the root track elsewhere), and register as a
// compute provider. Everything from metadata.

import { u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { send, TxError, dispatchErrorText, rawRpc } from './verity.js';
import { ORIGIN, propose } from './governance.js';
/** @typedef {import('./verity.js').Api} Api */

/**
 * Has the node that `api` is connected to generate new session keys (BABE and GRANDPA) into
 * its keystore, with a proof that `who` owns them (`author_rotateKeysWithOwner`), and
 * registers them on chain with `session.setKeys`, signed by `who`. Returns `{ keys, proof }`
 * (hex). The node's RPC must allow unsafe methods (it does on localhost by default).
 *
 * @param {Api} api
 */
export async function rotateAndSetKeys(api, who) {
	const generated = await rawRpc(api, 'author_rotateKeysWithOwner', [u8aToHex(who.publicKey)]);
	const { keys, proof } = generated;
	await send(api, who, api.tx.session.setKeys(keys, proof), { finalized: true });
	return { keys, proof };
}

/**
 * The validator set: who validates now, who is queued, the session (BABE epoch) and its length.
 *
 * @param {Api} api
 */
export async function validatorSet(api) {
	const [active, next, index, length, babe] = await Promise.all([
		api.query.session.validators(),
		api.query.validators.validators(),
		api.query.session.currentIndex(),
		api.query.validators.epochLength(),
		api.query.babe.authorities(),
	]);
	return {
		active: active.map((a) => a.toString()),
		next: next.map((a) => a.toString()),
		session: index.toNumber(),
		epochLength: length.toNumber(),
		babeAuthorities: babe.length,
	};
}

/**
 * Dispatches `call` as Root: through `sudo.sudo` if the chain has a sudo key and `who` holds
 * it (the dev chain); otherwise opens a referendum on the root track for token holders to
 * vote on. Returns `{ via: 'sudo' }` or `{ via: 'referendum', index }`.
 *
 * @param {Api} api
 */
export async function asRoot(api, who, call) {
	const key = api.query.sudo ? await api.query.sudo.key() : undefined;
	if (key?.isSome && key.unwrap().toString() === who.address) {
		const { events } = await send(api, who, api.tx.sudo.sudo(call), { finalized: true });
		const sudid = events.find((e) => api.events.sudo.Sudid.is(e));
		const result = sudid?.data.sudoResult;
		if (result?.isErr) {
			const text = dispatchErrorText(api, result.asErr);
			throw new TxError(text, { name: text.split(':')[0], events });
		}
		return { via: 'sudo' };
	}
	const { index } = await propose(api, who, call, { origin: ORIGIN.root });
	return { via: 'referendum', index };
}

/**
 * Upgrades the runtime to the Wasm blob `code` (bytes): `system.authorizeUpgrade(hash)` as
 * Root (sudo, or a root-track referendum), then — once authorized — anyone may apply it with
 * `system.applyAuthorizedUpgrade(code)`, which `applyUpgrade` does. Returns what `asRoot`
 * returns, with the code hash.
 *
 * @param {Api} api
 */
export async function authorizeUpgrade(api, who, code) {
	const hash = blake2AsHex(code, 256);
	const r = await asRoot(api, who, api.tx.system.authorizeUpgrade(hash));
	return { ...r, hash };
}

/**
 * Applies an authorized runtime upgrade; returns the block it is in.
 *
 * @param {Api} api
 */
export async function applyUpgrade(api, who, code) {
	const { blockHash } = await send(api, who, api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)), { finalized: true });
	return blockHash;
}
