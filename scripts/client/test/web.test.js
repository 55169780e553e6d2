// The web dApp in a real browser: headless Chromium (Debian's `chromium`, installed by
// scripts/setup) driven by puppeteer-core against a dev chain (one verity-node --dev). A job
// for the digits model is submitted through the form and followed to its result, whose label
// and payouts the page shows as the chain's own events say, and the provider's page shows
// what it earned; a parameter change is proposed through the governance form and voted on
// with conviction; a bad input is refused with the chain's error named and no funds moved; a
// prompt is generated on through the text model's registered tokenizer; a photograph is
// submitted to an image model and its detections drawn; a private job is submitted, its key
// given to its providers from the page and its sealed result opened in the browser. Each page's screenshot goes to
// docs/dapp/.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { imageTensor, connect, keyFromUri, jobView, jobResult, decodeTensors, encodeTensors, estimateFee, followJobs, readNpy, vrt, sleep, send, registerModel, generatedIds, yoloDetections, loadTokenizer, UNIT, AUDITED, u8aToHex, hexToU8a, fetchData, isJobKey, openPrivateOutput } from '../verity.js';
import { TAG_LEN } from '../privacy.js';
import { setupDigits, demoRoyalties, DEMO, MODELS_DIR } from '../digits.js';
import { propose, ORIGIN, referendum, tracks } from '../governance.js';
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
let origin;
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
		// The text model's tokenizer, under the URI its registry entry names.
		if (path === '/models/tinylm.tokenizer.json') {
			res.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(join(MODELS_DIR, 'tinylm.tokenizer.json')));
			return;
		}
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

/** Registers a model (owned by Eve, the demo's royalty split) and has Alice serve it. */
async function serveModel(file, io, rule, kind = {}) {
	const { model } = await registerModel(api, keyFromUri('//Eve'), { file, uri: `file://${file}`, io, rule, royaltyPerJob: DEMO.royaltyPerJob, royalties: demoRoyalties(), ...kind }, { finalized: true });
	const alice = keyFromUri('//Alice');
	const info = (await api.call.providersApi.provider(alice.address)).unwrap();
	const models = info.models.map((m) => m.toNumber());
	if (!models.includes(model)) await send(api, alice, api.tx.providers.update(info.price, [...models, model]), { finalized: true });
	return model;
}

/** Submits the form on `page` and waits for the job page to say how the job ended. */
async function submitAndFollow(page) {
	await page.click('#submit-button');
	await page.waitForFunction(() => location.hash.startsWith('#/job/') || document.getElementById('submit-error')?.textContent, { timeout: 180_000 });
	const error = await page.evaluate(() => document.getElementById('submit-error')?.textContent);
	assert.ok(!error, error);
	const [, , job, , from] = (await page.evaluate(() => location.hash)).split('/');
	await page.waitForSelector('#job-outcome[data-done]', { timeout: 240_000 });
	return { job: Number(job), from: Number(from), status: await page.$eval('#job-status', (e) => e.textContent) };
}

describe('the web dApp in headless Chromium, on a dev chain', { timeout: 600_000 }, () => {
	before(async () => {
		mkdirSync(shots, { recursive: true });
		const [rpc, p2p, web] = [await freePort(), await freePort(), await freePort()];
		const out = createWriteStream(join(dir, 'node.log'));
		node = spawn(nodeBinary(), ['--dev', '--tmp', '--rpc-cors', 'all', '--rpc-port', String(rpc), '--port', String(p2p), '--no-prometheus', '--model-dir', MODELS_DIR, ...(process.env.VERITY_MODELS ? ['--model-dir', process.env.VERITY_MODELS] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
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
		origin = `http://127.0.0.1:${web}`;
		url = `${origin}/?rpc=${encodeURIComponent(ws)}`;
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
		const est = await estimateFee(api, 0, encodeTensors(api, [readNpy(input)]), AUDITED);
		assert.ok(fee.startsWith(`At most ${vrt(est.total)} held`), fee);
		assert.match(await page.$eval('#tier-shown', (e) => e.textContent), /audited/);
		await page.screenshot({ path: join(shots, 'submit.png') });
		await page.click('#submit-button');
		await page.waitForFunction(() => location.hash.startsWith('#/job/'), { timeout: 120_000 });
		const [, , job, , from] = (await page.evaluate(() => location.hash)).split('/');
		await page.waitForSelector('#job-outcome[data-done]', { timeout: 180_000 });
		const status = await page.$eval('#job-status', (e) => e.textContent);
		assert.match(status, /^Completed at block \d+/);
		const label = await page.$eval('#result-label', (e) => e.textContent);
		const shown = await page.$$eval('#payouts tr', (rows) => rows.slice(1).map((r) => [...r.children].map((c) => c.textContent)));
		const summary = await page.$eval('#payout-summary', (e) => e.textContent);
		await page.screenshot({ path: join(shots, 'job.png'), fullPage: true });

		// What the chain says, read here without the page.
		const view = await jobView(api, Number(job));
		const [labels] = decodeTensors(api, view.result);
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

		// The provider's page: what Alice was paid for this job, by the same events.
		const alice = keyFromUri('//Alice').address;
		const provider = await open(`#/provider/${alice}`, 'Ferdie');
		const paidAlice = o.payments.filter((p) => p.to === alice).reduce((a, p) => a + p.amount, 0n);
		assert.ok(paidAlice > 0n);
		const history = await provider.$$eval('#provider-history tr', (rows) => rows.slice(1).map((r) => [...r.children].map((c) => c.textContent)));
		const mine = history.find((r) => r[1] === job);
		assert.deepEqual(mine?.slice(1, 4), [job, vrt(paidAlice), ''], `the provider page's row for job ${job}: ${JSON.stringify(history)}`);
		assert.match(await provider.$eval('#provider-totals', (e) => e.textContent), new RegExp(`paid ${vrt(paidAlice).replace('.', '\\.')} for 1 job\\(s\\), slashed 0\\.000000 VRT`));
		await provider.screenshot({ path: join(shots, 'provider.png'), fullPage: true });
		log(`provider page of Alice: job ${job} paid ${vrt(paidAlice)}, as the escrow's transfer says`);
		await provider.close();

		// The input and output as tensors by the runtime's metadata alone (what polkadot.js
		// Apps decodes with, through jobsApi.tensors): the input is the .npy file's array, the
		// output the label and probabilities the page drew.
		const typed = (await api.call.jobsApi.tensors(Number(job))).unwrap();
		const asPlain = (ts) => ts.map((t) => ({ elem: t.elem.type, shape: t.shape.map((d) => d.toNumber()), data: t.data.toHex() }));
		const file = readNpy(input);
		assert.deepEqual(asPlain(typed.input.unwrap()), [{ elem: file.elem, shape: file.shape, data: u8aToHex(file.data) }]);
		const [outLabel, outProbs] = typed.output.unwrap();
		assert.equal(outLabel.elem.type, 'Int64');
		assert.equal(String(outLabel.data.toU8a(true)[0]), label);
		assert.deepEqual(outProbs.shape.map((d) => d.toNumber()), [1, 10]);

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

	it('proposes a parameter change through the governance form (a silly value refused unsigned) and votes on it with conviction', async () => {
		const params = (await api.query.jobs.params()).unwrap().toJSON();
		const proposer = await open('#/governance', 'Alice');
		await proposer.waitForSelector('#param-auditors');
		// A value the parameter cannot take: named on the page, nothing signed.
		const was = await balances('//Alice');
		await proposer.$eval('#param-auditors', (e) => (e.value = '-1'));
		await proposer.click('#propose-button');
		await proposer.waitForSelector('#propose-result.error');
		assert.match(await proposer.$eval('#propose-result', (e) => e.textContent), /^auditors: a whole number below 2\^32, not "-1"; nothing was signed/);
		assert.deepEqual(await balances('//Alice'), was);
		await proposer.$eval('#param-auditors', (e, v) => (e.value = v), String(params.auditors + 1));
		await proposer.click('#propose-button');
		await proposer.waitForSelector('#propose-result.ok, #propose-result.error', { timeout: 180_000 });
		const said = await proposer.$eval('#propose-result', (e) => e.textContent);
		assert.match(said, new RegExp(`^referendum \\d+ submitted on protocol_params: jobs.set_params\\(auditors ${params.auditors} → ${params.auditors + 1}\\)`), said);
		await proposer.screenshot({ path: join(shots, 'propose.png'), fullPage: true });
		const index = Number(await proposer.$eval('#propose-result', (e) => e.dataset.index));
		assert.ok(await proposer.$(`#aye-${index}`), 'the page lists the new referendum, open to votes');
		await proposer.close();
		// On chain: an ongoing referendum on protocol_params, its decision deposit placed, whose
		// preimage is jobs.set_params with only the auditors changed.
		const ongoing = (await api.query.referenda.referendumInfoFor(index)).unwrap().asOngoing;
		assert.equal(ongoing.track.toNumber(), tracks(api).find((t) => t.name === 'protocol_params').id);
		assert.ok(ongoing.decisionDeposit.isSome);
		const { hash, len } = ongoing.proposal.toJSON().lookup;
		const call = api.createType('Call', (await api.query.preimage.preimageFor([hash, len])).unwrap());
		assert.equal(`${call.section}.${call.method}`, 'jobs.setParams');
		assert.deepEqual(call.args[0].toJSON(), { ...params, auditors: params.auditors + 1 });
		log(`referendum ${index} proposed from the page by Alice: jobs.set_params(auditors ${params.auditors} → ${params.auditors + 1}); a value of -1 refused before signing`);

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
	it('submits a private job: the input sealed, the key given to the providers drawn from the page, the result opened in the browser', async () => {
		const input = join(MODELS_DIR, 'digits.one.input.npy');
		const plain = encodeTensors(api, [readNpy(input)]);
		const page = await open('#/submit/0', 'Ferdie');
		await (await page.$('#input-file')).uploadFile(input);
		assert.equal(await page.$eval('#private', (e) => e.disabled), false, 'the digits model (Exact) takes private jobs');
		await page.click('#private');
		await page.click('#estimate-button');
		await page.waitForSelector('#private-shown');
		const len = plain.length + TAG_LEN;
		const est = await estimateFee(api, 0, new Uint8Array(len), AUDITED);
		assert.ok((await page.$eval('#fee', (e) => e.textContent)).startsWith(`At most ${vrt(est.total)} held`));
		const storage = api.consts.blobs.feeBase.toBigInt() + api.consts.blobs.feePerByte.toBigInt() * BigInt(len);
		assert.match(await page.$eval('#private-shown', (e) => e.textContent), new RegExp(`^Private: the input sealed \\(${len} bytes\\) and stored with the nodes for ${vrt(storage).replace('.', '\\.')}`));
		const { job, status } = await submitAndFollow(page);
		assert.match(status, /^Completed at block \d+/);
		assert.match(await page.$eval('h2', (e) => e.textContent), new RegExp(`^Job ${job} \\(private\\)`));
		// The key stayed in the browser; the page gave it to every provider drawn.
		const view = await jobView(api, job);
		assert.ok(view.private, 'a private job on chain');
		const stored = await page.evaluate((k) => localStorage.getItem(k), `verity:${api.genesisHash.toHex()}:job:${job}:key`);
		const key = hexToU8a(stored);
		assert.ok(isJobKey(view, key), 'the key the page kept is the one the job committed to');
		assert.equal(Number(await page.$eval('#keys-status', (e) => e.dataset.given)), view.assignments.length, 'every provider drawn was given the key');
		// The page shows the label Python onnxruntime gives, opened from the sealed result.
		const label = await page.$eval('#result-label', (e) => e.textContent);
		const reference = readNpy(join(MODELS_DIR, 'digits.one.label.npy'));
		assert.equal(label, String(new DataView(reference.data.buffer, reference.data.byteOffset).getBigInt64(0, true)));
		assert.match(await page.$eval('#private-result', (e) => e.textContent), new RegExp(`^The result is sealed on chain \\(${view.result.length} bytes\\); opened in this browser`));
		// On chain: neither the input nor the output in the clear.
		const output = openPrivateOutput(key, view.result);
		const [labels] = decodeTensors(api, output);
		assert.equal(String(labels.values[0]), label);
		const hex = (b) => Buffer.from(b).toString('hex');
		assert.ok(!hex(view.result).includes(hex(output.subarray(-40))), 'the output is not readable in the result');
		const typed = await api.call.jobsApi.tensors(job);
		assert.ok(typed.isNone || (typed.unwrap().input.isNone && typed.unwrap().output.isNone), 'the runtime decodes no tensors of a private job');
		assert.ok(!hex(await fetchData(api, view.inputHash)).includes(hex(plain.subarray(-40))), 'the stored input is sealed');
		await page.screenshot({ path: join(shots, 'job-private.png'), fullPage: true });
		log(`private job ${job}: ${status}; key given from the page to ${view.assignments.length} provider(s); label ${label} opened from ${view.result.length} sealed bytes`);
		await page.close();
	});

	it('generates on a prompt through the text model\'s registered tokenizer: the tokens Python onnxruntime generates, and their text', async () => {
		const ref = JSON.parse(readFileSync(join(MODELS_DIR, 'tinylm.reference.json'), 'utf8'));
		const io = JSON.parse(readFileSync(join(MODELS_DIR, 'tinylm.io.json'), 'utf8'));
		const tokenizerFile = join(MODELS_DIR, 'tinylm.tokenizer.json');
		const lm = await serveModel(join(MODELS_DIR, 'tinylm.onnx'), io, 'Exact', {
			generator: { tokenizer: { file: tokenizerFile, uri: `${origin}/models/tinylm.tokenizer.json` }, maxNewTokens: 64, maxContext: 128 },
		});
		const page = await open(`#/submit/${lm}`, 'Ferdie');
		assert.equal(await page.$eval('#private', (e) => e.disabled), true, 'a generator takes no private jobs');
		await page.type('#prompt', ref.prompt);
		await page.$eval('#max-new-tokens', (e, n) => (e.value = n), String(ref.generated_ids.length));
		const { job, status } = await submitAndFollow(page);
		assert.match(status, /^Completed at block \d+/);
		const tokens = await page.$eval('#result-tokens', (e) => e.textContent);
		assert.equal(tokens, ref.generated_ids.join(', '), 'the tokens Python onnxruntime\'s greedy loop generates (tinylm.reference.json)');
		assert.deepEqual(generatedIds(api, (await jobView(api, job)).result), ref.generated_ids);
		const tokenizer = await loadTokenizer(readFileSync(tokenizerFile, 'utf8'));
		assert.equal(await page.$eval('#result-text .prompt', (e) => e.textContent), tokenizer.decode(ref.prompt_ids));
		assert.equal(await page.$eval('#result-text .generated', (e) => e.textContent), tokenizer.decode(ref.generated_ids));
		await page.screenshot({ path: join(shots, 'job-text.png'), fullPage: true });
		log(`job ${job}: ${JSON.stringify(ref.prompt)} → ${ref.generated_ids.length} tokens, as Python onnxruntime generates them; text shown by the registered tokenizer`);
		await page.close();
	});

	it('submits a photograph to an image model and draws the detections on the picture the model saw', async () => {
		const models = process.env.VERITY_MODELS;
		assert.ok(models, 'VERITY_MODELS (scripts/setup fetches the YOLOv8n model and the photograph into it)');
		const io = JSON.parse(readFileSync(join(MODELS_DIR, 'yolov8n-320.io.json'), 'utf8'));
		const yolo = await serveModel(join(models, 'yolo', '320n.onnx'), io, { Tolerance: { absPpb: 1_000_000, relPpb: 1_000_000 } }, { image: { resize: 'letterbox' } });
		const photo = join(models, 'images', 'grace_hopper.jpg');
		const page = await open(`#/submit/${yolo}`, 'Ferdie');
		assert.equal(await page.$eval('#private', (e) => e.disabled), false, 'a Tolerance model takes private jobs (its providers judge the sealed outputs)');
		await (await page.$('#input-file')).uploadFile(photo);
		const { job, status } = await submitAndFollow(page);
		assert.match(status, /^Completed at block \d+/);
		await page.waitForSelector('#result-image');
		const view = await jobView(api, job);
		const [out] = decodeTensors(api, await jobResult(api, view));
		const found = yoloDetections(out);
		assert.ok(found.length > 0, 'the portrait has a detection');
		assert.equal(await page.$eval('#result-image', (c) => Number(c.dataset.boxes)), found.length);
		const lines = await page.$$eval('#result .detection', (ds) => ds.map((d) => d.textContent));
		assert.deepEqual(lines, found.map((d) => `class ${d.cls}, score ${d.score.toFixed(3)}, box [${d.box.map((v) => v.toFixed(0)).join(', ')}] (in the model's input pixels)`));
		// The picture drawn is the job's input: a pixel away from every box is the letterboxed
		// photograph's, as the client made it from the file.
		const { tensor } = imageTensor(readFileSync(photo), { width: 320, height: 320, resize: 'letterbox' });
		const input = new Float32Array(tensor.data.buffer);
		const [x, y] = [8, 160];
		assert.ok(found.every((d) => x < d.box[0] - 3 || x > d.box[2] + 3 || y < d.box[1] - 3 || y > d.box[3] + 3));
		const drawn = await page.$eval('#result-image', (c, px, py) => Array.from(c.getContext('2d').getImageData(px, py, 1, 1).data), x, y);
		assert.deepEqual(drawn.slice(0, 3), [0, 1, 2].map((c) => Math.round(input[c * 320 * 320 + y * 320 + x] * 255)));
		await page.screenshot({ path: join(shots, 'job-image.png'), fullPage: true });
		log(`job ${job}: ${found.length} detection(s) drawn on the 320×320 input; best class ${found[0].cls} score ${found[0].score.toFixed(3)}`);
		await page.close();
	});
});
