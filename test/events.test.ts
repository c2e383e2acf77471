// The one timing rule of src/shared/events.ts, for every element that fires: a listener already sees
// the change it is told about in the element's DOM.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/faq/define.js';
import '../src/symptom-flag/define.js';
import '../src/symptom-check/define.js';
import type {ImplantationFaq, SymptomCheck, SymptomFlag} from '../src/index.js';
import {guidance} from '../src/content/en.js';

const find = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** What `read` returns when `type` reaches the document, bubbling out of the shadow root. */
const onEvent = <T>(type: keyof HTMLElementEventMap, read: () => T) =>
  new Promise<T>((resolve) => document.addEventListener(type, () => resolve(read()), {once: true}));

describe('events fire once the DOM shows the change', () => {
  it('implantation-faq-toggle: the answer is already shown', async () => {
    const el = await fixture<ImplantationFaq>(html`<implantation-faq items="what-is-implantation"></implantation-faq>`);
    const seen = onEvent('implantation-faq-toggle', () => find(el, '[part~="answer"]').hasAttribute('hidden'));
    find(el, '[part~="question"]').click();
    expect(await seen).to.equal(false);
  });

  it('symptom-flag-change: the badge already shows the new level', async () => {
    const el = await fixture<SymptomFlag>(html`<symptom-flag symptom="lower-back-pain" severity="mild" duration="days"></symptom-flag>`);
    const seen = onEvent('symptom-flag-change', () => find(el, '[part~="label"]').textContent);
    el.severity = 'severe';
    expect(await seen).to.equal(guidance.levels['seek-care'].label);
  });

  it('symptom-check-result: the live region already holds the result', async () => {
    const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
    for (const value of ['lower-back-pain', 'mild', 'hours', 'no']) find(el, `input[value="${value}"]`).click();
    const seen = onEvent('symptom-check-result', () => find(el, '[part~="status"]').textContent?.trim());
    find(el, '[part~="submit"]').click();
    expect(await seen).to.equal(guidance.levels.typical.label);
  });
});
