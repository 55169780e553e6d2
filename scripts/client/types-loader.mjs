// Lets Node load the `.ts` files @polkadot/typegen imports while it generates types/
// (definitions.ts and the lookup.ts it wrote): they are plain JavaScript modules.
import { register } from 'node:module';

register('data:text/javascript,' + encodeURIComponent(`
import { readFile } from 'node:fs/promises';
export async function load(url, context, next) {
	if (url.endsWith('.ts')) return { format: 'module', source: await readFile(new URL(url)), shortCircuit: true };
	return next(url, context);
}`));
