import {html, type PropertyValues} from 'lit';
import {ImplantationElement} from '../shared/element.js';
import {baseStyles} from '../shared/base.styles.js';
import {footer} from '../shared/footer.js';
import {badge, guidance as guidanceBlock} from '../shared/guidance.js';
import {guidanceStyles} from '../shared/guidance.styles.js';
import {emit} from '../shared/events.js';
import {assess, QUESTIONS, unknownAnswers, type Answers, type Assessment, type Level} from '../triage/triage.js';
import {guidance, meta, ui} from '../content/subsets/symptom-flag.en.js';
import {flagStyles} from './symptom-flag.styles.js';
import {bundleLocale} from '../shared/locale.js';

bundleLocale('en', {guidance, meta, ui});

/** `detail` of `symptom-flag-change`: the new level and why. */
export type SymptomFlagChangeDetail = Assessment;

/**
 * A compact badge telling a reader whether the symptom they describe fits what the article calls typical
 * of implantation, or is a sign to get medical help promptly. A "Why?" button shows the article's
 * guidance, the reasons for the level, and that this is not a diagnosis.
 *
 * @summary A calm badge: typical of implantation, get medical help promptly, or learn what is typical.
 * @fires symptom-flag-change - The level changed (not fired for the first render: read `level` then). `detail`: `{level, reasons}`.
 * @csspart flag - The line with the badge and the button.
 * @csspart badge - The level badge: icon and label.
 * @csspart label - The level's words inside the badge.
 * @csspart note - "Not a diagnosis", shown beside the badge at every level.
 * @csspart toggle - The "Why?" button that shows and hides the details.
 * @csspart details - The panel with the guidance, reasons, "not a diagnosis" and footer.
 * @csspart guidance - The article's guidance for this level.
 * @csspart reasons-heading - "Why this result".
 * @csspart reasons - The list of reasons for the level.
 * @csspart not-diagnosis - "This is not a diagnosis. Talk to a healthcare provider."
 * @csspart footer - Credit line, reviewed date and disclaimer.
 * @csspart disclaimer - The disclaimer paragraph.
 * @cssprop --implantation-flag-typical-color - Badge text and icon colour for "typical". Default: `#116329` / `#7ee787` (dark).
 * @cssprop --implantation-flag-typical-background - Badge background for "typical". Default: `#dafbe1` / `#0f2d1a`.
 * @cssprop --implantation-flag-seek-care-color - Badge text and icon colour for "seek-care". Default: `#a40e26` / `#ffa198`.
 * @cssprop --implantation-flag-seek-care-background - Badge background for "seek-care". Default: `#ffebe9` / `#3c1216`.
 * @cssprop --implantation-flag-info-color - Badge text and icon colour for "info". Default: the accent colour.
 * @cssprop --implantation-flag-info-background - Badge background for "info". Default: the accent background.
 * @cssprop --implantation-flag-radius - Badge corner radius. Default: `1em`.
 * @cssprop --implantation-flag-border-color - Border of the button and the details panel. Default: the border colour.
 * @cssprop --implantation-flag-details-padding - Space inside the details panel. Default: `0.75em 1em`.
 */
export class SymptomFlag extends ImplantationElement {
  static override tag = 'symptom-flag';
  static override styles = [baseStyles, guidanceStyles, flagStyles];
  static override properties = {
    ...ImplantationElement.properties,
    symptom: {},
    severity: {},
    duration: {},
    heavyBleeding: {type: Boolean, attribute: 'heavy-bleeding'},
  };

  /** `lower-back-pain` or `abdominal-cramps`. */
  declare symptom: string | undefined;
  /** `mild`, `moderate` or `severe`. */
  declare severity: string | undefined;
  /** `hours`, `days` or `persistent` (does not go away). */
  declare duration: string | undefined;
  /** Whether there is heavy bleeding; on its own it means "get medical help promptly". */
  declare heavyBleeding: boolean;

  #result!: Assessment;
  #reported?: Level;
  #open = false;

  constructor() {
    super();
    // A page script may set `flag.level` before the element is defined, creating an own property that
    // hides the accessor. Lit takes back its reactive properties; this one goes through the setter, so
    // it warns.
    if (Object.prototype.hasOwnProperty.call(this, 'level')) {
      const value = this.level;
      delete (this as Partial<this>).level;
      this.level = value;
    }
  }

  /** Read-only: `typical`, `seek-care` or `info`, also reflected as the `level` attribute for styling. */
  get level(): Level {
    return assess(this.#answers()).level;
  }

  set level(value: Level) {
    this.warn(`level is read-only (it follows the other attributes); "${value}" is ignored.`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const answers = this.#answers();
    for (const q of unknownAnswers(answers)) {
      if (changed.has(q)) this.warn(`${q}="${answers[q]}" is not one of ${QUESTIONS[q].join(', ')}; it is ignored.`);
    }
    const bleeding = this.getAttribute('heavy-bleeding');
    if (changed.has('heavyBleeding') && /^(false|no|0)$/i.test(bleeding ?? '')) {
      this.warn(`heavy-bleeding="${bleeding}" still means yes: it is a boolean attribute, so remove it for no.`);
    }
    this.#result = assess(answers);
    this.setAttribute('level', this.#result.level);
  }

  protected override updated(): void {
    const {level, reasons} = this.#result;
    if (this.#reported && this.#reported !== level) emit(this, 'symptom-flag-change', {level, reasons});
    this.#reported = level;
  }

  protected override render() {
    const g = this.localized('guidance');
    const u = this.localized('ui');
    // The details are a <section> so that the footer inside is not taken for the page's contentinfo landmark.
    return html`<p part="flag" class="root">
        ${badge(this.#result.level, g)}
        <span part="note" id="note">${g['not-diagnosis-short']}</span>
        <button part="toggle" aria-expanded=${this.#open} aria-controls="details" aria-describedby="label note" @click=${this.#toggle}>
          ${u['show-details']}
        </button>
      </p>
      <section part="details" class="root" id="details" ?hidden=${!this.#open}>
        ${guidanceBlock(this.#result, g, u)} ${footer(this.localized('meta'), u, this.locale)}
      </section>`;
  }

  #answers(): Answers {
    return {symptom: this.symptom, severity: this.severity, duration: this.duration, heavyBleeding: this.heavyBleeding};
  }

  #toggle(): void {
    this.#open = !this.#open;
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementEventMap {
    'symptom-flag-change': CustomEvent<SymptomFlagChangeDetail>;
  }
}
