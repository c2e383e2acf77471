// Every element under the reader's settings and devices: colour schemes, forced colours, right-to-left,
// reduced motion, a 320 px phone, touch-sized targets and print. Run on the hostile page unless the
// check is about the page's own layout.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {elements, lacks, open, tabInto, useBrowser} from '../embedding/harness.mjs';

const env = useBrowser();
const HOSTILE = '/test/embedding/hostile.html';
const CONTROLS = 'button, input, select, textarea, summary, [role="button"], [tabindex]';

const hostColours = (page, tag) =>
  page.evaluate((tag) => {
    const s = getComputedStyle(document.querySelector(tag));
    return [s.colorScheme, s.color, s.backgroundColor];
  }, tag);
const setAttribute = (page, tag, name, value) =>
  page.evaluate(([tag, name, value]) => {
    const el = document.querySelector(tag);
    el.setAttribute(name, value);
    return el.updateComplete;
  }, [tag, name, value]);

const LIGHT = ['light', 'rgb(31, 35, 40)', 'rgb(255, 255, 255)'];
const DARK = ['dark', 'rgb(230, 237, 243)', 'rgb(13, 17, 23)'];

for (const {tag, use, notPrinted = ':not(*)'} of elements) {
  describe(`<${tag}> on the reader's settings`, () => {
    it('follows the page, not the reader\'s system; theme="auto" follows the system, theme="light|dark" forces', async () => {
      // The flag and the FAQ have no background of their own; the article and the check are cards.
      const card = tag === 'implantation-article' || tag === 'symptom-check';
      const [light, dark] = [LIGHT, DARK].map(([scheme, fg, bg]) => [scheme, fg, card ? bg : 'rgba(0, 0, 0, 0)']);
      // The hostile page declares no color-scheme, so it is a light page for every reader.
      const system = await open(env, HOSTILE, {colorScheme: 'dark'});
      assert.deepEqual((await hostColours(system, tag)).slice(1), light.slice(1));
      await setAttribute(system, tag, 'theme', 'auto');
      assert.deepEqual(await hostColours(system, tag), ['light dark', ...dark.slice(1)]);
      await setAttribute(system, tag, 'theme', 'light');
      assert.deepEqual(await hostColours(system, tag), light);
      await system.context().close();
      const page = await open(env, HOSTILE, {colorScheme: 'light'});
      assert.deepEqual((await hostColours(page, tag)).slice(1), light.slice(1));
      await setAttribute(page, tag, 'theme', 'dark');
      assert.deepEqual(await hostColours(page, tag), dark);
      await page.context().close();
    });

    it('keeps borders and a visible keyboard focus ring in forced colours', {skip: lacks.forcedColors && `<${tag}>: ${lacks.forcedColors}`}, async () => {
      const bordered = (page) => page.evaluate((tag) =>
        [...document.querySelector(tag).shadowRoot.querySelectorAll('*')].filter((el) => {
          const s = getComputedStyle(el);
          return s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0;
        }).map((el) => `${el.localName}[${el.getAttribute('part')}]`), tag);
      const normal = await open(env, HOSTILE);
      const forced = await open(env, HOSTILE, {forcedColors: 'active'});
      assert.ok((await bordered(normal)).length > 0, 'draws at least one border (card or controls)');
      assert.deepEqual(await bordered(forced), await bordered(normal));
      for (const page of [normal, forced]) {
        const focus = await tabInto(page, tag);
        assert.ok(focus, 'Tab reaches the element');
        assert.equal(focus.visible, true);
        assert.notEqual(focus.outlineStyle, 'none', `${focus.node} shows a focus ring`);
        assert.ok(focus.outlineWidth >= 2, `${focus.node} outline ${focus.outlineWidth}px`);
        await page.context().close();
      }
    });

    it('mirrors for dir="rtl" and styles only with logical directions', async () => {
      const page = await open(env, HOSTILE);
      // How far the first visible line of text starts from the host's start edge (left, or right in RTL).
      const indent = () => page.evaluate((tag) => {
        const host = document.querySelector(tag);
        const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_TEXT, (n) =>
          n.textContent.trim() && n.parentElement.checkVisibility() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP);
        const range = document.createRange();
        range.selectNodeContents(walker.nextNode());
        // Bidi may split the line (English punctuation moves in a right-to-left line): take its extent.
        const rects = [...range.getClientRects()];
        const line = rects.filter((r) => Math.abs(r.top - rects[0].top) < 2);
        const [left, right] = [Math.min(...line.map((r) => r.left)), Math.max(...line.map((r) => r.right))];
        const box = host.getBoundingClientRect();
        const rtl = getComputedStyle(walker.currentNode.parentElement).direction === 'rtl';
        return {rtl, indent: Math.round(rtl ? box.right - right : left - box.left)};
      }, tag);
      const ltr = await indent();
      assert.equal(ltr.rtl, false);
      await setAttribute(page, tag, 'dir', 'rtl');
      assert.deepEqual(await indent(), {rtl: true, indent: ltr.indent});
      const css = await page.evaluate((tag) => customElements.get(tag).elementStyles.map((s) => s.cssText ?? s.toString()).join('\n'), tag);
      assert.doesNotMatch(css, /(margin|padding|border)-(left|right)\b|[^-](left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/,
        'physical left/right would not mirror in right-to-left pages');
      await page.context().close();
    });

    it('does not animate for prefers-reduced-motion', async () => {
      const page = await open(env, HOSTILE, {reducedMotion: 'reduce'});
      await use(page.locator(tag));
      const moving = await page.evaluate((tag) => [...document.querySelector(tag).shadowRoot.querySelectorAll('*')]
        .flatMap((el) => [el, ...['::before', '::after'].map((p) => [el, p])])
        .filter((x) => {
          const s = Array.isArray(x) ? getComputedStyle(...x) : getComputedStyle(x);
          return s.animationName !== 'none' || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
        }).length, tag);
      assert.equal(moving, 0);
      await page.context().close();
    });

    it('fits a 320 px wide screen with no horizontal scroll', async () => {
      for (const path of ['/test/embedding/reference.html', HOSTILE]) {
        const page = await open(env, path, {viewport: {width: 320, height: 700}});
        await use(page.locator(tag));
        const overflow = await page.evaluate((tag) => {
          const host = document.querySelector(tag);
          const box = host.getBoundingClientRect();
          return [...host.shadowRoot.querySelectorAll('*')]
            .filter((el) => { const r = el.getBoundingClientRect(); return r.width && (r.left < box.left - 0.5 || r.right > box.right + 0.5); })
            .map((el) => el.localName);
        }, tag);
        assert.deepEqual(overflow, [], `${path}: nothing sticks out of the element`);
        if (!path.includes('hostile')) {
          assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'the page does not scroll sideways');
        }
        await page.context().close();
      }
    });

    it('gives every control a target of at least 24 x 24 px', async (t) => {
      const page = await open(env, HOSTILE);
      await use(page.locator(tag));
      const targets = await page.evaluate(([tag, controls]) => {
        const root = document.querySelector(tag).shadowRoot;
        // Links inside a sentence are exempt (WCAG 2.5.8); a label makes its whole box the radio's target.
        const all = [...root.querySelectorAll(controls), ...[...root.querySelectorAll('a')].filter((a) => !a.closest('p, li'))];
        return all.filter((el) => el.getClientRects().length).map((el) => {
          const r = (el.closest('label') ?? el).getBoundingClientRect();
          return {name: `${el.localName}[${el.getAttribute('part') ?? el.getAttribute('type') ?? ''}]`, width: Math.round(r.width), height: Math.round(r.height)};
        });
      }, [tag, CONTROLS]);
      if (targets.length) t.diagnostic(`smallest target ${Math.min(...targets.map((x) => Math.min(x.width, x.height)))} px`);
      assert.deepEqual(targets.filter((x) => x.width < 24 || x.height < 24), []);
      await page.context().close();
    });

    // Paper has nothing to press: buttons go, except a question button that prints as its plain heading
    // text (no border, no fill). A radio button may stay: on paper it shows the reader's answer.
    it('prints all its content and nothing to press', async () => {
      const page = await open(env, HOSTILE);
      await page.emulateMedia({media: 'print'});
      const printed = await page.evaluate(([tag, notPrinted]) => {
        const root = document.querySelector(tag).shadowRoot;
        const seen = (el) => el.checkVisibility({visibilityProperty: true, opacityProperty: true});
        const plainHeading = (el) => {
          const s = getComputedStyle(el);
          return el.closest('h2, h3, h4, h5, h6') && (s.borderTopStyle === 'none' || parseFloat(s.borderTopWidth) === 0) &&
            s.backgroundColor === 'rgba(0, 0, 0, 0)';
        };
        const pressable = 'button, select, textarea, summary, [role="button"], input:not([type="radio"], [type="checkbox"])';
        return {
          hiddenText: [...root.querySelectorAll('p, h2, h3, h4, h5, h6, li, dt, dd, legend, label')]
            .filter((el) => el.textContent.trim() && !seen(el) && !el.matches(notPrinted)).map((el) => el.textContent.trim().slice(0, 40)),
          controls: [...root.querySelectorAll(pressable)].filter((el) => seen(el) && !plainHeading(el))
            .map((el) => `${el.localName}[${el.getAttribute('part')}]`),
        };
      }, [tag, notPrinted]);
      assert.deepEqual(printed, {hiddenText: [], controls: []});
      await page.context().close();
    });
  });
}
