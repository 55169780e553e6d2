// `send`'s retry of a nonce the node guessed wrong, on a stand-in for @polkadot/api (no chain):
// the pool's refusals 1014 ("Priority is too low": another of the account's transactions waits
// with that nonce) and 1010 outdated are retried after the next block with a fresh signature;
// any other refusal, and any explicit nonce, reach the caller at once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { send, SEND_ATTEMPTS } from '../verity.js';

const PRIORITY = '1014: Priority is too low: (3931 vs 1464): The transaction has too low priority to replace another transaction already in the pool.';
const OUTDATED = '1010: Invalid Transaction: Transaction is outdated';
const FEES = '1010: Invalid Transaction: Inability to pay some fees (e.g. account balance too low)';

/** A stand-in api whose pool refuses the first `refusals.length` submissions with those errors. */
function fakeApi(refusals) {
	const seen = { signed: [], heads: 0, txs: 0 };
	const makeTx = (method) => {
		seen.txs++;
		return {
			method,
			signAndSend: async (account, options, callback) => {
				seen.signed.push({ account, nonce: options.nonce, heads: seen.heads });
				const refusal = refusals[seen.signed.length - 1];
				if (refusal) throw new Error(refusal);
				const status = { isInBlock: true, asInBlock: '0xb10c', isFinalized: false, isInvalid: false, isDropped: false, isUsurped: false, type: 'InBlock' };
				setImmediate(() => callback({ status, events: [], dispatchError: undefined }));
				return () => {};
			},
		};
	};
	const api = {
		tx: makeTx,
		events: { transactionPayment: { TransactionFeePaid: { is: () => false } } },
		rpc: {
			chain: {
				// Reports the best head at once, then one new block.
				subscribeNewHeads: async (callback) => {
					setImmediate(() => {
						callback({ number: 1 });
						seen.heads++;
						callback({ number: 2 });
					});
					return () => {};
				},
			},
		},
	};
	return { api, seen, tx: makeTx({ section: 'models', method: 'registerWithKind' }) };
}

describe("send: the pool's refusal of a nonce the node guessed", () => {
	it('is retried after the next block, signed again with a nonce guessed again, until it lands', async () => {
		const { api, seen, tx } = fakeApi([PRIORITY, OUTDATED]);
		const { blockHash, fee } = await send(api, 'eve', tx);
		assert.equal(blockHash, '0xb10c');
		assert.equal(fee, 0n);
		assert.deepEqual(
			seen.signed.map(({ nonce, heads }) => [nonce, heads]),
			[[-1, 0], [-1, 1], [-1, 2]],
			'three signatures, each after one more block, each with the nonce left to the node',
		);
		assert.equal(seen.txs, 3, 'each attempt is a new extrinsic of the same call');
	});

	it(`gives up after ${SEND_ATTEMPTS} attempts with the pool's error`, async () => {
		const { api, seen, tx } = fakeApi(Array(SEND_ATTEMPTS).fill(PRIORITY));
		await assert.rejects(send(api, 'eve', tx), (e) => e.message === `models.registerWithKind: ${PRIORITY}`);
		assert.equal(seen.signed.length, SEND_ATTEMPTS);
	});

	it('is never retried for an explicit nonce: that nonce is the caller\'s', async () => {
		const { api, seen, tx } = fakeApi([PRIORITY]);
		await assert.rejects(send(api, 'eve', tx, { nonce: 7 }), /1014: Priority is too low/);
		assert.deepEqual(seen.signed.map(({ nonce }) => nonce), [7]);
	});

	it('on a chain that makes no block, ends with the pool\'s refusal after the timeout instead of waiting forever', async () => {
		const { api, seen, tx } = fakeApi([PRIORITY]);
		api.rpc.chain.subscribeNewHeads = async (callback) => {
			setImmediate(() => callback({ number: 1 })); // the best head, then nothing
			return () => {};
		};
		await assert.rejects(send(api, 'eve', tx, { timeoutMs: 50 }), /1014: Priority is too low/);
		assert.equal(seen.signed.length, 1);
	});

	it('is the only refusal retried: one that is not about the nonce reaches the caller at once', async () => {
		const { api, seen, tx } = fakeApi([FEES]);
		await assert.rejects(send(api, 'eve', tx), /Inability to pay some fees/);
		assert.equal(seen.signed.length, 1);
		assert.equal(seen.heads, 0, 'no block waited for');
	});
});
