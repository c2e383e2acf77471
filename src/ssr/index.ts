// Server rendering (`implantation-widgets/ssr`): an element as HTML with a declarative shadow root, so
// its text is in the page before (and without) JavaScript. Node only: @lit-labs/ssr is an optional peer.
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {elements} from './elements.js';

export {elements};

export type ElementName = keyof typeof elements;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

const escape = (value: string) =>
  value.replace(/[&"<>]/g, (c) => ({'&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;'})[c]!);

/** The tag for a short name ("faq"), a default tag ("implantation-faq") or a tag registered with define(). */
export function tagFor(element: string): string {
  const tag = (elements as Record<string, {tag: string}>)[element]?.tag ?? element;
  if (!customElements.get(tag)) {
    throw new TypeError(`unknown element "${element}"; known: ${Object.keys(elements).join(', ')}, or a tag registered with define().`);
  }
  return tag;
}

/** The opening tag: attribute values escaped; `true` writes a boolean attribute; false/null/undefined none. */
function openingTag(tag: string, attributes: Attributes): string {
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (!/^[a-z_:][-a-z0-9_:.]*$/i.test(name)) throw new TypeError(`<${tag}>: invalid attribute name "${name}".`);
    if (value === true) out += ` ${name}`;
    else if (value !== false && value != null) out += ` ${name}="${escape(String(value))}"`;
  }
  return `${out}>`;
}

/**
 * Renders one element, e.g. `renderElement('faq', {items: 'a b', lang: 'es'})`, to an HTML string:
 * `<implantation-faq items="a b" lang="es"><template shadowrootmode="open">...</template></implantation-faq>`.
 * On the server an element has no ancestors, so give it its own `lang`. Throws a TypeError for an
 * unknown element or an invalid attribute name; bad attribute values warn and fall back as in a browser.
 */
export async function renderElement(element: ElementName | string, attributes: Attributes = {}): Promise<string> {
  const tag = tagFor(element);
  // A lit/static-html template: the tag is a static value, which the lit rules read as a binding.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html -- static values, not bindings
  const markup = await collectResult(render(html`${unsafeStatic(openingTag(tag, attributes))}</${unsafeStatic(tag)}>`));
  // The element hydrates from the markers inside its shadow root; the ones around it would only matter
  // to a parent Lit template, and a standalone snippet has none.
  return markup.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}
