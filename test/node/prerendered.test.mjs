// The pre-rendered embed (dist/cdn/embed/, written by scripts/prerender.mjs): declarative shadow DOM
// that is laid out before any script runs, so upgrading it moves nothing. Layout-shift scores need the
// Layout Instability API, so this file runs in Chromium (playwright-core); that the embed is readable
// before the script and upgraded with nothing twice is checked in all three engines by
// embedding-prerendered.test.mjs, with the same pages and checks (test/embedding/prerendered.mjs).
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {chromium} from 'playwright-core';
import {CHROME_ARGS, ensureChromium} from '../../scripts/ensure.mjs';
import {startServer} from '../embedding/server.mjs';
import {beforeUpgrade, embeds, prerenderedPage} from '../embedding/prerendered.mjs';
import {cls} from '../support/layout-shift.mjs';

const WIDTHS = [320, 412, 768, 1280];
const pages = {};
for (const [name, , lang] of embeds) {
  pages[`/test/embedding/prerendered-${name}-${lang}.html`] = prerenderedPage(name, lang);
  pages[`/test/embedding/prerendered-${name}-${lang}-hostile.html`] = prerenderedPage(name, lang, {hostile: true});
}

const env = {};
before(async () => {
  env.server = await startServer(pages);
  env.browser = await chromium.launch({executablePath: ensureChromium(), args: CHROME_ARGS});
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

/**
 * Opens a page with the element scripts held back until the HTML has been painted, like a slow CDN;
 * returns the page and a function that lets the scripts through.
 */
async function openHeld(path, width) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const context = await env.browser.newContext({viewport: {width, height: 900}});
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.route('**/dist/cdn/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(env.server.origin + path, {waitUntil: 'commit'});
  await page.waitForFunction(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'));
  return {page, release};
}

/** Resolves once `tag` is defined and rendered, then two frames later with the page's CLS so far. */
const upgradedCls = (page, tag) =>
  page.evaluate(async (tag) => {
    await customElements.whenDefined(tag);
    await document.querySelector(tag).updateComplete;
  }, tag).then(() => cls(page));

describe('pre-rendered embed: no layout shift when the script upgrades it after first paint (Chromium)', () => {
  for (const [name, tag] of embeds.filter(([, , lang]) => lang === 'en')) {
    for (const hostile of [false, true]) {
      it(`${tag}${hostile ? ' under hostile CSS' : ''}: CLS 0.000 at ${WIDTHS.join(', ')} px`, async (t) => {
        const scores = [];
        for (const width of WIDTHS) {
          const {page, release} = await openHeld(`/test/embedding/prerendered-${name}-en${hostile ? '-hostile' : ''}.html`, width);
          // Painted, not yet upgraded: the declared shadow root is what the reader sees.
          assert.equal((await page.evaluate(beforeUpgrade, tag)).defined, false);
          release();
          scores.push(await upgradedCls(page, tag));
          assert.deepEqual(page.errors, []);
          await page.context().close();
        }
        t.diagnostic(`CLS at ${WIDTHS.join('/')} px: ${scores.map((s) => s.toFixed(4)).join(' / ')}`);
        assert.deepEqual(scores.map((s) => s.toFixed(3)), WIDTHS.map(() => '0.000'));
      });
    }
  }
});
