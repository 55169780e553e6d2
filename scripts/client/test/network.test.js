// End-to-end: a `--chain local` network of four validators (Alice, Bob, Charlie, Dave), each its
// own verity-node process on loopback; Alice, Bob and Charlie are the digits model's providers
// (redundancy 3, quorum 2). The dApp client (../verity.js) drives every scenario. Each scenario
// prints its jobs, their outcomes and the balance checks; every process started is stopped.
// Scenario 5 also reads the validators' Prometheus metrics.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalNet, metric } from '../network.js';
import { connect, keyFromUri, vrt, finalizedNumber, bestNumber, jobView, sleep, send, registerModel, UNIT } from '../verity.js';
import { setupDigits, submitBatch, printCosts, devNames, DEMO, describeOutput, digitsIo, demoRoyalties } from '../digits.js';

const log = (s) => console.log(`    ${s}`);
const PROVIDERS = ['//Alice', '//Bob', '//Charlie'];
const addr = (uri) => keyFromUri(uri).address;

let net;
let api;
let model;
let names;
let ferdie;
let accounts; // name -> address of everyone whose balance a job can change
let jobsRun = 0; // jobs submitted by the scenarios so far (each is assigned to Alice)

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
 * and the changes of all accounts add up to minus the fees. Returns the outcomes.
 */
async function batchWithLedger(title, count, expected, { onSubmitted, timeoutMs = 240_000, forModel = model } = {}) {
	const start = await finalizedHead();
	const s0 = await snapshot(start.hash);
	let submittedHook = Promise.resolve();
	let fired = false;
	const { submitted, outcomes } = await submitBatch(api, ferdie, forModel, count, {
		timeoutMs,
		log: (line) => {
			// Right after the batch is in a block, while its jobs run.
			if (onSubmitted && !fired && / submitted,/.test(line)) {
				fired = true;
				submittedHook = onSubmitted();
			}
		},
	});
	await submittedHook;
	jobsRun += count;
	const lastBlock = Math.max(...[...outcomes.values()].map((o) => o.block));
	const end = await finalizedPast(lastBlock - 1);
	const s1 = await snapshot(end.hash);
	const { fees, all } = await feesBetween(start.number, end.number);

	log(`${title}: ${count} job${count === 1 ? "" : "s"}, blocks ${start.number}..${end.number}`);
	for (const s of submitted) printCosts(api, names, s, outcomes.get(s.job), log);
	const want = expected(submitted, outcomes);
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
	return { submitted, outcomes };
}

/** Expected balance changes of completed jobs: winners' prices, royalty shares, protocol fee. */
function paidJobs(outcomes, winnersOf) {
	const want = {};
	const add = (name, v) => (want[name] = (want[name] ?? 0n) + v);
	for (const [job, o] of outcomes) {
		if (o.status !== 'Completed') continue;
		const winners = winnersOf(job, o);
		const compute = DEMO.price * 3n; // held for three providers at submission
		const protocol = (compute * 5n + 99n) / 100n; // 5 %, rounded up
		for (const w of winners) add(w, DEMO.price);
		add('Dave', (DEMO.royaltyPerJob * 70n) / 100n);
		add('Eve', (DEMO.royaltyPerJob * 30n) / 100n);
		add('treasury', protocol);
		add('Ferdie', -(DEMO.price * BigInt(winners.length) + DEMO.royaltyPerJob + protocol));
	}
	return want;
}

function slashesOf(outcomes, want = {}) {
	for (const o of outcomes.values()) {
		for (const s of o.slashes) {
			const name = names.get(s.provider);
			want[name] = (want[name] ?? 0n) - s.amount;
			want.treasury = (want.treasury ?? 0n) + s.amount;
		}
	}
	return want;
}

describe('local network: 4 validators, providers Alice/Bob/Charlie, redundancy 3, quorum 2', { timeout: 1_500_000 }, () => {
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
		log(`protocol parameters: redundancy ${params.redundancy}, quorum ${params.quorum}, commit and reveal periods ${params.commitPeriod} and ${params.revealPeriod} blocks`);
		assert.equal(params.redundancy.toNumber(), 3);
		assert.equal(params.quorum.toNumber(), 2);
	});

	after(async () => {
		await api?.disconnect();
		await net?.stop({ keep: process.env.VERITY_KEEP_NET === '1' });
	});

	it('1. a batch of jobs settles; every provider, beneficiary and the treasury is paid; balances add up', { timeout: 300_000 }, async () => {
		const { outcomes } = await batchWithLedger('scenario 1 (honest network)', 4, (_s, outcomes) =>
			paidJobs(outcomes, () => ['Alice', 'Bob', 'Charlie']),
		);
		const results = new Set();
		for (const o of outcomes.values()) {
			assert.equal(o.status, 'Completed');
			assert.equal(o.winners, 3, 'all three providers agreed');
			assert.deepEqual(o.slashes, []);
			results.add(describeOutput(o.result));
		}
		assert.equal(results.size, 1, 'every job of the same input has the same result');
		log(`scenario 1: 4 of 4 jobs completed, each with 3 agreeing providers; result ${[...results][0]}`);
	});

	it('2. a provider that corrupts its outputs is outvoted by the honest majority and slashed', { timeout: 300_000 }, async () => {
		await net.stopNode('charlie');
		await net.restartNode('charlie', ['--test-corrupt-outputs']);
		log('charlie restarted with --test-corrupt-outputs');
		const bond0 = await bondOf('//Charlie');
		const { outcomes } = await batchWithLedger('scenario 2 (Charlie corrupts its outputs)', 3, (_s, outcomes) =>
			slashesOf(outcomes, paidJobs(outcomes, () => ['Alice', 'Bob'])),
		);
		let bond = bond0;
		for (const o of outcomes.values()) {
			assert.equal(o.status, 'Completed', 'the honest majority settles the job');
			assert.equal(o.winners, 2);
			assert.equal(o.slashes.length, 1);
			const [s] = o.slashes;
			assert.equal(names.get(s.provider), 'Charlie');
			assert.equal(s.reason, 'WrongOutput');
			assert.equal(s.amount, bond / 10n, 'a wrong output costs 10 % of the bond');
			bond -= s.amount;
		}
		assert.equal(await bondOf('//Charlie'), bond);
		log(`scenario 2: 3 of 3 jobs completed by Alice and Bob; Charlie slashed 3 times, bond ${vrt(bond0)} → ${vrt(bond)}`);
		await net.stopNode('charlie');
		await net.restartNode('charlie');
		log('charlie restarted without the flag');
	});

	it('3. a validator killed mid-run: blocks finalize on 3 of 4, its jobs settle or refund, nothing is lost', { timeout: 400_000 }, async () => {
		let killedAt;
		const { outcomes } = await batchWithLedger(
			'scenario 3 (Charlie killed after submission)',
			4,
			(_s, outcomes) =>
				slashesOf(
					outcomes,
					paidJobs(outcomes, (job, o) => o.assignments.filter((a) => a.revealed && !o.slashes.some((s) => s.provider === a.provider)).map((a) => names.get(a.provider))),
				),
			{
				onSubmitted: async () => {
					await net.killNode('charlie');
					killedAt = await finalizedNumber(api);
					log(`charlie killed (SIGKILL) with finalized block ${killedAt}`);
				},
			},
		);
		const fin = await finalizedPast(killedAt + 5);
		log(`finality went on without Charlie: block ${killedAt} → ${fin.number}`);
		let completed = 0;
		for (const o of outcomes.values()) {
			assert.ok(['Completed', 'Failed'].includes(o.status), `job ended as ${o.status}`);
			if (o.status === 'Completed') {
				completed += 1;
				assert.ok(o.winners >= 2);
			}
		}
		for (const job of outcomes.keys()) {
			const v = await jobView(api, job);
			assert.ok(['Completed', 'Failed'].includes(v.phase), `job ${job} is stuck in ${v.phase}`);
		}
		assert.deepEqual((await api.call.jobsApi.jobsOf(addr('//Charlie'))).toJSON(), [], 'no job is left assigned to Charlie');
		log(`scenario 3: ${completed} of 4 jobs completed by Alice and Bob, ${4 - completed} failed with full refunds; none stuck`);
	});

	it('4. a validator restarted between commit and reveal still reveals', { timeout: 400_000 }, async () => {
		// Charlie is still down, so commits close only at the commit deadline: Bob's commit
		// lands, Bob stops, commits close while it is away, and it must reveal after restarting.
		const bob = addr('//Bob');
		let restartedAt;
		const { outcomes } = await batchWithLedger(
			'scenario 4 (Bob restarted between commit and reveal)',
			1,
			(_s, outcomes) => slashesOf(outcomes, paidJobs(outcomes, () => ['Alice', 'Bob'])),
			{
				onSubmitted: async () => {
					const end = Date.now() + 120_000;
					let committed = false;
					while (!committed && Date.now() < end) {
						const job = (await api.call.jobsApi.jobsOf(bob)).toJSON()[0];
						const v = job === undefined ? undefined : await jobView(api, job);
						committed = v?.assignments.some((a) => a.provider === bob && a.committed);
						if (!committed) await sleep(500);
					}
					assert.ok(committed, 'Bob committed');
					await net.stopNode('bob');
					log(`bob committed and was stopped at best block ${await bestNumber(api)}`);
					await sleep(6_000);
					await net.restartNode('bob');
					restartedAt = await bestNumber(api);
					log(`bob restarted at best block ${restartedAt}`);
				},
			},
		);
		const [[job, o]] = [...outcomes];
		assert.equal(o.status, 'Completed');
		assert.equal(o.winners, 2);
		const reveal = o.reveals.find((r) => r.provider === bob);
		assert.ok(reveal, 'Bob revealed');
		assert.ok(reveal.block > restartedAt, `Bob revealed at block ${reveal.block}, after its restart at ${restartedAt}`);
		assert.ok(o.assignments.find((a) => a.provider === bob).revealed);
		log(`scenario 4: job ${job} completed at block ${o.block}; Bob (stopped after committing, restarted at block ${restartedAt}) revealed at block ${reveal.block} from the output and salt it had persisted`);
	});

	it('5. a model no provider can fetch: each worker reports model_unavailable, gives up, the job refunds; the metrics count every job', { timeout: 300_000 }, async () => {
		// A model whose registered URI points nowhere: same inputs as digits, other bytes.
		const dir = mkdtempSync(join(tmpdir(), 'verity-missing-'));
		const file = join(dir, 'missing.onnx');
		writeFileSync(file, Buffer.from(`not a model ${Date.now()}`));
		const { model: missing } = await registerModel(api, keyFromUri(DEMO.owner), {
			file,
			uri: 'file:///nonexistent/verity/missing.onnx',
			io: digitsIo(),
			royaltyPerJob: DEMO.royaltyPerJob,
			royalties: demoRoyalties(),
		}, { finalized: true });
		await Promise.all(PROVIDERS.map((uri) => send(api, keyFromUri(uri), api.tx.providers.update(DEMO.price, [model, missing]), { finalized: true })));
		log(`model ${missing}: registered with URI file:///nonexistent/verity/missing.onnx; Alice, Bob and Charlie serve it`);

		const watched = ['alice', 'bob'];
		const before = Object.fromEntries(await Promise.all(watched.map(async (n) => [n, await net.metrics(n)])));
		const { outcomes } = await batchWithLedger('scenario 5 (a model nobody can fetch)', 1, (_s, outcomes) => slashesOf(outcomes), { forModel: missing });
		const [[job, o]] = [...outcomes];
		assert.equal(o.status, 'Failed');
		assert.equal(o.reason, 'TooFewCommits');

		for (const n of watched) {
			const after = await net.metrics(n);
			const delta = (name, labels) => metric(after, name, labels) - metric(before[n], name, labels);
			const errors = (kind) => delta('verity_offchain_errors_total', { kind });
			log(`${n}: metrics over scenario 5: jobs seen +${delta('verity_jobs_seen_total')}, model_unavailable +${errors('model_unavailable')}, gave_up +${errors('gave_up')}, inferences +${delta('verity_inferences_total')}, commits +${delta('verity_commits_submitted_total')}`);
			assert.equal(delta('verity_jobs_seen_total'), 1, `${n} saw job ${job}`);
			assert.equal(errors('model_unavailable'), 3, `${n} tried to fetch the model 3 times`);
			assert.equal(errors('gave_up'), 1, `${n} gave up on job ${job}`);
			assert.equal(delta('verity_inferences_total'), 0, 'no model, so no inference ran');
			assert.equal(delta('verity_commits_submitted_total'), 0);
		}

		// Alice ran throughout: her node's counters cover every job of every scenario.
		const alice = await net.metrics('alice');
		const seen = metric(alice, 'verity_jobs_seen_total');
		const ok = metric(alice, 'verity_inferences_total', { result: 'ok' });
		log(`alice: ${seen} jobs seen and ${ok} inferences over all ${jobsRun} jobs; ${metric(alice, 'verity_commits_submitted_total')} commits and ${metric(alice, 'verity_reveals_submitted_total')} reveals submitted; inference time ${metric(alice, 'verity_inference_duration_seconds_sum').toFixed(3)} s in ${metric(alice, 'verity_inference_duration_seconds_count')}; model cache ${metric(alice, 'verity_model_cache_bytes')} bytes, ${metric(alice, 'verity_model_cache_hits_total')} hits, ${metric(alice, 'verity_model_cache_misses_total')} misses`);
		assert.equal(seen, jobsRun, 'every job was assigned to Alice and seen once');
		assert.equal(ok, jobsRun - 1, 'one inference per digits job');
		assert.equal(metric(alice, 'verity_inference_duration_seconds_count'), ok);
		assert.equal(metric(alice, 'verity_model_cache_misses_total'), 1, 'digits was fetched once');
		assert.ok(metric(alice, 'verity_commits_submitted_total') >= ok);
	});
});
