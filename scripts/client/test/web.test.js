// The web dApp in a real browser: headless Chromium (Debian's `chromium`, installed by
// scripts/setup) driven by puppeteer-core against a dev chain (one verity-node --dev). A job
// for the digits model is submitted through the form and followed to its result, whose label
// and payouts the page shows as the chain's own events say; a vote on a referendum is cast
// from the governance page; a bad input is refused with the chain's error named and no funds
// moved. Each page's screenshot goes to docs/dapp/.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { connect, keyFromUri, jobView, decodeTensors, encodeTensors, estimateFee, followJobs, readNpy, vrt, sleep, UNIT, AUDITED, u8aToHex } from '../verity.js';
import { setupDigits, MODELS_DIR } from '../digits.js';
import { propose, ORIGIN, referendum } from '../governance.js';
import { nodeBinary, freePort } from '../network.js';

const here = dirname(fileURLToPath(import.meta.url));
const client = resolve(here, '..');
const shots = resolve(client, '../../docs/dapp');
const CHROMIUM = process.env.VERITY_CHROMIUM ?? '/usr/bin/chromium';

let node;
let api;
let server;
let browser;
let url;
const dir = mkdtempSync(join(tmpdir(), 'verity-web-'));
const log = (s) => console.log(`    ${s}`);

/** A NumPy .npy file (format 1.0) of little-endian float32 values with `shape`. */
function npy(values, shape) {
	let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
	header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
	const head = Buffer.alloc(10);
	head.write('\x93NUMPY', 0, 'latin1');
	head[6] = 1;
	head.writeUInt16LE(header.length, 8);
	return Buffer.concat([head, Buffer.from(header, 'latin1'), Buffer.from(new Float32Array(values).buffer)]);
}

/** Serves the built dApp (web/dist) on 127.0.0.1:`port`. */
function serve(root, port) {
	const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
	const s = createServer((req, res) => {
		const path = new URL(req.url, 'http://x').pathname;
		const file = join(root, path === '/' ? 'index.html' : path);
		if (!file.startsWith(root) || !existsSync(file)) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
	});
	return new Promise((ok) => s.listen(port, '127.0.0.1', () => ok(s)));
}

async function open(hash, account) {
	const page = await browser.newPage();
	await page.setViewport({ width: 1200, height: 900 });
	page.on('pageerror', (e) => log(`page error: ${e.message}`));
	await page.goto(`${url}${hash}`);
	await page.waitForFunction(() => document.querySelectorAll('#account option').length > 0, { timeout: 60_000 });
	const index = await page.$$eval('#account option', (os, name) => os.findIndex((o) => o.textContent.startsWith(name)), account);
	assert.ok(index >= 0, `the development account ${account} is offered`);
	await page.select('#account', String(index));
	await page.waitForFunction((h) => document.getElementById('page').dataset.ready === h, { timeout: 60_000 }, hash);
	const error = await page.$eval('#page', (p) => p.querySelector(':scope > p.error:not(#submit-error)')?.textContent);
	assert.equal(error, undefined, `the page ${hash} shows an error`);
	return page;
}

const balances = async (who) => {
	const { data } = await api.query.system.account(keyFromUri(who).address);
	return { free: data.free.toBigInt(), reserved: data.reserved.toBigInt() };
};

describe('the web dApp in headless Chromium, on a dev chain', { timeout: 600_000 }, () => {
	before(async () => {
		mkdirSync(shots, { recursive: true });
		const [rpc, p2p, web] = [await freePort(), await freePort(), await freePort()];
		const out = createWriteStream(join(dir, 'node.log'));
		node = spawn(nodeBinary(), ['--dev', '--tmp', '--rpc-cors', 'all', '--rpc-port', String(rpc), '--port', String(p2p), '--no-prometheus', '--model-dir', MODELS_DIR], { stdio: ['ignore', 'pipe', 'pipe'] });
		node.stdout.pipe(out);
		node.stderr.pipe(out);
		const ws = `ws://127.0.0.1:${rpc}`;
		for (let i = 0; ; i++) {
			try {
				api = await connect(ws, { timeoutMs: 2_000 });
				break;
			} catch (e) {
				if (i > 60) throw new Error(`the dev node did not answer on ${ws}: ${e.message}`);
				await sleep(1_000);
			}
		}
		const model = await setupDigits(api, { providers: ['//Alice'] });
		assert.equal(model, 0);
		execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.js'], { cwd: client, stdio: 'ignore' });
		server = await serve(join(client, 'web/dist'), web);
		url = `http://127.0.0.1:${web}/?rpc=${encodeURIComponent(ws)}`;
		browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
		log(`dev node ${ws}, dApp ${url}, ${(await browser.version())}`);
	});

	after(async () => {
		await browser?.close();
		server?.close();
		await api?.disconnect();
		node?.kill('SIGTERM');
	});

	it('submits a digits job through the form, follows it to its result, and shows the label and payouts the chain\'s events say', async () => {
		const models = await open('#/models', 'Ferdie');
		await models.waitForSelector('#models tr:nth-child(2)');
		const row = await models.$eval('#models tr:nth-child(2)', (r) => r.textContent);
		assert.match(row, /function/);
		assert.match(row, /Alice 2\.000000 VRT a seat/);
		await models.screenshot({ path: join(shots, 'models.png') });

		const page = await open('#/submit/0', 'Ferdie');
		const input = join(MODELS_DIR, 'digits.one.input.npy');
		await (await page.$('#input-file')).uploadFile(input);
		await page.click('#estimate-button');
		await page.waitForSelector('#fee');
		const fee = await page.$eval('#fee', (e) => e.textContent);
		const est = await estimateFee(api, 0, encodeTensors([readNpy(input)]), AUDITED);
		assert.ok(fee.startsWith(`At most ${vrt(est.total)} held`), fee);
		assert.match(await page.$eval('#tier-shown', (e) => e.textContent), /audited/);
		await page.screenshot({ path: join(shots, 'submit.png') });
		await page.click('#submit-button');
		await page.waitForFunction(() => location.hash.startsWith('#/job/'), { timeout: 120_000 });
		const [, , job, , from] = (await page.evaluate(() => location.hash)).split('/');
		await page.waitForSelector('#job-status.ok, #job-status.error', { timeout: 180_000 });
		const status = await page.$eval('#job-status', (e) => e.textContent);
		assert.match(status, /^Completed at block \d+/);
		const label = await page.$eval('#result-label', (e) => e.textContent);
		const shown = await page.$$eval('#payouts tr', (rows) => rows.slice(1).map((r) => [...r.children].map((c) => c.textContent)));
		const summary = await page.$eval('#payout-summary', (e) => e.textContent);
		await page.screenshot({ path: join(shots, 'job.png'), fullPage: true });

		// What the chain says, read here without the page.
		const view = await jobView(api, Number(job));
		const [labels] = decodeTensors(view.result);
		assert.equal(label, String(labels.values[0]));
		const reference = readNpy(join(MODELS_DIR, 'digits.one.label.npy'));
		assert.equal(label, String(new DataView(reference.data.buffer, reference.data.byteOffset).getBigInt64(0, true)), 'the label Python onnxruntime gives');
		const o = (await followJobs(api, [Number(job)], { from: Number(from) })).get(Number(job));
		const names = new Map(['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) => [keyFromUri(`//${n}`).address, n]));
		names.set(api.consts.jobs.treasuryAccount.toString(), 'treasury');
		const want = o.payments.map((p) => [names.get(p.to) ?? p.to, vrt(p.amount)]);
		assert.deepEqual(shown, want, 'every payout on the page is a transfer the chain made');
		assert.equal(summary, `paid to providers ${vrt(o.paidToProviders)}, royalty ${vrt(o.royalty)}, protocol fee ${vrt(o.protocolFee)}, refunded ${vrt(o.refunded)}`);
		log(`job ${job}: ${status}, label ${label}; payouts on the page: ${shown.map((r) => r.join(' ')).join(', ')}`);

		// The input and output as tensors by the runtime's metadata alone (what polkadot.js
		// Apps decodes with): the same as the client's own codec reads from the bytes.
		const typed = (await api.call.jobsApi.tensors(Number(job))).unwrap();
		const asPlain = (ts) => ts.map((t) => ({ elem: t.elem.type, shape: t.shape.map((d) => d.toNumber()), data: t.data.toHex() }));
		const byCodec = (bytes) => decodeTensors(bytes).map((t) => ({ elem: t.elem, shape: t.shape, data: u8aToHex(t.data) }));
		assert.deepEqual(asPlain(typed.input.unwrap()), byCodec(encodeTensors([readNpy(input)])));
		assert.deepEqual(asPlain(typed.output.unwrap()), byCodec(view.result));
		assert.equal(typed.output.unwrap()[0].elem.type, 'Int64');

		// The receipt the page exports verifies offline against its finalized block, and
		// against nothing else.
		const href = await page.$eval('#receipt', (a) => a.getAttribute('href'));
		const receipt = JSON.parse(decodeURIComponent(href.slice('data:application/json,'.length)));
		const verifyReceipt = (r, block) => {
			const file = join(dir, `receipt-${Math.random().toString(16).slice(2)}.json`);
			writeFileSync(file, JSON.stringify(r));
			try {
				return { ok: true, out: execFileSync(nodeBinary(), ['verify-receipt', file, '--block', block], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
			} catch (e) {
				return { ok: false, out: `${e.stdout}${e.stderr}` };
			}
		};
		const good = verifyReceipt(receipt, receipt.block.hash);
		assert.ok(good.ok, good.out);
		assert.match(good.out, new RegExp(`receipt verified: job ${job} completed at block \\d+ with a ${view.result.length}-byte output`));
		const flipped = { ...receipt, output: receipt.output.slice(0, -2) + (receipt.output.endsWith('00') ? '01' : '00') };
		const tampered = verifyReceipt(flipped, receipt.block.hash);
		assert.ok(!tampered.ok && /the output differs from the result proven/.test(tampered.out), tampered.out);
		const parent = (await api.rpc.chain.getHeader(receipt.block.hash)).parentHash.toHex();
		const elsewhere = verifyReceipt(receipt, parent);
		assert.ok(!elsewhere.ok && /not the block you trust/.test(elsewhere.out), elsewhere.out);
		const otherHeader = await api.rpc.chain.getHeader(parent);
		const swapped = verifyReceipt({ ...receipt, block: { number: otherHeader.number.toNumber(), hash: parent, header: otherHeader.toHex() } }, parent);
		assert.ok(!swapped.ok && /proof does not lead|not in the state|not completed/.test(swapped.out), swapped.out);
		log(`receipt of job ${job} at block #${receipt.block.number} (${receipt.proof.length} proof nodes): verified offline; refused with one output byte changed, against the parent block's hash, and with the parent's header`);
		await page.close();
		await models.close();
	});

	it('votes on a referendum from the governance page, with conviction', async () => {
		const { index } = await propose(api, keyFromUri('//Alice'), api.tx.system.remark('0x7665726974792d646170702d74657374'), { origin: ORIGIN.root });
		const before = await referendum(api, index);
		const page = await open('#/governance', 'Bob');
		await page.waitForSelector(`#aye-${index}`);
		await page.$eval(`#vote-balance-${index}`, (e) => (e.value = '25'));
		await page.select(`#vote-conviction-${index}`, 'Locked2x');
		await page.click(`#aye-${index}`);
		await page.waitForFunction((i) => !['', 'signing…'].includes(document.getElementById(`vote-result-${i}`).textContent), { timeout: 120_000 }, index);
		assert.equal(await page.$eval(`#vote-result-${index}`, (e) => e.textContent), 'voted aye');
		const now = await referendum(api, index);
		// 25 VRT at 2× conviction: 50 VRT of ayes, 25 VRT of support.
		assert.equal(now.ayes - before.ayes, 50n * UNIT);
		assert.equal(now.support - before.support, 25n * UNIT);
		assert.match(await page.$eval(`#tally-${index}`, (e) => e.textContent), new RegExp(`ayes ${vrt(now.ayes).replace('.', '\\.')}`));
		await page.screenshot({ path: join(shots, 'governance.png'), fullPage: true });
		log(`referendum ${index}: Bob voted aye with 25 VRT at Locked2x from the page; ayes ${vrt(before.ayes)} → ${vrt(now.ayes)}`);
		await page.close();
	});

	it('refuses a bad input with the chain\'s error named on the page, and nothing moves', async () => {
		const bad = join(dir, 'ten.npy');
		writeFileSync(bad, npy(Array.from({ length: 10 }, (_, i) => i / 10), [1, 10]));
		const was = await balances('//Ferdie');
		const page = await open('#/submit/0', 'Ferdie');
		await (await page.$('#input-file')).uploadFile(bad);
		await page.click('#submit-button');
		await page.waitForFunction(() => document.getElementById('submit-error').textContent.length > 0, { timeout: 60_000 });
		const error = await page.$eval('#submit-error', (e) => e.textContent);
		assert.match(error, /^jobs\.InputMismatch: The input does not match the model's declared inputs\./, error);
		assert.match(error, /dimension 1 must be 64/);
		await page.screenshot({ path: join(shots, 'submit-error.png'), fullPage: true });
		await sleep(4_000);
		assert.deepEqual(await balances('//Ferdie'), was, 'nothing was signed: no fee, nothing held');
		log(`a [1, 10] input for the digits model ([1, 64]): "${error}"; Ferdie's balance unchanged`);
		await page.close();
	});
});
