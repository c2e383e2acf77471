import {expect} from '@open-wc/testing';
import * as es from '../src/content/es.js';
import {text} from './support/helpers.js';
import {framePage} from './support/frame.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

/** A script-tag page with the built files `scripts` (under dist/cdn/) and `body`; its widgets once rendered. */
async function page(scripts: string[], body: string) {
  const win = await framePage<{pageLog: string[]}>(body,
    ['<script src="/test/embedding/recorder.js"></script>', ...scripts.map((s) => `<script src="/dist/cdn/${s}"></script>`)].join(''));
  const widgets = [...win.document.querySelectorAll<Widget>('implantation-faq, implantation-article, symptom-flag')];
  await Promise.all(widgets.map((w) => w.updateComplete));
  return {win, widgets};
}

// The per-element locale files (dist/cdn/locales/<element>.<lang>.js, generated from content/<lang>/):
// one element's strings, smaller than the whole locale, and any mix of them adds up. npm test builds first.
describe('per-element locale files', () => {
  it('locales/faq.es.js alone shows the FAQ in Spanish, footer included', async () => {
    const {win, widgets: [faq]} = await page(['implantation-widgets.iife.js', 'locales/faq.es.js'], '<implantation-faq lang="es"></implantation-faq>');
    const questions = [...faq.shadowRoot!.querySelectorAll('[part~="question"]')].map(text);
    expect(questions).to.deep.equal(es.faq.map((q) => q.heading));
    expect(text(faq.shadowRoot!.querySelector('[part~="disclaimer"]'))).to.equal(es.meta.disclaimer);
    expect(text(faq.shadowRoot!.querySelector('[part~="toggle-all"]'))).to.equal(es.ui['expand-all']);
    expect(win.pageLog).to.deep.equal([]);
  });

  it('two element files, and an element file after the whole locale, add up instead of replacing each other', async () => {
    const {widgets: [faq, flag]} = await page(['implantation-widgets.iife.js', 'locales/faq.es.js', 'locales/symptom-flag.es.js'],
      '<implantation-faq lang="es"></implantation-faq><symptom-flag lang="es" symptom="lower-back-pain" severity="mild" duration="hours"></symptom-flag>');
    expect(text(faq.shadowRoot!.querySelector('[part~="question"]'))).to.equal(es.faq[0].heading);
    expect(text(flag.shadowRoot!.querySelector('[part~="label"]'))).to.equal(es.guidance.levels.typical.label);
    const {widgets: [article]} = await page(['implantation-widgets.iife.js', 'locales/es.js', 'locales/faq.es.js'],
      '<implantation-article lang="es"></implantation-article>');
    expect(text(article.shadowRoot!.querySelector('[part~="title"]'))).to.equal(es.meta.title);
    expect(text(article.shadowRoot!.querySelector('section [part~="heading"]'))).to.equal(es.article[0].heading);
  });
});
