import type {Block} from '../content/types.js';

type Json = string | readonly Json[] | {readonly [key: string]: Json};

// This module is a lazily loaded chunk of the ES bundles: it imports nothing from them at run time, so
// the bundles export nothing but their public API (the element warns for it, through `warn`).

/** Content paragraphs as plain text: `**bold**` marks dropped. */
const plain = (paragraphs: readonly string[]): string => paragraphs.join(' ').replaceAll('**', '');

/**
 * JSON text for our own known shape (strings, arrays, plain objects). Written by hand rather than with
 * JSON.stringify on objects, because pages that install `Array.prototype.toJSON` (Prototype.js) or
 * `Object.prototype.toJSON` would change what JSON.stringify writes. JSON.stringify is used only on
 * primitive strings, which never consult toJSON. `<` is escaped so the text can never close a script
 * element, even when a CMS saves the page's HTML.
 */
function serialize(value: Json): string {
  if (typeof value === 'string') return JSON.stringify(value).replace(/</g, '\\u003c');
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) parts.push(serialize(value[i]));
    return `[${parts.join(',')}]`;
  }
  for (const key of Object.keys(value)) parts.push(`${serialize(key)}:${serialize((value as {[key: string]: Json})[key])}`);
  return `{${parts.join(',')}}`;
}

/** schema.org FAQPage for the questions shown, as the text of a JSON-LD script. Pure. */
export const faqPage = (blocks: readonly Block[]): string =>
  serialize({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: blocks.map((b) => ({
      '@type': 'Question',
      name: b.heading,
      acceptedAnswer: {'@type': 'Answer', text: plain(b.body)},
    })),
  });

type Policy = {createScript(text: string): string};
let policy: Policy | undefined;
let warnedPolicy = false;

/**
 * The scripts FAQs wrote into one document, by text, with the elements that still want each. It lives
 * on the document under a `Symbol.for()` key, so that every bundle copy on the page (and every version
 * after this one: keep the shape) shares one script per content and removes it only with its last user.
 */
interface Entry {
  readonly script: HTMLScriptElement;
  readonly users: Set<Element>;
}
const KEY = Symbol.for('implantation-widgets.json-ld');
const entries = (doc: Document): Map<string, Entry> => ((doc as Document & {[KEY]?: Map<string, Entry>})[KEY] ??= new Map());

/**
 * Gives `el` the JSON-LD script with text `json` in `document.head`: the one another FAQ (of any bundle
 * copy) already wrote, the page's own copy when one with the same text exists (server-rendered HTML),
 * else a new one. Under Trusted Types a script's text is a `TrustedScript` sink, so the text goes
 * through a policy of our own; a page whose `trusted-types` directive does not allow it gets one
 * warning and no script.
 */
export function attachJsonLd(el: Element, json: string, warn: (message: string) => void): HTMLScriptElement | undefined {
  const doc = el.ownerDocument;
  const shared = entries(doc);
  const known = shared.get(json);
  if (known?.script.isConnected) {
    known.users.add(el);
    return known.script;
  }
  const own = [...doc.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')].find((s) => s.text === json);
  // The page wrote it: ours to use, never to remove.
  if (own) return own;
  const script = doc.createElement('script');
  script.type = 'application/ld+json';
  try {
    const tt = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: Policy): Policy}}).trustedTypes;
    // Module-private and only ever fed our own bundled JSON, so passing the text through is safe.
    policy ??= tt?.createPolicy('implantation-widgets', {createScript: (text) => text});
    script.text = policy ? policy.createScript(json) : json;
  } catch {
    if (!warnedPolicy) {
      warnedPolicy = true;
      warn('structured-data skipped: this page\'s Trusted Types rules refused it; ' +
        'allow "implantation-widgets" in its trusted-types directive to get FAQPage JSON-LD.');
    }
    return undefined;
  }
  // In the head: crawlers read it there, and no host CSS or CMS editing the body ever shows or saves it.
  (doc.head ?? doc.documentElement).append(script);
  shared.set(json, {script, users: new Set([el])});
  return script;
}

/** `el` no longer wants `script`; the last user (of any bundle copy) removes it, unless the page wrote it. */
export function detachJsonLd(el: Element, script: HTMLScriptElement | undefined): void {
  if (!script) return;
  const shared = entries(script.ownerDocument);
  for (const [json, entry] of shared) {
    if (entry.script !== script) continue;
    entry.users.delete(el);
    if (!entry.users.size) {
      shared.delete(json);
      script.remove();
    }
  }
}
