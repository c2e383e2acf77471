#!/usr/bin/env node
// Content compiler and validator: content/<locale>/*.md -> typed modules in src/content/.
// Every problem is reported as `file:line: message`; any problem makes the command exit 1.
// Every reader-visible sentence ends with the ids of the seed facts it restates (`[f09]`, `[f09 f10]`) or
// `[ui]` / `[disclaimer]`; the facts live in content/source/facts.md and the tags never reach src/content/.
// A line starting with `%` is an editors' comment and never reaches readers.
import {readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const REFERENCE_LOCALE = 'en';
/** The folder under content/ that holds the seed's facts; every other folder is a locale. */
export const SOURCE_DIR = 'source';
/** Tags for sentences that restate no medical fact. */
export const NON_FACT_TAGS = ['ui', 'disclaimer'];

const GUIDANCE_LEVELS = ['typical', 'seek-care', 'info'];

/** The frontmatter keys of the reference locale's content/en/<kind>.md. */
function referenceKeys(kind) {
  const text = readFileSync(new URL(`../content/${REFERENCE_LOCALE}/${kind}.md`, import.meta.url), 'utf8');
  const [, front = ''] = text.match(/^---\n([\s\S]*?)\n---/) ?? [];
  return front.split('\n').map((line) => line.match(/^([A-Za-z][\w-]*):/)?.[1]).filter(Boolean);
}

/** What each content file must hold. `fields` are frontmatter keys; `blocks` are `## Heading {#id}` sections. */
export const SCHEMA = {
  meta: {
    fields: ['title', 'sourceTitle', 'sourceAuthor', 'reviewed', 'nextReview', 'disclaimer'],
    // reviewedBy: the clinician who reviewed the text. Leave it out unless one really did.
    optional: ['sourceHref', 'reviewedBy'],
    dates: ['reviewed', 'nextReview'],
    // Names, dates and links: data, not sentences, so they carry no fact tags.
    untagged: ['sourceTitle', 'sourceAuthor', 'reviewed', 'nextReview', 'sourceHref', 'reviewedBy'],
  },
  ui: {
    // The keys of content/en/ui.md, in its order: a new element adds its words there (and in each
    // translation) and nowhere else; every other locale must give every key.
    fields: referenceKeys('ui'),
    placeholders: {credit: ['title', 'author'], updated: ['date'], 'reviewed-by': ['reviewedBy', 'date']},
  },
  faq: {blocks: {heading: 'question', body: 'answer', min: 8}},
  article: {blocks: {heading: 'heading', body: 'text', min: 1}},
  guidance: {
    fields: [
      'not-diagnosis', 'not-diagnosis-short', 'reason-heavy-bleeding', 'reason-severe', 'reason-persistent', 'reason-typical',
      'reason-missing-symptom', 'reason-missing-severity', 'reason-missing-duration',
      'reason-unknown-symptom', 'reason-unknown-severity', 'reason-unknown-duration',
    ],
    blocks: {heading: 'label', body: 'guidance', ids: GUIDANCE_LEVELS},
  },
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEADING = /^##\s+(.*?)\s*(?:\{#([^}]*)\})?\s*$/;
const TAG_GROUP = /\s*\[([a-z0-9]+(?:\s+[a-z0-9]+)*)\]/g;
// A sentence ends at . ! or ? (plus closing quotes/brackets) followed by more text.
const SENTENCE_BREAK = /[.!?][”"»)]*\s+(?=\S)/;
const isComment = (line) => line.startsWith('%');

/**
 * Splits a line into tagged sentences: "A. [f01] B? [f02 f03]" -> [{text: 'A.', tags: ['f01']}, ...].
 * `rest` is text after the last tag (an untagged sentence); `problems` lists sentences sharing one tag.
 */
export function splitTagged(line) {
  const units = [];
  const problems = [];
  let last = 0;
  for (const m of line.matchAll(TAG_GROUP)) {
    const text = line.slice(last, m.index).trim();
    const tags = m[1].split(/\s+/);
    if (!text) problems.push(`tag [${m[1]}] follows no sentence`);
    else if (SENTENCE_BREAK.test(text.replaceAll('**', ''))) {
      problems.push(`${text.split(SENTENCE_BREAK).length} sentences share the tag [${m[1]}]; end each sentence with its own tag`);
    }
    units.push({text, tags});
    last = m.index + m[0].length;
  }
  const rest = line.slice(last).trim();
  return {units, rest, problems, text: [...units.map((u) => u.text), rest].filter(Boolean).join(' ')};
}

/** One tagged line: its reader text, its sentences with tags, and every problem found. */
function taggedLine(raw, fail, line) {
  const {units, rest, problems, text} = splitTagged(raw);
  for (const p of problems) fail(line, p);
  if (rest) fail(line, `untagged sentence "${rest}": end it with the fact ids it restates, e.g. [f01], or [ui] / [disclaimer]`);
  const tags = [...new Set(units.flatMap((u) => u.tags))].sort();
  return {line, text, units, tags};
}

function placeholderProblem(text, allowed = []) {
  const bad = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((name) => !allowed.includes(name));
  if (!bad.length) return null;
  return `unknown placeholder {${bad[0]}} (${allowed.length ? `this text may use ${allowed.map((a) => `{${a}}`).join(', ')}` : 'this text may use none'})`;
}

/** Checks one paragraph's markup: plain text plus `**strong**`, nothing else. */
function markupProblem(text) {
  const tag = text.match(/<\/?[a-zA-Z!][^>]*>?/);
  if (tag) return `raw HTML is not allowed ("${tag[0]}"); use **bold** for emphasis`;
  if ((text.split('**').length - 1) % 2) return 'unbalanced "**" (bold must be closed on the same paragraph)';
  return null;
}

/**
 * Parses one content file. Pure: takes the text, returns `{data, errors}` where each error is
 * `file:line: message` and `data` is `{fields, blocks}` with line numbers kept for cross-locale checks.
 */
export function parseContent(file, text, kind) {
  const schema = SCHEMA[kind];
  const errors = [];
  const fail = (line, message) => errors.push(`${file}:${line}: ${message}`);
  if (!schema) {
    fail(1, `unknown content file (expected one of ${Object.keys(SCHEMA).map((k) => k + '.md').join(', ')})`);
    return {data: null, errors};
  }
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fields = {};
  const fieldLines = {};
  const fieldTags = {};
  let i = 0;
  if (lines[0] === '---') {
    for (i = 1; i < lines.length && lines[i] !== '---'; i++) {
      const line = lines[i];
      if (!line.trim() || isComment(line)) continue;
      const m = line.match(/^([A-Za-z][\w-]*):\s*(.*)$/);
      if (!m) { fail(i + 1, `expected "key: value", found "${line.trim()}"`); continue; }
      const [, key, value] = m;
      if (key in fields) fail(i + 1, `duplicate field "${key}"`);
      fieldLines[key] = i + 1;
      const known = [...(schema.fields ?? []), ...(schema.optional ?? [])].includes(key);
      if (!known || (schema.untagged ?? []).includes(key) || !value.trim()) fields[key] = value.trim();
      else {
        fieldTags[key] = taggedLine(value.trim(), fail, i + 1);
        fields[key] = fieldTags[key].text;
      }
    }
    if (i >= lines.length) fail(1, 'frontmatter is not closed with "---"');
    i++;
  }
  const allowed = [...(schema.fields ?? []), ...(schema.optional ?? [])];
  for (const key of Object.keys(fields)) {
    if (!allowed.includes(key)) fail(fieldLines[key], `unknown field "${key}"`);
    else if (!fields[key]) fail(fieldLines[key], `empty field "${key}"`);
    else {
      const problem = markupProblem(fields[key]) ?? placeholderProblem(fields[key], schema.placeholders?.[key]);
      if (problem) fail(fieldLines[key], problem);
    }
  }
  for (const key of schema.fields ?? []) {
    if (!(key in fields)) fail(1, `missing field "${key}"`);
  }
  for (const key of schema.dates ?? []) {
    if (key in fields && fields[key] && !validDate(fields[key])) {
      fail(fieldLines[key], `invalid date "${fields[key]}" for "${key}" (use YYYY-MM-DD)`);
    }
  }
  if (schema.dates && validDate(fields.reviewed) && validDate(fields.nextReview) && fields.nextReview <= fields.reviewed) {
    fail(fieldLines.nextReview, `"nextReview" (${fields.nextReview}) must be after "reviewed" (${fields.reviewed})`);
  }

  const blocks = [];
  const stray = (line) => fail(line, 'text outside a block is never shown; start the line with % to make it an editors\' comment');
  if (!schema.blocks) {
    for (; i < lines.length; i++) if (lines[i].trim() && !isComment(lines[i])) stray(i + 1);
  } else {
    const {heading: headingName, body: bodyName} = schema.blocks;
    let current = null;
    let paragraph = [];
    const endParagraph = () => {
      if (current && paragraph.length) current.body.push(paragraph.join(' '));
      paragraph = [];
    };
    for (; i < lines.length; i++) {
      const line = lines[i];
      if (isComment(line)) continue;
      if (line.startsWith('## ') || line === '##') {
        endParagraph();
        const [, rawHeading = '', id] = line.match(HEADING) ?? [];
        const head = taggedLine(rawHeading, fail, i + 1);
        const heading = head.text;
        current = {id: id ?? '', heading, body: [], line: i + 1, sentences: [head]};
        blocks.push(current);
        if (id === undefined) fail(i + 1, `missing id: write "## ${heading || 'Heading'} {#some-id}"`);
        else if (!ID.test(id)) fail(i + 1, `invalid id "${id}" (use lower-case words joined by "-")`);
        if (!heading) fail(i + 1, `missing ${headingName} for id "${current.id}"`);
        else {
          const problem = markupProblem(heading) ?? placeholderProblem(heading);
          if (problem) fail(i + 1, problem);
        }
      } else if (!line.trim()) {
        endParagraph();
      } else if (current) {
        const tagged = taggedLine(line.trim(), fail, i + 1);
        const problem = markupProblem(tagged.text) ?? placeholderProblem(tagged.text);
        if (problem) fail(i + 1, problem);
        current.sentences.push(tagged);
        paragraph.push(tagged.text);
      } else {
        stray(i + 1);
      }
    }
    endParagraph();
    const seen = new Map();
    for (const block of blocks) {
      if (!block.id) continue;
      if (seen.has(block.id)) fail(block.line, `duplicate id "${block.id}" (first used on line ${seen.get(block.id)})`);
      else seen.set(block.id, block.line);
      if (!block.body.length) fail(block.line, `missing ${bodyName} for id "${block.id}"`);
    }
    if (schema.blocks.min && blocks.length < schema.blocks.min) {
      fail(1, `at least ${schema.blocks.min} ${headingName}s are needed, found ${blocks.length}`);
    }
    for (const id of schema.blocks.ids ?? []) {
      if (!seen.has(id)) fail(1, `missing ${bodyName} block "## ... {#${id}}"`);
    }
  }
  return {data: {fields, fieldLines, fieldTags, blocks}, errors};
}

function validDate(value) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(value + 'T00:00:00Z');
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Parses content/source/facts.md: frontmatter `seed` (path from the repository root), `sha256` and
 * `safety` (the ids every guidance level must restate), then one `## f01 summary` block per fact with
 * one or more `> verbatim quote` lines. Returns `{source, errors}`.
 */
export function parseSource(file, text) {
  const errors = [];
  const fail = (line, message) => errors.push(`${file}:${line}: ${message}`);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const fields = {};
  const fieldLines = {};
  const facts = new Map();
  let current = null;
  let i = 0;
  if (lines[0] === '---') {
    for (i = 1; i < lines.length && lines[i] !== '---'; i++) {
      if (!lines[i].trim() || isComment(lines[i])) continue;
      const m = lines[i].match(/^([A-Za-z][\w-]*):\s*(.*)$/);
      if (!m) { fail(i + 1, `expected "key: value", found "${lines[i].trim()}"`); continue; }
      fields[m[1]] = m[2].trim();
      fieldLines[m[1]] = i + 1;
    }
    i++;
  }
  for (const key of ['seed', 'sha256', 'safety']) if (!fields[key]) fail(1, `missing field "${key}"`);
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || isComment(line)) continue;
    const head = line.match(/^##\s+(\S+)\s*(.*)$/);
    if (head) {
      const [, id, summary] = head;
      if (!/^f\d{2,}$/.test(id)) fail(i + 1, `invalid fact id "${id}" (use f01, f02, ...)`);
      else if (facts.has(id)) fail(i + 1, `duplicate fact id "${id}" (first used on line ${facts.get(id).line})`);
      current = {id, summary, line: i + 1, quotes: []};
      if (!facts.has(id)) facts.set(id, current);
    } else if (line.startsWith('>') && current) {
      current.quotes.push({text: line.slice(1).trim(), line: i + 1});
    } else {
      fail(i + 1, current ? 'a fact holds only "> quote" lines; start a note with %' : 'text outside a fact block; start the line with % to make it a comment');
    }
  }
  for (const fact of facts.values()) if (!fact.quotes.length) fail(fact.line, `fact ${fact.id} has no "> quote" from the seed`);
  const safety = (fields.safety ?? '').split(/\s+/).filter(Boolean);
  for (const id of safety) if (!facts.has(id)) fail(fieldLines.safety, `safety lists unknown fact id "${id}"`);
  return {source: {file, fields, fieldLines, facts, safety}, errors};
}

const normalizeSpace = (t) => t.replace(/\s+/g, ' ').trim();

/**
 * Checks the facts against the seed article: its SHA-256 must be the recorded one (so a changed seed
 * makes a person re-check every fact) and every quote must be verbatim in it. The seed lives outside the
 * repository (`../shared/seed/...` from the repository root); without it (a copy installed from npm) only
 * these two checks are skipped, and `notices` says so.
 */
export function checkSeed(source, repoRoot) {
  const errors = [];
  const notices = [];
  if (!source.fields.seed) return {errors, notices};
  const seedPath = findSeed(source.fields.seed, repoRoot);
  if (!seedPath) {
    notices.push(`seed ${source.fields.seed} not found (resolved from ${relative(process.cwd(), repoRoot) || '.'}): skipped the checksum and quote checks; the quotes in ${source.file} are used as they are.`);
    return {errors, notices};
  }
  const seed = readFileSync(seedPath);
  const sha = createHash('sha256').update(seed).digest('hex');
  if (sha !== source.fields.sha256) {
    errors.push(`${source.file}:${source.fieldLines.sha256 ?? 1}: the seed ${source.fields.seed} has changed (sha256 ${sha}, recorded ${source.fields.sha256}); re-check every fact and quote against it, then record the new sha256`);
  }
  const text = normalizeSpace(seed.toString('utf8'));
  for (const fact of source.facts.values()) {
    for (const q of fact.quotes) {
      if (!text.includes(normalizeSpace(q.text))) errors.push(`${source.file}:${q.line}: the quote of ${fact.id} is not in the seed ${source.fields.seed}: "${q.text}"`);
    }
  }
  return {errors, notices};
}

/**
 * The seed file: `seed` resolved from the repository root, or else the same `shared/...` path in the
 * nearest ancestor folder (a git worktree nested deeper than a plain clone still finds it).
 */
export function findSeed(seed, repoRoot) {
  const direct = resolve(repoRoot, seed);
  if (existsSync(direct)) return direct;
  const tail = seed.replace(/^(\.\.\/)+/, '');
  for (let dir = dirname(repoRoot); ; dir = dirname(dir)) {
    if (existsSync(join(dir, tail))) return join(dir, tail);
    if (dirname(dir) === dir) return null;
  }
}

/** Every tagged line of a parsed file: frontmatter fields, then each block's heading and lines. */
export function taggedLines(file) {
  return [...Object.entries(file.fieldTags).map(([key, t]) => ({...t, key})),
    ...file.blocks.flatMap((b) => b.sentences.map((t, n) => ({...t, block: b.id, n})))];
}

/**
 * Fact-tag rules for one locale: ids must exist; every guidance level must restate the safety facts
 * (so the reader always learns when to get help promptly). The reference locale must use every fact.
 */
export function checkFacts(locale, source, isReference) {
  const errors = [];
  const known = new Set([...source.facts.keys(), ...NON_FACT_TAGS]);
  const used = new Set();
  for (const [kind, file] of Object.entries(locale.files)) {
    const name = `${locale.dir}/${kind}.md`;
    for (const t of taggedLines(file)) {
      for (const tag of t.tags) {
        if (!known.has(tag)) errors.push(`${name}:${t.line}: unknown fact id "${tag}" (not in ${source.file}; use [ui] or [disclaimer] for text that is not a medical fact)`);
        used.add(tag);
      }
    }
  }
  for (const block of locale.files.guidance?.blocks ?? []) {
    const tags = new Set(block.sentences.flatMap((t) => t.tags));
    const missing = source.safety.filter((id) => !tags.has(id));
    if (missing.length) {
      errors.push(`${locale.dir}/guidance.md:${block.line}: guidance "${block.id}" is missing the safety fact${missing.length > 1 ? 's' : ''} ` +
        `${missing.map((id) => `${id} (${source.facts.get(id)?.summary})`).join(', ')}: every level must say when to get medical help promptly`);
    }
  }
  if (isReference) {
    for (const fact of source.facts.values()) {
      if (!used.has(fact.id)) errors.push(`${source.file}:${fact.line}: fact ${fact.id} is never used in ${locale.dir}/ (every fact of the seed must reach readers)`);
    }
  }
  return errors;
}

/** Checks that a locale has exactly the ids of the reference locale, and the same fact tags line by line. */
export function compareLocales(reference, other) {
  const errors = [];
  for (const kind of Object.keys(SCHEMA)) {
    const ref = reference.files[kind];
    const mine = other.files[kind];
    const file = `${other.dir}/${kind}.md`;
    if (!ref) continue;
    if (!mine) { errors.push(`${file}:1: missing file (${reference.dir}/${kind}.md has it)`); continue; }
    const refIds = ref.blocks.map((b) => b.id);
    const myIds = mine.blocks.map((b) => b.id);
    for (const id of refIds) {
      if (!myIds.includes(id)) errors.push(`${file}:1: missing id "${id}" (present in ${reference.dir}/${kind}.md)`);
    }
    for (const block of mine.blocks) {
      if (block.id && !refIds.includes(block.id)) {
        errors.push(`${file}:${block.line}: id "${block.id}" is not in ${reference.dir}/${kind}.md`);
      }
    }
    const refFile = `${reference.dir}/${kind}.md`;
    const show = (tags) => `[${tags.join(' ')}]`;
    const same = (a, b) => a.join(' ') === b.join(' ');
    for (const [key, t] of Object.entries(mine.fieldTags)) {
      const r = ref.fieldTags[key];
      if (r && !same(r.tags, t.tags)) errors.push(`${file}:${t.line}: "${key}" has tags ${show(t.tags)}, but ${refFile}:${r.line} has ${show(r.tags)}`);
    }
    for (const block of mine.blocks) {
      const r = ref.blocks.find((b) => b.id === block.id);
      if (!r) continue;
      if (r.sentences.length !== block.sentences.length) {
        errors.push(`${file}:${block.line}: "${block.id}" has ${block.sentences.length} lines, but ${refFile}:${r.line} has ${r.sentences.length}; keep one sentence per line, line for line`);
      }
      block.sentences.forEach((t, n) => {
        const rt = r.sentences[n];
        if (rt && !same(rt.tags, t.tags)) errors.push(`${file}:${t.line}: tags ${show(t.tags)} differ from ${refFile}:${rt.line} ${show(rt.tags)}`);
      });
    }
  }
  return errors;
}

/** Reads and validates every locale folder under `root`. Returns `{locales, errors}`. */
export function loadContent(root, cwd = process.cwd()) {
  const errors = [];
  const locales = {};
  const notices = [];
  const dirs = readdirSync(root, {withFileTypes: true}).filter((d) => d.isDirectory() && d.name !== SOURCE_DIR).map((d) => d.name).sort();
  const sourceFile = join(root, SOURCE_DIR, 'facts.md');
  let source = null;
  if (!existsSync(sourceFile)) errors.push(`${relative(cwd, sourceFile)}:1: missing file (the seed's facts, which every sentence's tags point to)`);
  else {
    const parsed = parseSource(relative(cwd, sourceFile), readFileSync(sourceFile, 'utf8'));
    errors.push(...parsed.errors);
    source = parsed.source;
    const seed = checkSeed(source, dirname(resolve(root)));
    errors.push(...seed.errors);
    notices.push(...seed.notices);
  }
  if (!dirs.includes(REFERENCE_LOCALE)) errors.push(`${relative(cwd, root) || '.'}:1: missing reference locale folder "${REFERENCE_LOCALE}/"`);
  for (const locale of dirs) {
    const dir = relative(cwd, join(root, locale));
    const files = {};
    for (const name of readdirSync(join(root, locale)).filter((n) => n.endsWith('.md')).sort()) {
      const kind = name.slice(0, -3);
      const result = parseContent(`${dir}/${name}`, readFileSync(join(root, locale, name), 'utf8'), kind);
      errors.push(...result.errors);
      if (result.data) files[kind] = result.data;
    }
    for (const kind of Object.keys(SCHEMA)) {
      if (!files[kind] && locale === REFERENCE_LOCALE) errors.push(`${dir}/${kind}.md:1: missing file`);
    }
    locales[locale] = {dir, files};
  }
  const reference = locales[REFERENCE_LOCALE];
  if (reference) {
    for (const [locale, other] of Object.entries(locales)) {
      if (locale !== REFERENCE_LOCALE) errors.push(...compareLocales(reference, other));
    }
  }
  if (source) {
    for (const [locale, parsed] of Object.entries(locales)) errors.push(...checkFacts(parsed, source, locale === REFERENCE_LOCALE));
  }
  return {locales, source, errors, notices};
}

/** Turns one validated locale into the plain data the widgets import. */
export function toModuleData({files}) {
  const blocks = (kind) => files[kind].blocks.map(({id, heading, body}) => ({id, heading, body}));
  const byId = Object.fromEntries(files.guidance.blocks.map(({id, heading, body}) => [id, {label: heading, body}]));
  return {
    meta: files.meta.fields,
    ui: files.ui.fields,
    faq: blocks('faq'),
    article: blocks('article'),
    guidance: {...files.guidance.fields, levels: byId},
  };
}

const quote = (s) => JSON.stringify(s);
const union = (keys) => keys.map(quote).join(' | ');

function typesModule() {
  const g = SCHEMA.guidance;
  return `// Generated by scripts/content.mjs from content/. Do not edit.
/** One question, article section or guidance level. Each paragraph is plain text; **x** marks bold. */
export interface Block {
  readonly id: string;
  readonly heading: string;
  readonly body: readonly string[];
}
export interface Meta {
${SCHEMA.meta.fields.map((k) => `  readonly ${k}: string;`).join('\n')}
${SCHEMA.meta.optional.map((k) => `  readonly ${k}?: string;`).join('\n')}
}
export type UiKey = ${union(SCHEMA.ui.fields)};
export type Ui = Readonly<Record<UiKey, string>>;
export type Level = ${union(g.blocks.ids)};
export type GuidanceKey = ${union(g.fields)};
export type Guidance = Readonly<Record<GuidanceKey, string>> & {
  readonly levels: Readonly<Record<Level, {readonly label: string; readonly body: readonly string[]}>>;
};
/** Everything one locale provides. */
export interface LocaleContent {
  readonly meta: Meta;
  readonly ui: Ui;
  readonly faq: readonly Block[];
  readonly article: readonly Block[];
  readonly guidance: Guidance;
}
`;
}

function localeModule(locale, data) {
  const lines = [`// Generated by scripts/content.mjs from content/${locale}/. Do not edit.`,
    `import type {Meta, Ui, Block, Guidance} from './types.js';`];
  const types = {meta: 'Meta', ui: 'Ui', faq: 'readonly Block[]', article: 'readonly Block[]', guidance: 'Guidance'};
  for (const [name, type] of Object.entries(types)) {
    lines.push(`export const ${name}: ${type} = ${JSON.stringify(data[name], null, 1)};`);
  }
  return lines.join('\n') + '\n';
}

function writeIfChanged(path, text) {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}

/** Validates content/ and writes src/content/. Returns the list of errors (empty on success). */
export function compile({root = 'content', out = 'src/content', pkg = 'package.json'} = {}) {
  const {locales, errors, notices} = loadContent(root);
  for (const n of notices) console.log(`content: ${n}`);
  if (errors.length) return {errors, written: []};
  mkdirSync(out, {recursive: true});
  const written = [];
  const write = (name, text) => writeIfChanged(join(out, name), text) && written.push(name);
  write('types.ts', typesModule());
  for (const [locale, parsed] of Object.entries(locales)) write(`${locale}.ts`, localeModule(locale, toModuleData(parsed)));
  const {version} = JSON.parse(readFileSync(pkg, 'utf8'));
  write('version.ts', `// Generated by scripts/content.mjs from package.json. Do not edit.\nexport const VERSION = ${quote(version)};\n`);
  return {errors, written, locales: Object.keys(locales)};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {errors, written, locales} = compile();
  if (errors.length) {
    for (const e of errors) console.error(e);
    console.error(`content: ${errors.length} problem${errors.length === 1 ? '' : 's'} found; nothing written.`);
    process.exit(1);
  }
  console.log(`content: ${locales.join(', ')} valid; ${written.length ? 'wrote ' + written.join(', ') : 'src/content/ up to date'}.`);
}
