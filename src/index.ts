// The "everything" entry: defines every element under its default tag and exports the classes.
export {ImplantationArticle} from './article/define.js';
export {ImplantationFaq, type FaqToggleDetail} from './faq/define.js';
export {SymptomFlag, type SymptomFlagChangeDetail} from './symptom-flag/define.js';
export {SymptomCheck, type SymptomCheckAnswers, type SymptomCheckResultDetail} from './symptom-check/define.js';
export {assess} from './triage/triage.js';
export type {Answers, Assessment, Reason, ReasonId} from './triage/triage.js';
export {registerLocale} from './shared/locale.js';
export type {LocaleContent, Level} from './content/types.js';
