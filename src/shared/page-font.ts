/**
 * What a browser reports for an element whose page set no font at all: its default serif. Chromium
 * names the setting ("Times New Roman"), Firefox says `serif`, WebKit `-webkit-standard` or "Times".
 * A publisher who chose a serif writes a stack ("Georgia, serif"), which never matches.
 */
const BROWSER_DEFAULT = /^\s*("?times new roman"?|"?times"?|serif|-webkit-standard)\s*$/i;

/** The result per parent, so a hundred widgets in one column cost one style lookup. */
const seen = new WeakMap<Element, boolean>();

/**
 * Whether the page gives `el` no font, so the widget should use a system UI stack instead of the
 * browser's serif. Asks the parent: a font set on the tag itself wins over the stack anyway.
 */
export function pageGivesNoFont(el: Element): boolean {
  const parent = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined);
  if (!parent) return false;
  let none = seen.get(parent);
  if (none === undefined) {
    none = BROWSER_DEFAULT.test(getComputedStyle(parent).fontFamily);
    seen.set(parent, none);
  }
  return none;
}

/** Sets or clears the `system-font` custom state (`:host(:state(system-font))` in base.styles.ts). */
export function followPageFont(el: Element, internals: ElementInternals | undefined): void {
  try {
    if (pageGivesNoFont(el)) internals?.states?.add('system-font');
    else internals?.states?.delete('system-font');
  } catch {
    // Browsers before custom-state support (or with the old `--name` syntax only) keep the page font.
  }
}
