import {html, type TemplateResult} from 'lit';

/** Renders content paragraphs; `**x**` (validated by the content compiler) becomes <strong>. */
// A paragraph without bold binds its text as one string: no array, so no nested part per piece.
export const prose = (paragraphs: readonly string[]): TemplateResult[] =>
  paragraphs.map((p) => html`<p>${p.includes('**') ? p.split('**').map((s, i) => (i % 2 ? html`<strong>${s}</strong>` : s)) : p}</p>`);
