// Governance from JavaScript: preimages, referenda on Verity's tracks, conviction votes, and
// following a referendum until what it decided is enacted. Everything from metadata.

import { blake2AsHex } from '@polkadot/util-crypto';
import { u8aConcat, stringToU8a, compactToU8a, u8aToHex, bnToU8a } from '@polkadot/util';
import { send, finalizedNumber, finalizedBlocks } from './verity.js';
/** @typedef {import('./verity.js').Api} Api */

/** The origins of Verity's tracks, as `referenda.submit` takes them. */
export const ORIGIN = {
	root: { system: 'Root' },
	protocolParams: { Origins: 'ProtocolParams' },
	treasurer: { Origins: 'Treasurer' },
};

/**
 * The tracks the runtime declares (`referenda.tracks` constant): id, name and periods.
 *
 * @param {Api} api
 */
export function tracks(api) {
	return api.consts.referenda.tracks.map(([id, info]) => ({
		id: id.toNumber(),
		name: new TextDecoder().decode(info.name.toU8a(true)).replace(/\0+$/, ''),
		maxDeciding: info.maxDeciding.toNumber(),
		decisionDeposit: info.decisionDeposit.toBigInt(),
		preparePeriod: info.preparePeriod.toNumber(),
		decisionPeriod: info.decisionPeriod.toNumber(),
		confirmPeriod: info.confirmPeriod.toNumber(),
		minEnactmentPeriod: info.minEnactmentPeriod.toNumber(),
	}));
}

/**
 * Notes `call`'s preimage (unless noted), submits a referendum on the track of `origin` that
 * enacts it `enactAfter` blocks after approval, and places its decision deposit. Returns
 * `{ index, preimageHash }`.
 *
 * @param {Api} api
 * @param {any} who
 * @param {any} call
 * @param {{ origin?: object, enactAfter?: number }} [options]
 */
export async function propose(api, who, call, { origin, enactAfter = 1 } = {}) {
	const bytes = call.method.toU8a();
	const preimageHash = blake2AsHex(bytes, 256);
	const status = await api.query.preimage.requestStatusFor(preimageHash);
	// As hex: polkadot.js reads a Uint8Array for `Bytes` as already length-prefixed.
	// Each step waits for finality: the next takes its nonce from the pool and the best block,
	// and a step only in a block that a competing BABE block then replaces is back in the pool
	// with that nonce (the pool refuses the next step: "Priority is too low", seen in a run).
	if (status.isNone) await send(api, who, api.tx.preimage.notePreimage(call.method.toHex()), { finalized: true });
	const { events } = await send(
		api,
		who,
		api.tx.referenda.submit(origin, { Lookup: { hash: preimageHash, len: bytes.length } }, { After: enactAfter }),
		{ finalized: true },
	);
	const submitted = events.find((e) => api.events.referenda.Submitted.is(e));
	const index = submitted.data.index.toNumber();
	await send(api, who, api.tx.referenda.placeDecisionDeposit(index));
	return { index, preimageHash };
}

/**
 * Votes on referendum `index` with `balance` planck at `conviction` (e.g. 'Locked1x').
 *
 * @param {Api} api
 */
export function vote(api, who, index, { aye, balance, conviction = 'Locked1x' }) {
	return send(api, who, api.tx.convictionVoting.vote(index, { Standard: { vote: { aye, conviction }, balance } }));
}

/**
 * The referendum's state: `Ongoing` (with tally and whether deciding) or how it ended.
 *
 * @param {Api} api
 * @param {number} index
 * @param {string | Uint8Array} [at] a block hash (default: the best block)
 */
export async function referendum(api, index, at) {
	const q = at ? (await api.at(at)).query : api.query;
	const info = await q.referenda.referendumInfoFor(index);
	if (info.isNone) return { status: 'None' };
	const r = info.unwrap();
	if (r.isOngoing) {
		const o = r.asOngoing;
		return {
			status: 'Ongoing',
			track: o.track.toNumber(),
			deciding: o.deciding.isSome,
			confirming: o.deciding.isSome && o.deciding.unwrap().confirming.isSome,
			ayes: o.tally.ayes.toBigInt(),
			nays: o.tally.nays.toBigInt(),
			support: o.tally.support.toBigInt(),
		};
	}
	return { status: r.type };
}

/**
 * The scheduler task name under which pallet-referenda enacts referendum `index`:
 * `blake2_256(SCALE(("assembly", "enactment", index)))`.
 */
export function enactmentTaskId(index) {
	const name = stringToU8a('enactment');
	const bytes = u8aConcat(stringToU8a('assembly'), compactToU8a(name.length), name, bnToU8a(index, { bitLength: 32 }));
	return blake2AsHex(bytes, 256);
}

/**
 * Follows finalized blocks from `from` until referendum `index` ends and, if approved, its
 * call has been dispatched by the scheduler. Returns `{ status, endedAt, enactedAt, result }`
 * and reports the referendum's events through `onEvent`.
 *
 * @param {Api} api
 * @param {number} index
 * @param {{ from?: number, timeoutMs?: number, onEvent?: (text: string) => void }} [options]
 * @returns {Promise<{ status: string, endedAt?: number, enactedAt?: number, result?: string }>}
 */
export async function followReferendum(api, index, { from, timeoutMs = 300_000, onEvent = () => {} } = {}) {
	const taskId = enactmentTaskId(index);
	const what = () => `referendum ${index} did not end (and get enacted)`;
	let outcome;
	for await (const { number: next, records } of finalizedBlocks(api, from ?? (await finalizedNumber(api)), { timeoutMs, what })) {
		for (const { event } of records) {
			const d = /** @type {any} */ (event.data); // each branch reads the fields of its event
			if (event.section === 'referenda' && d.index?.toNumber?.() === index) {
				onEvent(`block ${next}: referendum ${index} ${event.method}`);
				// `Confirmed`: approved, and its call scheduled for enactment.
				if (['Confirmed', 'Approved'].includes(event.method) && !outcome) {
					outcome = { status: 'Approved', endedAt: next };
				} else if (['Rejected', 'TimedOut', 'Cancelled', 'Killed'].includes(event.method)) {
					return { status: event.method, endedAt: next };
				}
			}
			// The enactment: the scheduler dispatches the referendum's call under its task name
			// (its other dispatches are the referendum's own alarms).
			if (outcome && api.events.scheduler.Dispatched.is(event) && d.id.isSome && d.id.unwrap().toHex() === taskId) {
				const ok = d.result.isOk;
				onEvent(`block ${next}: scheduler dispatched the call of referendum ${index}: ${ok ? 'ok' : d.result.asErr.toString()}`);
				return { ...outcome, enactedAt: next, result: ok ? 'Ok' : d.result.asErr.toString() };
			}
		}
	}
}
