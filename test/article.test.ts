import {expect, fixture, html} from '@open-wc/testing';
import '../src/article/define.js';
import type {ImplantationArticle} from '../src/article/implantation-article.js';
import {article, meta} from '../src/content/en.js';
import {warnIfStale} from '../src/shared/footer.js';
import {text, warningsDuring} from './support/helpers.js';
import {registerTestLocale} from './support/locales.js';

const root = (el: ImplantationArticle) => el.shadowRoot!;
const headings = (el: ImplantationArticle) =>
  [...root(el).querySelectorAll('h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${text(h)}`);

describe('<implantation-article>', () => {
  describe('rendering', () => {
    it('shows the title, every section in order, and the footer', async () => {
      const el = await fixture<ImplantationArticle>(html`<implantation-article></implantation-article>`);
      expect(headings(el)).to.deep.equal([`h2 ${meta.title}`, ...article.map((s) => `h3 ${s.heading}`)]);
      const sections = root(el).querySelectorAll('section');
      expect(sections.length).to.equal(article.length);
      expect(text(sections[0])).to.contain('a fertilized egg attaches itself to the wall of the uterus');
      expect(sections[0].getAttribute('aria-labelledby')).to.equal(article[0].id);
    });

    it('renders **bold** content as <strong>, never as markup text', async () => {
      const el = await fixture<ImplantationArticle>(html`<implantation-article sections="when-to-get-help"></implantation-article>`);
      expect(text(root(el).querySelector('section strong'))).to.equal('promptly');
      expect(text(root(el).querySelector('section'))).not.to.contain('**');
    });

    it('credits the source article and its author, shows the reviewed date and the disclaimer', async () => {
      const el = await fixture<ImplantationArticle>(html`<implantation-article></implantation-article>`);
      const footer = root(el).querySelector('footer')!;
      expect(text(footer)).to.contain(`Based on “${meta.sourceTitle}” by ${meta.sourceAuthor}.`);
      expect(text(footer)).to.contain('Updated November 25, 2026.');
      expect(text(footer), 'no clinician reviewed this text').not.to.contain('eviewed');
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal(meta.reviewed);
      expect(text(footer)).to.contain('not medical advice or a diagnosis');
      expect(footer.querySelector('a')).to.equal(null);
    });

    it('says "Medically reviewed by" only when meta.reviewedBy names a clinician', async () => {
      registerTestLocale('xr', {meta: {...meta, reviewedBy: 'Dr. Ana Example'}});
      const el = await fixture<ImplantationArticle>(html`<implantation-article lang="xr"></implantation-article>`);
      const footer = root(el).querySelector('footer')!;
      expect(text(footer)).to.match(/Medically reviewed by Dr\. Ana Example, .*2026\./);
      expect(text(footer)).not.to.contain('Updated');
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal(meta.reviewed);
    });

    it('exposes parts for publishers to style', async () => {
      const el = await fixture<ImplantationArticle>(html`<implantation-article></implantation-article>`);
      for (const part of ['article', 'title', 'section', 'heading', 'footer', 'disclaimer']) {
        expect(root(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });

    it('hides the light-DOM fallback once upgraded', async () => {
      const el = await fixture<ImplantationArticle>(
        html`<implantation-article><p id="fallback">Read the article on our site.</p></implantation-article>`,
      );
      expect(el.querySelector('#fallback')!.getClientRects().length).to.equal(0);
    });
  });

  describe('attributes', () => {
    it('heading-level sets the title level; sections sit one level below', async () => {
      const el = await fixture<ImplantationArticle>(html`<implantation-article heading-level="4"></implantation-article>`);
      expect(headings(el).slice(0, 2)).to.deep.equal([`h4 ${meta.title}`, `h5 ${article[0].heading}`]);
      el.headingLevel = 6;
      await el.updateComplete;
      expect(headings(el).slice(0, 2)).to.deep.equal([`h6 ${meta.title}`, `h6 ${article[0].heading}`]);
    });

    it('a bad heading-level warns, naming the element and value, and falls back to 2', async () => {
      let el!: ImplantationArticle;
      const warnings = await warningsDuring(async () => {
        el = await fixture<ImplantationArticle>(html`<implantation-article heading-level="9"></implantation-article>`);
      });
      expect(warnings).to.deep.equal(['<implantation-article>: heading-level="9" is not 2-6; using 2.']);
      expect(headings(el)[0]).to.equal(`h2 ${meta.title}`);
    });

    it('sections shows a subset in the given order', async () => {
      const el = await fixture<ImplantationArticle>(
        html`<implantation-article sections="when-to-get-help what-is-implantation"></implantation-article>`,
      );
      expect(headings(el).slice(1)).to.deep.equal(['h3 When to get medical help', 'h3 What is implantation?']);
    });

    it('an unknown section id gets one warning and is skipped', async () => {
      let el!: ImplantationArticle;
      const warnings = await warningsDuring(async () => {
        el = await fixture<ImplantationArticle>(html`<implantation-article sections="nope what-is-implantation"></implantation-article>`);
      });
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.match(/^<implantation-article>: sections has unknown id "nope"; skipped\. Known ids: what-is-implantation, /);
      expect(headings(el).slice(1)).to.deep.equal(['h3 What is implantation?']);
    });

    it('an empty sections list shows everything, with a warning', async () => {
      let el!: ImplantationArticle;
      const warnings = await warningsDuring(async () => {
        el = await fixture<ImplantationArticle>(html`<implantation-article sections=" "></implantation-article>`);
      });
      expect(warnings).to.deep.equal(['<implantation-article>: sections=" " lists no ids; showing all.']);
      expect(root(el).querySelectorAll('section').length).to.equal(article.length);
    });

    it('source-href links the credit line to the source article', async () => {
      const el = await fixture<ImplantationArticle>(
        html`<implantation-article source-href="https://example.org/source"></implantation-article>`,
      );
      const link = root(el).querySelector('footer a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/source');
      expect(text(link)).to.equal(meta.sourceTitle);
    });

    it('theme reflects so "light" and "dark" force a colour scheme', async () => {
      const el = await fixture<ImplantationArticle>(html`<implantation-article theme="dark"></implantation-article>`);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(13, 17, 23)');
      el.theme = 'light';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('light');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('lang picks a registered locale, falling back to English for anything missing', async () => {
      registerTestLocale('xx', {meta: {...meta, title: 'Titre de test'}});
      const el = await fixture<ImplantationArticle>(html`<div lang="xx-YY"><implantation-article></implantation-article></div>`);
      const article = el.querySelector('implantation-article')!;
      await article.updateComplete;
      expect(headings(article)[0]).to.equal('h2 Titre de test');
      expect(headings(article)[1]).to.equal('h3 What is implantation?');
    });
  });

  describe('review date', () => {
    it('warns the publisher once per page after nextReview, and not before', async () => {
      const before = new Date(`${meta.reviewed}T12:00:00Z`);
      const after = new Date(`${meta.nextReview}T12:00:00Z`);
      after.setUTCDate(after.getUTCDate() + 1);
      const stale = {...meta, nextReview: '2001-01-01'};
      let results: boolean[] = [];
      const warnings = await warningsDuring(() => {
        results = [warnIfStale(meta, before), warnIfStale(stale, after), warnIfStale(stale, after)];
      });
      expect(results).to.deep.equal([false, true, false]);
      expect(warnings).to.deep.equal([
        'implantation-widgets: the content was due for medical review on 2001-01-01; update the package to get reviewed text.',
      ]);
    });
  });

  describe('accessibility', () => {
    it('passes axe in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<ImplantationArticle>(
          html`<implantation-article theme=${theme} source-href="https://example.org/"></implantation-article>`,
        );
        await expect(el).to.be.accessible();
      }
    });
  });
});
