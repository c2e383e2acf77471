import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve, dirname} from 'node:path';
import {spawnSync} from 'node:child_process';
import {parseContent, loadContent, findSeed, splitTagged} from '../../scripts/content.mjs';

const compiler = resolve('scripts/content.mjs');
const fixtures = resolve('test/fixtures/content');
const SEED = '../shared/seed/implantation-lower-back-pain.txt';
const seedPath = findSeed(SEED, process.cwd());
const needsSeed = seedPath ? {} : {skip: `the seed ${SEED} is not beside this copy of the repository`};

/**
 * A scratch repository with a copy of the real content and, beside it, shared/seed/ holding the seed
 * (or `seed`, a replacement file; `null` for none). `edits` change files under content/ before compiling.
 */
function project(edits = {}, {seed = seedPath, overlay} = {}) {
  const dir = join(mkdtempSync(join(tmpdir(), 'iw-content-')), 'repo');
  cpSync('content', join(dir, 'content'), {recursive: true});
  if (overlay) cpSync(join(fixtures, overlay), join(dir, 'content'), {recursive: true});
  writeFileSync(join(dir, 'package.json'), JSON.stringify({version: '9.9.9'}));
  if (seed) {
    const target = resolve(dir, SEED);
    mkdirSync(dirname(target), {recursive: true});
    cpSync(seed, target);
  }
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, 'content', file);
    writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  }
  return dir;
}

const compile = (dir) => spawnSync(process.execPath, [compiler], {cwd: dir, encoding: 'utf8'});
const read = (dir, file) => readFileSync(join(dir, file), 'utf8');

/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text, needle, from = 0) => text.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;
/** The 1-based line that starts with `prefix` (skips comments that mention it). */
const lineStarting = (text, prefix) => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;

describe('content compiler', () => {
  test('the real content is valid, checked against the seed, and compiles to typed modules', needsSeed, () => {
    const dir = project();
    const run = compile(dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /content: en(, [a-z]+)* valid/);
    assert.doesNotMatch(run.stdout, /skipped/);
    const en = read(dir, 'src/content/en.ts');
    assert.match(en, /export const faq: readonly Block\[\] = /);
    assert.match(read(dir, 'src/content/version.ts'), /VERSION = "9\.9\.9"/);
  });

  test('no tag and no editors\' comment reaches the compiled modules', () => {
    const dir = project({'en/faq.md': (t) => t.replace('Not everyone gets them. [f07]', 'Not everyone gets them. [f07]\n% EDITOR-ONLY note')});
    const run = compile(dir);
    assert.equal(run.status, 0, run.stderr);
    for (const lang of ['en', 'es']) {
      const module = read(dir, `src/content/${lang}.ts`);
      assert.doesNotMatch(module, /\[(f\d+|ui|disclaimer)[\] ]/, `${lang}.ts has a tag`);
      assert.doesNotMatch(module, /EDITOR-ONLY|^%/m);
    }
    assert.match(read(dir, 'src/content/en.ts'), /usually felt in the lower belly \(abdomen\)\. Not everyone gets them\. For those/);
  });

  test('without the seed (a copy from npm), only the checksum and quote checks are skipped, with the reason printed', () => {
    const dir = project({}, {seed: null});
    const run = compile(dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /content: seed \.\.\/shared\/seed\/implantation-lower-back-pain\.txt not found .*skipped the checksum and quote checks/);
    const broken = compile(project({'en/faq.md': (t) => t.replace('[f07]', '[f99]')}, {seed: null}));
    assert.equal(broken.status, 1, 'the other checks still run');
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
    const dir = project({'en/faq.md': (t) => t.replace(/^## What can help with the pain\? \[ui\] \{#what-helps\}$/m, '## {#what-helps}')});
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

describe('source map: broken fixtures fail with file:line', () => {
  const fixture = (path) => readFileSync(join(fixtures, path), 'utf8');

  test('an untagged sentence', () => {
    const run = compile(project({}, {overlay: 'untagged-sentence'}));
    assert.equal(run.status, 1);
    const line = lineOf(fixture('untagged-sentence/en/guidance.md'), 'It hurts a lot.');
    assert.match(run.stderr, new RegExp(`^content/en/guidance\\.md:${line}: untagged sentence "It hurts a lot\\.": end it with the fact ids it restates`, 'm'));
  });

  test('an unknown fact id', () => {
    const run = compile(project({}, {overlay: 'unknown-fact-id'}));
    assert.equal(run.status, 1);
    const line = lineOf(fixture('unknown-fact-id/en/guidance.md'), '[f99]');
    assert.match(run.stderr, new RegExp(`^content/en/guidance\\.md:${line}: unknown fact id "f99"`, 'm'));
  });

  test('typical guidance without the safety line', () => {
    const run = compile(project({}, {overlay: 'typical-without-safety'}));
    assert.equal(run.status, 1);
    const line = lineOf(fixture('typical-without-safety/en/guidance.md'), '{#typical}');
    assert.match(run.stderr, new RegExp(`^content/en/guidance\\.md:${line}: guidance "typical" is missing the safety facts f24 .*, f25 .*, f26 .*, f27 .*: every level must say when to get medical help promptly$`, 'm'));
  });

  test('a Spanish line whose tags differ from the English line', () => {
    const run = compile(project({}, {overlay: 'spanish-tag-mismatch'}));
    assert.equal(run.status, 1);
    const line = lineOf(fixture('spanish-tag-mismatch/es/guidance.md'), 'descartar otros problemas');
    const enLine = lineOf(readFileSync('content/en/guidance.md', 'utf8'), 'A provider can check for other problems.');
    assert.match(run.stderr, new RegExp(`^content/es/guidance\\.md:${line}: tags \\[f27\\] differ from content/en/guidance\\.md:${enLine} \\[f28\\]$`, 'm'));
  });

  test('a changed seed: the checksum fails naming the file, and a quote no longer found fails on its line', () => {
    const run = compile(project({}, {seed: join(fixtures, 'changed-seed/implantation-lower-back-pain.txt')}));
    assert.equal(run.status, 1);
    const facts = readFileSync('content/source/facts.md', 'utf8');
    assert.match(run.stderr, new RegExp(`^content/source/facts\\.md:${lineStarting(facts, 'sha256:')}: the seed \\.\\./shared/seed/implantation-lower-back-pain\\.txt has changed \\(sha256 [0-9a-f]{64}, recorded [0-9a-f]{64}\\); re-check every fact`, 'm'));
    assert.match(run.stderr, new RegExp(`^content/source/facts\\.md:${lineOf(facts, '> it is crucial to seek medical attention promptly')}: the quote of f27 is not in the seed`, 'm'));
  });

  test('a fact that no English sentence uses', () => {
    const dir = project({'source/facts.md': (t) => `${t}\n## f32 A fact no sentence restates\n> Overall, while implantation can cause lower back pain\n`});
    const run = compile(dir);
    assert.equal(run.status, 1);
    const line = lineOf(read(dir, 'content/source/facts.md'), '## f32');
    assert.match(run.stderr, new RegExp(`^content/source/facts\\.md:${line}: fact f32 is never used in content/en/`, 'm'));
  });

  test('a quote that is not verbatim in the seed', needsSeed, () => {
    const dir = project({'source/facts.md': (t) => t.replace('> Implantation cramps are a common occurrence', '> Implantation cramps are very common')});
    const run = compile(dir);
    assert.equal(run.status, 1);
    assert.match(run.stderr, new RegExp(`^content/source/facts\\.md:${lineOf(read(dir, 'content/source/facts.md'), 'are very common')}: the quote of f05 is not in the seed`, 'm'));
  });
});

describe('content rules', () => {
  const check = (text, kind = 'faq') => parseContent('f.md', text, kind).errors;
  const eight = Array.from({length: 8}, (_, i) => `## Q${i}? [ui] {#q${i}}\nA. [ui]`).join('\n');

  test('raw HTML is refused; **bold** is allowed', () => {
    assert.deepEqual(check(`${eight}\n**Bold** is fine. [ui]`), []);
    assert.deepEqual(check(`${eight}\n<b>x</b> [ui]`), ['f.md:17: raw HTML is not allowed ("<b>"); use **bold** for emphasis']);
    assert.deepEqual(check(`${eight}\n<script>alert(1)</script> [ui]`), ['f.md:17: raw HTML is not allowed ("<script>"); use **bold** for emphasis']);
  });

  test('unbalanced bold, missing ids, bad ids and missing answers are refused', () => {
    assert.deepEqual(check(`${eight}\n**open [ui]`), ['f.md:17: unbalanced "**" (bold must be closed on the same paragraph)']);
    assert.deepEqual(check(`## No id? [ui]\nA. [ui]\n${eight}`), ['f.md:1: missing id: write "## No id? {#some-id}"']);
    assert.deepEqual(check(`## Bad? [ui] {#Bad_Id}\nA. [ui]\n${eight}`), ['f.md:1: invalid id "Bad_Id" (use lower-case words joined by "-")']);
    assert.deepEqual(check(`## Empty? [ui] {#empty}\n\n${eight}`), ['f.md:1: missing answer for id "empty"']);
  });

  test('an FAQ needs at least 8 questions', () => {
    assert.deepEqual(check('## Q? [ui] {#q}\nA. [ui]'), ['f.md:1: at least 8 questions are needed, found 1']);
  });

  test('every sentence carries its own tag; headings too', () => {
    assert.deepEqual(check(`${eight}\nOne. Two. [ui]`), ['f.md:17: 2 sentences share the tag [ui]; end each sentence with its own tag']);
    assert.deepEqual(check(`${eight}\nOne. [ui] Two. [f01 f02]`), []);
    assert.deepEqual(check(`## Q? {#q}\nA. [ui]\n${eight}`), ['f.md:1: untagged sentence "Q?": end it with the fact ids it restates, e.g. [f01], or [ui] / [disclaimer]']);
    assert.deepEqual(splitTagged('A. [f01] B? [f02 f03]').units, [{text: 'A.', tags: ['f01']}, {text: 'B?', tags: ['f02', 'f03']}]);
  });

  test('editors\' comments start with %; other text outside a block is refused', () => {
    assert.deepEqual(check(`% a note for editors\n${eight}\n% another`), []);
    assert.deepEqual(check(`# Title\n${eight}`), ["f.md:1: text outside a block is never shown; start the line with % to make it an editors' comment"]);
    const meta = readFileSync('content/en/meta.md', 'utf8');
    assert.deepEqual(check(`${meta}Some prose.\n`, 'meta'), [`f.md:${meta.split('\n').length}: text outside a block is never shown; start the line with % to make it an editors' comment`]);
  });

  test('a reason may not quote a value back: placeholders are allowed only where the widgets fill them', () => {
    const guidance = readFileSync('content/en/guidance.md', 'utf8');
    const bad = guidance.replace(/^reason-unknown-symptom: .*$/m, 'reason-unknown-symptom: We did not understand "{value}". [ui]');
    assert.deepEqual(check(bad, 'guidance'), [`f.md:${lineOf(guidance, 'reason-unknown-symptom:')}: unknown placeholder {value} (this text may use none)`]);
    const ui = readFileSync('content/en/ui.md', 'utf8');
    assert.deepEqual(check(ui.replace(/^(credit: .*)\{author\}/m, '$1{writer}'), 'ui'), [`f.md:${lineStarting(ui, 'credit:')}: unknown placeholder {writer} (this text may use {title}, {author})`]);
  });

  test('frontmatter: missing, unknown and empty fields; review dates in order', () => {
    const meta = readFileSync('content/en/meta.md', 'utf8');
    assert.deepEqual(check(meta.replace(/^title: .*\n/m, ''), 'meta'), ['f.md:1: missing field "title"']);
    assert.deepEqual(check(meta.replace('---\n', '---\ncolour: red\n'), 'meta'), ['f.md:2: unknown field "colour"']);
    assert.deepEqual(check(meta.replace(/^title: .*$/m, 'title:'), 'meta'), [`f.md:${lineOf(meta, 'title:')}: empty field "title"`]);
    assert.deepEqual(check(meta.replace(/^nextReview: .*$/m, 'nextReview: 2020-01-01'), 'meta'), [
      `f.md:${lineOf(meta, 'nextReview:')}: "nextReview" (2020-01-01) must be after "reviewed" (2026-11-25)`,
    ]);
    assert.deepEqual(check(meta.replace('nextReview:', 'reviewedBy: Dr. Example\nnextReview:'), 'meta'), [], 'reviewedBy is optional and untagged');
    assert.equal(/^reviewedBy:/m.test(meta), false, 'no clinician reviewed this text, so reviewedBy stays unset');
  });

  test('guidance must have a block for every level', () => {
    const guidance = readFileSync('content/en/guidance.md', 'utf8');
    const errors = check(guidance.replace('{#info}', '{#other}'), 'guidance');
    assert.deepEqual(errors, ['f.md:1: missing guidance block "## ... {#info}"']);
  });
});

describe('what the content says', () => {
  const {locales} = loadContent('content');
  const allText = (lang) => Object.values(locales[lang].files)
    .flatMap((f) => [...Object.values(f.fields), ...f.blocks.flatMap((b) => [b.heading, ...b.body])])
    .join(' ').replaceAll('**', '');

  test('the article\'s facts and hedges are in the English content', () => {
    const all = allText('en').toLowerCase();
    const phrases = [
      'fertilized egg attaches itself to the wall of the uterus', 'key step in early pregnancy',
      'period cramps', 'lower belly (abdomen)', 'spread to the lower back', 'mild to moderate', 'come and go',
      'can sometimes be hard to tell', 'can vary from woman to woman', 'do not even notice', 'a few hours to a couple of days',
      'the pain is often manageable', 'rest, gentle stretching, or a heating pad on your lower back',
      'talk to a healthcare provider to confirm', 'other things, such as changes in your menstrual cycle or a strained muscle',
      'normal in early pregnancy', 'other worrying symptoms, such as heavy bleeding', 'promptly',
      'other early signs of pregnancy', "every person's experience with implantation is different", 'confident', 'nancy sherman',
    ];
    assert.deepEqual(phrases.filter((f) => !all.includes(f)), []);
  });

  const safety = {
    en: ['promptly', 'severe', 'does not go away', 'other worrying symptoms, such as heavy bleeding'],
    es: ['cuanto antes', 'fuerte', 'no se quita', 'otros síntomas que le preocupen, como un sangrado abundante'],
  };
  for (const [lang, words] of Object.entries(safety)) {
    test(`${lang}: every guidance level says when to get medical help promptly`, () => {
      for (const level of locales[lang].files.guidance.blocks) {
        const text = [level.heading, ...level.body].join(' ').replaceAll('**', '');
        assert.deepEqual(words.filter((w) => !text.includes(w)), [], `guidance "${level.id}"`);
      }
    });
  }

  test('Spanish keeps the urgency and the hedges, in neutral words', () => {
    const es = allText('es');
    const avoid = ['pronto', 'casi siempre', 'embarazo temprano', 'músculo forzado', 'La fuerza de', 'llega con', 'sentirse como',
      'Mírelo', 'se pega', 'fácil de manejar', 'venir de', 'Cerrar todo', 'Abrir todo'];
    assert.deepEqual(avoid.filter((w) => es.includes(w)), []);
    for (const w of ['cuanto antes', 'el inicio del embarazo', 'una distensión o tirón muscular', 'puede variar', 'Mostrar todo', 'Ocultar todo', 'suelen notarse']) {
      assert.ok(es.includes(w), w);
    }
  });

  test('no reason quotes a value back to the reader', () => {
    for (const lang of Object.keys(locales)) {
      const fields = Object.entries(locales[lang].files.guidance.fields);
      assert.deepEqual(fields.filter(([, t]) => t.includes('{')).map(([k]) => k), [], lang);
    }
  });
});
