import {expect} from '@open-wc/testing';
import {assess, normalize, QUESTIONS, unknownAnswers} from '../src/triage/triage.js';
import {guidance} from '../src/content/en.js';
import {cases} from './support/triage-cases.js';

describe('triage rules', () => {
  describe('the rule table', () => {
    for (const c of cases) {
      it(`${c.name} -> ${c.level} (${c.reasons.join(', ')})`, () => {
        expect(assess(c.answers)).to.deep.equal({level: c.level, reasons: c.reasons});
      });
    }

    it('covers every combination of allowed, missing and unknown values, with and without heavy bleeding', () => {
      const keys = new Set(cases.map(({answers: a}) => [a.symptom, a.severity, a.duration, a.heavyBleeding].join('|')));
      const options = (q: keyof typeof QUESTIONS) => [...QUESTIONS[q], null, 'unknown'];
      let combinations = 0;
      for (const symptom of options('symptom')) for (const severity of options('severity')) for (const duration of options('duration')) {
        for (const heavyBleeding of [false, true]) {
          combinations++;
          const row = [
            symptom === 'unknown' ? 'headache' : symptom, severity === 'unknown' ? 'extreme' : severity,
            duration === 'unknown' ? 'weeks' : duration, heavyBleeding,
          ];
          expect(keys.has(row.join('|')), row.join(' ')).to.equal(true);
        }
      }
      expect(combinations).to.equal(200);
    });
  });

  describe('input handling', () => {
    it('reads keywords case-insensitively and ignores surrounding spaces; empty means not answered', () => {
      expect(normalize(' Severe ')).to.equal('severe');
      expect(normalize('')).to.equal(undefined);
      expect(normalize(null)).to.equal(undefined);
    });

    it('names the answers it does not understand, in question order', () => {
      expect(unknownAnswers({symptom: 'headache', severity: 'mild', duration: 'weeks'})).to.deep.equal(['symptom', 'duration']);
      expect(unknownAnswers({symptom: 'abdominal-cramps'})).to.deep.equal([]);
    });

    it('with no answers at all, it asks for all three and never throws', () => {
      expect(assess({})).to.deep.equal({
        level: 'info',
        reasons: ['reason-missing-symptom', 'reason-missing-severity', 'reason-missing-duration'],
      });
    });

    it('does not change the answers it is given', () => {
      const answers = Object.freeze({symptom: ' Lower-Back-Pain', severity: 'mild', duration: 'hours', heavyBleeding: false});
      expect(assess(answers).level).to.equal('typical');
      expect(answers.symptom).to.equal(' Lower-Back-Pain');
    });
  });

  describe('content', () => {
    it('every reason the rules can give has a text, and texts for unknown values never quote the value back', () => {
      const given = new Set(cases.flatMap((c) => c.reasons));
      for (const reason of given) expect(guidance[reason], reason).to.be.a('string').and.not.be.empty;
      for (const q of Object.keys(QUESTIONS)) expect(guidance[`reason-unknown-${q}` as 'reason-unknown-symptom']).not.to.contain('{value}');
    });

    it('every level has a label and guidance', () => {
      for (const level of ['typical', 'seek-care', 'info'] as const) {
        expect(guidance.levels[level].label).not.to.be.empty;
        expect(guidance.levels[level].body.length).to.be.greaterThan(0);
      }
    });
  });
});
