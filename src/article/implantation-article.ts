import {html, nothing, type PropertyValues} from 'lit';
import {ImplantationElement} from '../shared/element.js';
import {baseStyles} from '../shared/base.styles.js';
import {footer} from '../shared/footer.js';
import {heading, headingLevel} from '../shared/heading.js';
import {prose} from '../shared/prose.js';
import {selectBlocks} from '../shared/select.js';
import {bundleLocale} from '../shared/locale.js';
import {linkable} from '../shared/url.js';
import type {Block} from '../content/types.js';
import {article, meta, ui} from '../content/subsets/article.en.js';
import {articleStyles} from './implantation-article.styles.js';

bundleLocale('en', {article, meta, ui});

/**
 * The whole article "Can implantation cause lower back pain?" in plain language, with its title,
 * credit to the source article and its author, the reviewed date and a disclaimer.
 *
 * @summary The full plain-language article, ready to drop into a page.
 * @csspart article - The card around the whole article.
 * @csspart title - The article title heading.
 * @csspart section - One section of the article.
 * @csspart heading - A section heading.
 * @csspart footer - Credit line, reviewed date and disclaimer.
 * @csspart source-link - The link to the source article (when `source-href` is set).
 * @csspart disclaimer - The disclaimer paragraph.
 * @cssprop --implantation-article-padding - Space inside the card. Default: `var(--implantation-spacing, 1em)`.
 * @cssprop --implantation-article-border-color - Card border colour.
 * @cssprop --implantation-article-title-size - Title font size. Default: `1.5em`.
 * @cssprop --implantation-article-heading-size - Section heading font size. Default: `1.125em`.
 */
export class ImplantationArticle extends ImplantationElement {
  static override tag = 'implantation-article';
  static override styles = [baseStyles, articleStyles];
  static override properties = {
    ...ImplantationElement.properties,
    headingLevel: {attribute: 'heading-level'},
    sections: {},
    sourceHref: {attribute: 'source-href'},
    noTitle: {type: Boolean, attribute: 'no-title'},
  };

  /** Level of the title heading, 2-6 (sections use one level lower). Default 2. */
  declare headingLevel: string | number | undefined;
  /** Space-separated section ids to show, in this order. Default: every section. */
  declare sections: string | undefined;
  /** URL of the source article; when set, the credit line links to it. */
  declare sourceHref: string | undefined;
  /** Hides the built-in title, for pages that show their own; the article keeps it as its accessible name. */
  declare noTitle: boolean;

  #level = 2;
  #blocks: readonly Block[] = [];
  #href?: string | null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.#level = headingLevel(this, this.headingLevel, 2);
    if (changed.has('sourceHref')) this.#href = linkable(this, 'source-href', this.sourceHref);
    if (changed.has('sections') || this.l10n.changed || !this.hasUpdated) {
      this.#blocks = selectBlocks(this, this.localized('article'), this.sections, 'sections');
    }
  }

  protected override render() {
    const level = this.#level;
    const m = this.localized('meta');
    return html`<article part="article" class="root card" aria-labelledby=${this.noTitle ? nothing : 'title'}
      aria-label=${this.noTitle ? m.title : nothing}>
      ${this.noTitle ? nothing : heading(level, 'title', m.title, 'title')}
      ${this.#blocks.map(
        (b) => html`<section part="section" aria-labelledby=${b.id}>
          ${heading(Math.min(level + 1, 6), 'heading', b.heading, b.id)} ${prose(b.body)}
        </section>`,
      )}
      ${footer(m, this.localized('ui'), this.locale, this.#href)}
    </article>`;
  }
}
