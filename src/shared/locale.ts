import type {LocaleContent} from '../content/types.js';

const locales = new Map<string, Partial<LocaleContent>>();

/**
 * Makes a locale's content available to every element on the page. English is built in; other
 * locales are opt-in modules (`implantation-widgets/locales/es.js`) so that English-only pages do
 * not download text they never show.
 */
export function registerLocale(lang: string, content: Partial<LocaleContent>): void {
  locales.set(lang.toLowerCase(), content);
}

/** The primary language subtag of the element's own `lang`, else its nearest ancestor's, else "en". */
export function langOf(el: Element): string {
  const lang = el.closest('[lang]')?.getAttribute('lang') || '';
  return lang.toLowerCase().split('-')[0] || 'en';
}

/** The element's locale's version of one content kind, falling back to the English default. */
export function localized<K extends keyof LocaleContent>(el: Element, kind: K, english: LocaleContent[K]): LocaleContent[K] {
  return locales.get(langOf(el))?.[kind] ?? english;
}

/** Fills `{name}` placeholders in a content string. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
