// Small helpers shared by the browser tests.

/**
 * Records console.warn calls made while `fn` runs (and until its promise settles), then restores
 * console.warn. Scoped to one call so no test leaks a patched console into another.
 */
export async function warningsDuring(fn: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** A tag name no other test has used, so registrations never collide. */
let counter = 0;
export const uniqueTag = (base = 'test-element') => `${base}-${Date.now().toString(36)}-${counter++}`;

/** Text of a node with whitespace collapsed, as a reader would hear it. */
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export {loadFrame} from './frame.js';
