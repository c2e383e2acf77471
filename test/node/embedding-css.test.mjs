// Hostile host CSS cannot change a widget: computed styles inside every shadow root are the same on a
// page full of aggressive global rules as on a plain page, while the page's font and tokens still apply.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {axe, elements, lacks, open, pageLog, useBrowser} from '../embedding/harness.mjs';

const env = useBrowser();

// What a page rule could change through the host: inherited typography and colours, and the host's
// display and background. The host's box (margin, padding, width, box-sizing) is the publisher's to set.
const HOST = [
  'display', 'font-size', 'line-height', 'font-weight', 'font-style', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-align', 'text-indent', 'text-shadow', 'white-space', 'overflow-wrap', 'color',
  'background-color', 'cursor', 'color-scheme',
];
// Inside the shadow root, the box too.
const PROPS = [...HOST, 'box-sizing', 'margin-top', 'margin-bottom', 'padding-top', 'padding-inline-start',
  'border-top-width', 'border-top-style', 'border-top-color', 'outline-style', 'visibility', 'width', 'height'];

/** Computed styles of the host (HOST) and of every element in its shadow root (PROPS), keyed by a readable path. */
function snapshot(page, tag) {
  return page.evaluate(([tag, host, props]) => {
    const el0 = document.querySelector(tag);
    const out = {};
    for (const [i, el] of [el0, ...el0.shadowRoot.querySelectorAll('*')].entries()) {
      const s = getComputedStyle(el);
      out[`${i} ${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}`] =
        Object.fromEntries((i ? props : host).map((p) => [p, s.getPropertyValue(p)]));
    }
    return out;
  }, [tag, HOST, PROPS]);
}

describe('hostile host CSS', {skip: lacks.twoPages}, () => {
  let reference, hostile;
  before(async () => {
    [reference, hostile] = [await open(env, '/test/embedding/reference.html'), await open(env, '/test/embedding/hostile.html')];
  });
  after(() => Promise.all([reference.context().close(), hostile.context().close()]));

  it('the hostile page really is hostile to its own elements', async () => {
    const h1 = await hostile.evaluate(() => {
      const s = getComputedStyle(document.querySelector('h1'));
      return [s.fontSize, s.lineHeight, s.color, s.textTransform];
    });
    assert.deepEqual(h1, ['30px', '90px', 'rgb(255, 255, 255)', 'uppercase']);
  });

  for (const {tag} of elements) {
    it(`<${tag}> computes every style exactly as on a plain page`, async () => {
      assert.deepEqual(await snapshot(hostile, tag), await snapshot(reference, tag));
      assert.deepEqual(await pageLog(hostile), []);
    });

    it(`<${tag}> keeps its designed size, colours and block layout`, async () => {
      const host = await hostile.evaluate((tag) => {
        const s = getComputedStyle(document.querySelector(tag));
        return {display: s.display, fontSize: s.fontSize, lineHeight: s.lineHeight, color: s.color, background: s.backgroundColor};
      }, tag);
      assert.deepEqual(host, {display: 'block', fontSize: '16px', lineHeight: '24px', color: 'rgb(31, 35, 40)', background: 'rgb(255, 255, 255)'});
    });

    it(`<${tag}> inherits the page's font family and uses the publisher's tokens`, async () => {
      const seen = await hostile.evaluate((tag) => {
        const host = document.querySelector(tag);
        const link = host.shadowRoot.querySelector('a');
        return {
          page: getComputedStyle(host.parentElement).fontFamily,
          widget: getComputedStyle(host.shadowRoot.querySelector('p')).fontFamily,
          link: link && getComputedStyle(link).color,
          radius: getComputedStyle(host).getPropertyValue('--_radius').trim(),
        };
      }, tag);
      assert.equal(seen.page, 'Georgia, "Times New Roman", serif');
      assert.equal(seen.widget, seen.page);
      assert.equal(seen.radius, '3px', 'the publisher radius token reaches the element');
      if (seen.link) assert.equal(seen.link, 'rgb(106, 27, 154)', 'the publisher accent colours links');
    });
  }
});

describe('accessibility on the hostile page', {skip: lacks.media}, () => {
  for (const options of [{colorScheme: 'light'}, {colorScheme: 'dark'}, {forcedColors: 'active'}]) {
    it(`axe finds no violation in any element, before and after use, ${JSON.stringify(options)}`, async () => {
      const page = await open(env, '/test/embedding/hostile.html', options);
      for (const {tag, use} of elements) {
        assert.deepEqual(await axe(page, tag), [], tag);
        await use(page.locator(tag));
        assert.deepEqual(await axe(page, tag), [], `${tag} after use`);
      }
      await page.context().close();
    });
  }
});
