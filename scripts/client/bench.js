#!/usr/bin/env node
// The chain's side of scripts/bench, on a running single-validator dev chain whose node
// holds the inference keys of Alice, Bob and Charlie (scripts/bench starts it):
//
//   node bench.js [--url WS] [--transfers N] [--jobs N] [--low N] [--tier quorum:3|audited]
//                 [--keys-at WS,WS,WS] [--submit-batch N]
//
// --submit-batch N sends the burst's jobs N to a transaction (`jobs.submitMany`, at most the
// runtime's MaxBatch) instead of one `jobs.submit` each; the low-load jobs are always sent one
// by one.
//
// --keys-at names, for Alice, Bob and Charlie in turn, the node whose keystore gets that
// provider's inference key (default: all three at --url; scripts/bench validators spreads
// them over its validators).
//
// 1. setup: the digits model, Alice, Bob and Charlie as its providers; jobs of the `Quorum`
//    tier with 3 seats (2 must agree), as the figures before audited jobs were measured, or
//    audited jobs (`--tier audited`: a primary, and an auditor until it is trusted);
// 2. low load: --low jobs, one every other block; latency of each from submission to
//    JobCompleted, in blocks and seconds; the weight of each job's whole life;
// 3. transfers: --transfers balance transfers signed in advance and put in the pool at once;
//    how many the chain includes per block while the pool stays full: its own limit;
// 4. jobs: --jobs digits jobs signed in advance and put in the pool at once; jobs completed
//    per second while submissions keep coming, their latency, and each job's weight.
//
// Every figure comes from the chain: blocks and their timestamps, ExtrinsicSuccess weights,
// each block's mandatory weight (its hooks: a job's committee is drawn in on_initialize),
// JobSubmitted/JobAssigned/JobCompleted events.

import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { connect, keyFromUri, send, sleep, u8aToHex, estimateFee, UNIT, quorum, AUDITED } from './verity.js';
import { setupDigits, digitsInput } from './digits.js';
/** @typedef {import('./verity.js').Api} Api */

const PROVIDERS = ['//Alice', '//Bob', '//Charlie'];
const SUBMITTERS = ['//Dave', '//Eve', '//Ferdie'];

const { values: args } = parseArgs({
	options: {
		tier: { type: 'string', default: 'quorum:3' },
		url: { type: 'string', default: 'ws://127.0.0.1:9944' },
		transfers: { type: 'string', default: '20000' },
		jobs: { type: 'string', default: '2000' },
		low: { type: 'string', default: '20' },
		json: { type: 'string' },
		'keys-at': { type: 'string' },
		'submit-batch': { type: 'string', default: '1' },
	},
});

const log = (...a) => console.error('[bench]', ...a);

/** Percentile of sorted numbers. */
function pct(sorted, q) {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.round((sorted.length - 1) * q))];
}

const stats = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return { n: s.length, p50: pct(s, 0.5), p95: pct(s, 0.95), max: s[s.length - 1] };
};

/**
 * Reads finalized blocks from now on; for each block keeps its number, timestamp, calls, events,
 * and each extrinsic's weight (from ExtrinsicSuccess/Failed).
 */
class Blocks {
	constructor(api) {
		this.api = api;
		this.list = [];
		this.byNumber = new Map();
		this.base = api.consts.system.blockWeights.perClass.normal.baseExtrinsic.refTime.toBigInt();
	}

	/** The finalized block's number: with more than one validator, best blocks can be reorged. */
	async finalized() {
		return (await this.api.rpc.chain.getHeader(await this.api.rpc.chain.getFinalizedHead())).number.toNumber();
	}

	async start() {
		this.last = await this.finalized();
	}

	/** Adds every block after the last one added, up to the finalized block. */
	async sync() {
		const best = await this.finalized();
		for (let n = this.last + 1; n <= best; n++) {
			await this.add(n, await this.api.rpc.chain.getBlockHash(n));
			this.last = n;
		}
	}

	async add(number, hash) {
		if (this.byNumber.has(number)) return;
		const at = await this.api.at(hash);
		const [block, records, now, used] = await Promise.all([this.api.rpc.chain.getBlock(hash), at.query.system.events(), at.query.timestamp.now(), at.query.system.blockWeight()]);
		const xts = block.block.extrinsics;
		const weights = new Array(xts.length).fill(0n);
		const events = [];
		for (const { phase, event } of records) {
			const index = phase.isApplyExtrinsic ? phase.asApplyExtrinsic.toNumber() : -1;
			if (index >= 0 && (this.api.events.system.ExtrinsicSuccess.is(event) || this.api.events.system.ExtrinsicFailed.is(event))) {
				// The event's weight is the whole extrinsic's: call, extensions and base weight
				// (blocks of submissions add up to exactly the normal class's limit).
				weights[index] = event.data.dispatchInfo.weight.refTime.toBigInt();
			}
			events.push({ index, event });
		}
		const calls = xts.map((x) => `${x.method.section}.${x.method.method}`);
		// How many jobs each extrinsic submits (a `submitMany` its inputs).
		const items = xts.map((x) => (x.method.section === 'jobs' && x.method.method === 'submitMany' ? /** @type {import('@polkadot/types').Vec<any>} */ (x.method.args[1]).length : 1));
		// Hooks and inherents: the draw of committees is in here (on_initialize), and a session's
		// (BABE epoch's) first block is charged a whole block.
		const mandatory = used.mandatory.refTime.toBigInt();
		const rotation = records.some(({ event }) => this.api.events.session.NewSession.is(event));
		const b = { number, time: now.toNumber(), calls, items, weights, events, mandatory, rotation };
		this.list.push(b);
		this.byNumber.set(number, b);
	}

	/** Resolves once `pred()` holds, reading new blocks every second; rejects after `ms`. */
	async until(pred, ms, what) {
		const deadline = Date.now() + ms;
		for (;;) {
			await this.sync();
			if (pred()) return;
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last block read: ${this.last})`);
			await sleep(1000);
		}
	}

	/** Median weight (incl. base) of each kind of call in blocks from `from` on. */
	weightsByCall(from) {
		const by = {};
		for (const b of this.since(from)) {
			b.calls.forEach((c, i) => {
				if (c === 'timestamp.set') return;
				(by[c] ??= []).push(Number(b.weights[i]));
			});
		}
		return Object.fromEntries(Object.entries(by).map(([c, ws]) => [c, stats(ws)]));
	}

	/** The blocks from `from` on, in order. */
	since(from) {
		return this.list.filter((b) => b.number >= from).sort((a, b) => a.number - b.number);
	}
}

/**
 * Job events and per-job weights in `blocks`: each extrinsic's weight is split evenly among the
 * jobs it acted on, and a block's hook weight above an idle block's (`idle`, the median
 * mandatory weight of blocks that drew no committee) among the jobs whose committees it drew.
 * In a session's first block, whose hooks are charged a whole block, the draw is counted at
 * `drawWeight` per job (the median of the other blocks') instead.
 *
 * @param {Api} api
 */
function jobLedger(api, blocks, { idle = 0n, drawWeight = 0n } = {}) {
	const jobs = new Map();
	const job = (id) => {
		if (!jobs.has(id)) jobs.set(id, { weight: 0n, drawWeight: 0n, txs: 0 });
		return jobs.get(id);
	};
	for (const b of blocks) {
		const touched = new Map();
		const drawn = [];
		for (const { index, event } of b.events) {
			const j = api.events.jobs;
			let id;
			if (j.JobSubmitted.is(event)) {
				id = event.data.job.toNumber();
				Object.assign(job(id), { submittedIn: b.number, submittedAt: b.time });
			} else if (j.JobAssigned.is(event)) {
				if (index < 0) drawn.push(event.data.job.toNumber());
				Object.assign(job(event.data.job.toNumber()), { drawnIn: b.number });
			} else if (j.AuditDrawn.is(event)) {
				// An audited job's second draw (whether it is audited, and by whom).
				if (index < 0) drawn.push(event.data.job.toNumber());
				job(event.data.job.toNumber()).audited = event.data.audit.type === 'Audited';
			} else if (j.Committed.is(event) || j.Revealed.is(event)) {
				id = event.data.job.toNumber();
			} else if (j.JobCompleted.is(event)) {
				id = event.data.job.toNumber();
				Object.assign(job(id), { completedIn: b.number, completedAt: b.time });
			} else if (j.JobFailed.is(event)) {
				id = event.data.job.toNumber();
				Object.assign(job(id), { failed: event.data.reason.toString() });
			}
			if (id !== undefined && index >= 0) {
				if (!touched.has(index)) touched.set(index, new Set());
				touched.get(index).add(id);
			}
		}
		for (const [index, ids] of touched) {
			const share = b.weights[index] / BigInt(ids.size);
			for (const id of ids) {
				job(id).weight += share;
				job(id).txs += 1 / ids.size;
			}
		}
		if (drawn.length) {
			const extra = b.mandatory > idle ? b.mandatory - idle : 0n;
			const share = b.rotation ? drawWeight : extra / BigInt(drawn.length);
			for (const id of drawn) {
				job(id).weight += share;
				job(id).drawWeight += share;
			}
		}
	}
	return jobs;
}

/**
 * The median mandatory weight of blocks that drew no committee and started no session, and the median per-job draw weight of those that drew.
 *
 * @param {Api} api
 */
function hookWeights(api, blocks) {
	/** @param {bigint[]} xs */
	const median = (xs) => {
		const s = [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		return s.length ? s[Math.floor(s.length / 2)] : 0n;
	};
	const draws = (b) => b.events.filter(({ index, event }) => index < 0 && (api.events.jobs.JobAssigned.is(event) || api.events.jobs.AuditDrawn.is(event))).length;
	const idle = median(blocks.filter((b) => !b.rotation && draws(b) === 0).map((b) => b.mandatory));
	const perJob = median(blocks.filter((b) => !b.rotation && draws(b) > 0).map((b) => (b.mandatory > idle ? b.mandatory - idle : 0n) / BigInt(draws(b))));
	return { idle, drawWeight: perJob };
}

/**
 * Signs `count` calls from `signers` round robin (immortal, nonces in sequence) without the chain's help.
 *
 * @param {Api} api
 */
async function presign(api, signers, count, makeCall) {
	const nonces = await Promise.all(signers.map(async (s) => (await api.rpc.system.accountNextIndex(s.address)).toNumber()));
	const out = [];
	for (let i = 0; i < count; i++) {
		const k = i % signers.length;
		const tx = makeCall(i);
		await tx.signAsync(signers[k], { nonce: nonces[k]++, era: 0 });
		out.push(tx.toHex());
		if ((i + 1) % 5000 === 0) log(`signed ${i + 1}/${count}`);
	}
	return out;
}

/**
 * Puts signed transactions in the pool, `inFlight` requests at a time; returns when all were accepted.
 *
 * @param {Api} api
 */
async function flood(api, hexes, inFlight = 256) {
	let next = 0;
	let refused = 0;
	const worker = async () => {
		while (next < hexes.length) {
			const h = hexes[next++];
			try {
				await api.rpc.author.submitExtrinsic(h);
			} catch (e) {
				if (refused++ < 3) log(`pool refused a transaction: ${e.message}`);
			}
		}
	};
	await Promise.all(Array.from({ length: inFlight }, worker));
	return refused;
}

/** Blocks from the first to the last that include `section.method` calls; `full` are those that filled while more were waiting (all but the first and the last). */
function window(blocks, call) {
	const withCalls = blocks.filter((b) => b.calls.includes(call));
	if (withCalls.length === 0) return { blocks: [], full: [] };
	const first = withCalls[0].number;
	const last = withCalls[withCalls.length - 1].number;
	const all = blocks.filter((b) => b.number >= first && b.number <= last);
	return { blocks: all, full: all.slice(1, -1) };
}

const seconds = (blocks) => (blocks.length < 2 ? NaN : (blocks[blocks.length - 1].time - blocks[0].time) / 1000 / (blocks.length - 1));

async function main() {
	const api = await connect(args.url);
	const blocks = new Blocks(api);
	await blocks.start();
	const submitters = SUBMITTERS.map(keyFromUri);
	const maxBlock = api.consts.system.blockWeights.maxBlock.refTime.toBigInt();
	const normalMax = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
	const blockMs = api.consts.babe.expectedBlockTime.toNumber();

	// 1. Setup.
	const tier = args.tier === 'audited' ? AUDITED : quorum(Number(/^quorum:(\d+)$/.exec(args.tier)?.[1] ?? 3));
	log(`setup: inference keys, digits model, providers; ${args.tier} jobs`);
	const keysAt = args['keys-at'] ? args['keys-at'].split(',') : PROVIDERS.map(() => args.url);
	if (keysAt.length !== PROVIDERS.length) throw new Error(`--keys-at names ${keysAt.length} nodes for ${PROVIDERS.length} providers`);
	for (const [i, uri] of PROVIDERS.entries()) {
		const at = keysAt[i] === args.url ? api : await connect(keysAt[i]);
		await at.rpc.author.insertKey('vrty', uri, u8aToHex(keyFromUri(uri).publicKey));
		if (at !== api) await at.disconnect();
	}
	const model = await setupDigits(api, { providers: PROVIDERS, finalized: false, log });
	const input = u8aToHex(digitsInput(api));
	const fee = await estimateFee(api, model, digitsInput(api), tier);
	log(`model ${model}, fee cap ${fee.total} planck, redundancy ${fee.redundancy}`);

	// 2. Low load: one job every other block, from each submitter in turn.
	const low = Number(args.low);
	const lowFrom = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
	const lowSent = [];
	for (let i = 0; i < low; i++) {
		const s = submitters[i % submitters.length];
		lowSent.push(send(api, s, api.tx.jobs.submit(model, input, fee.total, tier)).then(({ events }) => events.find((e) => api.events.jobs.JobSubmitted.is(e)).data.job.toNumber()));
		await sleep(2 * blockMs);
	}
	const lowIds = await Promise.all(lowSent);
	let ledger = () => jobLedger(api, blocks.since(lowFrom), hookWeights(api, blocks.since(lowFrom)));
	const ended = (l, id) => l.get(id)?.completedIn || l.get(id)?.failed;
	await blocks.until(
		() => {
			const l = ledger();
			return lowIds.every((id) => ended(l, id));
		},
		120_000,
		'the low-load jobs to complete',
	);
	const lowJobs = lowIds.map((id) => ledger().get(id));
	const lowLatency = {
		blocks: stats(lowJobs.map((j) => j.completedIn - j.submittedIn)),
		seconds: stats(lowJobs.map((j) => (j.completedAt - j.submittedAt) / 1000)),
	};
	const lowWeight = stats(lowJobs.map((j) => Number(j.weight)));
	const lowDraw = stats(lowJobs.map((j) => Number(j.drawWeight)));
	const lowByCall = blocks.weightsByCall(lowFrom);
	log(`low load: weights by call ${JSON.stringify(Object.fromEntries(Object.entries(lowByCall).map(([c, s]) => [c, s.p50])))}`);
	log(`low load: ${low} jobs, latency p50 ${lowLatency.blocks.p50} blocks, weight per job p50 ${lowWeight.p50}`);

	// 3. Transfers at the chain's limit.
	const nTransfers = Number(args.transfers);
	const senders = [...SUBMITTERS, ...PROVIDERS].map(keyFromUri);
	const dests = senders.map((s) => s.address);
	log(`signing ${nTransfers} transfers`);
	const transfers = await presign(api, senders, nTransfers, (i) => api.tx.balances.transferKeepAlive(dests[(i + 1) % dests.length], UNIT));
	const tFrom = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
	const tStart = Date.now();
	const tRefused = await flood(api, transfers);
	log(`${nTransfers} transfers in the pool in ${((Date.now() - tStart) / 1000).toFixed(1)} s (${tRefused} refused)`);
	const countCalls = (bs, call) => bs.reduce((n, b) => n + b.calls.filter((c) => c === call).length, 0);
	await blocks.until(() => countCalls(blocks.since(tFrom), 'balances.transferKeepAlive') >= nTransfers - tRefused, 600_000, 'the transfers to be included');
	const tw = window(blocks.since(tFrom), 'balances.transferKeepAlive');
	const perBlockT = tw.full.map((b) => b.calls.filter((c) => c === 'balances.transferKeepAlive').length);
	const transferWeight = tw.blocks.flatMap((b) => b.weights.filter((_, i) => b.calls[i] === 'balances.transferKeepAlive'));
	const transfersPerBlock = perBlockT.reduce((a, b) => a + b, 0) / Math.max(1, perBlockT.length);
	const tBlockSecs = seconds(tw.blocks);
	const transfersPerSec = transfersPerBlock / tBlockSecs;
	const tEndToEnd = (tw.blocks[tw.blocks.length - 1].time - tw.blocks[0].time) / 1000 + tBlockSecs;
	const tFill = tw.full.map((b) => Number(b.weights.reduce((a, w) => a + w, 0n)) / Number(normalMax));
	log(`transfers: ${transfersPerBlock.toFixed(0)} per full block over ${perBlockT.length} full blocks, ${transfersPerSec.toFixed(1)}/s`);

	// 4. Jobs at the chain's limit.
	const nJobs = Number(args.jobs);
	const perTx = Number(args['submit-batch']);
	const maxBatch = api.consts.jobs.maxBatch.toNumber();
	if (!(perTx >= 1 && perTx <= maxBatch)) throw new Error(`--submit-batch must be 1 to ${maxBatch} (the runtime's MaxBatch)`);
	const submitCall = perTx > 1 ? 'jobs.submitMany' : 'jobs.submit';
	const nTxs = Math.ceil(nJobs / perTx);
	log(`signing ${nJobs} job submissions, ${perTx} a transaction (${submitCall})`);
	const subs = await presign(api, submitters, nTxs, (i) => {
		if (perTx === 1) return api.tx.jobs.submit(model, input, fee.total, tier);
		const n = Math.min(perTx, nJobs - i * perTx);
		return api.tx.jobs.submitMany(model, Array(n).fill(input), fee.total, tier);
	});
	const jFrom = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
	const jSent = Date.now();
	const jRefused = await flood(api, subs);
	log(`${nTxs} transactions in the pool in ${((Date.now() - jSent) / 1000).toFixed(1)} s (${jRefused} refused)`);
	const countEvents = (bs, is) => bs.reduce((n, b) => n + b.events.filter(({ index, event }) => index >= 0 && is(event)).length, 0);
	// Jobs a transaction submitted or refused: a whole transaction that failed refused all of its jobs.
	const refusedJobs = (bs) =>
		bs.reduce((n, b) => {
			for (const { index, event } of b.events) {
				if (index < 0) continue;
				if (api.events.system.ExtrinsicFailed.is(event) && b.calls[index] === submitCall) n += b.items[index];
				else if (api.events.jobs.SubmissionFailed?.is(event)) n += 1; // (a runtime before spec 123 has no such event)
			}
			return n;
		}, 0);
	const settledSubmissions = () => countEvents(blocks.since(jFrom), (e) => api.events.jobs.JobSubmitted.is(e)) + refusedJobs(blocks.since(jFrom));
	await blocks.until(() => settledSubmissions() >= nJobs - jRefused * perTx, 900_000, 'the submissions to be included');
	ledger = () => jobLedger(api, blocks.since(jFrom), hookWeights(api, blocks.since(lowFrom)));
	const submittedIds = (l) => [...l.entries()].filter(([, j]) => j.submittedIn >= jFrom).map(([id]) => id);
	await blocks.until(
		() => {
			const l = ledger();
			return submittedIds(l).every((id) => ended(l, id));
		},
		300_000,
		'the jobs to end',
	);
	const jl = ledger();
	const highJobs = submittedIds(jl).map((id) => jl.get(id));
	const completed = highJobs.filter((j) => j.completedIn);
	const failedSubmits = refusedJobs(blocks.since(jFrom));
	// Throughput: completions per block from the first block with a completion to the one
	// before the last (the last only finishes the tail); end to end: all jobs over the time
	// from the block with the first submission to the block with the last completion.
	const firstDone = Math.min(...completed.map((j) => j.completedIn));
	const lastDone = Math.max(...completed.map((j) => j.completedIn));
	const doneIn = new Map();
	for (const j of completed) doneIn.set(j.completedIn, (doneIn.get(j.completedIn) ?? 0) + 1);
	const doneBlocks = blocks.since(firstDone).filter((b) => b.number <= lastDone);
	const steady = doneBlocks.length > 1 ? doneBlocks.slice(0, -1) : doneBlocks;
	const jobsPerBlock = steady.reduce((n, b) => n + (doneIn.get(b.number) ?? 0), 0) / Math.max(1, steady.length);
	const jBlockSecs = seconds(doneBlocks.length >= 2 ? doneBlocks : blocks.since(jFrom));
	const jobsPerSec = jobsPerBlock / jBlockSecs;
	const firstSubmit = window(blocks.since(jFrom), submitCall).blocks[0];
	const endToEndSecs = (blocks.byNumber.get(lastDone).time - firstSubmit.time) / 1000 + jBlockSecs;
	const timeline = blocks
		.since(firstSubmit.number)
		.filter((b) => b.number <= lastDone)
		.map((b) => ({
			block: b.number,
			submits: b.events.filter(({ index, event }) => index >= 0 && api.events.jobs.JobSubmitted.is(event)).length,
			commitMany: b.calls.filter((c) => c === 'jobs.commitMany').length,
			revealMany: b.calls.filter((c) => c === 'jobs.revealMany').length,
			completed: doneIn.get(b.number) ?? 0,
			normalFill: Number(b.weights.reduce((a, w) => a + w, 0n)) / Number(normalMax),
		}));
	for (const t of timeline) log(`block ${t.block}: ${t.submits} submits, ${t.commitMany} commitMany, ${t.revealMany} revealMany, ${t.completed} completed, normal class ${(100 * t.normalFill).toFixed(1)} % full`);
	const highLatency = {
		blocks: stats(completed.map((j) => j.completedIn - j.submittedIn)),
		seconds: stats(completed.map((j) => (j.completedAt - j.submittedAt) / 1000)),
	};
	const highWeight = stats(completed.map((j) => Number(j.weight)));
	const highDraw = stats(completed.map((j) => Number(j.drawWeight)));
	const jFill = timeline.map((t) => t.normalFill);
	log(`jobs: ${completed.length} completed, ${jobsPerBlock.toFixed(1)} per block over ${steady.length} blocks, ${jobsPerSec.toFixed(2)}/s`);

	const result = {
		blockMs,
		maxBlockRefTime: Number(maxBlock),
		normalMaxRefTime: Number(normalMax),
		baseExtrinsic: Number(blocks.base),
		transfers: {
			sent: nTransfers,
			refused: tRefused,
			fullBlocks: perBlockT.length,
			perBlock: transfersPerBlock,
			perBlockMin: Math.min(...perBlockT),
			perBlockMax: Math.max(...perBlockT),
			blockSeconds: tBlockSecs,
			perSecond: transfersPerSec,
			endToEndSeconds: tEndToEnd,
			endToEndPerSecond: (nTransfers - tRefused) / tEndToEnd,
			weight: stats(transferWeight.map(Number)),
			normalFill: stats(tFill),
		},
		jobs: {
			sent: nJobs,
			refused: jRefused,
			failedSubmits,
			perTransaction: perTx,
			submitCall,
			completed: completed.length,
			failed: highJobs.filter((j) => j.failed).length,
			// Why: a job's FailReason (all refunded in full).
			failedBy: highJobs.reduce((by, j) => (j.failed ? { ...by, [j.failed]: (by[j.failed] ?? 0) + 1 } : by), /** @type {Record<string, number>} */ ({})),
			steadyBlocks: steady.length,
			perBlock: jobsPerBlock,
			blockSeconds: jBlockSecs,
			perSecond: jobsPerSec,
			endToEndSeconds: endToEndSecs,
			endToEndPerSecond: completed.length / endToEndSecs,
			timeline,
			latency: highLatency,
			weight: highWeight,
			// Audited jobs weigh more (the auditor's seat, its commit and reveal): the share the
			// lottery audits differs from run to run, so each kind on its own, and the mean.
			weightMean: completed.reduce((a, j) => a + Number(j.weight), 0) / Math.max(1, completed.length),
			weightAudited: stats(completed.filter((j) => j.audited).map((j) => Number(j.weight))),
			weightUnaudited: stats(completed.filter((j) => !j.audited).map((j) => Number(j.weight))),
			drawWeight: highDraw,
			txsPerJob: stats(completed.map((j) => j.txs)),
			normalFill: stats(jFill),
			byCall: blocks.weightsByCall(jFrom),
		},
		low: { jobs: low, latency: lowLatency, weight: lowWeight, drawWeight: lowDraw, txsPerJob: stats(lowJobs.map((j) => j.txs)), byCall: lowByCall },
		hooks: Object.fromEntries(Object.entries(hookWeights(api, blocks.since(lowFrom))).map(([k, v]) => [k, Number(v)])),
		tier: args.tier,
		audited: completed.filter((j) => j.audited).length,
		ratio: jobsPerSec / transfersPerSec,
		ratioEndToEnd: completed.length / endToEndSecs / ((nTransfers - tRefused) / tEndToEnd),
	};
	await api.disconnect();
	const text = JSON.stringify(result, null, 1);
	if (args.json) writeFileSync(args.json, text);
	console.log(text);
}

main().catch((e) => {
	console.error(`bench: ${e.stack ?? e.message}`);
	process.exit(1);
});
