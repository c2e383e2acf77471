import {expect, fixture, html} from '@open-wc/testing';
import '../src/article/define.js';
import '../src/faq/define.js';
import '../src/symptom-flag/define.js';
import '../src/symptom-check/define.js';
import '../src/locales/es.js';
import type {ImplantationArticle} from '../src/article/implantation-article.js';
import * as en from '../src/content/en.js';
import * as es from '../src/content/es.js';
import {registerLocale} from '../src/shared/locale.js';
import {text, warningsDuring} from './support/helpers.js';
import {framePage} from './support/frame.js';
import {codeBlocks, readmeSection} from './support/readme.mjs';
import {registerTestLocale} from './support/locales.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>; shadowRoot: ShadowRoot};

const title = (el: Element) => text(el.shadowRoot!.querySelector('h2, h3, h4, h5, h6'));
const footerText = (el: Element) => text(el.shadowRoot!.querySelector('footer'));

/** The first widget inside `container` (or the container itself), once rendered. */
async function widget<T extends Element>(container: Element, tag: string): Promise<T & Widget> {
  const el = (container.localName === tag ? container : container.querySelector(tag)) as T & Widget;
  await el.updateComplete;
  return el;
}

/** A page built from `body` in a same-origin iframe, so it loads built files as a publisher would. */
const page = (body: string) => framePage<{pageLog: string[]}>(body, '<script src="/test/embedding/recorder.js"></script>');

describe('localization', () => {
  describe('picking the language', () => {
    it('the element\'s own lang="es" renders the Spanish article', async () => {
      const el = await fixture<ImplantationArticle>(html`<implantation-article lang="es"></implantation-article>`);
      expect(title(el)).to.equal(es.meta.title);
      const headings = [...el.shadowRoot!.querySelectorAll('h3')].map(text);
      expect(headings).to.deep.equal(es.article.map((s) => s.heading));
    });

    it('the nearest ancestor\'s lang is used, region subtags ignored', async () => {
      const div = await fixture(html`<div lang="es-MX"><implantation-article></implantation-article></div>`);
      expect(title(await widget(div, 'implantation-article'))).to.equal(es.meta.title);
    });

    it('the element\'s own lang wins over an ancestor\'s', async () => {
      const div = await fixture(html`<div lang="es"><implantation-article lang="en"></implantation-article></div>`);
      expect(title(await widget(div, 'implantation-article'))).to.equal(en.meta.title);
    });

    it('the lang of a shadow host counts when the widget sits inside another component', async () => {
      const host = await fixture(html`<div lang="es"></div>`);
      const shadow = host.attachShadow({mode: 'open'});
      shadow.append(document.createElement('implantation-article'));
      expect(title(await widget(shadow.firstElementChild!, 'implantation-article'))).to.equal(es.meta.title);
    });

    it('without any lang the widget is English', async () => {
      const div = await fixture(html`<div><implantation-article></implantation-article></div>`);
      expect(document.documentElement.closest('[lang]')?.getAttribute('lang') ?? 'en').to.match(/^en/);
      expect(title(await widget(div, 'implantation-article'))).to.equal(en.meta.title);
    });

    it('a language with no loaded translation warns once, naming element and value, and shows English', async () => {
      let first!: Widget;
      const warnings = await warningsDuring(async () => {
        first = await fixture<Widget>(html`<implantation-article lang="fr"></implantation-article>`);
        await fixture(html`<implantation-article lang="fr-CA"></implantation-article>`);
      });
      expect(warnings).to.deep.equal([
        '<implantation-article>: lang "fr" has no loaded translation; showing English. implantation-widgets has no "fr" locale.',
      ]);
      expect(title(first)).to.equal(en.meta.title);
      expect(footerText(first)).to.contain('Updated November 25, 2026.');
    });
  });

  describe('updating', () => {
    it('changing an ancestor\'s lang re-renders the widget in the new language', async () => {
      const div = await fixture(html`<div lang="en"><implantation-article></implantation-article></div>`);
      const el = await widget(div, 'implantation-article');
      div.setAttribute('lang', 'es');
      await Promise.resolve(); // lets the MutationObserver callback, queued first, run
      await el.updateComplete;
      expect(title(el)).to.equal(es.meta.title);
      div.setAttribute('lang', 'en');
      await Promise.resolve();
      await el.updateComplete;
      expect(title(el)).to.equal(en.meta.title);
    });

    it('a locale registered after the widget rendered replaces the English fallback', async () => {
      let el!: Widget;
      await warningsDuring(async () => {
        el = await fixture<Widget>(html`<implantation-article lang="zz" sections="what-is-implantation"></implantation-article>`);
      });
      expect(title(el)).to.equal(en.meta.title);
      registerTestLocale('zz', {...es, meta: {...es.meta, title: 'Late title'}});
      await el.updateComplete;
      expect(title(el)).to.equal('Late title');
      expect(text(el.shadowRoot!.querySelector('h3'))).to.equal(es.article[0].heading);
    });

    it('registers into a page-wide registry keyed by Symbol.for, shared by every bundle copy', () => {
      const registry = (globalThis as Record<symbol, {locales: Map<string, unknown>}>)[Symbol.for('implantation-widgets.locales')];
      expect(registry.locales.get('es')).to.include({meta: es.meta, ui: es.ui});
    });
  });

  describe('<implantation-article> in Spanish', () => {
    it('footer: credit, reviewed date through Intl, disclaimer', async () => {
      const el = await fixture<Widget>(html`<implantation-article lang="es"></implantation-article>`);
      const footer = footerText(el);
      expect(footer).to.contain(`Basado en “${en.meta.sourceTitle}”, de ${en.meta.sourceAuthor}.`);
      expect(footer).to.contain('Actualizado el 25 de noviembre de 2026.');
      expect(footer).to.contain(es.meta.disclaimer);
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(en.meta.reviewed);
    });

    it('keeps **bold** and section ids', async () => {
      const el = await fixture<Widget>(html`<implantation-article lang="es" sections="when-to-get-help"></implantation-article>`);
      expect(text(el.shadowRoot!.querySelector('section strong'))).to.equal('cuanto antes');
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('aria-labelledby')).to.equal('when-to-get-help');
    });

    it('passes axe in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<Widget>(html`<implantation-article lang="es" theme=${theme}></implantation-article>`);
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('<implantation-faq> in Spanish', () => {
    it('questions, the "Expand all" button and the footer', async () => {
      const el = await fixture<Widget>(html`<implantation-faq lang="es"></implantation-faq>`);
      const questions = [...el.shadowRoot!.querySelectorAll('[part~="question"]')].map(text);
      expect(questions).to.deep.equal(es.faq.map((q) => q.heading));
      expect(text(el.shadowRoot!.querySelector('[part~="toggle-all"]'))).to.equal(es.ui['expand-all']);
      expect(footerText(el)).to.contain('Actualizado el 25 de noviembre de 2026.');
      await expect(el).to.be.accessible();
    });

    it('answers are Spanish, and the same questions are English without lang', async () => {
      const el = await fixture<Widget>(html`<implantation-faq lang="es" open="what-helps" items="what-helps"></implantation-faq>`);
      expect(text(el.shadowRoot!.querySelector('[part~="answer"]'))).to.contain('almohadilla térmica');
      const english = await fixture<Widget>(html`<implantation-faq open="what-helps" items="what-helps"></implantation-faq>`);
      expect(text(english.shadowRoot!.querySelector('[part~="answer"]'))).to.contain('heating pad');
    });
  });

  describe('<symptom-flag> in Spanish', () => {
    it('badge, button, guidance, reasons and "Esto no es un diagnóstico"', async () => {
      const el = await fixture<Widget>(
        html`<symptom-flag lang="es" symptom="lower-back-pain" severity="mild" duration="hours"></symptom-flag>`,
      );
      expect(text(el.shadowRoot!.querySelector('[part~="label"]'))).to.equal(es.guidance.levels.typical.label);
      expect(text(el.shadowRoot!.querySelector('[part~="note"]')), 'without a click').to.equal('No es un diagnóstico');
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      expect(text(toggle)).to.equal(es.ui['show-details']);
      toggle.click();
      await el.updateComplete;
      const details = text(el.shadowRoot!.querySelector('[part~="details"]'));
      expect(details).to.contain(es.guidance['reason-typical']);
      expect(details).to.contain('Esto no es un diagnóstico');
      await expect(el).to.be.accessible();
    });
  });

  describe('<symptom-check> in Spanish', () => {
    it('title, questions, answers and button', async () => {
      const el = await fixture<Widget>(html`<symptom-check lang="es"></symptom-check>`);
      const all = text(el.shadowRoot!);
      for (const key of ['check-title', 'symptom-legend', 'severity-legend', 'duration-legend', 'heavy-bleeding-legend',
        'symptom-lower-back-pain', 'duration-persistent', 'see-result'] as const) {
        expect(all, key).to.contain(es.ui[key]);
      }
      expect(all).not.to.contain(en.ui['see-result']);
      await expect(el).to.be.accessible();
    });
  });

  describe('README "Localization" examples', () => {
    const section = async () => readmeSection(await (await fetch('/README.md')).text(), '## Localization');
    const blocks = codeBlocks;

    it('the script-tag example renders Spanish, with the version in the URL matching package.json', async () => {
      const [snippet] = blocks(await section(), 'html');
      const pkg = await (await fetch('/package.json')).json();
      const cdn = `https://unpkg.com/implantation-widgets@${pkg.version}/dist/`;
      expect(snippet).to.contain(cdn);
      const win = await page(snippet.replaceAll(cdn, '/dist/'));
      const el = await widget(win.document.body, 'implantation-article');
      expect(title(el)).to.equal(es.meta.title);
      expect(win.pageLog).to.deep.equal([]);
    });

    it('the npm example imports existing package exports, and the built locale registers into this page', async () => {
      const [snippet] = blocks(await section(), 'js');
      const pkg = await (await fetch('/package.json')).json();
      const specifiers = [...snippet.matchAll(/import '(implantation-widgets\/[^']+)'/g)].map((m) => m[1]);
      expect(specifiers).to.include('implantation-widgets/locales/es.js');
      registerLocale('es', {}); // so only the built copy below can bring the Spanish back
      for (const specifier of specifiers) {
        const target = pkg.exports[specifier.replace('implantation-widgets', '.')];
        expect(target, specifier).to.exist;
        await import(/* @vite-ignore */ target.default.replace(/^\./, ''));
      }
      const el = await fixture<Widget>(html`<implantation-article lang="es"></implantation-article>`);
      expect(title(el)).to.equal(es.meta.title);
    });
  });

  describe('Spanish content', () => {
    it('has every id and key of the English content', () => {
      expect(es.faq.map((b) => b.id)).to.deep.equal(en.faq.map((b) => b.id));
      expect(es.article.map((b) => b.id)).to.deep.equal(en.article.map((b) => b.id));
      expect(Object.keys(es.ui)).to.deep.equal(Object.keys(en.ui));
      expect(Object.keys(es.guidance).sort()).to.deep.equal(Object.keys(en.guidance).sort());
      expect(es.meta.reviewed).to.equal(en.meta.reviewed);
    });

    it('says "Esto no es un diagnóstico" wherever guidance is given', () => {
      expect(es.guidance['not-diagnosis']).to.contain('Esto no es un diagnóstico');
      expect(es.meta.disclaimer).to.contain('diagnóstico');
    });

    it('keeps the same placeholders and bold markers as English', () => {
      const marks = (s: string) => [...s.matchAll(/\{\w+\}|\*\*/g)].map((m) => m[0]).join(' ');
      for (const key of Object.keys(en.ui) as (keyof typeof en.ui)[]) expect(marks(es.ui[key]), key).to.equal(marks(en.ui[key]));
      for (const [i, b] of en.faq.entries()) expect(marks(es.faq[i].body.join(' ')), b.id).to.equal(marks(b.body.join(' ')));
      for (const [i, b] of en.article.entries()) expect(marks(es.article[i].body.join(' ')), b.id).to.equal(marks(b.body.join(' ')));
    });
  });

  describe('built files (script-tag pages)', () => {
    it('the Spanish CDN file, loaded after the bundle, turns lang="es" widgets Spanish without a warning', async () => {
      const win = await page(`<script type="module" src="/dist/cdn/implantation-widgets.js"></script>
        <script type="module" src="/dist/cdn/locales/es.js"></script>
        <implantation-article lang="es"></implantation-article>`);
      const el = await widget(win.document.body, 'implantation-article');
      await el.updateComplete;
      expect(title(el)).to.equal(es.meta.title);
      expect(win.pageLog).to.deep.equal([]);
    });

    it('works as a classic script next to the IIFE bundle, in either order', async () => {
      for (const [a, b] of [['implantation-widgets.iife.js', 'locales/es.js'], ['locales/es.js', 'implantation-widgets.iife.js']]) {
        const win = await page(`<script src="/dist/cdn/${a}"></script><script src="/dist/cdn/${b}"></script>
          <div lang="es"><implantation-article></implantation-article></div>`);
        const el = await widget(win.document.body, 'implantation-article');
        expect(title(el), `${a} then ${b}`).to.equal(es.meta.title);
        expect(footerText(el)).to.contain('Actualizado el 25 de noviembre de 2026.');
        expect(win.pageLog).to.deep.equal([]);
      }
    });

    it('the English-only bundle carries no Spanish text', async () => {
      const bundle = await (await fetch('/dist/cdn/implantation-widgets.js')).text();
      expect(bundle).to.contain(en.meta.title);
      expect(bundle).not.to.contain(es.meta.title);
    });
  });
});
