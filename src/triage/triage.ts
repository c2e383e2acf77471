// The article's advice as rules, and nothing more. Pure: no DOM, no Lit, so it is tested without a browser
// and both <symptom-flag> and <symptom-check> are guaranteed to agree.
import type {GuidanceKey, Level} from '../content/types.js';

export type {Level};

/** The questions the article can answer, with the values it describes, in the order readers see them. */
export const QUESTIONS = {
  symptom: ['lower-back-pain', 'abdominal-cramps'],
  severity: ['mild', 'moderate', 'severe'],
  duration: ['hours', 'days', 'persistent'],
} as const;

/**
 * The one table of questions and answer values: the form asks these, in this order, and the UI texts
 * are `<question>-legend` and `<question>-<value>`. Heavy bleeding is yes/no on the form and the boolean
 * `heavyBleeding` (attribute `heavy-bleeding`) everywhere else.
 */
export const FORM = {...QUESTIONS, 'heavy-bleeding': ['yes', 'no']} as const;

export type Question = keyof typeof QUESTIONS;
export type FormQuestion = keyof typeof FORM;
export type Value<Q extends FormQuestion> = (typeof FORM)[Q][number];
export type Symptom = Value<'symptom'>;
export type Severity = Value<'severity'>;
export type Duration = Value<'duration'>;

/** One answer the form offers, with its UI key; `key` is what makes a renamed value a compile error. */
export type Option = {[Q in FormQuestion]: {[V in Value<Q>]: {question: Q; value: V; key: `${Q}-${V}`}}[Value<Q>]}[FormQuestion];

export const formQuestions = Object.keys(FORM) as FormQuestion[];

/** The answers of one form question, each with its UI key. */
export const options = (question: FormQuestion): Option[] =>
  // The cast only restores the correlation between question, value and key that .map() loses.
  FORM[question].map((value: string) => ({question, value, key: `${question}-${value}`}) as Option);

/** The UI key of a question's legend. */
export const legendKey = <Q extends FormQuestion>(question: Q): `${Q}-legend` => `${question}-legend`;

/** What a reader told us. Values are strings because they come from attributes; anything else is "unknown". */
export interface Answers {
  symptom?: string | null;
  severity?: string | null;
  duration?: string | null;
  heavyBleeding?: boolean | null;
}

/**
 * Why a level was chosen: a seek-care or typical rule, or a question not answered, or answered with a
 * value the article does not describe (`value` is the publisher's, trimmed, for the console and events).
 */
export type Reason =
  | {rule: 'heavy-bleeding' | 'severe' | 'persistent' | 'typical'}
  | {rule: 'missing'; question: Question}
  | {rule: 'unknown'; question: Question; value: string};

/** The id of a reason's text in content/<locale>/guidance.md. */
export type ReasonId = Extract<GuidanceKey, `reason-${string}`>;

/** The content key of a reason's text. */
export const reasonId = (reason: Reason): ReasonId =>
  reason.rule === 'missing' || reason.rule === 'unknown' ? `reason-${reason.rule}-${reason.question}` : `reason-${reason.rule}`;

export interface Assessment {
  level: Level;
  /** Why: the seek-care reasons that fired, else the typical reason, else what was missing; plus every value not understood. */
  reasons: Reason[];
}

const names = Object.keys(QUESTIONS) as Question[];

/**
 * An answer as the rules read it: attribute keywords are case-insensitive in HTML and CMS templates add
 * spaces, so " Severe " counts as "severe"; empty counts as not answered.
 */
export function normalize(value: string | null | undefined): string | undefined {
  return value?.trim().toLowerCase() || undefined;
}

/** The questions whose answer is given but is not one the article describes. */
export function unknownAnswers(answers: Answers): Question[] {
  return names.filter((q) => {
    const value = normalize(answers[q]);
    return value !== undefined && !(QUESTIONS[q] as readonly string[]).includes(value);
  });
}

/**
 * The level the article supports for these answers (DESIGN.md section 5). The first rule that matches
 * decides the level; every seek-care rule that fires is listed, because each is a reason on its own.
 */
export function assess(answers: Answers): Assessment {
  const severity = normalize(answers.severity);
  const duration = normalize(answers.duration);
  const unknown = unknownAnswers(answers);
  const notUnderstood = (q: Question): Reason => ({rule: 'unknown', question: q, value: String(answers[q]).trim()});
  const seekCare: Reason[] = [];
  if (answers.heavyBleeding) seekCare.push({rule: 'heavy-bleeding'});
  if (severity === 'severe') seekCare.push({rule: 'severe'});
  if (duration === 'persistent') seekCare.push({rule: 'persistent'});
  if (seekCare.length) return {level: 'seek-care', reasons: [...seekCare, ...unknown.map(notUnderstood)]};
  const missing = names.filter((q) => normalize(answers[q]) === undefined);
  if (!missing.length && !unknown.length) return {level: 'typical', reasons: [{rule: 'typical'}]};
  const gaps = names.flatMap((q): Reason[] =>
    unknown.includes(q) ? [notUnderstood(q)] : missing.includes(q) ? [{rule: 'missing', question: q}] : [],
  );
  return {level: 'info', reasons: gaps};
}
