// Functions that run inside the page for the Firefox and WebKit page adapters (they are serialized, so
// each one is self-contained).

/**
 * The element a locator chain points at: each step searches the previous match's light DOM and open
 * shadow roots (as Playwright's CSS engine does); `first` picks the first match, otherwise the only one.
 */
export function deepQuery(chain) {
  const all = (root, selector) => {
    const found = [];
    const visit = (node) => {
      if (node.shadowRoot) visit(node.shadowRoot);
      for (const child of node.children) {
        if (child.matches(selector)) found.push(child);
        visit(child);
      }
    };
    visit(root);
    return found;
  };
  let node = document;
  for (const {selector, first} of chain) {
    const found = all(node, selector);
    if (!found.length || (found.length > 1 && !first)) return null;
    node = found[0];
  }
  return node;
}

/** Playwright's isVisible: a non-empty box and not visibility:hidden. */
export function isVisible(el) {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** The chaining and reading half of a Playwright-like locator; each engine's adapter adds how an element is found and used. */
export class ChainedLocator {
  constructor(page, chain) {
    Object.assign(this, {page, chain});
  }
  locator(selector) {
    return new this.constructor(this.page, [...this.chain, {selector}]);
  }
  first() {
    return new this.constructor(this.page, [...this.chain.slice(0, -1), {...this.chain.at(-1), first: true}]);
  }
  // Reading the element: each adapter's evaluate(fn, arg) runs fn on the element the chain finds.
  getAttribute(name) {
    return this.evaluate((el, name) => el.getAttribute(name), name);
  }
  textContent() {
    return this.evaluate((el) => el.textContent);
  }
  isVisible() {
    return this.evaluate(isVisible);
  }
  /** The chain as Playwright prints it, for errors. */
  get description() {
    return this.chain.map((c) => c.selector).join(' >> ');
  }
}
