/**
 * What the page around a widget gives it, read once per parent from the parent's computed style, and set
 * as custom states that base.styles.ts styles:
 *
 * - `system-font`: the page set no font at all, so the widget uses a system UI stack instead of the
 *   browser's default serif. A font set on the tag itself wins over the stack anyway.
 * - `page-dark`: the page is dark without saying so. The widgets follow the page's `color-scheme`, but
 *   many dark pages never declare one (a CMS theme with `body { background: #121212; color: #eee }`,
 *   Tailwind's `dark` class without `scheme-dark`); light-dark() then picks the light colours, and the
 *   transparent widgets (the FAQ and the flag) draw dark text on the dark page. Such a page still gives
 *   itself away by its text colour: nobody sets light text on a light background. A `theme` attribute,
 *   or a scheme the page declares, decides first.
 *
 * Browsers before custom-state support keep the page font and the declared (or light) scheme.
 */

/**
 * What a browser reports for an element whose page set no font at all: its default serif. Chromium
 * names the setting ("Times New Roman"), Firefox says `serif`, WebKit `-webkit-standard` or "Times".
 * A publisher who chose a serif writes a stack ("Georgia, serif"), which never matches.
 */
const BROWSER_DEFAULT = /^\s*("?times new roman"?|"?times"?|serif|-webkit-standard)\s*$/i;

/**
 * Whether a computed text colour is light: engines serialize sRGB colours as rgb()/rgba() and keep
 * oklch()/oklab() as written (Tailwind 4's palette). Light means brighter than about #aaa, which no
 * light page uses for its text; other forms count as dark text, so the widget keeps the light scheme.
 */
export function isLight(color: string): boolean {
  const [a = 0, b = 0, c = 0] = (color.match(/[\d.]+%?/g) ?? []).map((n) => parseFloat(n) / (n.endsWith('%') ? 100 : 1));
  return color.startsWith('rgb') ? a + b + c > 500 : color.startsWith('ok') && a > 0.72;
}

interface Look {
  noFont: boolean;
  dark: boolean;
}

/** The look per parent, so a hundred widgets in one column cost one style lookup; emptied on a change. */
let seen = new WeakMap<Element, Look>();

/** What the page gives `el`, asked of its parent (or its shadow host). */
export function pageLook(el: Element): Look | undefined {
  const parent = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined);
  if (!parent) return undefined;
  let look = seen.get(parent);
  if (!look) {
    const style = getComputedStyle(parent);
    const scheme = style.colorScheme;
    look = {noFont: BROWSER_DEFAULT.test(style.fontFamily), dark: (!scheme || scheme == 'normal') && isLight(style.color)};
    seen.set(parent, look);
  }
  return look;
}

type Internals = ElementInternals | undefined;
/** Connected elements, each with its internals and whether it follows the page font. */
const followers = new Map<Element, [Internals, boolean]>();
let observer: MutationObserver | undefined;

function apply(el: Element, [internals, font]: [Internals, boolean]): void {
  try {
    const look = pageLook(el);
    const set = (state: string, on = false) => (on ? internals?.states?.add(state) : internals?.states?.delete(state));
    set('page-dark', look?.dark);
    if (font) set('system-font', look?.noFont);
  } catch {
    // No custom states (or only the old `--name` syntax): the widget keeps the page's font and scheme.
  }
}

const recheck = () => {
  seen = new WeakMap();
  followers.forEach((entry, el) => apply(el, entry));
};

/**
 * Sets the states now and keeps them current while the element is connected: dark-mode switches
 * change a class, a data attribute or the style of <html> or <body>, so those two are watched (their
 * attributes only, not the page below them), and stylesheets that arrive late have loaded by the
 * window's load event. `font` false leaves the font alone (a server-rendered widget is already painted
 * in the page's font: switching it would move the page).
 */
export function followPage(el: Element, internals: Internals, font: boolean): void {
  const entry: [Internals, boolean] = [internals, font];
  apply(el, entry);
  followers.set(el, entry);
  if (!observer && typeof MutationObserver == 'function') {
    observer = new MutationObserver(recheck);
    for (const node of [document.documentElement, document.body]) if (node) observer.observe(node, {attributes: true});
    if (document.readyState != 'complete') addEventListener('load', recheck, {once: true});
  }
}

export function unfollowPage(el: Element): void {
  followers.delete(el);
}
