#!/usr/bin/env node
// Content compiler and validator: content/<locale>/*.md -> typed modules in src/content/.
// Every problem is reported as `file:line: message`; any problem makes the command exit 1.
import {readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

export const REFERENCE_LOCALE = 'en';

const GUIDANCE_LEVELS = ['typical', 'seek-care', 'info'];

/** What each content file must hold. `fields` are frontmatter keys; `blocks` are `## Heading {#id}` sections. */
export const SCHEMA = {
  meta: {
    fields: ['title', 'sourceTitle', 'sourceAuthor', 'reviewed', 'nextReview', 'disclaimer'],
    optional: ['sourceHref'],
    dates: ['reviewed', 'nextReview'],
  },
  ui: {
    fields: [
      'credit', 'reviewed', 'expand-all', 'collapse-all', 'show-details', 'hide-details',
      'link-to-question', 'check-title', 'symptom-legend', 'symptom-lower-back-pain',
      'symptom-abdominal-cramps', 'severity-legend', 'severity-mild', 'severity-moderate',
      'severity-severe', 'duration-legend', 'duration-hours', 'duration-days', 'duration-persistent',
      'heavy-bleeding-legend', 'heavy-bleeding-yes', 'heavy-bleeding-no', 'see-result', 'start-over', 'result-heading',
      'reasons-heading', 'answer-all',
    ],
  },
  faq: {blocks: {heading: 'question', body: 'answer', min: 8}},
  article: {blocks: {heading: 'heading', body: 'text', min: 1}},
  guidance: {
    fields: [
      'not-diagnosis', 'reason-heavy-bleeding', 'reason-severe', 'reason-persistent', 'reason-typical',
      'reason-missing-symptom', 'reason-missing-severity', 'reason-missing-duration',
      'reason-unknown-symptom', 'reason-unknown-severity', 'reason-unknown-duration',
    ],
    blocks: {heading: 'label', body: 'guidance', ids: GUIDANCE_LEVELS},
  },
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HEADING = /^##\s+(.*?)\s*(?:\{#([^}]*)\})?\s*$/;

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
  let i = 0;
  if (lines[0] === '---') {
    for (i = 1; i < lines.length && lines[i] !== '---'; i++) {
      const line = lines[i];
      if (!line.trim()) continue;
      const m = line.match(/^([A-Za-z][\w-]*):\s*(.*)$/);
      if (!m) { fail(i + 1, `expected "key: value", found "${line.trim()}"`); continue; }
      const [, key, value] = m;
      if (key in fields) fail(i + 1, `duplicate field "${key}"`);
      fields[key] = value.trim();
      fieldLines[key] = i + 1;
    }
    if (i >= lines.length) fail(1, 'frontmatter is not closed with "---"');
    i++;
  }
  const allowed = [...(schema.fields ?? []), ...(schema.optional ?? [])];
  for (const key of Object.keys(fields)) {
    if (!allowed.includes(key)) fail(fieldLines[key], `unknown field "${key}"`);
    else if (!fields[key]) fail(fieldLines[key], `empty field "${key}"`);
    else {
      const problem = markupProblem(fields[key]);
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
  if (schema.blocks) {
    const {heading: headingName, body: bodyName} = schema.blocks;
    let current = null;
    let paragraph = [];
    const endParagraph = () => {
      if (current && paragraph.length) current.body.push(paragraph.join(' '));
      paragraph = [];
    };
    for (; i < lines.length; i++) {
      const line = lines[i];
      if (line.startsWith('## ') || line === '##') {
        endParagraph();
        const [, heading = '', id] = line.match(HEADING) ?? [];
        current = {id: id ?? '', heading, body: [], line: i + 1};
        blocks.push(current);
        if (id === undefined) fail(i + 1, `missing id: write "## ${heading || 'Heading'} {#some-id}"`);
        else if (!ID.test(id)) fail(i + 1, `invalid id "${id}" (use lower-case words joined by "-")`);
        if (!heading) fail(i + 1, `missing ${headingName} for id "${current.id}"`);
        else {
          const problem = markupProblem(heading);
          if (problem) fail(i + 1, problem);
        }
      } else if (!line.trim()) {
        endParagraph();
      } else if (current) {
        const problem = markupProblem(line);
        if (problem) fail(i + 1, problem);
        paragraph.push(line.trim());
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
  return {data: {fields, fieldLines, blocks}, errors};
}

function validDate(value) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(value + 'T00:00:00Z');
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Checks that a locale has exactly the ids of the reference locale. */
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
  }
  return errors;
}

/** Reads and validates every locale folder under `root`. Returns `{locales, errors}`. */
export function loadContent(root, cwd = process.cwd()) {
  const errors = [];
  const locales = {};
  const dirs = readdirSync(root, {withFileTypes: true}).filter((d) => d.isDirectory()).map((d) => d.name).sort();
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
  return {locales, errors};
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
  const {locales, errors} = loadContent(root);
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
