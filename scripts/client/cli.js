#!/usr/bin/env node
// verity-client: a dApp client for Verity on @polkadot/api.
//
//   node cli.js setup [--url WS] [--providers //Alice,//Bob,//Charlie]
//       register the digits model (Eve; royalties 70 % Dave, 30 % Eve) and the providers
//   node cli.js demo  [--url WS] [--jobs N] [--providers …] [--submitter //Ferdie] [--tier audited|quorum:N]
//                     [--together]
//       setup, then submit N jobs (audited by default, or voted on by N seats; with
//       --together all in one transaction, jobs.submitMany), follow each to its result and
//       print what it cost
//   node cli.js job ID [--url WS]
//       show a job through the JobsApi runtime API: its tier, whether it was audited, who
//       was drawn for what
//   node cli.js trust ACCOUNT|//Suri --models 0 [--url WS]
//       a provider's record on a model and its chance of an audit now
//   node cli.js register-model --file MODEL.onnx --io IO.json [--uri URI] [--rule exact|tolerance:ABS_PPB,REL_PPB]
//                              [--royalty VRT] [--suri //Eve]
//                              [--tokenizer tokenizer.json [--tokenizer-uri URI] [--max-tokens 256]
//                               [--context 512] [--logit-margin-ppm 1000]]
//                              [--preprocess letterbox|stretch [--mean R,G,B] [--std R,G,B]]
//       register an ONNX model by its blake2-256 hash (the owner takes the whole royalty;
//       --uri defaults to file://MODEL, which nodes read only inside their --model-dir);
//       with --tokenizer, as a causal language model (models.registerWithKind, Generator): its
//       tokenizer by hash, the most new tokens a job may ask for, its context, and the logit
//       margin its auditors' teacher-forced check allows; with --preprocess, as an image
//       model: how clients make its [1, 3, H, W] input from a picture (resized, then
//       (value / 255 − mean) / std per channel)
//   node cli.js submit --model ID --npy INPUT.npy[,MORE.npy] [--tier audited|quorum:N] [--submitter //Ferdie]
//   node cli.js submit --model ID --image PHOTO.jpg|.png [--resize letterbox|stretch]
//                      [--mean R,G,B --std R,G,B] [--out RESULT.bin] [--private]
//       submit one job with those tensors (or the image, resized to the model's declared
//       [1, 3, H, W] input and scaled to [0, 1], then (x − mean) / std, as the model's registry
//       entry declares for an image model, else as the options say) as its input and follow
//       it to its result; an input longer than a job carries (64 KiB) is stored with the
//       nodes first (blobs.store) and the job names it by hash (jobs.submitStored); a result
//       longer than the chain holds (16 KiB) is fetched from the nodes and checked against its
//       hash; a YOLO-style output is printed as detections in the image's pixels. With
//       --private, a private job (docs/privacy.md): the input is sealed under a fresh key and
//       stored, the providers drawn get the key from this command after each draw, and the
//       sealed result is opened with it
//   node cli.js generate --model ID --prompt TEXT [--max-new-tokens 32] [--tokenizer FILE]
//                        [--eos-token-id N] [--tier audited|quorum:N] [--submitter //Ferdie]
//       a generation job for a causal language model (registered with register-model
//       --tokenizer): the prompt encoded with the model's registered tokenizer (read from its
//       URI and checked against its hash; --tokenizer FILE overrides it), the generated
//       tokens decoded with it
//   node cli.js receipt ID --out FILE
//       a completed job's receipt (job, model hash, input hash, output, committee, the
//       finalized block's header and a storage proof), to check offline with
//       verity-node verify-receipt FILE --block HASH
//   node cli.js data HASH --out FILE
//       fetch data stored with the nodes by its hash (bitswap_v1_get), checked against it
//   node cli.js challenge ID [--suri //Bob] [--follow]
//       challenge a completed job's result within its window (the submitter or a bonded
//       provider; the job's challenge bond is held); --follow waits for the verdict
//
// Governance (see docs/governance.md):
//   node cli.js tracks                                   the referendum tracks and periods
//   node cli.js propose-params [--auditors N] [--audit-floor PERCENT] [--trusted-after N]
//                              [--escalation N] [--challenge-period BLOCKS]
//                              [--challenge-bond PERCENT] [--suri //Alice]
//       note the preimage of jobs.set_params with those values, open a referendum on the
//       protocol_params track and place its decision deposit
//   node cli.js vote ID --aye|--nay --balance VRT [--conviction Locked1x] [--suri //Dave]
//   node cli.js referendum ID [--follow]                 its state; --follow waits for its end
//
// Operating a validator (see docs/operator.md):
//   node cli.js session-keys --suri //Bob --url ws://BOB-NODE
//       the node at --url generates new session keys into its keystore; --suri registers
//       them on chain (session.setKeys)
//   node cli.js validators                               the validator set and the session
//   node cli.js add-validator ACCOUNT|//Suri [--suri //Alice]
//   node cli.js remove-validator ACCOUNT|//Suri [--suri //Alice]
//       as Root: by sudo where --suri holds the sudo key (dev), else a root-track referendum
//   node cli.js register-provider --models 0[,1…] [--bond VRT] [--price VRT] [--suri //Bob]
//       bond and serve models as a compute provider (default bond 1000 VRT, price 2 VRT); a
//       provider already registered serves these models instead (its bond stays)
//   node cli.js upgrade-runtime --wasm FILE [--suri //Alice]
//       authorize the runtime FILE as Root (sudo, else a root-track referendum) and, with
//       sudo, apply it; after a referendum's enactment: node cli.js apply-upgrade --wasm FILE
//   node cli.js snapshot --out FILE
//       the chain's whole state at its finalized head as JSON, for the try-runtime check of
//       a runtime upgrade against it (docs/operator.md, "Runtime upgrades")
//
// Signs with development keys (secret URIs such as //Alice): for dev and local chains.

import { parseArgs } from 'node:util';
import { connect, keyFromUri, jobView, vrt, totalBalance, estimateFee, UNIT, finalizedNumber, bestNumber, send, AUDITED, quorum, trustOf, challengeJob, followChallenge, registerModel, submitJob, followJobs, readNpy, encodeTensors, fetchData, imageTensor, yoloDetections, decodeTensors, jobResult, loadTokenizer, generationInput, generatedIds, generatorSpec, generationBeyondLimits, registeredTokenizer, registeredImage, jobReceipt, stateSnapshot, submitPrivateJob, giveKeys, openPrivateOutput } from './verity.js';
import { setupDigits, submitBatch, printCosts, devNames, digitsInput, DEMO, describeOutput } from './digits.js';
import { ORIGIN, tracks, propose, vote, referendum, followReferendum } from './governance.js';
import { rotateAndSetKeys, validatorSet, asRoot, authorizeUpgrade, applyUpgrade } from './operator.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
/** @typedef {import('./verity.js').Api} Api */

const usage = `usage: node cli.js setup|demo|register-model|submit|data|job|trust|challenge|tracks|propose-params|vote|referendum|session-keys|validators|add-validator|remove-validator|register-provider|upgrade-runtime|apply-upgrade|snapshot [ID|ACCOUNT] [--url ws://127.0.0.1:9944] [options] (see the top of cli.js)`;
const COMMANDS = ['setup', 'demo', 'register-model', 'submit', 'generate', 'data', 'receipt', 'job', 'trust', 'challenge', 'tracks', 'propose-params', 'vote', 'referendum', 'session-keys', 'validators', 'add-validator', 'remove-validator', 'register-provider', 'upgrade-runtime', 'apply-upgrade', 'snapshot'];

/** An account given as an address or a development secret URI (//Bob). */
const accountOf = (arg) => {
	if (!arg) throw new Error('an account (SS58 address or //Suri) is needed');
	return arg.startsWith('//') ? keyFromUri(arg).address : arg;
};

/** A tier from `--tier`: `audited` or `quorum:N`. */
const parseTier = (value) => {
	if (value === 'audited') return AUDITED;
	const m = /^quorum:(\d+)$/.exec(value);
	if (!m) throw new Error('--tier takes audited or quorum:N (N seats, a majority decides)');
	return quorum(Number(m[1]));
};

/** A comparison rule from `--rule`: `exact` or `tolerance:ABS_PPB,REL_PPB`. */
const parseRule = (value) => {
	if (value === 'exact') return 'Exact';
	const m = /^tolerance:(\d+),(\d+)$/.exec(value);
	if (!m) throw new Error('--rule takes exact or tolerance:ABS_PPB,REL_PPB (bounds in parts per billion)');
	return { Tolerance: { absPpb: Number(m[1]), relPpb: Number(m[2]) } };
};

/** A tier for people. */
const tierName = (tier) => (tier === AUDITED ? 'audited' : `quorum of ${tier.Quorum.redundancy}`);

/** Whole VRT from an option. */
const wholeVrt = (value, name) => {
	if (!/^\d+$/.test(value)) throw new Error(`--${name} takes whole VRT`);
	return BigInt(value) * UNIT;
};

/**
 * Prints a result: its tensors, and for a YOLO-style output ([1, 4 + classes, anchors]) its
 * detections, in the image's pixels when `image` (from `imageTensor`) is given; writes the
 * bytes to `out` if given.
 *
 * @param {Api} api
 */
function showResult(api, bytes, image, out, log) {
	log(`  result: ${describeOutput(api, bytes)}`);
	const [t] = decodeTensors(api, bytes);
	if (t.elem === 'Float32' && t.shape.length === 3 && t.shape[1] > 4 && t.shape[1] < 100 && t.shape[2] > t.shape[1]) {
		const at = (b) => (image ? b.map((c, k) => (c - (k % 2 ? image.padY : image.padX)) / image.scale) : b).map((c) => c.toFixed(0));
		for (const d of yoloDetections(t)) log(`  detection: class ${d.cls}, score ${d.score.toFixed(3)}, box [${at(d.box).join(', ')}]`);
	}
	if (out) {
		writeFileSync(out, bytes);
		log(`  ${bytes.length} bytes written to ${out}`);
	}
}

async function main() {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			url: { type: 'string', default: 'ws://127.0.0.1:9944' },
			jobs: { type: 'string', default: '3' },
			together: { type: 'boolean' },
			providers: { type: 'string', default: '//Alice' },
			submitter: { type: 'string', default: DEMO.submitter },
			suri: { type: 'string', default: '//Alice' },
			tier: { type: 'string', default: 'audited' },
			auditors: { type: 'string' },
			'audit-floor': { type: 'string' },
			'trusted-after': { type: 'string' },
			escalation: { type: 'string' },
			'challenge-period': { type: 'string' },
			'challenge-bond': { type: 'string' },
			aye: { type: 'boolean' },
			nay: { type: 'boolean' },
			balance: { type: 'string' },
			bond: { type: 'string', default: '1000' },
			price: { type: 'string', default: '2' },
			models: { type: 'string' },
			wasm: { type: 'string' },
			conviction: { type: 'string', default: 'Locked1x' },
			follow: { type: 'boolean' },
			file: { type: 'string' },
			io: { type: 'string' },
			uri: { type: 'string' },
			rule: { type: 'string', default: 'exact' },
			royalty: { type: 'string', default: '0' },
			model: { type: 'string' },
			npy: { type: 'string' },
			image: { type: 'string' },
			tokenizer: { type: 'string' },
			'tokenizer-uri': { type: 'string' },
			'max-tokens': { type: 'string', default: '256' },
			context: { type: 'string', default: '512' },
			'logit-margin-ppm': { type: 'string', default: '1000' },
			prompt: { type: 'string' },
			'max-new-tokens': { type: 'string', default: '32' },
			'eos-token-id': { type: 'string' },
			resize: { type: 'string' },
			mean: { type: 'string' },
			std: { type: 'string' },
			preprocess: { type: 'string' },
			private: { type: 'boolean' },
			out: { type: 'string' },
			help: { type: 'boolean', short: 'h' },
		},
	});
	const [command, arg] = positionals;
	if (values.help || !command) {
		console.log(usage);
		return 0;
	}
	if (!COMMANDS.includes(command)) throw new Error(`unknown command ${command}\n${usage}`);
	const jobs = Number(values.jobs);
	if (!Number.isInteger(jobs) || jobs < 1 || jobs > 100) throw new Error('--jobs takes a number from 1 to 100');
	const providers = values.providers.split(',').filter(Boolean);

	const api = await connect(values.url);
	try {
		const chain = await api.rpc.system.chain();
		const log = (s) => console.log(`[client] ${s}`);
		log(`connected to ${chain} at ${values.url} (runtime ${api.runtimeVersion.specName} v${api.runtimeVersion.specVersion})`);
		if (command === 'tracks') {
			for (const t of tracks(api)) log(`track ${t.id} ${t.name}: up to ${t.maxDeciding} deciding, decision deposit ${vrt(t.decisionDeposit)}, prepare ${t.preparePeriod} / decide ${t.decisionPeriod} / confirm ${t.confirmPeriod} / enact after ≥ ${t.minEnactmentPeriod} blocks`);
			return 0;
		}
		if (command === 'propose-params') {
			const current = /** @type {any} */ ((await api.query.jobs.params()).unwrap().toJSON());
			const next = { ...current };
			if (values.auditors !== undefined) next.auditors = Number(values.auditors);
			if (values['audit-floor'] !== undefined) next.auditFloor = Math.round(Number(values['audit-floor']) * 1e7);
			if (values['trusted-after'] !== undefined) next.trustedAfter = Number(values['trusted-after']);
			if (values.escalation !== undefined) next.escalation = Number(values.escalation);
			if (values['challenge-period'] !== undefined) next.challengePeriod = Number(values['challenge-period']);
			if (values['challenge-bond'] !== undefined) next.challengeBond = Math.round(Number(values['challenge-bond']) * 1e7);
			const who = keyFromUri(values.suri);
			const { index, preimageHash } = await propose(api, who, api.tx.jobs.setParams(next), { origin: ORIGIN.protocolParams });
			log(`referendum ${index} on track protocol_params: jobs.set_params(auditors ${next.auditors}, audit floor ${next.auditFloor / 1e7} %, trusted after ${next.trustedAfter}, escalation ${next.escalation}, challenge period ${next.challengePeriod} blocks, challenge bond ${next.challengeBond / 1e7} % of the minimum bond); preimage ${preimageHash}; decision deposit placed by ${values.suri}`);
			return 0;
		}
		if (command === 'vote') {
			if (values.aye === values.nay) throw new Error('vote takes one of --aye and --nay');
			if (!values.balance || !/^\d+$/.test(values.balance)) throw new Error('vote takes --balance, whole VRT');
			await vote(api, keyFromUri(values.suri), Number(arg), { aye: !!values.aye, balance: BigInt(values.balance) * UNIT, conviction: values.conviction });
			log(`${values.suri} voted ${values.aye ? 'aye' : 'nay'} on referendum ${arg} with ${values.balance} VRT at ${values.conviction}`);
			return 0;
		}
		if (command === 'referendum') {
			const index = Number(arg);
			const r = await referendum(api, index);
			log(`referendum ${index}: ${r.status}${r.status === 'Ongoing' ? ` on track ${r.track}, ${r.deciding ? (r.confirming ? 'confirming' : 'deciding') : 'preparing'}; ayes ${vrt(r.ayes)}, nays ${vrt(r.nays)}, support ${vrt(r.support)}` : ''}`);
			if (values.follow && r.status === 'Ongoing') {
				const o = await followReferendum(api, index, { from: await finalizedNumber(api), onEvent: log });
				log(`referendum ${index}: ${o.status} at block ${o.endedAt}${o.enactedAt ? `, enacted at block ${o.enactedAt} (${o.result})` : ''}`);
			}
			return 0;
		}
		if (command === 'session-keys') {
			const who = keyFromUri(values.suri);
			const { keys } = await rotateAndSetKeys(api, who);
			log(`${values.suri} (${who.address}): new session keys ${keys} generated in the node at ${values.url} and registered with session.setKeys (finalized)`);
			return 0;
		}
		if (command === 'validators') {
			const v = await validatorSet(api);
			const names = devNames(api);
			const show = (list) => list.map((a) => names.get(a) ?? a).join(', ');
			log(`session ${v.session} (sessions are BABE epochs of ${v.epochLength} slots); ${v.babeAuthorities} BABE authorities`);
			log(`validating now: ${show(v.active)}`);
			log(`validator set (active from the session after next): ${show(v.next)}`);
			return 0;
		}
		if (command === 'add-validator' || command === 'remove-validator') {
			const account = accountOf(arg);
			const call = command === 'add-validator' ? api.tx.validators.addValidator(account) : api.tx.validators.removeValidator(account);
			const r = await asRoot(api, keyFromUri(values.suri), call);
			const what = `validators.${command === 'add-validator' ? 'addValidator' : 'removeValidator'}(${account})`;
			log(r.via === 'sudo' ? `${what} dispatched by sudo (finalized)` : `referendum ${r.index} on the root track: ${what}; vote with: node cli.js vote ${r.index} --aye --balance N`);
			return 0;
		}
		if (command === 'register-model') {
			if (!values.file || !values.io) throw new Error('register-model takes --file MODEL.onnx --io IO.json');
			const who = keyFromUri(values.suri);
			const io = JSON.parse(readFileSync(values.io, 'utf8'));
			const uri = values.uri ?? `file://${resolve(values.file)}`;
			const royaltyPerJob = wholeVrt(values.royalty, 'royalty');
			const generator = values.tokenizer === undefined ? undefined : {
				tokenizer: { file: values.tokenizer, uri: values['tokenizer-uri'] },
				maxNewTokens: Number(values['max-tokens']),
				maxContext: Number(values.context),
				logitMarginPpm: Number(values['logit-margin-ppm']),
			};
			const numbers = (v, n) => {
				const t = (v ?? (n === 'std' ? '1,1,1' : '0,0,0')).split(',').map(Number);
				if (t.length !== 3 || t.some((x) => !Number.isFinite(x))) throw new Error(`--${n} takes three numbers R,G,B`);
				return t;
			};
			const image = values.preprocess === undefined ? undefined : { resize: values.preprocess, mean: numbers(values.mean, 'mean'), std: numbers(values.std, 'std') };
			const r = await registerModel(api, who, { file: values.file, uri, io, rule: parseRule(values.rule), royaltyPerJob, royalties: [{ account: who.address, percent: 100 }], generator, image }, { finalized: true });
			const what = generator
				? `a generator (tokenizer ${generatorSpec(generator).tokenizer.hash}; at most ${generator.maxNewTokens} new tokens, context ${generator.maxContext}, logit margin ${generator.logitMarginPpm} ppm)`
				: image ? `an image model (${image.resize}, mean ${image.mean.join(',')}, std ${image.std.join(',')})` : 'a function';
			log(r.created ? `model ${r.model}: registered by ${values.suri} as ${what}, blake2-256 ${r.hash}, ${uri}; royalty ${vrt(royaltyPerJob)} per job (finalized)` : `model ${r.model}: already registered (blake2-256 ${r.hash})`);
			return 0;
		}
		if (command === 'snapshot') {
			if (!values.out) throw new Error('snapshot takes --out FILE');
			const s = await stateSnapshot(api);
			writeFileSync(values.out, JSON.stringify(s));
			log(`state of ${s.chain} at finalized block #${s.block} ${s.hash} (runtime ${s.specVersion}): ${s.top.length} keys, ${(s.bytes / 1e6).toFixed(2)} MB, written to ${values.out}`);
			return 0;
		}
		if (command === 'receipt') {
			if (arg === undefined || !values.out) throw new Error('receipt takes a job id and --out FILE');
			const receipt = await jobReceipt(api, Number(arg));
			writeFileSync(values.out, JSON.stringify(receipt, null, 1));
			log(`job ${arg}: receipt at finalized block #${receipt.block.number} ${receipt.block.hash} (${receipt.proof.length} proof nodes) written to ${values.out}; check it with: verity-node verify-receipt ${values.out} --block ${receipt.block.hash}`);
			return 0;
		}
		if (command === 'generate') {
			if (values.model === undefined || values.prompt === undefined) throw new Error('generate takes --model ID --prompt TEXT');
			const model = Number(values.model);
			const tier = parseTier(values.tier);
			const who = keyFromUri(values.submitter);
			const maxNew = Number(values['max-new-tokens']);
			if (!Number.isInteger(maxNew) || maxNew < 1 || maxNew > 4096) throw new Error('--max-new-tokens takes 1 to 4096');
			const eos = values['eos-token-id'] === undefined ? undefined : Number(values['eos-token-id']);
			// The model's own tokenizer, from its registry entry and checked against its hash;
			// --tokenizer FILE overrides it.
			const registered = await registeredTokenizer(api, model);
			const tokenizer = values.tokenizer ? await loadTokenizer(readFileSync(values.tokenizer, 'utf8')) : registered.tokenizer;
			if (!values.tokenizer) log(`tokenizer: ${registered.uri}, its registered blake2-256 checked`);
			const ids = tokenizer.encode(values.prompt).ids;
			if (ids.length === 0) throw new Error('the prompt encodes to no tokens');
			const beyond = generationBeyondLimits(model, registered.limits, ids.length, maxNew);
			if (beyond) throw new Error(beyond);
			const input = generationInput(api, ids, maxNew, eos);
			const est = await estimateFee(api, model, input, tier);
			log(`prompt: ${ids.length} tokens [${ids.join(', ')}]; up to ${maxNew} new tokens; fee estimate for ${tier === AUDITED ? 'an audited' : `a ${tierName(tier)}`} job: at most ${vrt(est.total)}`);
			const from = await bestNumber(api);
			const s = await submitJob(api, who, model, input, { tier, maxFee: est.total });
			log(`job ${s.job}: submitted, ${vrt(s.held)} held`);
			const names = devNames(api);
			const name = (a) => names.get(a.toString()) ?? a.toString();
			const outcomes = await followJobs(api, [s.job], { from, name, onEvent: (job, text) => log(`job ${job}: ${text}`) });
			const o = outcomes.get(s.job);
			printCosts(api, names, s, o, log);
			if (o.result) {
				const tokens = generatedIds(api, o.result);
				log(`generated ${tokens.length} tokens [${tokens.join(', ')}]`);
				log(`text: ${JSON.stringify(values.prompt)} + ${JSON.stringify(tokenizer.decode(tokens))}`);
			}
			return o.status === 'Completed' ? 0 : 1;
		}
		if (command === 'submit') {
			if (values.model === undefined || !(values.npy || values.image)) throw new Error('submit takes --model ID and --npy INPUT.npy[,MORE.npy] or --image PHOTO.jpg|.png');
			const model = Number(values.model);
			const tier = parseTier(values.tier);
			const who = keyFromUri(values.submitter);
			let image;
			let input;
			if (values.image) {
				const m = await api.query.models.models(model);
				if (m.isNone) throw new Error(`model ${model} does not exist`);
				const dims = m.unwrap().io.inputs[0]?.shape.map((d) => (d.isFixed ? d.asFixed.toNumber() : undefined)) ?? [];
				if (m.unwrap().io.inputs.length !== 1 || dims.length !== 4 || dims[1] !== 3 || dims.slice(2).includes(undefined)) {
					throw new Error(`model ${model} does not take one [N, 3, H, W] image with H and W fixed: give --npy instead`);
				}
				const triple = (v, n) => {
					const t = v.split(',').map(Number);
					if (t.length !== 3 || t.some((x) => !Number.isFinite(x)) || (n === 'std' && t.some((x) => x === 0))) throw new Error(`--${n} takes three numbers R,G,B${n === 'std' ? ', none 0' : ''}`);
					return t;
				};
				// As the model's registry entry declares (an image model), unless given here.
				const declared = (await registeredImage(api, model)) ?? { resize: undefined, mean: undefined, std: undefined };
				const resize = values.resize ?? declared.resize ?? 'letterbox';
				if (!['letterbox', 'stretch'].includes(resize)) throw new Error('--resize takes letterbox or stretch');
				const mean = values.mean !== undefined ? triple(values.mean, 'mean') : declared.mean ?? [0, 0, 0];
				const std = values.std !== undefined ? triple(values.std, 'std') : declared.std ?? [1, 1, 1];
				image = imageTensor(readFileSync(values.image), { height: dims[2], width: dims[3], resize, mean, std });
				input = encodeTensors(api, [image.tensor]);
				log(`image ${values.image} → Float32 [${image.tensor.shape}] (${resize}, scale ${image.scale.toFixed(4)}, mean ${mean.join(',')}, std ${std.join(',')}${declared.resize ? ', as the model declares' : ''})`);
			} else {
				input = encodeTensors(api, values.npy.split(',').map(readNpy));
			}
			const est = await estimateFee(api, model, input, tier);
			log(`input: ${input.length} bytes; fee estimate for ${tier === AUDITED ? "an audited" : `a ${tierName(tier)}`} job: at most ${vrt(est.total)}`);
			const from = await bestNumber(api);
			const s = values.private
				? await submitPrivateJob(api, who, model, input, { tier })
				: await submitJob(api, who, model, input, { tier, maxFee: est.total });
			if (s.stored) log(`${values.private ? 'sealed input' : 'input'} ${s.stored.stored ? 'stored' : 'already stored'} with the nodes as ${s.stored.hash} (${s.stored.len} bytes${s.stored.stored ? `, storage fee ${vrt(s.stored.fee)}, transaction fee ${vrt(s.stored.txFee)}` : ''}), kept until block ${s.stored.expiresAt}`);
			log(`job ${s.job}: submitted${values.private ? ' private (jobs.submitPrivate; keep this terminal open: it gives the providers their keys after each draw)' : s.stored ? ' by hash (jobs.submitStored)' : ''}, ${vrt(s.held)} held`);
			// A private job's providers get the key on the best block after each draw: giving it
			// is due in the first half of the commit period.
			let keys = Promise.resolve();
			const unsubscribe = values.private
				? await api.rpc.chain.subscribeNewHeads(() => {
					keys = keys
						.then(() => giveKeys(api, who, s.job, s.key))
						.then((n) => n && log(`job ${s.job}: its key given to ${n} provider(s) (jobs.provideKeys)`))
						.catch((e) => log(`job ${s.job}: giving its keys failed: ${e.message}`));
				})
				: () => {};
			const names = devNames(api);
			const name = (a) => names.get(a.toString()) ?? a.toString();
			const outcomes = await followJobs(api, [s.job], { from, name, onEvent: (job, text) => log(`job ${job}: ${text}`) });
			unsubscribe();
			await keys;
			const sealed = outcomes.get(s.job);
			// A private job's result is sealed: opened with the job's key before it is shown.
			const o = values.private && sealed.result ? { ...sealed, result: openPrivateOutput(s.key, sealed.result) } : sealed;
			if (o !== sealed) log(`result: ${sealed.result.length} sealed bytes on chain, opened with the job's key: ${o.result.length} bytes`);
			printCosts(api, names, s, o, log);
			if (o.storedResult) log(`result: ${o.storedResult.len} bytes stored with the nodes as ${o.storedResult.hash}${o.result ? ' (fetched, hash checked)' : ' (could not be fetched)'}`);
			if (o.result) showResult(api, o.result, image, values.out, log);
			return o.status === 'Completed' ? 0 : 1;
		}
		if (command === 'data') {
			if (!arg || !values.out) throw new Error('data takes HASH --out FILE');
			const data = await fetchData(api, arg);
			writeFileSync(values.out, data);
			log(`${data.length} bytes under ${arg} written to ${values.out} (hash checked)`);
			return 0;
		}
		if (command === 'register-provider') {
			if (!values.models) throw new Error('register-provider takes --models 0[,1…]');
			const models = values.models.split(',').map(Number);
			const who = keyFromUri(values.suri);
			const known = await api.call.providersApi.provider(who.address);
			if (known.isSome) {
				// Already a provider: serve these models (its bond stays; --price sets its price).
				await send(api, who, api.tx.providers.update(wholeVrt(values.price, 'price'), models), { finalized: true });
				log(`${values.suri} (${who.address}) now serves model${models.length > 1 ? 's' : ''} ${models.join(', ')} at ${values.price} VRT per job; its bond stays ${vrt(known.unwrap().bond.toBigInt())} (finalized)`);
				return 0;
			}
			await send(api, who, api.tx.providers.register(wholeVrt(values.bond, 'bond'), wholeVrt(values.price, 'price'), models), { finalized: true });
			log(`${values.suri} (${who.address}) is a provider of model${models.length > 1 ? 's' : ''} ${models.join(', ')}: bond ${values.bond} VRT held, ${values.price} VRT per job (finalized)`);
			return 0;
		}
		if (command === 'upgrade-runtime' || command === 'apply-upgrade') {
			if (!values.wasm) throw new Error(`${command} takes --wasm FILE (the runtime's .compact.compressed.wasm)`);
			const code = readFileSync(values.wasm);
			const who = keyFromUri(values.suri);
			const before = api.runtimeVersion.specVersion.toNumber();
			if (command === 'upgrade-runtime') {
				const r = await authorizeUpgrade(api, who, code);
				if (r.via === 'referendum') {
					log(`referendum ${r.index} on the root track: system.authorizeUpgrade(${r.hash}); once it is enacted: node cli.js apply-upgrade --wasm ${values.wasm}`);
					return 0;
				}
				log(`upgrade to ${values.wasm} (${code.length} bytes, blake2-256 ${r.hash}) authorized by sudo`);
			}
			const block = await applyUpgrade(api, who, code);
			const version = await api.rpc.state.getRuntimeVersion();
			log(`runtime upgraded in block ${block.toHex()}: ${version.specName} v${before} → v${version.specVersion.toNumber()}`);
			return 0;
		}
		if (command === 'job') {
			const id = Number(arg);
			const v = await jobView(api, id);
			if (!v) throw new Error(`job ${arg} does not exist (or was pruned)`);
			log(`job ${id}: model ${v.model}, ${v.phase}, submitted by ${v.submitter}; tier ${tierName(v.tier)}, audit ${v.audit}`);
			const role = (a) => (v.tier === AUDITED && a.role === 'Member' ? 'primary' : a.role === 'Member' ? 'seat' : a.role === 'Challenger' ? 'challenge committee' : a.role.toLowerCase());
			for (const a of v.assignments) log(`  ${role(a)} ${a.provider}: ${a.seats} seat${a.seats === 1 ? '' : 's'} at ${vrt(a.price)}, committed ${a.committed}, revealed ${a.revealed}`);
			if (v.storedResult) log(`  result: ${v.storedResult.len} bytes stored with the nodes as ${v.storedResult.hash}`);
			const result = await jobResult(api, v);
			if (result) showResult(api, result, undefined, values.out, log);
			if (v.challenge) {
				const c = v.challenge;
				log(`  challenged by ${c.challenger} with a bond of ${vrt(c.bond)}: ${c.verdict ? `${c.verdict}${c.voidReason ? ` (${c.voidReason})` : ''}` : 'under way'}`);
			} else if (v.challengeUntil !== undefined) {
				log(`  challengeable until block ${v.challengeUntil} with a bond of ${vrt(v.challengeBond)}: node cli.js challenge ${id} --suri //YOU`);
			}
			return 0;
		}
		if (command === 'challenge') {
			const id = Number(arg);
			const who = keyFromUri(values.suri);
			const from = await finalizedNumber(api);
			const c = await challengeJob(api, who, id);
			log(`job ${id} challenged by ${values.suri}: ${vrt(c.bond)} held; the challenge committee is drawn in block ${c.drawAt}`);
			if (values.follow) {
				const names = devNames(api);
				const name = (a) => names.get(a.toString()) ?? a.toString();
				const o = /** @type {any} */ (await followChallenge(api, id, { from, onEvent: (t) => log(`job ${id}: ${t}`), name }));
				if (o.verdict === 'Upheld') log(`job ${id}: the result stands (block ${o.block}); the bond paid the committee ${vrt(o.paidToCommittee)} and the treasury ${vrt(o.toTreasury)}`);
				if (o.verdict === 'Overturned') log(`job ${id}: overturned at block ${o.block}: new output ${o.outputHash}; slashed ${vrt(o.slashed)}; paid the committee ${vrt(o.paidToCommittee)}, refunded the submitter ${vrt(o.refundedToSubmitter)}, compensated ${vrt(o.compensated)}, challenger's reward ${vrt(o.reward)} (its bond returned)`);
				if (o.verdict === 'Void') log(`job ${id}: the challenge decided nothing (${o.reason}); the result stands and ${vrt(o.refunded)} was returned`);
			}
			return 0;
		}
		if (command === 'trust') {
			const model = Number(values.models ?? 0);
			const t = await trustOf(api, accountOf(arg), model);
			log(`provider ${accountOf(arg)} on model ${model}: ${t.consecutiveValid} consecutive checked results, ${t.trusted ? 'trusted' : 'not trusted yet'}; a job it serves as primary is audited with probability ${(100 * t.auditProbability).toFixed(2)} %`);
			return 0;
		}
		const tier = parseTier(values.tier);
		const model = await setupDigits(api, { providers, log });
		if (command === 'setup') return 0;

		const submitter = keyFromUri(values.submitter);
		const est = await estimateFee(api, model, digitsInput(api), tier);
		log(`fee estimate (JobsApi) for ${tierName(tier)} jobs: at most ${vrt(est.total)} per job = compute ${vrt(est.compute)} (${est.maxSeats} seat${est.maxSeats === 1 ? '' : 's'} at most) + royalty ${vrt(est.royalty)} + protocol ${vrt(est.protocol)}; seats drawn by stake from ${est.eligibleProviders} provider${est.eligibleProviders === 1 ? '' : 's'}`);
		const names = devNames(api);
		const watched = [...new Set([submitter.address, ...providers.map((p) => keyFromUri(p).address), ...DEMO.beneficiaries.map((b) => keyFromUri(b.uri).address), api.consts.jobs.treasuryAccount.toString()])];
		const before = await Promise.all(watched.map((a) => totalBalance(api, a)));
		const { submitted, outcomes } = await submitBatch(api, submitter, model, jobs, { log, tier, together: values.together });
		const after = await Promise.all(watched.map((a) => totalBalance(api, a)));
		for (const s of submitted) printCosts(api, names, s, outcomes.get(s.job), log);
		log('balance changes over the batch (free + held, transaction fees included):');
		watched.forEach((a, i) => log(`  ${(names.get(a) ?? a).padEnd(9)} ${after[i] - before[i] >= 0n ? '+' : ''}${vrt(after[i] - before[i])}`));
		const failed = [...outcomes.values()].filter((o) => o.status !== 'Completed').length;
		return failed ? 1 : 0;
	} finally {
		await api.disconnect();
	}
}

main().then(
	(code) => process.exit(code),
	(e) => {
		console.error(`error: ${e.message}`);
		if (process.env.VERITY_DEBUG) console.error(e.stack);
		process.exit(1);
	},
);
