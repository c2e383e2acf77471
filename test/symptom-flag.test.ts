import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/symptom-flag/define.js';
import {SymptomFlag} from '../src/symptom-flag/symptom-flag.js';
import {guidance, meta, ui} from '../src/content/en.js';
import {cases, expectedWords, shownWords} from './support/triage-cases.js';
import {text, warningsDuring} from './support/helpers.js';
import {loadFrame} from './support/frame.js';
import {emulateMedia, itUnless, limits} from './support/engine.js';
import {registerTestLocale} from './support/locales.js';

const root = (el: SymptomFlag) => el.shadowRoot!;
const part = (el: SymptomFlag, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
const toggle = (el: SymptomFlag) => part(el, 'toggle') as HTMLButtonElement;
const attr = (value: string | null | undefined) => value ?? undefined;

/** A flag for these answers, with the console warnings it logged while rendering. */
async function flagFor(answers: {symptom?: string | null; severity?: string | null; duration?: string | null; heavyBleeding?: boolean}) {
  let el!: SymptomFlag;
  const warnings = await warningsDuring(async () => {
    el = await fixture<SymptomFlag>(html`<symptom-flag symptom=${attr(answers.symptom) ?? ''} severity=${attr(answers.severity) ?? ''}
      duration=${attr(answers.duration) ?? ''} ?heavy-bleeding=${answers.heavyBleeding}></symptom-flag>`);
  });
  return {el, warnings};
}

/** WCAG contrast ratio of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const oneOfEach = {
  typical: {symptom: 'lower-back-pain', severity: 'mild', duration: 'hours'},
  'seek-care': {symptom: 'abdominal-cramps', severity: 'severe', duration: 'days'},
  info: {symptom: 'abdominal-cramps'},
} as const;

describe('<symptom-flag>', () => {
  describe('the rule table, as a reader sees it', () => {
    for (const c of cases) {
      it(`${c.name}: ${c.level}`, async () => {
        const {el, warnings} = await flagFor(c.answers);
        expect(el.level).to.equal(c.level);
        expect(el.getAttribute('level')).to.equal(c.level);
        expect(shownWords(root(el))).to.deep.equal(expectedWords(c));
        expect(warnings.length, warnings.join('\n')).to.equal(c.reasons.filter((r) => r.rule === 'unknown').length);
      });
    }
  });

  describe('attributes and properties', () => {
    it('an empty flag asks for the symptom, how bad and how long, at level info', async () => {
      const el = await fixture<SymptomFlag>(html`<symptom-flag></symptom-flag>`);
      expect(el.level).to.equal('info');
      expect(text(part(el, 'label'))).to.equal(guidance.levels.info.label);
      expect([...part(el, 'reasons').children].map(text)).to.deep.equal(
        [guidance['reason-missing-symptom'], guidance['reason-missing-severity'], guidance['reason-missing-duration']],
      );
    });

    it('symptom, severity, duration and heavy-bleeding each move the level, as attributes and as properties', async () => {
      const el = await fixture<SymptomFlag>(html`<symptom-flag symptom="lower-back-pain" severity="mild"></symptom-flag>`);
      expect(el.level).to.equal('info');
      el.setAttribute('duration', 'days');
      await el.updateComplete;
      expect(el.level).to.equal('typical');
      el.severity = 'severe';
      await el.updateComplete;
      expect([el.level, el.getAttribute('level')]).to.deep.equal(['seek-care', 'seek-care']);
      el.severity = 'moderate';
      el.duration = 'persistent';
      await el.updateComplete;
      expect(text(part(el, 'reasons'))).to.equal(guidance['reason-persistent']);
      el.duration = 'hours';
      el.toggleAttribute('heavy-bleeding', true);
      await el.updateComplete;
      expect([el.heavyBleeding, el.level, text(part(el, 'reasons'))]).to.deep.equal([true, 'seek-care', guidance['reason-heavy-bleeding']]);
      el.heavyBleeding = false;
      el.symptom = 'abdominal-cramps';
      await el.updateComplete;
      expect(el.level).to.equal('typical');
      el.removeAttribute('symptom');
      await el.updateComplete;
      expect(text(part(el, 'reasons'))).to.equal(guidance['reason-missing-symptom']);
    });

    it('level is read-only: setting it warns and changes nothing; a level attribute in the markup is corrected', async () => {
      const el = await fixture<SymptomFlag>(html`<symptom-flag level="typical" severity="severe"></symptom-flag>`);
      expect(el.getAttribute('level')).to.equal('seek-care');
      const warnings = await warningsDuring(() => {
        (el as {level: string}).level = 'typical';
      });
      expect(warnings).to.deep.equal(['<symptom-flag>: level is read-only (it follows the other attributes); "typical" is ignored.']);
      expect(el.level).to.equal('seek-care');
    });

    it('lang picks a registered locale for every word, falling back to English', async () => {
      registerTestLocale('xf', {
        guidance: {...guidance, 'not-diagnosis': 'Pas un diagnostic.', levels: {...guidance.levels, typical: {label: 'Normal', body: ['Texte.']}}},
        ui: {...ui, 'show-details': 'Pourquoi ?'},
      });
      const el = await fixture<SymptomFlag>(html`<symptom-flag lang="xf" symptom="lower-back-pain" severity="mild" duration="hours"></symptom-flag>`);
      expect(shownWords(root(el))).to.deep.equal(['Normal', 'Texte.', ui['reasons-heading'], guidance['reason-typical'], 'Pas un diagnostic.']);
      expect(text(toggle(el))).to.equal('Pourquoi ?');
      expect(text(part(el, 'footer'))).to.contain(meta.sourceAuthor);
    });
  });

  describe('bad values', () => {
    it('an unknown value: one warning naming the element, attribute and value; the value is ignored; no exception', async () => {
      const {el, warnings} = await flagFor({symptom: 'headache', severity: 'mild', duration: 'hours'});
      expect(warnings).to.deep.equal(['<symptom-flag>: symptom="headache" is not one of lower-back-pain, abdominal-cramps; it is ignored.']);
      expect(el.level).to.equal('info');
      expect(text(part(el, 'reasons'))).to.equal(guidance['reason-unknown-symptom']);
      toggle(el).click();
      await el.updateComplete;
      expect(text(root(el)), 'the reader never sees the publisher\'s bad value').not.to.contain('headache');
      expect([...part(el, 'guidance').querySelectorAll('p')].map(text)).to.deep.equal(guidance.levels.info.body.map((p) => p.replaceAll('**', '')));
    });

    it('warns once per value, not on every render, and again for a new bad value', async () => {
      const el = await fixture<SymptomFlag>(html`<symptom-flag symptom="lower-back-pain"></symptom-flag>`);
      const warnings = await warningsDuring(async () => {
        el.severity = 'extreme';
        await el.updateComplete;
        el.duration = 'hours';
        await el.updateComplete;
        el.duration = 'weeks';
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal([
        '<symptom-flag>: severity="extreme" is not one of mild, moderate, severe; it is ignored.',
        '<symptom-flag>: duration="weeks" is not one of hours, days, persistent; it is ignored.',
      ]);
    });

    it('heavy-bleeding="false" warns that it still means yes (a boolean attribute), and the flag says seek care', async () => {
      let el!: SymptomFlag;
      const warnings = await warningsDuring(async () => {
        el = await fixture<SymptomFlag>(html`<symptom-flag heavy-bleeding="false"></symptom-flag>`);
      });
      expect(warnings).to.deep.equal([
        '<symptom-flag>: heavy-bleeding="false" still means yes: it is a boolean attribute, so remove it for no.',
      ]);
      expect(el.level).to.equal('seek-care');
    });
  });

  describe('symptom-flag-change', () => {
    it('fires {level, reasons} when the level changes, bubbling out of shadow roots; not for the first render', async () => {
      const events: CustomEvent[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div @symptom-flag-change=${(e: CustomEvent) => events.push(e)}>
        <symptom-flag symptom="lower-back-pain" severity="mild" duration="hours"></symptom-flag></div>`);
      const el = wrapper.querySelector('symptom-flag')!;
      await el.updateComplete;
      expect(events).to.deep.equal([]);
      setTimeout(() => (el.severity = 'severe'));
      const event = await oneEvent(el, 'symptom-flag-change');
      expect(event.detail).to.deep.equal({level: 'seek-care', reasons: [{rule: 'severe'}]});
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      expect(events.length).to.equal(1);
    });

    it('does not fire when an attribute changes but the level stays the same', async () => {
      const el = await fixture<SymptomFlag>(html`<symptom-flag symptom="lower-back-pain" severity="mild" duration="hours"></symptom-flag>`);
      let fired = 0;
      el.addEventListener('symptom-flag-change', () => fired++);
      el.severity = 'moderate';
      el.symptom = 'abdominal-cramps';
      await el.updateComplete;
      expect([el.level, fired]).to.deep.equal(['typical', 0]);
    });
  });

  describe('badge', () => {
    it('shows an icon hidden from screen readers and the level in words, never colour alone', async () => {
      for (const level of ['typical', 'seek-care', 'info'] as const) {
        const {el} = await flagFor(oneOfEach[level]);
        const badge = part(el, 'badge');
        expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        expect(text(badge)).to.equal(guidance.levels[level].label);
      }
    });

    // npm test builds first; the minifier once nested SVG shapes inside each other, so check the shipped file.
    it('the built CDN module draws each level’s icon as a shape of its own', async () => {
      const frame = await loadFrame({srcdoc: `<script type="module" src="/dist/cdn/symptom-flag.js"></script>
        <symptom-flag severity="severe"></symptom-flag><symptom-flag></symptom-flag>
        <symptom-flag symptom="lower-back-pain" severity="mild" duration="days"></symptom-flag>`});
      try {
        const win = frame.contentWindow as Window & typeof globalThis;
        await win.customElements.whenDefined('symptom-flag');
        const flags = [...win.document.querySelectorAll<SymptomFlag>('symptom-flag')];
        await Promise.all(flags.map((f) => f.updateComplete));
        expect(flags.map((f) => f.level)).to.deep.equal(['seek-care', 'info', 'typical']);
        for (const flag of flags) {
          const svg = flag.shadowRoot!.querySelector('svg')!;
          expect([...svg.children].map((c) => c.localName), flag.level).to.deep.equal(['path']);
          expect((svg.firstElementChild as SVGPathElement).getBBox().width, flag.level).to.be.greaterThan(10);
        }
      } finally {
        frame.remove();
      }
    });

    it('keeps badge text at 4.5:1 contrast or more, for every level, in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        for (const level of ['typical', 'seek-care', 'info'] as const) {
          const {el} = await flagFor(oneOfEach[level]);
          el.theme = theme;
          await el.updateComplete;
          const style = getComputedStyle(part(el, 'badge'));
          expect(contrast(style.color, style.backgroundColor), `${level} ${theme}`).to.be.at.least(4.5);
        }
      }
    });

    itUnless(limits.systemColorScheme, 'follows the page’s colour scheme when no theme is set, not the reader’s system', async () => {
      await emulateMedia({colorScheme: 'dark'});
      try {
        const {el} = await flagFor(oneOfEach.typical);
        expect(getComputedStyle(part(el, 'badge')).backgroundColor).to.equal('rgb(218, 251, 225)');
        el.parentElement!.style.colorScheme = 'dark';
        expect(getComputedStyle(part(el, 'badge')).backgroundColor).to.equal('rgb(15, 45, 26)');
      } finally {
        await emulateMedia({colorScheme: 'light'});
      }
    });
  });

  describe('disclosure', () => {
    it('a "Why?" button controls the hidden details and is described by the level and "Not a diagnosis"', async () => {
      const {el} = await flagFor(oneOfEach.typical);
      const button = toggle(el);
      const details = root(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(details).to.equal(part(el, 'details'));
      expect(text(button)).to.equal(ui['show-details']);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(details.hidden).to.equal(true);
      const described = button.getAttribute('aria-describedby')!.split(' ').map((id) => text(root(el).getElementById(id)));
      expect(described).to.deep.equal([guidance.levels.typical.label, guidance['not-diagnosis-short']]);
      button.click();
      await el.updateComplete;
      expect([button.getAttribute('aria-expanded'), details.hidden]).to.deep.equal(['true', false]);
      expect(text(details)).to.contain(guidance['not-diagnosis']);
      expect(text(part(el, 'footer'))).to.contain(`Based on “${meta.sourceTitle}” by ${meta.sourceAuthor}.`);
    });

    for (const level of ['typical', 'seek-care', 'info'] as const) {
      it(`${level}: "Not a diagnosis" is visible beside the badge without a click, on one line in a table cell`, async () => {
        const wrapper = await fixture<HTMLTableElement>(html`<table><tr><td style="width: 14em">
          <symptom-flag symptom=${oneOfEach[level].symptom} severity=${attr((oneOfEach[level] as {severity?: string}).severity)}
            duration=${attr((oneOfEach[level] as {duration?: string}).duration)}></symptom-flag></td></tr></table>`);
        const el = wrapper.querySelector('symptom-flag')!;
        await el.updateComplete;
        expect(el.level).to.equal(level);
        const note = part(el, 'note');
        expect(text(note)).to.equal('Not a diagnosis');
        expect(part(el, 'details').hidden).to.equal(true);
        const box = note.getBoundingClientRect();
        expect(box.width).to.be.above(0);
        expect(box.height, 'one line').to.be.below(parseFloat(getComputedStyle(note).lineHeight) * 1.5 || 2 * parseFloat(getComputedStyle(note).fontSize));
        expect(box.right).to.be.at.most(wrapper.querySelector('td')!.getBoundingClientRect().right);
        await expect(el).to.be.accessible();
      });
    }

    it('works with the keyboard: Tab reaches the button, Enter opens, Space closes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button>
        <symptom-flag severity="severe"></symptom-flag></div>`);
      const el = wrapper.querySelector('symptom-flag')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement).to.equal(toggle(el));
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(part(el, 'details').hidden).to.equal(false);
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'details').hidden).to.equal(true);
    });

    it('the button is a 44 px target', async () => {
      const {el} = await flagFor(oneOfEach.info);
      const box = toggle(el).getBoundingClientRect();
      expect(Math.min(box.width, box.height)).to.be.at.least(44);
    });

    it('prints with the details shown and no button', async () => {
      const {el} = await flagFor(oneOfEach['seek-care']);
      await emulateMedia({media: 'print'});
      try {
        expect(getComputedStyle(toggle(el)).display).to.equal('none');
        expect(getComputedStyle(part(el, 'details')).display).to.equal('block');
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });
  });

  describe('styling', () => {
    it('exposes parts for publishers to style', async () => {
      const {el} = await flagFor(oneOfEach.typical);
      const parts = ['flag', 'badge', 'label', 'note', 'toggle', 'details', 'guidance', 'reasons-heading', 'reasons', 'not-diagnosis', 'footer', 'disclaimer'];
      for (const name of parts) expect(root(el).querySelector(`[part~="${name}"]`), name).to.exist;
    });

    it('reads every --implantation-flag-* custom property', async () => {
      const tokens: [string, string, string, string][] = [
        ['typical', '--implantation-flag-typical-color', 'badge', 'color'],
        ['typical', '--implantation-flag-typical-background', 'badge', 'background-color'],
        ['seek-care', '--implantation-flag-seek-care-color', 'badge', 'color'],
        ['seek-care', '--implantation-flag-seek-care-background', 'badge', 'background-color'],
        ['info', '--implantation-flag-info-color', 'badge', 'color'],
        ['info', '--implantation-flag-info-background', 'badge', 'background-color'],
        ['info', '--implantation-flag-border-color', 'toggle', 'border-top-color'],
        ['info', '--implantation-flag-border-color', 'details', 'border-top-color'],
      ];
      for (const [level, token, name, property] of tokens) {
        const {el} = await flagFor(oneOfEach[level as keyof typeof oneOfEach]);
        el.style.setProperty(token, 'rgb(1, 2, 3)');
        expect(getComputedStyle(part(el, name)).getPropertyValue(property), token).to.equal('rgb(1, 2, 3)');
      }
      const {el} = await flagFor(oneOfEach.info);
      el.style.setProperty('--implantation-flag-radius', '3px');
      el.style.setProperty('--implantation-flag-details-padding', '7px');
      expect(getComputedStyle(part(el, 'badge')).borderTopLeftRadius).to.equal('3px');
      expect(getComputedStyle(part(el, 'details')).paddingTop).to.equal('7px');
    });

    it('publishers can style on the reflected level attribute', async () => {
      const {el} = await flagFor(oneOfEach['seek-care']);
      expect(el.matches('[level="seek-care"]')).to.equal(true);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      for (const level of ['typical', 'seek-care', 'info'] as const) {
        it(`passes axe: ${level}, ${theme}, details closed and open`, async () => {
          const {el} = await flagFor(oneOfEach[level]);
          el.theme = theme;
          // The flag has no background of its own: in the dark theme it sits on a dark page.
          if (theme === 'dark') el.parentElement!.style.background = '#0d1117';
          await el.updateComplete;
          await expect(el).to.be.accessible();
          toggle(el).click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
