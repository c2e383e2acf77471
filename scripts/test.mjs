#!/usr/bin/env node
// `npm test`: everything a fresh clone needs, then every test in every engine, then one line per
// engine ("chromium: N passed, M failed") and last the total line ("N passed, N failed").
// BROWSERS=chromium (or a comma-separated list) runs a subset of the engines for a quick loop.
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, existsSync, readdirSync} from 'node:fs';
import {ensureDependencies, ensureEngines, selectedEngines} from './ensure.mjs';

const engines = selectedEngines();
ensureDependencies();
ensureEngines(engines);
rmSync('.test-results', {recursive: true, force: true});
mkdirSync('.test-results', {recursive: true});

const results = {};
const bucket = (name) => (results[name] ??= {passed: 0, failed: 0, skipped: 0, todo: 0, skippedTests: [], todoTests: [], seconds: 0});
const run = (command, args, env = {}) => {
  const started = Date.now();
  const status = spawnSync(command, args, {stdio: 'inherit', env: {...process.env, ...env}}).status;
  return {ok: status === 0, seconds: (Date.now() - started) / 1000};
};

/** Runs node --test on `files`, adding its TAP counts to `name`'s bucket. */
function nodeTests(name, files, env = {}) {
  const tapFile = `.test-results/node-${name}.tap`;
  const {ok, seconds} = run(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile}`, ...files], env);
  const totals = bucket(name);
  totals.seconds += seconds;
  const before = totals.failed;
  if (existsSync(tapFile)) {
    const tap = readFileSync(tapFile, 'utf8');
    const read = (key) => Number(tap.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
    totals.passed += read('pass');
    totals.failed += read('fail') + read('cancelled');
    totals.skipped += read('skipped');
    // A todo test ran and measured, but records a known miss (the size budgets): counted apart from skips.
    totals.todo += read('todo');
    for (const [, title, reason] of tap.matchAll(/^\s*ok \d+ - (.*) # SKIP ?(.*)$/gm)) totals.skippedTests.push(`${title} [${reason}]`);
    for (const [, title, reason] of tap.matchAll(/^\s*not ok \d+ - (.*) # TODO ?(.*)$/gm)) totals.todoTests.push(`${title} [${reason}]`);
  }
  if (!ok && totals.failed === before) totals.failed++;
}

/** Runs the web-test-runner suite in one engine, adding its counts to that engine's bucket. */
function browserTests(engine) {
  const countFile = `.test-results/browser-${engine}.json`;
  const {ok, seconds} = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {BROWSERS: engine, COUNT_FILE: countFile});
  const totals = bucket(engine);
  totals.seconds += seconds;
  const before = totals.failed;
  if (existsSync(countFile)) {
    for (const counts of Object.values(JSON.parse(readFileSync(countFile, 'utf8')))) {
      for (const key of ['passed', 'failed', 'skipped']) totals[key] += counts[key];
      totals.skippedTests.push(...counts.skippedTests);
    }
  }
  if (!ok && totals.failed === before) totals.failed++;
}

/** `npm run lint` counts as one test in its own bucket. */
function lint() {
  const {ok, seconds} = run('npm', ['run', 'lint', '--silent']);
  const totals = bucket('lint');
  totals.seconds += seconds;
  totals[ok ? 'passed' : 'failed']++;
}

const built = run('npm', ['run', 'build', '--silent']).ok;
if (!built) {
  console.error('build failed; tests that need dist/ will fail too.');
  bucket('build').failed++;
}

const nodeFiles = readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => `test/node/${f}`);
const embeddingFiles = nodeFiles.filter((f) => /\/embedding-[^/]+$/.test(f));

// The steps, in order. Further checks go here as one more line each.
nodeTests('node', nodeFiles.filter((f) => !embeddingFiles.includes(f)));
// Lint and type-check: ESLint, tsc over src/ and test/, lit-analyzer (scripts/lint.mjs).
lint();
for (const engine of engines) {
  browserTests(engine);
  // The page-level embedding suites (test/node/embedding-*) in the same engine.
  nodeTests(engine, embeddingFiles, {EMBEDDING_ENGINE: engine});
}

console.log('');
for (const [name, totals] of Object.entries(results)) {
  for (const title of totals.skippedTests) console.log(`${name} skipped: ${title}`);
  for (const title of totals.todoTests) console.log(`${name} todo: ${title}`);
}
console.log(`time: ${Object.entries(results).map(([name, {seconds}]) => `${name} ${Math.round(seconds)} s`).join(', ')}`);
const totals = {passed: 0, failed: 0, skipped: 0, todo: 0};
const extra = ({skipped, todo}) => `${skipped ? `, ${skipped} skipped` : ''}${todo ? `, ${todo} todo` : ''}`;
for (const [name, counts] of Object.entries(results)) {
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed${extra(counts)}`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed${extra(totals)}`);
process.exit(totals.failed ? 1 : 0);
