// Hostile host CSS cannot change a widget: computed styles inside every shadow root are the same on a
// page full of aggressive global rules as on a plain page, while the page's font and tokens still apply.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {axe, elements, lacks, open, pageLog, useBrowser} from '../embedding/harness.mjs';

const env = useBrowser();

// What the host keeps on the hostile page: the properties a publisher may set on the tag, which the
// hostile page does not target at the tag itself. Every other inherited property (line-height,
// letter-spacing, text-transform...) is hit on the host by `body * {... !important}`: since this round
// rules on the tag win over :host, so the host's own values may differ; what matters is the inside.
const HOST = ['display', 'font-size', 'font-family', 'color', 'background-color', 'color-scheme'];
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

describe('hostile host CSS', () => {
  // The plain page is read first and closed, so one window at a time is enough (WebDriver's limit).
  const reference = {};
  let hostile;
  before(async () => {
    const plain = await open(env, '/test/embedding/reference.html');
    for (const {tag} of elements) reference[tag] = await snapshot(plain, tag);
    await plain.context().close();
    hostile = await open(env, '/test/embedding/hostile.html');
  });
  after(() => hostile.context().close());

  it('the hostile page really is hostile to its own elements', async () => {
    const h1 = await hostile.evaluate(() => {
      const s = getComputedStyle(document.querySelector('h1'));
      return [s.fontSize, s.lineHeight, s.color, s.textTransform];
    });
    assert.deepEqual(h1, ['30px', '90px', 'rgb(122, 31, 0)', 'uppercase']);
  });

  for (const {tag} of elements) {
    it(`<${tag}> computes every style exactly as on a plain page`, async () => {
      assert.deepEqual(await snapshot(hostile, tag), reference[tag]);
      assert.deepEqual(await pageLog(hostile), []);
    });

    it(`<${tag}> keeps its designed size, colours and block layout inside`, async () => {
      const host = await hostile.evaluate((tag) => {
        const host = document.querySelector(tag);
        const s = getComputedStyle(host);
        const inner = getComputedStyle(host.shadowRoot.querySelector('.root'));
        return {display: s.display, fontSize: s.fontSize, lineHeight: inner.lineHeight, color: inner.color, background: s.backgroundColor};
      }, tag);
      // The article and the check are cards; the flag and the FAQ sit on the page without a background.
      const card = tag === 'implantation-article' || tag === 'symptom-check';
      assert.deepEqual(host, {display: 'block', fontSize: '16px', lineHeight: '24px', color: 'rgb(31, 35, 40)', background: card ? 'rgb(255, 255, 255)' : 'rgba(0, 0, 0, 0)'});
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

describe('accessibility on the hostile page', () => {
  for (const options of [{colorScheme: 'light'}, {colorScheme: 'dark'}, {forcedColors: 'active'}]) {
    const skip = options.forcedColors && lacks.forcedColors;
    it(`axe finds no violation in any element, before and after use, ${JSON.stringify(options)}`, {skip}, async () => {
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

describe('global rules that also match the tag', () => {
  // Since this round a rule on the tag wins over the widget's :host (font, size, colour, background,
  // display); CSS cannot tell `* {...}` from `implantation-faq {...}`. These still must not break the
  // inside: the text stays readable on what is behind it, and nothing else that inherits gets in.
  it('`* { all: revert; font-size: 30px !important }`, `body * { color; background }` and `display: inline` leave every widget readable', async () => {
    const page = await open(env, '/test/embedding/hostile.html');
    const seen = await page.evaluate((tags) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`* { all: revert; font-size: 30px !important; }
        body * { color: white !important; background-color: #1b1030 !important; }
        .slot > * { display: inline !important; }`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const lum = (c) => {
        const [r, g, b] = c.match(/[\d.]+/g).map(Number).map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const behind = (el) => {
        for (let n = el; n; n = n.parentElement ?? n.getRootNode().host) {
          const bg = getComputedStyle(n).backgroundColor;
          if (!/rgba\(.*, 0\)$/.test(bg)) return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      return tags.map((tag) => {
        const p = [...document.querySelector(tag).shadowRoot.querySelectorAll('p, legend, button')].find((n) => !n.closest('footer'));
        const s = getComputedStyle(p);
        const [a, b] = [lum(s.color), lum(behind(p))].sort((x, y) => y - x);
        return {tag, contrast: Math.round(((a + 0.05) / (b + 0.05)) * 10) / 10, lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize), transform: s.textTransform, spacing: s.letterSpacing};
      });
    }, elements.map((e) => e.tag));
    for (const w of seen) {
      assert.ok(w.contrast >= 4.5, `${w.tag}: contrast ${w.contrast}`);
      assert.deepEqual([w.transform, w.spacing], ['none', 'normal'], w.tag);
      assert.ok(w.lineHeight > 1.2 && w.lineHeight < 1.6, `${w.tag}: line-height ${w.lineHeight}`);
    }
    await page.context().close();
  });
});
