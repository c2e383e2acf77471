// Fake locales for one test: registered into the page-wide registry like a real locale module, and
// removed after the test (the elements on the page re-render in English), so no test sees another's.
import {normalizeTag, registerLocale} from '../../src/shared/locale.js';
import type {LocaleContent} from '../../src/content/types.js';

/** The page-wide registry's public shape (see src/shared/locale.ts): every copy of the package shares it. */
type Registry = {locales: Map<string, unknown>; refreshers: Set<() => void>};
const registry = () => (globalThis as unknown as Record<symbol, Registry>)[Symbol.for('implantation-widgets.locales')];

const registered = new Set<string>();

/** registerLocale() for the current test only. */
export function registerTestLocale(lang: string, content: Partial<LocaleContent>): void {
  registered.add(normalizeTag(lang));
  registerLocale(lang, content);
}

afterEach(() => {
  if (!registered.size) return;
  for (const tag of registered) registry().locales.delete(tag);
  registered.clear();
  registry().refreshers.forEach((refresh) => refresh());
});
