/**
 * Deep links (`#what-helps`) that behave like fragment navigation: every FAQ showing the question opens
 * it, but only one scrolls: the first in document order, once per navigation, and none when the host
 * page has its own element with that id (the browser already scrolled to it). The FAQs of every bundle
 * copy on the page register in one page-wide set under a `Symbol.for()` key, so that a page mixing
 * copies still scrolls once. Future versions must keep this shape.
 */
export interface DeepLinkTarget {
  readonly el: Element;
  /** Whether the FAQ shows the question with this id. */
  shows(id: string): boolean;
  /** Scrolls the FAQ's question with this id into view (once it is rendered). */
  reveal(id: string): void;
}
interface Registry {
  readonly targets: Set<DeepLinkTarget>;
  /** The navigation the page last scrolled for: a hashchange event, or the URL at first render. */
  handled?: unknown;
}
const KEY = Symbol.for('implantation-widgets.deep-links');
const registry: Registry = ((globalThis as {[KEY]?: Registry})[KEY] ??= {targets: new Set()});

export const addTarget = (target: DeepLinkTarget) => registry.targets.add(target);
export const removeTarget = (target: DeepLinkTarget) => registry.targets.delete(target);

/** The question id in the URL's fragment, decoded as the browser decodes it for fragment navigation. */
export function hashId(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Scrolls to question `id` for `navigation` (the hashchange event, or a key for the URL at first
 * render) unless that navigation was already handled. One pass over the page's FAQs, one scroll.
 */
export function scrollOnce(navigation: unknown, id: string, doc: Document): void {
  if (registry.handled === navigation) return;
  registry.handled = navigation;
  if (doc.getElementById(id)) return;
  let first: DeepLinkTarget | undefined;
  for (const target of registry.targets) {
    if (target.el.isConnected && target.shows(id) && (!first || precedes(target.el, first.el))) first = target;
  }
  first?.reveal(id);
}

/** The element and the shadow hosts around it, outermost first: its place in the composed tree. */
function path(el: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | undefined = el; node; node = (node.getRootNode() as Partial<ShadowRoot>).host) chain.unshift(node);
  return chain;
}

/** Whether `a` comes before `b` in document order, counting shadow trees where their hosts are. */
function precedes(a: Element, b: Element): boolean {
  const pa = path(a);
  const pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return true; // `a` hosts the tree `b` is in
  if (i === pb.length) return false;
  return !!(pa[i].compareDocumentPosition(pb[i]) & Node.DOCUMENT_POSITION_FOLLOWING);
}
