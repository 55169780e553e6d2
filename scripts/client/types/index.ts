// Verity's metadata as TypeScript: import this once (tsconfig.json includes it).
export * from './types.js';
import './augment-api.js';
import './augment-types.js';
import './registry.js';
import './types-lookup.js';
