// `npm run new-element -- symptom-diary` in a copy of the repository (node_modules linked, not copied),
// then one build: the new element reaches the package exports, the manifest, SSR, the React wrappers,
// the demo pages and the generic suites (the catalogue test, and the browser suite over every element
// in Chromium) with no edit outside its folder and its UI string.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, resolve} from 'node:path';

const repo = resolve('.');
const SKIP = new Set(['node_modules', 'dist', '.git', '.test-results', 'bench/.pages', '.review']);
let dir;
let made;
/** The repository's git directory (a worktree's .git is a file naming it). */
const gitDir = spawnSync('git', ['rev-parse', '--absolute-git-dir'], {encoding: 'utf8'}).stdout.trim();

const run = (command, args, env = {}) => {
  // Without NODE_TEST_CONTEXT: under it a nested `node --test` runs nothing and exits 0.
  const {NODE_TEST_CONTEXT: _nested, ...parent} = process.env;
  const result = spawnSync(command, args, {cwd: dir, encoding: 'utf8', env: {...parent, ...env}});
  return {...result, output: `${result.stdout}${result.stderr}`};
};
const read = (file) => readFileSync(join(dir, file), 'utf8');

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'implantation-scaffold-'));
  cpSync(repo, dir, {recursive: true, filter: (src) => !SKIP.has(relative(repo, src))});
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  made = run(process.execPath, ['scripts/new-element.mjs', 'symptom-diary']);
});

after(() => dir && rmSync(dir, {recursive: true, force: true}));

test('the scaffold writes the element folder and its UI string, nothing else', () => {
  assert.equal(made.status, 0, made.output);
  // What git sees changed in the copy that it did not see in the repository (the link to node_modules aside).
  const status = (tree) => run('git', ['status', '--porcelain'], {GIT_DIR: gitDir, GIT_WORK_TREE: tree}).stdout.split('\n').filter(Boolean);
  const before = status(repo);
  const files = status(dir).filter((l) => !before.includes(l)).map((l) => l.slice(3)).filter((f) => f !== 'node_modules').sort();
  assert.deepEqual(files, ['content/en/ui.md', 'content/es/ui.md', 'src/symptom-diary/'].sort());
});

test('one build: exports, manifest, SSR, React and the demo pick the element up', () => {
  const build = run(process.execPath, ['scripts/build.mjs']);
  assert.equal(build.status, 0, build.output);
  const pkg = JSON.parse(read('package.json'));
  assert.equal(pkg.exports['./symptom-diary.js']?.default, './dist/symptom-diary/define.js');
  assert.equal(pkg.exports['./elements/symptom-diary.js']?.default, './dist/symptom-diary/symptom-diary.js');
  for (const file of ['dist/symptom-diary/define.js', 'dist/symptom-diary/define.d.ts', 'dist/cdn/symptom-diary.js', 'dist/react/symptom-diary.js']) read(file);

  const manifest = JSON.parse(read('dist/custom-elements.json'));
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'symptom-diary');
  assert.equal(declaration?.name, 'SymptomDiary');
  assert.ok(declaration.cssParts.some((p) => p.name === 'footer'));

  const ssr = run(process.execPath, ['--input-type=module', '-e',
    `import {renderElement} from './dist/ssr/index.js'; console.log(await renderElement('symptom-diary'));`]);
  assert.equal(ssr.status, 0, ssr.output);
  assert.match(ssr.stdout, /^<symptom-diary><template shadowroot="open" shadowrootmode="open">/);
  assert.match(ssr.stdout.replace(/<!--[^>]*-->/g, ''), /<h2 part="title" id="title">Symptom diary<\/h2>/);

  assert.match(read('dist/react/index.js'), /export \{ SymptomDiary \} from '\.\/symptom-diary\.js';/);
  assert.match(read('dist/index.js'), /from '\.\/symptom-diary\/define\.js'/);
  assert.match(read('demo/catalogue.js'), /"tag": "symptom-diary"/);
  assert.match(read('demo/index.html'), /<li><a href="element\.html\?element=symptom-diary">Symptom diary<\/a><\/li>/);
  assert.match(read('demo/index.html'), /<symptom-diary>\n/);
  // The README gets a section from the manifest, before "## Localization", with its tables.
  const readme = read('README.md');
  const section = readme.indexOf('### `<symptom-diary>`');
  assert.ok(section > readme.indexOf('### `<symptom-check>`') && section < readme.indexOf('\n## Localization'), 'README section');
  assert.match(readme, /<!-- api:symptom-diary -->\n\| part \| what it is \|\n\|---\|---\|\n\| `card` \|/);
});

test('the generic suites cover it: the catalogue test, and every element in the browser (Chromium)', () => {
  const catalogue = run(process.execPath, ['--test', 'test/node/catalogue.test.mjs']);
  assert.equal(catalogue.status, 0, catalogue.output);
  assert.match(catalogue.output, /^# pass [1-9]/m, 'the catalogue test ran');
  const browser = run(join(dir, 'node_modules/.bin/web-test-runner'), ['--config', 'web-test-runner.config.mjs', '--files', 'test/catalogue.test.ts'],
    {BROWSERS: 'chromium', COUNT_FILE: join(dir, '.test-results/scaffold.json')});
  assert.equal(browser.status, 0, browser.output);
  assert.match(browser.output, /symptom-diary/);
});
