// What the browser build puts in place of Node-only modules (see vite.config.js).
const unavailable = (what) => () => {
	throw new Error(`${what} is not available in the browser`);
};
export const readFileSync = unavailable('reading files');
export const writeFileSync = unavailable('writing files');
export const resolve = (p) => p;
export const join = (...p) => p.join('/');
export const dirname = (p) => p.split('/').slice(0, -1).join('/');
export const fileURLToPath = (u) => String(u);
export const PNG = { sync: { read: unavailable('PNG decoding (use a JPEG)') } };
export default {};
