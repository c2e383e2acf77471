// Forced colours (Windows High Contrast), emulated in Chromium: the browser drops backgrounds, so the
// badge must keep a visible border and a hovered question must change shape. Observed in the built CDN
// bundle, instead of reading the stylesheet's text. `npm test` builds dist/ first.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {chromium} from 'playwright-core';
import {CHROME_ARGS, ensureChromium} from '../../scripts/ensure.mjs';

let browser;
let page;

before(async () => {
  browser = await chromium.launch({executablePath: ensureChromium(), args: CHROME_ARGS});
  page = await browser.newPage({forcedColors: 'active', viewport: {width: 800, height: 600}});
  const bundle = readFileSync('dist/cdn/implantation-widgets.js', 'utf8');
  await page.route('http://forced.test/**', (route) => new URL(route.request().url()).pathname === '/bundle.js'
    ? route.fulfill({contentType: 'text/javascript', body: bundle})
    : route.fulfill({contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><head>
        <script type="module" src="/bundle.js"></script></head><body>
        <symptom-flag symptom="lower-back-pain" severity="mild" duration="hours"></symptom-flag>
        <implantation-faq items="what-helps"></implantation-faq></body></html>`}));
  await page.goto('http://forced.test/');
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('symptom-flag, implantation-faq')) {
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
    }
  });
  assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
});

after(() => browser?.close());

test('the flag badge keeps a border in the text colour, since its background is gone', async () => {
  const border = await page.locator('symptom-flag [part~="badge"]').evaluate((badge) => {
    const s = getComputedStyle(badge);
    return {style: s.borderTopStyle, width: parseFloat(s.borderTopWidth), color: s.borderTopColor, text: s.color};
  });
  assert.notEqual(border.style, 'none');
  assert.ok(border.width >= 1, `border ${border.width}px`);
  assert.equal(border.color, border.text, 'the border is drawn in the text colour');
});

test('a hovered FAQ question is underlined, since the hover background is gone', async () => {
  const question = page.locator('implantation-faq [part~="question"]');
  const line = () => question.evaluate((b) => getComputedStyle(b).textDecorationLine);
  assert.equal(await line(), 'none');
  await question.hover();
  assert.equal(await line(), 'underline');
});
