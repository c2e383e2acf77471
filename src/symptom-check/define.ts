import {SymptomCheck} from './symptom-check.js';

SymptomCheck.define();

export {SymptomCheck};
export type {SymptomCheckAnswers, SymptomCheckResultDetail} from './symptom-check.js';

declare global {
  interface HTMLElementTagNameMap {
    'symptom-check': SymptomCheck;
  }
}
