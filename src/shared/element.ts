import {html, LitElement, render, type PropertyDeclaration, type PropertyDeclarations} from 'lit';
import {VERSION} from '../content/version.js';
import type {LocaleContent} from '../content/types.js';
// The subsets' copy of the English metadata, the one the elements bundle, so it is in each file once.
import {meta} from '../content/subsets/meta.en.js';
import {define} from './define.js';
import {Localization} from './locale.js';
import {warn} from './warn.js';
import {followPage, unfollowPage} from './page-look.js';

/** The values `theme` takes; the stylesheet in base.styles.ts matches the same words. */
const THEMES = ['light', 'dark', 'auto'];

/** Stylesheets remade for other windows an element was adopted into, per window and class. */
const adoptedSheets = new WeakMap<Window, Map<typeof ImplantationElement, CSSStyleSheet[]>>();

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
   * widget follows the page's `color-scheme` (when the page declares none: dark if its text is light, else light).
   */
  declare theme: string | undefined;

  #internals = this.attachInternals?.();

  override connectedCallback(): void {
    // A server-rendered widget is already painted in the page's font: switching it now would move
    // the page, so it keeps that font (no system UI stack for declarative shadow DOM on a bare page).
    const serverRendered = !this.hasUpdated && !!this.shadowRoot;
    super.connectedCallback();
    followPage(this, this.#internals, !serverRendered);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowPage(this);
  }

  /**
   * Properties that legitimately take numbers as well as strings (`heading-level`). Every other
   * property without a `type` is text, and other values are turned into text with a warning.
   */
  protected static numeric: readonly string[] = ['headingLevel'];

  /** The element's language; found once per update. */
  protected readonly l10n = new Localization(this);

  #failure = '';

  /**
   * Frameworks set properties with arrays, numbers or objects (`faq.items = ['what-helps']`). Text
   * properties take them as text, with a warning, instead of breaking the render.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    const ctor = this.constructor as typeof ImplantationElement;
    if (typeof name == 'string' && ctor.elementProperties.has(name) && !ctor.getPropertyOptions(name).type) {
      const value = (this as Record<string, unknown>)[name];
      const ok = value == null || typeof value == 'string' || (typeof value == 'number' && ctor.numeric.includes(name));
      if (!ok) {
        const text = Array.isArray(value) ? value.map(String).join(' ') : String(value);
        const kind = Array.isArray(value) ? 'an array' : typeof value == 'object' ? 'an object' : `a ${typeof value}`;
        this.warn(`${name} was set to ${kind}, not text; using ${JSON.stringify(text)}.`);
        (this as Record<string, unknown>)[name] = text;
      }
    }
    if (name === 'theme') this.#checkTheme();
    super.requestUpdate(name, oldValue, options);
  }

  /** `theme` is matched trimmed and case-insensitively by the styles; anything else is a publisher typo. */
  #checkTheme(): void {
    const value = this.theme;
    if (value == null || THEMES.includes(value.trim().toLowerCase())) return;
    this.warn(`theme="${value}" is not one of ${THEMES.join(', ')}; the widget follows the page's colour scheme.`);
  }

  /**
   * Never blank: an update that throws (bad content, a hostile page, a bug) shows the publisher's
   * light-DOM fallback, or a short message with the credit line, and warns once naming the element.
   * The error does not escape to the host page.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      this.l10n.resolve();
      const result = super.scheduleUpdate();
      this.#failure = '';
      return result;
    } catch (error) {
      this.#showFallback(error);
    }
  }

  /**
   * Adopted into another document (an iframe, a window.open() window): a constructed stylesheet applies
   * only in the document that made it, so the styles are made again in the new document's window.
   */
  adoptedCallback(): void {
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    const root = this.renderRoot as ShadowRoot;
    if (!view?.CSSStyleSheet || !root.adoptedStyleSheets) return;
    const ctor = this.constructor as typeof ImplantationElement;
    let cache = adoptedSheets.get(view);
    if (!cache) adoptedSheets.set(view, (cache = new Map()));
    let sheets = cache.get(ctor);
    if (!sheets) {
      cache.set(ctor, (sheets = ctor.elementStyles.map((style) => {
        const sheet = new view.CSSStyleSheet();
        sheet.replaceSync('cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join('\n'));
        return sheet;
      })));
    }
    root.adoptedStyleSheets = sheets;
  }

  /** `updateComplete` includes the re-render for a `lang` change the page made just before awaiting it. */
  protected override getUpdateComplete(): Promise<boolean> {
    this.l10n.flush();
    return super.getUpdateComplete();
  }

  #showFallback(error: unknown): void {
    const cause = String(error instanceof Error ? `${error.name}: ${error.message}` : error);
    if (cause !== this.#failure) this.warn(`could not render (${cause}); showing the fallback content.`);
    this.#failure = cause;
    const fallback = [...this.childNodes].some((n) => n.nodeType === 1 || n.textContent?.trim());
    try {
      render(
        fallback
          ? html`<slot></slot>`
          : html`<p>This content could not be shown here.</p>
              <p>Based on "<cite>${meta.sourceTitle}</cite>", by ${meta.sourceAuthor}.</p>`,
        this.renderRoot,
        this.renderOptions,
      );
    } catch {
      this.renderRoot.textContent = fallback ? '' : `Based on "${meta.sourceTitle}", by ${meta.sourceAuthor}.`;
      if (fallback) this.renderRoot.append(document.createElement('slot'));
    }
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
    return this.l10n.lang;
  }

  /** The element's locale's content of one kind, each missing key in the English its module bundled. */
  protected localized<K extends keyof LocaleContent>(kind: K): LocaleContent[K] {
    return this.l10n.content(kind);
  }

  protected warn(message: string): void {
    warn(this, message);
  }
}
