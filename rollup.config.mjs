// Two builds from one source tree:
// - dist/: one ES module per source file (class-only and define modules), lit left external, with .d.ts,
//   for npm consumers whose bundler dedupes lit and tree-shakes unused elements;
// - dist/cdn/: self-contained minified bundles with lit inside, for a publisher's <script> tag.
import {copyFileSync, mkdirSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const sources = readdirSync('src', {recursive: true})
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => join('src', f));

/** Per-element CDN modules: dist/cdn/<name>.js, each defining one element with lit inside. */
const elements = readdirSync('src', {withFileTypes: true})
  .filter((d) => d.isDirectory() && d.name !== 'shared' && readdirSync(join('src', d.name)).includes('define.ts'))
  .map((d) => d.name);

// Exported so `npm run bench` bundles its baselines with exactly the minifier our CDN files get.
export const minify = () => [
  minifyHTML.default ? minifyHTML.default() : minifyHTML(),
  // No `module: true`: the plugin sets it for ES outputs only; forced on, it drops the IIFE's
  // `var ImplantationWidgets` as unused and the classic bundle exposes nothing.
  terser({ecma: 2021, compress: {passes: 2}, format: {comments: false}}),
];
const cdnTypescript = () => typescript({declaration: false, outDir: 'dist/cdn', sourceMap: false});

/** Copies the design-system presets (themes/*.css, tokens only) to dist/cdn/themes/ for script-tag pages. */
const copyThemes = () => ({
  name: 'copy-themes',
  writeBundle() {
    mkdirSync('dist/cdn/themes', {recursive: true});
    for (const file of readdirSync('themes')) copyFileSync(join('themes', file), join('dist/cdn/themes', file));
  },
});

// content/types.ts holds only types, so its JS module is empty by design.
const onwarn = (warning, warn) => warning.code !== 'EMPTY_BUNDLE' && warn(warning);

export default [
  {
    input: sources,
    onwarn,
    external: (id) => /^(lit|@lit|@lit-labs|react)(\/|$)/.test(id),
    // Template literals minified here too (issue 16): consumers whose bundler does not minify them, and
    // SSR output, would otherwise carry every newline and indent of our templates and CSS.
    plugins: [typescript({outDir: 'dist', declaration: true, noEmitOnError: true}), minify()[0]],
    output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src'},
  },
  {
    input: 'src/index.ts',
    // The lazy JSON-LD chunk imports shared code back from the entry, instead of splitting it out.
    preserveEntrySignatures: 'allow-extension',
    plugins: [nodeResolve(), cdnTypescript(), ...minify(), copyThemes()],
    // JSON-LD is a lazy chunk in ES output (dist/cdn/chunks/); the classic script has no chunks, so inline.
    output: [
      {dir: 'dist/cdn', entryFileNames: 'implantation-widgets.js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es'},
      {file: 'dist/cdn/implantation-widgets.iife.js', format: 'iife', name: 'ImplantationWidgets', inlineDynamicImports: true},
    ],
  },
  ...elements.map((name) => ({
    input: `src/${name}/define.ts`,
    preserveEntrySignatures: 'allow-extension',
    plugins: [nodeResolve(), cdnTypescript(), ...minify()],
    output: {dir: 'dist/cdn', entryFileNames: `${name}.js`, chunkFileNames: 'chunks/[name]-[hash].js', format: 'es'},
  })),
  // Opt-in locales for script-tag pages: an IIFE runs as a classic or a module script alike, and
  // registers into whichever bundle copy is on the page (see src/shared/locale.ts).
  ...readdirSync('src/locales').map((file) => ({
    input: `src/locales/${file}`,
    plugins: [nodeResolve(), cdnTypescript(), ...minify()],
    output: {file: `dist/cdn/locales/${file.replace(/\.ts$/, '.js')}`, format: 'iife'},
  })),
];
