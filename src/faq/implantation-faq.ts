import {html, nothing, type PropertyValues} from 'lit';
import {ImplantationElement} from '../shared/element.js';
import {baseStyles} from '../shared/base.styles.js';
import {footer} from '../shared/footer.js';
import {heading, headingLevel} from '../shared/heading.js';
import {prose} from '../shared/prose.js';
import {selectBlocks} from '../shared/select.js';
import {emit} from '../shared/events.js';
import type {Block} from '../content/types.js';
import {faq, meta, ui} from '../content/en.js';
import {attachJsonLd, detachJsonLd, faqPage} from './json-ld.js';
import {faqStyles} from './implantation-faq.styles.js';

/** `detail` of `implantation-faq-toggle`. */
export interface FaqToggleDetail {
  /** The question's id, e.g. "what-is-implantation". */
  id: string;
  /** Whether the answer is now shown. */
  open: boolean;
}

/**
 * The article's questions and answers as an accessible accordion (WAI-ARIA APG): find-in-page finds
 * closed answers and opens them, `#<question-id>` in the URL opens and scrolls to that question.
 *
 * @summary Questions and answers about implantation and lower back pain.
 * @fires implantation-faq-toggle - A question opened or closed because of the reader (click, keys,
 *   "Expand all"/"Collapse all", find-in-page, URL hash); not for `expandAll()`, `collapseAll()` or `open`
 *   set by the page's own script. `detail: {id, open}`.
 * @csspart toggle-all - The "Expand all" / "Collapse all" button.
 * @csspart item - One question with its answer.
 * @csspart heading - The heading around a question.
 * @csspart question - The button that shows or hides an answer.
 * @csspart answer - The answer region.
 * @csspart footer - Credit line, reviewed date and disclaimer.
 * @csspart source-link - The link to the source article (when `source-href` is set).
 * @csspart disclaimer - The disclaimer paragraph.
 * @cssprop --implantation-faq-border-color - Lines between questions. Default: `var(--implantation-color-border)`.
 * @cssprop --implantation-faq-question-color - Question text colour. Default: the text colour.
 * @cssprop --implantation-faq-question-size - Question font size. Default: `1.0625em`.
 * @cssprop --implantation-faq-hover-background - Question background on hover. Default: `var(--implantation-color-accent-background)`.
 */
export class ImplantationFaq extends ImplantationElement {
  static override tag = 'implantation-faq';
  static override styles = [baseStyles, faqStyles];
  static override properties = {
    ...ImplantationElement.properties,
    items: {},
    open: {},
    single: {type: Boolean},
    headingLevel: {attribute: 'heading-level'},
    structuredData: {type: Boolean, attribute: 'structured-data'},
    sourceHref: {attribute: 'source-href'},
    noToggleAll: {type: Boolean, attribute: 'no-toggle-all'},
  };

  /** Space-separated question ids to show, in this order. Default: every question. */
  declare items: string | undefined;
  /** Space-separated ids of the questions open at start; setting it later sets which are open. */
  declare open: string | undefined;
  /** Opening one question closes the others; hides "Expand all". */
  declare single: boolean;
  /** Level of each question's heading, 2-6. Default 3. */
  declare headingLevel: string | number | undefined;
  /** Writes one schema.org FAQPage JSON-LD script into the page, next to the element. */
  declare structuredData: boolean;
  /** URL of the source article; when set, the credit line links to it. */
  declare sourceHref: string | undefined;
  /** Hides the "Expand all" / "Collapse all" button. */
  declare noToggleAll: boolean;

  #level = 3;
  #blocks: readonly Block[] = [];
  #open = new Set<string>();
  #ld?: HTMLScriptElement;
  #json = '';
  /** Toggles the reader caused, fired once the update that shows them is done. */
  #toggles: FaqToggleDetail[] = [];

  /** Shows every answer. Fires no event; ignored (with a warning) when `single` is set. */
  expandAll(): void {
    this.#setAll(true, false);
  }

  /** Hides every answer. Fires no event. */
  collapseAll(): void {
    this.#setAll(false, false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    // A deep link is honoured once the questions exist, on the first connection only: moving the
    // element later must not scroll the page.
    if (!this.hasUpdated) this.updateComplete.then(this.#onHash);
    else this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
    detachJsonLd(this, this.#ld);
    this.#ld = undefined;
    this.#json = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.#level = headingLevel(this, this.headingLevel, 3);
    if (changed.has('items') || changed.has('lang') || !this.hasUpdated) {
      this.#blocks = selectBlocks(this, this.localized('faq', faq), this.items, 'items');
    }
    if (changed.has('open')) {
      this.#open = new Set();
      for (const id of this.open?.split(/\s+/).filter(Boolean) ?? []) {
        if (this.#blocks.some((b) => b.id === id)) this.#open.add(id);
        else this.warn(`open has "${id}", which is not one of the questions shown; skipped.`);
      }
    }
    if (this.single && this.#open.size > 1) {
      const [first] = this.#open;
      this.warn(`single allows one open question; keeping "${first}" open.`);
      this.#open = new Set([first]);
    }
  }

  protected override render() {
    const text = this.localized('ui', ui);
    // <section> keeps the footer from being a second contentinfo landmark on the publisher's page.
    return html`<section>${this.noToggleAll || this.single
        ? nothing
        : html`<button part="toggle-all" @click=${() => this.#setAll(!this.#allOpen(), true)}>
            ${text[this.#allOpen() ? 'collapse-all' : 'expand-all']}
          </button>`}
      ${this.#blocks.map((b) => {
        const open = this.#open.has(b.id);
        const button = html`<button part="question" id="q-${b.id}" aria-expanded=${open} aria-controls="a-${b.id}"
          @click=${() => this.#set(b.id, !open, true)} @keydown=${this.#onKey}>${b.heading}</button>`;
        return html`<div part="item">
          ${heading(this.#level, 'heading', button)}
          <div part="answer" id="a-${b.id}" role="region" aria-labelledby="q-${b.id}"
            hidden=${open ? nothing : 'until-found'} @beforematch=${() => this.#set(b.id, true, true)}>
            ${prose(b.body)}
          </div>
        </div>`;
      })}
      ${footer(this.localized('meta', meta), text, this.locale, this.sourceHref)}</section>`;
  }

  protected override updated(): void {
    for (const detail of this.#toggles.splice(0)) emit(this, 'implantation-faq-toggle', detail);
    const json = this.structuredData ? faqPage(this.#blocks) : '';
    if (json === this.#json) return;
    detachJsonLd(this, this.#ld);
    this.#ld = json ? attachJsonLd(this, json) : undefined;
    this.#json = json;
  }

  #allOpen(): boolean {
    return this.#blocks.every((b) => this.#open.has(b.id));
  }

  #set(id: string, open: boolean, notify: boolean): void {
    if (this.#open.has(id) === open) return;
    if (open && this.single) for (const other of this.#open) this.#set(other, false, notify);
    if (open) this.#open.add(id);
    else this.#open.delete(id);
    this.requestUpdate();
    if (notify) this.#toggles.push({id, open});
  }

  #setAll(open: boolean, notify: boolean): void {
    if (open && this.single) return this.warn('expandAll() does nothing when single is set.');
    for (const b of this.#blocks) this.#set(b.id, open, notify);
  }

  // APG accordion keys; Tab, Enter and Space are the native button's.
  #onKey(e: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="question"]')];
    const i = buttons.indexOf(e.target as HTMLElement);
    const n = buttons.length;
    const next = ({ArrowDown: i + 1, ArrowUp: i - 1 + n, Home: 0, End: n - 1} as Record<string, number>)[e.key];
    if (next === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    buttons[next % n].focus();
  }

  #onHash = (): void => {
    const id = location.hash.slice(1);
    if (!this.#blocks.some((b) => b.id === id)) return;
    this.#set(id, true, true);
    this.updateComplete.then(() => this.renderRoot.querySelector(`#q-${id}`)?.scrollIntoView());
  };
}

declare global {
  interface HTMLElementEventMap {
    'implantation-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
