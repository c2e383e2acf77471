// The element catalogue: every folder src/<name>/ with a define.ts is an element, and every list of
// elements must name it. A failure prints the lines to add, so a new element needs no hunting.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';

const folders = readdirSync('src', {withFileTypes: true})
  .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(`src/${d.name}/define.ts`))
  .map((d) => d.name);

/** Each element's class module and class name, read from its define.ts (`import {Class} from './module.js'`). */
const elements = folders.map((name) => {
  const [, className, module] = readFileSync(`src/${name}/define.ts`, 'utf8').match(/import \{(\w+)\} from '\.\/([\w-]+)\.js'/);
  return {name, className, module};
});

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The expected lines (or exports entries) per list; `has` says whether a list already names the element. */
const lists = [
  ['src/index.ts', (e) => `export {${e.className}} from './${e.name}/define.js';`, (text, e) => text.includes(`from './${e.name}/define.js'`)],
  ['src/react/index.ts', (e) => `import {${e.className} as ...} from '../${e.name}/${e.module}.js'; export const ${e.className} = /* @__PURE__ */ wrap(...);`,
    (text, e) => text.includes(`from '../${e.name}/${e.module}.js'`) && text.includes(`export const ${e.className} =`)],
  ['src/ssr/index.ts', (e) => `import {${e.className}} from '../${e.name}/define.js'; and '${e.name}': ${e.className}, in elements`,
    (text, e) => text.includes(`from '../${e.name}/define.js'`) && new RegExp(`'?${e.name}'?: ${e.className},`).test(text)],
];

test('every element folder is in the everything entry, the React wrappers and the SSR element map', () => {
  assert.ok(folders.length >= 4, `elements found: ${folders}`);
  const missing = [];
  for (const [file, line, has] of lists) {
    const text = readFileSync(file, 'utf8');
    for (const e of elements) if (!has(text, e)) missing.push(`${file}: ${line(e)}`);
  }
  assert.deepEqual(missing, [], `add:\n${missing.join('\n')}`);
});

test('package.json exports a define and a class subpath for every element folder', () => {
  const missing = elements.flatMap((e) => [
    [`./${e.name}.js`, {types: `./dist/${e.name}/define.d.ts`, default: `./dist/${e.name}/define.js`}],
    [`./elements/${e.name}.js`, {types: `./dist/${e.name}/${e.module}.d.ts`, default: `./dist/${e.name}/${e.module}.js`}],
  ]).filter(([subpath, target]) => JSON.stringify(pkg.exports[subpath]) !== JSON.stringify(target))
    .map(([subpath, target]) => `"${subpath}": ${JSON.stringify(target)},`);
  assert.deepEqual(missing, [], `add to "exports":\n${missing.join('\n')}`);
});
