// Private jobs' encryption on the submitter's side (privacy.js, @noble; docs/privacy.md):
// bytes and time per recipient of a wrapped content key, time to open one, and sealing speed,
// over several rounds (median of the rounds' figures; this VM's timings drift). Run through
// `scripts/bench privacy`.
//
//   node bench-privacy.js [--rounds 5]

import * as p from './privacy.js';

const arg = (name, dflt) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const rounds = arg('rounds', 5);
const N = 2000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const recipients = Array.from({ length: 8 }, () => p.publicKey(p.freshKey()));
const secret = p.freshKey();
const ephemeral = p.freshKey();
const content = p.freshKey();
const commitment = p.keyCommitment(content);
const wrapped = p.wrap(content, ephemeral, p.publicKey(secret), 5);
const E = p.publicKey(ephemeral);
const input = new Uint8Array(1 << 20);
// Warm-up (the JIT).
for (let i = 0; i < 200; i++) p.unwrap(p.wrap(content, ephemeral, p.publicKey(secret), i), E, secret, i, commitment);

const wraps = [], unwraps = [], seals = [];
for (let r = 0; r < rounds; r++) {
	let t = performance.now();
	for (let i = 0; i < N; i++) p.wrap(content, ephemeral, recipients[i % 8], i);
	wraps.push(((performance.now() - t) * 1000) / N);
	t = performance.now();
	for (let i = 0; i < N; i++) p.unwrap(wrapped, E, secret, 5, commitment);
	unwraps.push(((performance.now() - t) * 1000) / N);
	t = performance.now();
	for (let i = 0; i < 20; i++) p.seal(content, 'input', input);
	seals.push((performance.now() - t) / 20);
}
const f = (xs, d = 1) => xs.map((x) => x.toFixed(d)).join(', ');
console.log(`8. Private jobs' encryption, the submitter's client (@noble, Node ${process.version}), ${rounds} rounds`);
console.log(`   bytes per recipient: ${wrapped.length} (a wrapped content key), plus 32 a job (the ephemeral public key) and 32 (the key commitment) (goal ≤ 80 a recipient)`);
console.log(`   wrap to one recipient: median ${median(wraps).toFixed(1)} µs (rounds: ${f(wraps)})`);
console.log(`   open one (x25519, HKDF, ChaCha20-Poly1305, commitment check): median ${median(unwraps).toFixed(1)} µs (rounds: ${f(unwraps)})`);
console.log(`   seal 1 MiB of input: median ${median(seals).toFixed(2)} ms, ${(1000 / median(seals)).toFixed(0)} MiB/s (rounds: ${f(seals, 2)} ms)`);
