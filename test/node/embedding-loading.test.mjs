// How a widget arrives on a publisher's page: under a strict CSP, loaded twice or in two versions,
// before and without JavaScript, and without shifting the layout when it upgrades.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {CSP, CSP_DUPLICATES} from '../embedding/server.mjs';
import {elements, lacks, open, pageLog, ready, useBrowser} from '../embedding/harness.mjs';
import {cls} from '../support/layout-shift.mjs';

const env = useBrowser();
const tags = elements.map((e) => e.tag);
const version = JSON.parse(await (await import('node:fs/promises')).readFile('package.json', 'utf8')).version;

/** Each element's shadow root text and how many footers it rendered (two would mean a double render). */
const rendered = (page) =>
  page.evaluate((tags) => tags.map((t) => {
    const root = document.querySelector(t).shadowRoot;
    return {tag: t, text: root.textContent.trim().length > 40, footers: root.querySelectorAll('footer').length};
  }), tags);
const expectRendered = tags.map((tag) => ({tag, text: true, footers: 1}));

describe('strict Content-Security-Policy', () => {
  for (const path of ['/test/embedding/hostile.html', '/test/embedding/iife.html']) {
    it(`${path}: every element renders and works with no CSP violation`, async () => {
      const page = await open(env, path);
      assert.equal(page.response.headers()['content-security-policy'], CSP);
      assert.deepEqual(await rendered(page), expectRendered);
      for (const {tag, use} of elements) await use(page.locator(tag));
      assert.deepEqual(await pageLog(page), []);
      assert.deepEqual(page.console.filter((m) => /Content Security Policy|Trusted Type/i.test(m)), []);
      await page.context().close();
    });
  }
});

describe('the demo third-party page', () => {
  it('has every element, upgraded, loaded twice under its meta CSP, with nothing in the console', async () => {
    const page = await open(env, '/demo/third-party.html');
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
    assert.match(csp, /^default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html/);
    assert.deepEqual(await rendered(page), expectRendered);
    assert.deepEqual(page.console.filter((m) => /Content Security Policy|Trusted Type|error/i.test(m)), []);
    await page.context().close();
  });
});

describe('double loading', () => {
  for (const name of ['esm-twice', 'iife-twice', 'esm-and-iife', 'iife-and-esm']) {
    it(`${name}: one definition per tag, rendered once, silent`, async () => {
      const page = await open(env, `/test/embedding/${name}.html`);
      assert.equal(page.response.headers()['content-security-policy'], CSP_DUPLICATES);
      const versions = await page.evaluate((tags) => tags.map((t) => customElements.get(t).version), tags);
      assert.deepEqual(versions, tags.map(() => version));
      assert.deepEqual(await rendered(page), expectRendered);
      for (const {tag, use} of elements) await use(page.locator(tag));
      assert.deepEqual(await pageLog(page), []);
      await page.context().close();
    });
  }

  it('another version on the same page: the first one wins, one warning per tag names both', async () => {
    const page = await open(env, '/test/embedding/other-version.html');
    await page.waitForFunction((n) => window.pageLog.length >= n, tags.length);
    assert.deepEqual(await pageLog(page), tags.map((t) =>
      `warn: <${t}>: already defined by implantation-widgets ${version}; this copy (implantation-widgets 9.9.9-other) is not used.`));
    assert.deepEqual(await rendered(page), expectRendered);
    await page.context().close();
  });

  it("without 'allow-duplicates' the second copy is refused by Trusted Types, yet the first keeps working", async () => {
    const page = await open(env, '/test/embedding/twice-strict.html');
    const log = await pageLog(page);
    assert.ok(log.includes('csp: trusted-types blocked trusted-types-policy (lit-html)'), log.join('\n'));
    assert.deepEqual(await rendered(page), expectRendered);
    for (const {tag, use} of elements) await use(page.locator(tag));
    await page.context().close();
  });
});

/** Whether each element's light-DOM fallback is rendered, and whether its words are on screen. */
const fallbacks = (page) =>
  page.evaluate((list) => list.map(({tag, fallback}) => {
    const host = document.querySelector(tag);
    const shown = [...host.children].some((c) => c.checkVisibility());
    return {tag, shown, readable: shown && host.innerText.includes(fallback)};
  }), elements.map(({tag, fallback}) => ({tag, fallback})));

/** Has the test server hold back the bundles until `release()`, like a slow CDN (released at the latest when `t` ends). */
function holdBundle(t) {
  const release = env.server.hold(/^\/dist\/cdn\/[^/]+\.js$/);
  t.after(release);
  return {release};
}

describe('before and without JavaScript', () => {
  it('without JavaScript every fallback is readable', async () => {
    const page = await open(env, '/test/embedding/reference.html', {javaScriptEnabled: false}, {wait: false});
    assert.deepEqual(await fallbacks(page), tags.map((tag) => ({tag, shown: true, readable: true})));
    await page.context().close();
  });

  it('the fallback shows until the bundle arrives and is hidden after upgrade', async (t) => {
    const {release} = holdBundle(t);
    const page = await open(env, '/test/embedding/late-esm.html', {}, {wait: false, waitUntil: 'commit'});
    await page.waitForFunction(() => document.querySelector('.after'));
    assert.deepEqual(await fallbacks(page), tags.map((tag) => ({tag, shown: true, readable: true})));
    release();
    await ready(page);
    assert.deepEqual(await fallbacks(page), tags.map((tag) => ({tag, shown: false, readable: false})));
    await page.context().close();
  });
});

describe('layout shift on upgrade', () => {
  for (const name of ['blocking-iife', 'blocking-esm']) {
    it(`${name}: a render-blocking bundle upgrades server-sent tags with CLS below 0.01`, async (t) => {
      const {release} = holdBundle(t);
      const page = await open(env, `/test/embedding/${name}.html`, {}, {wait: false, waitUntil: 'commit'});
      // While the bundle is on its way, nothing has been painted, so nothing can move later.
      assert.equal(await page.evaluate(() => performance.getEntriesByType('paint').length), 0);
      release();
      await ready(page);
      // Without a Layout Instability API (Firefox) the no-paint check above is what shows nothing can move.
      if (lacks.layoutShift) {
        t.diagnostic(`no CLS score: ${lacks.layoutShift}`);
      } else {
        const score = await cls(page);
        assert.ok(score < 0.01, `CLS ${score}`);
      }
      await page.context().close();
    });
  }

  it('a module that arrives after the first paint shifts the page (why the README recommends blocking)', async (t) => {
    const {release} = holdBundle(t);
    const page = await open(env, '/test/embedding/late-esm.html', {}, {wait: false, waitUntil: 'commit'});
    await page.waitForFunction(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'));
    // The publisher's text after the widgets, where a reader already sees it: it must move down.
    const afterTop = () => page.evaluate(() => document.querySelector('.after').getBoundingClientRect().top);
    const before = await afterTop();
    release();
    await ready(page);
    assert.ok((await afterTop()) > before, 'the text after the widgets moved down on upgrade');
    if (lacks.layoutShift) {
      t.diagnostic(`no CLS score: ${lacks.layoutShift}`);
    } else {
      const score = await cls(page);
      t.diagnostic(`CLS with fallback only, upgraded after first paint: ${score.toFixed(3)}`);
      assert.ok(score >= 0.01, 'if this passes, the late path no longer shifts and the README advice can be relaxed');
    }
    await page.context().close();
  });
});

describe('a classic-script page in a legacy encoding', () => {
  it('windows-1252: the classic bundle and locale file show accents and curly quotes as written', async () => {
    const [en, es] = await Promise.all([import('../../dist/content/en.js'), import('../../dist/content/es.js')]);
    // A CMS template that still declares windows-1252: classic scripts are decoded in the page's encoding.
    env.server.serve('/test/embedding/windows-1252.html', `<!doctype html>
<html lang="en"><head><meta charset="windows-1252"><title>Legacy encoding</title>
<script src="/test/embedding/recorder.js"></script>
<script src="/dist/cdn/implantation-widgets.iife.js"></script>
<script src="/dist/cdn/locales/es.js"></script>
</head><body>
<implantation-faq items="what-helps"></implantation-faq>
<symptom-check lang="es"></symptom-check>
</body></html>`);
    const page = await open(env, '/test/embedding/windows-1252.html');
    const shown = await page.evaluate(() => ['implantation-faq', 'symptom-check'].map((t) => document.querySelector(t).shadowRoot.textContent));
    assert.ok(shown[0].includes(`“${en.meta.sourceTitle}”`), shown[0]);
    assert.ok(shown[1].includes(es.ui['symptom-legend']), shown[1]);
    assert.deepEqual(await pageLog(page), []);
    await page.context().close();
  });
});
