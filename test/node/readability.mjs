// Readability of everything a reader sees, shared by the readability test and the review sheet.
// `node test/node/readability.mjs [content-dir]` prints every block's figures, worst first.
//
// English: Flesch-Kincaid grade (limit 6, the level the AMA and NIH recommend), SMOG beside it.
// Spanish: Fernández-Huerta ease (at least 70 = "bastante fácil"), in the form that mirrors Flesch's
// reading ease: 206.84 - 0.60 * (syllables per 100 words) - 1.02 * (words per sentence).
//
// What counts as one block is what a reader sees together, because a formula built on sentence length
// says nothing about a lone 1-3 word label ("Moderate" would score grade 20):
// - an FAQ question with its answer; an article section with its heading; the article title with the
//   first section under it; the form's title with the first question under it;
// - a guidance level as the flag shows it: label, "Not a diagnosis", then the guidance;
// - each form question (legend) with its answer options;
// - the footer line: credit plus the updated (or reviewed-by) label; the disclaimer on its own;
// - every other text (reasons, "not a diagnosis", buttons, headings, the error) on its own.
// A stand-alone label of at most 3 words that is not a sentence (no final . ? !), such as a button
// ("Collapse all", "Ver resultado"), has no sentence to measure and the formulas give nonsense for it
// ("Result" would be FK 8.4, "Ver resultado" FH 54.8), so it is checked by its words instead: none
// longer than 3 syllables in English or 4 in Spanish ("moderate", "resultado"). Anything of 4 words or
// more, and every sentence however short, gets the formula.
// Placeholders ({title}, {author}, {date}, {reviewedBy}) are read as one short word: the source's
// title, its author's name and the date are data the library quotes, not its own wording.
import {fleschKincaid} from 'flesch-kincaid';
import {syllable} from 'syllable';
import {fileURLToPath} from 'node:url';
import {loadContent} from '../../scripts/content.mjs';

export const LIMITS = {en: {metric: 'fk', max: 6, labelSyllables: 3}, es: {metric: 'fh', min: 70, labelSyllables: 4}};
export const LABEL_WORDS = 3;

const words = (text) => text.match(/[A-Za-zÀ-ÿñÑ]+(?:['’][A-Za-z]+)?/g) ?? [];
const sentenceCount = (text) => text.split(/[.!?]+(?:[”"»)]*)(?:\s|$)/).filter((s) => /\p{L}/u.test(s)).length || 1;
const clean = (text, filler) => text.replaceAll('**', '').replace(/\{\w+\}/g, filler);

/**
 * Spanish syllables, approximately: the vowel groups of the word, where two strong vowels (a, e, o)
 * or an accented í/ú next to any vowel split into two syllables (hiatus: "dí-a", "le-er") and every
 * other pair is one diphthong ("cuán-to", "im-plan-ta-ción"). The silent u of que/qui/gue/gui is
 * dropped, and a final y after a vowel counts as a vowel ("muy", "hay"). It ignores the h between
 * vowels and the rare diphthongs broken by stress without an accent mark; off by one syllable in
 * such words, which moves a 100-word block's score by about 0.6.
 */
export function syllablesEs(word) {
  const w = word.toLowerCase().replace(/([qg])u([eiéí])/g, '$1$2').replace(/([aeiouáéíóú])y$/, '$1i').replace(/^y$/, 'i');
  const groups = w.match(/[aeiouáéíóúü]+/g) ?? [];
  const strong = (c) => 'aeoáéó'.includes(c);
  const stressedWeak = (c) => 'íú'.includes(c);
  let count = 0;
  for (const g of groups) {
    count++;
    for (let i = 1; i < g.length; i++) {
      if ((strong(g[i - 1]) && strong(g[i])) || stressedWeak(g[i - 1]) || stressedWeak(g[i])) count++;
    }
  }
  return Math.max(1, count);
}

/** Flesch-Kincaid grade and SMOG of an English text. */
export function english(text) {
  const t = clean(text, 'it');
  const ws = words(t);
  const counts = ws.map((w) => Math.max(1, syllable(w)));
  const sentences = sentenceCount(t);
  const fk = fleschKincaid({sentence: sentences, word: ws.length || 1, syllable: counts.reduce((a, b) => a + b, 0)});
  const poly = counts.filter((c) => c >= 3).length;
  const smog = 1.043 * Math.sqrt(poly * (30 / sentences)) + 3.1291;
  return {fk, smog, words: ws.length, sentences};
}

/** Fernández-Huerta reading ease of a Spanish text (higher is easier). */
export function spanish(text) {
  const t = clean(text, 'eso');
  const ws = words(t);
  const syllables = ws.reduce((sum, w) => sum + syllablesEs(w), 0);
  const sentences = sentenceCount(t);
  const n = ws.length || 1;
  return {fh: 206.84 - 0.6 * (100 * syllables / n) - 1.02 * (n / sentences), words: ws.length, sentences};
}

/** The blocks described at the top of this file, for one locale's parsed files: `[{where, file, line, text}]`. */
export function readerBlocks({dir, files}) {
  const {faq, article, guidance, ui, meta} = files;
  const at = (kind, line) => ({file: `${dir}/${kind}.md`, line});
  const join = (...parts) => parts.filter(Boolean).map((p) => (/[.!?:]$/.test(p) ? p : `${p}.`)).join(' ');
  const blockText = (b) => join(b.heading, ...b.body);
  const items = [];
  const first = article.blocks[0];
  items.push({where: 'title + first article section', ...at('meta', meta.fieldLines.title), text: join(meta.fields.title, blockText(first))});
  for (const b of faq.blocks) items.push({where: `faq #${b.id}`, ...at('faq', b.line), text: blockText(b)});
  for (const b of article.blocks) items.push({where: `article #${b.id}`, ...at('article', b.line), text: blockText(b)});
  const short = guidance.fields['not-diagnosis-short'];
  for (const b of guidance.blocks) items.push({where: `guidance #${b.id}`, ...at('guidance', b.line), text: join(b.heading, short, ...b.body)});
  for (const [key, text] of Object.entries(guidance.fields)) {
    if (key !== 'not-diagnosis-short') items.push({where: `guidance ${key}`, ...at('guidance', guidance.fieldLines[key]), text});
  }
  items.push({where: 'meta disclaimer', ...at('meta', meta.fieldLines.disclaimer), text: meta.fields.disclaimer});
  const u = ui.fields;
  const grouped = new Set(['credit', 'updated', 'reviewed-by']);
  items.push({where: 'ui credit + updated', ...at('ui', ui.fieldLines.credit), text: join(u.credit, u.updated)});
  items.push({where: 'ui credit + reviewed-by', ...at('ui', ui.fieldLines['reviewed-by']), text: join(u.credit, u['reviewed-by'])});
  for (const key of Object.keys(u).filter((k) => k.endsWith('-legend'))) {
    const q = key.slice(0, -'-legend'.length);
    const options = Object.keys(u).filter((k) => k.startsWith(`${q}-`) && k !== key);
    [key, ...options].forEach((k) => grouped.add(k));
    const lead = q === 'symptom' ? [u['check-title']] : [];
    if (lead.length) grouped.add('check-title');
    items.push({where: `ui ${lead.length ? 'check-title + ' : ''}${key} + options`, ...at('ui', ui.fieldLines[key]), text: join(...lead, u[key], ...options.map((k) => u[k]))});
  }
  for (const [key, text] of Object.entries(u)) if (!grouped.has(key)) items.push({where: `ui ${key}`, ...at('ui', ui.fieldLines[key]), text});
  return items;
}

/** Every reader block of every locale with its figures and whether it passes the locale's limit. */
export function gradedItems(root = 'content') {
  const {locales} = loadContent(root);
  return Object.entries(locales).flatMap(([lang, parsed]) => readerBlocks(parsed).map((item) => {
    const ws = words(clean(item.text, 'it'));
    if (ws.length <= LABEL_WORDS && !/[.!?]$/.test(item.text.trim())) {
      const longest = Math.max(...ws.map((w) => (lang === 'es' ? syllablesEs(w) : Math.max(1, syllable(w)))));
      const max = LIMITS[lang === 'es' ? 'es' : 'en'].labelSyllables;
      return {...item, lang, label: `label, longest word ${longest} syllable${longest > 1 ? 's' : ''} (max ${max})`, ok: longest <= max, isLabel: true};
    }
    if (lang === 'es') {
      const {fh} = spanish(item.text);
      return {...item, lang, score: fh, label: `FH ${fh.toFixed(1)}`, ok: fh >= LIMITS.es.min};
    }
    const {fk, smog} = english(item.text);
    return {...item, lang, score: fk, label: `FK ${fk.toFixed(1)}, SMOG ${smog.toFixed(1)}`, ok: fk <= LIMITS.en.max};
  }));
}

/** Items of one language, hardest first: failures, then blocks by their score, then labels. */
export const worst = (items, lang) =>
  items.filter((i) => i.lang === lang).sort((a, b) =>
    Number(a.ok) - Number(b.ok) || Number(!!a.isLabel) - Number(!!b.isLabel) || (lang === 'es' ? a.score - b.score : b.score - a.score) || 0);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const items = gradedItems(process.argv[2] ?? 'content');
  for (const lang of [...new Set(items.map((i) => i.lang))]) {
    for (const i of worst(items, lang)) console.log(`${lang} ${i.ok ? '  ' : '✗ '}${i.label.padEnd(36)} ${i.where}  (${i.file}:${i.line})`);
  }
}
