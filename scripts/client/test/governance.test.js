// End-to-end governance on the `local` network (four validators, providers Alice/Bob/Charlie,
// test periods): token holders pass a referendum on the `protocol_params` track that raises
// the auditors per audit from 1 to 2, the scheduler enacts it, and the next audited job (its
// primary new, so audited) draws two auditors' seats;
// a second referendum, voted down, changes nothing; a treasury spend passes on the
// `treasurer` track and is paid out. Every node started is stopped.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LocalNet } from '../network.js';
import { connect, keyFromUri, vrt, finalizedNumber, send, sleep, UNIT, AUDITED } from '../verity.js';
import { setupDigits, submitBatch, devNames } from '../digits.js';
import { ORIGIN, tracks, propose, vote, referendum, followReferendum } from '../governance.js';

const log = (s) => console.log(`    ${s}`);
const key = (name) => keyFromUri(`//${name}`);

let net;
let api;
let model;

async function params() {
	return (await api.query.jobs.params()).unwrap();
}

describe('governance on the local network: referenda, conviction votes, enactment, treasury', { timeout: 900_000 }, () => {
	before(async () => {
		net = new LocalNet({ log });
		await net.start();
		api = await connect(net.url('alice'));
		while ((await finalizedNumber(api)) < 1) await sleep(1_000);
		model = await setupDigits(api, { providers: ['//Alice', '//Bob', '//Charlie'], log });
		for (const t of tracks(api)) {
			log(`track ${t.id} ${t.name}: decision deposit ${vrt(t.decisionDeposit)}, prepare ${t.preparePeriod}, decide ${t.decisionPeriod}, confirm ${t.confirmPeriod}, enact after ≥ ${t.minEnactmentPeriod} blocks`);
		}
	});

	after(async () => {
		await api?.disconnect();
		await net?.stop({ keep: process.env.VERITY_KEEP_NET === '1' });
	});

	it('a referendum raises the auditors per audit, the scheduler enacts it, the next audited job draws two; a rejected one changes nothing', { timeout: 600_000 }, async () => {
		const before = await params();
		assert.equal(before.auditors.toNumber(), 1);
		assert.equal(before.escalation.toNumber(), 3);
		const sudo = await api.query.sudo.key();
		assert.ok(sudo.isNone, 'the local network has no sudo key');

		// Signed accounts cannot change the parameters directly.
		const raised = { ...before.toJSON(), auditors: 2 };
		// Finalized, as every step of `propose` is: a refusal seen only in a block that a
		// competing BABE block then replaces leaves the call in the pool with Alice's nonce,
		// and her next transaction is refused ("Priority is too low", seen in a run).
		await assert.rejects(send(api, key('Alice'), api.tx.jobs.setParams(raised), { finalized: true }), /BadOrigin/);

		// Alice proposes 2 auditors on the protocol_params track; Bob an escalation of 5.
		const from = await finalizedNumber(api);
		const yes = await propose(api, key('Alice'), api.tx.jobs.setParams(raised), { origin: ORIGIN.protocolParams });
		const no = await propose(api, key('Bob'), api.tx.jobs.setParams({ ...before.toJSON(), escalation: 5 }), { origin: ORIGIN.protocolParams });
		log(`referendum ${yes.index}: jobs.set_params(auditors 2), preimage ${yes.preimageHash}`);
		log(`referendum ${no.index}: jobs.set_params(escalation 5), preimage ${no.preimageHash}`);

		// Token holders vote with conviction: 300k VRT each from Charlie, Dave and Eve.
		const stake = 300_000n * UNIT;
		// Voters in parallel (one account's two votes in sequence, for its nonces).
		await Promise.all(
			[['Charlie', 'Locked1x'], ['Dave', 'Locked2x'], ['Eve', 'None']].map(async ([who, conviction]) => {
				await vote(api, key(who), yes.index, { aye: true, balance: stake, conviction });
				await vote(api, key(who), no.index, { aye: false, balance: stake, conviction });
				log(`${who} votes ${vrt(stake)} at ${conviction}: aye on ${yes.index}, nay on ${no.index}`);
			}),
		);
		for (const r of [yes, no]) {
			const t = await referendum(api, r.index);
			if (t.status === 'Ongoing') log(`referendum ${r.index} tally: ayes ${vrt(t.ayes)}, nays ${vrt(t.nays)} (conviction-weighted), support ${vrt(t.support)}`);
		}

		const [passed, rejected] = await Promise.all([
			followReferendum(api, yes.index, { from, onEvent: log }),
			followReferendum(api, no.index, { from, onEvent: log }),
		]);
		assert.equal(passed.status, 'Approved');
		assert.equal(passed.result, 'Ok', 'the enacted call succeeded');
		assert.equal(rejected.status, 'Rejected');
		const after = await params();
		assert.equal(after.auditors.toNumber(), 2, 'the approved referendum changed the auditors');
		assert.equal(after.escalation.toNumber(), 3, 'the rejected referendum changed nothing');
		log(`referendum ${yes.index} approved at block ${passed.endedAt}, enacted at block ${passed.enactedAt}; referendum ${no.index} rejected at block ${rejected.endedAt}`);
		log(`protocol parameters: auditors ${before.auditors} → ${after.auditors}, escalation ${before.escalation} → ${after.escalation}`);

		// The next audited job (its primary has no record yet, so it is audited) draws two
		// auditors' seats and settles with them.
		const { submitted, outcomes } = await submitBatch(api, key('Ferdie'), model, 1, { names: devNames(api), tier: AUDITED });
		const o = outcomes.get(submitted[0].job);
		assert.equal(o.status, 'Completed');
		assert.equal(o.audit, 'Audited');
		const seats = o.assignments.filter((a) => a.role === 'Auditor').reduce((n, a) => n + a.seats, 0);
		assert.equal(seats, 2, 'the job drew the new number of auditors');
		assert.equal(o.winners, 3, 'the primary and both auditors agreed');
		log(`job ${submitted[0].job}: a primary and 2 auditors' seats for ${o.assignments.length - 1} provider${o.assignments.length === 2 ? '' : 's'}, held ${vrt(submitted[0].held)}, completed at block ${o.block}`);
	});

	it('a treasury spend passes on the treasurer track and is paid out', { timeout: 300_000 }, async () => {
		const treasury = api.consts.jobs.treasuryAccount.toString();
		// The treasury holds protocol fees and slashes; top it up as a donor would.
		await send(api, key('Ferdie'), api.tx.balances.transferKeepAlive(treasury, 1_000n * UNIT));
		const amount = 250n * UNIT;
		const dave = key('Dave').address;
		await assert.rejects(send(api, key('Alice'), api.tx.treasury.spend(null, amount, dave, null), { finalized: true }), /BadOrigin/);

		const from = await finalizedNumber(api);
		const spend = await propose(api, key('Alice'), api.tx.treasury.spend(null, amount, dave, null), { origin: ORIGIN.treasurer });
		await Promise.all(['Charlie', 'Eve'].map((who) => vote(api, key(who), spend.index, { aye: true, balance: 400_000n * UNIT, conviction: 'Locked1x' })));
		const r = await followReferendum(api, spend.index, { from, onEvent: log });
		assert.equal(r.status, 'Approved');
		assert.equal(r.result, 'Ok');
		const spends = await api.query.treasury.spends.entries();
		assert.equal(spends.length, 1);
		const [[index]] = spends.map(([k]) => k.args);
		const daveBefore = (await api.query.system.account(dave)).data.free.toBigInt();
		await send(api, key('Eve'), api.tx.treasury.payout(index));
		const daveAfter = (await api.query.system.account(dave)).data.free.toBigInt();
		assert.equal(daveAfter - daveBefore, amount, 'Dave received the spend');
		log(`treasury spend ${index}: ${vrt(amount)} to Dave, approved at block ${r.endedAt}, paid out (Dave ${vrt(daveBefore)} → ${vrt(daveAfter)})`);
	});
});
