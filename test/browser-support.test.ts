// What a reader on an older browser gets: each fallback the README's "Browser support" section
// promises, checked by taking the feature away in this browser.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/faq/define.js';
import type {ImplantationFaq} from '../src/faq/implantation-faq.js';
import {emulateMedia} from './support/engine.js';

const root = (el: ImplantationFaq) => el.shadowRoot!;
const answer = (el: ImplantationFaq, id: string) => root(el).querySelector<HTMLElement>(`#a-${id}`)!;
const question = (el: ImplantationFaq, id: string) => root(el).querySelector<HTMLButtonElement>(`#q-${id}`)!;
const shown = (node: HTMLElement) => node.getBoundingClientRect().height > 0;

describe('browser support: without hidden="until-found" and beforematch', () => {
  // A browser that predates until-found treats it as plain `hidden` (its UA rule is `[hidden] {display:
  // none}`) and has no beforematch event. :where() keeps this copy of that rule at the UA's weight:
  // any author rule for display wins over it, as over a real UA rule.
  const oldUserAgent = new CSSStyleSheet();
  oldUserAgent.replaceSync(':where([hidden]) { display: none; content-visibility: visible; }');
  let beforematch: PropertyDescriptor | undefined;
  beforeEach(() => {
    beforematch = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'onbeforematch');
    delete (HTMLElement.prototype as {onbeforematch?: unknown}).onbeforematch;
  });
  afterEach(() => {
    if (beforematch) Object.defineProperty(HTMLElement.prototype, 'onbeforematch', beforematch);
  });

  async function oldFaq() {
    const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
    root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, oldUserAgent];
    return el;
  }

  it('answers start closed and the question buttons still open and close them', async () => {
    expect('onbeforematch' in HTMLElement.prototype).to.equal(false);
    const el = await oldFaq();
    expect(shown(answer(el, 'what-helps'))).to.equal(false);
    question(el, 'what-helps').click();
    await el.updateComplete;
    expect(question(el, 'what-helps').getAttribute('aria-expanded')).to.equal('true');
    expect(shown(answer(el, 'what-helps'))).to.equal(true);
    question(el, 'what-helps').click();
    await el.updateComplete;
    expect(shown(answer(el, 'what-helps'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('"Expand all" still opens every answer', async () => {
    const el = await oldFaq();
    root(el).querySelector<HTMLButtonElement>('[part~="toggle-all"]')!.click();
    await el.updateComplete;
    const answers = [...root(el).querySelectorAll<HTMLElement>('[part~="answer"]')];
    expect(answers.length).to.be.greaterThan(1);
    expect(answers.filter((a) => !shown(a))).to.deep.equal([]);
  });

  it('printing still shows every answer, the closed ones too', async () => {
    const el = await oldFaq();
    expect(shown(answer(el, 'what-helps'))).to.equal(false);
    await emulateMedia({media: 'print'});
    try {
      const answers = [...root(el).querySelectorAll<HTMLElement>('[part~="answer"]')];
      expect(answers.filter((a) => !shown(a)).map((a) => a.id)).to.deep.equal([]);
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });
});
