// The environment variables the client and its tests read (docs: scripts/common.sh), declared so
// that the type check (tsconfig.json, noPropertyAccessFromIndexSignature) knows them.
declare namespace NodeJS {
	interface ProcessEnv {
		/** The verity-node binary (default: debug/verity-node in CARGO_TARGET_DIR). */
		VERITY_NODE?: string;
		CARGO_TARGET_DIR?: string;
		/** Models and images from registry packages (scripts/setup). */
		VERITY_MODELS?: string;
		/** Python with onnxruntime, the reference. */
		VERITY_PYTHON?: string;
		/** Headless Chromium for the browser test. */
		VERITY_CHROMIUM?: string;
		/** Print stack traces from cli.js. */
		VERITY_DEBUG?: string;
	}
}
