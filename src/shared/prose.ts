import {html, type TemplateResult} from 'lit';

/** Renders content paragraphs; `**x**` (validated by the content compiler) becomes <strong>. */
export const prose = (paragraphs: readonly string[]): TemplateResult[] =>
  paragraphs.map((p) => html`<p>${p.split('**').map((s, i) => (i % 2 ? html`<strong>${s}</strong>` : s))}</p>`);

/** The same text without markup, for JSON-LD and ARIA. */
export const plain = (paragraphs: readonly string[]): string => paragraphs.join(' ').replaceAll('**', '');
