import type {Block} from '../content/types.js';
import {plain} from '../shared/prose.js';
import {warn} from '../shared/warn.js';

/** schema.org FAQPage for the questions shown, as the text of a JSON-LD script. Pure. */
export const faqPage = (blocks: readonly Block[]): string =>
  JSON.stringify({
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
/** Scripts this module created, with the elements that still want each one. */
const users = new Map<HTMLScriptElement, Set<Element>>();

/**
 * Gives `el` the JSON-LD script with text `json`: the page's own copy when one with the same text
 * exists (another FAQ with the same items, or server-rendered HTML), else a new one next to `el`.
 * Under Trusted Types a script's text is a `TrustedScript` sink, so the text goes through a policy of
 * our own; a page whose `trusted-types` directive does not allow it gets one warning and no script.
 */
export function attachJsonLd(el: Element, json: string): HTMLScriptElement | undefined {
  const doc = el.ownerDocument;
  let script = [...doc.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')].find((s) => s.text === json);
  if (!script) {
    script = doc.createElement('script');
    script.type = 'application/ld+json';
    try {
      const tt = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: Policy): Policy}}).trustedTypes;
      // Module-private and only ever fed our own bundled JSON, so passing the text through is safe.
      policy ??= tt?.createPolicy('implantation-widgets', {createScript: (text) => text});
      script.text = policy ? policy.createScript(json) : json;
    } catch {
      if (!warnedPolicy) {
        warnedPolicy = true;
        warn(el, 'structured-data skipped: this page\'s Trusted Types rules refused it; ' +
          'allow "implantation-widgets" in its trusted-types directive to get FAQPage JSON-LD.');
      }
      return undefined;
    }
    // Inside another shadow root a crawler may never see it, so it goes to the document instead.
    if (el.getRootNode() === doc) el.after(script);
    else doc.head.append(script);
    users.set(script, new Set());
  }
  users.get(script)?.add(el);
  return script;
}

/** `el` no longer wants `script`; the last user removes it, unless the page (not us) wrote it. */
export function detachJsonLd(el: Element, script: HTMLScriptElement | undefined): void {
  const set = script && users.get(script);
  if (!set) return;
  set.delete(el);
  if (!set.size) {
    users.delete(script!);
    script!.remove();
  }
}
