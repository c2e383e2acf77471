/** The `detail` type of one of our events, from its `HTMLElementEventMap` entry. */
export type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires one of our events, bubbling and composed so a page listening on `document` hears it from inside
 * any shadow root. The one timing rule, for every element: call it from `updated()`, so an event fires
 * once the DOM shows the change, before `updateComplete` resolves (a listener reads the new state).
 */
export function emit<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, detail: DetailOf<K>): void {
  el.dispatchEvent(new CustomEvent(type, {detail, bubbles: true, composed: true}));
}
