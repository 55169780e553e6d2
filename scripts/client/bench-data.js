#!/usr/bin/env node
// The large-input side of scripts/bench, on a running dev chain (scripts/bench starts it):
// stores --runs inputs of a 320×320 RGB image for YOLOv8n (1×3×320×320 float32, canonical
// encoding: 1,228,843 bytes) with the chain's nodes and reads each back.
//
//   node bench-data.js [--url WS] [--runs 5]
//
// Per input: milliseconds from sending `blobs.store` to its block being imported (in block)
// and finalized, and for `bitswap_v1_get` (the node reads the data from its database by hash,
// the client checks the hash) — what a job's input costs in time before and after the job.
// Each input differs (a new seed), so each is stored anew.

import { parseArgs } from 'node:util';
import { connect, keyFromUri, encodeTensors, fetchData, blake2AsU8a, u8aToHex } from './verity.js';
/** @typedef {import('./verity.js').Api} Api */

const { values: args } = parseArgs({
	options: {
		url: { type: 'string', default: 'ws://127.0.0.1:9944' },
		runs: { type: 'string', default: '5' },
	},
});
const log = (...a) => console.error('[bench-data]', ...a);

const stats = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
	return { n: s.length, min: s[0], p50: at(0.5), max: s[s.length - 1] };
};

/**
 * A 1×3×320×320 float32 tensor of pseudo-random values in [0, 1) from `seed`.
 *
 * @param {Api} api
 */
function image(api, seed) {
	const values = new Float32Array(3 * 320 * 320);
	let x = seed * 2654435761 + 1;
	for (let i = 0; i < values.length; i++) {
		x = (Math.imul(x, 1103515245) + 12345) >>> 0;
		values[i] = x / 2 ** 32;
	}
	return encodeTensors(api, [{ elem: 'Float32', shape: [1, 3, 320, 320], data: new Uint8Array(values.buffer) }]);
}

/**
 * Sends `tx`, resolving to the milliseconds until it is in a block and until finalized.
 *
 * @param {Api} api
 */
function timedSend(api, who, tx) {
	return new Promise((resolve, reject) => {
		const t0 = performance.now();
		let inBlock;
		tx.signAndSend(who, { nonce: -1 }, ({ status, dispatchError }) => {
			if (dispatchError) reject(new Error(`blobs.store failed: ${dispatchError.toString()}`));
			if (status.isInBlock && inBlock === undefined) inBlock = performance.now() - t0;
			if (status.isFinalized) resolve({ inBlock, finalized: performance.now() - t0 });
			if (status.isDropped || status.isInvalid || status.isUsurped) reject(new Error(`blobs.store: ${status.type}`));
		}).catch(reject);
	});
}

async function main() {
	const api = await connect(args.url);
	const who = keyFromUri('//Ferdie');
	const runs = Number(args.runs);
	const seed0 = Date.now() % 1_000_000;
	const rows = [];
	for (let r = 0; r < runs; r++) {
		const data = image(api, seed0 + r);
		const hash = u8aToHex(blake2AsU8a(data, 256));
		const t = await timedSend(api, who, api.tx.blobs.store(u8aToHex(data)));
		const t0 = performance.now();
		const back = await fetchData(api, hash);
		const retrieve = performance.now() - t0;
		if (back.length !== data.length) throw new Error('the node served other data');
		rows.push({ ...t, retrieve });
		log(`run ${r + 1}: ${data.length} bytes in block after ${t.inBlock.toFixed(0)} ms, finalized after ${t.finalized.toFixed(0)} ms, read back in ${retrieve.toFixed(1)} ms`);
	}
	const bytes = image(api, 0).length;
	const fee = api.consts.blobs.feeBase.toBigInt() + api.consts.blobs.feePerByte.toBigInt() * BigInt(bytes);
	const result = {
		bytes,
		runs,
		storageFee: fee.toString(),
		blockMs: api.consts.babe.expectedBlockTime.toNumber(),
		inBlockMs: stats(rows.map((x) => x.inBlock)),
		finalizedMs: stats(rows.map((x) => x.finalized)),
		retrieveMs: stats(rows.map((x) => x.retrieve)),
	};
	await api.disconnect();
	console.log(JSON.stringify(result, null, 1));
}

main().catch((e) => {
	console.error(`bench-data: ${e.stack ?? e.message}`);
	process.exit(1);
});
