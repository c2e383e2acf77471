import {LitElement, type PropertyDeclarations} from 'lit';
import {VERSION} from '../content/version.js';
import type {LocaleContent} from '../content/types.js';
import {define} from './define.js';
import {langOf, localized} from './locale.js';
import {warn} from './warn.js';
import {followPageFont} from './page-font.js';

/**
 * What every implantation-widgets element shares: the guarded `define()`, the `lang` and `theme`
 * attributes, locale lookup and named console warnings. One level deep on purpose.
 */
export class ImplantationElement extends LitElement {
  /** The tag name `define()` uses when none is given. */
  static tag = '';
  /** The package version, so two copies on one page can tell whether they agree. */
  static readonly version = VERSION;

  static override properties: PropertyDeclarations = {
    lang: {reflect: true},
    theme: {reflect: true},
  };

  /**
   * The colour scheme: "light" or "dark" forces one, "auto" follows the reader's system. Without it the
   * widget follows the page's `color-scheme` (light when the page declares none).
   */
  declare theme: string | undefined;

  #internals = this.attachInternals?.();

  override connectedCallback(): void {
    // A server-rendered widget is already painted in the page's font: switching it now would move
    // the page, so it keeps that font (no system UI stack for declarative shadow DOM on a bare page).
    const serverRendered = !this.hasUpdated && !!this.shadowRoot;
    super.connectedCallback();
    if (!serverRendered) followPageFont(this, this.#internals);
  }

  /**
   * Registers this class as `tag` in `registry`. Never throws; see `define()` in shared/define.ts.
   * @returns true when this call registered the tag.
   */
  static define(tag: string = this.tag, registry: CustomElementRegistry = customElements): boolean {
    return define(tag, this, registry);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const server = [...(this.shadowRoot?.childNodes ?? [])];
    const root = super.createRenderRoot();
    // A server-rendered (declarative) shadow root: @lit-labs/ssr-client's hydration reuses it and leaves
    // renderBefore unset. Without hydration Lit would render a second copy before it, so it goes.
    if (server.length && this.renderOptions.renderBefore === server[0]) {
      for (const node of server) node.remove();
      this.renderOptions.renderBefore = root.firstChild;
    }
    return root;
  }

  /** The language the element renders in: its `lang`, else the nearest ancestor's, else English. */
  protected get locale(): string {
    return langOf(this);
  }

  /** The element's locale's content of one kind, falling back to English. */
  protected localized<K extends keyof LocaleContent>(kind: K, english: LocaleContent[K]): LocaleContent[K] {
    return localized(this, kind, english);
  }

  protected warn(message: string): void {
    warn(this, message);
  }
}
