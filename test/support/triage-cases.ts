// The rule table of DESIGN.md section 5, written out case by case, shared by test/triage.test.ts,
// test/symptom-flag.test.ts and test/symptom-check.test.ts so the rules, the flag and the check are held
// to the same expectations. Every combination of the allowed values, a missing value (null) and a value
// the article does not describe ('headache', 'extreme', 'weeks'), with and without heavy bleeding.
// Reasons are written as their content ids without the "reason-" prefix, to keep rows short.
import {guidance} from '../../src/content/en.js';
import {reasonId, type Answers, type Level, type Question, type Reason} from '../../src/triage/triage.js';

type Row = [symptom: string | null, severity: string | null, duration: string | null, heavyBleeding: boolean, level: Level, reasons: string[]];

export interface TriageCase {
  answers: Answers & {heavyBleeding: boolean};
  level: Level;
  reasons: Reason[];
  /** e.g. "abdominal-cramps mild (no duration) heavy-bleeding", for test titles. */
  name: string;
}

// prettier-ignore
const rows: Row[] = [
  // symptom           severity    duration      bleeding level        reasons
  ['lower-back-pain' , 'mild'    , 'hours'     , false, 'typical'  , ['typical']],
  ['lower-back-pain' , 'mild'    , 'days'      , false, 'typical'  , ['typical']],
  ['lower-back-pain' , 'mild'    , 'persistent', false, 'seek-care', ['persistent']],
  ['lower-back-pain' , 'mild'    , null        , false, 'info'     , ['missing-duration']],
  ['lower-back-pain' , 'mild'    , 'weeks'     , false, 'info'     , ['unknown-duration']],
  ['lower-back-pain' , 'moderate', 'hours'     , false, 'typical'  , ['typical']],
  ['lower-back-pain' , 'moderate', 'days'      , false, 'typical'  , ['typical']],
  ['lower-back-pain' , 'moderate', 'persistent', false, 'seek-care', ['persistent']],
  ['lower-back-pain' , 'moderate', null        , false, 'info'     , ['missing-duration']],
  ['lower-back-pain' , 'moderate', 'weeks'     , false, 'info'     , ['unknown-duration']],
  ['lower-back-pain' , 'severe'  , 'hours'     , false, 'seek-care', ['severe']],
  ['lower-back-pain' , 'severe'  , 'days'      , false, 'seek-care', ['severe']],
  ['lower-back-pain' , 'severe'  , 'persistent', false, 'seek-care', ['severe', 'persistent']],
  ['lower-back-pain' , 'severe'  , null        , false, 'seek-care', ['severe']],
  ['lower-back-pain' , 'severe'  , 'weeks'     , false, 'seek-care', ['severe', 'unknown-duration']],
  ['lower-back-pain' , null      , 'hours'     , false, 'info'     , ['missing-severity']],
  ['lower-back-pain' , null      , 'days'      , false, 'info'     , ['missing-severity']],
  ['lower-back-pain' , null      , 'persistent', false, 'seek-care', ['persistent']],
  ['lower-back-pain' , null      , null        , false, 'info'     , ['missing-severity', 'missing-duration']],
  ['lower-back-pain' , null      , 'weeks'     , false, 'info'     , ['missing-severity', 'unknown-duration']],
  ['lower-back-pain' , 'extreme' , 'hours'     , false, 'info'     , ['unknown-severity']],
  ['lower-back-pain' , 'extreme' , 'days'      , false, 'info'     , ['unknown-severity']],
  ['lower-back-pain' , 'extreme' , 'persistent', false, 'seek-care', ['persistent', 'unknown-severity']],
  ['lower-back-pain' , 'extreme' , null        , false, 'info'     , ['unknown-severity', 'missing-duration']],
  ['lower-back-pain' , 'extreme' , 'weeks'     , false, 'info'     , ['unknown-severity', 'unknown-duration']],
  ['abdominal-cramps', 'mild'    , 'hours'     , false, 'typical'  , ['typical']],
  ['abdominal-cramps', 'mild'    , 'days'      , false, 'typical'  , ['typical']],
  ['abdominal-cramps', 'mild'    , 'persistent', false, 'seek-care', ['persistent']],
  ['abdominal-cramps', 'mild'    , null        , false, 'info'     , ['missing-duration']],
  ['abdominal-cramps', 'mild'    , 'weeks'     , false, 'info'     , ['unknown-duration']],
  ['abdominal-cramps', 'moderate', 'hours'     , false, 'typical'  , ['typical']],
  ['abdominal-cramps', 'moderate', 'days'      , false, 'typical'  , ['typical']],
  ['abdominal-cramps', 'moderate', 'persistent', false, 'seek-care', ['persistent']],
  ['abdominal-cramps', 'moderate', null        , false, 'info'     , ['missing-duration']],
  ['abdominal-cramps', 'moderate', 'weeks'     , false, 'info'     , ['unknown-duration']],
  ['abdominal-cramps', 'severe'  , 'hours'     , false, 'seek-care', ['severe']],
  ['abdominal-cramps', 'severe'  , 'days'      , false, 'seek-care', ['severe']],
  ['abdominal-cramps', 'severe'  , 'persistent', false, 'seek-care', ['severe', 'persistent']],
  ['abdominal-cramps', 'severe'  , null        , false, 'seek-care', ['severe']],
  ['abdominal-cramps', 'severe'  , 'weeks'     , false, 'seek-care', ['severe', 'unknown-duration']],
  ['abdominal-cramps', null      , 'hours'     , false, 'info'     , ['missing-severity']],
  ['abdominal-cramps', null      , 'days'      , false, 'info'     , ['missing-severity']],
  ['abdominal-cramps', null      , 'persistent', false, 'seek-care', ['persistent']],
  ['abdominal-cramps', null      , null        , false, 'info'     , ['missing-severity', 'missing-duration']],
  ['abdominal-cramps', null      , 'weeks'     , false, 'info'     , ['missing-severity', 'unknown-duration']],
  ['abdominal-cramps', 'extreme' , 'hours'     , false, 'info'     , ['unknown-severity']],
  ['abdominal-cramps', 'extreme' , 'days'      , false, 'info'     , ['unknown-severity']],
  ['abdominal-cramps', 'extreme' , 'persistent', false, 'seek-care', ['persistent', 'unknown-severity']],
  ['abdominal-cramps', 'extreme' , null        , false, 'info'     , ['unknown-severity', 'missing-duration']],
  ['abdominal-cramps', 'extreme' , 'weeks'     , false, 'info'     , ['unknown-severity', 'unknown-duration']],
  [null              , 'mild'    , 'hours'     , false, 'info'     , ['missing-symptom']],
  [null              , 'mild'    , 'days'      , false, 'info'     , ['missing-symptom']],
  [null              , 'mild'    , 'persistent', false, 'seek-care', ['persistent']],
  [null              , 'mild'    , null        , false, 'info'     , ['missing-symptom', 'missing-duration']],
  [null              , 'mild'    , 'weeks'     , false, 'info'     , ['missing-symptom', 'unknown-duration']],
  [null              , 'moderate', 'hours'     , false, 'info'     , ['missing-symptom']],
  [null              , 'moderate', 'days'      , false, 'info'     , ['missing-symptom']],
  [null              , 'moderate', 'persistent', false, 'seek-care', ['persistent']],
  [null              , 'moderate', null        , false, 'info'     , ['missing-symptom', 'missing-duration']],
  [null              , 'moderate', 'weeks'     , false, 'info'     , ['missing-symptom', 'unknown-duration']],
  [null              , 'severe'  , 'hours'     , false, 'seek-care', ['severe']],
  [null              , 'severe'  , 'days'      , false, 'seek-care', ['severe']],
  [null              , 'severe'  , 'persistent', false, 'seek-care', ['severe', 'persistent']],
  [null              , 'severe'  , null        , false, 'seek-care', ['severe']],
  [null              , 'severe'  , 'weeks'     , false, 'seek-care', ['severe', 'unknown-duration']],
  [null              , null      , 'hours'     , false, 'info'     , ['missing-symptom', 'missing-severity']],
  [null              , null      , 'days'      , false, 'info'     , ['missing-symptom', 'missing-severity']],
  [null              , null      , 'persistent', false, 'seek-care', ['persistent']],
  [null              , null      , null        , false, 'info'     , ['missing-symptom', 'missing-severity', 'missing-duration']],
  [null              , null      , 'weeks'     , false, 'info'     , ['missing-symptom', 'missing-severity', 'unknown-duration']],
  [null              , 'extreme' , 'hours'     , false, 'info'     , ['missing-symptom', 'unknown-severity']],
  [null              , 'extreme' , 'days'      , false, 'info'     , ['missing-symptom', 'unknown-severity']],
  [null              , 'extreme' , 'persistent', false, 'seek-care', ['persistent', 'unknown-severity']],
  [null              , 'extreme' , null        , false, 'info'     , ['missing-symptom', 'unknown-severity', 'missing-duration']],
  [null              , 'extreme' , 'weeks'     , false, 'info'     , ['missing-symptom', 'unknown-severity', 'unknown-duration']],
  ['headache'        , 'mild'    , 'hours'     , false, 'info'     , ['unknown-symptom']],
  ['headache'        , 'mild'    , 'days'      , false, 'info'     , ['unknown-symptom']],
  ['headache'        , 'mild'    , 'persistent', false, 'seek-care', ['persistent', 'unknown-symptom']],
  ['headache'        , 'mild'    , null        , false, 'info'     , ['unknown-symptom', 'missing-duration']],
  ['headache'        , 'mild'    , 'weeks'     , false, 'info'     , ['unknown-symptom', 'unknown-duration']],
  ['headache'        , 'moderate', 'hours'     , false, 'info'     , ['unknown-symptom']],
  ['headache'        , 'moderate', 'days'      , false, 'info'     , ['unknown-symptom']],
  ['headache'        , 'moderate', 'persistent', false, 'seek-care', ['persistent', 'unknown-symptom']],
  ['headache'        , 'moderate', null        , false, 'info'     , ['unknown-symptom', 'missing-duration']],
  ['headache'        , 'moderate', 'weeks'     , false, 'info'     , ['unknown-symptom', 'unknown-duration']],
  ['headache'        , 'severe'  , 'hours'     , false, 'seek-care', ['severe', 'unknown-symptom']],
  ['headache'        , 'severe'  , 'days'      , false, 'seek-care', ['severe', 'unknown-symptom']],
  ['headache'        , 'severe'  , 'persistent', false, 'seek-care', ['severe', 'persistent', 'unknown-symptom']],
  ['headache'        , 'severe'  , null        , false, 'seek-care', ['severe', 'unknown-symptom']],
  ['headache'        , 'severe'  , 'weeks'     , false, 'seek-care', ['severe', 'unknown-symptom', 'unknown-duration']],
  ['headache'        , null      , 'hours'     , false, 'info'     , ['unknown-symptom', 'missing-severity']],
  ['headache'        , null      , 'days'      , false, 'info'     , ['unknown-symptom', 'missing-severity']],
  ['headache'        , null      , 'persistent', false, 'seek-care', ['persistent', 'unknown-symptom']],
  ['headache'        , null      , null        , false, 'info'     , ['unknown-symptom', 'missing-severity', 'missing-duration']],
  ['headache'        , null      , 'weeks'     , false, 'info'     , ['unknown-symptom', 'missing-severity', 'unknown-duration']],
  ['headache'        , 'extreme' , 'hours'     , false, 'info'     , ['unknown-symptom', 'unknown-severity']],
  ['headache'        , 'extreme' , 'days'      , false, 'info'     , ['unknown-symptom', 'unknown-severity']],
  ['headache'        , 'extreme' , 'persistent', false, 'seek-care', ['persistent', 'unknown-symptom', 'unknown-severity']],
  ['headache'        , 'extreme' , null        , false, 'info'     , ['unknown-symptom', 'unknown-severity', 'missing-duration']],
  ['headache'        , 'extreme' , 'weeks'     , false, 'info'     , ['unknown-symptom', 'unknown-severity', 'unknown-duration']],
  ['lower-back-pain' , 'mild'    , 'hours'     , true , 'seek-care', ['heavy-bleeding']],
  ['lower-back-pain' , 'mild'    , 'days'      , true , 'seek-care', ['heavy-bleeding']],
  ['lower-back-pain' , 'mild'    , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent']],
  ['lower-back-pain' , 'mild'    , null        , true , 'seek-care', ['heavy-bleeding']],
  ['lower-back-pain' , 'mild'    , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-duration']],
  ['lower-back-pain' , 'moderate', 'hours'     , true , 'seek-care', ['heavy-bleeding']],
  ['lower-back-pain' , 'moderate', 'days'      , true , 'seek-care', ['heavy-bleeding']],
  ['lower-back-pain' , 'moderate', 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent']],
  ['lower-back-pain' , 'moderate', null        , true , 'seek-care', ['heavy-bleeding']],
  ['lower-back-pain' , 'moderate', 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-duration']],
  ['lower-back-pain' , 'severe'  , 'hours'     , true , 'seek-care', ['heavy-bleeding', 'severe']],
  ['lower-back-pain' , 'severe'  , 'days'      , true , 'seek-care', ['heavy-bleeding', 'severe']],
  ['lower-back-pain' , 'severe'  , 'persistent', true , 'seek-care', ['heavy-bleeding', 'severe', 'persistent']],
  ['lower-back-pain' , 'severe'  , null        , true , 'seek-care', ['heavy-bleeding', 'severe']],
  ['lower-back-pain' , 'severe'  , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'severe', 'unknown-duration']],
  ['lower-back-pain' , null      , 'hours'     , true , 'seek-care', ['heavy-bleeding']],
  ['lower-back-pain' , null      , 'days'      , true , 'seek-care', ['heavy-bleeding']],
  ['lower-back-pain' , null      , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent']],
  ['lower-back-pain' , null      , null        , true , 'seek-care', ['heavy-bleeding']],
  ['lower-back-pain' , null      , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-duration']],
  ['lower-back-pain' , 'extreme' , 'hours'     , true , 'seek-care', ['heavy-bleeding', 'unknown-severity']],
  ['lower-back-pain' , 'extreme' , 'days'      , true , 'seek-care', ['heavy-bleeding', 'unknown-severity']],
  ['lower-back-pain' , 'extreme' , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent', 'unknown-severity']],
  ['lower-back-pain' , 'extreme' , null        , true , 'seek-care', ['heavy-bleeding', 'unknown-severity']],
  ['lower-back-pain' , 'extreme' , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-severity', 'unknown-duration']],
  ['abdominal-cramps', 'mild'    , 'hours'     , true , 'seek-care', ['heavy-bleeding']],
  ['abdominal-cramps', 'mild'    , 'days'      , true , 'seek-care', ['heavy-bleeding']],
  ['abdominal-cramps', 'mild'    , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent']],
  ['abdominal-cramps', 'mild'    , null        , true , 'seek-care', ['heavy-bleeding']],
  ['abdominal-cramps', 'mild'    , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-duration']],
  ['abdominal-cramps', 'moderate', 'hours'     , true , 'seek-care', ['heavy-bleeding']],
  ['abdominal-cramps', 'moderate', 'days'      , true , 'seek-care', ['heavy-bleeding']],
  ['abdominal-cramps', 'moderate', 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent']],
  ['abdominal-cramps', 'moderate', null        , true , 'seek-care', ['heavy-bleeding']],
  ['abdominal-cramps', 'moderate', 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-duration']],
  ['abdominal-cramps', 'severe'  , 'hours'     , true , 'seek-care', ['heavy-bleeding', 'severe']],
  ['abdominal-cramps', 'severe'  , 'days'      , true , 'seek-care', ['heavy-bleeding', 'severe']],
  ['abdominal-cramps', 'severe'  , 'persistent', true , 'seek-care', ['heavy-bleeding', 'severe', 'persistent']],
  ['abdominal-cramps', 'severe'  , null        , true , 'seek-care', ['heavy-bleeding', 'severe']],
  ['abdominal-cramps', 'severe'  , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'severe', 'unknown-duration']],
  ['abdominal-cramps', null      , 'hours'     , true , 'seek-care', ['heavy-bleeding']],
  ['abdominal-cramps', null      , 'days'      , true , 'seek-care', ['heavy-bleeding']],
  ['abdominal-cramps', null      , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent']],
  ['abdominal-cramps', null      , null        , true , 'seek-care', ['heavy-bleeding']],
  ['abdominal-cramps', null      , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-duration']],
  ['abdominal-cramps', 'extreme' , 'hours'     , true , 'seek-care', ['heavy-bleeding', 'unknown-severity']],
  ['abdominal-cramps', 'extreme' , 'days'      , true , 'seek-care', ['heavy-bleeding', 'unknown-severity']],
  ['abdominal-cramps', 'extreme' , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent', 'unknown-severity']],
  ['abdominal-cramps', 'extreme' , null        , true , 'seek-care', ['heavy-bleeding', 'unknown-severity']],
  ['abdominal-cramps', 'extreme' , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-severity', 'unknown-duration']],
  [null              , 'mild'    , 'hours'     , true , 'seek-care', ['heavy-bleeding']],
  [null              , 'mild'    , 'days'      , true , 'seek-care', ['heavy-bleeding']],
  [null              , 'mild'    , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent']],
  [null              , 'mild'    , null        , true , 'seek-care', ['heavy-bleeding']],
  [null              , 'mild'    , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-duration']],
  [null              , 'moderate', 'hours'     , true , 'seek-care', ['heavy-bleeding']],
  [null              , 'moderate', 'days'      , true , 'seek-care', ['heavy-bleeding']],
  [null              , 'moderate', 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent']],
  [null              , 'moderate', null        , true , 'seek-care', ['heavy-bleeding']],
  [null              , 'moderate', 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-duration']],
  [null              , 'severe'  , 'hours'     , true , 'seek-care', ['heavy-bleeding', 'severe']],
  [null              , 'severe'  , 'days'      , true , 'seek-care', ['heavy-bleeding', 'severe']],
  [null              , 'severe'  , 'persistent', true , 'seek-care', ['heavy-bleeding', 'severe', 'persistent']],
  [null              , 'severe'  , null        , true , 'seek-care', ['heavy-bleeding', 'severe']],
  [null              , 'severe'  , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'severe', 'unknown-duration']],
  [null              , null      , 'hours'     , true , 'seek-care', ['heavy-bleeding']],
  [null              , null      , 'days'      , true , 'seek-care', ['heavy-bleeding']],
  [null              , null      , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent']],
  [null              , null      , null        , true , 'seek-care', ['heavy-bleeding']],
  [null              , null      , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-duration']],
  [null              , 'extreme' , 'hours'     , true , 'seek-care', ['heavy-bleeding', 'unknown-severity']],
  [null              , 'extreme' , 'days'      , true , 'seek-care', ['heavy-bleeding', 'unknown-severity']],
  [null              , 'extreme' , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent', 'unknown-severity']],
  [null              , 'extreme' , null        , true , 'seek-care', ['heavy-bleeding', 'unknown-severity']],
  [null              , 'extreme' , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-severity', 'unknown-duration']],
  ['headache'        , 'mild'    , 'hours'     , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom']],
  ['headache'        , 'mild'    , 'days'      , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom']],
  ['headache'        , 'mild'    , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent', 'unknown-symptom']],
  ['headache'        , 'mild'    , null        , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom']],
  ['headache'        , 'mild'    , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom', 'unknown-duration']],
  ['headache'        , 'moderate', 'hours'     , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom']],
  ['headache'        , 'moderate', 'days'      , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom']],
  ['headache'        , 'moderate', 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent', 'unknown-symptom']],
  ['headache'        , 'moderate', null        , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom']],
  ['headache'        , 'moderate', 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom', 'unknown-duration']],
  ['headache'        , 'severe'  , 'hours'     , true , 'seek-care', ['heavy-bleeding', 'severe', 'unknown-symptom']],
  ['headache'        , 'severe'  , 'days'      , true , 'seek-care', ['heavy-bleeding', 'severe', 'unknown-symptom']],
  ['headache'        , 'severe'  , 'persistent', true , 'seek-care', ['heavy-bleeding', 'severe', 'persistent', 'unknown-symptom']],
  ['headache'        , 'severe'  , null        , true , 'seek-care', ['heavy-bleeding', 'severe', 'unknown-symptom']],
  ['headache'        , 'severe'  , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'severe', 'unknown-symptom', 'unknown-duration']],
  ['headache'        , null      , 'hours'     , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom']],
  ['headache'        , null      , 'days'      , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom']],
  ['headache'        , null      , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent', 'unknown-symptom']],
  ['headache'        , null      , null        , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom']],
  ['headache'        , null      , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom', 'unknown-duration']],
  ['headache'        , 'extreme' , 'hours'     , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom', 'unknown-severity']],
  ['headache'        , 'extreme' , 'days'      , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom', 'unknown-severity']],
  ['headache'        , 'extreme' , 'persistent', true , 'seek-care', ['heavy-bleeding', 'persistent', 'unknown-symptom', 'unknown-severity']],
  ['headache'        , 'extreme' , null        , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom', 'unknown-severity']],
  ['headache'        , 'extreme' , 'weeks'     , true , 'seek-care', ['heavy-bleeding', 'unknown-symptom', 'unknown-severity', 'unknown-duration']],
  // Attribute keywords are case-insensitive and may carry spaces; empty means not answered.
  [' Lower-Back-Pain', 'MILD'    , 'Hours '    , false, 'typical'  , ['typical']],
  [''                , ' '       , ''          , false, 'info'     , ['missing-symptom', 'missing-severity', 'missing-duration']],
  ['abdominal-cramps', 'Severe'  , 'days'      , false, 'seek-care', ['severe']],
];

const show = (value: string | null, question: string) =>
  value === null ? `(no ${question})` : value && value.trim() === value ? value : JSON.stringify(value);

/** A row's reason as assess() gives it: 'unknown-duration' carries the value given for duration. */
function reason(short: string, answers: Answers): Reason {
  const [rule, question] = short.split(/-(?=symptom|severity|duration)/) as ['missing' | 'unknown', Question];
  if (rule === 'missing') return {rule, question};
  if (rule === 'unknown') return {rule, question, value: String(answers[question]).trim()};
  return {rule: short as 'heavy-bleeding' | 'severe' | 'persistent' | 'typical'};
}

export const cases: TriageCase[] = rows.map(([symptom, severity, duration, heavyBleeding, level, reasons]) => ({
  answers: {symptom, severity, duration, heavyBleeding},
  level,
  reasons: reasons.map((r) => reason(r, {symptom, severity, duration})),
  name: [show(symptom, 'symptom'), show(severity, 'severity'), show(duration, 'duration'), heavyBleeding ? 'heavy-bleeding' : '']
    .join(' ').trim(),
}));

/** Cases the form can produce: every question answered with a value it offers. */
export const formCases = cases.filter(({answers: {symptom, severity, duration}}) =>
  [symptom, severity, duration].every((v) => v && /^(lower-back-pain|abdominal-cramps|mild|moderate|severe|hours|days|persistent)$/.test(v)),
);

/**
 * The words a reader should get for a case, as the content defines them (not as any widget renders
 * them): the level label, the guidance, "Why this result", each reason, and "this is not a diagnosis".
 */
export function expectedWords({level, reasons}: TriageCase): string[] {
  return [
    guidance.levels[level].label,
    ...guidance.levels[level].body.map((p) => p.replaceAll('**', '')),
    'Why this result',
    ...reasons.map((r) => guidance[reasonId(r)].replace('{value}', r.rule === 'unknown' ? r.value : '')),
    guidance['not-diagnosis'],
  ];
}

const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The same list as `expectedWords`, read from what a widget rendered. */
export const shownWords = (root: ParentNode): string[] => [
  words(root.querySelector('[part~="label"]')),
  ...[...root.querySelectorAll('[part~="guidance"] p')].map(words),
  words(root.querySelector('[part~="reasons-heading"]')),
  ...[...root.querySelectorAll('[part~="reasons"] li')].map(words),
  words(root.querySelector('[part~="not-diagnosis"]')),
];
