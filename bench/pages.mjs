// Builds every bench page and its scripts into bench/.pages/ (git-ignored): the baselines are bundled
// with the same rollup minifier as our CDN files, so bytes compare code with code.
import {copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {minify as terse} from 'terser';
import {minify} from '../rollup.config.mjs';
import {loadContent, toModuleData} from '../scripts/content.mjs';
import {sizes, total} from './sizes.mjs';
import {catalogue} from '../scripts/catalogue.mjs';
import {DEFAULT_BASE} from '../scripts/prerender.mjs';
import {splits} from './split.mjs';

export const OUT = 'bench/.pages';
/** The ready-to-paste snippet `npm run build` writes (scripts/prerender.mjs); its stylesheet sits beside it. */
const PRERENDERED = 'dist/cdn/embed/faq.en.html';
/** Instances per page: one widget, and a page full of them. */
export const COUNTS = [1, 100];
/** How long the server holds the script back on upgrade pages, so the HTML is painted first. */
const UPGRADE_DELAY_MS = 600;

/** Every element folder (scripts/catalogue.mjs). */
const ELEMENTS = catalogue().map((e) => e.name);

/** Every per-element CDN file and every locale file a publisher may load, each a separate response. */
export function cdnFiles() {
  const list = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).sort().map((f) => `${dir}/${f}`) : []);
  return [...list('dist/cdn').filter((f) => !f.includes('.iife.')), ...list('dist/cdn/locales')];
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const plainText = (s) => s.replaceAll('**', '');

async function bundle(input, file) {
  const build = await rollup({
    input,
    plugins: [nodeResolve(), ...minify()],
    onwarn: (w, warn) => w.code !== 'CIRCULAR_DEPENDENCY' && warn(w),
  });
  // A directory, not a file: our ES builds load JSON-LD as a lazy chunk, which is not part of a page's bytes
  // unless the page sets structured-data.
  const {output} = await build.write({dir: OUT, entryFileNames: file, chunkFileNames: 'chunks/[name]-[hash].js', format: 'es'});
  await build.close();
  return output.find((c) => c.isEntry);
}

/**
 * Where a bundle's bytes come from: each source module's code after tree-shaking, minified and
 * brotli-compressed on its own. The parts add up to more than the bundle (brotli shares context
 * across modules), but they rank what to slim.
 */
async function breakdown(chunk) {
  const rows = [];
  for (const [id, module] of Object.entries(chunk.modules)) {
    if (!module.code?.trim()) continue;
    const {code} = await terse(module.code, {module: true, compress: false, mangle: false, format: {comments: false}});
    rows.push({module: id.replace(/^.*node_modules\//, '').replace(`${process.cwd()}/`, ''), ...sizes(Buffer.from(code ?? ''))});
  }
  return rows.sort((a, b) => b.brotli - a.brotli);
}

/**
 * The 8 questions the continuity variants show (the first 8 of content/en/faq.md, what Shoelace and the
 * first Lit floor render), every question (what a default <implantation-faq> shows), and the footer.
 */
function faqContent() {
  const {locales, errors} = loadContent('content');
  if (errors.length) throw new Error(`content is invalid; run npm run content:\n${errors.join('\n')}`);
  const en = toModuleData(locales.en);
  const date = new Intl.DateTimeFormat('en', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${en.meta.reviewed}T00:00:00Z`));
  const footer = [
    en.ui.credit.replace('{title}', en.meta.sourceTitle).replace('{author}', en.meta.sourceAuthor),
    // The line footer.ts shows: "Medically reviewed by" only when the content names a clinician.
    (en.meta.reviewedBy ? en.ui['reviewed-by'].replace('{reviewedBy}', en.meta.reviewedBy) : en.ui.updated).replace('{date}', date),
    en.meta.disclaimer,
  ];
  return {en, faq: en.faq.slice(0, 8), all: en.faq, footer};
}

const staticDetails = (faq) => faq.map((q) =>
  `<details><summary>${escape(q.heading)}</summary>${q.body.map((p) => `<p>${escape(plainText(p))}</p>`).join('')}</details>`).join('');

/**
 * Every variant: `assets` are the JS and CSS files it loads (its bytes), `expect` the text each instance
 * must show to count as rendered, `instance()` one instance's HTML, `needs` what must have been built
 * (and `defines`, a tag that file must register).
 */
function variants({en, faq, all}) {
  const questions = faq.map((q) => q.heading);
  const everything = [...all.map((q) => q.heading), en.meta.disclaimer];
  const ids = faq.map((q) => q.id).join(' ');
  const ours = (tag, attrs = '') => () => `<${tag} data-bench${attrs}></${tag}>`;
  return [
    {id: 'static', group: 'faq', baseline: 'a', label: '(a) static <details>', assets: [], expect: questions,
      instance: () => `<section data-bench>${staticDetails(faq)}</section>`},
    {id: 'lit-floor', group: 'faq', baseline: 'b', label: '(b) Lit floor', assets: ['lit-floor.js'], expect: questions,
      instance: () => '<lit-floor-faq data-bench></lit-floor-faq>'},
    {id: 'lit-floor-equal', group: 'faq', baseline: 'f', label: '(f) equal-work Lit floor (every question and the footer)',
      assets: ['lit-floor-equal.js'], expect: everything, instance: () => '<lit-floor-equal-faq data-bench></lit-floor-equal-faq>'},
    {id: 'shoelace', group: 'faq', baseline: 'c', label: '(c) Shoelace <sl-details>', assets: ['shoelace.js', 'light.css'],
      expect: questions,
      instance: () => `<div data-bench>${faq.map((q) => `<sl-details summary="${escape(q.heading)}">${
        q.body.map((p) => `<p>${escape(plainText(p))}</p>`).join('')}</sl-details>`).join('')}</div>`},
    {id: 'faq-cdn', group: 'faq', label: '(d) <implantation-faq>, CDN bundle', assets: ['implantation-widgets.js'],
      expect: questions, needs: 'dist/cdn/implantation-widgets.js', defines: 'implantation-faq', instance: ours('implantation-faq', ` items="${ids}"`)},
    {id: 'faq-npm', group: 'faq', label: '(d) <implantation-faq>, npm module', assets: ['faq.js'],
      expect: questions, needs: 'dist/faq/define.js', instance: ours('implantation-faq', ` items="${ids}"`)},
    {id: 'faq-npm-all', group: 'faq', label: '(d) <implantation-faq>, npm module, default (every question)', assets: ['faq.js'],
      expect: everything, needs: 'dist/faq/define.js', instance: ours('implantation-faq')},
    {id: 'flag', group: 'flag', label: '(e) <symptom-flag>, npm module', assets: ['symptom-flag.js'],
      expect: [en.guidance.levels.typical.label], needs: 'dist/symptom-flag/define.js',
      instance: ours('symptom-flag', ' symptom="lower-back-pain" severity="mild" duration="hours"')},
    {id: 'check', group: 'check', label: '(e) <symptom-check>, npm module', assets: ['symptom-check.js'],
      expect: [en.ui['symptom-legend'], en.ui['severity-legend'], en.ui['duration-legend'], en.ui['heavy-bleeding-legend']],
      needs: 'dist/symptom-check/define.js', instance: ours('symptom-check')},
  ];
}

/** Upgrade pages: the tag arrives in the server's HTML with content around it, the script arrives late. */
function upgradeVariants(all, {faq}) {
  const byId = Object.fromEntries(all.map((v) => [v.id, v]));
  const fallback = staticDetails(faq);
  const upgrade = (base, id, label, html) => base && {...base, id, label, baseline: undefined, group: 'upgrade', instance: () => html};
  const faqTag = (inner) => `<implantation-faq data-bench items="${faq.map((q) => q.id).join(' ')}">${inner}</implantation-faq>`;
  return [
    upgrade(byId['lit-floor'], 'upgrade-lit-floor', '(b) Lit floor, fallback <details> inside',
      `<lit-floor-faq data-bench>${fallback}</lit-floor-faq>`),
    upgrade(byId.shoelace, 'upgrade-shoelace', '(c) Shoelace, answers in light DOM', byId.shoelace.instance()),
    upgrade(byId['faq-npm'], 'upgrade-faq', '(d) <implantation-faq>, fallback <details> inside', faqTag(fallback)),
    upgrade(byId['faq-npm'], 'upgrade-faq-empty', '(d) <implantation-faq>, empty tag', faqTag('')),
    existsSync(PRERENDERED) && upgrade(byId['faq-npm-all'], 'upgrade-prerendered', '(d) <implantation-faq>, pre-rendered embed (declarative shadow DOM)',
      // Its stylesheet from the copy of dist/cdn/embed/ beside the pages (the bench runs offline).
      readFileSync(PRERENDERED, 'utf8').replaceAll(DEFAULT_BASE, '').replace('<implantation-faq', '<implantation-faq data-bench')),
  ].filter(Boolean);
}

function page(variant, count, probe, {upgrade = false} = {}) {
  const query = upgrade ? `?delay=${UPGRADE_DELAY_MS}` : '';
  const head = variant.assets.map((a) => a.endsWith('.css')
    ? `<link rel="stylesheet" href="${a}">`
    : `<script type="module" src="${a}${query}"></script>`).join('\n');
  const config = {expect: variant.expect, settle: upgrade ? 300 : 100};
  const instances = Array.from({length: count}, variant.instance).join('\n');
  const body = upgrade
    ? `<h1>An article page</h1>\n<p>Text above the widget.</p>\n${instances}\n${'<p>Text below the widget, which moves if the widget changes height.</p>\n'.repeat(3)}`
    : `<h1>Bench: ${escape(variant.label)} &times; ${count}</h1>\n${instances}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape(variant.label)} &times; ${count}</title>
${head}
<script>window.__benchConfig = ${JSON.stringify(config)};</script>
<script>${probe}</script>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * Builds bench/.pages/ and returns {pages, variants, skipped, extraBytes}: one page per variant and
 * count, plus upgrade pages; variants whose element is not built yet are listed in `skipped`.
 */
export async function buildPages() {
  rmSync(OUT, {recursive: true, force: true});
  mkdirSync(`${OUT}/entries`, {recursive: true});
  const content = faqContent();
  const qa = (list) => JSON.stringify(list.map((q) => [q.heading, q.body.map(plainText)]));
  writeFileSync(`${OUT}/faq-data.js`, `export const questions = ${qa(content.faq)};\nexport const all = ${qa(content.all)};\n` +
    `export const footer = ${JSON.stringify(content.footer)};\n`);
  writeFileSync(`${OUT}/entries/lit-alone.js`,
    `import {LitElement, html} from 'lit';\ncustomElements.define('lit-alone', class extends LitElement {\n  render() { return html\`<p>hi</p>\`; }\n});\n`);

  await bundle('bench/baselines/lit-floor.js', 'lit-floor.js');
  await bundle('bench/baselines/lit-floor-equal.js', 'lit-floor-equal.js');
  await bundle('bench/baselines/shoelace.js', 'shoelace.js');
  await bundle(`${OUT}/entries/lit-alone.js`, 'lit-alone.js');
  copyFileSync('node_modules/@shoelace-style/shoelace/dist/themes/light.css', `${OUT}/light.css`);
  if (existsSync('dist/cdn/implantation-widgets.js')) copyFileSync('dist/cdn/implantation-widgets.js', `${OUT}/implantation-widgets.js`);
  if (existsSync('dist/cdn/embed')) cpSync('dist/cdn/embed', `${OUT}/embed`, {recursive: true});
  const breakdowns = {};
  for (const name of ELEMENTS) {
    if (!existsSync(`dist/${name}/define.js`)) continue;
    breakdowns[name] = await breakdown(await bundle(`dist/${name}/define.js`, `${name}.js`));
  }

  const probe = readFileSync('bench/probe.js', 'utf8');
  const all = variants(content);
  const isBuilt = (v) => !v.needs || (existsSync(v.needs) && (!v.defines || readFileSync(v.needs, 'utf8').includes(`"${v.defines}"`)));
  const skipped = all.filter((v) => !isBuilt(v));
  const built = all.filter((v) => !skipped.includes(v));
  const pages = [];
  for (const variant of built) {
    for (const count of COUNTS) pages.push({variant, count, file: `${variant.id}-${count}.html`, html: page(variant, count, probe)});
  }
  for (const variant of upgradeVariants(built, content)) {
    pages.push({variant, count: 1, file: `${variant.id}.html`, html: page(variant, 1, probe, {upgrade: true})});
  }
  for (const p of pages) writeFileSync(`${OUT}/${p.file}`, p.html);

  const fileSizes = (files) => total(files.map((f) => sizes(readFileSync(`${OUT}/${f}`))));
  for (const v of built) v.bytes = fileSizes(v.assets);
  // Bytes-only rows: lit by itself, and the per-element CDN files publishers can also load.
  const extraBytes = [{id: 'lit-alone', label: 'lit alone (a one-line element)', bytes: fileSizes(['lit-alone.js'])}];
  for (const file of cdnFiles()) extraBytes.push({id: `cdn-${file}`, label: file, bytes: sizes(readFileSync(file))});
  return {pages, variants: built, skipped, extraBytes, breakdowns, shares: await splits(extraBytes[0].bytes.brotli)};
}
