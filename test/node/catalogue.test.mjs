// The element catalogue (scripts/catalogue.mjs): every element folder has a descriptor, every list of
// elements is what the catalogue writes, and every descriptor names attributes and events the element
// has (the built manifest). A failure says what to run or add, so a new element needs no hunting.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {catalogue, generate, orphans} from '../../scripts/catalogue.mjs';

const folders = readdirSync('src', {withFileTypes: true})
  .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(`src/${d.name}/define.ts`)).map((d) => d.name);
const elements = catalogue();

test('every folder with a define.ts is an element with a descriptor (element.json)', () => {
  assert.ok(elements.length >= 4, `elements found: ${elements.map((e) => e.name)}`);
  assert.deepEqual(folders.filter((f) => !existsSync(`src/${f}/element.json`)).map((f) => `src/${f}/element.json`), [],
    'add a descriptor (npm run new-element writes one)');
  for (const e of elements) assert.match(e.tag, /^[a-z][\w]*-[\w-]+$/, e.name);
});

test('every generated list (index, React, SSR, locales, exports, demo) is what the catalogue writes', () => {
  const stale = Object.entries(generate()).filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text).map(([file]) => file);
  assert.deepEqual(stale, [], 'run npm run catalogue (npm run build does too) and commit the files it writes');
  assert.deepEqual(orphans(), [], 'delete these: no element or language has them any more');
});

test('package.json exports a define and a class subpath for every element folder', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const missing = elements.flatMap((e) => [
    [`./${e.name}.js`, {types: `./dist/${e.name}/define.d.ts`, default: `./dist/${e.name}/define.js`}],
    [`./elements/${e.name}.js`, {types: `./dist/${e.name}/${e.module}.d.ts`, default: `./dist/${e.name}/${e.module}.js`}],
  ]).filter(([subpath, target]) => JSON.stringify(pkg.exports[subpath]) !== JSON.stringify(target))
    .map(([subpath, target]) => `"${subpath}": ${JSON.stringify(target)},`);
  assert.deepEqual(missing, [], `add to "exports" (npm run catalogue does):\n${missing.join('\n')}`);
});

test('descriptors name only attributes and events the element has (dist/custom-elements.json)', {skip: !existsSync('dist/custom-elements.json') && 'needs npm run build'}, () => {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  for (const e of elements) {
    const d = declarations.find((x) => x.tagName === e.tag);
    assert.ok(d, `${e.tag} is in the manifest`);
    const attributes = d.attributes.map((a) => a.name);
    for (const option of e.builder) assert.ok(attributes.includes(option.name), `${e.name}: builder option ${option.name} is an attribute`);
    for (const option of Object.keys(e.ssr ?? {})) assert.ok(attributes.includes(option), `${e.name}: ssr fixture ${option} is an attribute`);
    assert.deepEqual(Object.values(e.react).sort(), (d.events ?? []).map((x) => x.name).sort(), `${e.name}: React props for every event it fires`);
  }
});

test('the README part and custom-property tables are what the manifest says (npm run build writes them)', {skip: !existsSync('dist/custom-elements.json') && 'needs npm run build'}, async () => {
  const {readmeWithTables} = await import('../../scripts/readme-api.mjs');
  const readme = readFileSync('README.md', 'utf8');
  for (const e of elements) assert.ok(readme.includes(`<!-- api:${e.tag} -->`), `README has <!-- api:${e.tag} --> and <!-- /api:${e.tag} --> under its element`);
  const fresh = readmeWithTables(readme, JSON.parse(readFileSync('dist/custom-elements.json', 'utf8')));
  assert.ok(fresh === readme, 'README tables are stale: run npm run build (scripts/readme-api.mjs) and commit README.md');
});
