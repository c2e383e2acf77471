// Where each CDN file's brotli bytes go, measured in context: the file is built again with one kind of
// text emptied (every stylesheet, the content's prose, the publisher warnings' wording), and that kind
// costs the difference. Unlike compressing each module alone (pages.mjs, breakdown()), these shares
// are what the file really pays, since brotli shares context across modules. Lit is what a one-line
// Lit element costs; the logic is the rest. Warnings keep their checks and their call; only the text
// goes, so the warnings row is what shorter wording could save at most.
import {rollup} from 'rollup';
import configs from '../rollup.config.mjs';
import {sizes} from './sizes.mjs';

/** A string literal of at least 12 characters, as a value (after `:`, `=`, `[` or `,`), not a key. */
const VALUE = /(?<=(?:[:=[,]|^)\s*)"(?:[^"\\]|\\.){12,}"(?=\s*[,\]\n};])/gm;
/** The message of a `warn(el, …)` or `this.warn(…)` call: a template or quoted literal. */
const WARNING = /((?:\bwarn\(\s*\w+,|\bthis\.warn\()\s*)(`(?:[^`\\]|\\.)*`|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;

const STRIP = {
  css: (code, id) => (/\.styles\.ts$/.test(id) ? code.replace(/css`[^`]*`/g, 'css`:host{}`') : null),
  content: (code, id) => (/\/src\/content\/(en|subsets\/[\w-]+\.en)\.ts$/.test(id) ? code.replace(VALUE, '""') : null),
  warnings: (code, id) => (/\/src\/.*\.ts$/.test(id) ? code.replace(WARNING, '$1""') : null),
};

/** The CDN ES entries rollup.config.mjs builds: every per-element file and the everything bundle. */
const entries = configs.filter((c) => c.output.length && c.output[0].format === 'es' && c.output[0].entryFileNames);

async function build(config, strip) {
  const plugins = strip ? [{name: 'bench-strip', transform: strip}, ...config.plugins] : config.plugins;
  const bundle = await rollup({...config, plugins, onwarn: () => {}});
  const {output} = await bundle.generate(config.output[0]);
  await bundle.close();
  return sizes(Buffer.from(output.find((o) => o.isEntry).code)).brotli;
}

/** One row per CDN file: brotli bytes in total and per share; `lit` is the one-line Lit element's. */
export async function splits(lit) {
  const rows = [];
  for (const config of entries) {
    const total = await build(config);
    const row = {file: `dist/cdn/${config.output[0].entryFileNames}`, total, lit};
    for (const [kind, strip] of Object.entries(STRIP)) row[kind] = total - (await build(config, strip));
    row.logic = total - lit - row.css - row.content - row.warnings;
    rows.push(row);
  }
  return rows.sort((a, b) => a.file.localeCompare(b.file));
}
