import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/symptom-check/define.js';
import '../src/symptom-flag/define.js';
import {SymptomCheck} from '../src/symptom-check/symptom-check.js';
import type {SymptomFlag} from '../src/symptom-flag/symptom-flag.js';
import {guidance, ui} from '../src/content/en.js';
import {expectedWords, formCases, shownWords, type TriageCase} from './support/triage-cases.js';
import {text, warningsDuring} from './support/helpers.js';
import {emulateMedia, limits} from './support/engine.js';
import {viewport} from './support/viewport.js';

const root = (el: SymptomCheck) => el.shadowRoot!;
const part = (el: SymptomCheck, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const status = (el: SymptomCheck) => root(el).querySelector<HTMLElement>('[role="status"]')!;
const radio = (el: SymptomCheck, name: string, value: string) =>
  root(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const focused = (el: SymptomCheck) => root(el).activeElement as HTMLInputElement | null;
const checked = (el: SymptomCheck) => [...root(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);

/** Answers the form by clicking the radio buttons, as a mouse user would. */
async function answer(el: SymptomCheck, answers: Partial<Record<'symptom' | 'severity' | 'duration' | 'heavy-bleeding', string>>) {
  for (const [name, value] of Object.entries(answers)) radio(el, name, value!).click();
  await el.updateComplete;
}

async function submit(el: SymptomCheck) {
  part(el, 'submit')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

const formAnswers = ({answers: a}: TriageCase) => ({
  symptom: a.symptom!, severity: a.severity!, duration: a.duration!, 'heavy-bleeding': a.heavyBleeding ? 'yes' : 'no',
});

const typical = {symptom: 'abdominal-cramps', severity: 'mild', duration: 'days', 'heavy-bleeding': 'no'};

describe('<symptom-check>', () => {
  describe('the form', () => {
    it('asks four questions, each a fieldset with a legend and radio buttons labelled in plain words', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      expect(text(root(el).querySelector('h2'))).to.equal(ui['check-title']);
      const fieldsets = [...root(el).querySelectorAll('fieldset')];
      expect(fieldsets.map((f) => text(f.querySelector('legend')))).to.deep.equal(
        [ui['symptom-legend'], ui['severity-legend'], ui['duration-legend'], ui['heavy-bleeding-legend']],
      );
      expect(fieldsets.map((f) => [...f.querySelectorAll('label')].map(text))).to.deep.equal([
        [ui['symptom-lower-back-pain'], ui['symptom-abdominal-cramps']],
        [ui['severity-mild'], ui['severity-moderate'], ui['severity-severe']],
        [ui['duration-hours'], ui['duration-days'], ui['duration-persistent']],
        [ui['heavy-bleeding-yes'], ui['heavy-bleeding-no']],
      ]);
      expect(root(el).querySelectorAll('label > input[type="radio"]').length).to.equal(10);
      expect(text(part(el, 'submit'))).to.equal(ui['see-result']);
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'start-over')).to.equal(null);
    });

    it('the live region is there, empty, before any result, so the first result is announced', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      const region = status(el);
      expect(text(region)).to.equal('');
      await answer(el, typical);
      await submit(el);
      expect(status(el)).to.equal(region);
      expect(text(region)).to.equal(guidance.levels.typical.label);
    });

    it('heading-level sets the title level; the result heading sits one level below', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check heading-level="4"></symptom-check>`);
      await answer(el, typical);
      await submit(el);
      expect(text(root(el).querySelector('h4'))).to.equal(ui['check-title']);
      expect(text(root(el).querySelector('h5'))).to.equal(ui['result-heading']);
    });

    it('a bad heading-level warns, naming the element and value, and falls back to 2', async () => {
      let el!: SymptomCheck;
      const warnings = await warningsDuring(async () => {
        el = await fixture<SymptomCheck>(html`<symptom-check heading-level="h1"></symptom-check>`);
      });
      expect(warnings).to.deep.equal(['<symptom-check>: heading-level="h1" is not 2-6; using 2.']);
      expect(root(el).querySelector('h2')).to.exist;
    });
  });

  describe('results: the same level and words as <symptom-flag>', () => {
    for (const c of formCases) {
      it(`${c.name}: ${c.level}`, async () => {
        const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
        await answer(el, formAnswers(c));
        await submit(el);
        expect(text(status(el))).to.equal(guidance.levels[c.level].label);
        expect(shownWords(root(el))).to.deep.equal(expectedWords(c));
        const flag = await fixture<SymptomFlag>(html`<symptom-flag symptom=${c.answers.symptom!} severity=${c.answers.severity!}
          duration=${c.answers.duration!} ?heavy-bleeding=${c.answers.heavyBleeding}></symptom-flag>`);
        expect(shownWords(root(el))).to.deep.equal(shownWords(flag.shadowRoot!));
      });
    }
  });

  describe('symptom-check-result', () => {
    it('fires {level, reasons, answers} once per result, bubbling out of shadow roots', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      await answer(el, {symptom: 'lower-back-pain', severity: 'moderate', duration: 'persistent', 'heavy-bleeding': 'yes'});
      setTimeout(() => part(el, 'submit')!.click());
      const event = await oneEvent(el, 'symptom-check-result');
      expect(event.detail).to.deep.equal({
        level: 'seek-care',
        reasons: [{rule: 'heavy-bleeding'}, {rule: 'persistent'}],
        answers: {symptom: 'lower-back-pain', severity: 'moderate', duration: 'persistent', heavyBleeding: true},
      });
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      expect(text(status(el))).to.equal(guidance.levels['seek-care'].label);
    });

    it('does not fire while a question is unanswered', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      let fired = 0;
      el.addEventListener('symptom-check-result', () => fired++);
      await answer(el, {symptom: 'lower-back-pain'});
      await submit(el);
      expect(fired).to.equal(0);
    });
  });

  describe('unanswered questions', () => {
    it('with nothing answered: a clear message, no result, focus on the first question', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      await submit(el);
      expect(text(part(el, 'error'))).to.equal(ui['answer-all']);
      expect(text(status(el))).to.equal('');
      expect(focused(el)).to.equal(radio(el, 'symptom', 'lower-back-pain'));
      expect(root(el).querySelectorAll('fieldset.missing').length).to.equal(4);
    });

    it('marks only the unanswered questions, describes their radios by the message, and focuses the first of them', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      await answer(el, {symptom: 'lower-back-pain', duration: 'hours'});
      await submit(el);
      expect([...root(el).querySelectorAll('fieldset.missing legend')].map(text)).to.deep.equal(
        [ui['severity-legend'], ui['heavy-bleeding-legend']],
      );
      expect(radio(el, 'severity', 'mild').getAttribute('aria-describedby')).to.equal('error');
      expect(radio(el, 'symptom', 'lower-back-pain').hasAttribute('aria-describedby')).to.equal(false);
      expect(focused(el)).to.equal(radio(el, 'severity', 'mild'));
    });

    it('answering a marked question clears its mark; the message goes once all are answered', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      await answer(el, {symptom: 'lower-back-pain', duration: 'hours'});
      await submit(el);
      await answer(el, {severity: 'mild'});
      expect([...root(el).querySelectorAll('fieldset.missing legend')].map(text)).to.deep.equal([ui['heavy-bleeding-legend']]);
      await answer(el, {'heavy-bleeding': 'no'});
      expect(part(el, 'error')).to.equal(null);
    });
  });

  describe('changing answers and starting over', () => {
    it('changing an answer after a result takes the result away until asked again', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      await answer(el, typical);
      await submit(el);
      await answer(el, {severity: 'severe'});
      expect(text(status(el))).to.equal('');
      expect(part(el, 'guidance')).to.equal(null);
      await submit(el);
      expect(text(status(el))).to.equal(guidance.levels['seek-care'].label);
    });

    it('"Start over" clears every answer and the result, and moves focus to the first question', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      await answer(el, typical);
      await submit(el);
      const startOver = part(el, 'start-over') as HTMLButtonElement;
      expect(text(startOver)).to.equal(ui['start-over']);
      startOver.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(checked(el)).to.deep.equal([]);
      expect(text(status(el))).to.equal('');
      expect(part(el, 'start-over')).to.equal(null);
      expect(focused(el)).to.equal(radio(el, 'symptom', 'lower-back-pain'));
    });
  });

  describe('keyboard', () => {
    it('Tab, arrow keys and Enter answer every question, show the result, and start over', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><symptom-check></symptom-check></div>`);
      const el = wrapper.querySelector('symptom-check')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(radio(el, 'symptom', 'lower-back-pain'));
      await sendKeys({press: 'ArrowDown'}); // abdominal cramps
      await sendKeys({press: 'Tab'});
      await sendKeys({press: ' '}); // mild
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'ArrowDown'}); // a day or two
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'ArrowDown'}); // no heavy bleeding
      await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(part(el, 'submit'));
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      await el.updateComplete;
      expect(checked(el)).to.deep.equal(['abdominal-cramps', 'mild', 'days', 'no']);
      expect(text(status(el))).to.equal(guidance.levels.typical.label);
      for (let i = 0; i < 20 && focused(el) !== part(el, 'start-over'); i++) await sendKeys({press: 'Tab'});
      expect(focused(el)).to.equal(part(el, 'start-over'));
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      await el.updateComplete;
      expect(focused(el)).to.equal(radio(el, 'symptom', 'lower-back-pain'));
    });
  });

  describe('privacy', () => {
    it('stores nothing, sends nothing and keeps the answers out of the URL', async () => {
      const url = location.href;
      const cookies = document.cookie;
      const stored = [localStorage.length, sessionStorage.length];
      const requests = performance.getEntriesByType('resource').length;
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      await answer(el, typical);
      await submit(el);
      (part(el, 'start-over') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(location.href).to.equal(url);
      expect(document.cookie).to.equal(cookies);
      expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
      expect(performance.getEntriesByType('resource').length).to.equal(requests);
    });
  });

  describe('layout', () => {
    // Below the narrowest window an engine has (WebKit), the viewport is an iframe that wide (viewport.ts).
    async function fits(width: number) {
      const view = await viewport({width, height: 640}, ['/src/symptom-check/define.ts']);
      const el = view.document.createElement('symptom-check') as SymptomCheck;
      try {
        // A window can end up wider than asked (WebKit's minimum); check the width actually reached.
        expect(view.window.innerWidth).to.be.at.most(width + 16);
        view.document.body.append(el);
        await el.updateComplete;
        await answer(el, {symptom: 'lower-back-pain', severity: 'severe', duration: 'persistent', 'heavy-bleeding': 'yes'});
        await submit(el);
        const edge = view.document.documentElement.clientWidth;
        expect(view.document.documentElement.scrollWidth).to.be.at.most(edge);
        for (const node of root(el).querySelectorAll('*')) {
          expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(edge);
        }
        for (const label of root(el).querySelectorAll('label, button')) {
          expect(label.getBoundingClientRect().height, text(label)).to.be.at.least(44);
        }
      } finally {
        el.remove();
        await view.close();
      }
    }

    it('fits 320 px without scrolling sideways, with answers that are 44 px targets', () => fits(320));

    if (limits.minWidth) {
      it(`fits ${limits.minWidth} px, the narrowest window this engine has, with answers that are 44 px targets`, () => fits(limits.minWidth!));
    }
  });

  describe('print', () => {
    it('prints the questions with the chosen answers in bold, the result, and no controls', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      await answer(el, typical);
      await submit(el);
      await emulateMedia({media: 'print'});
      try {
        const shown = (node: Element) => node.checkVisibility();
        expect([...root(el).querySelectorAll('input, button')].filter(shown)).to.deep.equal([]);
        expect(shown(part(el, 'guidance')!)).to.equal(true);
        const weight = (value: string) => getComputedStyle(radio(el, 'symptom', value).closest('label')!).fontWeight;
        expect([weight('abdominal-cramps'), weight('lower-back-pain')]).to.deep.equal(['700', '400']);
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });
  });

  describe('styling', () => {
    it('exposes parts for publishers to style', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      await submit(el);
      expect(part(el, 'error'), 'error').to.exist;
      await answer(el, typical);
      await submit(el);
      const parts = ['check', 'title', 'form', 'question', 'legend', 'option', 'submit', 'result', 'result-heading',
        'status', 'badge', 'label', 'guidance', 'reasons-heading', 'reasons', 'not-diagnosis', 'start-over', 'footer', 'disclaimer'];
      for (const name of parts) expect(part(el, name), name).to.exist;
    });

    it('reads every --implantation-check-* custom property', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      await submit(el);
      await answer(el, {symptom: 'lower-back-pain', severity: 'mild', duration: 'days'});
      await submit(el);
      el.style.setProperty('--implantation-check-padding', '7px');
      el.style.setProperty('--implantation-check-border-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--implantation-check-error-color', 'rgb(4, 5, 6)');
      el.style.setProperty('--implantation-check-title-size', '30px');
      const style = (name: string) => getComputedStyle(part(el, name)!);
      expect(style('check').paddingTop).to.equal('7px');
      expect(style('check').borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(style('question').borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(style('error').color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(root(el).querySelector('fieldset.missing')!).borderTopColor).to.equal('rgb(4, 5, 6)');
      expect(style('title').fontSize).to.equal('30px');
      await answer(el, {'heavy-bleeding': 'no'});
      await submit(el);
      el.style.setProperty('--implantation-check-heading-size', '20px');
      expect(style('result-heading').fontSize).to.equal('20px');
    });

    it('colours its badge with the same --implantation-flag-* tokens as the flag', async () => {
      const el = await fixture<SymptomCheck>(html`<symptom-check></symptom-check>`);
      el.style.setProperty('--implantation-flag-typical-background', 'rgb(7, 8, 9)');
      await answer(el, typical);
      await submit(el);
      expect(getComputedStyle(part(el, 'badge')!).backgroundColor).to.equal('rgb(7, 8, 9)');
    });
  });

  describe('accessibility', () => {
    // The form can only reach "typical" and "seek-care": every question must be answered first.
    const steps: [string, (el: SymptomCheck) => Promise<void>][] = [
      ['empty', async () => {}],
      ['a question unanswered', async (el) => {
        await answer(el, {symptom: 'abdominal-cramps'});
        await submit(el);
      }],
      ['result: typical', async (el) => {
        await answer(el, typical);
        await submit(el);
      }],
      ['result: seek-care', async (el) => {
        await answer(el, {symptom: 'lower-back-pain', severity: 'severe', duration: 'hours', 'heavy-bleeding': 'yes'});
        await submit(el);
      }],
      ['after starting over', async (el) => {
        await answer(el, typical);
        await submit(el);
        (part(el, 'start-over') as HTMLButtonElement).click();
        await el.updateComplete;
      }],
    ];
    for (const theme of ['light', 'dark']) {
      for (const [step, reach] of steps) {
        it(`passes axe: ${step}, ${theme}`, async () => {
          const el = await fixture<SymptomCheck>(html`<symptom-check theme=${theme}></symptom-check>`);
          await reach(el);
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
