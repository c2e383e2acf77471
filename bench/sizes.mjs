// Byte sizes as a publisher's CDN would serve them. Shared by `npm run bench` and the size budget test
// so both report the same numbers.
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

/** Raw, gzip (level 9) and brotli (quality 11, the level CDNs use for static files) sizes in bytes. */
export function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, {level: 9}).length,
    brotli: brotliCompressSync(buffer, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

/** Adds up the sizes of several files; each is compressed on its own, as each is a separate response. */
export function total(list) {
  return list.reduce((sum, s) => ({raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip, brotli: sum.brotli + s.brotli}),
    {raw: 0, gzip: 0, brotli: 0});
}

/** "7.42 KB": kilobytes of 1000 bytes, the unit the budgets are written in. */
export const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;

/**
 * The decided byte budgets (DESIGN.md section 8, issue 16), brotli bytes: each per-element CDN file
 * with lit inside, and the everything bundle. The size test and the bench both read them from here.
 */
export const BUDGET = {element: 9000, bundle: 12000};
/** The budget of one CDN file by its path. */
export const budgetOf = (file) => (file.endsWith('implantation-widgets.js') ? BUDGET.bundle : BUDGET.element);
