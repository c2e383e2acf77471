import {VERSION} from '../content/version.js';

type Versioned = CustomElementConstructor & {version?: string};

/**
 * Registers `tag` unless something already did. Embedding pages load our bundle twice, mix the ESM and
 * IIFE builds, or register the same class under a second name, so this never throws:
 * - the same class, or any copy of the same version: skipped silently;
 * - another version (or another library) owns the tag: one console warning naming both;
 * - the class is already registered under another tag: a trivial subclass is registered instead,
 *   because a registry accepts each constructor only once.
 * Returns true when this call registered the tag.
 */
export function define(tag: string, ctor: Versioned, registry: CustomElementRegistry = customElements): boolean {
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== (ctor.version ?? VERSION)) {
      console.warn(
        `<${tag}>: already defined by ${existing.version ? `implantation-widgets ${existing.version}` : 'another script'}; ` +
          `this copy (implantation-widgets ${ctor.version ?? VERSION}) is not used.`,
      );
    }
    return false;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // Browsers throw NotSupportedError for a constructor already registered; Lit's server shim, an Error.
    if (!(error instanceof DOMException && error.name === 'NotSupportedError') && !registry.getName?.(ctor)) {
      console.warn(`<${tag}>: cannot be defined: ${(error as Error).message}`);
      return false;
    }
    registry.define(tag, class extends (ctor as unknown as {new (): HTMLElement}) {});
  }
  return true;
}
