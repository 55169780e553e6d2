// Starts and stops a `--chain local` network of verity-node processes on loopback, for the
// end-to-end tests: each validator its own process, base path and ports, peered through the
// first validator as bootnode, with its inference key (key type `vrty`) and encryption key
// (`vrte`) inserted.

import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's demo models: every node of a LocalNet uses them as its --model-dir (and
 * the registry packages' models scripts/setup fetches into $VERITY_MODELS). */
const MODELS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../offchain-worker/models');

/** The verity-node binary: $VERITY_NODE, else what `cargo build -p verity-node` makes. */
export function nodeBinary() {
	if (process.env.VERITY_NODE) return process.env.VERITY_NODE;
	const target = process.env.CARGO_TARGET_DIR ?? join(homedir(), '.cache/verity/target');
	return join(target, 'debug/verity-node');
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
			srv.close(() => resolve(port));
		});
	});
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Every node process any LocalNet started; killed if this process exits without stopping
// them (a failed or interrupted test run), so no node outlives its test.
const running = new Set();
process.on('exit', () => {
	for (const child of running) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.once(signal, () => process.exit(130));
}

/** Fixed libp2p secret keys, so a bootnode's peer id is known before it starts. */
const nodeKey = (i) => (i + 1).toString(16).padStart(64, '0');

export class LocalNet {
	/**
	 * `names`: validators in order (`alice`, `bob`, …, each a `--<name>` dev authority);
	 * `args`: extra node arguments by name, e.g. `{ charlie: ['--test-corrupt-outputs'] }`.
	 */
	/** @param {{ names?: string[], args?: Record<string, string[]>, dir?: string, log?: (line: string) => void }} [options] */
	constructor({ names = ['alice', 'bob', 'charlie', 'dave'], args = {}, dir, log = () => {} } = {}) {
		this.bin = nodeBinary();
		this.names = names;
		this.args = args;
		this.dir = dir ?? mkdtempSync(join(tmpdir(), 'verity-net-'));
		this.ownDir = !dir;
		this.log = log;
		this.nodes = new Map(); // name -> { child, rpcPort, p2pPort, base, logFile }
	}

	/** The WebSocket URL of a validator's RPC. */
	url(name) {
		return `ws://127.0.0.1:${this.nodes.get(name).rpcPort}`;
	}

	/** Starts every validator, then waits until each has a peer and the chain finalizes. */
	async start() {
		mkdirSync(this.dir, { recursive: true });
		for (const [i, name] of this.names.entries()) {
			const base = join(this.dir, name);
			const suri = `//${name[0].toUpperCase()}${name.slice(1)}`;
			execFileSync(this.bin, ['key', 'insert', '--base-path', base, '--chain', 'local', '--key-type', 'vrty', '--scheme', 'sr25519', '--suri', suri], { stdio: 'ignore' });
			// The encryption key for private jobs (docs/privacy.md): its worker registers the
			// provider's x25519 key, derived from it, once the account is a provider.
			execFileSync(this.bin, ['key', 'insert', '--base-path', base, '--chain', 'local', '--key-type', 'vrte', '--scheme', 'ed25519', '--suri', suri], { stdio: 'ignore' });
			this.nodes.set(name, { index: i, base, rpcPort: await freePort(), p2pPort: await freePort(), promPort: await freePort() });
		}
		const keyFile = join(this.dir, 'bootnode.key');
		writeFileSync(keyFile, nodeKey(0));
		const bootId = execFileSync(this.bin, ['key', 'inspect-node-key', '--file', keyFile], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
		this.bootnode = `/ip4/127.0.0.1/tcp/${this.nodes.get(this.names[0]).p2pPort}/p2p/${bootId}`;
		for (const name of this.names) this.spawn(name);
		await Promise.all(this.names.map((n) => this.waitRpc(n)));
		this.log(`network: ${this.names.length} validators up in ${this.dir}`);
	}

	spawn(name, extra = []) {
		const n = this.nodes.get(name);
		// The digits model is registered by a file:// URI in offchain-worker/models, which a node
		// reads only inside its --model-dir directories.
		const args = ['--chain', 'local', `--${name}`, '--base-path', n.base, '--node-key', nodeKey(n.index), '--rpc-port', String(n.rpcPort), '--listen-addr', `/ip4/127.0.0.1/tcp/${n.p2pPort}`, '--prometheus-port', String(n.promPort), '--no-mdns', '--no-telemetry', '--rpc-cors', 'all', '--model-dir', MODELS_DIR, ...(process.env.VERITY_MODELS ? ['--model-dir', process.env.VERITY_MODELS] : []), '--name', name, ...(this.args[name] ?? []), ...extra];
		if (n.index > 0) args.push('--bootnodes', this.bootnode);
		const logFile = join(this.dir, `${name}.log`);
		const out = createWriteStream(logFile, { flags: 'a' });
		const child = spawn(this.bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
		running.add(child);
		child.once('exit', () => running.delete(child));
		child.stderr.pipe(out);
		n.child = child;
		n.logFile = logFile;
		n.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
		return child;
	}

	/**
	 * Waits until a validator answers JSON-RPC. A node builds the local chain's genesis and
	 * compiles the runtime before it answers: 16 s for one dev-profile node alone on this
	 * 2-vCPU machine, and four of them start at once, so a minute was once not enough.
	 */
	async waitRpc(name, timeoutMs = 240_000) {
		const n = this.nodes.get(name);
		const end = Date.now() + timeoutMs;
		while (Date.now() < end) {
			try {
				const r = await fetch(`http://127.0.0.1:${n.rpcPort}`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_health', params: [] }),
				});
				if (r.ok) return (await r.json()).result;
			} catch {
				// not up yet
			}
			await sleep(250);
		}
		throw new Error(`${name}: RPC not up within ${timeoutMs} ms\n${this.tail(name)}`);
	}

	/**
	 * A validator's Prometheus metrics (text exposition format). A request whose connection
	 * is reset is sent again, five tries at most: it happened once (2026-12-02, `fetch
	 * failed`, ECONNRESET, to a node restarted a scenario earlier), most likely a kept-alive
	 * connection the node's server had closed. An answer other than 200 fails at once.
	 */
	async metrics(name) {
		const url = `http://127.0.0.1:${this.nodes.get(name).promPort}/metrics`;
		for (let attempt = 1; ; attempt++) {
			let r;
			try {
				r = await fetch(url);
			} catch (e) {
				if (attempt >= 5) throw new Error(`${name}: /metrics unreachable after ${attempt} tries: ${e.cause?.code ?? e.message}`);
				await sleep(500);
				continue;
			}
			if (!r.ok) throw new Error(`${name}: /metrics answered ${r.status}`);
			return r.text();
		}
	}

	/** The last lines of a validator's log. */
	tail(name, lines = 30) {
		try {
			return readFileSync(this.nodes.get(name).logFile, 'utf8').split('\n').slice(-lines).join('\n');
		} catch {
			return '';
		}
	}

	/** SIGTERM, then waits for the exit (SIGKILL after 60 s). Returns the exit code. */
	async stopNode(name) {
		const n = this.nodes.get(name);
		if (!n?.child || n.child.exitCode !== null || n.child.signalCode !== null) return undefined;
		n.child.kill('SIGTERM');
		const timer = setTimeout(() => n.child.kill('SIGKILL'), 60_000);
		const { code, signal } = await n.exited;
		clearTimeout(timer);
		return code ?? signal;
	}

	/** SIGKILL: the validator dies without a chance to clean up. */
	async killNode(name) {
		const n = this.nodes.get(name);
		n.child.kill('SIGKILL');
		await n.exited;
	}

	/** Starts a stopped validator again on its own base path and ports. */
	async restartNode(name, extra = []) {
		this.spawn(name, extra);
		await this.waitRpc(name);
	}

	/** Stops every validator and removes the network's directory (kept if `keep`). */
	async stop({ keep = false } = {}) {
		await Promise.all([...this.nodes.keys()].map((n) => this.stopNode(n)));
		if (this.ownDir && !keep) rmSync(this.dir, { recursive: true, force: true });
	}
}

/**
 * The value of sample `name` in Prometheus text `metrics` with every label of `labels`
 * (matching samples are added up); 0 if there is none.
 */
export function metric(metrics, name, labels = {}) {
	let sum = 0;
	for (const line of metrics.split('\n')) {
		if (line.startsWith('#')) continue;
		const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
		if (!m || m[1] !== name) continue;
		const have = new Map([...(m[2] ?? '').matchAll(/([a-zA-Z_]+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
		if (Object.entries(labels).every(([k, v]) => have.get(k) === v)) sum += Number(m[3]);
	}
	return sum;
}
