// The typed client: types/ is what @polkadot/typegen generates from the metadata of the
// runtime just built (a `verity-node --dev` started for it), and the client and the dApp
// type-check against it with `tsc`, so a runtime change that breaks them fails here instead
// of on a user's page. A probe shows the check catches what it claims to.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { differences, generate, runtimeMetadata, TYPES } from '../typegen.js';

const client = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TSC = join(client, 'node_modules/typescript/bin/tsc');
const log = (s) => console.log(`    ${s}`);

/** Runs tsc on `project`; resolves to `{ ok, out }`. */
function tsc(project) {
	try {
		return { ok: true, out: execFileSync(process.execPath, [TSC, '-p', project], { cwd: client, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
	} catch (e) {
		return { ok: false, out: `${e.stdout}${e.stderr}` };
	}
}

describe('the client typed by the runtime metadata', { timeout: 300_000 }, () => {
	it('types/ is what typegen generates from the built runtime\'s metadata', async () => {
		const hex = await runtimeMetadata();
		const fresh = mkdtempSync(join(tmpdir(), 'verity-types-'));
		try {
			generate(hex, fresh);
			const differ = differences(TYPES, fresh);
			assert.deepEqual(differ, [], `types/ does not match the built runtime (${differ.join(', ')}): run \`node typegen.js\` in scripts/client, fix what \`npx tsc -p tsconfig.json\` reports, and commit both`);
		} finally {
			rmSync(fresh, { recursive: true, force: true });
		}
		log(`types/ equals typegen's output for the built runtime's ${(hex.length - 2) / 2}-byte V15 metadata`);
	});

	it('the client, the command line and the dApp type-check against types/', () => {
		const { ok, out } = tsc('tsconfig.json');
		assert.ok(ok, `npx tsc -p tsconfig.json in scripts/client:\n${out}`);
		log('npx tsc -p tsconfig.json: no errors');
	});

	it('a call, storage item, event, error, constant or runtime API the runtime lacks, or wrong arguments, fail the check', () => {
		// A module written as client code is, against the same types and settings.
		const probe = join(client, '.types-probe.js');
		const project = join(client, '.types-probe.tsconfig.json');
		const lines = [
			"import { connect } from './verity.js';",
			"const api = await connect('ws://127.0.0.1:9944');",
			'api.tx.jobs.submitt(0, "0x", 1n, "Audited");',
			'api.tx.jobs.submit(0);',
			'api.query.jobs.jobz(0);',
			'api.call.jobsApi.tensorz(0);',
			'api.events.jobs.JobDone;',
			'api.errors.jobs.InputMismatched;',
			'api.consts.jobs.maxInputLength;',
			'api.tx.jobs.submit(0, "0x", 1n, "Audited");',
			'await api.call.jobsApi.tensors(0);',
		];
		writeFileSync(probe, lines.join('\n') + '\n');
		writeFileSync(project, JSON.stringify({ extends: './tsconfig.json', include: ['types/*.ts', '.types-probe.js'] }));
		try {
			const { ok, out } = tsc(project);
			assert.ok(!ok, 'the probe type-checks, but it should not');
			const flagged = [...new Set([...out.matchAll(/\.types-probe\.js\((\d+),\d+\): error/g)].map((m) => Number(m[1])))];
			assert.deepEqual(flagged, [3, 4, 5, 6, 7, 8, 9], out);
			log(`tsc refuses each wrong use (lines ${flagged.join(', ')} of the probe) and accepts the right ones`);
		} finally {
			rmSync(probe, { force: true });
			rmSync(project, { force: true });
		}
	});
});
