import type {ReactiveElement} from 'lit';
import type {LocaleContent} from '../content/types.js';
import {warn} from './warn.js';

type Host = ReactiveElement;

/**
 * The page-wide locale registry. It lives on a global keyed by `Symbol.for()`, not in this module,
 * because every CDN file is built separately with its own copy of this module: `locales/es.js` must
 * register into whichever bundle copy renders the elements. Future versions must keep this shape.
 */
interface Registry {
  /** Content per primary language subtag; English is built into every element and never listed. */
  readonly locales: Map<string, Partial<LocaleContent>>;
  /** One callback per connected element, re-rendering it when its language may have changed. */
  readonly refreshers: Set<() => void>;
  observer?: MutationObserver;
}
const KEY = Symbol.for('implantation-widgets.locales');
const registry: Registry = ((globalThis as {[KEY]?: Registry})[KEY] ??= {locales: new Map(), refreshers: new Set()});

const lastLang = new WeakMap<Host, string>();
const warned = new Set<string>();
const refreshAll = () => registry.refreshers.forEach((refresh) => refresh());

/**
 * Makes a locale's content available to every element on the page, re-rendering the ones already
 * shown. English is built in; other locales are opt-in modules (`implantation-widgets/locales/es.js`)
 * so that English-only pages do not download text they never show.
 */
export function registerLocale(lang: string, content: Partial<LocaleContent>): void {
  registry.locales.set(lang.toLowerCase(), content);
  refreshAll();
}

/** The primary subtag of the element's own `lang`, else the nearest ancestor's (across shadow roots), else "en". */
function requestedLang(el: Element): string {
  // Lit's server DOM shim has no closest() and no ancestors: there only the element's own lang counts.
  let found: Element | null | undefined = 'closest' in el ? null : el;
  for (let node: Element | undefined = el; node && !found; node = (node.getRootNode() as ShadowRoot).host) {
    found = node.closest('[lang]');
  }
  return (found?.getAttribute('lang') || '').toLowerCase().split('-')[0] || 'en';
}

/** The language the element renders in: the one it asks for when that locale is loaded, else "en". */
export function langOf(el: Element): string {
  const lang = requestedLang(el);
  return registry.locales.has(lang) ? lang : 'en';
}

/**
 * The element's locale's version of one content kind, falling back to the English default.
 * Also subscribes the element, so that loading a locale later or changing an ancestor's `lang`
 * re-renders it with `lang` in its changed properties (where elements recompute localized state).
 */
export function localized<K extends keyof LocaleContent>(el: Host, kind: K, english: LocaleContent[K]): LocaleContent[K] {
  const wanted = requestedLang(el);
  const lang = langOf(el);
  if (wanted !== lang) warnMissing(el, wanted);
  if (!lastLang.has(el)) subscribe(el);
  lastLang.set(el, lang);
  return registry.locales.get(lang)?.[kind] ?? english;
}

function subscribe(el: Host): void {
  const refresh = () => {
    const old = lastLang.get(el);
    if (langOf(el) !== old) el.requestUpdate('lang', old);
  };
  el.addController({
    hostConnected: () => registry.refreshers.add(refresh),
    hostDisconnected: () => registry.refreshers.delete(refresh),
  });
  if (!registry.observer && typeof MutationObserver == 'function') {
    registry.observer = new MutationObserver(refreshAll);
    registry.observer.observe(document, {attributeFilter: ['lang'], subtree: true});
  }
}

/**
 * One warning per language per page. Script-tag pages often load the locale file after the bundle,
 * so the check waits until the page has loaded before deciding the locale is really missing.
 */
function warnMissing(el: Element, lang: string): void {
  if (warned.has(lang)) return;
  warned.add(lang);
  const check = () =>
    registry.locales.has(lang) ||
    warn(el, `lang "${lang}" has no loaded translation; showing English. Spanish needs implantation-widgets/locales/es.js.`);
  const state = globalThis.document?.readyState;
  if (state && state != 'complete') addEventListener('load', check, {once: true});
  else check();
}

/** Fills `{name}` placeholders in a content string. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
