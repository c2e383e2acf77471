import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html, unsafeStatic} from 'lit/static-html.js';
import {ImplantationArticle} from '../src/article/implantation-article.js';
import {ImplantationFaq} from '../src/faq/implantation-faq.js';
import {SymptomFlag} from '../src/symptom-flag/symptom-flag.js';
import {SymptomCheck} from '../src/symptom-check/symptom-check.js';
import {faq, meta} from '../src/content/en.js';
import {text, uniqueTag, warningsDuring} from './support/helpers.js';

/** Registers `ctor` under a fresh custom tag and renders it with `attributes`. */
async function custom<T extends HTMLElement>(ctor: {define(tag: string): boolean}, base: string, attributes = '') {
  const tag = uniqueTag(base);
  expect(ctor.define(tag)).to.equal(true);
  const el = await fixture<T>(html`<${unsafeStatic(tag)} ${unsafeStatic(attributes)}></${unsafeStatic(tag)}>`);
  return {tag, el};
}

describe('custom tag names: Class.define(tag)', () => {
  it('ImplantationFaq.define("clinic-faq") renders the FAQ, opens a question on click and fires its event', async () => {
    expect(ImplantationFaq.define('clinic-faq')).to.equal(true);
    const el = await fixture<ImplantationFaq>(html`<clinic-faq items="what-is-implantation what-helps" heading-level="2"></clinic-faq>`);
    expect(el).to.be.instanceOf(ImplantationFaq);
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('h2 > button[aria-expanded]');
    expect([...buttons].map(text)).to.deep.equal(['What is implantation?', 'What can help with the pain?']);
    const toggled = oneEvent(el, 'implantation-faq-toggle');
    buttons[1].click();
    expect((await toggled).detail).to.deep.equal({id: 'what-helps', open: true});
    await el.updateComplete;
    expect(buttons[1].getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('a second define of the same tag and class is silent', async () => {
    const tag = uniqueTag('second-faq');
    const warnings = await warningsDuring(() => {
      expect(ImplantationFaq.define(tag)).to.equal(true);
      expect(ImplantationFaq.define(tag)).to.equal(false);
    });
    expect(warnings).to.deep.equal([]);
    expect(document.createElement(tag)).to.be.instanceOf(ImplantationFaq);
  });

  it('warnings name the custom tag, so a publisher can find the element', async () => {
    let tag = '';
    const warnings = await warningsDuring(async () => ({tag} = await custom(ImplantationFaq, 'clinic-faq', 'items="nope what-helps"')));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(new RegExp(`^<${tag}>: items has unknown id "nope"; skipped\\.`));
  });

  it('every element class works under a custom tag: attributes, parts, footer, axe', async () => {
    const {el: article} = await custom<ImplantationArticle>(ImplantationArticle, 'clinic-article', 'sections="when-to-get-help"');
    expect(text(article.shadowRoot!.querySelector('[part~="title"]'))).to.equal(meta.title);
    expect(article.shadowRoot!.querySelectorAll('section')).to.have.length(1);
    const {el: flag} = await custom<SymptomFlag>(SymptomFlag, 'clinic-flag', 'symptom="lower-back-pain" severity="severe" duration="hours"');
    expect(flag.level).to.equal('seek-care');
    expect(flag.getAttribute('level')).to.equal('seek-care');
    const {el: check} = await custom<SymptomCheck>(SymptomCheck, 'clinic-check');
    expect(check.shadowRoot!.querySelectorAll('fieldset')).to.have.length(4);
    const {el: faqEl} = await custom<ImplantationFaq>(ImplantationFaq, 'clinic-faq', `open="${faq[0].id}"`);
    for (const el of [article, flag, check, faqEl]) {
      expect(text(el.shadowRoot!.querySelector('[part~="disclaimer"]'))).to.equal(meta.disclaimer);
      await expect(el).to.be.accessible();
    }
  });

  it('registers in the registry it is given', async () => {
    const defined: [string, CustomElementConstructor][] = [];
    const registry = {get: () => undefined, define: (tag: string, ctor: CustomElementConstructor) => defined.push([tag, ctor])};
    expect(SymptomFlag.define('scoped-flag', registry as unknown as CustomElementRegistry)).to.equal(true);
    expect(defined).to.deep.equal([['scoped-flag', SymptomFlag]]);
  });
});
