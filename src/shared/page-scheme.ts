/**
 * Dark pages that do not say so. The widgets follow the page's `color-scheme`, but many dark pages never
 * declare one: a CMS theme with `body { background: #121212; color: #eee }`, or Tailwind's `dark` class
 * without `scheme-dark`. light-dark() then picks the light colours, and the transparent widgets (the FAQ
 * and the flag) draw dark text on the dark page. Such a page still gives itself away by its text colour:
 * nobody sets light text on a light background. So when the page declares no colour scheme and its text
 * is light, the element gets the `page-dark` custom state (`:host(:state(page-dark))` in base.styles.ts),
 * which takes the dark scheme; a `theme` attribute still overrides it.
 */

/**
 * Whether a computed text colour is light: engines serialize sRGB colours as rgb()/rgba() and keep
 * oklch()/oklab() as written (Tailwind 4's palette). Light means brighter than about #aaa, which no
 * light page uses for its text; other forms count as dark text, so the widget keeps what it does today.
 */
export function isLight(color: string): boolean {
  const [a = 0, b = 0, c = 0] = (color.match(/[\d.]+%?/g) ?? []).map((n) => parseFloat(n) / (n.endsWith('%') ? 100 : 1));
  return color.startsWith('rgb') ? a + b + c > 500 : color.startsWith('ok') && a > 0.72;
}

/** Whether the page around `el` is dark without declaring a colour scheme (see above). */
export function pageIsDarkUnmarked(el: Element): boolean {
  const parent = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined);
  if (!parent) return false;
  const style = getComputedStyle(parent);
  return (!style.colorScheme || style.colorScheme == 'normal') && isLight(style.color);
}

type Internals = ElementInternals | undefined;
/** Connected elements, re-checked when the page switches its look at run time. */
const followers = new Map<Element, Internals>();
let observer: MutationObserver | undefined;

function check(el: Element, internals: Internals): void {
  try {
    if (pageIsDarkUnmarked(el)) internals?.states?.add('page-dark');
    else internals?.states?.delete('page-dark');
  } catch {
    // Browsers before custom-state support keep the page's declared (or the light) scheme.
  }
}

const recheck = () => followers.forEach((internals, el) => check(el, internals));

/**
 * Sets the `page-dark` state now and keeps it current while the element is connected: dark-mode
 * switches change a class, a data attribute or the style of <html> or <body>, so those two are watched
 * (their attributes only, not the page below them), and stylesheets that arrive late have loaded by
 * the window's load event.
 */
export function followPageScheme(el: Element, internals: Internals): void {
  check(el, internals);
  followers.set(el, internals);
  if (!observer && typeof MutationObserver == 'function') {
    observer = new MutationObserver(recheck);
    for (const node of [document.documentElement, document.body]) if (node) observer.observe(node, {attributes: true});
    if (document.readyState != 'complete') addEventListener('load', recheck, {once: true});
  }
}

export function unfollowPageScheme(el: Element): void {
  followers.delete(el);
}
