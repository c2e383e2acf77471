import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync, readdirSync} from 'node:fs';

// `npm test` builds before running this file.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = readdirSync('dist', {withFileTypes: true})
  .filter((d) => d.isDirectory() && existsSync(`dist/${d.name}/define.js`) && d.name !== 'shared')
  .map((d) => d.name);

test('every element has a class module and a define module, each with types', () => {
  assert.ok(elements.includes('article'), `elements found: ${elements}`);
  for (const name of elements) {
    assert.ok(existsSync(`dist/${name}/define.js`) && existsSync(`dist/${name}/define.d.ts`), name);
    const define = readFileSync(`dist/${name}/define.js`, 'utf8');
    const classModule = define.match(/from '\.\/([\w-]+\.js)'/)?.[1];
    assert.ok(classModule && existsSync(`dist/${name}/${classModule}`), `${name} class module`);
    assert.ok(existsSync(`dist/${name}/${classModule.replace(/\.js$/, '.d.ts')}`), `${name} class types`);
    assert.doesNotMatch(readFileSync(`dist/${name}/${classModule}`, 'utf8'), /customElements\.define|\.define\(\)/,
      `${name} class module must not register anything`);
  }
});

test('CDN bundles are self-contained and minified', () => {
  for (const file of ['implantation-widgets.js', 'implantation-widgets.iife.js', ...elements.map((e) => `${e}.js`)]) {
    const code = readFileSync(`dist/cdn/${file}`, 'utf8');
    assert.doesNotMatch(code, /^import |from ['"]lit/m, `${file} must not import anything`);
    assert.ok(code.split('\n').length < 10, `${file} is minified`);
  }
  const iife = readFileSync('dist/cdn/implantation-widgets.iife.js', 'utf8');
  assert.ok(/^(var ImplantationWidgets=function|[!(]function)/.test(iife), 'the IIFE bundle is one classic-script function');
});

test('the exports map points at files that exist, with types first', () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue;
    assert.equal(Object.keys(target)[0], 'types', `${subpath}: "types" must come first`);
    for (const file of Object.values(target)) assert.ok(existsSync(file), `${subpath} -> ${file}`);
  }
  for (const name of elements) assert.ok(pkg.exports[`./${name}.js`], `exports has ./${name}.js`);
});

test('sideEffects lists only modules that register elements', () => {
  assert.deepEqual(pkg.sideEffects.filter((p) => !/index\.js$|define\.js$|cdn\/|locales\//.test(p)), []);
});
