#!/usr/bin/env node
// verity-client: a dApp client for Verity on @polkadot/api.
//
//   node cli.js setup [--url WS] [--providers //Alice,//Bob,//Charlie]
//       register the digits model (Eve; royalties 70 % Dave, 30 % Eve) and the providers
//   node cli.js demo  [--url WS] [--jobs N] [--providers …] [--submitter //Ferdie]
//       setup, then submit N jobs, follow each to its result and print what it cost
//   node cli.js job ID [--url WS]
//       show a job through the JobsApi runtime API
//
// Signs with development keys (secret URIs such as //Alice): for dev and local chains.

import { parseArgs } from 'node:util';
import { connect, keyFromUri, jobView, vrt, totalBalance, estimateFee } from './verity.js';
import { setupDigits, submitBatch, printCosts, devNames, digitsInput, DEMO, describeOutput } from './digits.js';

const usage = `usage: node cli.js setup|demo|job [ID] [--url ws://127.0.0.1:9944] [--jobs N] [--providers //Alice,…] [--submitter //Ferdie]`;

async function main() {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			url: { type: 'string', default: 'ws://127.0.0.1:9944' },
			jobs: { type: 'string', default: '3' },
			providers: { type: 'string', default: '//Alice' },
			submitter: { type: 'string', default: DEMO.submitter },
			help: { type: 'boolean', short: 'h' },
		},
	});
	const [command, arg] = positionals;
	if (values.help || !command) {
		console.log(usage);
		return 0;
	}
	if (!['setup', 'demo', 'job'].includes(command)) throw new Error(`unknown command ${command}\n${usage}`);
	const jobs = Number(values.jobs);
	if (!Number.isInteger(jobs) || jobs < 1 || jobs > 100) throw new Error('--jobs takes a number from 1 to 100');
	const providers = values.providers.split(',').filter(Boolean);

	const api = await connect(values.url);
	try {
		const chain = await api.rpc.system.chain();
		const log = (s) => console.log(`[client] ${s}`);
		log(`connected to ${chain} at ${values.url} (runtime ${api.runtimeVersion.specName} v${api.runtimeVersion.specVersion})`);
		if (command === 'job') {
			const id = Number(arg);
			const v = await jobView(api, id);
			if (!v) throw new Error(`job ${arg} does not exist (or was pruned)`);
			log(`job ${id}: model ${v.model}, ${v.phase}, submitted by ${v.submitter}`);
			for (const a of v.assignments) log(`  provider ${a.provider}: price ${vrt(a.price)}, committed ${a.committed}, revealed ${a.revealed}`);
			if (v.result) log(`  result: ${describeOutput(v.result)}`);
			return 0;
		}
		const model = await setupDigits(api, { providers, log });
		if (command === 'setup') return 0;

		const submitter = keyFromUri(values.submitter);
		const est = await estimateFee(api, model, digitsInput());
		log(`fee estimate (JobsApi): at most ${vrt(est.total)} per job = compute ${vrt(est.compute)} + royalty ${vrt(est.royalty)} + protocol ${vrt(est.protocol)}; ${est.redundancy} of ${est.eligibleProviders} providers per job`);
		const names = devNames(api);
		const watched = [...new Set([submitter.address, ...providers.map((p) => keyFromUri(p).address), ...DEMO.beneficiaries.map((b) => keyFromUri(b.uri).address), api.consts.jobs.treasuryAccount.toString()])];
		const before = await Promise.all(watched.map((a) => totalBalance(api, a)));
		const { submitted, outcomes } = await submitBatch(api, submitter, model, jobs, { log });
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
