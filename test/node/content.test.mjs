import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {spawnSync} from 'node:child_process';
import {parseContent, loadContent} from '../../scripts/content.mjs';

const compiler = resolve('scripts/content.mjs');

/** A scratch project with a copy of the real content; `edit` changes one file before compiling. */
function project(edits = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'iw-content-'));
  cpSync('content', join(dir, 'content'), {recursive: true});
  writeFileSync(join(dir, 'package.json'), JSON.stringify({version: '9.9.9'}));
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, 'content', file);
    writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  }
  return dir;
}

const compile = (dir) => spawnSync(process.execPath, [compiler], {cwd: dir, encoding: 'utf8'});

/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text, needle, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe('content compiler', () => {
  test('the real content is valid and compiles to typed modules', () => {
    const dir = project();
    const run = compile(dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /content: en(, [a-z]+)* valid/);
    const en = readFileSync(join(dir, 'src/content/en.ts'), 'utf8');
    assert.match(en, /export const faq: readonly Block\[\] = /);
    assert.match(readFileSync(join(dir, 'src/content/version.ts'), 'utf8'), /VERSION = "9\.9\.9"/);
  });

  test('a duplicate id fails with file and line', () => {
    const faq = readFileSync('content/en/faq.md', 'utf8');
    const dir = project({'en/faq.md': (t) => t.replace('{#what-helps}', '{#what-is-implantation}')});
    const run = compile(dir);
    assert.equal(run.status, 1);
    const line = lineOf(faq, '{#what-helps}');
    assert.match(run.stderr, new RegExp(`^content/en/faq\\.md:${line}: duplicate id "what-is-implantation" \\(first used on line ${lineOf(faq, '{#what-is-implantation}')}\\)$`, 'm'));
    assert.match(run.stderr, /nothing written/);
    assert.equal(existsSync(join(dir, 'src/content/en.ts')), false);
  });

  test('a missing question fails with file and line', () => {
    const faq = readFileSync('content/en/faq.md', 'utf8');
    const dir = project({'en/faq.md': (t) => t.replace('## What can help with the pain? {#what-helps}', '## {#what-helps}')});
    const run = compile(dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`^content/en/faq\\.md:${lineOf(faq, '{#what-helps}')}: missing question for id "what-helps"$`, 'm'));
  });

  test('a bad date fails with file and line', () => {
    const dir = project({'en/meta.md': (t) => t.replace(/^reviewed: .*$/m, 'reviewed: 2026-02-30')});
    const run = compile(dir);
    assert.equal(run.status, 1);
    const meta = readFileSync('content/en/meta.md', 'utf8');
    assert.match(run.stderr, new RegExp(`^content/en/meta\\.md:${lineOf(meta, 'reviewed:')}: invalid date "2026-02-30" for "reviewed" \\(use YYYY-MM-DD\\)$`, 'm'));
  });

  test('a locale folder missing an id, or with an extra one, fails', () => {
    const dir = project();
    cpSync(join(dir, 'content/en'), join(dir, 'content/xx'), {recursive: true});
    const path = join(dir, 'content/xx/faq.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('{#what-helps}', '{#what-soothes}'));
    const run = compile(dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^content\/xx\/faq\.md:1: missing id "what-helps" \(present in content\/en\/faq\.md\)$/m);
    assert.match(run.stderr, /^content\/xx\/faq\.md:\d+: id "what-soothes" is not in content\/en\/faq\.md$/m);
  });
});

describe('content rules', () => {
  const check = (text, kind = 'faq') => parseContent('f.md', text, kind).errors;
  const eight = Array.from({length: 8}, (_, i) => `## Q${i}? {#q${i}}\nA.`).join('\n');

  test('raw HTML is refused; **bold** is allowed', () => {
    assert.deepEqual(check(`${eight}\n**Bold** is fine.`), []);
    assert.deepEqual(check(`${eight}\n<b>x</b>`), ['f.md:17: raw HTML is not allowed ("<b>"); use **bold** for emphasis']);
    assert.deepEqual(check(`${eight}\n<script>alert(1)</script>`), ['f.md:17: raw HTML is not allowed ("<script>"); use **bold** for emphasis']);
  });

  test('unbalanced bold, missing ids, bad ids and missing answers are refused', () => {
    assert.deepEqual(check(`${eight}\n**open`), ['f.md:17: unbalanced "**" (bold must be closed on the same paragraph)']);
    assert.deepEqual(check(`## No id?\nA.\n${eight}`), ['f.md:1: missing id: write "## No id? {#some-id}"']);
    assert.deepEqual(check(`## Bad? {#Bad_Id}\nA.\n${eight}`), ['f.md:1: invalid id "Bad_Id" (use lower-case words joined by "-")']);
    assert.deepEqual(check(`## Empty? {#empty}\n\n${eight}`), ['f.md:1: missing answer for id "empty"']);
  });

  test('an FAQ needs at least 8 questions', () => {
    assert.deepEqual(check('## Q? {#q}\nA.'), ['f.md:1: at least 8 questions are needed, found 1']);
  });

  test('frontmatter: missing, unknown and empty fields; review dates in order', () => {
    const meta = readFileSync('content/en/meta.md', 'utf8');
    assert.deepEqual(check(meta.replace(/^title: .*\n/m, ''), 'meta'), ['f.md:1: missing field "title"']);
    assert.deepEqual(check(meta.replace('---\n', '---\ncolour: red\n'), 'meta'), ['f.md:2: unknown field "colour"']);
    assert.deepEqual(check(meta.replace(/^title: .*$/m, 'title:'), 'meta'), [`f.md:${lineOf(meta, 'title:')}: empty field "title"`]);
    assert.deepEqual(check(meta.replace(/^nextReview: .*$/m, 'nextReview: 2020-01-01'), 'meta'), [
      `f.md:${lineOf(meta, 'nextReview:')}: "nextReview" (2020-01-01) must be after "reviewed" (2026-11-25)`,
    ]);
  });

  test('guidance must have a block for every level', () => {
    const guidance = readFileSync('content/en/guidance.md', 'utf8');
    const errors = check(guidance.replace('{#info}', '{#other}'), 'guidance');
    assert.deepEqual(errors, ['f.md:1: missing guidance block "## ... {#info}"']);
  });

  test('every seed fact is in the English content', () => {
    const {locales} = loadContent('content');
    const all = Object.values(locales.en.files)
      .flatMap((f) => [...Object.values(f.fields), ...f.blocks.flatMap((b) => [b.heading, ...b.body])])
      .join(' ')
      .toLowerCase();
    const facts = [
      'fertilized egg attaches itself to the wall of the uterus', 'key moment in early pregnancy',
      'period cramps', 'lower belly (abdomen)', 'spread to the lower back', 'mild to moderate', 'come and go',
      'hard to tell', 'different for each woman', 'do not even notice', 'a few hours to a couple of days',
      'rest, gentle stretching, or a heating pad on your lower back', 'talk to a healthcare provider to confirm',
      'changes in your menstrual cycle', 'strained muscle', 'normal in early pregnancy', 'severe',
      'does not go away', 'heavy bleeding', 'promptly', 'other early signs of pregnancy',
      "every person's experience with implantation is different", 'confident', 'nancy sherman',
    ];
    assert.deepEqual(facts.filter((f) => !all.includes(f)), []);
  });
});
