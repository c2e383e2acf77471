#!/usr/bin/env node
// `npm test`: everything a fresh clone needs, then every test, then one "N passed, N failed" line.
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, rmSync, existsSync, readdirSync} from 'node:fs';
import {ensureChromium, ensureDependencies} from './ensure.mjs';

ensureDependencies();
process.env.CHROME_PATH = ensureChromium();
rmSync('.test-results', {recursive: true, force: true});
mkdirSync('.test-results', {recursive: true});

const step = (command, args) => spawnSync(command, args, {stdio: 'inherit', env: process.env}).status === 0;

let ok = step('npm', ['run', 'build', '--silent']);
if (!ok) console.error('build failed; tests that need dist/ will fail too.');

const totals = {passed: 0, failed: ok ? 0 : 1, skipped: 0};

// Node-side tests: content compiler, readability, build output, packaging.
const nodeTests = readdirSync('test/node').filter((f) => f.endsWith('.test.mjs')).map((f) => `test/node/${f}`);
const nodeRun = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=tap', '--test-reporter-destination=.test-results/node.tap', ...nodeTests], {stdio: 'inherit'});
if (existsSync('.test-results/node.tap')) {
  const tap = readFileSync('.test-results/node.tap', 'utf8');
  const read = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  totals.passed += read('pass');
  totals.failed += read('fail') + read('cancelled');
  totals.skipped += read('skipped') + read('todo');
}
if (nodeRun.status !== 0 && totals.failed === 0) totals.failed++;

// Lint and type-check: ESLint, tsc over src/ and test/, lit-analyzer (scripts/lint.mjs).
if (step('npm', ['run', 'lint', '--silent'])) totals.passed++;
else totals.failed++;

// Browser tests in Chromium.
const browser = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs'], {stdio: 'inherit'});
if (existsSync('.test-results/browser.json')) {
  const counts = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
  for (const key of Object.keys(totals)) totals[key] += counts[key];
}
if (browser.status !== 0 && totals.failed === 0) totals.failed++;

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed ? 1 : 0);
