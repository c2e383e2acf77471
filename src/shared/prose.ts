import {html, type TemplateResult} from 'lit';

/**
 * What goes inside one paragraph: the text itself when it has no bold (one string, so no nested part
 * per piece), else its pieces with `**x**` (validated by the content compiler) as <strong>. The pieces
 * are made once per text: a page with a hundred widgets shares them (template results are plain data).
 */
const pieces = new Map<string, unknown[]>();
export function inline(p: string): unknown {
  if (!p.includes('**')) return p;
  let cached = pieces.get(p);
  if (!cached) pieces.set(p, (cached = p.split('**').map((s, i) => (i % 2 ? html`<strong>${s}</strong>` : s))));
  return cached;
}

/** Renders content paragraphs; `**x**` becomes <strong>. */
export const prose = (paragraphs: readonly string[]): TemplateResult[] => paragraphs.map((p) => html`<p>${inline(p)}</p>`);
