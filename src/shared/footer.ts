import {html, type TemplateResult} from 'lit';
import type {Meta, Ui} from '../content/types.js';
import {fill} from './locale.js';
import {httpUrl} from './url.js';

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

/** One formatter per language: building one is costly, and a page may show hundreds of widgets. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

/**
 * The reviewed date in the reader's language, e.g. "November 25, 2026" or "25 de noviembre de 2026".
 * Where `Intl` is missing (old or stripped-down browsers) or rejects the language tag, the ISO date,
 * which every reader can read, rather than an error.
 */
export function formatDate(isoDate: string, lang: string): string {
  let formatter = formatters.get(lang);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat(lang, {dateStyle: 'long', timeZone: 'UTC'});
    } catch {
      formatter = null;
    }
    // A missing Intl is not remembered: a polyfill may arrive later.
    if (formatter || typeof globalThis.Intl?.DateTimeFormat == 'function') formatters.set(lang, formatter);
  }
  try {
    return formatter ? formatter.format(new Date(`${isoDate}T00:00:00Z`)) : isoDate;
  } catch {
    return isoDate;
  }
}

/**
 * The date as the reader sees it. Built-in English content carries it formatted at build time
 * (`reviewedText`), which saves the page its first, costly Intl.DateTimeFormat; other locales inherit
 * English keys they lack, so the build-time text counts only when it is English that renders.
 */
const reviewedText = (meta: Meta & {reviewedText?: string}, lang: string): string =>
  (lang === 'en' && meta.reviewedText) || formatDate(meta.reviewed, lang);

/** The credit line, reviewed date and disclaimer that every widget ends with. */
export function footer(meta: Meta, ui: Ui, lang: string, sourceHref: string | null | undefined = meta.sourceHref): TemplateResult {
  warnIfStale(meta);
  const [before, after = ''] = ui.credit.split('{title}');
  // Elements check (and warn about) the publisher's value; this is the last guard before the link.
  const href = httpUrl(sourceHref);
  const title = href
    ? html`<a part="source-link" href=${href} rel="noopener">${meta.sourceTitle}</a>`
    : html`<cite>${meta.sourceTitle}</cite>`;
  // "Medically reviewed" only when a clinician is named: readers take "reviewed" to mean a medical review.
  const dated = meta.reviewedBy ? fill(ui['reviewed-by'], {reviewedBy: meta.reviewedBy}) : ui.updated;
  const [reviewedBefore, reviewedAfter = ''] = dated.split('{date}');
  return html`<footer part="footer">
    <p>${before}${title}${fill(after, {author: meta.sourceAuthor})}
      ${reviewedBefore}<time datetime=${meta.reviewed}>${reviewedText(meta, lang)}</time>${reviewedAfter}</p>
    <p part="disclaimer">${meta.disclaimer}</p>
  </footer>`;
}
