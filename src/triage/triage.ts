// The article's advice as rules, and nothing more. Pure: no DOM, no Lit, so it is tested without a browser
// and both <symptom-flag> and <symptom-check> are guaranteed to agree.
import type {GuidanceKey, Level} from '../content/types.js';

export type {Level};

/** The id of a reason text in content/<locale>/guidance.md; `reason-unknown-*` texts hold `{value}`. */
export type ReasonId = Extract<GuidanceKey, `reason-${string}`>;

/** The questions the article can answer, with the values it describes, in the order readers see them. */
export const QUESTIONS = {
  symptom: ['lower-back-pain', 'abdominal-cramps'],
  severity: ['mild', 'moderate', 'severe'],
  duration: ['hours', 'days', 'persistent'],
} as const;

export type Question = keyof typeof QUESTIONS;
export type Symptom = (typeof QUESTIONS.symptom)[number];
export type Severity = (typeof QUESTIONS.severity)[number];
export type Duration = (typeof QUESTIONS.duration)[number];

/** What a reader told us. Values are strings because they come from attributes; anything else is "unknown". */
export interface Answers {
  symptom?: string | null;
  severity?: string | null;
  duration?: string | null;
  heavyBleeding?: boolean | null;
}

export interface Assessment {
  level: Level;
  /** Why: the seek-care reasons that fired, else the typical reason, else what was missing; plus every value not understood. */
  reasons: ReasonId[];
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
  const notUnderstood = unknown.map((q): ReasonId => `reason-unknown-${q}`);
  const seekCare: ReasonId[] = [];
  if (answers.heavyBleeding) seekCare.push('reason-heavy-bleeding');
  if (severity === 'severe') seekCare.push('reason-severe');
  if (duration === 'persistent') seekCare.push('reason-persistent');
  if (seekCare.length) return {level: 'seek-care', reasons: [...seekCare, ...notUnderstood]};
  const missing = names.filter((q) => normalize(answers[q]) === undefined);
  if (!missing.length && !unknown.length) return {level: 'typical', reasons: ['reason-typical']};
  const gaps = names.flatMap((q): ReasonId[] =>
    unknown.includes(q) ? [`reason-unknown-${q}`] : missing.includes(q) ? [`reason-missing-${q}`] : [],
  );
  return {level: 'info', reasons: gaps};
}
