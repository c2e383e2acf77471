import {html, type TemplateResult} from 'lit';
import type {Meta, Ui} from '../content/types.js';
import {fill} from './locale.js';

const warnedStale = new Set<string>();

/**
 * Warns the publisher (never the reader) once per page when the content is past its review date,
 * so stale copies of the package get noticed. Returns whether it warned.
 */
export function warnIfStale(meta: Meta, today = new Date()): boolean {
  if (today.toISOString().slice(0, 10) <= meta.nextReview || warnedStale.has(meta.nextReview)) return false;
  warnedStale.add(meta.nextReview);
  console.warn(
    `implantation-widgets: the content was due for medical review on ${meta.nextReview}; ` +
      `update the package to get reviewed text.`,
  );
  return true;
}

/** The reviewed date in the reader's language, e.g. "November 25, 2026" or "25 de noviembre de 2026". */
export function formatDate(isoDate: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The credit line, reviewed date and disclaimer that every widget ends with. */
export function footer(meta: Meta, ui: Ui, lang: string, sourceHref: string | null | undefined = meta.sourceHref): TemplateResult {
  warnIfStale(meta);
  const [before, after = ''] = ui.credit.split('{title}');
  const title = sourceHref
    ? html`<a part="source-link" href=${sourceHref} rel="noopener">${meta.sourceTitle}</a>`
    : html`<cite>${meta.sourceTitle}</cite>`;
  const [reviewedBefore, reviewedAfter] = ui.reviewed.split('{date}');
  return html`<footer part="footer">
    <p>${before}${title}${fill(after, {author: meta.sourceAuthor})}
      ${reviewedBefore}<time datetime=${meta.reviewed}>${(meta as {reviewedText?: string}).reviewedText ?? formatDate(meta.reviewed, lang)}</time>${reviewedAfter}</p>
    <p part="disclaimer">${meta.disclaimer}</p>
  </footer>`;
}
