#!/usr/bin/env node
// `npm run lint`: ESLint (eslint.config.mjs), tsc over src/ and test/ (tsconfig.test.json), and lit-analyzer
// for template bindings. Runs the three at once and prints each one's findings; exits 1 if any fails.
import {spawn} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

const templates = readdirSync('src', {recursive: true})
  .map((f) => join('src', f))
  .filter((f) => f.endsWith('.ts') && !f.startsWith(join('src', 'content')));

const checks = [
  ['eslint', [bin('eslint'), '.']],
  ['tsc', [bin('tsc'), '-p', 'tsconfig.test.json']],
  // no-invalid-css: its CSS property list predates color-scheme, accent-color and content-visibility.
  // no-boolean-in-attribute-binding: `hidden` is no longer boolean; the FAQ sets hidden="until-found".
  // no-incompatible-type-binding: lit-analyzer 2.0 does not know Lit's `nothing` (which removes an
  // attribute) and reports every `id=${id ?? nothing}` as a symbol bound to a string; tsc still types
  // every expression, and the other binding rules (unknown attributes, properties, events) stay on.
  ['lit-analyzer', [bin('lit-analyzer'), '--strict', '--quiet', '--rules.no-invalid-css', 'off',
    '--rules.no-boolean-in-attribute-binding', 'off', '--rules.no-incompatible-type-binding', 'off', ...templates]],
];

function run(name, [command, ...args]) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const time = `${((performance.now() - start) / 1000).toFixed(1)} s`;
      console.log(code === 0 ? `lint: ${name} passed (${time})` : `lint: ${name} failed (${time}):\n${output.trim()}\n`);
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(checks.map(([name, command]) => run(name, command)));
process.exit(results.every(Boolean) ? 0 : 1);
