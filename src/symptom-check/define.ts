import {SymptomCheck} from './symptom-check.js';

SymptomCheck.define();

export {SymptomCheck};

declare global {
  interface HTMLElementTagNameMap {
    'symptom-check': SymptomCheck;
  }
}
