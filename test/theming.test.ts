import {expect} from '@open-wc/testing';
import {text} from './support/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

/** A page built from `body` in a same-origin iframe, with the built CDN bundle (npm test builds first). */
async function page(body: string) {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module" src="/dist/cdn/implantation-widgets.js"></script></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Window & typeof globalThis;
}

describe('theming', () => {
  it('the README "Theming" example restyles the widget through tokens and ::part()', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.split(/^## /m).find((s) => s.startsWith('Theming\n'))!;
    const snippet = section.match(/```html\n([\s\S]*?)```/)![1];
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
    const sources: Record<string, string> = {
      'implantation-article': 'article/implantation-article.ts',
      'implantation-faq': 'faq/implantation-faq.ts',
      'symptom-flag': 'symptom-flag/symptom-flag.ts',
      'symptom-check': 'symptom-check/symptom-check.ts',
    };
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
