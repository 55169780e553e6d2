// The digits demo model on a Verity chain: register it and its providers, submit jobs, and
// print what each job cost and paid. Shared by cli.js and the end-to-end tests.

import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import {
	UNIT,
	vrt,
	keyFromUri,
	registerModel,
	registerProvider,
	readNpy,
	encodeTensors,
	decodeTensors,
	submitJob,
	submitJobs,
	followJobs,
	bestNumber,
	short,
} from './verity.js';
/** @typedef {import('./verity.js').Api} Api */

export const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../offchain-worker/models');
export const DIGITS = join(MODELS_DIR, 'digits.onnx');

/** The demo's parties: the model's owner and royalty beneficiaries, and the job submitter. */
export const DEMO = {
	owner: '//Eve',
	royaltyPerJob: UNIT,
	beneficiaries: [
		{ uri: '//Dave', percent: 70 },
		{ uri: '//Eve', percent: 30 },
	],
	bond: 1_000n * UNIT,
	price: 2n * UNIT,
	submitter: '//Ferdie',
};

/**
 * Registers the digits model (owner Eve, 1 VRT royalty per job: 70 % Dave, 30 % Eve) unless
 * it is registered, and each of `providers` (secret URIs) as its provider at 2 VRT per job
 * with a 1000 VRT bond unless already one. Returns the model id.
 *
 * @param {Api} api
 * @param {{ providers?: string[], finalized?: boolean, log?: (line: string) => void }} [options]
 */
export async function setupDigits(api, { providers = ['//Alice'], finalized = true, log = () => {} } = {}) {
	const owner = keyFromUri(DEMO.owner);
	const { model, created, hash } = await registerModel(
		api,
		owner,
		{
			file: DIGITS,
			uri: `file://${DIGITS}`,
			io: digitsIo(),
			rule: 'Exact',
			royaltyPerJob: DEMO.royaltyPerJob,
			royalties: demoRoyalties(),
		},
		{ finalized },
	);
	log(`model ${model}: digits.onnx, blake2-256 ${hash}${created ? ', registered by Eve' : ' (already registered)'}; royalty ${vrt(DEMO.royaltyPerJob)} per job, 70 % Dave, 30 % Eve`);
	const added = await Promise.all(
		providers.map((uri) => registerProvider(api, keyFromUri(uri), { bond: DEMO.bond, price: DEMO.price, models: [model] }, { finalized })),
	);
	providers.forEach((uri, i) => log(`provider ${uri.slice(2)}: ${added[i] ? 'registered' : 'already registered'}, serves model ${model} at ${vrt(DEMO.price)} per job, bond ${vrt(DEMO.bond)}`));
	return model;
}

/** The digits model's declared inputs and outputs (as `verity-node infer --json` prints them in `io`). */
export function digitsIo() {
	return JSON.parse(readFileSync(join(MODELS_DIR, 'digits.io.json'), 'utf8'));
}

/** The demo royalty split (70 % Dave, 30 % Eve) as `registerModel` takes it. */
export function demoRoyalties() {
	return DEMO.beneficiaries.map(({ uri, percent }) => ({ account: keyFromUri(uri).address, percent }));
}

/**
 * The canonical input of one digit image (the sample committed with the model).
 *
 * @param {Api} api
 */
export function digitsInput(api) {
	return encodeTensors(api, [readNpy(join(MODELS_DIR, 'digits.one.input.npy'))]);
}

/**
 * The label and top probability a digits output holds; the shapes of any other output.
 *
 * @param {Api} api
 */
export function describeOutput(api, bytes) {
	const tensors = decodeTensors(api, bytes);
	const [label, probabilities] = tensors;
	if (tensors.length !== 2 || label.elem !== 'Int64' || probabilities.elem !== 'Float32') {
		const shown = (t) => (t.values && t.values.length <= 10 ? ` = [${t.values.map((v) => (typeof v === 'number' ? v.toFixed(6) : String(v))).join(', ')}]` : '');
		return tensors.map((t) => `${t.elem} [${t.shape.join(', ')}]${shown(t)}`).join(', ');
	}
	const p = probabilities.values;
	return `label ${label.values[0]} (p = ${Math.max(...p).toFixed(4)})`;
}

/**
 * Submits `count` jobs from `submitter` (nonces in sequence, all in flight at once), each with
 * `input` (the digits sample by default, or `inputs[i]`) for `model` (or `models[i]`), follows
 * them to their end and returns
 * `{ submitted: [{ job, held, txFee }], outcomes, from }`. `together`: all in one transaction
 * (`jobs.submitMany`, one model; a refused input fails the whole batch here), each job's
 * `txFee` its share of the transaction's. `onSubmitted(submitted)`, if given, runs while the
 * jobs do (its promise is awaited before returning).
 *
 * @param {Api} api
 * @param {any} submitter
 * @param {number} model
 * @param {number} count
 * @param {{ log?: (line: string) => void, timeoutMs?: number, names?: Map<string, string>, input?: Uint8Array, inputs?: Uint8Array[], models?: number[], onSubmitted?: (submitted: { job: number, held: bigint, txFee: bigint }[]) => any, tier?: import('./verity.js').Tier, together?: boolean }} [options]
 */
export async function submitBatch(api, submitter, model, count, { log = () => {}, timeoutMs, names = devNames(api), input = digitsInput(api), inputs, models, onSubmitted, tier, together = false } = {}) {
	const from = await bestNumber(api);
	const inputOf = (i) => inputs?.[i] ?? input;
	let submitted;
	if (together) {
		if (models?.some((m) => m !== model)) throw new Error('submitBatch: jobs submitted together are of one model');
		const { jobs, refused } = await submitJobs(api, submitter, model, Array.from({ length: count }, (_, i) => inputOf(i)), { finalized: false, tier });
		if (refused.length) throw new Error(`submitBatch: input ${refused[0].index} refused: ${refused[0].error}`);
		submitted = jobs.map(({ job, held, txFee }) => ({ job, held, txFee }));
		log(`jobs ${submitted.map((s) => s.job).join(', ')}: submitted together (jobs.submitMany)`);
	} else {
		const { nonce } = await api.query.system.account(/** @type {string} */ (submitter.address));
		submitted = await Promise.all(
			Array.from({ length: count }, (_, i) => submitJob(api, submitter, models?.[i] ?? model, inputOf(i), { nonce: nonce.toNumber() + i, finalized: false, tier })),
		);
	}
	for (const s of submitted) log(`job ${s.job}: submitted, ${vrt(s.held)} held in escrow, transaction fee ${vrt(s.txFee)}`);
	const name = (a) => names.get(a.toString()) ?? short(a);
	const hook = Promise.resolve(onSubmitted?.(submitted));
	const outcomes = await followJobs(api, submitted.map((s) => s.job), { from, timeoutMs, name, onEvent: (job, text) => log(`job ${job}: ${text}`) });
	await hook;
	return { submitted, outcomes, from };
}

/**
 * Prints what one job cost: fee, royalties, provider payouts, protocol fee, refund, slashes.
 *
 * @param {Api} api
 */
export function printCosts(api, names, s, o, print = console.log) {
	const who = (a) => names.get(a.toString()) ?? short(a);
	const described = o.result ? `, ${o.describe ? o.describe(o.result) : describeOutput(api, o.result)}` : '';
	print(`job ${s.job}: ${o.status}${o.reason ? ` (${o.reason}${o.failure ? `: ${o.failure}` : ''})` : ''} at block ${o.block}${described}`);
	const audited = o.tier === 'Audited';
	const role = (a) => (audited ? ` (${a.role === 'Member' ? 'primary' : a.role.toLowerCase()})` : '');
	const committee = (o.assignments ?? []).map((a) => `${who(a.provider)}${a.seats > 1 ? ` ×${a.seats}` : ''}${role(a)}`).join(', ');
	const tier = o.tier === undefined ? '' : audited ? `audited job (${o.audit}); ` : `quorum job of ${o.tier.Quorum.redundancy} seats; `;
	print(`  ${tier}held ${vrt(s.held)} at submission, submit transaction fee ${vrt(s.txFee)}${committee ? `; seats: ${committee}` : ''}`);
	if (o.status === 'Completed') {
		const pays = o.payments.map((p) => `${who(p.to)} ${vrt(p.amount)}`).join(', ');
		print(`  paid to providers ${vrt(o.paidToProviders)}, royalty ${vrt(o.royalty)}, protocol fee ${vrt(o.protocolFee)}, refunded ${vrt(o.refunded)}`);
		print(`  transfers out of escrow: ${pays}`);
	} else {
		print(`  ${o.paidToProviders ? `paid to providers ${vrt(o.paidToProviders)}${o.payments.length ? '' : " (from the model owner's deposit)"}, ` : ''}refunded ${vrt(o.refunded)}`);
	}
	for (const sl of o.slashes) print(`  slashed ${who(sl.provider)} ${vrt(sl.amount)} (${sl.reason})`);
}

/**
 * Account → name for the well-known development accounts and the treasury.
 *
 * @param {Api} api
 */
export function devNames(api) {
	const names = new Map();
	for (const n of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']) names.set(keyFromUri(`//${n}`).address, n);
	names.set(api.consts.jobs.treasuryAccount.toString(), 'treasury');
	return names;
}
