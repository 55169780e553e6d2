// A dApp client library for Verity on @polkadot/api.
//
// Everything here comes from the chain's metadata and runtime APIs: transactions are built
// with `api.tx.*`, storage read with `api.query.*`, fee estimates and job views with
// `api.call.*`. There is no custom type bundle: even a job's input and output, the canonical
// tensor list (docs/protocol.md), are encoded and decoded by the runtime's own `Tensor` type.
// types/ holds the TypeScript definitions generated from the runtime's metadata
// (`npm run typegen`); the test command regenerates them and type-checks this client.

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { base32Encode, blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';
import { u8aToHex, hexToU8a, u8aConcat } from '@polkadot/util';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import * as privacy from './privacy.js';

/** @typedef {import('@polkadot/api').ApiPromise} Api The API the client works through, typed by types/ (the runtime's metadata). */

/** 1 VRT in planck (12 decimals). */
export const UNIT = 10n ** 12n;

/** Formats planck as VRT with six decimals. */
export function vrt(planck) {
	const p = BigInt(planck);
	const sign = p < 0n ? '-' : '';
	const a = p < 0n ? -p : p;
	const frac = ((a % UNIT) / 1_000_000n).toString().padStart(6, '0');
	return `${sign}${a / UNIT}.${frac} VRT`;
}

const providers = new WeakMap(); // api -> its WsProvider

/** Connects to a node's WebSocket RPC endpoint and waits until the API is ready. */
export async function connect(url, { timeoutMs = 60_000 } = {}) {
	await cryptoWaitReady();
	const provider = new WsProvider(url, 1_000, {}, timeoutMs);
	const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: false });
	await api.isReady;
	providers.set(api, provider);
	return api;
}

/**
 * Calls a JSON-RPC method that @polkadot/api has no decoration for, on `api`'s connection.
 *
 * @param {Api} api
 */
export function rawRpc(api, method, params = []) {
	const provider = providers.get(api);
	if (!provider) throw new Error('rawRpc needs an api from connect()');
	return provider.send(method, params);
}

/**
 * The chain's whole top-level state at its finalized head, as 0x-hex `[key, value]` pairs read
 * a thousand keys at a time (`state_getKeysPaged`, `state_queryStorageAt`), with the block and
 * runtime it was taken at: a snapshot for try-runtime's upgrade check, which
 * runtime/tests/try_runtime.rs runs on the JSON of it (`VERITY_SNAPSHOT`).
 *
 * @param {Api} api
 */
export async function stateSnapshot(api) {
	const hash = (await api.rpc.chain.getFinalizedHead()).toHex();
	const header = await api.rpc.chain.getHeader(hash);
	const version = await api.rpc.state.getRuntimeVersion(hash);
	const top = [];
	let start = null;
	for (;;) {
		const keys = await rawRpc(api, 'state_getKeysPaged', ['0x', 1000, start, hash]);
		if (keys.length === 0) break;
		const [set] = await rawRpc(api, 'state_queryStorageAt', [keys, hash]);
		const values = new Map(set.changes);
		for (const k of keys) {
			const v = values.get(k);
			if (v != null) top.push([k, v]);
		}
		start = keys[keys.length - 1];
	}
	const bytes = top.reduce((n, [k, v]) => n + (k.length + v.length - 4) / 2, 0);
	return { chain: (await api.rpc.system.chain()).toString(), block: header.number.toNumber(), hash, specVersion: version.specVersion.toNumber(), bytes, top };
}

/** An sr25519 key pair from a secret URI such as `//Alice` (development keys). */
export function keyFromUri(uri) {
	return new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri(uri);
}

/**
 * The name and docs of a failed dispatch, e.g. `jobs.FeeAboveMax: The job costs more…`.
 *
 * @param {Api} api
 */
export function dispatchErrorText(api, dispatchError) {
	if (dispatchError.isModule) {
		const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
		return `${section}.${name}: ${docs.join(' ').trim()}`;
	}
	return dispatchError.toString();
}

/** Thrown when a transaction fails on chain or is rejected by the pool. */
export class TxError extends Error {
	/**
	 * @param {string} message
	 * @param {{ name?: string, events?: any[] }} [details]
	 */
	constructor(message, { name, events } = {}) {
		super(message);
		this.errorName = name;
		this.events = events;
	}
}

/**
 * The pool's refusals of a transaction whose nonce the node guessed wrong: another of the
 * account's transactions waits in the pool with that nonce (1014), or the nonce is already
 * used (1010 outdated). With `nonce: -1` the node guesses from its best block and the pool's
 * ready queue; while BABE forks compete these can disagree — a transaction whose block lost is
 * back in the pool, or the pool's newest view is of the other fork — and the next nonce it
 * gives is taken (seen in a CI run: scenario 11's model registration refused "Priority is too
 * low" right after Eve's remark of scenario 10 was in a block).
 */
const STALE_NONCE = /1014: Priority is too low|1010: Invalid Transaction: Transaction is outdated/;

/** Attempts of `send` with a nonce the node guesses: the first and up to three after a refusal. */
export const SEND_ATTEMPTS = 4;

/** Resolves with the next block header the node imports; rejects after `timeoutMs` without one. */
function nextBlock(api, timeoutMs) {
	return new Promise((resolve, reject) => {
		let first = true;
		let unsub = () => {};
		let done = false;
		const finish = (f, v) => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			unsub();
			f(v);
		};
		const timer = setTimeout(() => finish(reject, new Error(`no new block within ${timeoutMs} ms`)), timeoutMs);
		api.rpc.chain
			.subscribeNewHeads((header) => {
				// The subscription reports the current best head first; wait for one after it.
				if (first) return void (first = false);
				finish(resolve, header);
			})
			.then((u) => {
				unsub = u;
				if (done) u();
			})
			.catch((e) => finish(reject, e));
	});
}

/**
 * Signs and submits `tx` with `signer`, waits until it is in a block (or finalized with
 * `{ finalized: true }`) and returns `{ blockHash, events, fee }`. A failed dispatch throws a
 * TxError whose `errorName` is the pallet error (e.g. `jobs.FeeAboveMax`); nothing it would
 * have moved has moved.
 *
 * With the default `nonce: -1` a refusal by the pool for a nonce the node guessed wrong
 * (STALE_NONCE) is retried after the next block, signed again with a fresh nonce, up to
 * SEND_ATTEMPTS times: the refused transaction never entered the pool, so nothing is sent
 * twice. An explicit nonce is the caller's and is never retried.
 *
 * @param {Api} api
 */
export async function send(api, signer, tx, options = {}) {
	const { nonce = -1, timeoutMs = 120_000 } = options;
	for (let attempt = 1; ; attempt++) {
		try {
			return await sendOnce(api, signer, attempt === 1 ? tx : api.tx(tx.method), options);
		} catch (e) {
			if (nonce !== -1 || attempt >= SEND_ATTEMPTS || !STALE_NONCE.test(e.message)) throw e;
			// A chain that makes no block leaves the pool's refusal as the answer.
			await nextBlock(api, timeoutMs).catch(() => {
				throw e;
			});
		}
	}
}

/** @param {Api} api */
function sendOnce(api, signer, tx, { nonce = -1, finalized = false, timeoutMs = 120_000 } = {}) {
	return new Promise((resolve, reject) => {
		let unsub = () => {};
		const timer = setTimeout(() => {
			unsub();
			reject(new TxError(`${tx.method.section}.${tx.method.method}: not included within ${timeoutMs} ms`));
		}, timeoutMs);
		const done = (f, v) => {
			clearTimeout(timer);
			unsub();
			f(v);
		};
		// A keypair signs itself; an account of a browser extension is `{ address, injected }`,
		// signed by the extension's signer.
		const [account, options] = signer.injected ? [signer.address, { nonce, signer: signer.injected }] : [signer, { nonce }];
		tx.signAndSend(account, options, (result) => {
			const { status, events, dispatchError } = result;
			if (status.isInvalid || status.isDropped || status.isUsurped) {
				return done(reject, new TxError(`${tx.method.section}.${tx.method.method}: ${status.type}`));
			}
			if (!(finalized ? status.isFinalized : status.isInBlock || status.isFinalized)) return;
			const blockHash = status.isInBlock ? status.asInBlock : status.asFinalized;
			if (dispatchError) {
				const text = dispatchErrorText(api, dispatchError);
				return done(reject, new TxError(text, { name: text.split(':')[0], events }));
			}
			const feeEvent = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
			const fee = feeEvent ? feeEvent.event.data.actualFee.toBigInt() : 0n;
			done(resolve, { blockHash, events: events.map((e) => e.event), fee });
		})
			.then((u) => {
				unsub = u;
			})
			.catch((e) => done(reject, new TxError(`${tx.method.section}.${tx.method.method}: ${e.message}`)));
	});
}

// ----- the canonical tensor encoding (docs/protocol.md) -----

/**
 * Bytes per element of each ONNX element type (the runtime's `ElementType` variants). Only to
 * read a tensor's data as numbers and to say early when data does not fill a shape; the
 * tensor list itself is encoded and decoded by the runtime's metadata type.
 */
export const ELEM_SIZE = { Float32: 4, UInt8: 1, Int8: 1, UInt16: 2, Int16: 2, Int32: 4, Int64: 8, Bool: 1, Float16: 2, Float64: 8, UInt32: 4, UInt64: 8 };

const tensorTypes = new WeakMap(); // registry -> 'Vec<LookupN>'

/**
 * The type of a job's input and output, `Vec<verity_primitives::tensor::Tensor>`, as the
 * runtime's metadata declares it (jobsApi.tensors returns it): the client has no codec of
 * its own, so a runtime that changes the encoding changes what the client writes.
 *
 * @param {Api} api
 */
export function tensorListType(api) {
	const registry = api.registry;
	if (!tensorTypes.has(registry)) {
		const found = registry.lookup.types.find(({ type }) => type.path.map(String).join('::') === 'verity_primitives::tensor::Tensor');
		if (!found) throw new Error("the runtime's metadata declares no verity_primitives::tensor::Tensor (a runtime before spec 116)");
		tensorTypes.set(registry, `Vec<${registry.createLookupType(found.id)}>`);
	}
	return tensorTypes.get(registry);
}

/**
 * Encodes tensors `{ elem: 'Float32', shape: [1, 64], data: Uint8Array }` as the runtime's `Vec<Tensor>`.
 *
 * @param {Api} api
 */
export function encodeTensors(api, tensors) {
	for (const t of tensors) {
		const size = ELEM_SIZE[t.elem];
		if (!size) throw new Error(`unknown element type ${t.elem}`);
		const count = t.shape.reduce((a, d) => a * d, 1);
		if (t.data.length !== count * size) {
			throw new Error(`tensor data is ${t.data.length} bytes; shape [${t.shape}] of ${t.elem} needs ${count * size}`);
		}
	}
	const list = tensors.map((t) => ({ elem: t.elem, shape: t.shape.map((d) => BigInt(d)), data: u8aToHex(t.data) }));
	return api.registry.createType(tensorListType(api), list).toU8a();
}

/**
 * Decodes a job's input or output by the runtime's `Vec<Tensor>`; numeric tensors get a `values` array.
 *
 * @param {Api} api
 */
export function decodeTensors(api, bytes) {
	let list;
	try {
		list = api.registry.createType(tensorListType(api), bytes);
	} catch (e) {
		throw new Error(`malformed tensor list: ${e.message.split('\n')[0]}`);
	}
	if (list.encodedLength !== bytes.length) throw new Error('malformed tensor list: trailing bytes');
	return list.map((t) => {
		const elem = t.elem.type;
		const data = t.data.toU8a(true);
		return { elem, shape: t.shape.map((d) => d.toNumber()), data, values: values(elem, data) };
	});
}

function values(elem, data) {
	const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
	const read = {
		Float32: [4, (o) => v.getFloat32(o, true)],
		Float64: [8, (o) => v.getFloat64(o, true)],
		Int64: [8, (o) => v.getBigInt64(o, true)],
		Int32: [4, (o) => v.getInt32(o, true)],
		UInt8: [1, (o) => v.getUint8(o)],
	}[elem];
	if (!read) return undefined;
	return Array.from({ length: data.length / read[0] }, (_, i) => read[1](i * read[0]));
}

/** Decodes a JPEG or PNG file's bytes into `{ width, height, rgba }` (8 bits per channel). */
export function decodeImage(bytes) {
	const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
	if (b[0] === 0xff && b[1] === 0xd8) {
		const { width, height, data } = jpeg.decode(b, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
		return { width, height, rgba: data };
	}
	if (String.fromCharCode(...b.subarray(1, 4)) === 'PNG') {
		const { width, height, data } = PNG.sync.read(Buffer.from(b));
		return { width, height, rgba: new Uint8Array(data.buffer, data.byteOffset, data.length) };
	}
	throw new Error('not a JPEG or PNG image');
}

/**
 * An image file turned into a model's input tensor: a Float32 `[1, 3, height, width]` (NCHW,
 * RGB) tensor, the image resized by bilinear interpolation — `letterbox` (default: scaled to
 * fit, centred, the rest filled with grey 114, as YOLO models are trained) or `stretch` —
 * each channel mapped to `(value / 255 − mean[c]) / std[c]` (defaults mean 0, std 1: values
 * in [0, 1]; ImageNet models use mean [0.485, 0.456, 0.406], std [0.229, 0.224, 0.225]).
 * Returns `{ tensor, scale, padX, padY }`: a point (x, y) of the tensor is
 * ((x − padX) / scale, (y − padY) / scale) in the image.
 */
export function imageTensor(bytes, { width, height, resize = 'letterbox', mean = [0, 0, 0], std = [1, 1, 1] }) {
	const img = decodeImage(bytes);
	const sx = width / img.width;
	const sy = height / img.height;
	const [scaleX, scaleY] = resize === 'stretch' ? [sx, sy] : [Math.min(sx, sy), Math.min(sx, sy)];
	const [w, h] = [Math.round(img.width * scaleX), Math.round(img.height * scaleY)];
	const [padX, padY] = [Math.floor((width - w) / 2), Math.floor((height - h) / 2)];
	const out = new Float32Array(3 * width * height);
	const plane = width * height;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const [u, v] = [x - padX, y - padY];
			let rgb = [114, 114, 114];
			if (u >= 0 && u < w && v >= 0 && v < h) {
				// Pixel centres: sample the source at ((u + 0.5) / scale − 0.5).
				const fx = Math.min(Math.max((u + 0.5) / scaleX - 0.5, 0), img.width - 1);
				const fy = Math.min(Math.max((v + 0.5) / scaleY - 0.5, 0), img.height - 1);
				const [x0, y0] = [Math.floor(fx), Math.floor(fy)];
				const [x1, y1] = [Math.min(x0 + 1, img.width - 1), Math.min(y0 + 1, img.height - 1)];
				const [ax, ay] = [fx - x0, fy - y0];
				const px = (xx, yy, c) => img.rgba[4 * (yy * img.width + xx) + c];
				rgb = [0, 1, 2].map((c) =>
					(1 - ay) * ((1 - ax) * px(x0, y0, c) + ax * px(x1, y0, c)) + ay * ((1 - ax) * px(x0, y1, c) + ax * px(x1, y1, c)));
			}
			for (let c = 0; c < 3; c++) out[c * plane + y * width + x] = (rgb[c] / 255 - mean[c]) / std[c];
		}
	}
	return {
		tensor: { elem: 'Float32', shape: [1, 3, height, width], data: new Uint8Array(out.buffer) },
		scale: scaleX,
		padX,
		padY,
	};
}

/**
 * A tokenizer from a Hugging Face `tokenizer.json` (its text or parsed object), by the pure
 * JavaScript `@huggingface/tokenizers`: `encode(text).ids`, `decode(ids)`.
 */
export async function loadTokenizer(json) {
	const { Tokenizer } = await import('@huggingface/tokenizers');
	return new Tokenizer(typeof json === 'string' ? JSON.parse(json) : json, {});
}

/**
 * The input of a generation job for a causal language model (a model of the standard
 * decoder layout registered with inputs `input_ids` Int64 [1, n] and `max_new_tokens` Int64
 * [1], and optionally `eos_token_id` Int64 [1]): the prompt's token ids and how many tokens
 * to add at most.
 *
 * @param {Api} api
 */
export function generationInput(api, ids, maxNewTokens, eosTokenId) {
	const int64 = (values) => new Uint8Array(BigInt64Array.from(values.map(BigInt)).buffer);
	const tensors = [
		{ elem: 'Int64', shape: [1, ids.length], data: int64(ids) },
		{ elem: 'Int64', shape: [1], data: int64([maxNewTokens]) },
	];
	if (eosTokenId !== undefined) tensors.push({ elem: 'Int64', shape: [1], data: int64([eosTokenId]) });
	return encodeTensors(api, tensors);
}

/**
 * Why a generation of `maxNew` tokens after a `promptLen`-token prompt breaks model `model`'s
 * limits (`{ maxNewTokens, maxContext }`, as `registeredTokenizer` returns them): the chain's
 * own rule (`jobs.GenerationTooLong`), checked before anything is signed. Undefined when it fits.
 */
export function generationBeyondLimits(model, { maxNewTokens, maxContext }, promptLen, maxNew) {
	if (maxNew <= maxNewTokens && promptLen + maxNew <= maxContext) return undefined;
	return `model ${model} generates at most ${maxNewTokens} new tokens within a context of ${maxContext}; the prompt is ${promptLen} tokens and ${maxNew} new ones were asked for`;
}

/**
 * The token ids a generation job's output (`tokens` Int64 [1, m]) holds, as numbers.
 *
 * @param {Api} api
 */
export function generatedIds(api, bytes) {
	const [t] = decodeTensors(api, bytes);
	if (t.elem !== 'Int64' || t.shape.length !== 2 || t.shape[0] !== 1) throw new Error(`not generated tokens: ${t.elem} [${t.shape}]`);
	return t.values.map(Number);
}

/**
 * Detections from a YOLOv8-style output tensor `{ shape: [1, 4 + classes, anchors], values }`
 * (rows: box centre x, y, width, height in input pixels, then each class's score): the anchors
 * whose best class scores at least `threshold`, best first, after non-maximum suppression
 * (a box overlapping a better one of its class by more than `iou` is dropped), at most `max`.
 * Each: `{ anchor, cls, score, box: [x1, y1, x2, y2] }`.
 */
export function yoloDetections({ shape, values: v }, { threshold = 0.25, iou = 0.45, max = 100 } = {}) {
	const [, rows, n] = shape;
	if (shape.length !== 3 || rows < 5) throw new Error(`not a YOLO output: shape [${shape}]`);
	const at = (r, a) => v[r * n + a];
	const found = [];
	for (let a = 0; a < n; a++) {
		let cls = 0;
		for (let c = 1; c < rows - 4; c++) if (at(4 + c, a) > at(4 + cls, a)) cls = c;
		const score = at(4 + cls, a);
		if (score < threshold) continue;
		const [x, y, w, h] = [0, 1, 2, 3].map((r) => at(r, a));
		found.push({ anchor: a, cls, score, box: [x - w / 2, y - h / 2, x + w / 2, y + h / 2] });
	}
	found.sort((p, q) => q.score - p.score || p.anchor - q.anchor);
	const overlap = (p, q) => {
		const w = Math.max(0, Math.min(p[2], q[2]) - Math.max(p[0], q[0]));
		const h = Math.max(0, Math.min(p[3], q[3]) - Math.max(p[1], q[1]));
		const area = (b) => (b[2] - b[0]) * (b[3] - b[1]);
		return (w * h) / (area(p) + area(q) - w * h || 1);
	};
	const kept = [];
	for (const d of found) {
		if (kept.length === max) break;
		if (!kept.some((k) => k.cls === d.cls && overlap(k.box, d.box) > iou)) kept.push(d);
	}
	return kept;
}

/** Reads a NumPy .npy file (little-endian f4, f8, i4, i8, u1) as a tensor. */
export function readNpy(path) {
	return parseNpy(new Uint8Array(readFileSync(path)), path);
}

/** A NumPy .npy file's bytes (little-endian f4, f8, i4, i8, u1) as a tensor; `name` in errors. */
export function parseNpy(b, name = 'the file') {
	const path = name;
	const latin1 = (u) => String.fromCharCode(...u);
	if (latin1(b.subarray(0, 6)) !== '\x93NUMPY') throw new Error(`${path}: not a .npy file`);
	const major = b[6];
	const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
	const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
	const start = major === 1 ? 10 : 12;
	const header = latin1(b.subarray(start, start + headerLen));
	const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
	const fortran = /'fortran_order':\s*True/.test(header);
	const shape = (/'shape':\s*\(([^)]*)\)/.exec(header)?.[1] ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)
		.map(Number);
	const elem = { '<f4': 'Float32', '<f8': 'Float64', '<i4': 'Int32', '<i8': 'Int64', '|u1': 'UInt8' }[descr];
	if (!elem || fortran) throw new Error(`${path}: unsupported array (${descr}, fortran_order ${fortran})`);
	return { elem, shape, data: new Uint8Array(b.subarray(start + headerLen)) };
}

// ----- models, providers and jobs -----

/**
 * The id of the model with this content hash, if registered.
 *
 * @param {Api} api
 */
export async function modelByHash(api, hash) {
	const id = await api.call.modelsApi.modelByHash(hash);
	return id.isSome ? id.unwrap().toNumber() : undefined;
}

/**
 * Registers a model file unless a model with its hash exists; returns `{ model, created }`.
 * `io` is the model's declared inputs and outputs (as `verity-node infer --json` prints them in `io`),
 * `royalties` a list of `{ account, percent }` adding up to 100.
 *
 * @param {Api} api
 * @param {any} owner
 * @param {{ file: string, uri: string, io: any, rule?: string | object, royaltyPerJob?: bigint, royalties?: { account: string, percent: number }[], generator?: object, image?: object }} model
 * @param {{ nonce?: number, finalized?: boolean, timeoutMs?: number }} [opts]
 */
export async function registerModel(api, owner, { file, uri, io, rule = 'Exact', royaltyPerJob, royalties, generator, image }, opts) {
	const bytes = readFileSync(file);
	const hash = blake2AsU8a(bytes, 256);
	const existing = await modelByHash(api, hash);
	if (existing !== undefined) return { model: existing, created: false, hash: u8aToHex(hash) };
	const shares = royalties.map(({ account, percent }) => ({ account, share: percent * 10_000_000 }));
	// A generator or an image model is registered with its kind; any other as a function.
	const kind = generator ? { Generator: generatorSpec(generator) } : image ? { Image: imageSpec(image) } : undefined;
	const tx = kind
		? api.tx.models.registerWithKind(hash, bytes.length, uri, io, rule, royaltyPerJob, shares, kind)
		: api.tx.models.register(hash, bytes.length, uri, io, rule, royaltyPerJob, shares);
	const { events, fee } = await send(api, owner, tx, opts);
	const ev = events.find((e) => api.events.models.ModelRegistered.is(e));
	return { model: ev.data.model.toNumber(), created: true, hash: u8aToHex(hash), fee };
}

/**
 * A generator's registry part from `{ tokenizer: { file, uri }, maxNewTokens, maxContext,
 * logitMarginPpm }`: the tokenizer by blake2-256 hash, size and URI (file:// of the file by
 * default) and the limits (defaults: 256 new tokens, a context of 512, a margin of 1e-3).
 */
export function generatorSpec({ tokenizer, maxNewTokens = 256, maxContext = 512, logitMarginPpm = 1_000 }) {
	const bytes = readFileSync(tokenizer.file);
	return {
		tokenizer: { hash: u8aToHex(blake2AsU8a(bytes, 256)), size: bytes.length, uri: tokenizer.uri ?? `file://${resolvePath(tokenizer.file)}` },
		maxNewTokens,
		maxContext,
		logitMarginPpm,
	};
}

/**
 * An image model's registry part from `{ resize = 'letterbox', mean = [0, 0, 0], std = [1, 1,
 * 1] }` (per R, G, B channel, applied to value / 255), in millionths.
 */
export function imageSpec({ resize = 'letterbox', mean = [0, 0, 0], std = [1, 1, 1] } = {}) {
	if (!['letterbox', 'stretch'].includes(resize)) throw new Error(`resize is letterbox or stretch, not ${resize}`);
	const ppm = (v) => Math.round(v * 1e6);
	return { resize: resize === 'stretch' ? 'Stretch' : 'Letterbox', meanPpm: mean.map(ppm), stdPpm: std.map(ppm) };
}

/**
 * How model `model` makes its input from a picture, if it was registered as an image model:
 * `{ resize, mean, std }` as `imageTensor` takes them; `undefined` for another kind.
 *
 * @param {Api} api
 */
export async function registeredImage(api, model) {
	const entry = await api.call.modelsApi.model(model);
	if (entry.isNone) throw new Error(`model ${model} is not registered`);
	const kind = entry.unwrap().kind;
	if (!kind.isImage) return undefined;
	const spec = /** @type {any} */ (kind.asImage.toJSON());
	return { resize: spec.resize.toLowerCase(), mean: spec.meanPpm.map((v) => v / 1e6), std: spec.stdPpm.map((v) => v / 1e6) };
}

/**
 * The tokenizer a generator model registered: read from its URI (file:// or http(s)://) and
 * checked against its blake2-256 hash and size, then loaded. Fails for a model that is not a
 * generator, or bytes that do not match.
 *
 * @param {Api} api
 */
export async function registeredTokenizer(api, model) {
	const entry = await api.call.modelsApi.model(model);
	if (entry.isNone) throw new Error(`model ${model} is not registered`);
	const kind = entry.unwrap().kind;
	if (!kind.isGenerator) throw new Error(`model ${model} is not a generator (registered without models.registerWithKind and a Generator kind)`);
	const g = /** @type {any} */ (kind.asGenerator.toJSON());
	const { hash, size, uri } = g.tokenizer;
	const where = new TextDecoder().decode(hexToU8a(uri));
	let bytes;
	if (where.startsWith('file://')) bytes = readFileSync(where.slice('file://'.length));
	else {
		const res = await fetch(where);
		if (!res.ok) throw new Error(`the tokenizer of model ${model} could not be fetched from ${where}: HTTP ${res.status}`);
		bytes = new Uint8Array(await res.arrayBuffer());
	}
	if (bytes.length !== size || u8aToHex(blake2AsU8a(bytes, 256)) !== hash) {
		throw new Error(`the tokenizer at ${where} does not match model ${model}'s registered hash ${hash} (${size} bytes)`);
	}
	return { tokenizer: await loadTokenizer(new TextDecoder().decode(bytes)), limits: { maxNewTokens: g.maxNewTokens, maxContext: g.maxContext }, uri: where };
}

/**
 * Registers `who` as a provider of `models` unless it is one; returns whether it registered.
 *
 * @param {Api} api
 */
export async function registerProvider(api, who, { bond, price, models }, opts) {
	const info = await api.call.providersApi.provider(who.address);
	if (info.isSome) return false;
	await send(api, who, api.tx.providers.register(bond, price, models), opts);
	return true;
}

/**
 * A verification tier: `'Audited'` (one primary, audited by chance after it commits; the
 * chain's default) or `{ Quorum: { redundancy } }` (a committee of `redundancy` seats votes).
 * `quorum(3)` builds the latter.
 */
/** @typedef {'Audited' | { Quorum: { redundancy: number } }} Tier A job's verification tier, as `jobs.submit` takes it. */

/** @type {Tier} */
export const AUDITED = 'Audited';
export const quorum = (redundancy) => ({ Quorum: { redundancy } });

/** The most a job of `tier` for `model` with `input` can cost now, from the runtime (`JobsApi`). */
/**
 * @param {Tier} [tier]
 *
 * @param {Api} api
 */
export async function estimateFee(api, model, input, tier = AUDITED) {
	const r = await api.call.jobsApi.estimateFee(model, input.length, tier);
	if (r.isErr) throw new Error(`no fee estimate for model ${model}: ${r.asErr.type}`);
	const est = r.asOk;
	const max = est.max;
	return {
		compute: max.compute.toBigInt(),
		royalty: max.royalty.toBigInt(),
		protocol: max.protocol.toBigInt(),
		total: max.compute.toBigInt() + max.royalty.toBigInt() + max.protocol.toBigInt(),
		eligibleProviders: est.eligibleProviders.toNumber(),
		redundancy: est.redundancy.toNumber(),
		maxSeats: est.maxSeats.toNumber(),
		tier: est.tier.toJSON(),
	};
}

/**
 * A provider's record on a model (`JobsApi::trust`): `{ consecutiveValid, trusted, auditProbability }` (a fraction).
 *
 * @param {Api} api
 */
export async function trustOf(api, provider, model) {
	const t = await api.call.jobsApi.trust(provider, model);
	return {
		consecutiveValid: t.consecutiveValid.toNumber(),
		trusted: t.trusted.isTrue,
		auditProbability: t.auditProbability.toNumber() / 1e9,
	};
}

/**
 * Submits a job of `tier` (default: audited) with the estimated fee as its cap; returns `{ job, held, txFee, blockHash }`
 * where `held` is the escrow the chain took.
 *
 * @param {Api} api
 * @param {any} who
 * @param {number} model
 * @param {Uint8Array} input
 * @param {{ maxFee?: bigint, tier?: Tier, store?: boolean, nonce?: number, finalized?: boolean, timeoutMs?: number }} [options]
 */
export async function submitJob(api, who, model, input, { maxFee, tier = AUDITED, store, ...opts } = {}) {
	const cap = maxFee ?? (await estimateFee(api, model, input, tier)).total;
	if (store ?? input.length > api.consts.jobs.maxInputLen.toNumber()) {
		const stored = await storeData(api, who, input, opts);
		const tx = api.tx.jobs.submitStored(model, stored.hash, input.length, cap, tier);
		const { events, fee, blockHash } = await send(api, who, tx, opts);
		const ev = events.find((e) => api.events.jobs.JobSubmitted.is(e));
		return { job: ev.data.job.toNumber(), held: ev.data.fee.toBigInt(), txFee: fee, blockHash, stored };
	}
	const { events, fee, blockHash } = await send(api, who, api.tx.jobs.submit(model, u8aToHex(input), cap, tier), opts);
	const ev = events.find((e) => api.events.jobs.JobSubmitted.is(e));
	return { job: ev.data.job.toNumber(), held: ev.data.fee.toBigInt(), txFee: fee, blockHash };
}

/**
 * Submits a private job (docs/privacy.md): seals `input` under a fresh content key, stores the
 * sealed bytes with the chain's nodes (`blobs.store`) and submits `jobs.submitPrivate` with the
 * key's commitment; nothing readable about the input goes on chain. Resolves to `{ job, key,
 * held, txFee, blockHash, stored }`. Keep `key`: after each draw it gives the providers their
 * keys (`giveKeys`), and it opens the result (`openPrivateOutput`).
 *
 * @param {Api} api
 * @param {any} who
 * @param {number} model
 * @param {Uint8Array} input the canonical input tensors
 * @param {{ maxFee?: bigint, tier?: Tier, nonce?: number, finalized?: boolean, timeoutMs?: number }} [options]
 */
export async function submitPrivateJob(api, who, model, input, { maxFee, tier = AUDITED, ...opts } = {}) {
	const key = privacy.freshKey();
	const sealed = privacy.seal(key, 'input', input);
	const cap = maxFee ?? (await estimateFee(api, model, sealed, tier)).total;
	const stored = await storeData(api, who, sealed, opts);
	const commitment = u8aToHex(privacy.keyCommitment(key));
	const tx = api.tx.jobs.submitPrivate(model, stored.hash, sealed.length, commitment, cap, tier);
	const { events, fee, blockHash } = await send(api, who, tx, opts);
	const ev = events.find((e) => api.events.jobs.JobSubmitted.is(e));
	return { job: ev.data.job.toNumber(), key, held: ev.data.fee.toBigInt(), txFee: fee, blockHash, stored };
}

/** A round's bit in a private job's `keyed` (`PrivateJob::keyed`): its providers have the key. */
const KEYED_BIT = { Member: 1, Auditor: 2, Referee: 4, Challenger: 8 };

/** The role of the providers committing now in a job, from its audit state (`Job::round`). */
function roundOf(audit) {
	return { Challenged: 'Challenger', Escalated: 'Referee', Audited: 'Auditor' }[audit] ?? 'Member';
}

/**
 * Gives private job `job`'s content `key` to the providers of the round committing now, if they
 * have none yet: wraps it to each one's registered encryption key with a fresh ephemeral key
 * (`jobs.provideKeys`, 48 bytes a provider). Call it after each draw (the committee, auditors,
 * referees, a challenge committee) — or on every block: it sends nothing when there is nothing
 * to give. Resolves to the number of providers given the key (0: nothing to give now).
 *
 * @param {Api} api
 * @param {any} who the job's submitter
 * @param {number} job
 * @param {Uint8Array} key the job's content key (`submitPrivateJob`)
 */
export async function giveKeys(api, who, job, key, opts = {}) {
	const entry = await api.query.jobs.jobs(job);
	if (entry.isNone) return 0;
	const j = entry.unwrap();
	if (!j.phase.isCommitting) return 0;
	const round = roundOf(j.audit.type);
	const providers = j.assignments.filter((a) => a.role.type === round).map((a) => a.provider.toString());
	const p = await api.query.jobs.privateJobs(job);
	if (p.isNone) throw new Error(`job ${job} is not private`);
	if (providers.length === 0 || (p.unwrap().keyed.toNumber() & KEYED_BIT[round]) !== 0) return 0;
	const registered = await Promise.all(providers.map((p) => api.query.providers.encryptionKeys(p)));
	if (registered.some((k) => k.isNone)) throw new Error(`a provider of job ${job} has no encryption key`);
	const ephemeral = privacy.freshKey();
	const wraps = registered.map((k) => u8aToHex(privacy.wrap(key, ephemeral, k.unwrap().key.toU8a(), job)));
	// The generated types take only a codec Vec for `[u8; 48]` items; the API encodes hex too.
	const keys = /** @type {any} */ (wraps);
	await send(api, who, api.tx.jobs.provideKeys(job, u8aToHex(privacy.publicKey(ephemeral)), keys), opts);
	return providers.length;
}

/** Opens a private job's result (its sealed output, as `jobResult` reads it) with its key. */
export function openPrivateOutput(key, sealed) {
	return privacy.openOutput(key, sealed);
}

/**
 * A private job's input: its sealed bytes fetched from the nodes by hash (checked) and opened
 * with the job's key.
 *
 * @param {Api} api
 * @param {{ inputHash: string }} view the job (`jobView`)
 * @param {Uint8Array} key the job's content key
 */
export async function privateInput(api, view, key) {
	return privacy.open(key, 'input', await fetchData(api, view.inputHash));
}

/** Whether `key` is the content key private job `view` (`jobView`) committed to. */
export function isJobKey(view, key) {
	return view.private !== undefined && u8aToHex(privacy.keyCommitment(key)) === view.private.keyCommitment;
}

/**
 * Submits one job of `model` and `tier` (default: audited) for each of `inputs` in one
 * transaction (`jobs.submitMany`, at most the runtime's `maxBatch` inputs), each capped at the
 * estimated fee of the first input unless `maxFee` is given. Resolves to `{ jobs, refused, txFee,
 * blockHash }`: `jobs` the accepted inputs in order, each `{ index, job, held, txFee }` (`txFee`
 * the transaction's fee shared evenly among them), `refused` each refused input's
 * `{ index, error }` (it submitted and held nothing). Rejects with a TxError when every input is
 * refused (the chain changed nothing).
 *
 * @param {Api} api
 * @param {any} who
 * @param {number} model
 * @param {Uint8Array[]} inputs
 * @param {{ maxFee?: bigint, tier?: Tier, nonce?: number, finalized?: boolean, timeoutMs?: number }} [options]
 */
export async function submitJobs(api, who, model, inputs, { maxFee, tier = AUDITED, ...opts } = {}) {
	const most = api.consts.jobs.maxBatch.toNumber();
	if (inputs.length === 0 || inputs.length > most) throw new Error(`submitJobs takes 1 to ${most} inputs (the runtime's MaxBatch), not ${inputs.length}`);
	const cap = maxFee ?? (await estimateFee(api, model, inputs[0], tier)).total;
	const tx = api.tx.jobs.submitMany(model, inputs.map((i) => u8aToHex(i)), cap, tier);
	const { events, fee, blockHash } = await send(api, who, tx, opts);
	const refused = events.filter((e) => api.events.jobs.SubmissionFailed.is(e)).map((e) => ({ index: e.data.index.toNumber(), error: dispatchErrorText(api, e.data.error) }));
	const failed = new Set(refused.map((r) => r.index));
	const accepted = events.filter((e) => api.events.jobs.JobSubmitted.is(e));
	const indices = inputs.map((_, i) => i).filter((i) => !failed.has(i));
	const share = accepted.length ? fee / BigInt(accepted.length) : 0n;
	const jobs = accepted.map((e, k) => ({ index: indices[k], job: e.data.job.toNumber(), held: e.data.fee.toBigInt(), txFee: share }));
	return { jobs, refused, txFee: fee, blockHash };
}

/**
 * The CIDv1 (raw codec, blake2b-256 multihash, base32) under which nodes serve data stored by
 * its blake2-256 `hash` (hex) over IPFS bitswap (`--ipfs-server`) and `bitswap_v1_get`.
 */
export function dataCid(hash) {
	// varint(1) varint(0x55 raw) varint(0xb220 blake2b-256) varint(32) digest, multibase 'b'
	return base32Encode(u8aConcat(Uint8Array.of(0x01, 0x55, 0xa0, 0xe4, 0x02, 0x20), hexToU8a(hash)), true);
}

/**
 * Reads data stored with the chain's nodes from the node `api` is connected to
 * (`bitswap_v1_get`) and checks it against its blake2-256 `hash`; throws if the node does not
 * have it or has other bytes.
 *
 * @param {Api} api
 */
export async function fetchData(api, hash) {
	const hex = await rawRpc(api, 'bitswap_v1_get', [dataCid(hash)]);
	const data = hexToU8a(hex);
	if (u8aToHex(blake2AsU8a(data, 256)) !== hash) throw new Error(`the node's data under ${hash} does not match the hash`);
	return data;
}

/**
 * Stores `data` with the chain's nodes (`blobs.store`), for a job to name by hash
 * (`jobs.submitStored`). Data stored before and kept long enough is not stored again; data
 * about to expire is renewed. Resolves to `{ hash, len, fee, txFee, expiresAt, stored }`
 * (`fee`: what storage cost, paid to the treasury; `stored`: whether this call stored it).
 *
 * @param {Api} api
 */
export async function storeData(api, who, data, opts = {}) {
	const hash = u8aToHex(blake2AsU8a(data, 256));
	const known = await api.query.blobs.blobs(hash);
	const now = await bestNumber(api);
	// A job needs its input for its whole life and its challenge window (`jobs.submitStored`
	// refuses data kept less long): renew what a day (28,800 blocks) would see expire.
	const margin = 28_800;
	if (known.isSome && known.unwrap().expiresAt.toNumber() > now + margin) {
		return { hash, len: data.length, fee: 0n, txFee: 0n, expiresAt: known.unwrap().expiresAt.toNumber(), stored: false };
	}
	const tx = known.isSome ? api.tx.blobs.renew(hash) : api.tx.blobs.store(u8aToHex(data));
	const { events, fee: txFee, blockHash } = await send(api, who, tx, opts);
	const ev = events.find((e) => api.events.blobs.Stored.is(e) || api.events.blobs.Renewed.is(e));
	return { hash, len: data.length, fee: ev.data.fee.toBigInt(), txFee, expiresAt: ev.data.expiresAt.toNumber(), stored: true, blockHash };
}

/**
 * Decodes a job's view (`JobsApi::job`) into plain values; undefined once pruned. A completed
 * job has `challengeUntil` (the last block its result may be challenged in) and
 * `challengeBond`; a challenged one its `challenge`: `{ challenger, bond, completedAt, audit
 * (before the challenge), verdict: undefined|'Upheld'|'Overturned'|'Void', voidReason? }`.
 *
 * @param {Api} api
 * @param {number} job
 * @param {string | Uint8Array} [at] a block hash (default: the best block)
 */
export async function jobView(api, job, at) {
	const scope = at ? await api.at(at) : api;
	const v = await scope.call.jobsApi.job(job);
	if (v.isNone) return undefined;
	const { job: j, result, storedResult } = v.unwrap();
	const c = await scope.query.jobs.challenges(job);
	const challenge = c.isSome ? (() => {
		const r = c.unwrap();
		const verdict = r.verdict.isSome ? r.verdict.unwrap() : undefined;
		return {
			challenger: r.challenger.toString(),
			bond: r.bond.toBigInt(),
			completedAt: r.completedAt.toNumber(),
			audit: r.audit.type,
			verdict: verdict?.type,
			voidReason: verdict?.isVoid ? verdict.asVoid.type : undefined,
		};
	})() : undefined;
	const completedAt = j.phase.isCompleted ? j.phase.asCompleted.at.toNumber() : undefined;
	// (Absent before runtime 129: a block of an older runtime has no private jobs.)
	const p = scope.query.jobs.privateJobs ? await scope.query.jobs.privateJobs(job) : undefined;
	return {
		// A private job (docs/privacy.md): the commitment to its content key, and the rounds
		// given the key (`PrivateJob::keyed`, one bit a role). Its input and result are sealed.
		private: p?.isSome ? { keyCommitment: p.unwrap().keyCommitment.toHex(), keyed: p.unwrap().keyed.toNumber() } : undefined,
		challenge,
		challengeUntil: completedAt === undefined ? undefined : (challenge?.completedAt ?? completedAt) + j.terms.challengePeriod.toNumber() - 1,
		challengeBond: j.terms.challengeBond.toBigInt(),
		submitter: j.submitter.toString(),
		inputHash: j.inputHash.toHex(),
		model: j.model.toNumber(),
		phase: j.phase.type,
		tier: j.tier.isAudited ? AUDITED : quorum(j.tier.asQuorum.redundancy.toNumber()),
		audit: j.audit.type,
		assignments: j.assignments.map((a) => ({
			provider: a.provider.toString(),
			role: a.role.type,
			seats: a.seats.toNumber(),
			price: a.price.toBigInt(),
			committed: a.commitment.isSome,
			revealed: a.revealed.isTrue,
		})),
		fee: { compute: j.fee.compute.toBigInt(), royalty: j.fee.royalty.toBigInt(), protocol: j.fee.protocol.toBigInt() },
		result: result.isSome ? result.unwrap().toU8a(true) : undefined,
		// An output longer than the chain holds: its hash and length; `jobResult` fetches it.
		storedResult: storedResult?.isSome
			? { hash: storedResult.unwrap()[0].toHex(), len: storedResult.unwrap()[1].toNumber() }
			: undefined,
	};
}

/**
 * A completed job's accepted output bytes, from a `jobView`: on chain, or (longer than the
 * chain holds) fetched from the node by hash and checked against the hash and length. Undefined
 * when the job has no result.
 *
 * @param {Api} api
 */
export async function jobResult(api, view) {
	if (view?.result) return view.result;
	if (!view?.storedResult) return undefined;
	const { hash, len } = view.storedResult;
	const data = await fetchData(api, hash);
	if (data.length !== len) throw new Error(`the stored result under ${hash} is ${data.length} bytes, not ${len}`);
	return data;
}

/**
 * A completed job's verifiable receipt, at the finalized head: the job, its model and the
 * model's content hash, its input hash, its output (or the hash and length of a stored one),
 * its committee, the finalized block's header, and a storage proof (`state_getReadProof`) of the
 * job's entry, its result and its model's entry in that block's state. Anyone checks it offline
 * against a block hash they trust with `verity-node verify-receipt FILE --block HASH`.
 *
 * @param {Api} api
 */
export async function jobReceipt(api, job) {
	const at = await api.rpc.chain.getFinalizedHead();
	const view = await jobView(api, job, at);
	if (!view) throw new Error(`job ${job} is not in the finalized state`);
	if (view.phase !== 'Completed') throw new Error(`job ${job} is not completed in the finalized chain (${view.phase})`);
	const model = (await (await api.at(at)).query.models.models(view.model)).unwrap();
	const keys = [api.query.jobs.jobs.key(job), api.query.jobs.results.key(job), api.query.jobs.storedResults.key(job), api.query.models.models.key(view.model)];
	const { proof } = await api.rpc.state.getReadProof(keys, at);
	const header = await api.rpc.chain.getHeader(at);
	return {
		version: 1,
		genesis: api.genesisHash.toHex(),
		job,
		model: view.model,
		modelHash: /** @type {any} */ (model.toJSON()).hash,
		inputHash: view.inputHash,
		output: view.result ? u8aToHex(view.result) : undefined,
		storedOutput: view.storedResult,
		committee: view.assignments.map((a) => ({ provider: a.provider, role: a.role, seats: a.seats })),
		block: { number: header.number.toNumber(), hash: at.toHex(), header: header.toHex() },
		proof: proof.map((p) => p.toHex()),
	};
}

/**
 * A block's event records, each with the transfers out of job escrows that came before it in
 * its phase (one extrinsic, or the block's hooks) since the last job in that phase ended:
 * on a `JobCompleted`, `JobFailed` or `JobCancelled` they are what that job's escrow paid, as
 * `[{ to, amount }]` (the pallet pays a job out right before it emits its end).
 *
 * @param {Api} api
 */
function withEscrowPayments(api, records) {
	const out = [];
	let payments = [];
	let phase;
	for (const { event, phase: ph } of records) {
		if (phase === undefined || !ph.eq(phase)) {
			payments = [];
			phase = ph;
		}
		const d = /** @type {any} */ (event.data);
		if (api.events.balances.TransferOnHold.is(event) && d.reason.toString().includes('JobEscrow')) {
			payments.push({ to: d.dest.toString(), amount: d.amount.toBigInt() });
		}
		out.push({ event, payments });
		if (event.section === 'jobs' && ['JobCompleted', 'JobFailed', 'JobCancelled'].includes(event.method)) payments = [];
	}
	return out;
}

/**
 * What `who` was paid and lost as a provider in the last `blocks` blocks whose state this node
 * keeps (a node that is not an archive node keeps 256): each job that paid it from the job's
 * escrow when it settled, and each slash, by the chain's events. Returns `{ from, to, rows:
 * [{ block, job, paid, slashed, reason }], paid, slashed }`, newest first.
 *
 * @param {Api} api
 */
export async function providerHistory(api, who, { blocks = 256 } = {}) {
	const account = who.toString();
	const to = (await api.rpc.chain.getHeader()).number.toNumber();
	let from = Math.max(1, to - blocks + 1);
	const rows = [];
	const read = async (n) => {
		try {
			return await api.query.system.events.at(await api.rpc.chain.getBlockHash(n));
		} catch {
			return undefined; // pruned
		}
	};
	for (let top = to; top >= from; top -= 16) {
		const numbers = Array.from({ length: Math.min(16, top - from + 1) }, (_, k) => top - k);
		const batch = await Promise.all(numbers.map(read));
		for (const [k, records] of batch.entries()) {
			const n = numbers[k];
			if (!records) {
				from = n + 1;
				break;
			}
			for (const { event, payments } of withEscrowPayments(api, records)) {
				const d = /** @type {any} */ (event.data); // each branch reads the fields of its event
				const paid = payments.filter((p) => p.to === account).reduce((a, p) => a + p.amount, 0n);
				if ((api.events.jobs.JobCompleted.is(event) || api.events.jobs.JobFailed.is(event)) && paid > 0n) {
					rows.push({ block: n, job: d.job.toNumber(), paid, slashed: 0n, reason: event.method });
				} else if (api.events.jobs.ProviderSlashed.is(event) && d.provider.toString() === account) {
					rows.push({ block: n, job: d.job.toNumber(), paid: 0n, slashed: d.amount.toBigInt(), reason: d.reason.type });
				}
			}
		}
	}
	const sum = (f) => rows.reduce((a, r) => a + r[f], 0n);
	return { from, to, rows, paid: sum('paid'), slashed: sum('slashed') };
}

/**
 * Follows the finalized chain from block `from` until every job in `jobs` has ended, calling
 * `onEvent(job, text)` as it goes. Returns a Map job → outcome:
 * `{ status: 'Completed'|'Failed'|'Cancelled', block, reason?, failure?, paidToProviders,
 *    royalty, protocolFee, refunded, payments: [{ to, amount }], slashes: [{ provider, amount,
 *    reason }], reveals: [{ provider, block, failure? }], assignments, result }`.
 * `reason` is the failure's reason (`Unprocessable` with `failure` the kind the committee agreed
 * on, e.g. `InferenceFailed`); `assignments` lists each drawn provider with its seats.
 * `payments` are the transfers out of the job's escrow as the chain's balance events record
 * them; `slashes` name the providers that lost bond and why. `name(account)` names accounts
 * in the `onEvent` lines.
 *
 * @param {Api} api
 * @param {number[]} jobs
 * @param {{ from?: number, timeoutMs?: number, onEvent?: (job: number, text: string) => void, name?: (account: any) => string }} [options]
 */
export async function followJobs(api, jobs, { from, timeoutMs = 300_000, onEvent = () => {}, name = short } = {}) {
	const wanted = new Set(jobs);
	const outcomes = new Map();
	const pending = new Map(); // job -> { slashes, reveals }
	const entry = (job) => {
		if (!pending.has(job)) pending.set(job, { slashes: [], reveals: [] });
		return pending.get(job);
	};
	const unfinished = () => `jobs ${[...wanted].filter((j) => !outcomes.has(j)).join(', ')} did not end`;
	for await (const { number: next, hash, records } of finalizedBlocks(api, from, { timeoutMs, what: unfinished })) {
		for (const { event, payments } of withEscrowPayments(api, records)) {
			const d = /** @type {any} */ (event.data); // each branch reads the fields of its event
			if (event.section !== 'jobs') continue;
			const job = d.job?.toNumber?.();
			if (!wanted.has(job)) continue;
			const e = entry(job);
			switch (event.method) {
				case 'JobAssigned': {
					const seats = d.providers.map(([p, n]) => `${name(p)}${n.toNumber() > 1 ? ` ×${n.toNumber()}` : ''}`).join(', ');
					onEvent(job, `block ${next}: committee drawn: ${seats}; commits until block ${d.commitUntil.toNumber()}`);
					break;
				}
				case 'Committed':
					onEvent(job, `block ${next}: committed by ${name(d.provider)}`);
					break;
				case 'CommitsClosed':
					onEvent(job, `block ${next}: commits closed`);
					break;
				case 'PrimaryCommitted':
					onEvent(job, `block ${next}: the primary committed; the audit is drawn in block ${d.auditDrawnAt.toNumber()}`);
					break;
				case 'AuditDrawn': {
					e.audit = d.audit.type;
					const auditors = d.auditors.map(([p]) => name(p)).join(', ');
					onEvent(job, `block ${next}: audit drawn: ${d.audit.type}${auditors ? ` by ${auditors}` : ''}`);
					break;
				}
				case 'Escalated':
					e.audit = 'Escalated';
					onEvent(job, `block ${next}: the audit disagreed; escalation drawn in block ${d.drawAt.toNumber()}`);
					break;
				case 'EscalationDrawn': {
					const seats = d.referees.map(([p, n]) => `${name(p)}${n.toNumber() > 1 ? ` ×${n.toNumber()}` : ''}`).join(', ');
					onEvent(job, `block ${next}: escalation committee drawn: ${seats}; commits until block ${d.commitUntil.toNumber()}`);
					break;
				}
				case 'KeysProvided':
					onEvent(job, `block ${next}: its submitter gave the key to ${d.providers.toNumber()} provider(s)`);
					break;
				case 'JudgingOpened':
					onEvent(job, `block ${next}: the sealed outputs differ; ${d.judges.toNumber()} provider(s) judge them until block ${d.until.toNumber()}`);
					break;
				case 'Judged':
					onEvent(job, `block ${next}: verdicts given by ${name(d.provider)}`);
					break;
				case 'Revealed': {
					const failure = d.failure.isSome ? d.failure.unwrap().type : undefined;
					e.reveals.push({ provider: d.provider.toString(), block: next, failure });
					onEvent(job, `block ${next}: revealed by ${name(d.provider)}${failure ? ` (failure: ${failure})` : ''}`);
					break;
				}
				case 'ProviderSlashed':
					e.slashes.push({ provider: d.provider.toString(), amount: d.amount.toBigInt(), reason: d.reason.type });
					onEvent(job, `block ${next}: ${name(d.provider)} slashed ${vrt(d.amount.toBigInt())} (${d.reason.type})`);
					break;
				case 'JobCompleted': {
					const view = await jobView(api, job, hash);
					outcomes.set(job, {
						status: 'Completed',
						model: view?.model,
						block: next,
						outputHash: d.outputHash.toHex(),
						winners: d.winners.toNumber(),
						paidToProviders: d.paidToProviders.toBigInt(),
						royalty: d.royalty.toBigInt(),
						protocolFee: d.protocolFee.toBigInt(),
						refunded: d.refunded.toBigInt(),
						payments,
						slashes: e.slashes,
						reveals: e.reveals,
						assignments: view?.assignments,
						tier: view?.tier,
						audit: view?.audit,
						result: await jobResult(api, view).catch((e) => {
							onEvent(job, `block ${next}: the stored result could not be fetched: ${e.message}`);
							return undefined;
						}),
						storedResult: view?.storedResult,
					});
					onEvent(job, `block ${next}: completed, output ${d.outputHash.toHex().slice(0, 18)}…`);
					break;
				}
				case 'JobFailed':
				case 'JobCancelled': {
					const view = await jobView(api, job, hash);
					const failure = d.reason?.isUnprocessable ? d.reason.asUnprocessable.type : undefined;
					outcomes.set(job, {
						status: event.method === 'JobFailed' ? 'Failed' : 'Cancelled',
						model: view?.model,
						block: next,
						reason: d.reason?.type,
						failure,
						refunded: d.refunded.toBigInt(),
						paidToProviders: d.paidToProviders?.toBigInt() ?? 0n,
						royalty: 0n,
						protocolFee: 0n,
						payments,
						slashes: e.slashes,
						reveals: e.reveals,
						assignments: view?.assignments,
						tier: view?.tier,
						audit: view?.audit,
					});
					const paid = d.paidToProviders?.toBigInt() ?? 0n;
					onEvent(job, `block ${next}: ${event.method === 'JobFailed' ? `failed (${d.reason.type}${failure ? `: ${failure}` : ''})` : 'cancelled'}${paid ? `, providers paid ${vrt(paid)}` : ''}, refunded ${vrt(d.refunded.toBigInt())}`);
					break;
				}
				default:
			}
		}
		if (outcomes.size === wanted.size) return outcomes;
	}
}

/**
 * Challenges job `job`'s result as `who` (its submitter or a bonded provider); resolves once
 * the challenge is in a block, with the block its committee is drawn in and the bond held.
 *
 * @param {Api} api
 */
export async function challengeJob(api, who, job, opts) {
	const { events, fee, blockHash } = await send(api, who, api.tx.jobs.challenge(job), opts);
	const ev = events.find((e) => api.events.jobs.Challenged.is(e));
	return { drawAt: ev.data.drawAt.toNumber(), bond: ev.data.bond.toBigInt(), txFee: fee, blockHash };
}

/**
 * Follows the finalized chain from block `from` until job `job`'s challenge ends. Returns
 * `{ verdict: 'Upheld'|'Overturned'|'Void', block, committee: [{ provider, seats }], reveals,
 *    slashes: [{ provider, amount, reason }], ...the ending event's fields }`: for `Upheld`
 * `paidToCommittee`, `toTreasury`; for `Overturned` `outputHash`, `slashed`,
 * `paidToCommittee`, `refundedToSubmitter`, `compensated`, `reward`; for `Void` `reason`,
 * `refunded`.
 *
 * @param {Api} api
 * @param {number} job
 * @param {{ from?: number, timeoutMs?: number, onEvent?: (text: string) => void, name?: (account: any) => string }} [options]
 */
export async function followChallenge(api, job, { from, timeoutMs = 300_000, onEvent = () => {}, name = short } = {}) {
	const seen = { committee: [], reveals: [], slashes: [] };
	// `from` may be before the job ended: its own reveals and slashes are not the challenge's.
	let challenged = false;
	for await (const { number, records } of finalizedBlocks(api, from, { timeoutMs, what: () => `the challenge of job ${job} did not end` })) {
		for (const { event } of records) {
			const d = /** @type {any} */ (event.data); // each branch reads the fields of its event
			if (event.section !== 'jobs' || d.job?.toNumber?.() !== job) continue;
			const big = (x) => x.toBigInt();
			if (event.method === 'Challenged') challenged = true;
			if (!challenged) continue;
			switch (event.method) {
				case 'ChallengeDrawn':
					seen.committee = d.committee.map(([p, n]) => ({ provider: p.toString(), seats: n.toNumber() }));
					onEvent(`block ${number}: challenge committee drawn: ${seen.committee.map((c) => `${name(c.provider)}${c.seats > 1 ? ` ×${c.seats}` : ''}`).join(', ')}`);
					break;
				case 'Revealed':
					seen.reveals.push({ provider: d.provider.toString(), block: number });
					onEvent(`block ${number}: revealed by ${name(d.provider.toString())}`);
					break;
				case 'ProviderSlashed':
					seen.slashes.push({ provider: d.provider.toString(), amount: big(d.amount), reason: d.reason.type });
					onEvent(`block ${number}: ${name(d.provider.toString())} slashed ${vrt(big(d.amount))} (${d.reason.type})`);
					break;
				case 'ResultUpheld':
					return { ...seen, verdict: 'Upheld', block: number, paidToCommittee: big(d.paidToCommittee), toTreasury: big(d.toTreasury) };
				case 'ResultOverturned':
					return {
						...seen,
						verdict: 'Overturned',
						block: number,
						outputHash: d.outputHash.toHex(),
						slashed: big(d.slashed),
						paidToCommittee: big(d.paidToCommittee),
						refundedToSubmitter: big(d.refundedToSubmitter),
						compensated: big(d.compensated),
						reward: big(d.reward),
					};
				case 'ChallengeVoid':
					return { ...seen, verdict: 'Void', block: number, reason: d.reason.type, refunded: big(d.refunded) };
				default:
			}
		}
	}
}

/**
 * The finalized blocks from number `from` on, in order, each as `{ number, hash, records }`
 * (its events), waiting for finality as it goes. Throws "`what()` within `timeoutMs` ms" once
 * the time is up; the caller stops it by leaving its loop.
 *
 * @param {Api} api
 */
export async function* finalizedBlocks(api, from, { timeoutMs, what }) {
	const deadline = Date.now() + timeoutMs;
	let next = from;
	for (;;) {
		const fin = await finalizedNumber(api);
		for (; next <= fin; next++) {
			const hash = await api.rpc.chain.getBlockHash(next);
			const records = await (await api.at(hash)).query.system.events();
			yield { number: next, hash, records };
		}
		if (Date.now() > deadline) throw new Error(`${what()} within ${timeoutMs} ms`);
		await sleep(1_000);
	}
}

/**
 * The finalized block number.
 *
 * @param {Api} api
 */
export async function finalizedNumber(api) {
	const hash = await api.rpc.chain.getFinalizedHead();
	return (await api.rpc.chain.getHeader(hash)).number.toNumber();
}

/**
 * The best block number.
 *
 * @param {Api} api
 */
export async function bestNumber(api) {
	return (await api.rpc.chain.getHeader()).number.toNumber();
}

/**
 * An account's whole balance (free + reserved, which includes holds) at `at` or now.
 *
 * @param {Api} api
 * @param {string} who
 * @param {string | Uint8Array} [at] a block hash (default: the best block)
 */
export async function totalBalance(api, who, at) {
	const q = at ? (await api.at(at)).query : api.query;
	const { data } = await q.system.account(who);
	return data.free.toBigInt() + data.reserved.toBigInt();
}

/**
 * The treasury's account, the one the protocol fee and slashes go to.
 *
 * @param {Api} api
 */
export function treasuryAccount(api) {
	return api.consts.jobs.treasuryAccount.toString();
}

export function short(account) {
	const s = account.toString();
	return `${s.slice(0, 6)}…${s.slice(-4)}`;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export { u8aToHex, hexToU8a, blake2AsU8a };
