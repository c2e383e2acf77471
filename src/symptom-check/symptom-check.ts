import {html, nothing, type PropertyValues} from 'lit';
import {ImplantationElement} from '../shared/element.js';
import {baseStyles} from '../shared/base.styles.js';
import {footer} from '../shared/footer.js';
import {badge, guidance as guidanceBlock} from '../shared/guidance.js';
import {guidanceStyles} from '../shared/guidance.styles.js';
import {emit} from '../shared/events.js';
import {heading, headingLevel} from '../shared/heading.js';
import {assess, formQuestions, legendKey, options, type Assessment, type Duration, type FormQuestion, type Severity, type Symptom} from '../triage/triage.js';
import {guidance, meta, ui} from '../content/subsets/symptom-check.en.js';
import {checkStyles} from './symptom-check.styles.js';
import {bundleLocale} from '../shared/locale.js';

export interface SymptomCheckAnswers {
  symptom: Symptom;
  severity: Severity;
  duration: Duration;
  heavyBleeding: boolean;
}

// Its English is in this copy's table from the start, as for the other elements: a lookup before the
// first render must find it (a `lang="en"` check alone on a page warned in WebKit).
bundleLocale('en', {guidance, meta, ui});

export interface SymptomCheckResultDetail extends Assessment {
  answers: SymptomCheckAnswers;
}

/**
 * A short form (symptom, how bad, how long, heavy bleeding) that shows the same result and guidance as
 * `<symptom-flag>` and announces it to screen readers. Answers stay in the page: nothing is stored, sent,
 * or put into the URL.
 *
 * @summary A four-question symptom check with the article's guidance as the result.
 * @fires symptom-check-result - A result was shown. `detail`: `{level, reasons, answers}`.
 * @csspart check - The card around the whole check.
 * @csspart title - The "Check your symptoms" heading.
 * @csspart form - The form with the questions.
 * @csspart question - One question's fieldset.
 * @csspart legend - A question's text.
 * @csspart option - One answer: radio button and label.
 * @csspart error - "Please answer every question."
 * @csspart submit - The "See result" button.
 * @csspart result - The area that holds the result.
 * @csspart result-heading - The "Result" heading.
 * @csspart status - The live region that announces the level badge.
 * @csspart badge - The level badge: icon and label (styled by the `--implantation-flag-<level>-*` tokens).
 * @csspart label - The level's words inside the badge.
 * @csspart guidance - The article's guidance for this level.
 * @csspart reasons-heading - "Why this result".
 * @csspart reasons - The list of reasons for the level.
 * @csspart not-diagnosis - "This is not a diagnosis. Talk to a healthcare provider."
 * @csspart start-over - The "Start over" button.
 * @csspart footer - Credit line, reviewed date and disclaimer.
 * @csspart disclaimer - The disclaimer paragraph.
 * @cssprop --implantation-check-padding - Space inside the card. Default: `var(--implantation-spacing, 1em)`.
 * @cssprop --implantation-check-border-color - Border of the card and the questions.
 * @cssprop --implantation-check-error-color - Colour of the message and border for unanswered questions. Default: `#a40e26` / `#ffa198` (dark).
 * @cssprop --implantation-check-title-size - Title font size. Default: `1.25em`.
 * @cssprop --implantation-check-heading-size - "Result" heading font size. Default: `1.125em`.
 */
export class SymptomCheck extends ImplantationElement {
  static override tag = 'symptom-check';
  static override styles = [baseStyles, guidanceStyles, checkStyles];
  static override properties = {
    ...ImplantationElement.properties,
    headingLevel: {attribute: 'heading-level'},
    noTitle: {type: Boolean, attribute: 'no-title'},
  };

  /** Level of the title heading, 2-6 (the result heading is one level lower). Default 2. */
  declare headingLevel: string | number | undefined;
  /** Hides the built-in "Check your symptoms" title; the check keeps it as its accessible name. */
  declare noTitle: boolean;

  #level = 2;
  #missing: FormQuestion[] = [];
  #result?: SymptomCheckResultDetail;
  /** A result shown by the next update, announced once that update is done. */
  #announce = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.#level = headingLevel(this, this.headingLevel, 2);
  }

  protected override updated(): void {
    if (this.#announce && this.#result) emit(this, 'symptom-check-result', this.#result);
    this.#announce = false;
  }

  protected override render() {
    const g = this.localized('guidance');
    const u = this.localized('ui');
    const r = this.#result;
    return html`<section part="check" class="root card" aria-labelledby=${this.noTitle ? nothing : 'title'}
      aria-label=${this.noTitle ? u['check-title'] : nothing}>
      ${this.noTitle ? nothing : heading(this.#level, 'title', u['check-title'], 'title')}
      <form part="form" novalidate @submit=${this.#submit} @change=${this.#change}>
        ${formQuestions.map((q) => {
          const missing = this.#missing.includes(q);
          return html`<fieldset part="question" class=${missing ? 'missing' : ''}>
            <legend part="legend">${u[legendKey(q)]}</legend>
            ${options(q).map(
              (o) => html`<label part="option"
                ><input type="radio" name=${q} value=${o.value} aria-describedby=${missing ? 'error' : nothing} />
                ${u[o.key]}</label
              >`,
            )}
          </fieldset>`;
        })}
        ${this.#missing.length ? html`<p part="error" id="error">${u['answer-all']}</p>` : nothing}
        <button part="submit">${u['see-result']}</button>
      </form>
      <div part="result">
        ${r ? heading(Math.min(this.#level + 1, 6), 'result-heading', u['result-heading']) : nothing}
        <div part="status" role="status">${r ? badge(r.level, g) : nothing}</div>
        ${r
          ? html`${guidanceBlock(r, g, u)}
              <button part="start-over" type="button" @click=${this.#startOver}>${u['start-over']}</button>`
          : nothing}
      </div>
      ${footer(this.localized('meta'), u, this.locale)}
    </section>`;
  }

  #submit(event: SubmitEvent): void | Promise<void> {
    // Without this the browser would submit the answers, putting them in the URL.
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.#missing = formQuestions.filter((q) => !data.get(q));
    if (this.#missing.length) return this.#focus(this.#missing[0]);
    const answers = {
      symptom: data.get('symptom') as Symptom,
      severity: data.get('severity') as Severity,
      duration: data.get('duration') as Duration,
      heavyBleeding: data.get('heavy-bleeding') === 'yes',
    };
    this.#result = {...assess(answers), answers};
    this.#announce = true;
    this.requestUpdate();
  }

  /** A result for other answers would be wrong, so changing an answer takes it away until asked again. */
  #change(event: Event): void {
    const name = (event.target as HTMLInputElement).name;
    this.#missing = this.#missing.filter((q) => q !== name);
    this.#result = undefined;
    this.requestUpdate();
  }

  #startOver(): Promise<void> {
    this.renderRoot.querySelector('form')!.reset();
    this.#missing = [];
    this.#result = undefined;
    return this.#focus('symptom');
  }

  async #focus(question: FormQuestion): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`[name=${question}]`)!.focus();
  }
}

declare global {
  interface HTMLElementEventMap {
    'symptom-check-result': CustomEvent<SymptomCheckResultDetail>;
  }
}
