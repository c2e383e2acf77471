#!/usr/bin/env node
// `npm run review`: one self-contained HTML sheet (no scripts, no external files) from which a clinical
// reviewer or a translator signs off the content without reading code. One row per seed fact: the quote
// in its sentence of the article, then every English and Spanish sentence that restates it (file:line);
// then the sentences that restate no fact, and the readability figures of every block.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {findSeed, loadContent, taggedLines, NON_FACT_TAGS, REFERENCE_LOCALE} from './content.mjs';
import {gradedItems, LIMITS} from '../test/node/readability.mjs';

export const OUT = '.review/content-review.html';

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);
const prose = (s) => esc(s).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

/** Every tagged sentence of every locale: `{lang, file, line, where, text, tags}`. */
function sentences(locales) {
  return Object.entries(locales).flatMap(([lang, {dir, files}]) =>
    Object.entries(files).flatMap(([kind, file]) => taggedLines(file).flatMap((t) =>
      t.units.map((u) => ({lang, file: `${dir}/${kind}.md`, line: t.line, where: t.key ?? `#${t.block}`, text: u.text, tags: u.tags})))));
}

/** The seed sentence holding `quote`, with the quote marked; the bare quote when the seed is absent. */
function inContext(seedText, quote) {
  if (!seedText) return `<mark>${esc(quote)}</mark>`;
  const sentence = seedText.split(/(?<=[.?!])\s+/).find((s) => s.includes(quote)) ?? quote;
  const at = sentence.indexOf(quote);
  return esc(sentence.slice(0, at)) + `<mark>${esc(quote)}</mark>` + esc(sentence.slice(at + quote.length));
}

function list(items) {
  if (!items.length) return '<p class="none">none</p>';
  return `<ul>${items.map((s) => `<li><span class="where">${esc(s.file)}:${s.line} ${esc(s.where)}</span> ${prose(s.text)}</li>`).join('')}</ul>`;
}

export function reviewSheet(root = 'content', now = new Date()) {
  const {locales, source, errors} = loadContent(root);
  const repoRoot = dirname(resolve(root));
  const seedPath = source && findSeed(source.fields.seed, repoRoot);
  const seedBytes = seedPath ? readFileSync(seedPath) : null;
  const seedText = seedBytes?.toString('utf8').replace(/\s+/g, ' ');
  const sha = seedBytes && createHash('sha256').update(seedBytes).digest('hex');
  const all = sentences(locales);
  const langs = [REFERENCE_LOCALE, ...Object.keys(locales).filter((l) => l !== REFERENCE_LOCALE)];
  const of = (lang, tag) => all.filter((s) => s.lang === lang && s.tags.includes(tag));

  const seedStatus = !seedBytes
    ? `<p class="warn">The seed ${esc(source.fields.seed)} was not found: quotes are shown as recorded, not checked.</p>`
    : sha === source.fields.sha256
      ? `<p>Seed <code>${esc(source.fields.seed)}</code>, SHA-256 <code>${sha}</code>: matches the recorded checksum; every quote was found in it.</p>`
      : `<p class="warn">The seed has changed (SHA-256 ${sha}, recorded ${esc(source.fields.sha256)}): re-check every fact.</p>`;

  const factRows = [...source.facts.values()].map((fact) => {
    const safety = source.safety.includes(fact.id);
    return `<tr id="${fact.id}"${safety ? ' class="safety"' : ''}>
      <th scope="row">${fact.id}${safety ? '<br><span class="tag">safety</span>' : ''}</th>
      <td><p class="summary">${esc(fact.summary)}</p>${fact.quotes.map((q) => `<blockquote>${inContext(seedText, q.text)}</blockquote>`).join('')}</td>
      ${langs.map((lang) => `<td>${list(of(lang, fact.id))}</td>`).join('')}
      <td class="sign"><span>Clinician</span><span>Translator</span></td>
    </tr>`;
  }).join('');

  const otherRows = NON_FACT_TAGS.map((tag) => `<tr><th scope="row">[${tag}]</th>
      ${langs.map((lang) => `<td>${list(of(lang, tag))}</td>`).join('')}</tr>`).join('');

  const graded = gradedItems(root);
  const blocks = [...new Set(graded.map((i) => i.where))];
  const figure = (lang, where) => {
    const i = graded.find((g) => g.lang === lang && g.where === where);
    return i ? `<td class="${i.ok ? 'ok' : 'bad'}">${esc(i.label)}<br><span class="where">${esc(i.file)}:${i.line}</span></td>` : '<td></td>';
  };
  const readRows = blocks.map((where) => `<tr><th scope="row">${esc(where)}</th>${langs.map((l) => figure(l, where)).join('')}</tr>`).join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Content review: ${esc(locales.en?.files.meta.fields.title ?? '')}</title>
<style>
  body { font: 15px/1.45 system-ui, sans-serif; margin: 24px; color: #1f2328; }
  h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin-top: 32px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #d0d7de; padding: 6px 8px; vertical-align: top; text-align: left; }
  thead th { background: #f6f8fa; position: sticky; top: 0; }
  tr.safety > th { background: #fff1e5; }
  blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #d0d7de; color: #59636e; }
  mark { background: #fff8c5; color: #1f2328; }
  ul { margin: 0; padding-left: 18px; } li { margin-bottom: 4px; }
  .summary { margin: 0 0 4px; font-weight: 600; }
  .where { display: block; font: 12px ui-monospace, monospace; color: #59636e; }
  .tag { font-size: 12px; font-weight: 600; color: #953800; }
  .none, .warn { color: #a40e26; font-weight: 600; }
  .sign span { display: block; min-width: 120px; margin-bottom: 10px; padding-top: 18px; border-bottom: 1px solid #59636e; font-size: 12px; color: #59636e; }
  td.ok { color: #116329; } td.bad { color: #a40e26; font-weight: 600; }
  @media print { thead th { position: static; } tr { break-inside: avoid; } }
</style>
</head>
<body>
<h1>Content review sheet</h1>
<p>Generated ${esc(now.toISOString().slice(0, 16).replace('T', ' '))} UTC by <code>npm run review</code> from <code>content/</code>.
${errors.length ? `<span class="warn">${errors.length} validation problem(s): run npm run content.</span>` : 'All validation checks pass.'}</p>
${seedStatus}
<p><strong>How to review.</strong> Each row is one fact of the source article, with its words highlighted in the
article's sentence. Check that every sentence beside it says the same thing, with the same hedges (may, often,
can, usually) and no more. Facts marked <span class="tag">safety</span> must appear in every guidance level.
Translators compare the Spanish column with the English one, line for line. Sign in the last column, or note
the file:line to change. Sentences tagged [ui] or [disclaimer] restate no medical fact; check that none of
them makes a claim. The last table gives the readability of every block a reader sees
(English: Flesch-Kincaid grade at most ${LIMITS.en.max}, SMOG beside it; Spanish: Fernández-Huerta at least ${LIMITS.es.min}).</p>

<h2>Facts of the article (${source.facts.size})</h2>
<table>
<thead><tr><th>Fact</th><th>Source quote</th>${langs.map((l) => `<th>Sentences (${l})</th>`).join('')}<th>Sign-off</th></tr></thead>
<tbody>${factRows}</tbody>
</table>

<h2>Sentences that restate no fact</h2>
<table>
<thead><tr><th>Tag</th>${langs.map((l) => `<th>Sentences (${l})</th>`).join('')}</tr></thead>
<tbody>${otherRows}</tbody>
</table>

<h2>Readability per block</h2>
<table>
<thead><tr><th>Block</th>${langs.map((l) => `<th>${l}</th>`).join('')}</tr></thead>
<tbody>${readRows}</tbody>
</table>
</body>
</html>
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const html = reviewSheet();
  mkdirSync(dirname(OUT), {recursive: true});
  writeFileSync(OUT, html);
  console.log(`review: wrote ${OUT} (open it in a browser; print it to sign on paper).`);
}
