#!/usr/bin/env node
// Generates types/: the TypeScript definitions of Verity's calls, storage, events, errors,
// constants and runtime APIs, and of every type they use (`@polkadot/types/lookup`), from the
// metadata of the runtime the node was built with — @polkadot/typegen's two generators on
// the runtime's V15 metadata (which carries the runtime APIs). tsconfig.json type-checks the
// client and the dApp against them, so a runtime change that breaks the client fails
// `npx tsc` (and the test command's test/types.test.js) instead of a user's page.
//
//   node typegen.js            regenerate types/ (then review and commit the diff)
//   node typegen.js --check    generate into a temporary directory and compare with types/;
//                              exits 1 naming the files that differ
//
// The metadata comes from a `verity-node --dev --tmp` started for the purpose ($VERITY_NODE,
// else the node in $CARGO_TARGET_DIR), or from `--metadata FILE` (the hex of
// `Metadata_metadata_at_version(15)`, as `--save-metadata FILE` writes it).

import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sleep } from './verity.js';
import { freePort, nodeBinary } from './network.js';

const here = dirname(fileURLToPath(import.meta.url));
export const TYPES = join(here, 'types');
const TYPEGEN = join(here, 'node_modules/@polkadot/typegen/scripts');
// The generators import the package's `definitions.ts` and the `lookup.ts` they wrote;
// both are plain JavaScript, which this hook lets Node load despite the extension.
const TS_AS_JS = join(here, 'types-loader.mjs');
// Verity declares no types beyond its metadata: the package's own definitions are empty.
const DEFINITIONS = '// Verity has no custom types: everything is in the runtime\'s metadata.\nexport {};\n';

/**
 * The runtime's V15 metadata (with its runtime APIs): the hex of what
 * `Metadata_metadata_at_version(15)` returns (`Option<OpaqueMetadata>`), from a dev node of
 * `binary` asked over plain HTTP JSON-RPC.
 */
export async function runtimeMetadata(binary = nodeBinary()) {
	const [rpc, p2p] = [await freePort(), await freePort()];
	const node = spawn(binary, ['--dev', '--tmp', '--rpc-port', String(rpc), '--port', String(p2p), '--no-prometheus', '--no-telemetry'], { stdio: 'ignore' });
	const exited = new Promise((ok) => node.once('exit', (code) => ok(code)));
	try {
		for (let i = 0; ; i++) {
			try {
				const res = await fetch(`http://127.0.0.1:${rpc}`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'state_call', params: ['Metadata_metadata_at_version', '0x0f000000'] }),
				});
				const { result, error } = await res.json();
				if (error) throw new Error(`Metadata_metadata_at_version(15): ${error.message}`);
				// `None` (0x00): the runtime has no V15 metadata.
				if (result === '0x00') throw new Error('the runtime has no V15 metadata');
				return result;
			} catch (e) {
				if (/Metadata_metadata|V15/.test(e.message)) throw e;
				if (node.exitCode !== null) throw new Error(`${binary} exited (${node.exitCode}) before it answered`);
				if (i > 120) throw new Error(`the dev node did not answer on port ${rpc}: ${e.message}`);
				await sleep(500);
			}
		}
	} finally {
		node.kill('SIGTERM');
		await exited;
	}
}

/** Writes the generated definitions for the metadata `hex` (opaque V15 bytes) into `out`. */
export function generate(hex, out) {
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'definitions.ts'), DEFINITIONS);
	const work = mkdtempSync(join(tmpdir(), 'verity-typegen-'));
	const meta = join(work, 'metadata.json');
	// The generators read `{ "result": hex }`, as `state_getMetadata` answers, and take the
	// opaque `Option<OpaqueMetadata>` bytes `metadata_at_version` returns as well.
	writeFileSync(meta, JSON.stringify({ result: hex }));
	const run = (script, args) =>
		// From `/`: the generators join their path arguments to the working directory.
		execFileSync(process.execPath, ['--import', TS_AS_JS, join(TYPEGEN, script), ...args], { cwd: '/', stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
	run('polkadot-types-from-defs.mjs', ['--package', 'verity-client/types', '--input', out, '--endpoint', meta]);
	run('polkadot-types-from-chain.mjs', ['--package', 'verity-client/types', '--output', out, '--endpoint', meta]);
	// @polkadot/typegen 16.5.6 names the runtime's call type in the runtime APIs' signatures
	// (`transactionPaymentCallApi`) by its path, `VerityRuntimeRuntimeCall`, but declares it
	// nowhere: the registry knows it as `Call`. Name it so.
	const runtime = join(out, 'augment-api-runtime.ts');
	writeFileSync(
		runtime,
		readFileSync(runtime, 'utf8')
			.replaceAll('VerityRuntimeRuntimeCall |', 'Call |')
			.replace("import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';", "import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';\nimport type { Call } from '@polkadot/types/interfaces/runtime';"),
	);
	// What the client imports to apply the augmentation (the generated modules register
	// themselves through `declare module`).
	writeFileSync(
		join(out, 'index.ts'),
		"// Verity's metadata as TypeScript: import this once (tsconfig.json includes it).\nexport * from './types.js';\nimport './augment-api.js';\nimport './augment-types.js';\nimport './registry.js';\nimport './types-lookup.js';\n",
	);
	rmSync(work, { recursive: true, force: true });
}

/** The files of `a` and `b` that differ, or are only in one of them. */
export function differences(a, b) {
	const names = new Set([...(existsSync(a) ? readdirSync(a) : []), ...(existsSync(b) ? readdirSync(b) : [])]);
	const read = (dir, n) => (existsSync(join(dir, n)) ? readFileSync(join(dir, n), 'utf8') : undefined);
	return [...names].sort().filter((n) => read(a, n) !== read(b, n));
}

async function main() {
	const { values } = parseArgs({ options: { check: { type: 'boolean' }, metadata: { type: 'string' }, 'save-metadata': { type: 'string' }, out: { type: 'string' } } });
	const hex = values.metadata ? readFileSync(values.metadata, 'utf8').trim() : await runtimeMetadata();
	const out = resolve(values.out ?? TYPES);
	if (values['save-metadata']) writeFileSync(values['save-metadata'], hex);
	if (values.check) {
		const fresh = mkdtempSync(join(tmpdir(), 'verity-types-'));
		generate(hex, fresh);
		const differ = differences(TYPES, fresh);
		rmSync(fresh, { recursive: true, force: true });
		if (differ.length > 0) {
			console.error(`types/ does not match the built runtime's metadata (${differ.join(', ')}): run \`node typegen.js\` in scripts/client, fix what \`npx tsc -p tsconfig.json\` reports, and commit both`);
			return 1;
		}
		console.log(`types/ matches the built runtime's metadata (${(hex.length - 2) / 2} bytes)`);
		return 0;
	}
	generate(hex, out);
	console.log(`wrote ${readdirSync(out).length} files to ${out} from ${(hex.length - 2) / 2} bytes of metadata`);
	return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().then((code) => process.exit(code), (e) => {
		console.error(e.message);
		process.exit(1);
	});
}
