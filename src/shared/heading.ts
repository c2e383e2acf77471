import {html, nothing, type TemplateResult} from 'lit';
import {warn} from './warn.js';

/**
 * A real <h2>-<h6>. Lit cannot bind tag names without static-html (and its bundle cost), so the
 * five templates are spelled out; `part` lets publishers style each through ::part().
 */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  switch (level) {
    case 2: return html`<h2 part=${part} id=${id ?? nothing}>${content}</h2>`;
    case 3: return html`<h3 part=${part} id=${id ?? nothing}>${content}</h3>`;
    case 4: return html`<h4 part=${part} id=${id ?? nothing}>${content}</h4>`;
    case 5: return html`<h5 part=${part} id=${id ?? nothing}>${content}</h5>`;
    default: return html`<h6 part=${part} id=${id ?? nothing}>${content}</h6>`;
  }
}

/** A valid heading level from a publisher's attribute, with a warning and the default otherwise. */
export function headingLevel(el: Element, value: unknown, fallback: number): number {
  const level = Number(value);
  if (value == null || (Number.isInteger(level) && level >= 2 && level <= 6)) return value == null ? fallback : level;
  warn(el, `heading-level="${value}" is not 2-6; using ${fallback}.`);
  return fallback;
}
