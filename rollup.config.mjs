// The CDN bundles in dist/cdn/: self-contained minified bundles with lit inside, for a publisher's <script>
// tag. (The npm modules in dist/ are tsc's own output, one file per source with .d.ts: see scripts/build.mjs.)
// TypeScript is only transpiled here (esbuild, per file, no type check): tsc checks the same sources once,
// instead of one full compile per bundle.
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {transform} from 'esbuild';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const tsconfig = JSON.parse(readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8'));

/** Per-element CDN modules: dist/cdn/<name>.js, each defining one element with lit inside. */
export const elements = readdirSync('src', {withFileTypes: true})
  .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(join('src', d.name, 'define.ts')))
  .map((d) => d.name)
  .sort();

/** Sources import `./x.js`; the file on disk is `./x.ts`. esbuild strips the types, one file at a time. */
export function transpile() {
  return {
    name: 'implantation-transpile',
    resolveId(id, importer) {
      if (!importer?.endsWith('.ts') || !id.startsWith('.') || !id.endsWith('.js')) return null;
      const file = resolve(dirname(importer), id.replace(/\.js$/, '.ts'));
      return existsSync(file) ? file : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = await transform(code, {loader: 'ts', format: 'esm', target: 'es2022', sourcefile: id, tsconfigRaw: tsconfig});
      return {code: out.code, map: null};
    },
  };
}

// `module: true` lets terser drop unused top-level names: right for an ES module or a nameless IIFE, wrong
// for the classic script whose top-level `var ImplantationWidgets` is the whole point.
// A classic script is decoded in the page's own encoding (a CMS template may still say windows-1252), so
// the classic outputs spell every non-ASCII character as an escape; module scripts are always UTF-8.
const terse = (keepTopLevel = false, classic = false) =>
  terser({ecma: 2021, module: !keepTopLevel, compress: {passes: 2}, format: {comments: false, ascii_only: classic}});

// Exported so `npm run bench` bundles its baselines with exactly the minifier our CDN files get.
export const minify = () => [minifyHTML.default ? minifyHTML.default() : minifyHTML(), terse()];

/** Copies the design-system presets (themes/*.css, tokens only) to dist/cdn/themes/ for script-tag pages. */
const copyThemes = () => ({
  name: 'copy-themes',
  writeBundle() {
    mkdirSync('dist/cdn/themes', {recursive: true});
    for (const file of readdirSync('themes')) copyFileSync(join('themes', file), join('dist/cdn/themes', file));
  },
});

/**
 * One self-contained bundle: input -> outputs (`format` es or iife). An ES output that names `entry`
 * is written to dist/cdn/ with the lazy JSON-LD writer as a chunk in dist/cdn/chunks/; the classic
 * script has no chunks, so it inlines it.
 */
const bundle = (input, outputs, extra = []) => ({
  input,
  // The lazy chunk imports shared code back from the entry, instead of splitting it out.
  preserveEntrySignatures: 'allow-extension',
  // A css`` or html`` literal nobody uses (a shared sheet another element needs) has no side effects,
  // so it may go: without this, every bundle keeps every stylesheet its modules define.
  treeshake: {manualPureFunctions: ['css', 'html']},
  plugins: [transpile(), nodeResolve(), minify()[0], ...extra],
  output: outputs.map(({entry, ...o}) => ({
    ...(entry ? {dir: 'dist/cdn', entryFileNames: entry, chunkFileNames: 'chunks/[name]-[hash].js'} : {inlineDynamicImports: true}),
    ...o,
    plugins: [terse(Boolean(o.name), o.format === 'iife')],
  })),
});

export default [
  bundle('src/index.ts', [
    {entry: 'implantation-widgets.js', format: 'es'},
    {file: 'dist/cdn/implantation-widgets.iife.js', format: 'iife', name: 'ImplantationWidgets'},
  ], [copyThemes()]),
  ...elements.map((name) => bundle(`src/${name}/define.ts`, [{entry: `${name}.js`, format: 'es'}])),
  // Opt-in locales for script-tag pages: an IIFE runs as a classic or a module script alike, and
  // registers into whichever bundle copy is on the page (see src/shared/locale.ts).
  ...readdirSync('src/locales').map((file) =>
    bundle(`src/locales/${file}`, [{file: `dist/cdn/locales/${file.replace(/\.ts$/, '.js')}`, format: 'iife'}]),
  ),
];
