import {expect, oneEvent} from '@open-wc/testing';
import React, {act, createRef} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {ImplantationArticle, ImplantationFaq, SymptomCheck, SymptomFlag} from '../src/react/index.js';
import {ImplantationArticle as ArticleElement} from '../src/article/implantation-article.js';
import {ImplantationFaq as FaqElement} from '../src/faq/implantation-faq.js';
import {SymptomFlag as FlagElement} from '../src/symptom-flag/symptom-flag.js';
import {SymptomCheck as CheckElement} from '../src/symptom-check/symptom-check.js';
import {faq, meta} from '../src/content/en.js';
import {text, warningsDuring} from './support/helpers.js';

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

/** Renders JSX with react-dom into a fresh container and waits for the elements inside to render. */
async function mount(jsx: React.ReactNode): Promise<HTMLElement> {
  await act(async () => root.render(jsx));
  for (const el of container.querySelectorAll<HTMLElement & {updateComplete?: Promise<unknown>}>('*')) await el.updateComplete;
  return container;
}

const shadow = (tag: string) => container.querySelector(tag)!.shadowRoot!;

describe('React wrappers (implantation-widgets/react)', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
  });

  it('importing the wrappers defines each element under its default tag', () => {
    expect(customElements.get('implantation-article')).to.equal(ArticleElement);
    expect(customElements.get('implantation-faq')).to.equal(FaqElement);
    expect(customElements.get('symptom-flag')).to.equal(FlagElement);
    expect(customElements.get('symptom-check')).to.equal(CheckElement);
  });

  describe('<ImplantationArticle>', () => {
    it('renders the article; props become element properties, and ref is the element', async () => {
      const ref = createRef<ArticleElement>();
      await mount(<ImplantationArticle ref={ref} headingLevel={3} sections="when-to-get-help" theme="dark" />);
      const el = container.querySelector('implantation-article')!;
      expect(ref.current).to.equal(el);
      expect(el.headingLevel).to.equal(3);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(text(shadow('implantation-article').querySelector('h3'))).to.equal(meta.title);
      expect(shadow('implantation-article').querySelectorAll('section').length).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('a re-render with new props updates the element', async () => {
      await mount(<ImplantationArticle sections="when-to-get-help" />);
      await mount(<ImplantationArticle sections="what-is-implantation when-to-get-help" />);
      expect(shadow('implantation-article').querySelectorAll('section').length).to.equal(2);
    });
  });

  describe('<ImplantationFaq>', () => {
    it('renders the questions and calls onToggle with {id, open} when the reader opens one', async () => {
      const calls: {id: string; open: boolean}[] = [];
      await mount(<ImplantationFaq items={`${faq[0].id} ${faq[1].id}`} single onToggle={(e) => calls.push(e.detail)} />);
      const buttons = shadow('implantation-faq').querySelectorAll<HTMLButtonElement>('button[aria-expanded]');
      expect([...buttons].map(text)).to.deep.equal([faq[0].heading, faq[1].heading]);
      expect((container.querySelector('implantation-faq') as FaqElement).single).to.equal(true);
      buttons[1].click();
      await (container.querySelector('implantation-faq') as FaqElement).updateComplete;
      expect(calls).to.deep.equal([{id: faq[1].id, open: true}]);
      expect(buttons[1].getAttribute('aria-expanded')).to.equal('true');
      await expect(container.querySelector('implantation-faq')!).to.be.accessible();
    });

    it('a new onToggle handler replaces the old one', async () => {
      const first: string[] = [];
      const second: string[] = [];
      await mount(<ImplantationFaq items={faq[0].id} onToggle={(e) => first.push(e.detail.id)} />);
      await mount(<ImplantationFaq items={faq[0].id} onToggle={(e) => second.push(e.detail.id)} />);
      shadow('implantation-faq').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
      // Events fire once the update that shows the change is done (src/shared/events.ts).
      await container.querySelector<FaqElement>('implantation-faq')!.updateComplete;
      expect([first, second]).to.deep.equal([[], [faq[0].id]]);
    });
  });

  describe('<SymptomFlag>', () => {
    it('shows the level for its props and calls onChange with {level, reasons} when it changes', async () => {
      const levels: string[] = [];
      const onChange = (e: CustomEvent<{level: string}>) => levels.push(e.detail.level);
      await mount(<SymptomFlag symptom="lower-back-pain" severity="mild" duration="days" onChange={onChange} />);
      const el = container.querySelector('symptom-flag') as FlagElement;
      expect(el.level).to.equal('typical');
      await mount(<SymptomFlag symptom="lower-back-pain" severity="mild" duration="days" heavyBleeding onChange={onChange} />);
      await el.updateComplete;
      expect(el.level).to.equal('seek-care');
      expect(levels).to.deep.equal(['seek-care']);
      await expect(el).to.be.accessible();
    });

    it('an unknown value warns, naming the element, like the plain element does', async () => {
      const warnings = await warningsDuring(() => mount(<SymptomFlag symptom="headache" />));
      expect(warnings.some((w) => w.startsWith('<symptom-flag>: ') && w.includes('headache'))).to.equal(true);
    });
  });

  describe('<SymptomCheck>', () => {
    it('calls onResult with {level, reasons, answers} when the reader asks for a result', async () => {
      const results: {level: string; answers: {symptom: string}}[] = [];
      await mount(<SymptomCheck headingLevel={3} onResult={(e) => results.push(e.detail)} />);
      const root = shadow('symptom-check');
      for (const value of ['abdominal-cramps', 'moderate', 'hours', 'no']) {
        root.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
      }
      const el = container.querySelector('symptom-check') as CheckElement;
      const result = oneEvent(el, 'symptom-check-result');
      root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
      await result;
      expect(results.map((r) => [r.level, r.answers.symptom])).to.deep.equal([['typical', 'abdominal-cramps']]);
      expect(root.querySelector('h3')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
});
