import {warn} from './warn.js';

const LINKABLE = new Set(['http:', 'https:']);

/**
 * The URL a link may point to, or undefined when `value` is not an http(s) URL. Parsed with the URL
 * parser itself, against the document's base, so leading spaces, tabs or newlines inside `javascript:`
 * are removed exactly as the browser would remove them when the link is clicked. Without a document
 * (server rendering) relative URLs are checked against a placeholder base and returned as written.
 */
export function httpUrl(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const base = globalThis.document?.baseURI;
  let url: URL;
  try {
    url = new URL(value, base ?? 'https://relative.invalid/');
  } catch {
    return undefined;
  }
  if (!LINKABLE.has(url.protocol)) return undefined;
  return base ? url.href : value.trim();
}

/**
 * `httpUrl()` for an attribute a publisher set: a refused value gets one console warning naming the
 * element, the attribute and the value (JSON-quoted, so a hidden tab or newline shows).
 * Returns null for a refused value and undefined when none was given, so callers can tell them apart.
 */
export function linkable(el: Element, attribute: string, value: string | null | undefined): string | null | undefined {
  if (value == null || value === '') return undefined;
  const href = httpUrl(value);
  if (href) return href;
  warn(el, `${attribute} ${JSON.stringify(value)} is not an http(s) URL; the credit is shown as plain text.`);
  return null;
}
