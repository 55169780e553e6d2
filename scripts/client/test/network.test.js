// End-to-end: a `--chain local` network of four validators (Alice, Bob, Charlie, Dave), each its
// own verity-node process on loopback; Alice, Bob and Charlie are the digits model's providers
// (1,000 VRT each), Dave joins with 300 VRT in scenario 2. Each job's three seats are drawn by
// stake from the randomness of the block after its submission, so committees differ from job
// to job and a provider may hold several seats; every expectation below follows from the
// drawn committee. The dApp client (../verity.js) drives every scenario. Each scenario prints
// its jobs, their outcomes and the balance checks; every process started is stopped.
// Scenarios 5 and 6 also read the validators' Prometheus metrics.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalNet, metric, nodeBinary } from '../network.js';
import { Keyring } from '@polkadot/keyring';
import * as privacy from '../privacy.js';
import { submitPrivateJob, giveKeys, openPrivateOutput, followJobs } from '../verity.js';
import { connect, keyFromUri, yoloDetections, jobResult, imageTensor, loadTokenizer, registeredTokenizer, registeredImage, generationInput, generatedIds, vrt, finalizedNumber, bestNumber, jobView, sleep, send, registerModel, readNpy, encodeTensors, decodeTensors, blake2AsU8a, u8aToHex, UNIT, AUDITED, quorum, trustOf, challengeJob, followChallenge, storeData, fetchData, TxError, hexToU8a, stateSnapshot } from '../verity.js';
import { setupDigits, submitBatch, printCosts, devNames, DEMO, describeOutput, digitsIo, demoRoyalties, MODELS_DIR, DIGITS } from '../digits.js';

const log = (s) => console.log(`    ${s}`);
const PROVIDERS = ['//Alice', '//Bob', '//Charlie'];
const addr = (uri) => keyFromUri(uri).address;
const blake = (bytes) => u8aToHex(blake2AsU8a(bytes, 256)).slice(2, 18);

let net;
let api;
let model;
let names;
let ferdie;
let accounts; // name -> address of everyone whose balance a job can change
const ran = []; // every outcome of every scenario, for the metrics check

/** Balances (free + held) of `accounts` and the total issuance at block `hash`. */
async function snapshot(hash) {
	const at = await api.at(hash);
	const balances = {};
	for (const [name, a] of Object.entries(accounts)) {
		const { data } = await at.query.system.account(a);
		balances[name] = data.free.toBigInt() + data.reserved.toBigInt();
	}
	return { balances, issuance: (await at.query.balances.totalIssuance()).toBigInt() };
}

/** Transaction fees paid per account name in blocks (fromNumber, toNumber]. */
async function feesBetween(fromNumber, toNumber) {
	const byAddr = new Map(Object.entries(accounts).map(([n, a]) => [a, n]));
	const fees = Object.fromEntries(Object.keys(accounts).map((n) => [n, 0n]));
	let all = 0n;
	for (let n = fromNumber + 1; n <= toNumber; n++) {
		const at = await api.at(await api.rpc.chain.getBlockHash(n));
		for (const { event } of await at.query.system.events()) {
			if (!api.events.transactionPayment.TransactionFeePaid.is(event)) continue;
			const fee = event.data.actualFee.toBigInt(); // the tip included
			all += fee;
			const name = byAddr.get(event.data.who.toString());
			if (name) fees[name] += fee;
		}
	}
	return { fees, all };
}

/** The finalized head's number and hash. */
async function finalizedHead() {
	const hash = await api.rpc.chain.getFinalizedHead();
	return { hash, number: (await api.rpc.chain.getHeader(hash)).number.toNumber() };
}

async function bondOf(uri) {
	const info = await api.call.providersApi.provider(addr(uri));
	return info.unwrap().bond.toBigInt();
}

/** Waits until finality passes block `n`. */
async function finalizedPast(n, timeoutMs = 120_000) {
	const end = Date.now() + timeoutMs;
	while (Date.now() < end) {
		const f = await finalizedHead();
		if (f.number > n) return f;
		await sleep(1_000);
	}
	throw new Error(`finality did not pass block ${n} within ${timeoutMs} ms`);
}

/**
 * Runs a batch of `count` jobs and checks the money: every account's change between the
 * finalized blocks before and after equals `expected(outcomes)` (per name, before transaction
 * fees) minus the fees it paid, the total issuance fell by exactly the fees (they are burnt),
 * and the changes of all accounts add up to minus the fees. Returns the outcomes and the fees.
 */
async function batchWithLedger(title, count, expected, { onSubmitted, timeoutMs = 240_000, forModel = model, models, inputs, tier = quorum(3), together = false } = {}) {
	const start = await finalizedHead();
	const s0 = await snapshot(start.hash);
	// onSubmitted runs right after the batch is in a block, while its jobs run.
	const { submitted, outcomes } = await submitBatch(api, ferdie, forModel, count, { timeoutMs, inputs, models, onSubmitted, tier, together });
	for (const o of outcomes.values()) ran.push(o);
	const lastBlock = Math.max(...[...outcomes.values()].map((o) => o.block));
	const end = await finalizedPast(lastBlock - 1);
	const s1 = await snapshot(end.hash);
	const { fees, all } = await feesBetween(start.number, end.number);

	log(`${title}: ${count} job${count === 1 ? '' : 's'}, blocks ${start.number}..${end.number}`);
	for (const s of submitted) printCosts(api, names, s, outcomes.get(s.job), log);
	const want = await expected(outcomes, { from: start.number, to: end.number });
	log('balance check (change = expected from the job rules − transaction fees):');
	let sum = 0n;
	for (const name of Object.keys(accounts)) {
		const delta = s1.balances[name] - s0.balances[name];
		const exp = (want[name] ?? 0n) - fees[name];
		sum += delta;
		log(`  ${name.padEnd(9)} change ${vrt(delta).padStart(16)}  expected ${vrt(want[name] ?? 0n).padStart(16)} − fees ${vrt(fees[name])}  ${delta === exp ? 'ok' : 'MISMATCH'}`);
		assert.equal(delta, exp, `${name}'s balance changed by ${vrt(delta)}, expected ${vrt(exp)}`);
	}
	log(`  all accounts together ${vrt(sum)} = − all fees ${vrt(all)}: ${sum === -all ? 'ok' : 'MISMATCH'}; issuance ${vrt(s1.issuance - s0.issuance)}`);
	assert.equal(sum, -all, 'the balances do not add up: value appeared or vanished');
	assert.equal(s1.issuance - s0.issuance, -all, 'total issuance moved by more than the burnt fees');
	return { submitted, outcomes, fees, from: start.number };
}

const name = (account) => names.get(account) ?? account;
const earned = (a) => a.price * BigInt(a.seats);
const slashed = (o, a) => o.slashes.some((s) => s.provider === a.provider);
const add = (want, who, v) => (want[who] = (want[who] ?? 0n) + v);

/**
 * Registers the model in `file` (I/O spec `io`, comparison `rule`) owned by Eve with the demo
 * royalty, and has every provider (and Dave, once he is one) serve it besides its models;
 * returns its id.
 */
async function registerServed(file, io, rule, generator, image) {
	const { model } = await registerModel(api, keyFromUri('//Eve'), { file, uri: `file://${file}`, io, rule, royaltyPerJob: DEMO.royaltyPerJob, royalties: demoRoyalties(), generator, image }, { finalized: true });
	for (const p of [...PROVIDERS, '//Dave']) {
		const found = await api.call.providersApi.provider(addr(p));
		if (found.isNone) continue;
		const info = found.unwrap();
		const models = info.models.map((m) => m.toNumber());
		if (!models.includes(model)) await send(api, keyFromUri(p), api.tx.providers.update(info.price, [...models, model]), { finalized: true });
	}
	return model;
}

/**
 * Storage fees paid in blocks (from, to] (`blobs.Stored`: an input stored by a submitter, or
 * an output stored by the provider whose reveal brought it), added to `want` from the payer to
 * the treasury; returns the events as `{ who, len, fee }`.
 */
async function storageFees(want, from, to) {
	const stores = [];
	for (let n = from + 1; n <= to; n++) {
		const at = await api.at(await api.rpc.chain.getBlockHash(n));
		for (const { event } of await at.query.system.events()) {
			if (!api.events.blobs.Stored.is(event)) continue;
			const [, len, who, fee] = event.data;
			stores.push({ who: who.toString(), len: len.toNumber(), fee: fee.toBigInt() });
			add(want, name(who.toString()), -fee.toBigInt());
			add(want, 'treasury', fee.toBigInt());
		}
	}
	return stores;
}

/**
 * What ended jobs move, from their drawn committees and how they ended: a completed job pays
 * every provider that revealed and was not slashed its seats' price, the royalty (70 % Dave,
 * 30 % Eve) and the protocol fee (5 % of the seats' prices the submitter paid for, rounded
 * up); an escalation's referees are paid out of the job's slashes (through the treasury, in
 * the order drawn, as far as the slashes go), not by the submitter; an input that fails
 * pays the providers who agreed on the failure; a model's fault is paid from its owner's
 * (Eve's) deposit, `deposits[model]`, shared in proportion when it does not cover them all.
 * Slashes move bond to the treasury.
 */
function ledger(outcomes, { deposits = {} } = {}) {
	const want = {};
	for (const o of outcomes.values()) {
		const agreed = (o.assignments ?? []).filter((a) => a.revealed && !slashed(o, a));
		if (o.status === 'Completed') {
			const paidFor = o.assignments.filter((a) => a.role !== 'Referee');
			const compute = paidFor.reduce((t, a) => t + earned(a), 0n);
			const protocol = (compute * 5n + 99n) / 100n;
			const paid = agreed.filter((a) => a.role !== 'Referee').reduce((t, a) => t + earned(a), 0n);
			for (const a of agreed) if (a.role !== 'Referee') add(want, name(a.provider), earned(a));
			let fromSlashes = o.slashes.reduce((t, sl) => t + sl.amount, 0n);
			for (const a of agreed.filter((x) => x.role === 'Referee')) {
				const pay = earned(a) < fromSlashes ? earned(a) : fromSlashes;
				fromSlashes -= pay;
				add(want, name(a.provider), pay);
				add(want, 'treasury', -pay);
			}
			add(want, 'Dave', (DEMO.royaltyPerJob * 70n) / 100n);
			add(want, 'Eve', (DEMO.royaltyPerJob * 30n) / 100n);
			add(want, 'treasury', protocol);
			add(want, 'Ferdie', -(paid + DEMO.royaltyPerJob + protocol));
		} else if (o.reason === 'Unprocessable' && ['ModelUnavailable', 'ModelInvalid', 'OutputInvalid'].includes(o.failure)) {
			// The deposit pays what the seats are owed, or shares itself among them in proportion
			// (rounded down, the remainder to the first) when it does not cover them all.
			const deposit = deposits[o.model] ?? 0n;
			const owed = agreed.reduce((t, a) => t + earned(a), 0n);
			const shares = deposit >= owed ? agreed.map(earned) : agreed.map((a) => (deposit * earned(a)) / owed);
			if (deposit < owed && shares.length) shares[0] += deposit - shares.reduce((t, v) => t + v, 0n);
			agreed.forEach((a, i) => {
				add(want, name(a.provider), shares[i]);
				add(want, 'Eve', -shares[i]);
			});
			deposits[o.model] = deposit - shares.reduce((t, v) => t + v, 0n);
		} else if (o.reason === 'Unprocessable') {
			for (const a of agreed) {
				add(want, name(a.provider), earned(a));
				add(want, 'Ferdie', -earned(a));
			}
		}
		for (const s of o.slashes) {
			add(want, name(s.provider), -s.amount);
			add(want, 'treasury', s.amount);
		}
	}
	return want;
}

/** Seats per provider name in a job's committee. */
function seatsByName(o) {
	return Object.fromEntries(o.assignments.map((a) => [name(a.provider), a.seats]));
}

describe('local network: 4 validators, providers drawn by stake; quorum jobs of 3 seats (2 must agree), audited jobs, challenges', { timeout: 3_000_000 }, () => {
	before(async () => {
		net = new LocalNet({ log });
		await net.start();
		api = await connect(net.url('alice'));
		names = devNames(api);
		ferdie = keyFromUri(DEMO.submitter);
		accounts = Object.fromEntries(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => [n, addr(`//${n}`)]));
		accounts.treasury = api.consts.jobs.treasuryAccount.toString();
		await finalizedPast(1);
		model = await setupDigits(api, { providers: PROVIDERS, log });
		const params = (await api.query.jobs.params()).unwrap();
		log(`protocol parameters: audits by ${params.auditors} auditor(s), always until ${params.trustedAfter} checked results and at least ${params.auditFloor.toNumber() / 1e7} % after; escalations of ${params.escalation} seats; commit and reveal periods ${params.commitPeriod} and ${params.revealPeriod} blocks. Scenarios 1-7 run quorum jobs of 3 seats (7 with a challenge), scenario 8 audited jobs`);
		assert.equal(params.escalation.toNumber(), 3);
	});

	after(async () => {
		await api?.disconnect();
		await net?.stop({ keep: process.env.VERITY_KEEP_NET === '1' });
	});

	it('1. a batch of jobs settles; each provider earns exactly its seats\' price and pays no fee; balances add up; a sybil\'s commit is never included', { timeout: 420_000 }, async () => {
		// Submitted in one transaction (jobs.submitMany), as a dApp with many inputs sends them.
		const { submitted, outcomes, fees } = await batchWithLedger('scenario 1 (honest network)', 4, (o) => ledger(o), { together: true });
		assert.deepEqual(
			submitted.map((s) => s.job),
			submitted.map((_, i) => submitted[0].job + i),
			'one transaction, consecutive job ids',
		);
		const results = new Set();
		const earnedBy = {};
		for (const o of outcomes.values()) {
			assert.equal(o.status, 'Completed');
			assert.equal(o.winners, 3, 'all three seats agreed');
			assert.deepEqual(o.slashes, []);
			assert.equal(o.assignments.reduce((n, a) => n + a.seats, 0), 3);
			for (const a of o.assignments) add(earnedBy, name(a.provider), earned(a));
			results.add(describeOutput(api, o.result));
		}
		for (const p of ['Alice', 'Bob', 'Charlie']) {
			assert.equal(fees[p], 0n, `${p} paid ${vrt(fees[p])} in fees for honest commits and reveals`);
		}
		assert.equal(results.size, 1, 'every job of the same input has the same result');
		// Provider work naming a job in which the signer holds no seat is refused when a block
		// would include it (PrioritizeProviderWork, NO_SEAT): a sybil that was not drawn pays
		// nothing, and its transaction never reaches a block.
		const eve = keyFromUri('//Eve');
		const eveBefore = (await api.query.system.account(eve.address)).data.free.toBigInt();
		const sybil = api.tx.jobs.commitMany([[submitted[0].job, `0x${'11'.repeat(32)}`]]);
		// The node this client sends it to keeps it (at the ordinary priority) until it next
		// authors a block and refuses it there (another author's refusal is not reported to
		// it): a few blocks.
		const fate = await new Promise((resolve) => {
			let unsub;
			const done = (v) => {
				clearTimeout(timer);
				unsub?.();
				resolve(v);
			};
			const timer = setTimeout(() => done('still pending after 120 s'), 120_000);
			sybil
				.signAndSend(eve, { nonce: -1 }, ({ status }) => {
					if (status.isInBlock) done('included');
					else if (status.isInvalid || status.isDropped || status.isUsurped) done(status.type);
				})
				.then((u) => {
					unsub = u;
				})
				.catch((e) => done(`refused by the pool: ${e.message}`));
		});
		assert.ok(['Invalid', 'Dropped'].includes(fate), `a commit from an account with no seat is never included (it was: ${fate})`);
		assert.equal((await api.query.system.account(eve.address)).data.free.toBigInt(), eveBefore, 'the refused commit cost Eve nothing');
		log(`scenario 1: 4 of 4 jobs (one submitMany) completed; providers earned ${Object.entries(earnedBy).map(([n, v]) => `${n} ${vrt(v)}`).join(', ')}, exactly their seats' prices, with no fee for their commits and reveals; result ${[...results][0]}; Eve's commitMany for job ${submitted[0].job} (no seat) refused by the block author (${fate}), at no cost`);
	});

	it('2. a small provider that corrupts its outputs is outvoted by the stake-weighted majority and slashed per seat', { timeout: 600_000 }, async () => {
		// Dave joins with 300 VRT against 1,000 each: about a tenth of the stake, so about a
		// tenth of the seats. Batches run until it has held a seat in two jobs.
		const dave = keyFromUri('//Dave');
		await send(api, dave, api.tx.providers.register(300n * UNIT, DEMO.price, [model]), { finalized: true });
		await net.stopNode('dave');
		await net.restartNode('dave', ['--test-corrupt-outputs']);
		log('Dave registered as a provider with a 300 VRT bond and restarted with --test-corrupt-outputs');
		// Per seat: 10 % of the minimum bond, or the deterrent price × (1 − q_min) / q_min (19
		// prices at the 5 % audit floor) when that is more.
		const bondShare = (await api.query.providers.minBond()).toBigInt() / 10n;
		const seatSlash = bondShare > 19n * DEMO.price ? bondShare : 19n * DEMO.price;
		// Rounds of 6 jobs until Dave held one seat of a job (about 22 % of jobs): it is then
		// outvoted by two honest seats.
		let daveJobs = 0;
		let outvoted = 0;
		for (let round = 1; outvoted < 1; round++) {
			assert.ok(round <= 5, `Dave was never outvoted in ${round - 1} rounds of 6 jobs`);
			const { outcomes } = await batchWithLedger(`scenario 2, round ${round} (Dave corrupts its outputs)`, 6, (o) => ledger(o));
			for (const [job, o] of outcomes) {
				const seats = seatsByName(o);
				if (!seats.Dave) continue;
				daveJobs += 1;
				const honest = 3 - seats.Dave;
				if (honest >= 2) {
					outvoted += 1;
					assert.equal(o.status, 'Completed', 'the honest majority of seats settles the job');
					assert.equal(o.winners, honest);
					const s = o.slashes.find((x) => name(x.provider) === 'Dave');
					assert.ok(s, `Dave was slashed in job ${job}`);
					assert.equal(s.reason, 'WrongOutput');
					assert.equal(s.amount, seatSlash * BigInt(seats.Dave), `a wrong output costs ${vrt(seatSlash)} per seat`);
					assert.ok(o.slashes.every((x) => name(x.provider) === 'Dave'), 'no honest provider is slashed');
				} else {
					// A committee where Dave's stake drew most seats: its output wins. With a tenth of
					// the stake this happens in about 2.5 % of jobs, exactly as often as if the stake
					// were split among many accounts.
					log(`job ${job}: Dave drew ${seats.Dave} of 3 seats and its output won (stake-weighted committees: a tenth of the stake holds a majority in ~2.5 % of jobs)`);
				}
			}
		}
		log(`scenario 2: Dave held seats in ${daveJobs} jobs, was outvoted and slashed in ${outvoted}; no honest provider was slashed where the honest stake held the majority`);
		await net.stopNode('dave');
		await net.restartNode('dave');
		log('dave restarted without the flag (it stays a provider)');
	});

	it('3. a validator killed mid-run: blocks finalize on 3 of 4, its jobs settle or refund, nothing is lost', { timeout: 400_000 }, async () => {
		let killedAt;
		const { outcomes } = await batchWithLedger('scenario 3 (Charlie killed after submission)', 4, (o) => ledger(o), {
			onSubmitted: async () => {
				await net.killNode('charlie');
				killedAt = await finalizedNumber(api);
				log(`charlie killed (SIGKILL) with finalized block ${killedAt}`);
			},
		});
		const fin = await finalizedPast(killedAt + 5);
		log(`finality went on without Charlie: block ${killedAt} → ${fin.number}`);
		let completed = 0;
		for (const o of outcomes.values()) {
			assert.ok(['Completed', 'Failed'].includes(o.status), `job ended as ${o.status}`);
			if (o.status === 'Completed') {
				completed += 1;
				assert.ok(o.winners >= 2);
			}
			for (const s of o.slashes) assert.equal(name(s.provider), 'Charlie', 'only the dead validator can be a no-show');
		}
		for (const job of outcomes.keys()) {
			const v = await jobView(api, job);
			assert.ok(['Completed', 'Failed'].includes(v.phase), `job ${job} is stuck in ${v.phase}`);
		}
		assert.deepEqual((await api.call.jobsApi.jobsOf(addr('//Charlie'))).toJSON(), [], 'no job is left assigned to Charlie');
		log(`scenario 3: ${completed} of 4 jobs completed without Charlie's seats, ${4 - completed} failed with full refunds; none stuck`);
	});

	it('4. a validator restarted between commit and reveal still reveals', { timeout: 900_000 }, async () => {
		// Charlie is still down: a job with a seat for Bob and one (only one) for Charlie closes its commits
		// only at the deadline, so Bob's commit lands, Bob stops, commits close while it is away,
		// and it must reveal after restarting. Batches of 8 run until one job has both.
		const bob = addr('//Bob');
		const charlie = addr('//Charlie');
		let done = false;
		for (let round = 1; !done; round++) {
			assert.ok(round <= 6, 'no job drew Bob and exactly one Charlie seat in 6 rounds of 8');
			let target;
			let restartedAt;
			const { outcomes } = await batchWithLedger(`scenario 4, round ${round} (Bob restarted between commit and reveal)`, 8, (o) => ledger(o), {
				onSubmitted: async (submitted) => {
					const jobs = submitted.map((s) => s.job);
					const end = Date.now() + 120_000;
					// Read at the finalized head: a committee seen at the best block may be one a
					// competing BABE block then replaces (its draw differs), where Bob never commits.
					const final = async (j) => jobView(api, j, await api.rpc.chain.getFinalizedHead());
					while (!target && Date.now() < end) {
						const views = await Promise.all(jobs.map(final));
						const drawn = views.filter((v) => v && v.phase !== 'Assigning');
						// Exactly one of the three seats is Charlie's: the two others (one of them
						// Bob's) make the quorum, so the job reaches reveals. With two seats for
						// Charlie, Bob's commit alone ends the job TooFewCommits with nothing to reveal.
						// An assignment holds all of a provider's seats, so count seats, not entries.
						const seatsOf = (v, who) => (v?.assignments ?? []).filter((a) => a.provider === who).reduce((n, a) => n + a.seats, 0);
						target = jobs.find((_, i) => seatsOf(views[i], bob) > 0 && seatsOf(views[i], charlie) === 1);
						if (target !== undefined || drawn.length === jobs.length) break;
						await sleep(500);
					}
					if (target === undefined) return;
					let committed = false;
					while (!committed && Date.now() < end) {
						const v = await final(target);
						committed = v?.assignments.some((a) => a.provider === bob && a.committed);
						if (!committed) await sleep(500);
					}
					assert.ok(committed, 'Bob committed');
					await net.stopNode('bob');
					log(`job ${target} drew Bob and Charlie; Bob committed and was stopped at best block ${await bestNumber(api)}`);
					await sleep(6_000);
					await net.restartNode('bob');
					restartedAt = await bestNumber(api);
					log(`bob restarted at best block ${restartedAt}`);
				},
			});
			if (target === undefined) continue;
			const o = outcomes.get(target);
			const reveal = o.reveals.find((r) => r.provider === bob);
			assert.ok(reveal, 'Bob revealed');
			assert.ok(reveal.block > restartedAt, `Bob revealed at block ${reveal.block}, after its restart at ${restartedAt}`);
			assert.ok(o.assignments.find((a) => a.provider === bob).revealed);
			assert.ok(!o.slashes.some((s) => s.provider === bob), 'Bob is not a no-show');
			log(`scenario 4: job ${target} ${o.status} at block ${o.block}; Bob (stopped after committing, restarted at block ${restartedAt}) revealed at block ${reveal.block} from the output and salt it had persisted`);
			done = true;
		}
	});

	it('5. models nobody can fetch — a URI that points nowhere and file:///dev/zero: each committee commits the failure, the owner\'s deposit pays, nobody is slashed, every validator keeps going', { timeout: 300_000 }, async () => {
		await net.restartNode('charlie');
		log('charlie restarted');
		// Two models with the digits model's inputs and other bytes: one whose URI points
		// nowhere, one whose URI is /dev/zero (endless bytes, which no node may try to read).
		const dir = mkdtempSync(join(tmpdir(), 'verity-unfetchable-'));
		const register = async (uri, bytes) => {
			const file = join(dir, `${blake(bytes)}.onnx`);
			writeFileSync(file, bytes);
			const { model: id } = await registerModel(api, keyFromUri(DEMO.owner), { file, uri, io: digitsIo(), royaltyPerJob: DEMO.royaltyPerJob, royalties: demoRoyalties() }, { finalized: true });
			const deposit = (await api.query.models.models(id)).unwrap().deposit.toBigInt();
			log(`model ${id}: registered with URI ${uri} and a deposit of ${vrt(deposit)}`);
			return { id, deposit };
		};
		const missing = await register('file:///nonexistent/verity/missing.onnx', Buffer.from(`not a model ${Date.now()}`));
		const zero = await register('file:///dev/zero', Buffer.alloc(4096, 0));
		await Promise.all([...PROVIDERS, '//Dave'].map((uri) => send(api, keyFromUri(uri), api.tx.providers.update(DEMO.price, [model, missing.id, zero.id]), { finalized: true })));
		log('Alice, Bob, Charlie and Dave serve both');

		const all = ['alice', 'bob', 'charlie', 'dave'];
		const before = Object.fromEntries(await Promise.all(all.map(async (n) => [n, await net.metrics(n)])));
		const deposits = { [missing.id]: missing.deposit, [zero.id]: zero.deposit };
		const start = await finalizedHead();
		const { submitted, outcomes } = await batchWithLedger('scenario 5 (models nobody can fetch)', 2, (o) => ledger(o, { deposits }), { models: [missing.id, zero.id] });
		const drawnIn = Object.fromEntries(all.map((n) => [n, 0]));
		for (const [i, s] of submitted.entries()) {
			const o = outcomes.get(s.job);
			assert.equal(o.status, 'Failed');
			assert.equal(o.reason, 'Unprocessable');
			assert.equal(o.failure, 'ModelUnavailable');
			assert.deepEqual(o.slashes, [], 'nobody is slashed for a model that cannot be fetched');
			assert.equal(o.refunded, s.held, 'the submitter gets back all it paid in');
			for (const a of o.assignments) drawnIn[name(a.provider).toLowerCase()] += 1;
			const m = (await api.query.models.models([missing.id, zero.id][i])).unwrap();
			assert.equal(m.status.type, 'Suspended', 'a model whose deposit no longer covers it takes no jobs');
			log(`model ${o.model}: deposit ${vrt(m.deposit.toBigInt())} left, status ${m.status.type}`);
		}

		// The validators' workers: each tried to fetch 3 times per job it was drawn for, then
		// committed the failure; none ran an inference; all of them kept going. A node may also
		// have seen a job on a fork that lost (BABE's competing blocks draw other committees):
		// those count too, so the counts are at least what the final chain's committees imply.
		for (const n of all) {
			const after = await net.metrics(n);
			const delta = (metricName, labels) => metric(after, metricName, labels) - metric(before[n], metricName, labels);
			const errors = (kind) => delta('verity_offchain_errors_total', { kind });
			log(`${n} (drawn in ${drawnIn[n]}): jobs seen +${delta('verity_jobs_seen_total')}, model_unavailable +${errors('model_unavailable')}, failures committed +${delta('verity_job_failures_total', { kind: 'model_unavailable' })}, inferences +${delta('verity_inferences_total')}, commits +${delta('verity_commits_submitted_total')}`);
			assert.ok(delta('verity_jobs_seen_total') >= drawnIn[n], `${n} saw the jobs it was drawn for`);
			assert.ok(errors('model_unavailable') >= 3 * drawnIn[n], `${n} tried 3 times per job`);
			assert.ok(delta('verity_job_failures_total', { kind: 'model_unavailable' }) >= drawnIn[n]);
			assert.equal(errors('model_unavailable') % 3 === 0 || delta('verity_jobs_seen_total') > drawnIn[n], true, `${n}: an attempt count short of 3 only for a job seen on a fork`);
			assert.equal(delta('verity_inferences_total'), 0, 'no model, so no inference ran');
			assert.equal(metric(after, 'verity_inference_available'), 1, `${n}'s engine is up`);
		}
		const fin = await finalizedPast(Math.max(...[...outcomes.values()].map((o) => o.block)) + 5);
		log(`scenario 5: both jobs ended Unprocessable (ModelUnavailable), paid from the owner's deposits; finality went on from block ${start.number} to ${fin.number}, and all four validators answer and can infer`);
	});

	it('6. an input that makes the model fail ends in a typed failure: the submitter pays the compute, nobody is slashed; an output longer than a reveal carries is stored', { timeout: 300_000 }, async () => {
		// pairs.onnx reshapes x [N] to [N/2, 2]: an odd N fits the declared input yet fails in
		// ONNX Runtime; 5,000 elements give an output longer than a reveal carries on chain,
		// which the first reveal stores with the nodes.
		const pairsIo = JSON.parse(readFileSync(join(MODELS_DIR, 'pairs.io.json'), 'utf8'));
		const { model: pairs } = await registerModel(api, keyFromUri(DEMO.owner), {
			file: join(MODELS_DIR, 'pairs.onnx'),
			uri: `file://${join(MODELS_DIR, 'pairs.onnx')}`,
			io: pairsIo,
			royaltyPerJob: DEMO.royaltyPerJob,
			royalties: demoRoyalties(),
		}, { finalized: true });
		await Promise.all([...PROVIDERS, '//Dave'].map((uri) => send(api, keyFromUri(uri), api.tx.providers.update(DEMO.price, [model, pairs]), { finalized: true })));
		const vector = (n) => encodeTensors(api, [{ elem: 'Float32', shape: [n], data: new Uint8Array(new Float32Array(Array.from({ length: n }, (_, i) => i)).buffer) }]);
		const inputs = [vector(3), vector(5_000), vector(4)];
		log(`model ${pairs}: pairs.onnx; jobs with 3 elements (odd), 5,000 elements (20,023-byte output) and 4 elements`);
		const before = Object.fromEntries(await Promise.all(['Alice', 'Bob', 'Charlie', 'Dave'].map(async (p) => [p, await bondOf(`//${p}`)])));
		let stores = [];
		const { submitted, outcomes } = await batchWithLedger('scenario 6 (inputs that make the model fail)', 3, async (o, { from, to }) => {
			const want = ledger(o);
			stores = await storageFees(want, from, to);
			return want;
		}, { forModel: pairs, inputs });
		const [odd, long, even] = submitted.map((s) => outcomes.get(s.job));
		for (const [o, kind] of [[odd, 'InferenceFailed']]) {
			assert.equal(o.status, 'Failed');
			assert.equal(o.reason, 'Unprocessable');
			assert.equal(o.failure, kind);
			assert.deepEqual(o.slashes, []);
			// The seats that revealed the failure are paid; a provider too slow to deliver
			// within the periods (seen once for Dave in a CI run) is neither paid nor, on this
			// path, slashed.
			const delivered = o.assignments.filter((a) => a.revealed);
			const compute = delivered.reduce((t, a) => t + earned(a), 0n);
			assert.ok(delivered.reduce((n, a) => n + a.seats, 0) >= 2, 'a quorum of seats revealed');
			assert.equal(o.paidToProviders, compute, 'the submitter pays the delivering seats\' price');
			assert.ok(o.reveals.every((r) => r.failure === kind), `every seat that revealed revealed ${kind}`);
			for (const a of o.assignments.filter((x) => !x.revealed)) log(`job with ${kind}: ${name(a.provider)} did not reveal in time`);
		}
		assert.equal(even.status, 'Completed', 'an even input is paired');
		assert.deepEqual(decodeTensors(api, even.result)[0].shape, [2, 2]);
		// The 20,023-byte output is stored once, by a provider of the job, and named by hash.
		assert.equal(long.status, 'Completed', 'a long output is stored, not refused');
		assert.ok(long.storedResult, 'named by hash on chain');
		const [pairsOut] = decodeTensors(api, long.result);
		assert.deepEqual(pairsOut.shape, [2500, 2]);
		assert.ok(pairsOut.values.every((v, i) => v === i), 'the input, paired');
		assert.deepEqual(stores.map((x) => x.len), [long.storedResult.len], 'stored once');
		assert.ok(long.assignments.some((a) => a.provider === stores[0].who), 'by a provider of the job');
		for (const p of Object.keys(before)) assert.equal(await bondOf(`//${p}`), before[p], `${p} is not slashed`);
		log(`scenario 6: odd input → ${odd.failure}, paid to the committee by the submitter (${vrt(odd.paidToProviders)}), royalty and protocol fee refunded; the ${long.storedResult.len}-byte output stored by ${name(stores[0].who)} for ${vrt(stores[0].fee)} and named by hash; no bond touched`);

		// Alice ran throughout: her node's counters add up over every job she held a seat in.
		const alice = addr('//Alice');
		const hers = ran.filter((r) => r.assignments?.some((a) => a.provider === alice));
		const fetchFailures = hers.filter((r) => r.failure === 'ModelUnavailable').length;
		const m = await net.metrics('alice');
		const seen = metric(m, 'verity_jobs_seen_total');
		const ok = metric(m, 'verity_inferences_total', { result: 'ok' });
		log(`alice: held seats in ${hers.length} of ${ran.length} jobs; ${seen} jobs seen, ${ok} inferences ok, ${metric(m, 'verity_inferences_total', { result: 'failed' })} failed; ${metric(m, 'verity_commits_submitted_total')} commits and ${metric(m, 'verity_reveals_submitted_total')} reveals submitted; inference time ${metric(m, 'verity_inference_duration_seconds_sum').toFixed(3)} s in ${metric(m, 'verity_inference_duration_seconds_count')}; model cache ${metric(m, 'verity_model_cache_bytes')} bytes, ${metric(m, 'verity_model_cache_hits_total')} hits, ${metric(m, 'verity_model_cache_misses_total')} misses`);
		// At least: a job drawn on a fork that lost may have been seen (and run) too.
		assert.ok(seen >= hers.length, 'Alice saw every job she held a seat in');
		assert.ok(metric(m, 'verity_inference_duration_seconds_count') >= hers.length - fetchFailures, 'one run per job whose model could be had');
		log(`alice: ${seen - hers.length} job(s) seen only on forks that lost`);
		assert.equal(metric(m, 'verity_model_cache_misses_total'), 0, 'the models came from --model-dir or nowhere');
	});
	it('7. two colluders win a quorum job of 3 seats and a challenge overturns it: they are slashed, the submitter, the honest minority and the challenge committee are paid back, in planck', { timeout: 900_000 }, async () => {
		// Charlie and Dave both corrupt their outputs, the same way: where both hold seats of a
		// job, they hold its majority and their output wins the vote. One validator restarts at
		// a time, so finality (3 of 4) never stops. Dave (300 VRT less its slashes in scenario 2)
		// first bonds 700 VRT more, so that both colluders often hold seats of one job.
		await send(api, keyFromUri('//Dave'), api.tx.providers.bondExtra(700n * UNIT), { finalized: true });
		for (const n of ['charlie', 'dave']) {
			await net.stopNode(n);
			await net.restartNode(n, ['--test-corrupt-outputs']);
			await finalizedPast((await bestNumber(api)) + 1);
		}
		log('Charlie and Dave restarted with --test-corrupt-outputs: they collude on the same wrong output');
		const [charlie, dave] = [addr('//Charlie'), addr('//Dave')];
		// Compared as bytes: a corrupted output differs in one bit of its last probability.
		const honest = ran.find((o) => o.status === 'Completed' && o.model === model && o.slashes.length === 0).result;
		const [honestHex, honestResult] = [u8aToHex(honest), describeOutput(api, honest)];
		let target;
		let won;
		for (let round = 1; target === undefined; round++) {
			assert.ok(round <= 5, `Charlie and Dave never both held seats of a job in ${round - 1} rounds of 8`);
			const { outcomes } = await batchWithLedger(`scenario 7, round ${round} (Charlie and Dave collude)`, 8, (o) => ledger(o));
			for (const [job, o] of outcomes) {
				const winners = o.assignments.filter((a) => a.revealed && !slashed(o, a)).map((a) => a.provider);
				if (o.status === 'Completed' && winners.includes(charlie) && winners.includes(dave)) {
					target = job;
					won = o;
					break;
				}
			}
		}
		assert.notEqual(u8aToHex(won.result), honestHex, 'the colluders\' wrong output won the vote');
		log(`job ${target}: Charlie and Dave won the vote with their wrong output (${describeOutput(api, won.result)}, output ${blake(won.result)}…; honest: ${honestResult}, ${blake(honest)}…)`);
		const before = await jobView(api, target);
		assert.ok(before.challengeUntil >= won.block, 'a completed job shows its challenge window');

		// Ferdie, the submitter, challenges within the window.
		const start = await finalizedHead();
		const s0 = await snapshot(start.hash);
		const c = await challengeJob(api, ferdie, target, { finalized: true });
		assert.equal(c.bond, (await api.query.providers.minBond()).toBigInt() / 10n, 'the bond is a tenth of the minimum bond');
		log(`job ${target} challenged by Ferdie (bond ${vrt(c.bond)}, window until block ${before.challengeUntil}); the committee is drawn in block ${c.drawAt}`);
		const o = await followChallenge(api, target, { from: start.number, timeoutMs: 300_000, onEvent: (t) => log(`job ${target}: ${t}`), name });
		assert.equal(o.verdict, 'Overturned', `the challenge ended ${o.verdict}`);
		const committeeNames = o.committee.map((x) => name(x.provider));
		assert.ok(!committeeNames.some((n) => ['Charlie', 'Dave', 'Ferdie'].includes(n)) && o.committee.every((x) => !won.assignments.some((a) => a.provider === x.provider)), 'the committee has no part in the job');
		const end = await finalizedPast(o.block - 1);
		const s1 = await snapshot(end.hash);
		const { fees } = await feesBetween(start.number, end.number);
		const after = await jobView(api, target, end.hash);
		assert.equal(after.phase, 'Completed');
		assert.equal(u8aToHex(after.result), honestHex, 'the result is now the honest output');
		assert.equal(after.challenge.verdict, 'Overturned');

		// The money, in planck: the colluders lose the slash per seat; out of it the committee
		// is paid its seats, Ferdie what it paid them (and its bond back with the rest, up to as
		// much again), and an honest provider of the job what the old vote took and its price.
		const perSeat = (await api.query.providers.minBond()).toBigInt() / 10n > 19n * DEMO.price ? (await api.query.providers.minBond()).toBigInt() / 10n : 19n * DEMO.price;
		const want = {};
		for (const a of won.assignments) {
			if (a.provider === charlie || a.provider === dave) {
				const s = o.slashes.find((x) => x.provider === a.provider);
				assert.ok(s && s.reason === 'Overturned', `${name(a.provider)} is slashed for the overturned result`);
				assert.equal(s.amount, perSeat * BigInt(a.seats));
				add(want, name(a.provider), -s.amount);
			} else {
				const sl = won.slashes.find((x) => x.provider === a.provider);
				assert.ok(sl, `${name(a.provider)}, honest, was slashed by the colluders' vote`);
				add(want, name(a.provider), sl.amount + earned(a));
			}
		}
		const job = await jobView(api, target, end.hash);
		let committeePay = 0n;
		for (const a of job.assignments.filter((x) => x.role === 'Challenger')) {
			add(want, name(a.provider), earned(a));
			committeePay += earned(a);
		}
		const colluderPay = won.assignments.filter((a) => a.provider === charlie || a.provider === dave).reduce((t, a) => t + earned(a), 0n);
		const compensated = won.slashes.reduce((t, sl) => t + sl.amount, 0n) + won.assignments.filter((a) => won.slashes.some((sl) => sl.provider === a.provider)).reduce((t, a) => t + earned(a), 0n);
		assert.equal(o.paidToCommittee, committeePay);
		assert.equal(o.refundedToSubmitter, colluderPay);
		assert.equal(o.compensated, compensated);
		const left = o.slashed - committeePay - colluderPay - compensated;
		assert.equal(o.reward, left < c.bond ? left : c.bond, 'the challenger gets what is left, up to its bond');
		add(want, 'Ferdie', colluderPay + o.reward);
		add(want, 'treasury', o.slashed - committeePay - colluderPay - compensated - o.reward);
		log('balance check over the challenge (change = expected from the rules − transaction fees):');
		for (const n of Object.keys(accounts)) {
			const delta = s1.balances[n] - s0.balances[n];
			const exp = (want[n] ?? 0n) - fees[n];
			log(`  ${n.padEnd(9)} change ${vrt(delta).padStart(16)}  expected ${vrt(want[n] ?? 0n).padStart(16)} − fees ${vrt(fees[n])}  ${delta === exp ? 'ok' : 'MISMATCH'}`);
			assert.equal(delta, exp, `${n}'s balance changed by ${vrt(delta)}, expected ${vrt(exp)}`);
		}
		log(`scenario 7: job ${target} overturned at block ${o.block} by ${committeeNames.join(', ')}; Charlie and Dave lost ${vrt(o.slashed)}; the committee got ${vrt(o.paidToCommittee)}, Ferdie ${vrt(o.refundedToSubmitter)} back and a reward of ${vrt(o.reward)} (its bond returned), the honest minority ${vrt(o.compensated)}`);
		for (const n of ['charlie', 'dave']) {
			await net.stopNode(n);
			await net.restartNode(n);
			await finalizedPast((await bestNumber(api)) + 1);
		}
	});

	it('8. audited jobs: a provider that corrupts 10 % of its outputs is audited, caught and slashed, and none of its wrong outputs is ever a result', { timeout: 900_000 }, async () => {
		// Dave (its record wiped by the challenge of scenario 7, so every job it serves as
		// primary is audited) bonds 8,000 VRT more — three quarters of the stake, so that it
		// holds a seat in most jobs — and restarts with --test-corrupt-outputs=10: it corrupts
		// its output for the 10 % of inputs whose blake2-256 says so (node/src/inference.rs).
		// The batch is 20 variants of the digits sample, 4 of them among those (with 2, the draw
		// gave Dave no seat on either in about one run in twenty: 0.25² of the primary seats).
		const dave = addr('//Dave');
		await send(api, keyFromUri('//Dave'), api.tx.providers.bondExtra(8_000n * UNIT), { finalized: true });
		await net.stopNode('dave');
		await net.restartNode('dave', ['--test-corrupt-outputs=10']);
		await finalizedPast((await bestNumber(api)) + 1);
		const trustedAfter = (await api.query.jobs.params()).unwrap().trustedAfter.toNumber();
		const before = await trustOf(api, dave, model);
		assert.ok(before.consecutiveValid < trustedAfter, `Dave is not trusted (${before.consecutiveValid} checked results)`);

		const npy = join(MODELS_DIR, 'digits.one.input.npy');
		const sample = readNpy(npy);
		const raw = readFileSync(npy);
		const header = raw.subarray(0, raw.length - sample.data.length);
		const corrupted = (input) => {
			const h = blake2AsU8a(input, 256);
			return (h[0] | (h[1] << 8)) % 100 < 10;
		};
		const dir = mkdtempSync(join(tmpdir(), 'verity-inputs-'));
		const picked = [];
		const seen = new Set();
		const want = { keyed: 4, plain: 16 };
		for (let i = 0; picked.length < want.keyed + want.plain; i++) {
			const data = new Uint8Array(sample.data);
			new DataView(data.buffer).setFloat32(4 * (i % 64), ((i * 7) % 23) / 22, true);
			const input = encodeTensors(api, [{ ...sample, data }]);
			const keyed = corrupted(input);
			const hex = u8aToHex(input);
			if (seen.has(hex) || picked.filter((x) => x.keyed === keyed).length >= (keyed ? want.keyed : want.plain)) continue;
			seen.add(hex);
			// The honest output, from the node's own engine outside the chain.
			const file = join(dir, `input-${i}.npy`);
			writeFileSync(file, Buffer.concat([header, data]));
			const printed = execFileSync(nodeBinary(), ['infer', '--model', DIGITS, '--input', file], { encoding: 'utf8' });
			const honest = /^canonical\s+(0x[0-9a-f]+)$/m.exec(printed)?.[1];
			assert.ok(honest, `verity-node infer printed no canonical output:\n${printed}`);
			picked.push({ input, keyed, honest });
		}
		log(`${picked.length} inputs: ${picked.filter((x) => x.keyed).length} of them (jobs ${picked.map((x, i) => (x.keyed ? i : undefined)).filter((i) => i !== undefined).join(', ')} of the batch) are those Dave corrupts; their honest outputs from verity-node infer`);

		const { submitted, outcomes } = await batchWithLedger('scenario 8 (audited jobs; Dave corrupts 10 % of its outputs)', picked.length, (o) => ledger(o), { tier: AUDITED, inputs: picked.map((x) => x.input), timeoutMs: 420_000 });
		let caught = 0;
		let lies = 0;
		let daveJobs = 0;
		let audits = 0;
		let seats = 0;
		submitted.forEach(({ job }, i) => {
			const o = outcomes.get(job);
			const { keyed, honest } = picked[i];
			assert.equal(o.status, 'Completed', `job ${job} completed`);
			assert.deepEqual(o.tier, AUDITED);
			assert.equal(u8aToHex(o.result), honest, `job ${job}: the result is the honest output for its input`);
			const primary = o.assignments.find((a) => a.role === 'Member');
			const daveDrawn = o.assignments.some((a) => a.provider === dave && (a.role === 'Member' || a.role === 'Auditor'));
			seats += o.assignments.filter((a) => a.role !== 'Referee').reduce((t, a) => t + a.seats, 0);
			if (o.audit !== 'Skipped') audits += 1;
			if (primary.provider === dave) assert.notEqual(o.audit, 'Skipped', `job ${job}: Dave, not trusted, is audited`);
			const s = o.slashes.find((x) => x.provider === dave);
			if (daveDrawn) daveJobs += 1;
			if (daveDrawn && keyed) {
				lies += 1;
				assert.equal(o.audit, 'Escalated', `job ${job}: Dave's corrupted output disagreed with the other's`);
				assert.ok(s && s.reason === 'WrongOutput', `job ${job}: Dave was slashed for its wrong output`);
				caught += 1;
				log(`job ${job}: Dave, the ${primary.provider === dave ? 'primary' : 'auditor'}, corrupted its output; the escalation's referees (${o.assignments.filter((a) => a.role === 'Referee').map((a) => `${name(a.provider)}×${a.seats}`).join(', ')}) overturned it and Dave lost ${vrt(s.amount)}`);
			} else {
				assert.ok(!s, `job ${job}: Dave is not slashed where it ran honestly`);
				if (daveDrawn) assert.equal(o.audit, 'Audited', `job ${job}: Dave's honest output agreed with the other's`);
			}
			assert.ok(o.slashes.every((x) => x.provider === dave), `job ${job}: no honest provider is slashed`);
		});
		assert.ok(caught >= 1, 'Dave held a seat in none of the jobs whose output it corrupts');
		const after = await trustOf(api, dave, model);
		log(`scenario 8: ${picked.length} audited jobs, ${audits} audited, ${(seats / picked.length).toFixed(2)} replicas per job before escalations; Dave served ${daveJobs} of them, corrupted ${lies} outputs and was caught and slashed for each; every result is the honest output for its input; no honest provider slashed; Dave's record ${before.consecutiveValid} before, ${after.consecutiveValid} after`);
	});

	it('9. inputs stored with the chain\'s nodes by hash: a 110 KB PaddleOCR classifier input gives Python onnxruntime\'s output; unstored data is refused; stored data that is not the model\'s input fails typed with the rest refunded', { timeout: 600_000 }, async () => {
		await net.stopNode('dave');
		await net.restartNode('dave');
		await finalizedPast((await bestNumber(api)) + 1);
		log('dave restarted without --test-corrupt-outputs');
		// PaddleOCR's text-direction classifier (rapidocr-onnxruntime 1.4.4, fetched by
		// scripts/setup): one 48×192 RGB crop in, the probabilities of 0° and 180° out.
		const file = join(process.env.VERITY_MODELS, 'ppocr', 'ch_ppocr_mobile_v2.0_cls_infer.onnx');
		const io = JSON.parse(readFileSync(join(MODELS_DIR, 'ppocr-cls.io.json'), 'utf8'));
		const ocr = await registerServed(file, io, { Tolerance: { absPpb: 1_000_000, relPpb: 1_000_000 } });
		log(`model ${ocr}: PaddleOCR's classifier (${readFileSync(file).length} bytes), served by every provider`);

		// A crop normalised as PaddleOCR does ((x / 255 − 0.5) / 0.5): a fixed pattern.
		const crop = new Float32Array(3 * 48 * 192).map((_, i) => Math.sin(i * 0.013) * Math.cos(i * 0.0007));
		const input = encodeTensors(api, [{ elem: 'Float32', shape: [1, 3, 48, 192], data: new Uint8Array(crop.buffer) }]);
		const inline = api.consts.jobs.maxInputLen.toNumber();
		assert.ok(input.length > inline, `the input (${input.length} bytes) is more than a job carries inline (${inline})`);
		// The reference: Python onnxruntime on the same tensor.
		const dir = mkdtempSync(join(tmpdir(), 'verity-ocr-'));
		writeFileSync(join(dir, 'crop.f32'), Buffer.from(crop.buffer));
		const reference = JSON.parse(execFileSync(process.env.VERITY_PYTHON, ['-c', `
import json, sys, numpy as np, onnxruntime as ort
x = np.fromfile(sys.argv[2], dtype='<f4').reshape(1, 3, 48, 192)
s = ort.InferenceSession(sys.argv[1])
print(json.dumps(s.run(None, {'x': x})[0].reshape(-1).tolist()))`, file, join(dir, 'crop.f32')], { encoding: 'utf8' }));

		// Not stored: refused at submission, nothing held.
		const missing = u8aToHex(blake2AsU8a(Uint8Array.of(1, 2, 3), 256));
		await assert.rejects(
			send(api, ferdie, api.tx.jobs.submitStored(ocr, missing, 3, 100n * UNIT, quorum(3))),
			(e) => e instanceof TxError && /InputNotStored/.test(e.message),
		);
		log('a job naming data nobody stored: refused with jobs.InputNotStored, nothing held');

		// Store the crop, and as much data that is no tensor list at all.
		const garbage = new Uint8Array(input.length).map((_, i) => (i * 31 + 7) & 0xff);
		const f0 = await finalizedHead();
		const s0 = await snapshot(f0.hash);
		const stored = [];
		for (const data of [input, garbage]) stored.push(await storeData(api, ferdie, data, { finalized: true }));
		const f1 = await finalizedHead();
		const s1 = await snapshot(f1.hash);
		const { fees } = await feesBetween(f0.number, f1.number);
		const perByte = api.consts.blobs.feePerByte.toBigInt();
		const base = api.consts.blobs.feeBase.toBigInt();
		const storage = stored.reduce((t, x) => t + x.fee, 0n);
		assert.equal(storage, 2n * (base + perByte * BigInt(input.length)), 'storage costs FeeBase + FeePerByte × length each');
		assert.equal(s1.balances.Ferdie - s0.balances.Ferdie, -(storage + fees.Ferdie), "Ferdie paid the storage fee and the transactions' fees");
		assert.equal(s1.balances.treasury - s0.balances.treasury, storage, 'the storage fee went to the treasury');
		// Every node keeps the data and serves it by hash.
		for (const n of ['alice', 'bob', 'charlie', 'dave']) {
			const nodeApi = n === 'alice' ? api : await connect(net.url(n));
			try {
				assert.deepEqual(await fetchData(nodeApi, stored[0].hash), input, `${n} serves the stored input`);
			} finally {
				if (nodeApi !== api) await nodeApi.disconnect();
			}
		}
		log(`stored ${input.length} bytes twice (the crop, and bytes that are no tensors): ${vrt(storage)} to the treasury, ${vrt(fees.Ferdie)} in transaction fees; kept until block ${stored[0].expiresAt}; every node serves them by hash (bitswap_v1_get)`);

		const { submitted, outcomes } = await batchWithLedger('scenario 9 (inputs stored by hash)', 2, (o) => ledger(o), { forModel: ocr, models: [ocr, ocr], inputs: [input, garbage], tier: quorum(3) });
		const [good, bad] = submitted.map((s) => outcomes.get(s.job));
		assert.equal(good.status, 'Completed');
		const [probs] = decodeTensors(api, good.result);
		assert.deepEqual(probs.shape, [1, 2]);
		probs.values.forEach((v, i) => assert.ok(Math.abs(v - reference[i]) <= 1e-5, `probability ${i}: ${v} on chain, ${reference[i]} from Python onnxruntime`));
		assert.deepEqual(good.slashes, []);
		assert.equal(bad.status, 'Failed');
		assert.equal(bad.reason, 'Unprocessable');
		assert.equal(bad.failure, 'InputInvalid');
		assert.deepEqual(bad.slashes, [], 'nobody is slashed for a submitter\'s bad data');
		const view = await jobView(api, submitted[0].job);
		assert.equal(view.inputHash, stored[0].hash, 'the job names its input by the stored hash');
		log(`scenario 9: job ${submitted[0].job} read its ${input.length}-byte input from the nodes' storage and completed with [${probs.values.map((v) => v.toFixed(6))}], Python onnxruntime [${reference.map((v) => v.toFixed(6))}]; job ${submitted[1].job}'s data was no tensor list: Failed (Unprocessable: InputInvalid), the seats paid by Ferdie, the rest refunded, nobody slashed`);
	});

	it('10. RFC-78 (CheckMetadataHash, what Ledger\'s generic app needs): a transaction signed with the metadata hash computed from the runtime\'s metadata is accepted; one signed with another hash is refused as a bad signature', { timeout: 120_000 }, async () => {
		const { merkleizeMetadata } = await import('@polkadot-api/merkleize-metadata');
		const v15 = await api.call.metadata.metadataAtVersion(15);
		assert.ok(v15.isSome, 'the runtime serves metadata v15');
		// The chain's token as its chain spec declares it (system_properties).
		const decimals = api.registry.chainDecimals[0];
		const tokenSymbol = api.registry.chainTokens[0];
		const digest = u8aToHex(merkleizeMetadata(v15.unwrap().toU8a(true), { decimals, tokenSymbol }).digest());
		const eve = keyFromUri('//Eve');
		const signAndWait = (metadataHash) =>
			new Promise((resolve, reject) => {
				api.tx.system
					.remark('0x766572697479')
					.signAndSend(eve, { nonce: -1, mode: 1, metadataHash }, ({ status, dispatchError }) => {
						if (dispatchError) reject(new Error(dispatchError.toString()));
						if (status.isInBlock) resolve(status.asInBlock);
					})
					.catch(reject);
			});
		const block = await signAndWait(digest);
		const { block: b } = await api.rpc.chain.getBlock(block);
		const xt = b.extrinsics.find((x) => x.isSigned && x.signer.toString() === eve.address && x.method.method === 'remark');
		assert.ok(xt, 'the remark signed with the metadata hash is in the block');
		assert.equal(xt.inner.signature.mode.toNumber(), 1, 'it was signed in the mode that commits to the metadata hash');
		const other = u8aToHex(blake2AsU8a(hexToU8a(digest), 256));
		await assert.rejects(signAndWait(other), /bad signature|BadProof/i, 'a signature over another metadata hash is refused');
		log(`scenario 10: the runtime's metadata hash (${tokenSymbol}, ${decimals} decimals) is ${digest}; a remark signed with it (mode 1) is in block ${block.toHex().slice(0, 10)}…, one signed with another hash was refused as a bad signature`);
	});

	it('11. an image model with megabytes in and out: YOLOv8n (320×320) on a 1.2 MB input the client stores; its 185 KB output is stored by one provider\'s reveal and named by hash on chain; the client fetches and checks it; it equals Python onnxruntime\'s within the model\'s rule, detections too; every balance in planck', { timeout: 600_000 }, async () => {
		// NudeNet's YOLOv8n detector (nudenet 3.4.2, fetched by scripts/setup): 18 classes.
		const file = join(process.env.VERITY_MODELS, 'yolo', '320n.onnx');
		const io = JSON.parse(readFileSync(join(MODELS_DIR, 'yolov8n-320.io.json'), 'utf8'));
		const rule = { Tolerance: { absPpb: 1_000_000, relPpb: 1_000_000 } };
		// Registered as an image model: clients letterbox a picture and scale it to [0, 1].
		const yolo = await registerServed(file, io, rule, undefined, { resize: 'letterbox' });
		const declared = await registeredImage(api, yolo);
		assert.deepEqual(declared, { resize: 'letterbox', mean: [0, 0, 0], std: [1, 1, 1] });
		// A photograph (Grace Hopper's portrait from matplotlib's sample data, fetched by
		// scripts/setup), made into the input as the model's entry declares.
		const photo = readFileSync(join(process.env.VERITY_MODELS, 'images', 'grace_hopper.jpg'));
		const { tensor, scale, padX, padY } = imageTensor(photo, { width: 320, height: 320, ...declared });
		const image = new Float32Array(tensor.data.buffer);
		const input = encodeTensors(api, [tensor]);
		assert.ok(input.length > 1_200_000, `a 1.2 MB input (${input.length} bytes)`);
		const dir = mkdtempSync(join(tmpdir(), 'verity-yolo-'));
		writeFileSync(join(dir, 'image.f32'), Buffer.from(image.buffer));
		execFileSync(process.env.VERITY_PYTHON, ['-c', `
import sys, numpy as np, onnxruntime as ort
x = np.fromfile(sys.argv[2], dtype='<f4').reshape(1, 3, 320, 320)
s = ort.InferenceSession(sys.argv[1])
s.run(None, {'images': x})[0].astype('<f4').tofile(sys.argv[3])`, file, join(dir, 'image.f32'), join(dir, 'out.f32')]);
		const ref = new Float32Array(readFileSync(join(dir, 'out.f32')).buffer.slice(0));
		assert.equal(ref.length, 22 * 2100);

		const stored = await storeData(api, ferdie, input, { finalized: true });
		log(`model ${yolo}: YOLOv8n (${readFileSync(file).length} bytes); the ${input.length}-byte input stored by Ferdie for ${vrt(stored.fee)}`);
		const perByte = api.consts.blobs.feePerByte.toBigInt();
		const base = api.consts.blobs.feeBase.toBigInt();
		let outputStores = [];
		const { submitted, outcomes } = await batchWithLedger('scenario 11 (YOLOv8n, stored input and output)', 1, async (outs, { from, to }) => {
			const want = ledger(outs);
			// Storing the output: paid by the provider whose reveal brought the bytes.
			outputStores = await storageFees(want, from, to);
			return want;
		}, { forModel: yolo, models: [yolo], inputs: [input], tier: quorum(3) });
		const o = outcomes.get(submitted[0].job);
		assert.equal(o.status, 'Completed');
		assert.deepEqual(o.slashes, []);
		assert.ok(o.storedResult, 'the output is stored data, not on chain');
		assert.equal(o.storedResult.hash, o.outputHash, 'JobCompleted names the stored output\'s hash');
		const outputLen = encodeTensors(api, [{ elem: 'Float32', shape: [1, 22, 2100], data: new Uint8Array(4 * 22 * 2100) }]).length;
		assert.equal(o.storedResult.len, outputLen);
		// Stored once, by a provider of the job, for FeeBase + FeePerByte × length; the others
		// revealed it by hash.
		assert.equal(outputStores.length, 1, 'the output is stored once');
		const [st] = outputStores;
		assert.equal(st.len, outputLen);
		assert.equal(st.fee, base + perByte * BigInt(outputLen));
		assert.ok(o.assignments.some((a) => a.provider === st.who), 'a provider of the job stored it');

		// The client fetched the output by hash (checked) and it is Python onnxruntime's.
		const [out] = decodeTensors(api, o.result);
		assert.deepEqual(out.shape, [1, 22, 2100]);
		let worst = 0;
		out.values.forEach((v, i) => {
			const d = Math.abs(v - ref[i]);
			worst = Math.max(worst, d);
			assert.ok(d <= 1e-3 + 1e-3 * Math.abs(ref[i]), `value ${i}: ${v} on chain, ${ref[i]} from Python onnxruntime`);
		});
		const mine = yoloDetections(out);
		const theirs = yoloDetections({ shape: [1, 22, 2100], values: Array.from(ref) });
		assert.ok(mine.length > 0, 'the detector finds something in the portrait');
		// The same detections: classes in order, scores within 0.001, boxes within a pixel.
		assert.deepEqual(mine.map((d) => d.cls), theirs.map((d) => d.cls), 'the same detections');
		mine.forEach((d, k) => {
			assert.ok(Math.abs(d.score - theirs[k].score) <= 1e-3, `detection ${k}: score ${d.score} vs ${theirs[k].score}`);
			d.box.forEach((c, j) => assert.ok(Math.abs(c - theirs[k].box[j]) <= 1, `detection ${k}: box ${d.box} vs ${theirs[k].box}`));
		});
		// Every node serves the output by hash.
		for (const n of ['bob', 'charlie', 'dave']) {
			const nodeApi = await connect(net.url(n));
			try {
				assert.deepEqual(await jobResult(nodeApi, await jobView(nodeApi, submitted[0].job)), o.result, `${n} serves the output`);
			} finally {
				await nodeApi.disconnect();
			}
		}
		const inPhoto = (b) => b.map((c, k) => ((c - (k % 2 ? padY : padX)) / scale).toFixed(0));
		const top = mine.map((d) => `class ${d.cls} ${d.score.toFixed(3)} at [${inPhoto(d.box)}]`).join('; ');
		log(`scenario 11: job ${submitted[0].job} completed on a ${input.length}-byte stored input; its ${outputLen}-byte output was stored once by ${name(st.who)} (${vrt(st.fee)}) and revealed by hash by the others; largest difference from Python onnxruntime ${worst.toExponential(2)}; ${mine.length} detection(s) above 0.25 in the photo, the same as Python's: ${top}`);
	});

	it('12. text generation: a causal language model of the standard decoder layout (the seeded tiny model of offchain-worker/models) registered as a generator with its tokenizer and limits; a prompt tokenized by the client with the registered tokenizer; 32 tokens generated greedily through the KV cache by the primary equal Python onnxruntime\'s greedy loop; its auditor checks them teacher-forced instead of generating; a request over the limits refused; every balance in planck', { timeout: 600_000 }, async () => {
		const file = join(MODELS_DIR, 'tinylm.onnx');
		const io = JSON.parse(readFileSync(join(MODELS_DIR, 'tinylm.io.json'), 'utf8'));
		const lm = await registerServed(file, io, 'Exact', { tokenizer: { file: join(MODELS_DIR, 'tinylm.tokenizer.json') }, maxNewTokens: 256, maxContext: 512 });
		const { tokenizer, limits } = await registeredTokenizer(api, lm);
		assert.deepEqual(limits, { maxNewTokens: 256, maxContext: 512 });
		const prompt = 'A provider bonds tokens and serves';
		const ids = tokenizer.encode(prompt).ids;
		const newTokens = 32;
		// The reference: Python onnxruntime's greedy loop over the KV cache, one token a pass.
		const reference = JSON.parse(execFileSync(process.env.VERITY_PYTHON, ['-c', `
import json, sys, numpy as np, onnxruntime as ort
s = ort.InferenceSession(sys.argv[1])
ids, n = json.loads(sys.argv[2]), int(sys.argv[3])
past = {i.name: np.zeros((1, 2, 0, 32), np.float32) for i in s.get_inputs() if i.name.startswith('past_key_values')}
feed_ids, done, out = ids, 0, []
for _ in range(n):
    total = done + len(feed_ids)
    r = s.run(None, {'input_ids': np.array([feed_ids], np.int64), 'attention_mask': np.ones((1, total), np.int64),
                     'position_ids': np.arange(done, total, dtype=np.int64)[None, :], **past})
    past = dict(zip(past.keys(), r[1:]))
    out.append(int(np.argmax(r[0][0, -1])))
    done, feed_ids = total, [out[-1]]
print(json.dumps(out))`, file, JSON.stringify(ids), String(newTokens)], { encoding: 'utf8' }));
		// More new tokens than the model allows: refused at submission, nothing held.
		const held = (await api.query.system.account(ferdie.address)).data.reserved.toBigInt();
		await assert.rejects(
			send(api, ferdie, api.tx.jobs.submit(lm, u8aToHex(generationInput(api, ids, 257)), 100n * UNIT, AUDITED)),
			(e) => e instanceof TxError && /GenerationTooLong/.test(e.message),
		);
		assert.equal((await api.query.system.account(ferdie.address)).data.reserved.toBigInt(), held, 'nothing held for a refused job');
		const { submitted, outcomes, from } = await batchWithLedger('scenario 12 (text generation)', 1, (o) => ledger(o), { forModel: lm, models: [lm], inputs: [generationInput(api, ids, newTokens)], tier: AUDITED });
		const job = submitted[0].job;
		const o = outcomes.get(job);
		assert.equal(o.status, 'Completed');
		assert.deepEqual(o.slashes, []);
		const tokens = generatedIds(api, o.result);
		assert.deepEqual(tokens, reference, 'the generated tokens are Python onnxruntime\'s');
		// A new primary is always audited: it revealed its tokens before its auditor committed,
		// and the auditor's node checked them teacher-forced rather than generating.
		assert.equal(o.audit, 'Audited');
		const steps = [];
		for (let n = from + 1; n <= o.block; n++) {
			const at = await api.at(await api.rpc.chain.getBlockHash(n));
			for (const { event } of await at.query.system.events()) {
				const step = api.events.jobs.Committed.is(event) ? 'commit' : api.events.jobs.Revealed.is(event) ? 'reveal' : undefined;
				if (step && event.data.job.toNumber() === job) steps.push(`${step} ${name(event.data.provider.toString())} @${n}`);
			}
		}
		const kinds = steps.map((x) => x.split(' ')[0]);
		assert.deepEqual(kinds, ['commit', 'reveal', 'commit', 'reveal'], `the primary reveals before its auditor commits: ${steps.join(', ')}`);
		assert.equal(steps[0].split(' ')[1], steps[1].split(' ')[1], 'the first to reveal is the primary');
		const checked = [...net.nodes.values()].some((n) => readFileSync(n.logFile, 'utf8').includes(`job ${job}: the primary's tokens pass the teacher-forced check`));
		assert.ok(checked, 'an auditor\'s node checked the primary\'s tokens teacher-forced');
		log(`scenario 12: job ${job}: ${JSON.stringify(prompt)} (${ids.length} tokens) → ${tokens.length} tokens ${JSON.stringify(tokenizer.decode(tokens))}, equal to Python onnxruntime's greedy loop; ${steps.join(', ')}; the auditor checked the primary's tokens teacher-forced; 257 new tokens refused (GenerationTooLong)`);
	});

	it('13. a private job: its input and output in no block, event or storage item of any node; only the providers drawn can open its key; its output equals Python onnxruntime\'s', { timeout: 420_000 }, async () => {
		const uris = [...PROVIDERS, '//Dave'];
		// Each provider's worker registers its encryption key once it is a provider.
		const providers = [];
		for (const u of uris) if ((await api.query.providers.providers(addr(u))).isSome) providers.push(u);
		const keyOf = async (uri) => (await api.query.providers.encryptionKeys(addr(uri))).unwrap().key.toU8a();
		for (let i = 0; ; i++) {
			const registered = await Promise.all(providers.map((u) => api.query.providers.encryptionKeys(addr(u))));
			if (registered.every((k) => k.isSome)) break;
			assert.ok(i < 60, 'every provider\'s encryption key registered within 60 s');
			await sleep(1000);
		}
		// The key a node derives (docs/privacy.md): its vrte (ed25519) key's signature over the
		// provider's account and rotation. Derived here from //Name, it is the key on chain.
		const ed = new Keyring({ type: 'ed25519' });
		const secretOf = (uri) => privacy.secretFromSignature(ed.addFromUri(uri).sign(privacy.keyMessage(keyFromUri(uri).publicKey, 0)));
		for (const u of providers) assert.deepEqual(privacy.publicKey(secretOf(u)), await keyOf(u), `${u}'s key is derived from its node's vrte key`);

		// An input no other scenario submits (the sample with pixel 27 set to 0.3; the model
		// ignores pixel 0, always blank in its training digits): the other jobs' inputs and
		// outputs, in the clear, are not this job's.
		const sample = readNpy(join(MODELS_DIR, 'digits.one.input.npy'));
		const pixels = new Float32Array(sample.data.slice().buffer);
		pixels[27] = 0.3;
		const input = encodeTensors(api, [{ ...sample, data: new Uint8Array(pixels.buffer) }]);
		const from = await bestNumber(api);
		const s = await submitPrivateJob(api, ferdie, model, input, { tier: quorum(3) });
		log(`job ${s.job}: private, its ${input.length}-byte input sealed (${s.stored.len} bytes) and stored as ${s.stored.hash}`);
		let keys = Promise.resolve();
		let given = 0;
		const unsubscribe = await api.rpc.chain.subscribeNewHeads(() => {
			keys = keys.then(() => giveKeys(api, ferdie, s.job, s.key)).then((n) => { given += n; }).catch((e) => log(`giving keys: ${e.message}`));
		});
		let outcomes;
		try {
			outcomes = await followJobs(api, [s.job], { from, name: (a) => names.get(a.toString()) ?? a.toString(), onEvent: (job, text) => log(`job ${job}: ${text}`) });
		} finally {
			unsubscribe();
			await keys;
		}
		const o = outcomes.get(s.job);
		assert.equal(o.status, 'Completed');
		const drawnProviders = (await jobView(api, s.job)).assignments.length;
		assert.equal(given, drawnProviders, 'the key given to every provider drawn (a provider may hold several seats)');
		assert.deepEqual(o.slashes, []);
		const output = openPrivateOutput(s.key, o.result);
		const [label, probs] = decodeTensors(api, output);
		const reference = JSON.parse(execFileSync(process.env.VERITY_PYTHON, ['-c', `
import json, sys, numpy as np, onnxruntime as ort
s = ort.InferenceSession(sys.argv[1])
x = np.load(sys.argv[2])
x[0, 27] = 0.3
label, probs = s.run(None, {s.get_inputs()[0].name: x})
print(json.dumps({'label': label.reshape(-1).tolist(), 'probs': probs.reshape(-1).tolist()}))`, DIGITS, join(MODELS_DIR, 'digits.one.input.npy')], { encoding: 'utf8' }));
		assert.deepEqual(label.values.map(Number), reference.label, 'the label Python onnxruntime gives');
		probs.values.forEach((v, i) => assert.ok(Math.abs(v - reference.probs[i]) <= 1e-5, `probability ${i}: ${v} opened, ${reference.probs[i]} from Python onnxruntime`));

		// Only the providers drawn can open their wraps; the other validators' keys open none.
		const view = await jobView(api, s.job);
		const drawn = new Set(view.assignments.map((a) => a.provider));
		const commitment = (await api.query.jobs.privateJobs(s.job)).unwrap().keyCommitment.toU8a();
		const outsiders = uris.filter((u) => !drawn.has(addr(u)));
		assert.ok(outsiders.length >= 1);
		for (const p of drawn) {
			const seat = (await api.query.jobs.seatKeys(s.job, p)).unwrap();
			const uri = uris.find((u) => addr(u) === p);
			const [wrapped, eph] = [seat.wrapped.toU8a(), seat.ephemeral.toU8a()];
			assert.deepEqual(privacy.unwrap(wrapped, eph, secretOf(uri), s.job, commitment), s.key, `${uri} opens its own wrap`);
			for (const u of outsiders) assert.throws(() => privacy.unwrap(wrapped, eph, secretOf(u), s.job, commitment), `${u}, not drawn, cannot open ${uri}'s wrap`);
		}

		// Neither the input, nor the output, nor the key is in any block, event or storage item
		// of any node.
		const to = (await api.rpc.chain.getHeader()).number.toNumber();
		const needles = [['input', input], ['output', output], ['key', s.key]];
		const contains = (hay, needle) => Buffer.from(hay).indexOf(Buffer.from(needle)) >= 0;
		let scanned = 0;
		for (const n of ['alice', 'bob', 'charlie', 'dave']) {
			const nodeApi = n === 'alice' ? api : await connect(net.url(n));
			try {
				for (let b = from; b <= to; b++) {
					const hash = await nodeApi.rpc.chain.getBlockHash(b);
					const body = (await nodeApi.rpc.chain.getBlock(hash)).block.extrinsics.map((x) => x.toU8a());
					const events = (await (await nodeApi.at(hash)).query.system.events()).toU8a();
					for (const hay of [...body, events]) {
						for (const [what, needle] of needles) assert.ok(!contains(hay, needle), `${n}: the job's ${what} in block ${b}`);
					}
					scanned += body.length;
				}
				const state = await stateSnapshot(nodeApi);
				for (const [, value] of state.top) {
					for (const [what, needle] of needles) assert.ok(!contains(hexToU8a(value), needle), `${n}: the job's ${what} in storage`);
				}
				scanned += state.top.length;
			} finally {
				if (nodeApi !== api) await nodeApi.disconnect();
			}
		}
		log(`scenario 13: private job ${s.job} completed at block ${o.block}: label ${label.values[0]} as Python onnxruntime's, opened with its key by Ferdie; ${drawn.size} provider(s) drawn opened their 48-byte wraps, ${outsiders.length} not drawn could not; its input, output and key in none of ${scanned} extrinsics and storage values of blocks ${from}–${to} on the four nodes`);
	});

	it('14. private jobs of a Tolerance model whose providers\' outputs differ in their last bits (Dave restarted with --test-perturb-outputs): each round whose sealed outputs differ judges them, one verdict a provider, and completes; nobody is slashed; no readable output in the jobs\' storage; the outputs equal Python onnxruntime\'s within the rule', { timeout: 600_000 }, async () => {
		// Dave holds three quarters of the stake since scenario 8, so it holds seats in nearly
		// every job of five seats, and all five in about one in four (0.75^5): four jobs, so that
		// at least one round mixes its outputs with others' but in about one run in 300.
		await net.stopNode('dave');
		await net.restartNode('dave', ['--test-perturb-outputs']);
		await finalizedPast((await bestNumber(api)) + 1);
		log('dave restarted with --test-perturb-outputs: its float outputs differ from the others\' in their last bit');
		// The digits model again under another hash (the chain keeps one model a hash): its
		// bytes with an unknown protobuf field appended (field 1000, one byte), which ONNX
		// parsers skip — the same graph. Written where the nodes read models (--model-dir).
		const copy = join(process.env.VERITY_MODELS, 'digits-tolerance.onnx');
		writeFileSync(copy, Buffer.concat([readFileSync(DIGITS), Buffer.from([0xc2, 0x3e, 0x01, 0x76])]));
		const tolerant = await registerServed(copy, digitsIo(), { Tolerance: { absPpb: 1_000, relPpb: 1_000 } });
		assert.equal((await api.query.models.models(tolerant)).unwrap().rule.isTolerance, true, 'a model of its own, compared under Tolerance');
		log(`model ${tolerant}: the digits classifier again (${copy}), compared within 1e-6 (Tolerance)`);
		const sample = readNpy(join(MODELS_DIR, 'digits.one.input.npy'));
		const values = [0.2, 0.4, 0.6, 0.8];
		const inputs = values.map((v) => {
			const pixels = new Float32Array(sample.data.slice().buffer);
			pixels[28] = v;
			return encodeTensors(api, [{ ...sample, data: new Uint8Array(pixels.buffer) }]);
		});
		const from = await bestNumber(api);
		const jobs = [];
		// The keys are given from the first submission on (a job is drawn while the next ones
		// are being submitted), on each new head unless the previous head's giving is still
		// under way; a job's refusal does not hold the others back. Ferdie's transactions go
		// one at a time (`lane`): two sent at once take the same nonce and one is usurped.
		let lane = Promise.resolve();
		const serial = (f) => {
			const p = lane.then(f);
			lane = p.catch(() => {});
			return p;
		};
		let keys = Promise.resolve();
		let busy = false;
		const unsubscribe = await api.rpc.chain.subscribeNewHeads(() => {
			if (busy) return;
			busy = true;
			keys = serial(async () => {
				for (const j of [...jobs]) {
					try {
						await giveKeys(api, ferdie, j.job, j.key);
					} catch (e) {
						log(`job ${j.job}: giving keys: ${e.message}`);
					}
				}
			}).finally(() => { busy = false; });
		});
		const judged = new Set();
		let outcomes;
		try {
			for (const input of inputs) jobs.push(await serial(() => submitPrivateJob(api, ferdie, tolerant, input, { tier: quorum(5) })));
			log(`jobs ${jobs.map((j) => j.job).join(', ')}: private, ${inputs.length} variants of the digits sample, five seats each`);
			outcomes = await followJobs(api, jobs.map((j) => j.job), {
				from,
				name: (a) => names.get(a.toString()) ?? a.toString(),
				onEvent: (job, text) => {
					if (/judge them/.test(text)) judged.add(job);
					log(`job ${job}: ${text}`);
				},
			});
		} finally {
			unsubscribe();
			await keys;
		}
		const reference = JSON.parse(execFileSync(process.env.VERITY_PYTHON, ['-c', `
import json, sys, numpy as np, onnxruntime as ort
s = ort.InferenceSession(sys.argv[1])
out = []
for v in json.loads(sys.argv[3]):
    x = np.load(sys.argv[2])
    x[0, 28] = v
    label, probs = s.run(None, {s.get_inputs()[0].name: x})
    out.append({'label': label.reshape(-1).tolist(), 'probs': probs.reshape(-1).tolist()})
print(json.dumps(out))`, DIGITS, join(MODELS_DIR, 'digits.one.input.npy'), JSON.stringify(values)], { encoding: 'utf8' }));
		const plain = [];
		let verdicts = 0;
		for (const [i, j] of jobs.entries()) {
			const o = outcomes.get(j.job);
			assert.equal(o.status, 'Completed', `job ${j.job}`);
			assert.deepEqual(o.slashes, [], `nobody slashed in job ${j.job}`);
			const output = openPrivateOutput(j.key, o.result);
			plain.push(output);
			const [label, probs] = decodeTensors(api, output);
			assert.deepEqual(label.values.map(Number), reference[i].label, 'the label Python onnxruntime gives');
			probs.values.forEach((v, k) => assert.ok(Math.abs(v - reference[i].probs[k]) <= 1e-5, `job ${j.job}, probability ${k}: ${v} opened, ${reference[i].probs[k]} from Python onnxruntime`));
			const view = await jobView(api, j.job);
			const judgements = await api.query.jobs.judgements(j.job);
			if (judged.has(j.job)) {
				// Every provider that revealed judged, and said every output agrees with its own.
				const all = view.assignments.reduce((n, _, k) => n | (1n << BigInt(k)), 0n);
				assert.equal(judgements.length, view.assignments.length, `job ${j.job}: a verdict from each provider`);
				for (const e of judgements) assert.equal(e.agrees.unwrap().toBigInt() & all, all, `job ${j.job}: seat ${e.seat.toNumber()} found every output within tolerance`);
				assert.ok(view.assignments.some((a) => a.provider === addr('//Dave')) && view.assignments.length >= 2);
				verdicts += judgements.length;
			} else {
				assert.equal(judgements.length, 0, `job ${j.job} was not judged: its sealed outputs were alike`);
			}
		}
		assert.ok(judged.size >= 1, 'at least one round mixed Dave\'s outputs with others\' and judged them');
		// No plaintext output (Dave's or the others') in the jobs pallet's storage: reveals,
		// results and verdicts hold sealed bytes and bits only.
		const state = await stateSnapshot(api);
		const contains = (hay, needle) => Buffer.from(hay).indexOf(Buffer.from(needle)) >= 0;
		for (const [, value] of state.top) {
			for (const output of plain) assert.ok(!contains(hexToU8a(value), output.subarray(output.length - 40)), 'a job\'s output in storage');
		}
		log(`scenario 14: ${jobs.length} private jobs of a Tolerance model completed with Python onnxruntime's outputs; ${judged.size} of them judged (${verdicts} verdicts, every output within tolerance), the others' sealed outputs alike; nobody slashed; no output in ${state.top.length} storage values`);
	});

	it('15. the network\'s whole state at its finalized head, written for try-runtime\'s on-runtime-upgrade check (VERITY_SNAPSHOT; runtime/tests/try_runtime.rs)', { timeout: 300_000 }, async () => {
		const snapshot = await stateSnapshot(api);
		const keys = new Map(snapshot.top);
		assert.ok(keys.has('0x3a636f6465'), 'the runtime\'s code is in the state');
		const jobs = (await api.query.jobs.nextJobId.at(snapshot.hash)).toNumber();
		assert.ok(jobs > 0, 'the state has the scenarios\' jobs');
		const file = process.env.VERITY_SNAPSHOT ?? join(net.dir, 'state.json');
		writeFileSync(file, JSON.stringify(snapshot));
		log(`scenario 15: block #${snapshot.block} (runtime ${snapshot.specVersion}): ${snapshot.top.length} keys, ${(snapshot.bytes / 1e6).toFixed(2)} MB, ${jobs} jobs, written to ${file}`);
	});
});
