import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {budgetOf, kb, sizes} from '../../bench/sizes.mjs';

// `npm test` builds before running this file. Sizes are brotli at quality 11 (what CDNs serve), in
// KB of 1000 bytes; `npm run bench` measures the same way and lists where each file's bytes go.
// The budgets are the decided ones (DESIGN.md section 8, issue 16): production build, publisher
// warnings kept. A budget the code is known to miss is a node:test `todo`: it still runs and prints
// measured vs budget, but does not fail `npm test`; `MISSED` says by how much when it was written and
// why (bench/RESULTS.md has the breakdown). A file that fits passes as a real test whatever `MISSED`
// says, and one that is not listed fails when it grows past its budget. Remove a line once it fits.
const MISSED = {
  // In-context shares (bench/split.mjs, bench/RESULTS.md) when recorded: lit, CSS, content text, warning wording, logic.
  'dist/cdn/article.js': {recorded: 10910, why: 'lit 5.07 KB, CSS 0.96, content 0.98, warnings 0.33, logic 3.58'},
  'dist/cdn/faq.js': {recorded: 12670, why: 'lit 5.07 KB, CSS 1.26, content 1.07, warnings 0.41, logic 4.86 (of it: localization 0.78, robustness about 0.95, footer 0.39, deep links 0.23)'},
  'dist/cdn/symptom-flag.js': {recorded: 11560, why: 'lit 5.07 KB, CSS 1.42, content 0.54, warnings 0.28, logic 4.27'},
  'dist/cdn/symptom-check.js': {recorded: 12310, why: 'lit 5.07 KB, CSS 1.58, content 0.64, warnings 0.24, logic 4.78'},
  'dist/cdn/implantation-widgets.js': {recorded: 16400, why: 'lit 5.07 KB, CSS 2.09, content 1.63, warnings 0.48, the logic of four elements 7.12'},
};

/** Every per-element CDN module, dist/cdn/<element>.js: each defines one element, lit included. */
const perElement = readdirSync('dist/cdn').filter((f) => f.endsWith('.js') && !f.startsWith('implantation-widgets')).sort();

/**
 * Every opt-in locale file, however the build names them (a whole locale, or one element's strings in
 * one locale), in dist/cdn/locales/ and its folders.
 */
const localeFiles = existsSync('dist/cdn/locales')
  ? readdirSync('dist/cdn/locales', {recursive: true}).filter((f) => f.endsWith('.js')).sort().map((f) => `dist/cdn/locales/${f}`)
  : [];

const BUDGETS = [
  ...perElement.map((f) => ({file: `dist/cdn/${f}`, what: `the per-element module ${f}, lit included,`, max: budgetOf(f)})),
  {file: 'dist/cdn/implantation-widgets.js', what: 'the full CDN bundle, every element and lit,', max: budgetOf('implantation-widgets.js')},
  // Not a decided budget: a guard that no opt-in locale file grows past the whole Spanish file's size
  // before issue 16 (2.32 KB, +3%); a file with one element's strings is well under it.
  ...localeFiles.map((file) => ({file, what: `the opt-in locale file ${file.slice('dist/cdn/locales/'.length)}`, max: 2400})),
];

const describe = (file, s) => `${file}: ${s.raw} B raw, ${s.gzip} B gzip, ${s.brotli} B brotli`;

test('every per-element CDN module has a budget', () => {
  assert.deepEqual(perElement, ['article.js', 'faq.js', 'symptom-check.js', 'symptom-flag.js']);
});

test('there is at least one opt-in locale file, each with a budget', () => {
  assert.ok(localeFiles.length > 0, 'dist/cdn/locales/ has no .js file');
});

for (const {file, what, max} of BUDGETS) {
  const s = sizes(readFileSync(file));
  const measured = `measured ${kb(s.brotli)}, budget ${kb(max)}`;
  // Known misses stay visible (todo, with the figures) only while they still miss.
  const missed = MISSED[file];
  const todo = s.brotli > max && missed ? `over budget by ${s.brotli - max} B (${measured}); ${kb(missed.recorded)} when recorded: ${missed.why}` : undefined;
  test(`${what} is at most ${kb(max)} brotli`, {todo}, (t) => {
    t.diagnostic(`${describe(file, s)}: ${measured}, ${s.brotli <= max ? 'met' : 'not met'}`);
    assert.ok(s.brotli <= max, `${file} is ${kb(s.brotli)} brotli, over its ${kb(max)} budget by ${s.brotli - max} B`);
  });
}

// A known miss is still a real test of one thing: it does not get worse than when it was recorded
// (2% for brotli's run-to-run and merge noise).
for (const [file, {recorded}] of Object.entries(MISSED)) {
  test(`${file}, over its budget, is no larger than the ${kb(recorded)} recorded (+2%)`, (t) => {
    const s = sizes(readFileSync(file));
    t.diagnostic(`${describe(file, s)}: measured ${kb(s.brotli)}, recorded ${kb(recorded)}`);
    assert.ok(s.brotli <= recorded * 1.02, `${file} grew to ${kb(s.brotli)} from ${kb(recorded)}: find the new bytes (npm run bench lists them)`);
  });
}

test('each per-element CDN module carries less than the full bundle', (t) => {
  const bundle = sizes(readFileSync('dist/cdn/implantation-widgets.js'));
  for (const file of perElement) {
    const s = sizes(readFileSync(`dist/cdn/${file}`));
    t.diagnostic(describe(`dist/cdn/${file}`, s));
    assert.ok(s.brotli < bundle.brotli, `dist/cdn/${file} (${kb(s.brotli)}) should be smaller than the bundle (${kb(bundle.brotli)})`);
  }
});

test('the npm build ships minified template literals too', () => {
  // The FAQ's styles and templates as consumers without a template-literal minifier get them.
  const styles = readFileSync('dist/faq/implantation-faq.styles.js', 'utf8');
  assert.doesNotMatch(styles, /\n\s{2,}\S/, 'dist/faq/implantation-faq.styles.js keeps indented lines');
});

test('structured data is a lazy chunk in the ES builds and inline in the classic script', () => {
  const chunks = readdirSync('dist/cdn/chunks');
  assert.ok(chunks.some((f) => f.startsWith('json-ld')), `chunks: ${chunks}`);
  for (const file of ['dist/cdn/faq.js', 'dist/cdn/implantation-widgets.js']) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /FAQPage/, `${file} should load FAQPage JSON-LD lazily`);
  }
  assert.match(readFileSync('dist/cdn/implantation-widgets.iife.js', 'utf8'), /FAQPage/);
});
