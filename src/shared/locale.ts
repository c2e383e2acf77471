import type {ReactiveController, ReactiveElement} from 'lit';
import type {LocaleContent} from '../content/types.js';
import {warn} from './warn.js';
// Languages with a locale module in this package, generated from content/<lang>/ by scripts/catalogue.mjs.
import {LOCALE_MODULES as MODULES} from './locale-modules.js';

type Host = ReactiveElement & {lang?: string | null};

/**
 * The page-wide locale registry. It lives on a global keyed by `Symbol.for()`, not in this module,
 * because every CDN file is built separately with its own copy of this module: `locales/es.js` must
 * register into whichever bundle copy renders the elements. Future versions must keep this shape.
 */
interface Registry {
  /** Content per normalized language tag ("es", "pt-br"), registered by locale modules or the page. */
  readonly locales: Map<string, Partial<LocaleContent>>;
  /** One callback per connected element, re-rendering it when its language may have changed. */
  readonly refreshers: Set<() => void>;
  /** Watches `lang` attributes in the document (shadow roots get observers of their own). */
  observer?: MutationObserver;
}
const KEY = Symbol.for('implantation-widgets.locales');
const registry: Registry = ((globalThis as {[KEY]?: Registry})[KEY] ??= {locales: new Map(), refreshers: new Set()});
const refreshAll = () => registry.refreshers.forEach((refresh) => refresh());

/**
 * Locales this copy of the package carries, English first. Kept per bundle copy, not in the page-wide
 * registry, so that two versions on one page each show their own reviewed English.
 */
const bundled = new Map<string, Partial<LocaleContent>>();


/**
 * A language tag as it is compared: trimmed, lower case, `_` read as `-` (`pt_BR` is `pt-br`), so a tag
 * that `Intl` would reject never reaches it.
 */
export const normalizeTag = (tag: string): string => String(tag).trim().toLowerCase().replace(/_/g, '-');

/**
 * Makes a locale's content available to every element on the page, re-rendering the ones already
 * shown. English is built in; other locales are opt-in modules (`implantation-widgets/locales/es.js`)
 * so that English-only pages do not download text they never show. Keys it leaves out show in English.
 */
export function registerLocale(lang: string, content: Partial<LocaleContent>): void {
  registry.locales.set(normalizeTag(lang), content);
  refreshAll();
}

const isTable = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Adds content to what the page already has for `lang`, tables of strings key by key: the per-element
 * locale files (`locales/faq.es.js`) each bring one element's strings, and any mix of them, or of them
 * and the whole-locale file, adds up. The table is a new object, so the elements see a change.
 */
export function extendLocale(lang: string, content: Partial<LocaleContent>): void {
  const table: Record<string, unknown> = {...registry.locales.get(normalizeTag(lang))};
  for (const [kind, value] of Object.entries(content)) {
    const old = table[kind];
    table[kind] = isTable(old) && isTable(value) ? {...old, ...value} : value;
  }
  registerLocale(lang, table as Partial<LocaleContent>);
}

/** Adds content this copy carries for `lang` (elements bundle their English this way). */
export function bundleLocale(lang: string, content: Partial<LocaleContent>): void {
  const key = normalizeTag(lang);
  // Filled in place: the table's identity is what tells an element its language's content changed.
  const table = (bundled.get(key) ?? {}) as Record<string, unknown>;
  // Elements bundle subsets of a kind (each only the UI strings it shows), so tables of strings are
  // merged key by key; the first copy of a key wins, as for whole kinds.
  for (const [kind, value] of Object.entries(content)) {
    const old = table[kind];
    table[kind] = isTable(old) && isTable(value) ? {...value, ...old} : (old ?? value);
  }
  bundled.set(key, table);
}

/**
 * The `lang` the element asks for: its own `lang` property (current even before Lit reflects it), else
 * the nearest ancestor's `lang` attribute, crossing shadow roots (open or closed) to their hosts.
 */
function requestedTag(el: Host): string {
  if (el.lang) return el.lang;
  // Lit's server DOM shim has no closest() and no ancestors: there only the element's own lang counts.
  if (!('closest' in el)) return '';
  for (let node = parentOf(el); node; node = hostOf(node)) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
  }
  return '';
}

const parentOf = (el: Element): Element | null => {
  const parent = el.parentNode;
  if (!parent) return null;
  return parent.nodeType === 1 ? (parent as Element) : ((parent as ShadowRoot).host ?? null);
};
const hostOf = (node: Element): Element | null => (node.getRootNode() as Partial<ShadowRoot>).host ?? null;

/** The tags to try for a requested one, most specific first: "es-mx", then "es". */
const candidates = (tag: string): string[] => {
  const normal = normalizeTag(tag);
  const primary = normal.split('-')[0];
  return primary && primary !== normal ? [normal, primary] : [normal];
};

const lookup = (lang: string) => registry.locales.get(lang) ?? bundled.get(lang);

/** Content `english` with every key the locale provides replaced: per key, never per kind. */
function merge<T>(english: T, local: unknown): T {
  if (local == null || local === english) return english;
  if (typeof english === 'string') return (typeof local === 'string' && local ? local : english) as T;
  if (Array.isArray(english)) {
    if (!Array.isArray(local)) return english;
    // Blocks (questions, sections) match by id; lists of paragraphs are replaced whole when not empty.
    if (english.every((item) => typeof item === 'object' && item && 'id' in item)) {
      return english.map((item) => merge(item, local.find((other) => other && other.id === item.id))) as T;
    }
    return (local.length && local.every((item) => typeof item === typeof english[0]) ? local : english) as T;
  }
  if (typeof english === 'object' && english && typeof local === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(english)) out[key] = merge(value, (local as Record<string, unknown>)[key]);
    // Optional text English leaves out (meta.reviewedBy) is the locale's own to give.
    for (const [key, value] of Object.entries(local)) if (!(key in out) && typeof value === 'string' && value) out[key] = value;
    return out as T;
  }
  return english;
}
const mergedCache = new WeakMap<object, Map<string, unknown>>();

const warned = new Set<string>();
/**
 * One warning per language per page. Script-tag pages often load the locale file after the bundle,
 * so the check waits until the page has loaded before deciding the locale is really missing.
 */
function warnMissing(el: Element, tag: string): void {
  const primary = candidates(tag).at(-1)!;
  if (warned.has(primary)) return;
  warned.add(primary);
  const hint = MODULES.includes(primary)
    ? `Load implantation-widgets/locales/${primary}.js (dist/cdn/locales/${primary}.js on a script-tag page) for it.`
    : `implantation-widgets has no "${primary}" locale.`;
  const check = () =>
    candidates(tag).some(lookup) || warn(el, `lang "${tag}" has no loaded translation; showing English. ${hint}`);
  const state = globalThis.document?.readyState;
  if (state && state != 'complete') addEventListener('load', check, {once: true});
  else check();
}

const OBSERVED = {attributeFilter: ['lang'], subtree: true};

/**
 * The language of one element, as a controller created once per element. It finds the language once
 * per update (one walk up the ancestors) and keeps it current: it re-renders the element when a locale
 * is registered, when the element moves, and when `lang` changes on any ancestor, including ancestors
 * inside the shadow roots the element lives in.
 */
export class Localization implements ReactiveController {
  readonly #host: Host;
  #lang = 'en';
  #table?: Partial<LocaleContent>;
  #resolved = false;
  #rendered?: Partial<LocaleContent>;
  readonly #refresh = () => {
    const before = this.#table;
    this.resolve();
    if (this.#table !== before || this.#table !== this.#rendered) this.#host.requestUpdate();
  };

  constructor(host: Host) {
    (this.#host = host).addController(this);
  }

  /** Finds the element's language now. Elements call it at the start of every update. */
  resolve(): void {
    this.#resolved = true;
    const requested = requestedTag(this.#host);
    const found = candidates(requested || 'en').find(lookup);
    this.#table = lookup((this.#lang = found ?? 'en'));
    if (!found && requested) warnMissing(this.#host, requested);
  }

  /** The language the element renders in, e.g. "en", "es" or "pt-br". */
  get lang(): string {
    return this.#current().#lang;
  }

  #current(): this {
    if (!this.#resolved) this.resolve();
    return this;
  }

  /** Whether the language (or its content) differs from the one the element last rendered in. */
  get changed(): boolean {
    return this.#current().#table !== this.#rendered;
  }

  /** One kind of content in the element's language, every missing key filled in from English. */
  content<K extends keyof LocaleContent>(kind: K): LocaleContent[K] {
    const table = this.#current().#table;
    const english = bundled.get('en')?.[kind] as LocaleContent[K];
    if (!table || table === bundled.get('en')) return english;
    let cache = mergedCache.get(table);
    if (!cache) mergedCache.set(table, (cache = new Map()));
    // Keyed by the English too: two bundle copies on a page may carry different English.
    let entry = cache.get(kind) as {english: unknown; value: LocaleContent[K]} | undefined;
    if (entry?.english !== english) cache.set(kind, (entry = {english, value: merge(english, table[kind])}));
    return entry!.value;
  }

  /**
   * Applies `lang` changes the observer has seen but not yet delivered, so that `updateComplete`
   * awaited right after `div.lang = 'es'` already includes the re-render.
   */
  flush(): void {
    if (registry.observer?.takeRecords().length) refreshAll();
  }

  hostConnected(): void {
    registry.refreshers.add(this.#refresh);
    if (typeof MutationObserver == 'function') {
      const observer = (registry.observer ??= new MutationObserver(refreshAll));
      // The page-wide observer watches this document, then each shadow root the element lives in and
      // its document when that is not this window's (an iframe, a window.open() window), which a
      // document-level observer cannot see into. Observing a node again only renews the same
      // registration, and a node keeps none of them alive.
      for (let node: Node | undefined = this.#host; node; node = (node as ShadowRoot).host) {
        node = node.getRootNode();
        if ((node as ShadowRoot).host || node.nodeType === 9) observer.observe(node, OBSERVED);
      }
      observer.observe(document, OBSERVED);
    }
    // Moved into another container: its lang may differ from the old one's.
    this.#refresh();
  }

  hostDisconnected(): void {
    registry.refreshers.delete(this.#refresh);
  }

  hostUpdated(): void {
    this.#rendered = this.#table;
    this.#resolved = false;
  }
}

/** Fills `{name}` placeholders in a content string. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
