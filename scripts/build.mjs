#!/usr/bin/env node
// `npm run build`: content modules, then three independent jobs at once, one line per output:
// - tsc: the npm modules in dist/ (one .js and .d.ts per source file), and the only type check;
// - rollup + esbuild transpile + terser: the CDN bundles in dist/cdn/ (rollup.config.mjs);
// - cem: dist/custom-elements.json (custom-elements-manifest.config.mjs).
// A failure prints its output and makes the command exit 1.
import {spawn} from 'node:child_process';
import {createInterface} from 'node:readline';
import {readFileSync, rmSync, statSync, readdirSync, existsSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, constants} from 'node:zlib';
import {writeCatalogue} from './catalogue.mjs';
import {writeReadmeTables} from './readme-api.mjs';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * Runs a command, collecting its output (or passing each stdout line to `lines`); resolves to the output,
 * rejects with it on a non-zero exit.
 */
function run(command, args, lines) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    if (lines) createInterface({input: child.stdout}).on('line', lines);
    else child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')}\n${output}`))));
  });
}

/** The newest modification time under these paths (files and folders, recursively). */
export function newest(paths) {
  let latest = 0;
  for (const path of paths.filter((p) => existsSync(p))) {
    const stat = statSync(path);
    latest = Math.max(latest, stat.mtimeMs);
    if (stat.isDirectory()) latest = Math.max(latest, newest(readdirSync(path).map((f) => join(path, f))));
  }
  return latest;
}

/** What a build reads; src/content/ is left out because the build writes it. */
export const SOURCES = ['src', 'content', 'themes', 'package.json', 'tsconfig.json', 'rollup.config.mjs', 'custom-elements-manifest.config.mjs',
  'scripts/build.mjs', 'scripts/catalogue.mjs', 'scripts/content.mjs', 'scripts/content-subsets.mjs', 'scripts/prerender.mjs'];
const OUTPUTS = ['dist/index.js', 'dist/index.d.ts', 'dist/custom-elements.json', 'dist/cdn/implantation-widgets.js'];

/** Whether dist/ holds a complete build that is newer than everything it is built from. */
export function isFresh() {
  if (!OUTPUTS.every((f) => existsSync(f))) return false;
  const built = Math.min(...OUTPUTS.map((f) => statSync(f).mtimeMs));
  const sources = SOURCES.flatMap((p) => (p === 'src' ? readdirSync('src').filter((d) => d !== 'content').map((d) => join('src', d)) : [p]));
  return newest(sources) < built;
}

/**
 * The CDN bundles in two processes, so both cores minify: terser, not TypeScript, is most of the build.
 * One process builds the per-element bundles, the other the everything bundle (two outputs, about as
 * much work) and the small locale files. Each child picks its half itself, so the parent never loads
 * rollup (that import sat on the build's longest path).
 */
const HALVES = {
  elements: (input) => /\/define\.ts$/.test(input),
  rest: (input) => !/\/define\.ts$/.test(input),
};

/** Builds one half of rollup.config.mjs's bundles, one after another, sharing parsed modules (lit) through rollup's cache. */
async function cdn(half, log) {
  const {rollup} = await import('rollup');
  const {default: configs} = await import('../rollup.config.mjs');
  let cache;
  for (const {output, ...input} of configs.filter((c) => HALVES[half](c.input))) {
    const start = performance.now();
    const bundle = await rollup({...input, cache, onwarn: (w) => log(`  warning: ${w.message}`)});
    cache = bundle.cache;
    for (const o of output) {
      await bundle.write(o);
      const file = o.file ?? join(o.dir, o.entryFileNames);
      const bytes = readFileSync(file);
      const brotli = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
      log(`${file.padEnd(38)} ${o.format.padEnd(4)} ${kb(bytes.length).padStart(8)}, ${kb(brotli).padStart(7)} brotli  (${seconds(start)})`);
    }
    await bundle.close();
  }
}

const cdnInParallel = (log) =>
  Promise.all(Object.keys(HALVES).map((half) => run(process.execPath, [fileURLToPath(import.meta.url), `--cdn=${half}`], log)));

/**
 * Template literals (HTML and CSS) minified in the npm modules too, as in the CDN bundles: consumers
 * whose bundler does not minify them, and SSR output, would otherwise carry every newline and indent.
 */
async function minifyLiterals() {
  const {default: minifyHTML} = await import('@lit-labs/rollup-plugin-minify-html-literals');
  const plugin = minifyHTML();
  const context = {warn: (message) => console.warn(`minify-html-literals: ${message}`)};
  // The SSR entry is left as it is: its one template splices a tag name (`</${tag}>`), which the HTML
  // minifier cannot parse, and it runs on servers, where bytes do not matter.
  const files = readdirSync('dist', {recursive: true}).filter((f) => f.endsWith('.js') && !/^(cdn|ssr)\b/.test(f));
  await Promise.all(files.map(async (f) => {
    const path = join('dist', f);
    const result = await plugin.transform.call(context, readFileSync(path, 'utf8'), path);
    if (result) writeFileSync(path, result.code);
  }));
}

/** Builds everything into dist/; `log` gets one line per output. Rejects with the failing step's output. */
export async function build(log = console.log) {
  const start = performance.now();
  rmSync('dist', {recursive: true, force: true});
  await run(process.execPath, ['scripts/content.mjs']);
  await run(process.execPath, ['scripts/content-subsets.mjs']);
  log(`src/content/                           content modules and per-element subsets from content/  (${seconds(start)})`);
  // Before tsc and rollup: the entries, wrappers and locale modules it writes are their inputs.
  const written = writeCatalogue();
  log(`catalogue                              ${written.length ? `wrote ${written.join(', ')}` : 'every element list up to date'}  (${seconds(start)})`);
  const tsc = performance.now();
  const cem = performance.now();
  await Promise.all([
    run(bin('tsc'), ['-p', 'tsconfig.json']).then(minifyLiterals).then(() => log(`dist/**/*.js, *.d.ts                    npm modules and types (tsc)  (${seconds(tsc)})`)),
    run(bin('cem'), ['analyze', '--litelement', '--quiet']).then(() => log(`dist/custom-elements.json              manifest (cem)  (${seconds(cem)})`))
      .then(() => writeReadmeTables() && log('README.md                              element part and custom-property tables from the manifest')),
    cdnInParallel(log),
  ]);
  const embed = performance.now();
  await run(process.execPath, ['scripts/prerender.mjs']);
  log(`dist/cdn/embed/                        pre-rendered embed snippets  (${seconds(embed)})`);
  log(`built in ${seconds(start)}`);
}

const part = process.argv.find((a) => a.startsWith('--cdn='));
if (part) {
  await cdn(part.slice(6), console.log);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  build().catch((error) => {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  });
}
