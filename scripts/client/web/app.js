// The Verity dApp: models, job submission, a job's live page, a provider's page and
// governance, on @polkadot/api and the same client code as the command line (../verity.js).
// Accounts come from a polkadot.js-compatible browser extension and, on a development chain,
// from the development keys (marked as such).

import { web3Accounts, web3Enable, web3FromAddress } from '@polkadot/extension-dapp';
import {
	AUDITED,
	connect,
	decodeTensors,
	encodeTensors,
	estimateFee,
	fetchData,
	followJobs,
	generatedIds,
	generationBeyondLimits,
	imageTensor,
	jobReceipt,
	jobResult,
	jobView,
	keyFromUri,
	parseNpy,
	providerHistory,
	registeredTokenizer,
	quorum,
	registeredImage,
	generationInput,
	giveKeys,
	isJobKey,
	openPrivateOutput,
	privateInput,
	short,
	submitJob,
	submitPrivateJob,
	trustOf,
	u8aToHex,
	hexToU8a,
	vrt,
	yoloDetections,
} from '../verity.js';
import { ORIGIN, propose, referendum, tracks, vote } from '../governance.js';
import { checkAgainst } from './check.js';
import { TAG_LEN } from '../privacy.js';
/** @typedef {import('../verity.js').Api} Api */

const DEV_NAMES = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
const page = document.getElementById('page');
const state = { api: undefined, accounts: [], current: undefined, names: new Map(), chain: '', genesis: '', leave: [] };

const el = (tag, attrs = {}, ...children) => {
	const e = document.createElement(tag);
	for (const [k, v] of Object.entries(attrs)) {
		if (k === 'on') for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f);
		else if (v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
	}
	for (const c of children.flat()) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
	return e;
};
const table = (head, rows, attrs = {}) =>
	el('table', attrs, el('tr', {}, head.map((h) => el('th', {}, h))), rows.map((r) => el('tr', {}, r.map((c) => el('td', {}, c)))));
/** A form field of the page, by id. */
const field = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));
const name = (a) => state.names.get(a.toString()) ?? short(a.toString());
const utf8 = (codec) => new TextDecoder().decode(codec.toU8a(true));
const spec = (t) => `${utf8(t.name)}: ${t.elem.type} [${t.shape.map((d) => (d.isFixed ? d.asFixed.toNumber() : '?')).join(', ')}]`;
const rule = (r) => (r.isExact ? 'Exact' : `Tolerance (abs ${r.asTolerance.absPpb.toNumber() / 1e9}, rel ${r.asTolerance.relPpb.toNumber() / 1e9})`);
/**
 * A private job's content key, kept in this browser's storage (the only copy: the chain holds
 * only its commitment), by chain and job.
 */
const keyStore = {
	at: (job) => `verity:${state.genesis}:job:${job}:key`,
	save: (job, key) => localStorage.setItem(keyStore.at(job), u8aToHex(key)),
	load: (job) => {
		const hex = localStorage.getItem(keyStore.at(job));
		return hex ? hexToU8a(hex) : undefined;
	},
};
const kindOf = (k) => (k.isGenerator ? 'generator (text)' : k.isImage ? `image (${k.asImage.resize.type.toLowerCase()})` : 'function');

// ----- connection and accounts -----

async function start() {
	const rpc = new URLSearchParams(location.search).get('rpc') ?? 'ws://127.0.0.1:9944';
	state.api = await connect(rpc);
	const api = state.api;
	state.chain = (await api.rpc.system.chain()).toString();
	state.genesis = api.genesisHash.toHex();
	const dev = (await api.rpc.system.chainType()).isDevelopment || (await api.rpc.system.chainType()).isLocal;
	state.names.set(api.consts.jobs.treasuryAccount.toString(), 'treasury');
	if (dev) {
		for (const n of DEV_NAMES) {
			const pair = keyFromUri(`//${n}`);
			state.names.set(pair.address, n);
			state.accounts.push({ label: `${n} — development account, test only`, address: pair.address, signer: pair, dev: true });
		}
	}
	// A browser extension (polkadot.js, Talisman, SubWallet, …), if one is installed.
	try {
		if ((await web3Enable('Verity')).length > 0) {
			for (const a of await web3Accounts()) {
				const { signer } = await web3FromAddress(a.address);
				state.accounts.push({ label: `${a.meta.name ?? short(a.address)} (${a.meta.source})`, address: a.address, signer: { address: a.address, injected: signer } });
			}
		}
	} catch (e) {
		console.warn('no extension accounts', e);
	}
	const select = /** @type {HTMLSelectElement} */ (document.getElementById('account'));
	select.replaceChildren(...state.accounts.map((a, i) => el('option', { value: i, class: a.dev ? 'dev' : undefined }, a.label)));
	select.addEventListener('change', () => chooseAccount(Number(select.value)));
	chooseAccount(0);
	const version = api.runtimeVersion;
	document.getElementById('chain').textContent = `${state.chain} · ${version.specName} v${version.specVersion.toNumber()} · ${rpc}`;
	api.rpc.chain.subscribeNewHeads((h) => {
		document.getElementById('chain').setAttribute('data-block', h.number.toString());
	});
	window.addEventListener('hashchange', render);
	await render();
}

async function chooseAccount(i) {
	state.current = state.accounts[i];
	/** @type {HTMLSelectElement} */ (document.getElementById('account')).value = String(i);
	await showBalance();
}

async function showBalance() {
	if (!state.current) return;
	const { data } = await state.api.query.system.account(state.current.address);
	document.getElementById('balance').textContent = `${vrt(data.free.toBigInt())} free, ${vrt(data.reserved.toBigInt())} held`;
}

// ----- pages -----

async function render() {
	// What the page left behind (a private job's key giving) stops.
	for (const stop of state.leave.splice(0)) stop();
	const [, route, arg, , from] = location.hash.split('/');
	for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.id === `nav-${route ?? 'models'}`);
	page.replaceChildren(el('p', {}, 'loading…'));
	try {
		if (route === 'submit') await submitPage(arg);
		else if (route === 'job') await jobPage(Number(arg), from === undefined ? undefined : Number(from));
		else if (route === 'provider') await providerPage(arg ?? state.current?.address);
		else if (route === 'governance') await governancePage();
		else await modelsPage();
	} catch (e) {
		page.replaceChildren(el('p', { class: 'error' }, e.message));
	}
	page.setAttribute('data-ready', location.hash);
}

async function modelEntries() {
	const api = state.api;
	const next = (await api.query.models.nextModelId()).toNumber();
	const entries = [];
	for (let id = 0; id < next; id++) {
		const m = await api.call.modelsApi.model(id);
		if (m.isSome) entries.push({ id, m: m.unwrap() });
	}
	return entries;
}

async function modelsPage() {
	const api = state.api;
	const rows = [];
	for (const { id, m } of await modelEntries()) {
		const pool = await api.call.providersApi.providersOf(id);
		const royalties = m.royalties.map((b) => `${name(b.account)} ${(b.share.toNumber() / 1e7).toFixed(0)} %`).join(', ');
		rows.push([
			el('a', { href: `#/submit/${id}` }, String(id)),
			el('span', { class: 'mono' }, m.toJSON().hash.slice(0, 18) + '…'),
			`${Number(m.toJSON().size).toLocaleString('en')} bytes`,
			kindOf(m.kind),
			el('div', {}, m.io.inputs.map((t) => el('div', {}, 'in ', spec(t))), m.io.outputs.map((t) => el('div', {}, 'out ', spec(t)))),
			rule(m.rule),
			`${vrt(m.royaltyPerJob.toBigInt())} per job${royalties ? ` (${royalties})` : ''}`,
			m.status.type,
			el('div', {}, pool.map((e) => el('div', {}, el('a', { href: `#/provider/${e.provider}` }, name(e.provider)), ` ${vrt(e.price.toBigInt())} a seat, stake ${vrt(e.stake.toBigInt())}`))),
		]);
	}
	page.replaceChildren(
		el('h2', {}, 'Models'),
		table(['id', 'blake2-256', 'size', 'kind', 'inputs and outputs', 'rule', 'royalty', 'status', 'providers (price, stake)'], rows, { id: 'models' }),
	);
}

/** The job input the submit form describes, checked against the model's declared inputs. */
async function formInput(model, m) {
	const kind = m.kind;
	if (kind.isGenerator) {
		const prompt = field('prompt').value;
		const most = Number(field('max-new-tokens').value);
		// The prompt through the model's registered tokenizer (checked against its hash), or
		// token ids as given.
		const ids = prompt
			? (await registeredTokenizer(state.api, model)).tokenizer.encode(prompt).ids
			: field('token-ids').value.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
		if (ids.length === 0 || ids.some((i) => !Number.isInteger(i) || i < 0)) throw new Error('give a prompt, or token ids separated by commas');
		if (!Number.isInteger(most) || most < 1) throw new Error('most new tokens: a whole number from 1; nothing was signed');
		const g = kind.asGenerator;
		const beyond = generationBeyondLimits(model, { maxNewTokens: g.maxNewTokens.toNumber(), maxContext: g.maxContext.toNumber() }, ids.length, most);
		if (beyond) throw new Error(`jobs.GenerationTooLong: ${beyond}; nothing was signed`);
		return generationInput(state.api, ids, most);
	}
	const file = field('input-file').files[0];
	if (!file) throw new Error('choose an input file');
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (/\.npy$/i.test(file.name)) return encodeTensors(state.api, [parseNpy(bytes, file.name)]);
	const dims = m.io.inputs[0].shape.map((d) => (d.isFixed ? d.asFixed.toNumber() : undefined));
	const declared = (await registeredImage(state.api, model)) ?? {};
	const { tensor } = imageTensor(bytes, { height: dims[2], width: dims[3], ...declared });
	return encodeTensors(state.api, [tensor]);
}

async function submitPage(arg) {
	const api = state.api;
	const entries = (await modelEntries()).filter(({ m }) => m.status.isActive || m.status.isDeprecated);
	if (entries.length === 0) throw new Error('no model takes jobs yet');
	const choose = el('select', { id: 'model' }, entries.map(({ id, m }) => el('option', { value: id }, `${id}: ${kindOf(m.kind)} ${m.toJSON().hash.slice(0, 10)}…`)));
	if (arg !== undefined) choose.value = arg;
	const tier = el('select', { id: 'tier' }, el('option', { value: 'audited' }, 'Audited (one primary, audited by chance; the default)'), el('option', { value: 'quorum3' }, 'Quorum of 3 seats (2 must agree)'));
	const privateBox = el('input', { id: 'private', type: 'checkbox' });
	const privateNote = el('span', { id: 'private-note', class: 'note' });
	const inputs = el('div', { id: 'inputs' });
	const estimate = el('div', { id: 'estimate' });
	const error = el('p', { id: 'submit-error', class: 'error' });
	const selected = () => entries.find((e) => e.id === Number(choose.value));
	const tierValue = () => (tier.value === 'quorum3' ? quorum(3) : AUDITED);
	const describeInputs = () => {
		const { m } = selected();
		// Private jobs take every model but a generator, whose auditors check its tokens in the
		// clear (a Tolerance model's providers judge each other's sealed outputs).
		const generator = m.kind.isGenerator;
		privateBox.disabled = generator;
		if (generator) privateBox.checked = false;
		privateNote.textContent = generator
			? ' not for this model: a generation\'s auditors check its tokens in the clear'
			: ' the input sealed so that only the providers drawn read it, the result so that only you do; its key stays in this browser (docs/privacy.md)';
		inputs.replaceChildren(
			el('p', {}, 'Takes ', m.io.inputs.map(spec).join('; '), '.'),
			m.kind.isGenerator
				? el('div', {},
					el('label', {}, 'Prompt ', el('input', { id: 'prompt', size: 60, placeholder: 'Once upon a time' })),
					el('label', {}, 'or its token ids ', el('input', { id: 'token-ids', size: 40, placeholder: '54, 261, 263' })),
					el('label', {}, 'Most new tokens ', el('input', { id: 'max-new-tokens', value: '16', size: 6 })))
				: el('label', {}, m.kind.isImage ? 'A JPEG photograph, or an input as .npy ' : 'The input as a NumPy .npy file ', el('input', { id: 'input-file', type: 'file', accept: '.npy,image/jpeg' })),
		);
		estimate.replaceChildren();
		error.textContent = '';
	};
	choose.addEventListener('change', describeInputs);
	const check = async () => {
		const { id, m } = selected();
		const input = await formInput(id, m);
		// The chain's own rule (`check_inputs`): refused here with the chain's error, before
		// anything is signed, so a bad input costs nothing.
		const why = checkAgainst(decodeTensorsSafe(api, input), m.io.inputs);
		if (why) {
			const meta = api.errors.jobs.InputMismatch.meta;
			throw new Error(`jobs.InputMismatch: ${meta.docs.map((d) => d.toString()).join(' ').trim()} (${why}; nothing was signed)`);
		}
		const sealed = privateBox.checked;
		if (sealed && !m.rule.isExact) {
			const meta = api.errors.jobs.PrivateNotSupported.meta;
			throw new Error(`jobs.PrivateNotSupported: ${meta.docs.map((d) => d.toString()).join(' ').trim()} (nothing was signed)`);
		}
		// A private job pays for its sealed input (the input and a 16-byte tag), which it
		// stores with the nodes first.
		const len = sealed ? input.length + TAG_LEN : input.length;
		const est = await estimateFee(api, id, new Uint8Array(len), tierValue());
		const storage = sealed ? api.consts.blobs.feeBase.toBigInt() + api.consts.blobs.feePerByte.toBigInt() * BigInt(len) : 0n;
		return { id, input, est, sealed, len, storage };
	};
	const showEstimate = ({ input, est, sealed, len, storage }) => {
		const t = tierValue();
		estimate.replaceChildren(
			...(sealed ? [el('p', { id: 'private-shown' }, `Private: the input sealed (${len.toLocaleString('en')} bytes) and stored with the nodes for ${vrt(storage)}; after each draw this page gives the providers drawn the job's key, so keep it open until the job ends.`)] : []),
			el('p', { id: 'fee' }, `At most ${vrt(est.total)} held (compute ${vrt(est.compute)}, royalty ${vrt(est.royalty)}, protocol fee ${vrt(est.protocol)}); what the seats do not cost is refunded.`),
			el('p', { id: 'tier-shown' }, typeof t === 'string' ? `Verification: audited — one primary, checked by ${est.maxSeats - 1} auditor seat(s) with probability at least the audit floor.` : `Verification: quorum of ${t.Quorum.redundancy} seats.`),
			el('p', {}, `Input ${input.length.toLocaleString('en')} bytes; ${est.eligibleProviders} eligible provider(s).`),
		);
	};
	const estimateButton = el('button', { id: 'estimate-button', type: 'button', on: { click: async () => {
		error.textContent = '';
		try {
			showEstimate(await check());
		} catch (e) {
			error.textContent = e.message;
		}
	} } }, 'Estimate the fee');
	const submitButton = el('button', { id: 'submit-button', type: 'button', on: { click: async () => {
		error.textContent = '';
		submitButton.disabled = true;
		try {
			const checked = await check();
			showEstimate(checked);
			const from = (await api.rpc.chain.getHeader()).number.toNumber();
			const s = checked.sealed
				? await submitPrivateJob(api, state.current.signer, checked.id, checked.input, { tier: tierValue(), maxFee: checked.est.total })
				: await submitJob(api, state.current.signer, checked.id, checked.input, { tier: tierValue(), maxFee: checked.est.total });
			if (s.key) keyStore.save(s.job, s.key);
			await showBalance();
			location.hash = `#/job/${s.job}/from/${from}`;
		} catch (e) {
			error.textContent = e.message;
			await showBalance();
		} finally {
			submitButton.disabled = false;
		}
	} } }, 'Sign and submit');
	page.replaceChildren(
		el('h2', {}, 'Submit a job'),
		el('label', {}, 'Model ', choose),
		el('label', {}, 'Verification ', tier),
		el('label', {}, privateBox, ' Private', privateNote),
		inputs,
		el('p', {}, estimateButton, ' ', submitButton),
		estimate,
		error,
	);
	describeInputs();
}

/** @param {Api} api */
function decodeTensorsSafe(api, bytes) {
	try {
		return decodeTensors(api, bytes);
	} catch {
		return undefined;
	}
}

/**
 * A job's result for people: a label with its probabilities, detections drawn on the input, text, or tensors.
 *
 * @param {Api} api
 */
async function renderResult(api, view, bytes) {
	const tensors = decodeTensors(api, bytes);
	const [a, b] = tensors;
	if (tensors.length === 2 && a.elem === 'Int64' && b.elem === 'Float32') {
		const probs = b.values;
		return el('div', { id: 'result' },
			el('p', {}, 'Label ', el('strong', { id: 'result-label' }, String(a.values[0]))),
			probs.map((p, i) => el('div', { class: 'bar' }, el('span', {}, String(i).padStart(2)), el('span', { class: 'fill', style: `width:${Math.round(p * 300)}px` }), el('span', {}, p.toFixed(4)))));
	}
	if (tensors.length === 1 && a.elem === 'Int64' && a.shape.length === 2) {
		const ids = generatedIds(api, bytes);
		return el('div', { id: 'result' }, await generatedText(api, view, ids), el('p', {}, 'Generated token ids ', el('code', { id: 'result-tokens' }, ids.join(', '))));
	}
	if (tensors.length === 1 && a.elem === 'Float32' && a.shape.length === 3) {
		const found = yoloDetections(a);
		return el('div', { id: 'result' },
			el('p', { id: 'result-detections' }, `${found.length} detection(s)`),
			await drawnDetections(api, view, found),
			found.map((d) => el('div', { class: 'detection' }, `class ${d.cls}, score ${d.score.toFixed(3)}, box [${d.box.map((v) => v.toFixed(0)).join(', ')}] (in the model's input pixels)`)));
	}
	return el('div', { id: 'result' }, tensors.map((t) => el('div', {}, `${t.elem} [${t.shape.join(', ')}]`)));
}

/**
 * A job's input tensors: on chain (typed by the runtime), or stored data fetched by hash.
 *
 * @param {Api} api
 */
async function jobInput(api, job, view) {
	// A private job's input is sealed: fetched and opened with its key, if this browser has it.
	if (view.private) {
		if (!view.key) throw new Error('the job is private and its key is not in this browser');
		return decodeTensors(api, await privateInput(api, view, view.key));
	}
	const typed = await api.call.jobsApi.tensors(job);
	if (typed.isSome && typed.unwrap().input.isSome) return decodeTensors(api, typed.unwrap().input.unwrap().toU8a());
	return decodeTensors(api, await fetchData(api, view.inputHash));
}

/**
 * The prompt and the generated text of a generation job, by the model's registered tokenizer
 * (fetched from its URI and checked against its hash), or why it cannot be shown here.
 *
 * @param {Api} api
 */
async function generatedText(api, view, ids) {
	try {
		const { tokenizer } = await registeredTokenizer(api, view.model);
		const [prompt] = await jobInput(api, view.job, view);
		return el('p', { id: 'result-text' },
			el('span', { class: 'prompt' }, tokenizer.decode(prompt.values.map(Number))),
			el('strong', { class: 'generated' }, tokenizer.decode(ids)));
	} catch (e) {
		return el('p', { id: 'result-text', class: 'note' }, `The text cannot be shown: ${e.message}`);
	}
}

/**
 * The image the model saw (the job's input tensor, [1, 3, H, W], mapped back through the
 * model's declared mean and std) with each detection's box drawn on it, or why not.
 *
 * @param {Api} api
 */
async function drawnDetections(api, view, found) {
	try {
		const [t] = await jobInput(api, view.job, view);
		if (t.elem !== 'Float32' || t.shape.length !== 4 || t.shape[1] !== 3) return el('p', { class: 'note' }, 'The input is not an image.');
		const [, , h, w] = t.shape;
		const { mean = [0, 0, 0], std = [1, 1, 1] } = (await registeredImage(api, view.model)) ?? {};
		const canvas = el('canvas', { id: 'result-image', width: w, height: h });
		const ctx = canvas.getContext('2d');
		const img = ctx.createImageData(w, h);
		for (let i = 0; i < w * h; i++) {
			for (let c = 0; c < 3; c++) img.data[4 * i + c] = Math.max(0, Math.min(255, Math.round((t.values[c * w * h + i] * std[c] + mean[c]) * 255)));
			img.data[4 * i + 3] = 255;
		}
		ctx.putImageData(img, 0, 0);
		ctx.lineWidth = 2;
		ctx.font = '12px sans-serif';
		for (const d of found) {
			const [x1, y1, x2, y2] = d.box;
			const hue = (d.cls * 67) % 360;
			ctx.strokeStyle = `hsl(${hue} 90% 45%)`;
			ctx.fillStyle = ctx.strokeStyle;
			ctx.strokeRect(x1, y1, x2 - x1, y2 - y1);
			ctx.fillText(`${d.cls} ${d.score.toFixed(2)}`, x1 + 2, Math.max(12, y1 - 3));
		}
		canvas.dataset.boxes = String(found.length);
		return canvas;
	} catch (e) {
		return el('p', { class: 'note' }, `The input image cannot be shown: ${e.message}`);
	}
}

/**
 * A private job's key on its page: checked against the job's commitment, offered for saving,
 * and — while the page is open, if this browser has a signer for the submitter — given to the
 * providers of each round drawn (`giveKeys` on every new block; it signs only when a round has
 * no key yet). Returns `{ key, line, stop }`.
 */
function privateKeys(job, view) {
	const none = { key: undefined, line: el('span'), stop: () => {} };
	if (!view.private) return none;
	let key = keyStore.load(job);
	if (key && !isJobKey(view, key)) key = undefined;
	if (!key) return { ...none, line: el('p', { id: 'keys-status', class: 'note' }, 'A private job: its key is not in this browser, so this page can neither give the providers their keys nor open its result.') };
	const line = el('p', { id: 'keys-status' });
	const save = el('a', { id: 'key-export', href: `data:text/plain,${u8aToHex(key)}`, download: `verity-job-${job}-key.txt` }, 'Save the job\'s key');
	const signer = state.accounts.find((a) => a.address === view.submitter)?.signer;
	// A completed job may still be challenged, and its challenge committee needs the key too.
	const ended = view.phase === 'Failed' || view.phase === 'Cancelled';
	if (!signer || ended) {
		line.append(ended ? 'A private job; its key is in this browser. ' : `A private job; its key is in this browser, but no account here signs for its submitter ${name(view.submitter)}, so its providers get no key from this page. `, save);
		return { key, line, stop: () => {} };
	}
	let given = 0;
	let chain = Promise.resolve();
	const say = (text, cls = '') => {
		line.replaceChildren(text, ' ', save);
		line.className = cls;
	};
	say(`A private job: on each block this page gives the providers drawn the job's key (signed by ${name(view.submitter)}); keep it open until the job ends.`);
	const unsubscribe = state.api.rpc.chain.subscribeNewHeads((h) => {
		chain = chain
			.then(() => giveKeys(state.api, signer, job, key))
			.then((n) => {
				if (n === 0) return;
				given += n;
				line.dataset.given = String(given);
				say(`The job's key given to ${given} provider(s) (jobs.provideKeys, signed by ${name(view.submitter)}, block ${h.number.toNumber()}); keep this page open until the job ends.`, 'ok');
			})
			.catch((e) => say(`Giving the job's key failed: ${e.message}`, 'error'));
	});
	let stopped = false;
	const stop = () => {
		if (stopped) return;
		stopped = true;
		unsubscribe.then((u) => u());
	};
	state.leave.push(stop);
	return { key, line, stop };
}

async function jobPage(job, from) {
	const api = state.api;
	const view = await jobView(api, job);
	if (!view) throw new Error(`job ${job} is not on chain (unknown, or pruned after its retention)`);
	const log = el('ol', { class: 'log', id: 'job-log' });
	const status = el('p', { id: 'job-status' }, `${view.phase}…`);
	const out = el('div', { id: 'job-outcome' });
	const keys = privateKeys(job, view);
	page.replaceChildren(
		el('h2', {}, `Job ${job}${view.private ? ' (private)' : ''}`),
		el('p', {}, `Model ${view.model}, submitted by `, el('a', { href: `#/provider/${view.submitter}` }, name(view.submitter)), `, ${typeof view.tier === 'string' ? 'audited' : `quorum of ${view.tier.Quorum.redundancy}`}; ${view.private ? 'sealed ' : ''}input blake2-256 `, el('code', {}, view.inputHash)),
		keys.line,
		status,
		log,
		out,
	);
	const start = from ?? Math.max(0, (await api.rpc.chain.getHeader()).number.toNumber() - 50);
	const outcomes = await followJobs(api, [job], {
		from: start,
		name,
		onEvent: (_, text) => log.append(el('li', {}, text)),
	});
	const o = outcomes.get(job);
	status.textContent = `${o.status}${o.reason ? ` (${o.reason}${o.failure ? `: ${o.failure}` : ''})` : ''} at block ${o.block}`;
	status.className = o.status === 'Completed' ? 'ok' : 'error';
	if (o.status !== 'Completed') keys.stop();
	const final = { ...(await jobView(api, job)), job, key: keys.key };
	const sealed = await jobResult(api, final);
	// A private job's result is sealed to its submitter: opened here with the job's key.
	let result = sealed;
	let opened = el('span');
	if (final.private && sealed) {
		result = undefined;
		try {
			if (!keys.key) throw new Error('its key is not in this browser (only the browser that submitted it has it)');
			result = openPrivateOutput(keys.key, sealed);
			opened = el('p', { id: 'private-result' }, `The result is sealed on chain (${sealed.length.toLocaleString('en')} bytes); opened in this browser with the job's key: ${result.length.toLocaleString('en')} bytes.`);
		} catch (e) {
			opened = el('p', { id: 'private-result', class: 'note' }, `The result is sealed on chain (${sealed.length.toLocaleString('en')} bytes) and cannot be opened here: ${e.message}`);
		}
	}
	const rows = [
		...o.payments.map((p) => [name(p.to), vrt(p.amount)]),
		...o.slashes.map((s) => [`${name(s.provider)} slashed (${s.reason})`, vrt(s.amount)]),
	];
	// A receipt anyone can check offline against a finalized block (`verity-node
	// verify-receipt`), for a completed job.
	let receipt = el('p', {}, '');
	if (o.status === 'Completed') {
		const r = await jobReceipt(api, job);
		const href = `data:application/json,${encodeURIComponent(JSON.stringify(r, null, 1))}`;
		receipt = el('p', {}, el('a', { id: 'receipt', href, download: `verity-job-${job}-receipt.json` }, 'Export the receipt'), ` — proven at finalized block #${r.block.number}; check it offline: `, el('code', {}, `verity-node verify-receipt verity-job-${job}-receipt.json --block ${r.block.hash}`));
	}
	out.replaceChildren(
		opened,
		result ? await renderResult(api, final, result) : el('p', {}, 'No result.'),
		receipt,
		el('h3', {}, 'Payouts'),
		el('p', { id: 'payout-summary' }, `paid to providers ${vrt(o.paidToProviders)}, royalty ${vrt(o.royalty)}, protocol fee ${vrt(o.protocolFee)}, refunded ${vrt(o.refunded)}`),
		table(['to', 'amount'], rows, { id: 'payouts' }),
	);
	// Everything about the ended job is on the page (what a test waits for).
	out.setAttribute('data-done', String(job));
	await showBalance();
}

async function providerPage(who) {
	const api = state.api;
	if (!who) throw new Error('choose an account');
	const p = await api.call.providersApi.provider(who);
	const head = el('h2', {}, `Provider ${name(who)}`);
	if (p.isNone) {
		page.replaceChildren(head, el('p', { id: 'provider-none' }, `${who} is not a provider.`));
		return;
	}
	const info = p.unwrap();
	const models = info.models.map((m) => m.toNumber());
	const trust = [];
	for (const m of models) {
		const t = await trustOf(api, who, m);
		trust.push([String(m), String(t.consecutiveValid), `${(t.auditProbability * 100).toFixed(1)} %`]);
	}
	const open = await api.call.jobsApi.jobsOf(who);
	const h = await providerHistory(api, who);
	page.replaceChildren(
		head,
		el('p', { id: 'provider-bond' }, `Bond ${vrt(info.bond.toBigInt())}, price ${vrt(info.price.toBigInt())} a seat, status ${info.status?.type ?? 'Active'}.`),
		el('h3', {}, 'Record per model'),
		table(['model', 'consecutive valid results', 'chance of an audit now'], trust),
		el('h3', {}, 'Open jobs'),
		el('p', {}, open.length ? open.map((j) => el('a', { href: `#/job/${j.toString()}` }, `job ${j.toString()} `)) : 'none'),
		el('h3', {}, 'Earnings and slashes'),
		el('p', { id: 'provider-totals' }, `Blocks ${h.from} to ${h.to}: paid ${vrt(h.paid)} for ${h.rows.filter((r) => r.paid > 0n).length} job(s), slashed ${vrt(h.slashed)}.`),
		table(
			['block', 'job', 'paid', 'slashed', 'why'],
			h.rows.map((r) => [String(r.block), el('a', { href: `#/job/${r.job}` }, String(r.job)), r.paid ? vrt(r.paid) : '', r.slashed ? vrt(r.slashed) : '', r.reason]),
			{ id: 'provider-history' },
		),
		el('p', { class: 'note' }, 'From the chain\'s events of the blocks this node keeps state for (an archive node keeps them all).'),
	);
}

async function governancePage() {
	const api = state.api;
	const named = new Map(tracks(api).map((t) => [t.id, t]));
	const entries = await api.query.referenda.referendumInfoFor.entries();
	const rows = [];
	for (const [key] of entries.sort((a, b) => a[0].args[0].toNumber() - b[0].args[0].toNumber())) {
		const index = key.args[0].toNumber();
		const r = await referendum(api, index);
		const balance = el('input', { id: `vote-balance-${index}`, value: '10', size: 6 });
		const conviction = el('select', { id: `vote-conviction-${index}` }, ['None', 'Locked1x', 'Locked2x', 'Locked3x', 'Locked4x', 'Locked5x', 'Locked6x'].map((c) => el('option', { value: c, selected: c === 'Locked1x' }, c)));
		const said = el('span', { id: `vote-result-${index}` });
		const cast = (aye) => async () => {
			said.textContent = 'signing…';
			try {
				await vote(api, state.current.signer, index, { aye, balance: BigInt(Math.round(Number(balance.value) * 1e6)) * 10n ** 6n, conviction: conviction.value });
				said.textContent = `voted ${aye ? 'aye' : 'nay'}`;
				said.className = 'ok';
				await showBalance();
				const now = await referendum(api, index);
				document.getElementById(`tally-${index}`).textContent = tally(now);
			} catch (e) {
				said.textContent = e.message;
				said.className = 'error';
			}
		};
		rows.push([
			String(index),
			named.get(r.track)?.name ?? (r.track === undefined ? '' : String(r.track)),
			r.status + (r.deciding ? (r.confirming ? ' (confirming)' : ' (deciding)') : ''),
			el('span', { id: `tally-${index}` }, tally(r)),
			r.status === 'Ongoing'
				? el('span', {}, balance, ' VRT ', conviction, ' ', el('button', { id: `aye-${index}`, on: { click: cast(true) } }, 'Aye'), ' ', el('button', { id: `nay-${index}`, on: { click: cast(false) } }, 'Nay'), ' ', said)
				: '',
		]);
	}
	page.replaceChildren(
		el('h2', {}, 'Governance'),
		el('p', {}, 'Referenda on each track, with their tallies; vote with conviction (tokens locked ×1 to ×6 longer for ×1 to ×6 the weight).'),
		table(['referendum', 'track', 'status', 'tally', 'vote'], rows, { id: 'referenda' }),
		el('h3', {}, 'Propose a parameter change'),
		await proposalForm(named),
		el('h3', {}, 'Tracks'),
		table(['track', 'decision period', 'confirm period', 'decision deposit'], [...named.values()].map((t) => [t.name, `${t.decisionPeriod} blocks`, `${t.confirmPeriod} blocks`, vrt(t.decisionDeposit)])),
	);
}

/**
 * A referendum on the protocol_params track that enacts `jobs.set_params` with the values the
 * form changes (the rest stay as they are): the form is built from the parameters' storage
 * type in the metadata, Perbill fields in percent.
 */
async function proposalForm(named) {
	const api = state.api;
	const current = (await api.query.jobs.params()).unwrap();
	const fields = [...current.entries()].map(([key, value]) => {
		const perbill = value.toRawType() === 'Perbill';
		const was = perbill ? String(value.toNumber() / 1e7) : value.toString();
		return { key, perbill, was, input: el('input', { id: `param-${key}`, value: was, size: 10 }) };
	});
	const track = [...named.values()].find((t) => t.name === 'protocol_params');
	const result = el('p', { id: 'propose-result' });
	const button = el('button', { id: 'propose-button', type: 'button', on: { click: async () => {
		result.textContent = '';
		result.className = '';
		try {
			const next = current.toJSON();
			const changed = [];
			for (const f of fields) {
				const text = f.input.value.trim();
				if (text === f.was) continue;
				const n = Number(text);
				const ok = text !== '' && Number.isFinite(n) && n >= 0 && (f.perbill ? n <= 100 : Number.isInteger(n) && n < 2 ** 32);
				if (!ok) throw new Error(`${f.key}: ${f.perbill ? 'a percentage from 0 to 100' : 'a whole number below 2^32'}, not "${text}"; nothing was signed`);
				next[f.key] = f.perbill ? Math.round(n * 1e7) : n;
				changed.push(`${f.key} ${f.was} → ${text}`);
			}
			if (changed.length === 0) throw new Error('change at least one parameter; nothing was signed');
			button.disabled = true;
			result.textContent = 'signing the preimage, the referendum and its decision deposit…';
			const { index } = await propose(api, state.current.signer, api.tx.jobs.setParams(next), { origin: ORIGIN.protocolParams });
			// The page again, with the new referendum in the table, and what was done.
			await render();
			const said = document.getElementById('propose-result');
			said.textContent = `referendum ${index} submitted on protocol_params: jobs.set_params(${changed.join(', ')})`;
			said.className = 'ok';
			said.setAttribute('data-index', String(index));
			await showBalance();
		} catch (e) {
			result.textContent = e.message;
			result.className = 'error';
			await showBalance();
		} finally {
			button.disabled = false;
		}
	} } }, 'Sign and propose');
	return el('div', { id: 'propose' },
		el('p', {}, `Enacts jobs.set_params through a referendum on the protocol_params track: the preimage is noted, the referendum submitted (submission deposit ${vrt(api.consts.referenda.submissionDeposit.toBigInt())}) and its decision deposit placed (${track ? vrt(track.decisionDeposit) : '?'}), three transactions signed by the chosen account. Percentages are of the minimum bond or of prices, as the parameter says.`),
		table(['parameter', 'now', 'proposed'], fields.map((f) => [f.key, `${f.was}${f.perbill ? ' %' : ''}`, f.input]), { id: 'params' }),
		el('p', {}, button),
		result);
}

const tally = (r) => (r.status === 'Ongoing' ? `ayes ${vrt(r.ayes)}, nays ${vrt(r.nays)}, support ${vrt(r.support)}` : '');

start().catch((e) => {
	document.getElementById('chain').textContent = `cannot connect: ${e.message}`;
	page.replaceChildren(el('p', { class: 'error' }, e.message));
});
