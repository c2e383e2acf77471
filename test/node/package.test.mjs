// The package as a user gets it: `npm pack`, install the tarball into a fresh project, then there
// type-check against the published .d.ts, bundle with rollup (checking tree-shaking), and run the
// README's npm, React and server-rendering examples. `npm test` builds dist/ first.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {CHROME_ARGS, ensureChromium} from '../../scripts/ensure.mjs';
import {catalogue} from '../../scripts/catalogue.mjs';
import {codeBlocks, readmeSection} from '../support/readme.mjs';

const repo = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
const run = (command, args, cwd) => execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

let dir;
let consumer;
let files;
/** Every element in the package: its short name, tag and class, read from the published define modules. */
let elements;

/** The first fenced block of `lang` in the README section whose heading is `heading`. */
function readmeBlock(heading, lang) {
  const [block] = codeBlocks(readmeSection(readme, heading), lang);
  assert.ok(block, `README "${heading}" has a \`\`\`${lang} example`);
  return block;
}

/** Bundles `code` as the consumer's own module, resolving packages from its node_modules like a user's build. */
async function bundle(code) {
  const file = join(consumer, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(file, code);
  const warnings = [];
  const result = await rollup({input: file, plugins: [nodeResolve({browser: true})], onwarn: (w) => warnings.push(w.message)});
  const {output} = await result.generate({format: 'es'});
  return {code: output.map((chunk) => chunk.code ?? '').join('\n'), warnings};
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'implantation-pack-'));
  // npm test has just built dist/; the prepack build would only repeat it.
  const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], repo));
  files = packed.files.map((f) => f.path);
  elements = files
    .filter((f) => /^dist\/[\w-]+\/define\.d\.ts$/.test(f) && f !== 'dist/shared/define.d.ts')
    .map((f) => {
      const types = readFileSync(f, 'utf8');
      const [, tag, className] = types.match(/'([a-z]+-[\w-]+)': (\w+);/);
      return {name: f.split('/')[1], tag, className};
    });
  consumer = join(dir, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}));
  // The optional peers a React or server-rendering user adds, at the versions already in the npm cache.
  const peers = ['@lit/react', 'react', 'react-dom', '@lit-labs/ssr', '@lit-labs/ssr-client', 'typescript', '@types/react'].map((p) => `${p}@${version(p)}`);
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error',
    join(dir, packed.filename), ...peers], consumer);
});

after(() => dir && rmSync(dir, {recursive: true, force: true}));

test('the tarball holds the built package and nothing else', () => {
  assert.deepEqual(elements.map((e) => e.name).sort(), catalogue().map((e) => e.name).sort());
  for (const file of ['package.json', 'README.md', 'bin/implantation-widgets.mjs', 'dist/index.js', 'dist/index.d.ts',
    'dist/custom-elements.json', 'dist/react/index.js', 'dist/ssr/index.js', 'dist/cdn/implantation-widgets.js',
    'dist/cdn/implantation-widgets.iife.js']) {
    assert.ok(files.includes(file), file);
  }
  assert.deepEqual(files.filter((f) => /^(src|test|content|scripts|demo|bench|node_modules)\/|\.map$|\.tgz$/.test(f)), []);
  const cdn = files.filter((f) => f.startsWith('dist/cdn/') && f.endsWith('.js')); // dist/cdn/embed/ is declarative shadow DOM by design
  for (const f of cdn) assert.doesNotMatch(readFileSync(f, 'utf8'), /createComponent|@lit-labs\/ssr|shadowrootmode/, `${f} has no React or SSR code`);
});

test('package.json: every export exists in the tarball, types first; one define and one class subpath per element', () => {
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    if (typeof target !== 'string') assert.equal(Object.keys(target)[0], 'types', subpath);
    for (const t of targets.filter((t) => !t.includes('*'))) assert.ok(files.includes(t.slice(2)), `${subpath} -> ${t}`);
  }
  for (const {name} of elements) {
    assert.equal(pkg.exports[`./${name}.js`]?.default, `./dist/${name}/define.js`);
    assert.match(pkg.exports[`./elements/${name}.js`]?.default, new RegExp(`^\\./dist/${name}/[\\w-]+\\.js$`));
  }
  for (const subpath of ['.', './react', './ssr', './custom-elements.json']) assert.ok(pkg.exports[subpath], subpath);
  assert.equal(pkg.customElements, 'dist/custom-elements.json');
  assert.equal(pkg.bin['implantation-widgets'], 'bin/implantation-widgets.mjs');
  assert.deepEqual(Object.keys(pkg.dependencies).filter((d) => d !== 'lit' && !d.startsWith('@lit/')), []);
  for (const peer of Object.keys(pkg.peerDependencies)) assert.equal(pkg.peerDependenciesMeta[peer]?.optional, true, peer);
});

test('custom-elements.json describes every element: tag, attributes, events, parts, custom properties', () => {
  const manifest = JSON.parse(readFileSync(join(consumer, 'node_modules/implantation-widgets/dist/custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => ({...d, path: m.path})));
  const definitions = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
  for (const {name, tag, className} of elements) {
    const d = declarations.find((x) => x.tagName === tag);
    assert.ok(d, tag);
    assert.equal(d.name, className);
    assert.ok(files.includes(d.path), `${tag}: module path ${d.path} is a published file`);
    assert.ok(d.summary && d.description, `${tag}: summary and description`);
    assert.ok(d.attributes.some((a) => a.name === 'lang') && d.attributes.some((a) => a.name === 'theme'), `${tag}: inherited attributes`);
    assert.ok(d.cssParts.some((p) => p.name === 'footer'), `${tag}: parts`);
    assert.ok(d.cssProperties.length > 0, `${tag}: custom properties`);
    assert.ok(!d.members.some((m) => m.name.startsWith('#')), `${tag}: no private fields`);
    assert.deepEqual(definitions.find((x) => x.name === tag)?.declaration, {name: className, module: d.path}, `${tag}: definition`);
    assert.ok(manifest.modules.some((m) => m.path === `dist/${name}/define.js` && m.exports.some((e) => e.name === tag)), `${tag}: define module`);
  }
  // Every event an element fires is documented, and is what its React wrapper's props listen to.
  const events = (tag) => declarations.find((x) => x.tagName === tag).events?.map((e) => e.name) ?? [];
  for (const e of catalogue()) assert.deepEqual(events(e.tag), Object.values(e.react), e.tag);
  assert.deepEqual(events('implantation-faq'), ['implantation-faq-toggle']);
});

test('(a) TypeScript: classes, HTMLElementTagNameMap, typed events and the React wrappers type-check', () => {
  const perElement = elements.map(({tag, className}, i) => `
import type {${className} as C${i}} from 'implantation-widgets';
const e${i}: C${i} = document.createElement('${tag}');
const q${i}: C${i} | null = document.querySelector('${tag}');
e${i}.lang = 'es';
void q${i};`).join('\n');
  writeFileSync(join(consumer, 'types.ts'), `${perElement}
import {ImplantationFaq} from 'implantation-widgets/elements/faq.js';
import 'implantation-widgets/faq.js';
const registered: boolean = ImplantationFaq.define('clinic-faq');
const faq = document.createElement('implantation-faq');
faq.items = 'what-is-implantation';
faq.expandAll();
faq.addEventListener('implantation-faq-toggle', (e) => {
  const id: string = e.detail.id;
  const open: boolean = e.detail.open;
  void [id, open, registered];
});
document.querySelector('symptom-flag')?.addEventListener('symptom-flag-change', (e) => {
  const level: 'typical' | 'seek-care' | 'info' = e.detail.level;
  void level;
});
// @ts-expect-error: no such property
faq.itmes = 'x';
// @ts-expect-error: the detail is typed
faq.addEventListener('implantation-faq-toggle', (e) => e.detail.nope);
`);
  writeFileSync(join(consumer, 'react.tsx'), `
import {ImplantationFaq, SymptomFlag} from 'implantation-widgets/react';
export const Help = () => (
  <>
    <ImplantationFaq items="what-is-implantation" single headingLevel={2} onToggle={(e) => e.detail.open} />
    <SymptomFlag symptom="lower-back-pain" onChange={(e) => e.detail.level} />
    {/* @ts-expect-error: the detail is typed */}
    <ImplantationFaq onToggle={(e) => e.detail.nope} />
  </>
);
`);
  for (const moduleResolution of ['bundler', 'nodenext']) {
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'],
        module: moduleResolution === 'bundler' ? 'esnext' : 'nodenext', moduleResolution, jsx: 'react-jsx', types: []},
      files: ['types.ts', 'react.tsx'],
    }));
    try {
      run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'], consumer);
    } catch (error) {
      assert.fail(`tsc (${moduleResolution}):\n${error.stdout}${error.stderr}`);
    }
  }
});

test('(b) rollup: importing one element bundles it and tree-shakes the others away', async () => {
  const others = (name) => elements.filter((e) => e.name !== name).map((e) => e.tag);
  const faqText = 'Where are implantation cramps felt?';
  for (const [entry, name] of [
    [`import 'implantation-widgets/faq.js';`, 'faq'],
    [`import {ImplantationFaq} from 'implantation-widgets/react';\nconsole.log(ImplantationFaq);`, 'faq'],
    [`import 'implantation-widgets/symptom-flag.js';`, 'symptom-flag'],
  ]) {
    const {code, warnings} = await bundle(entry);
    assert.deepEqual(warnings, [], entry);
    const tag = elements.find((e) => e.name === name).tag;
    assert.ok(code.includes(`'${tag}'`), `${entry}: has ${tag}`);
    for (const other of others(name)) assert.ok(!code.includes(`'${other}'`), `${entry}: ${other} is tree-shaken away`);
    assert.equal(code.includes(faqText), name === 'faq', `${entry}: FAQ content only where the FAQ is`);
    // The React entry too: each wrapper is a module of its own (src/react/<name>.ts).
    assert.ok(!code.includes('The bigger picture'), `${entry}: article-only content is tree-shaken away`);
  }
});

test('README "With npm" example bundles in a fresh project', async () => {
  const {code, warnings} = await bundle(readmeBlock('### With npm', 'js'));
  assert.deepEqual(warnings, []);
  assert.match(code, /customElements/);
});

test('README "React" example renders and calls onToggle in Chromium', async () => {
  const entry = join(consumer, 'react-example.jsx');
  writeFileSync(entry, `${readmeBlock('### React', 'jsx')}`);
  const result = await build({entryPoints: [entry], absWorkingDir: consumer, bundle: true, format: 'esm', jsx: 'automatic',
    write: false, logLevel: 'error', define: {'process.env.NODE_ENV': '"production"'}});
  const browser = await chromium.launch({executablePath: ensureChromium(), args: CHROME_ARGS});
  try {
    const page = await browser.newPage();
    const logs = [];
    page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`error: ${e.message}`));
    await page.setContent('<!doctype html><html lang="en"><body><div id="root"></div></body></html>');
    await page.addScriptTag({type: 'module', content: result.outputFiles[0].text});
    const question = page.getByRole('button', {name: 'What is implantation?'});
    await question.click();
    assert.equal(await question.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(logs, ['log: what-is-implantation true']);
  } finally {
    await browser.close();
  }
});

test('README "Server rendering" examples: the API and the CLI print HTML with a declarative shadow root', () => {
  writeFileSync(join(consumer, 'ssr-example.mjs'), readmeBlock('### Server rendering', 'js'));
  const html = run(process.execPath, ['ssr-example.mjs'], consumer);
  assert.match(html, /^<implantation-faq[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.ok(html.includes('What is implantation?'));
  // The block's `npm install` line already ran in before(); the `npx` line runs the installed bin.
  const shell = readmeBlock('### Server rendering', 'sh').split('\n').filter((line) => line.startsWith('npx ')).join('\n');
  run('sh', ['-c', shell], consumer);
  const file = shell.match(/> ([\w.-]+\.html)/)[1];
  assert.match(readFileSync(join(consumer, file), 'utf8'), /^<implantation-faq[^>]*><template shadowroot/);
});

test('README "Server rendering" client example (hydration support, then the element) bundles', async () => {
  const {code, warnings} = await bundle(readmeBlock('### Server rendering', 'html').match(/<script type="module">([\s\S]*?)<\/script>/)[1]);
  assert.deepEqual(warnings, []);
  assert.ok(code.indexOf('litElementHydrateSupport') < code.indexOf("'implantation-faq'"), 'hydration support runs first');
});
