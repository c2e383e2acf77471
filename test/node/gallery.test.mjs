// The host gallery (test/gallery/systems.mjs): the four widgets on pages built with the real CSS of
// Bootstrap 5, GOV.UK Frontend, NHS.UK frontend, Pico and Tailwind, in light and dark. What a publisher
// and a reader would notice: the widgets take the page's colour scheme, the default snippet does not
// shift the page, the publisher's rules on the tag apply, no white strips, room before the next heading,
// none of the system's CSS inside, and axe is clean.
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {axe, elements, open, useBrowser} from '../embedding/harness.mjs';
import {galleryIndex, galleryPages} from '../gallery/systems.mjs';
import {measureGallery} from '../gallery/measure.mjs';

const env = useBrowser();
const tags = elements.map((e) => e.tag);

/** Gallery pages are files in demo/gallery/; the design systems' own font servers are not reachable here. */
const offline = async (page) => {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
};
const openGallery = (file, options = {}, more = {}) =>
  open(env, `/demo/gallery/${file}`, options, {...more, setup: async (page) => (await offline(page), await more.setup?.(page))});

describe('the committed gallery pages are the generated ones', () => {
  for (const {file, html} of galleryPages) {
    it(file, () => assert.equal(readFileSync(`demo/gallery/${file}`, 'utf8'), html, 'run: node demo/gallery/generate.mjs'));
  }
  it('index.html', () => assert.equal(readFileSync('demo/gallery/index.html', 'utf8'), galleryIndex(), 'run: node demo/gallery/generate.mjs'));
});

for (const {file, dark, tint} of galleryPages) {
  describe(`gallery: ${file}`, () => {
    for (const system of ['light', 'dark']) {
      it(`the widgets take the page's colour scheme (reader's system ${system}), and theme forces one`, async () => {
        const page = await openGallery(file, {colorScheme: system});
        const seen = await measureGallery(page);
        for (const w of seen.widgets) {
          assert.equal(w.dark, dark, `${w.tag} is ${w.dark ? 'dark' : 'light'} on a ${dark ? 'dark' : 'light'} page`);
        }
        for (const theme of ['light', 'dark', 'auto', ' DARK ']) {
          const forced = await page.evaluate(async ([tags, theme]) => {
            const els = tags.flatMap((t) => [...document.querySelectorAll(t)]);
            for (const el of els) el.setAttribute('theme', theme);
            await Promise.all(els.map((el) => el.updateComplete));
            return window.galleryMeasure().widgets.map((w) => w.dark);
          }, [tags, theme]);
          const want = theme.trim().toLowerCase() === 'auto' ? system === 'dark' : theme.trim().toLowerCase() === 'dark';
          assert.deepEqual(forced, tags.map(() => want), `theme="${theme}"`);
        }
        await page.context().close();
      });
    }

    for (const width of [412, 1350]) {
      it(`the default snippet does not shift the page at ${width} px under 4x CPU throttling`, async () => {
        const page = await openGallery(file, {viewport: {width, height: 900}}, {
          setup: async (page) => {
            const cdp = await page.context().newCDPSession(page);
            await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
          },
        });
        const {cls} = await measureGallery(page);
        assert.ok(cls < 0.01, `CLS ${cls}`);
        await page.context().close();
      });
    }

    it('rules on the tag apply: font-family, font-size, colour, margin and display: none', async () => {
      const page = await openGallery(file);
      const seen = await page.evaluate(async () => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`implantation-faq { font-family: Georgia, serif; font-size: 21px; color: rgb(1, 2, 3); margin: 40px 0; }
          symptom-flag { display: none; }`);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        const faq = document.querySelector('implantation-faq');
        const p = faq.shadowRoot.querySelector('[part~="question"]');
        const s = getComputedStyle(p);
        const flag = document.querySelector('symptom-flag');
        return {family: s.fontFamily, size: s.fontSize, color: s.color, margin: getComputedStyle(faq).marginTop, flag: flag.getBoundingClientRect().height};
      });
      assert.deepEqual(seen, {family: 'Georgia, serif', size: `${21 * 1.0625}px`, color: 'rgb(1, 2, 3)', margin: '40px', flag: 0});
      await page.context().close();
    });

    it('the flag and the FAQ paint no opaque strip; cards are one style; room before the next heading; no host CSS inside', async () => {
      const page = await openGallery(file);
      const seen = await measureGallery(page);
      for (const w of seen.widgets) {
        if (w.tag === 'symptom-flag' || w.tag === 'implantation-faq') {
          assert.deepEqual(w.opaque, [], `${w.tag} paints no background across its width${tint ? ' on this tinted page' : ''}`);
        }
        assert.ok(w.gap >= 12, `${w.tag}: ${w.gap} px before the next heading`);
        assert.deepEqual(w.leaks, [], `${w.tag}: page CSS leaked inside`);
        assert.ok(w.fontSize >= 16, `${w.tag}: ${w.fontSize} px text`);
        assert.doesNotMatch(w.fontFamily, /^"?Times New Roman"?$|^serif$/, `${w.tag}: the browser's default serif`);
      }
      const cards = seen.widgets.filter((w) => w.card).map((w) => w.card);
      assert.equal(cards.length, 2, 'the article and the check are cards');
      assert.deepEqual(cards[0], cards[1], 'one card style');
      await page.context().close();
    });

    for (const colorScheme of ['light', 'dark']) {
      it(`axe finds no violation on the page, before and after use (${colorScheme})`, async () => {
        const page = await openGallery(file, {colorScheme});
        assert.deepEqual(await axe(page, 'body'), []);
        for (const {tag, use} of elements) await use(page.locator(tag));
        assert.deepEqual(await axe(page, 'body'), [], 'after use');
        await page.context().close();
      });
    }
  });
}
