import {SymptomFlag} from './symptom-flag.js';

SymptomFlag.define();

export {SymptomFlag};

declare global {
  interface HTMLElementTagNameMap {
    'symptom-flag': SymptomFlag;
  }
}
