/** A console warning that names the element, so a publisher can find which tag on the page is wrong. */
export function warn(el: Element, message: string): void {
  console.warn(`<${el.localName}>: ${message}`);
}
