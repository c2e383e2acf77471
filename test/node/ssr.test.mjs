// implantation-widgets/ssr and its CLI: HTML with declarative shadow DOM that is readable without JS,
// then upgrades in Chromium without duplicate content or layout shift. `npm test` builds dist/ first.
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {rollup} from 'rollup';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {chromium} from 'playwright-core';
import {CHROME_ARGS, ensureChromium} from '../../scripts/ensure.mjs';
import {elements, renderElement} from '../../dist/ssr/index.js';
import {ImplantationFaq} from '../../dist/faq/implantation-faq.js';
import * as en from '../../dist/content/en.js';
import * as es from '../../dist/content/es.js';
import '../../dist/locales/es.js';
import {catalogue} from '../../scripts/catalogue.mjs';

/** Every element folder, in catalogue order, and the selector that finds them all in a page. */
const ELEMENTS = catalogue();
const ALL = ELEMENTS.map((e) => e.tag).join(', ');

const CLI = 'bin/implantation-widgets.mjs';

/**
 * The words a reader (or a crawler) gets from the HTML without running any script. Whitespace is
 * dropped on both sides of a comparison: inline tags such as <strong> must not add any.
 */
const squash = (text) => text.replace(/\s+/g, '');
const readable = (html) =>
  squash(html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
const plain = (block) => [block.heading, ...block.body.map((p) => p.replaceAll('**', ''))].map(squash);

/** Runs the CLI; returns its exit code, stdout and stderr. */
function cli(...args) {
  const run = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8'});
  return {status: run.status, stdout: run.stdout, stderr: run.stderr};
}

describe('renderElement()', () => {
  test('renders every element as its tag with a declarative shadow root and the footer text', async () => {
    assert.deepEqual(Object.keys(elements), ELEMENTS.map((e) => e.name));
    for (const [name, element] of Object.entries(elements)) {
      const html = await renderElement(name);
      assert.match(html, new RegExp(`^<${element.tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`), name);
      assert.ok(html.endsWith(`</template></${element.tag}>`), `${name}: no wrapper markup after the element`);
      assert.ok(readable(html).includes(squash(en.meta.disclaimer)), `${name}: disclaimer`);
      assert.doesNotMatch(readable(html), /undefined|\[object /, name);
    }
  });

  test('the FAQ HTML holds every question and answer as text', async () => {
    const text = readable(await renderElement('faq'));
    for (const line of en.faq.flatMap(plain)) assert.ok(text.includes(line), line);
  });

  test('the article HTML holds every section heading and paragraph as text', async () => {
    const text = readable(await renderElement('article'));
    for (const line of [squash(en.meta.title), ...en.article.flatMap(plain)]) assert.ok(text.includes(line), line);
  });

  test('writes attributes escaped; true is a boolean attribute; false, null and undefined are left out', async () => {
    const html = await renderElement('implantation-faq', {items: 'what-is-implantation', single: true, 'no-toggle-all': false,
      open: null, 'heading-level': 2, id: 'a"b<c>&'});
    const open = html.slice(0, html.indexOf('>') + 1);
    assert.match(open, /^<implantation-faq\s+items="what-is-implantation" single heading-level="2" id="a&quot;b&lt;c&gt;&amp;">$/);
    assert.match(html, /<h2 part="heading"/);
    assert.equal(readable(html).split(squash('What is implantation?')).length, 2, 'only the chosen question');
  });

  test('lang picks a loaded locale: the server has no ancestors, so the element carries its own lang', async () => {
    const text = readable(await renderElement('faq', {lang: 'es', items: 'how-long-does-it-last'}));
    for (const line of plain(es.faq.find((b) => b.id === 'how-long-does-it-last'))) assert.ok(text.includes(line), line);
  });

  test('renders a class registered under a custom tag name', async () => {
    assert.equal(ImplantationFaq.define('clinic-faq'), true);
    const html = await renderElement('clinic-faq', {items: 'what-helps'});
    assert.match(html, /^<clinic-faq\s+items="what-helps"><template shadowroot/);
    assert.ok(readable(html).includes(squash('What can help with the pain?')));
  });

  test('an unknown element or an invalid attribute name is a TypeError that says what is known', async () => {
    await assert.rejects(renderElement('nope'), {name: 'TypeError',
      message: `unknown element "nope"; known: ${ELEMENTS.map((e) => e.name).join(', ')}, or a tag registered with define().`});
    await assert.rejects(renderElement('faq', {'a b': 'x'}), {name: 'TypeError', message: '<implantation-faq>: invalid attribute name "a b".'});
  });

  test('bad attribute values warn like in a browser and render the fallback', async (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    const text = readable(await renderElement('faq', {items: 'nope what-helps'}));
    assert.match(warn.mock.calls[0].arguments[0], /^<implantation-faq>: items has unknown id "nope"; skipped\./);
    assert.ok(text.includes(squash('What can help with the pain?')));
  });
});

describe('CLI: npx implantation-widgets render', () => {
  test('prints the same HTML as the API, flags becoming attributes', async () => {
    const run = cli('render', 'faq', '--items', 'what-is-implantation what-helps', '--heading-level=2', '--single');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout,
      `${await renderElement('faq', {items: 'what-is-implantation what-helps', 'heading-level': '2', single: true})}\n`);
  });

  test('accepts the tag name too, and renders every element', () => {
    for (const [name, element] of Object.entries(elements)) {
      for (const given of [name, element.tag]) {
        const run = cli('render', given);
        assert.equal(run.status, 0, run.stderr);
        assert.ok(run.stdout.startsWith(`<${element.tag}`), given);
      }
    }
  });

  test('an unknown flag gets one warning naming the element and is skipped', () => {
    const run = cli('render', 'faq', '--itmes', 'what-helps');
    assert.equal(run.status, 0);
    assert.match(run.stderr, /^<implantation-faq>: unknown attribute --itmes; skipped\. Known: lang, theme, items, /);
    assert.doesNotMatch(run.stdout, /itmes/);
  });

  test('an unknown element exits 1 with a message; no command exits 2 with the usage; --help exits 0', () => {
    const unknown = cli('render', 'nope');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /^implantation-widgets: unknown element "nope"; known: article, faq, /);
    assert.equal(unknown.stdout, '');
    const none = cli();
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^Usage: implantation-widgets render <element>/);
    const help = cli('--help');
    assert.equal(help.status, 0);
    assert.ok(help.stdout.includes(`Elements: ${ELEMENTS.map((e) => e.name).join(', ')}`), help.stdout);
  });
});

describe('in Chromium', () => {
  let browser;
  let hydrating;
  before(async () => {
    browser = await chromium.launch({executablePath: ensureChromium(), args: CHROME_ARGS});
    // What an npm user ships: the hydration support first, then the elements, one bundle with one lit.
    const bundle = await rollup({
      input: 'ssr-client-entry',
      plugins: [
        {name: 'entry', resolveId: (id) => (id === 'ssr-client-entry' ? id : null),
          load: (id) => (id === 'ssr-client-entry' ? `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './dist/index.js';` : null)},
        nodeResolve(),
      ],
      onwarn: () => {},
    });
    hydrating = (await bundle.generate({format: 'es'})).output[0].code;
  });
  after(() => browser?.close());

  /**
   * Loads server-rendered HTML with no script, reads it, then adds `script` and waits for every element
   * to upgrade. Returns what was measured before and after, and the console messages.
   */
  async function upgrade(script) {
    // Each element with its descriptor's server-rendering attributes (src/<name>/element.json).
    const html = (await Promise.all(ELEMENTS.map((e) => renderElement(e.name, e.ssr)))).join('\n');
    const page = await browser.newPage({viewport: {width: 800, height: 600}});
    const messages = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(m.text()));
    page.on('pageerror', (e) => messages.push(e.message));
    await page.route('http://ssr.test/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/client.js') return route.fulfill({contentType: 'text/javascript', body: script});
      return route.fulfill({contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><body>${html}<p id="after">after</p></body></html>`});
    });
    await page.goto('http://ssr.test/');
    const measure = () => page.evaluate((all) => {
      const els = [...document.querySelectorAll(all)];
      window.firstHeadings ??= els.map((el) => el.shadowRoot?.querySelector('h2, h3'));
      return {
        defined: els.map((el) => !!customElements.get(el.localName)),
        rects: [...els, document.getElementById('after')].map((el) => JSON.stringify(el.getBoundingClientRect())),
        // Whitespace aside: the CDN bundle's minified templates drop some that the server keeps.
      texts: els.map((el) => [...(el.shadowRoot?.childNodes ?? [])].filter((n) => n.localName !== 'style' && n.nodeType !== 8)
          .map((n) => n.textContent).join('').replace(/\s+/g, '')),
        sameNodes: els.map((el, i) => el.shadowRoot?.querySelector('h2, h3') === window.firstHeadings[i]),
        styles: els.map((el) => el.shadowRoot.querySelectorAll('style').length),
      };
    }, ALL);
    await page.evaluate(() => {
      window.shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.shift += e.value))).observe({type: 'layout-shift', buffered: true});
    });
    const before = await measure();
    await page.addScriptTag({url: '/client.js', type: 'module'});
    await page.evaluate(async (all) => {
      for (const el of document.querySelectorAll(all)) {
        await customElements.whenDefined(el.localName);
        await el.updateComplete;
      }
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }, ALL);
    const afterUpgrade = await measure();
    const shift = await page.evaluate(() => window.shift);
    return {page, before, after: afterUpgrade, shift, messages};
  }

  test('before any script runs, the server HTML is rendered and readable', async () => {
    const page = await browser.newPage({javaScriptEnabled: false});
    await page.setContent(`<!doctype html><html lang="en"><body>${await renderElement('faq', {open: 'what-is-implantation'})}</body></html>`);
    const questions = await page.getByRole('button', {expanded: false}).allInnerTexts();
    assert.deepEqual(questions, en.faq.slice(1).map((b) => b.heading));
    assert.ok((await page.locator('[part~="answer"]').first().innerText()).includes(en.faq[0].body[0].slice(0, 40)));
    await page.close();
  });

  test('with @lit-labs/ssr-client: hydrates in place, no duplicate content, no layout shift, interactive', async () => {
    const {page, before, after, shift, messages} = await upgrade(hydrating);
    assert.deepEqual(before.defined, [false, false, false, false]);
    assert.deepEqual(after.defined, [true, true, true, true]);
    assert.deepEqual(after.texts, before.texts, 'same text, once');
    assert.deepEqual(after.sameNodes, [true, true, true, true], 'the server DOM is reused, not replaced');
    assert.deepEqual(after.rects, before.rects, 'nothing moved or resized');
    assert.equal(shift, 0, 'cumulative layout shift');
    assert.deepEqual(messages.filter((m) => !/Lit is in dev mode/.test(m)), []);
    const toggled = page.evaluate(() => new Promise((resolve) =>
      document.addEventListener('implantation-faq-toggle', (e) => resolve(e.detail), {once: true})));
    await page.getByRole('button', {name: en.faq[1].heading}).click();
    assert.deepEqual(await toggled, {id: en.faq[1].id, open: true});
    assert.equal(await page.getByRole('button', {name: en.faq[1].heading}).getAttribute('aria-expanded'), 'true');
    await page.close();
  });

  test('with the CDN bundle (no hydration support): rendered again in place, still once, no layout shift', async () => {
    const {page, before, after, shift, messages} = await upgrade(readFileSync('dist/cdn/implantation-widgets.js', 'utf8'));
    assert.deepEqual(after.defined, [true, true, true, true]);
    assert.deepEqual(after.texts, before.texts, 'same text, once');
    assert.deepEqual(after.styles, [0, 0, 0, 0], 'server <style> elements gave way to adopted style sheets');
    assert.deepEqual(after.rects, before.rects, 'nothing moved or resized');
    assert.equal(shift, 0, 'cumulative layout shift');
    assert.deepEqual(messages, []);
    await page.close();
  });
});
