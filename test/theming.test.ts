import {expect} from '@open-wc/testing';
import {elements} from '../demo/catalogue.js';
import type {ImplantationElement} from '../src/shared/element.js';
import {text} from './support/helpers.js';
import {framePage} from './support/frame.js';
import {codeBlocks, readmeSection} from './support/readme.mjs';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

/** A page built from `body` in a same-origin iframe, with the built CDN bundle (npm test builds first). */
const page = (body: string) => framePage(body, '<script type="module" src="/dist/cdn/implantation-widgets.js"></script>', 'en');

describe('theming', () => {
  it('the README "Theming" example restyles the widget through tokens and ::part()', async () => {
    const [snippet] = codeBlocks(readmeSection(await (await fetch('/README.md')).text(), '## Theming'), 'html');
    const win = await page(snippet);
    const el = win.document.querySelector('implantation-article') as Widget;
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('[part~="title"]')!;
    expect(text(title)).to.equal('Can implantation cause lower back pain?');
    expect(win.getComputedStyle(title).color).to.equal('rgb(11, 110, 102)');
    expect(win.getComputedStyle(title).fontFamily).to.contain('Georgia');
    expect(win.getComputedStyle(el.shadowRoot!.querySelector('article')!).borderTopLeftRadius).to.equal('16px');
    expect(win.getComputedStyle(el).fontFamily).to.contain('Avenir Next');
  });

  it('the demo themes use only --implantation-* tokens and ::part()', async () => {
    const sheet = new CSSStyleSheet();
    await sheet.replace(await (await fetch('/demo/themes.css')).text());
    const rules = [...sheet.cssRules] as CSSStyleRule[];
    expect(rules.length).to.be.greaterThan(4);
    for (const rule of rules) {
      expect(rule, String(rule.cssText)).to.be.instanceOf(CSSStyleRule);
      if (rule.selectorText.includes('::part(')) continue;
      const names = [...rule.style].filter((name) => !name.startsWith('--implantation-'));
      expect(names, rule.selectorText).to.deep.equal([]);
    }
    const themes = new Set(rules.map((r) => r.selectorText.match(/\[data-theme="?'?(\w+)/)?.[1]));
    expect([...themes]).to.have.members(['clinic', 'contrast']);
  });

  it('every ::part() the demo themes use is a documented part of that element', async () => {
    const css = await (await fetch('/demo/themes.css')).text();
    const sources = Object.fromEntries(elements.map((e) => [e.tag, `${e.name}/${e.module}.ts`]));
    const uses = [...css.matchAll(/(?:([a-z]+-[a-z-]+)|:is\(([^)]*)\))::part\(([\w-]+)\)/g)]
      .flatMap(([, tag, list, part]) => (tag ? [tag] : list.split(/,\s*/)).map((t) => [t, part]));
    expect(uses.length).to.be.greaterThan(5);
    for (const [tag, part] of uses) {
      // The test server serves .ts compiled; its inline source map keeps the original with the JSDoc.
      const served = await (await fetch(`/src/${sources[tag]}`)).text();
      const map = JSON.parse(atob(served.match(/sourceMappingURL=data:application\/json;base64,(\S+)/)![1]));
      const source: string = map.sourcesContent[0];
      expect(source.includes(`@csspart ${part} - `), `${tag}::part(${part}) is documented`).to.equal(true);
    }
  });
});

/** Every element class (the everything entry defines them all), with the stylesheets it adopts. */
const classes = async () => {
  const all = (await import('../src/index.js')) as unknown as Record<string, typeof ImplantationElement>;
  return elements.map((e) => all[e.className]);
};

/** A fresh element of `tag` in a container that carries `style` (tokens or a colour scheme). */
async function widget(tag: string, attributes = '', containerStyle: Record<string, string> = {}) {
  await classes();
  const box = document.createElement('div');
  for (const [name, value] of Object.entries(containerStyle)) {
    box.style.setProperty(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value);
  }
  box.innerHTML = `<${tag} ${attributes}></${tag}>`;
  document.body.append(box);
  const el = box.firstElementChild as Widget;
  await el.updateComplete;
  return {box, el, root: el.shadowRoot!};
}

describe('looks at home', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('every light-dark() colour has a plain light value for browsers without light-dark()', async () => {
    for (const Element of await classes()) {
      const text = Element.elementStyles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      // Plain declarations, keyed "selector|property", outside any @supports block.
      const plain = new Set<string>();
      const modern: [string, string][] = [];
      for (const rule of sheet.cssRules) {
        if (rule instanceof CSSStyleRule) {
          for (const name of rule.style) {
            const value = rule.style.getPropertyValue(name);
            expect(value, `${Element.tag} ${rule.selectorText} ${name}`).not.to.contain('light-dark(');
            plain.add(`${rule.selectorText}|${name}`);
          }
        } else if (rule instanceof CSSSupportsRule && !rule.conditionText.startsWith('not')) {
          for (const inner of rule.cssRules) {
            const style = (inner as CSSStyleRule).style;
            for (const name of style) modern.push([(inner as CSSStyleRule).selectorText, name]);
          }
        }
      }
      expect(modern.length, Element.tag).to.be.greaterThan(5);
      for (const [selector, name] of modern) expect(plain.has(`${selector}|${name}`), `${Element.tag}: ${selector} ${name} has a plain value`).to.equal(true);
    }
  });

  it('follows the colour scheme of the page; theme="auto|light|dark" (any case, spaces) overrides it', async () => {
    const fg = async (attrs: string, scheme: string) => {
      const {root} = await widget('implantation-faq', attrs, {colorScheme: scheme});
      return getComputedStyle(root.querySelector('[part~="question"]')!).color;
    };
    const light = 'rgb(31, 35, 40)';
    const dark = 'rgb(230, 237, 243)';
    expect(await fg('', 'light')).to.equal(light);
    expect(await fg('', 'dark')).to.equal(dark);
    expect(await fg('theme="light"', 'dark')).to.equal(light);
    expect(await fg('theme=" DARK "', 'light')).to.equal(dark);
    const system = matchMedia('(prefers-color-scheme: dark)').matches ? dark : light;
    expect(await fg('theme="auto"', 'light')).to.equal(system);
    expect(await fg('theme="purple"', 'dark')).to.equal(dark);
  });

  // Browsers before custom states (Safari < 17.4) keep the declared (light) scheme.
  const states = 'states' in ElementInternals.prototype;

  it('a dark page that declares no colour scheme (light text) gets the dark colours; a theme still wins', async function () {
    if (!states) this.skip();
    const fg = async (tag: string, attrs: string, box: Record<string, string>) => {
      const {root} = await widget(tag, attrs, box);
      return getComputedStyle(root.querySelector('p, [part~="question"]')!).color;
    };
    const light = 'rgb(31, 35, 40)';
    const dark = 'rgb(230, 237, 243)';
    // A CMS dark theme (rgb) and Tailwind 4's dark palette (oklch), neither with color-scheme.
    for (const color of ['#eeeeee', 'oklch(0.968 0.007 247.896)']) {
      for (const tag of ['implantation-faq', 'symptom-flag']) {
        expect(await fg(tag, '', {background: '#111111', color}), `${tag} on text ${color}`).to.equal(dark);
      }
      expect(await fg('implantation-faq', 'theme="light"', {background: '#111111', color})).to.equal(light);
    }
    // A light page, grey text, or a page that declared its scheme keeps what it declared.
    expect(await fg('implantation-faq', '', {color: '#333333'})).to.equal(light);
    expect(await fg('implantation-faq', '', {color: '#eeeeee', colorScheme: 'light'})).to.equal(light);
  });

  it('follows a dark-mode switch on <html> made after it rendered, both ways', async function () {
    if (!states) this.skip();
    const {root} = await widget('implantation-faq');
    const question = () => getComputedStyle(root.querySelector('[part~="question"]')!).color;
    const html = document.documentElement;
    const before = html.getAttribute('style');
    // The page-wide MutationObserver's callback is a microtask queued by the change, so it runs first.
    const settle = () => Promise.resolve();
    try {
      html.style.color = '#f1f5f9';
      await settle();
      expect(question()).to.equal('rgb(230, 237, 243)');
      html.style.color = '#0f172a';
      await settle();
      expect(question()).to.equal('rgb(31, 35, 40)');
    } finally {
      if (before === null) html.removeAttribute('style');
      else html.setAttribute('style', before);
    }
  });

  it('the flag and the FAQ are transparent; the article, the check and <implantation-faq card> share one card', async () => {
    const bg = (el: Element) => getComputedStyle(el).backgroundColor;
    const card = (el: Widget) => {
      const c = getComputedStyle(el.shadowRoot!.querySelector('.card')!);
      return [bg(el), c.borderTopWidth, c.borderTopStyle, c.borderTopColor, c.borderTopLeftRadius, c.paddingTop].join(' ');
    };
    const {el: flag} = await widget('symptom-flag');
    const {el: faq} = await widget('implantation-faq');
    expect([bg(flag), bg(faq)]).to.deep.equal(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    expect(faq.shadowRoot!.querySelector('.card')).to.equal(null);
    const {el: article} = await widget('implantation-article');
    const {el: check} = await widget('symptom-check');
    const {el: faqCard} = await widget('implantation-faq', 'card');
    expect(card(article)).to.equal('rgb(255, 255, 255) 1px solid rgb(140, 149, 159) 8px 16px');
    expect(card(check)).to.equal(card(article));
    expect(card(faqCard)).to.equal(card(article));
    await expect(faqCard).to.be.accessible();
  });

  it('one rule between the last question and the FAQ footer', async () => {
    const {root} = await widget('implantation-faq');
    const footer = root.querySelector('footer')!;
    const lastItem = footer.previousElementSibling!;
    expect(lastItem.getAttribute('part')).to.equal('item');
    expect(getComputedStyle(lastItem).borderBottomWidth).to.equal('1px');
    expect(getComputedStyle(footer).borderTopStyle).to.equal('none');
  });

  it('--implantation-margin-block spaces the widget from its neighbours; a margin on the tag wins', async () => {
    const {el} = await widget('symptom-flag');
    expect(getComputedStyle(el).marginTop).to.equal('24px');
    const {el: tokened} = await widget('symptom-flag', '', {'--implantation-margin-block': '5px 7px'});
    expect([getComputedStyle(tokened).marginTop, getComputedStyle(tokened).marginBottom]).to.deep.equal(['5px', '7px']);
    tokened.style.margin = '0px';
    expect(getComputedStyle(tokened).marginTop).to.equal('0px');
  });

  it('text follows the page size with a 16 px floor; a size on the tag wins; no page font means a system UI font', async () => {
    const size = async (box: Record<string, string>, attrs = '') => {
      const {el, root} = await widget('implantation-article', attrs, box);
      return [getComputedStyle(el).fontSize, getComputedStyle(root.querySelector('section p')!).fontFamily];
    };
    const [big, serif] = await size({fontSize: '20px', fontFamily: 'Georgia, serif'});
    expect([big, serif]).to.deep.equal(['20px', 'Georgia, serif']);
    const [small] = await size({fontSize: '12px', fontFamily: 'Georgia, serif'});
    expect(small).to.equal('16px');
    const {el} = await widget('implantation-article', '', {fontSize: '12px'});
    el.style.fontSize = '13px';
    expect(getComputedStyle(el).fontSize).to.equal('13px');
    // The test page sets no font: the browser's default serif is replaced, the token still wins.
    const [, system] = await size({});
    if ('states' in ElementInternals.prototype) expect(system).to.match(/^system-ui/);
    const [, token] = await size({'--implantation-font-family': 'Verdana'});
    expect(token).to.equal('Verdana');
  });

  for (const tag of ['implantation-article', 'symptom-check']) {
    it(`<${tag} no-title> hides the built-in title and keeps the name`, async () => {
      const {el, root} = await widget(tag, 'no-title');
      expect(root.querySelector('[part~="title"]')).to.equal(null);
      const named = root.querySelector('.root')!;
      expect(named.getAttribute('aria-label')).to.match(/^(Can implantation cause lower back pain\?|Check your symptoms)$/);
      expect(named.hasAttribute('aria-labelledby')).to.equal(false);
      await expect(el).to.be.accessible();
      el.removeAttribute('no-title');
      await el.updateComplete;
      expect(root.querySelector('[part~="title"]')).not.to.equal(null);
    });
  }

  it('every widget and a second FAQ on one page: no two landmarks share a name', async () => {
    const box = document.createElement('main');
    box.innerHTML = [...elements.map((e) => e.tag), 'implantation-faq']
      .map((t) => `<${t}></${t}>`).join('');
    await classes();
    document.body.append(box);
    await Promise.all([...box.children].map((el) => (el as Widget).updateComplete));
    await expect(box).to.be.accessible();
    const names = [...box.children].flatMap((el) =>
      [...el.shadowRoot!.querySelectorAll('[role="region"], section[aria-label], section[aria-labelledby]')]
        .map((r) => r.getAttribute('aria-label') ?? el.shadowRoot!.getElementById(r.getAttribute('aria-labelledby')!)?.textContent));
    expect(new Set(names).size).to.equal(names.length);
    box.remove();
  });
});

describe('page-look: reading a page text colour', () => {
  it('light text is brighter than about #aaa, in the forms engines serialize (rgb, oklch, oklab)', async () => {
    const {isLight} = await import('../src/shared/page-look.js');
    const light = ['rgb(238, 238, 238)', 'rgba(255, 255, 255, 0.9)', 'oklch(0.968 0.007 247.896)', 'oklch(96.8% 0.007 247.896)', 'oklab(0.9 0 0)'];
    const dark = ['rgb(31, 35, 40)', 'rgb(153, 153, 153)', 'rgba(0, 0, 0, 0)', 'oklch(0.208 0.042 265.755)', 'oklch(20.8% 0.042 265.755)', 'lab(95 0 0)', ''];
    expect(light.filter((c) => !isLight(c))).to.deep.equal([]);
    expect(dark.filter((c) => isLight(c))).to.deep.equal([]);
  });
});
