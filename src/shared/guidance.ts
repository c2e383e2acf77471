import {html, type TemplateResult} from 'lit';
import type {Guidance, Level, Ui} from '../content/types.js';
import {reasonId, type Assessment, type Reason} from '../triage/triage.js';
import {fill} from './locale.js';
import {prose} from './prose.js';

// One icon per level, so the level is told apart without relying on colour. Each is a single path because
// the HTML minifier drops the "/>" of SVG elements, which would nest sibling shapes inside each other.
const icons: Record<Level, string> = {
  typical: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13ZM5 8.3l2 2 4-4.3',
  'seek-care': 'M8 1.8 15 14.2H1ZM8 6.2v3.6M8 12v.1',
  info: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 1 0 0-13ZM8 7.3v4M8 4.7v.1',
};

/** The level's icon and label: the same badge in <symptom-flag> and <symptom-check>. */
export const badge = (level: Level, g: Guidance): TemplateResult =>
  html`<span part="badge" class="badge" data-level=${level}
    ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d=${icons[level]}></path></svg
    ><span part="label" id="label">${g.levels[level].label}</span></span
  >`;

/** A reason in the reader's words. */
export const reasonText = (g: Guidance, reason: Reason): string =>
  fill(g[reasonId(reason)], {value: reason.rule === 'unknown' ? reason.value : ''});

/** The article's guidance for the level, the reasons that decided it and "this is not a diagnosis". */
export const guidance = ({level, reasons}: Assessment, g: Guidance, ui: Ui): TemplateResult =>
  html`<div part="guidance">${prose(g.levels[level].body)}</div>
    <p part="reasons-heading" id="reasons-heading">${ui['reasons-heading']}</p>
    <ul part="reasons" aria-labelledby="reasons-heading">
      ${reasons.map((r) => html`<li>${reasonText(g, r)}</li>`)}
    </ul>
    <p part="not-diagnosis">${g['not-diagnosis']}</p>`;
