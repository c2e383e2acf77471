import {SymptomFlag} from './symptom-flag.js';

SymptomFlag.define();

export {SymptomFlag};
export type {SymptomFlagChangeDetail} from './symptom-flag.js';

declare global {
  interface HTMLElementTagNameMap {
    'symptom-flag': SymptomFlag;
  }
}
