#!/usr/bin/env node
// The pre-rendered embed, run by `npm run build` after rollup: for each element and locale, a
// ready-to-paste HTML snippet (dist/cdn/embed/<element>.<locale>.html) whose text and layout are in
// the page before any script runs, so upgrading it shifts nothing (CLS 0) and readers without
// JavaScript, and crawlers, get the whole text. It is the SSR output (declarative shadow DOM) with
// two changes:
// - no Lit hydration markers: the CDN scripts do not hydrate, they replace the server tree in place in
//   the same task as their first render (ImplantationElement.createRenderRoot), so nothing shows twice;
// - the shadow root's inline <style> becomes <link rel="stylesheet"> to dist/cdn/embed/<element>.css,
//   the element's own styles as a shipped file, so a strict `style-src 'self'` page allows it.
// Snippets link the CSS relative to the CDN folder given by --base (default: the unpkg URL of this
// version); self-hosting publishers replace that prefix with their own copy of dist/cdn/.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
export const DEFAULT_BASE = `https://unpkg.com/implantation-widgets@${version}/dist/cdn/`;
const OUT = 'dist/cdn/embed';

/** The common options per element: what the README's first snippet of each element sets. */
export const OPTIONS = {
  article: {},
  faq: {},
  'symptom-flag': {symptom: 'lower-back-pain', severity: 'mild', duration: 'hours'},
  'symptom-check': {},
};
export const LOCALES = ['en', 'es'];

/** One element's styles, in order, as the text of a stylesheet. */
const stylesheet = (element) => element.elementStyles.map((s) => s.cssText).join('\n');

/** SSR markup -> the pre-rendered embed: markers stripped, the shadow root's <style> a <link>. */
export function toEmbed(markup, href) {
  let linked = false;
  const html = markup
    .replace(/<!--\/?lit-(part|node)[^>]*-->|<!--\?lit\$[^>]*-->|<\?lit\$[^>]*>/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, () => (linked ? '' : ((linked = true), `<link rel="stylesheet" href="${href}">`)));
  if (!linked) throw new Error(`no shadow-root styles found to link in: ${markup.slice(0, 200)}`);
  if (/<style|lit-part|lit-node/.test(html)) throw new Error('pre-rendered embed still has inline styles or hydration markers');
  return html;
}

export async function prerender({base = DEFAULT_BASE, out = OUT} = {}) {
  const {elements, renderElement} = await import('../dist/ssr/index.js');
  await import('../dist/locales/es.js');
  mkdirSync(out, {recursive: true});
  const written = [];
  for (const [name, element] of Object.entries(elements)) {
    element.finalize();
    writeFileSync(`${out}/${name}.css`, stylesheet(element) + '\n');
    written.push(`${name}.css`);
    for (const lang of LOCALES) {
      const markup = await renderElement(name, {...OPTIONS[name], lang});
      writeFileSync(`${out}/${name}.${lang}.html`, toEmbed(markup, `${base}embed/${name}.css`) + '\n');
      written.push(`${name}.${lang}.html`);
    }
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const base = process.argv.find((a) => a.startsWith('--base='))?.slice(7);
  const written = await prerender(base ? {base} : {});
  console.log(`pre-rendered embed: ${OUT}/ ${written.length} files.`);
}
