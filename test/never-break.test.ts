// Careless publishers and odd inputs (issue 12): every case here once broke a widget, blanked it or let
// it run script. Each test asserts what a reader or a publisher would notice.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/article/define.js';
import '../src/faq/define.js';
import '../src/symptom-flag/define.js';
import '../src/symptom-check/define.js';
import {ImplantationArticle} from '../src/article/implantation-article.js';
import type {ImplantationFaq} from '../src/faq/implantation-faq.js';
import {SymptomFlag} from '../src/symptom-flag/symptom-flag.js';
import * as en from '../src/content/en.js';
import * as es from '../src/content/es.js';
import {registerLocale} from '../src/shared/locale.js';
import {text, uniqueTag, warningsDuring} from './support/helpers.js';
import {framePage} from './support/frame.js';
import {registerTestLocale} from './support/locales.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>; shadowRoot: ShadowRoot};
type Page = Window & typeof globalThis & {pageLog: string[]};

registerLocale('es', es);

const title = (el: Element) => text(el.shadowRoot!.querySelector('h2, h3, h4, h5, h6'));
const footerText = (el: Element) => text(el.shadowRoot!.querySelector('footer'));
const questions = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="question"]')].map(text);
const jsonLd = (doc = document) => [...doc.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

/** Runs `fn`, collecting warnings and anything that escaped to the page as an uncaught error. */
async function observe(fn: () => unknown): Promise<{warnings: string[]; uncaught: string[]}> {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => (uncaught.push(String(e.message)), e.preventDefault());
  const onRejection = (e: PromiseRejectionEvent) => (uncaught.push(String(e.reason)), e.preventDefault());
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    const warnings = await warningsDuring(async () => {
      await fn();
      // Unhandled rejections are reported after the microtask queue drains.
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    return {warnings, uncaught};
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
}

/** A settled update, whether or not it failed. */
const settled = (el: {updateComplete: Promise<boolean>}) => el.updateComplete.catch(() => undefined);

/** Ids that occur more than once in the element's shadow root. */
const duplicateIds = (el: Element) => {
  const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((n) => n.id);
  return ids.filter((id, i) => ids.indexOf(id) !== i);
};

/** A page built from `body` in a same-origin iframe, so it loads built files as a publisher would. */
async function page(body: string, head = ''): Promise<{win: Page; frame: HTMLIFrameElement}> {
  const win = await framePage<Page>(body, `${head}<script src="/test/embedding/recorder.js"></script>`);
  return {win, frame: win.frameElement as HTMLIFrameElement};
}

async function rendered(win: Window, selector: string): Promise<Widget[]> {
  const els = [...win.document.querySelectorAll<Widget>(selector)];
  for (const el of els) {
    await win.customElements.whenDefined(el.localName);
    await el.updateComplete;
  }
  return els;
}

describe('never break, never blank, never run script', () => {
  describe('links accept only http(s) URLs', () => {
    const refused = ['javascript:alert(1)', ' JavaScript:alert(1)', '\tjavascript:alert(1)', '\njavascript:alert(1)',
      'java\tscript:alert(1)', 'jav\nascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'blob:x'];

    for (const tag of ['implantation-article', 'implantation-faq']) {
      it(`<${tag}> renders a refused source-href as plain text and warns naming element, attribute and value`, async () => {
        for (const value of refused) {
          let el!: Widget;
          const {warnings, uncaught} = await observe(async () => {
            el = document.createElement(tag) as Widget;
            el.setAttribute('source-href', value);
            document.body.append(el);
            await el.updateComplete;
          });
          const footer = el.shadowRoot.querySelector('footer')!;
          expect(footer.querySelector('a')?.getAttribute('href') ?? 'not linked', JSON.stringify(value)).to.equal('not linked');
          expect(text(footer.querySelector('cite'))).to.equal(en.meta.sourceTitle);
          expect(warnings, JSON.stringify(value)).to.deep.equal([
            `<${tag}>: source-href ${JSON.stringify(value)} is not an http(s) URL; the credit is shown as plain text.`,
          ]);
          expect(uncaught).to.deep.equal([]);
          el.remove();
        }
      });

      it(`<${tag}> links absolute and relative http(s) URLs, resolved against the document`, async () => {
        for (const [value, expected] of [
          ['https://example.org/article', 'https://example.org/article'],
          ['  http://example.org/a\n', 'http://example.org/a'],
          ['/articles/implantation', new URL('/articles/implantation', document.baseURI).href],
          ['article.html#top', new URL('article.html#top', document.baseURI).href],
          ['//example.org/x', new URL('//example.org/x', document.baseURI).href],
        ]) {
          let el!: Widget;
          const {warnings} = await observe(async () => {
            el = document.createElement(tag) as Widget;
            el.setAttribute('source-href', value);
            document.body.append(el);
            await el.updateComplete;
          });
          expect(el.shadowRoot.querySelector<HTMLAnchorElement>('footer a')?.href, value).to.equal(expected);
          expect(warnings).to.deep.equal([]);
          el.remove();
        }
      });
    }

    it('a source-href changed later to javascript: is unlinked again', async () => {
      const el = await fixture<ImplantationArticle>(html`<implantation-article source-href="https://example.org/"></implantation-article>`);
      const {warnings} = await observe(async () => {
        el.sourceHref = 'javascript:void(0)';
        await el.updateComplete;
      });
      expect(el.shadowRoot!.querySelector('footer a')?.getAttribute('href') ?? 'not linked').to.equal('not linked');
      expect(warnings.length).to.equal(1);
    });
  });

  describe('never blank', () => {
    it('a page without Intl.DateTimeFormat shows the reviewed date as an ISO date', async () => {
      registerTestLocale('x-nointl', {});
      const original = Intl.DateTimeFormat;
      let el!: Widget;
      const {uncaught} = await observe(async () => {
        try {
          (Intl as {DateTimeFormat?: unknown}).DateTimeFormat = undefined;
          el = await fixture<Widget>(html`<implantation-article lang="x-nointl"></implantation-article>`);
          await settled(el);
        } finally {
          Intl.DateTimeFormat = original;
        }
      });
      expect(uncaught).to.deep.equal([]);
      expect(title(el)).to.equal(en.meta.title);
      expect(footerText(el)).to.contain(`Updated ${en.meta.reviewed}.`);
    });

    it('registerLocale("pt_BR") with lang="pt_BR" renders that locale (the tag is normalized)', async () => {
      let el!: Widget;
      const {uncaught} = await observe(async () => {
        registerTestLocale('pt_BR', {meta: {...en.meta, title: 'Título em português'}});
        el = await fixture<Widget>(html`<implantation-article lang="pt_BR"></implantation-article>`);
        await settled(el);
      });
      expect(uncaught).to.deep.equal([]);
      expect(title(el)).to.equal('Título em português');
      expect(footerText(el)).to.contain(en.meta.disclaimer);
      const region = await fixture<Widget>(html`<implantation-article lang="pt-br"></implantation-article>`);
      expect(title(region)).to.equal('Título em português');
    });

    it('a partial locale falls back to English per key', async () => {
      let el!: Widget;
      const {uncaught, warnings} = await observe(async () => {
        registerTestLocale('x-partial', {ui: {'expand-all': 'Tout ouvrir'} as never, faq: [{id: 'what-helps', heading: 'Qu\'est-ce qui aide ?', body: []}] as never});
        el = await fixture<Widget>(html`<implantation-faq lang="x-partial"></implantation-faq>`);
        await settled(el);
      });
      expect(uncaught).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      expect(text(el.shadowRoot.querySelector('[part~="toggle-all"]'))).to.equal('Tout ouvrir');
      expect(questions(el)).to.deep.equal(en.faq.map((q) => (q.id === 'what-helps' ? 'Qu\'est-ce qui aide ?' : q.heading)));
      // The body it left out (an empty list) is English, as is the whole footer.
      expect(text(el.shadowRoot.querySelector('#a-what-helps'))).to.contain('heating pad');
      expect(footerText(el)).to.contain(`Based on “${en.meta.sourceTitle}”`);
    });

    it('properties of the wrong type, as frameworks set them, are coerced with a warning', async () => {
      const faq = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      const article = await fixture<ImplantationArticle>(html`<implantation-article></implantation-article>`);
      const flag = await fixture<SymptomFlag>(html`<symptom-flag symptom="lower-back-pain"></symptom-flag>`);
      const {warnings, uncaught} = await observe(async () => {
        (faq as {items: unknown}).items = ['what-helps', 'when-to-get-help'];
        (faq as {open: unknown}).open = ['what-helps'];
        (article as {sections: unknown}).sections = 42;
        (flag as {severity: unknown}).severity = 5;
        (flag as {duration: unknown}).duration = {};
        await Promise.all([settled(faq), settled(article), settled(flag)]);
      });
      expect(uncaught).to.deep.equal([]);
      expect(questions(faq)).to.deep.equal(['What can help with the pain?', 'When should I get medical help?']);
      expect(faq.shadowRoot!.querySelector('#q-what-helps')!.getAttribute('aria-expanded')).to.equal('true');
      expect(faq.items).to.equal('what-helps when-to-get-help');
      expect(article.shadowRoot!.querySelectorAll('section').length).to.equal(en.article.length);
      expect(flag.level).to.equal('info');
      expect(text(flag.shadowRoot!.querySelector('[part~="label"]'))).to.equal(en.guidance.levels.info.label);
      for (const [tag, property] of [['implantation-faq', 'items'], ['implantation-faq', 'open'], ['implantation-article', 'sections'],
        ['symptom-flag', 'severity'], ['symptom-flag', 'duration']]) {
        expect(warnings.some((w) => w.startsWith(`<${tag}>: ${property} `)), `${tag} ${property}: ${warnings.join('\n')}`).to.equal(true);
      }
    });

    it('a render that throws shows the publisher\'s fallback and one warning naming the element and the cause', async () => {
      const tag = uniqueTag('broken-article');
      class Broken extends ImplantationArticle {
        protected override render(): ReturnType<ImplantationArticle['render']> {
          throw new TypeError('boom');
        }
      }
      Broken.define(tag);
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<${tag}><p>Read <a href="/article">our article on implantation</a>.</p></${tag}>`;
      const el = wrapper.firstElementChild as Widget;
      const {warnings, uncaught} = await observe(async () => {
        document.body.append(wrapper);
        await settled(el);
      });
      expect(uncaught).to.deep.equal([]);
      expect(warnings).to.deep.equal([`<${tag}>: could not render (TypeError: boom); showing the fallback content.`]);
      const fallback = el.querySelector('p')!;
      expect(fallback.assignedSlot?.localName).to.equal('slot');
      expect(fallback.getBoundingClientRect().height).to.be.above(0);
      await expect(el).to.be.accessible();
      wrapper.remove();
    });

    it('without a fallback, a failed render shows a short readable message and the credit line', async () => {
      const tag = uniqueTag('broken-faq');
      const Faq = customElements.get('implantation-faq') as unknown as typeof ImplantationArticle;
      class Broken extends Faq {
        protected override render(): never {
          throw new Error('kaput');
        }
      }
      customElements.define(tag, Broken as unknown as CustomElementConstructor);
      let el!: Widget;
      const {warnings, uncaught} = await observe(async () => {
        el = document.createElement(tag) as Widget;
        document.body.append(el);
        await settled(el);
      });
      expect(uncaught).to.deep.equal([]);
      expect(warnings).to.deep.equal([`<${tag}>: could not render (Error: kaput); showing the fallback content.`]);
      const shown = text(el.shadowRoot);
      expect(shown).to.contain('This content could not be shown here.');
      expect(shown).to.contain(`"${en.meta.sourceTitle}"`);
      expect(shown).to.contain(en.meta.sourceAuthor);
      await expect(el).to.be.accessible();
      el.remove();
    });
  });

  describe('language is always current', () => {
    it('an element moved into a lang="es" container re-renders all of itself in Spanish', async () => {
      const el = await fixture<Widget>(html`<implantation-faq></implantation-faq>`);
      expect(questions(el)[0]).to.equal(en.faq[0].heading);
      const spanish = await fixture(html`<div lang="es"></div>`);
      spanish.append(el);
      await el.updateComplete;
      expect(questions(el)).to.deep.equal(es.faq.map((q) => q.heading));
      expect(text(el.shadowRoot.querySelector('[part~="toggle-all"]'))).to.equal(es.ui['expand-all']);
      expect(footerText(el)).to.contain('Actualizado el');
    });

    it('lang changed on a document ancestor is applied when updateComplete resolves', async () => {
      const div = await fixture(html`<div lang="en"><implantation-article></implantation-article></div>`);
      const el = div.firstElementChild as Widget;
      await el.updateComplete;
      div.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(title(el)).to.equal(es.meta.title);
    });

    for (const mode of ['open', 'closed'] as const) {
      it(`lang changed on an ancestor inside a ${mode} shadow root re-renders the element`, async () => {
        const host = await fixture(html`<div></div>`);
        const shadow = host.attachShadow({mode});
        shadow.innerHTML = '<section lang="en"><div><implantation-article></implantation-article></div></section>';
        const el = shadow.querySelector('implantation-article') as Widget;
        await el.updateComplete;
        expect(title(el)).to.equal(en.meta.title);
        shadow.querySelector('section')!.setAttribute('lang', 'es');
        await el.updateComplete;
        expect(title(el)).to.equal(es.meta.title);
        shadow.querySelector('section')!.lang = 'en';
        await el.updateComplete;
        expect(title(el)).to.equal(en.meta.title);
      });
    }

    it('lang on the host of a closed shadow root nested in an open one is seen too', async () => {
      const outer = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const inner = document.createElement('div');
      outer.attachShadow({mode: 'open'}).append(inner);
      const closed = inner.attachShadow({mode: 'closed'});
      closed.innerHTML = '<implantation-faq items="what-helps"></implantation-faq>';
      const el = closed.firstElementChild as Widget;
      await el.updateComplete;
      inner.lang = 'es';
      await el.updateComplete;
      expect(questions(el)).to.deep.equal([es.faq.find((q) => q.id === 'what-helps')!.heading]);
      outer.removeAttribute('lang');
      inner.removeAttribute('lang');
      outer.lang = 'es';
      await el.updateComplete;
      expect(questions(el)).to.deep.equal([es.faq.find((q) => q.id === 'what-helps')!.heading]);
    });

    it('el.lang = "es" as a property (what React wrappers do) is applied when updateComplete resolves', async () => {
      for (const tag of ['implantation-article', 'implantation-faq', 'symptom-flag', 'symptom-check']) {
        const el = document.createElement(tag) as Widget;
        (await fixture(html`<div></div>`)).append(el);
        await el.updateComplete;
        expect(text(el.shadowRoot), tag).to.contain(en.meta.disclaimer);
        el.lang = 'es';
        await el.updateComplete;
        expect(text(el.shadowRoot), tag).to.contain(es.meta.disclaimer);
        expect(text(el.shadowRoot), tag).to.not.contain(en.meta.disclaimer);
        expect(el.getAttribute('lang')).to.equal('es');
      }
    });

    it('a language with no locale warns once, naming the language and saying no module provides it', async () => {
      const {warnings} = await observe(() => fixture(html`<implantation-article lang="fr-CA"></implantation-article>`));
      expect(warnings).to.deep.equal([
        '<implantation-article>: lang "fr-CA" has no loaded translation; showing English. implantation-widgets has no "fr" locale.',
      ]);
    });
  });

  describe('duplicates are shown once, with a warning', () => {
    it('items="what-helps what-helps": one question, one JSON-LD entry, unique ids', async () => {
      let el!: Widget;
      const {warnings} = await observe(async () => {
        el = await fixture<Widget>(html`<implantation-faq structured-data items="what-helps what-helps when-to-get-help"></implantation-faq>`);
      });
      expect(questions(el)).to.deep.equal(['What can help with the pain?', 'When should I get medical help?']);
      expect(duplicateIds(el)).to.deep.equal([]);
      expect(warnings).to.deep.equal(['<implantation-faq>: items lists "what-helps" more than once; it is shown once.']);
      const [script] = jsonLd();
      expect(JSON.parse(script.text).mainEntity.length).to.equal(2);
      el.remove();
    });

    it('sections and open with repeated ids', async () => {
      let article!: Widget;
      let faq!: Widget;
      const {warnings} = await observe(async () => {
        article = await fixture<Widget>(html`<implantation-article sections="when-to-get-help when-to-get-help"></implantation-article>`);
        faq = await fixture<Widget>(html`<implantation-faq open="what-helps what-helps"></implantation-faq>`);
      });
      expect(article.shadowRoot.querySelectorAll('section').length).to.equal(1);
      expect(duplicateIds(article)).to.deep.equal([]);
      expect(warnings).to.deep.equal([
        '<implantation-article>: sections lists "when-to-get-help" more than once; it is shown once.',
        '<implantation-faq>: open lists "what-helps" more than once; it is shown once.',
      ]);
      expect(faq.shadowRoot.querySelector('#q-what-helps')!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('deep links behave like fragment navigation', () => {
    let scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    beforeEach(() => {
      scrolled = [];
      Element.prototype.scrollIntoView = function (this: Element) {
        scrolled.push(this);
      };
    });
    afterEach(() => {
      Element.prototype.scrollIntoView = original;
      history.replaceState(null, '', location.pathname + location.search);
    });
    const go = async (hash: string) => {
      const changed = oneEvent(window, 'hashchange');
      location.hash = hash;
      await changed;
    };

    it('every FAQ showing the question opens it; only the first in document order scrolls, once', async () => {
      const wrapper = await fixture(html`<div>${Array.from({length: 30}, () => html`<implantation-faq></implantation-faq>`)}</div>`);
      const faqs = [...wrapper.querySelectorAll<Widget>('implantation-faq')];
      await Promise.all(faqs.map((f) => f.updateComplete));
      await go('#what-helps');
      await Promise.all(faqs.map((f) => f.updateComplete));
      for (const f of faqs) expect(f.shadowRoot.querySelector('#q-what-helps')!.getAttribute('aria-expanded')).to.equal('true');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(scrolled.length).to.equal(1);
      expect(scrolled[0].getRootNode() === faqs[0].shadowRoot, 'the first FAQ scrolled').to.equal(true);
    });

    it('the host page\'s own element with that id wins: the FAQ opens but does not scroll', async () => {
      const wrapper = await fixture(html`<div><h2 id="what-helps">Our own section</h2><implantation-faq></implantation-faq></div>`);
      const el = wrapper.querySelector<Widget>('implantation-faq')!;
      await el.updateComplete;
      await go('#what-helps');
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(scrolled.length).to.equal(0);
    });
  });

  describe('structured data', () => {
    it('goes into document.head, not next to the element', async () => {
      const el = await fixture<Widget>(html`<implantation-faq structured-data items="what-helps"></implantation-faq>`);
      expect(jsonLd().length).to.equal(1);
      expect(jsonLd()[0].parentElement?.localName).to.equal('head');
      expect(el.nextElementSibling?.localName ?? 'none').to.equal('none');
      el.remove();
      expect(jsonLd().length).to.equal(0);
    });

    it('is not changed by Array.prototype.toJSON or Object.prototype.toJSON (Prototype.js style pages)', async () => {
      const proto = Array.prototype as {toJSON?: () => unknown};
      const object = Object.prototype as {toJSON?: () => unknown};
      let el!: Widget;
      try {
        proto.toJSON = function () {
          return JSON.stringify(this);
        };
        el = await fixture<Widget>(html`<implantation-faq structured-data items="what-helps when-to-get-help"></implantation-faq>`);
        object.toJSON = () => 'corrupted';
        el.setAttribute('items', 'what-helps');
        await el.updateComplete;
      } finally {
        delete proto.toJSON;
        delete object.toJSON;
      }
      const data = JSON.parse(jsonLd()[0].text);
      expect(data.mainEntity).to.be.an('array');
      expect(data.mainEntity[0].acceptedAnswer['@type']).to.equal('Answer');
      el.remove();
    });
  });

  describe('read-only properties set before upgrade', () => {
    it('flag.level set before the element upgrades is taken back with a warning', async () => {
      const tag = uniqueTag('late-flag');
      const el = document.createElement(tag) as SymptomFlag;
      el.setAttribute('symptom', 'lower-back-pain');
      (el as {level: string}).level = 'typical';
      document.body.append(el);
      const {warnings} = await observe(async () => {
        SymptomFlag.define(tag);
        await el.updateComplete;
      });
      expect(Object.prototype.hasOwnProperty.call(el, 'level')).to.equal(false);
      expect(el.level).to.equal('info');
      expect(el.getAttribute('level')).to.equal('info');
      expect(warnings).to.deep.equal([`<${tag}>: level is read-only (it follows the other attributes); "typical" is ignored.`]);
      el.remove();
    });
  });

  describe('theme', () => {
    const scheme = (el: Widget) => getComputedStyle(el).colorScheme;

    it('is trimmed and case-insensitive, with no warning', async () => {
      for (const value of ['Dark', 'DARK', ' dark ']) {
        const {warnings} = await observe(async () => {
          const el = await fixture<Widget>(html`<implantation-faq theme=${value}></implantation-faq>`);
          expect(scheme(el), value).to.equal('dark');
        });
        expect(warnings, value).to.deep.equal([]);
      }
    });

    it('an unknown value warns naming the element and the value, and the widget follows the page', async () => {
      const {warnings} = await observe(async () => {
        const el = await fixture<Widget>(html`<symptom-flag theme="purple"></symptom-flag>`);
        expect(scheme(el)).to.equal(getComputedStyle(document.body).colorScheme);
        expect(text(el.shadowRoot.querySelector('[part~="label"]'))).to.not.equal('');
      });
      expect(warnings).to.deep.equal([
        `<symptom-flag>: theme="purple" is not one of light, dark, auto; the widget follows the page's colour scheme.`,
      ]);
    });
  });

  describe('churn and placement', () => {
    const registries = () => {
      const g = globalThis as Record<symbol, {refreshers?: Set<unknown>; targets?: Set<unknown>}>;
      return {
        refreshers: g[Symbol.for('implantation-widgets.locales')].refreshers!.size,
        targets: g[Symbol.for('implantation-widgets.deep-links')].targets!.size,
      };
    };

    it('200 connects and disconnects leave no JSON-LD, no subscriptions and no deep-link targets behind', async () => {
      const before = registries();
      const el = document.createElement('implantation-faq') as Widget;
      el.setAttribute('structured-data', '');
      const a = await fixture(html`<div lang="es"></div>`);
      const b = await fixture(html`<div lang="en"></div>`);
      for (let i = 0; i < 100; i++) {
        a.append(el);
        b.append(el);
      }
      await el.updateComplete;
      expect(questions(el)[0]).to.equal(en.faq[0].heading);
      expect(jsonLd().length).to.equal(1);
      el.remove();
      expect(jsonLd().length).to.equal(0);
      expect(registries()).to.deep.equal(before);
    });

    it('renders, readable, in a table cell, a closed <details>, a <dialog> and an SVG foreignObject', async () => {
      const wrapper = await fixture(html`<div>
        <table><tr><td><implantation-faq items="what-helps"></implantation-faq></td></tr></table>
        <details><summary>More</summary><implantation-article sections="when-to-get-help"></implantation-article></details>
        <dialog open><symptom-flag symptom="lower-back-pain" severity="mild" duration="hours"></symptom-flag></dialog>
        <svg width="400" height="200"><foreignObject width="400" height="200"><symptom-check></symptom-check></foreignObject></svg>
      </div>`);
      for (const el of wrapper.querySelectorAll<Widget>('implantation-faq, implantation-article, symptom-flag, symptom-check')) {
        await el.updateComplete;
        expect(text(el.shadowRoot).length, el.localName).to.be.above(40);
        expect(duplicateIds(el), el.localName).to.deep.equal([]);
      }
      await expect(wrapper.querySelector('implantation-faq')).to.be.accessible();
    });
  });

  describe('built files', () => {
    it('the classic (IIFE) bundle exposes window.ImplantationWidgets with the ESM exports', async () => {
      const {win, frame} = await page('<script src="/dist/cdn/implantation-widgets.iife.js"></script>');
      const api = (win as unknown as {ImplantationWidgets?: Record<string, unknown>}).ImplantationWidgets;
      expect(api, 'window.ImplantationWidgets').to.be.an('object');
      const esm = await import(/* @vite-ignore */ '/dist/cdn/implantation-widgets.js' as string);
      expect(Object.keys(api!).sort()).to.deep.equal(Object.keys(esm).sort());
      const {assess, registerLocale: register} = api as {assess: (a: object) => {level: string}; registerLocale: (l: string, c: object) => void};
      expect(assess({symptom: 'lower-back-pain', severity: 'severe'}).level).to.equal('seek-care');
      register('es', es);
      win.document.body.innerHTML = '<implantation-article lang="es"></implantation-article>';
      const [el] = await rendered(win, 'implantation-article');
      expect(title(el)).to.equal(es.meta.title);
      expect(win.pageLog).to.deep.equal([]);
      frame.remove();
    });

    it('two bundle copies share one JSON-LD script, kept until the last FAQ using it goes', async () => {
      // The second copy comes from a file, not an inline module: in WebKit the inline module's imports
      // never ran in this about:srcdoc frame (the test timed out), while a module file loads everywhere.
      const {win, frame} = await page(`<script type="module" src="/dist/cdn/implantation-widgets.js"></script>
        <script type="module" src="/test/embedding/probe-second-copy.js"></script>
        <implantation-faq structured-data></implantation-faq><second-faq structured-data></second-faq>`);
      const [first] = await rendered(win, 'implantation-faq');
      await win.customElements.whenDefined('second-faq');
      const [second] = await rendered(win, 'second-faq');
      expect(win.customElements.get('second-faq') !== win.customElements.get('implantation-faq')).to.equal(true);
      expect(jsonLd(win.document).length).to.equal(1);
      first.remove();
      expect(jsonLd(win.document).length).to.equal(1);
      second.remove();
      expect(jsonLd(win.document).length).to.equal(0);
      expect(win.pageLog).to.deep.equal([]);
      frame.remove();
    });

    it('a missing Spanish locale names the module that provides it', async () => {
      const {win, frame} = await page(`<script type="module" src="/dist/cdn/implantation-widgets.js"></script>
        <implantation-article lang="es"></implantation-article>`);
      await rendered(win, 'implantation-article');
      await new Promise((resolve) => (win.document.readyState === 'complete' ? resolve(0) : win.addEventListener('load', resolve)));
      expect(win.pageLog).to.deep.equal([
        'warn: <implantation-article>: lang "es" has no loaded translation; showing English. ' +
          'Load implantation-widgets/locales/es.js (dist/cdn/locales/es.js on a script-tag page) for it.',
      ]);
      frame.remove();
    });
  });
});
