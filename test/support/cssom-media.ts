// The WebKit equivalent of media emulation (WebDriver has none): the page's own `@media` rules are
// rewritten in the CSSOM so that the ones an emulated medium or preference would match apply on screen
// and the ones it would not match stop applying, and the engine then computes styles as usual. That
// checks our real stylesheets' print and reduced-motion rules in WebKit's own style engine; what it
// cannot do is what only the browser does: paginate, apply its own print stylesheet, or change what
// `light-dark()` picks (that follows the used `color-scheme`, not a media rule).
//
// Every stylesheet reachable now is rewritten: the document's (`<style>`, `<link>`, adopted) and every
// shadow root's, at any depth. Lit shares one constructed sheet per element class among all its
// instances, so elements of an already-defined class created later get the rewritten rules too.

export type Media = {media?: 'screen' | 'print'; colorScheme?: 'light' | 'dark' | 'no-preference'; reducedMotion?: 'reduce' | 'no-preference'};

// Always true and always false, as one parenthesised condition each, so they fit anywhere a feature did.
const TRUE = '(min-width: 0px)';
const FALSE = '(not (min-width: 0px))';

let state: Media = {};
const originals = new Map<MediaList, string>();

/** Whether `feature: value` matches under `state`, or undefined when `state` does not emulate it. */
function emulated(feature: string, value: string | undefined): boolean | undefined {
  if (feature === 'prefers-reduced-motion' && state.reducedMotion) {
    return value === undefined ? state.reducedMotion === 'reduce' : value === state.reducedMotion;
  }
  if (feature === 'prefers-color-scheme' && state.colorScheme) {
    // Level 5 has no boolean form for prefers-color-scheme: `(prefers-color-scheme)` is always true.
    return value === undefined ? true : value === state.colorScheme;
  }
  return undefined;
}

/** One media query with the emulated parts replaced by conditions that are always true or false. */
export function rewriteQuery(query: string): string {
  let out = query.replace(/\(\s*(prefers-[a-z-]+)\s*(?::\s*([a-z-]+)\s*)?\)/g, (whole, feature: string, value?: string) => {
    const match = emulated(feature, value);
    return match === undefined ? whole : match ? TRUE : FALSE;
  });
  // A media type: print or screen is the emulated medium or it is not; `all and (false)` keeps any
  // `not` in front of it meaning what it meant.
  if (state.media === 'print') {
    out = out.replace(/^(\s*(?:not|only)\s+)?(print|screen)\b(\s+and\b)?/i, (_, prefix = '', type: string, and = '') => {
      const rest = type.toLowerCase() === 'print' ? 'all' : `all and ${FALSE}`;
      return `${prefix}${rest}${and}`;
    });
  }
  return out;
}

function rewriteList(list: MediaList) {
  if (!list.length) return;
  const text = originals.get(list) ?? list.mediaText;
  const queries = Array.from({length: list.length}, (_, i) => list.item(i)!);
  const rewritten = queries.map(rewriteQuery).join(', ');
  if (rewritten === list.mediaText) return;
  originals.set(list, text);
  list.mediaText = rewritten;
  // A rewritten query the engine could not parse would silently become `not all`: say so instead.
  if (/\bnot all\b/.test(list.mediaText) && !/\bnot all\b/.test(rewritten)) {
    throw new Error(`cssom-media: the engine rejected "${rewritten}" (from "${text}")`);
  }
}

function rewriteRules(rules: CSSRuleList) {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) rewriteList(rule.media);
    if (rule instanceof CSSImportRule) {
      rewriteList(rule.media);
      if (rule.styleSheet) rewriteSheet(rule.styleSheet);
    }
    if ('cssRules' in rule) rewriteRules((rule as CSSGroupingRule).cssRules);
  }
}

function rewriteSheet(sheet: CSSStyleSheet) {
  rewriteList(sheet.media);
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    return; // a cross-origin sheet: not ours, and its rules cannot be read
  }
  rewriteRules(rules);
}

/** Every stylesheet of `root` and of the shadow roots below it. */
function sheets(root: Document | ShadowRoot, found = new Set<CSSStyleSheet>()) {
  for (const sheet of [...root.styleSheets, ...root.adoptedStyleSheets]) found.add(sheet as CSSStyleSheet);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) sheets(el.shadowRoot, found);
  return found;
}

function restore() {
  for (const [list, text] of originals) list.mediaText = text;
  originals.clear();
}

/**
 * Emulates `media` (merged into what was emulated before, as the drivers do) by rewriting the media
 * rules of every stylesheet in `document`; `screen` and `no-preference` undo the rewrite.
 */
export function emulateInCssom(media: Media, doc: Document = document) {
  state = {...state, ...media};
  if (state.media === 'screen') delete state.media;
  if (state.reducedMotion === 'no-preference' && matchMedia('(prefers-reduced-motion: no-preference)').matches) delete state.reducedMotion;
  if (state.colorScheme && matchMedia(`(prefers-color-scheme: ${state.colorScheme})`).matches) delete state.colorScheme;
  restore();
  for (const sheet of sheets(doc)) rewriteSheet(sheet);
}
