// Builds the Verity dApp (web/) into web/dist: one bundle, every asset local, no CDN.
// The shared client (../verity.js) also runs under Node: its Node-only imports (files, PNG
// decoding through zlib) are replaced by shims that fail if called; the dApp does not call them.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const shim = fileURLToPath(new URL('./shims/node.js', import.meta.url));

export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	base: './',
	logLevel: 'warn',
	resolve: {
		alias: { 'node:fs': shim, 'node:path': shim, 'node:url': shim, pngjs: shim },
	},
	define: { 'process.env': {} },
	build: {
		outDir: 'dist',
		emptyOutDir: true,
		chunkSizeWarningLimit: 4096,
		target: 'es2022',
		rollupOptions: {
			// @polkadot's packages carry /*#__PURE__*/ comments Rollup cannot place: harmless.
			onwarn(warning, warn) {
				if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
			},
		},
	},
});
