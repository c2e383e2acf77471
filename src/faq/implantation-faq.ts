import {html, nothing, type PropertyValues} from 'lit';
import {ImplantationElement} from '../shared/element.js';
import {baseStyles} from '../shared/base.styles.js';
import {footer} from '../shared/footer.js';
import {headingLevel} from '../shared/heading.js';
import {selectBlocks, uniqueIds} from '../shared/select.js';
import {bundleLocale} from '../shared/locale.js';
import {linkable} from '../shared/url.js';
import {emit} from '../shared/events.js';
import type {Block} from '../content/types.js';
import {faq, meta, ui} from '../content/subsets/faq.en.js';
import type * as JsonLd from './json-ld.js';
import {addTarget, hashId, removeTarget, scrollOnce, type DeepLinkTarget} from './deep-link.js';
import {faqStyles} from './implantation-faq.styles.js';
import {questions} from './item.js';

bundleLocale('en', {faq, meta, ui});

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
 * @csspart question - The button that shows or hides an answer (at least 44 px tall; set `scroll-margin-top` on it under a sticky header).
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
    card: {type: Boolean},
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
  /** Draws the FAQ as a card, like the article and the check. Default: transparent on the page. */
  declare card: boolean;

  #level = 3;
  #blocks: readonly Block[] = [];
  #open = new Set<string>();
  #ld?: HTMLScriptElement;
  #json = '';
  #ldDone?: Promise<void>;
  #href?: string | null;
  readonly #target: DeepLinkTarget = {
    el: this,
    shows: (id) => this.#shows(id),
    reveal: (id) => void this.updateComplete.then(() => this.renderRoot.querySelector(`#q-${CSS.escape(id)}`)?.scrollIntoView()),
  };
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
    addTarget(this.#target);
    // A deep link is honoured once the questions exist, on the first connection only: moving the
    // element later must not scroll the page.
    if (!this.hasUpdated) this.updateComplete.then(() => this.#onHash());
    else this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
    removeTarget(this.#target);
    // A script exists only once the JSON-LD module has loaded, so `jsonLd` is set whenever #ld is.
    jsonLd?.detachJsonLd(this, this.#ld);
    this.#ld = undefined;
    this.#json = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.#level = headingLevel(this, this.headingLevel, 3);
    if (changed.has('sourceHref')) this.#href = linkable(this, 'source-href', this.sourceHref);
    if (changed.has('items') || this.l10n.changed || !this.hasUpdated) {
      this.#blocks = selectBlocks(this, this.localized('faq'), this.items, 'items');
    }
    if (changed.has('open')) {
      this.#open = new Set();
      for (const id of uniqueIds(this, this.open ?? '', 'open')) {
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
    const text = this.localized('ui');
    // <section> keeps the footer from being a second contentinfo landmark on the publisher's page.
    // Three delegated listeners for every question instead of three per question; beforematch does not
    // bubble everywhere, so it is caught in the capture phase.
    return html`<section class="root ${this.card ? 'card' : ''}" @click=${this.#onClick} @keydown=${this.#onKey} @beforematch=${this.#onMatch}>${this.noToggleAll || this.single
        ? nothing
        : html`<button part="toggle-all">${text[this.#allOpen() ? 'collapse-all' : 'expand-all']}</button>`}
      ${questions(this.#level, this.#blocks, this.#open)}
      ${footer(this.localized('meta'), text, this.locale, this.#href)}</section>`;
  }

  protected override updated(): void {
    for (const detail of this.#toggles.splice(0)) emit(this, 'implantation-faq-toggle', detail);
    if (!this.structuredData && !this.#json) return;
    this.#ldDone = loadJsonLd().then(({faqPage, attachJsonLd, detachJsonLd}) => {
      const json = this.structuredData && this.isConnected ? faqPage(this.#blocks) : '';
      if (json === this.#json) return;
      detachJsonLd(this, this.#ld);
      this.#ld = json ? attachJsonLd(this, json, (message) => this.warn(message)) : undefined;
      this.#json = json;
    });
  }

  // `await el.updateComplete` also covers the structured data written after that update.
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#ldDone;
    return done;
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

  #onClick(e: Event): void {
    const button = (e.target as Element).closest?.('button');
    const part = button?.getAttribute('part');
    if (part === 'toggle-all') this.#setAll(!this.#allOpen(), true);
    else if (part === 'question') this.#set(button!.id.slice(2), !this.#open.has(button!.id.slice(2)), true);
  }

  #onMatch = {
    handleEvent: (e: Event): void => {
      const target = e.target as Element;
      if (target.getAttribute('part') === 'answer') this.#set(target.id.slice(2), true, true);
    },
    capture: true,
  };

  // APG accordion keys; Tab, Enter and Space are the native button's.
  #onKey(e: KeyboardEvent): void {
    if ((e.target as Element).getAttribute('part') !== 'question') return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="question"]')];
    const i = buttons.indexOf(e.target as HTMLElement);
    const n = buttons.length;
    const next = ({ArrowDown: i + 1, ArrowUp: i - 1 + n, Home: 0, End: n - 1} as Record<string, number>)[e.key];
    if (next === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    buttons[next % n].focus();
  }

  /** Whether the question is shown, also before the first render (when the page loads with a hash). */
  #shows(id: string): boolean {
    if (this.hasUpdated) return this.#blocks.some((b) => b.id === id);
    const known = (other: string) => faq.some((b) => b.id === other);
    const ids = String(this.items ?? '').split(/\s+/).filter(known);
    return known(id) && (!ids.length || ids.includes(id));
  }

  // Fragment navigation: open it here; the page-wide registry decides which one FAQ scrolls.
  #onHash = (event?: Event): void => {
    const id = hashId();
    if (!this.#blocks.some((b) => b.id === id)) return;
    this.#set(id, true, true);
    scrollOnce(event ?? location.href, id, this.ownerDocument);
  };
}

/**
 * The JSON-LD writer is a lazily imported chunk in the ES builds: most pages never set structured-data,
 * so they never download it. The classic (IIFE) build inlines it, as that format has no chunks.
 */
let jsonLd: typeof JsonLd | undefined;
const loadJsonLd = async () => (jsonLd ??= await import('./json-ld.js'));

declare global {
  interface HTMLElementEventMap {
    'implantation-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
