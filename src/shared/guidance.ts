import {html, svg, type SVGTemplateResult, type TemplateResult} from 'lit';
import type {Guidance, Level, Ui} from '../content/types.js';
import type {Answers, Assessment, ReasonId} from '../triage/triage.js';
import {fill} from './locale.js';
import {prose} from './prose.js';

// One template per level: an icon tells the level apart without relying on colour.
const icons: Record<Level, SVGTemplateResult> = {
  typical: svg`<circle cx="8" cy="8" r="6.5" /><path d="M5 8.3l2 2 4-4.3" />`,
  'seek-care': svg`<path d="M8 1.8 15 14.2H1Z" /><path d="M8 6.2v3.6M8 12v.1" />`,
  info: svg`<circle cx="8" cy="8" r="6.5" /><path d="M8 7.3v4M8 4.7v.1" />`,
};

/** The level's icon and label: the same badge in <symptom-flag> and <symptom-check>. */
export const badge = (level: Level, g: Guidance): TemplateResult =>
  html`<span part="badge" class="badge" data-level=${level}
    ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">${icons[level]}</svg
    ><span part="label" id="label">${g.levels[level].label}</span></span
  >`;

/** A reason in the reader's words; a value that was not understood is quoted back to them. */
export function reasonText(g: Guidance, id: ReasonId, answers: Answers): string {
  const question = id.match(/^reason-unknown-(\w+)$/)?.[1] as 'symptom' | 'severity' | 'duration' | undefined;
  return fill(g[id], {value: question ? String(answers[question]).trim() : ''});
}

/** The article's guidance for the level, the reasons that decided it and "this is not a diagnosis". */
export const guidance = ({level, reasons}: Assessment, answers: Answers, g: Guidance, ui: Ui): TemplateResult =>
  html`<div part="guidance">${prose(g.levels[level].body)}</div>
    <p part="reasons-heading" id="reasons-heading">${ui['reasons-heading']}</p>
    <ul part="reasons" aria-labelledby="reasons-heading">
      ${reasons.map((r) => html`<li>${reasonText(g, r, answers)}</li>`)}
    </ul>
    <p part="not-diagnosis">${g['not-diagnosis']}</p>`;
