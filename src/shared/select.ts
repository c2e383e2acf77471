import type {Block} from '../content/types.js';
import {warn} from './warn.js';

/**
 * The ids in a space-separated list, each once. A repeated id gets one warning and is kept at its
 * first place, so no id (and no `aria-controls` target) is ever rendered twice.
 */
export function uniqueIds(el: Element, ids: string, attribute: string): string[] {
  const seen = new Set<string>();
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    if (seen.has(id)) warn(el, `${attribute} lists "${id}" more than once; it is shown once.`);
    seen.add(id);
  }
  return [...seen];
}

/**
 * The blocks a publisher asked for by id, in their order. Unknown ids get one warning each and are
 * skipped; an empty list shows everything (with a warning) rather than an empty widget.
 */
export function selectBlocks(el: Element, blocks: readonly Block[], ids: string | null | undefined, attribute: string): readonly Block[] {
  if (ids == null) return blocks;
  const wanted = uniqueIds(el, String(ids), attribute);
  if (!wanted.length) {
    warn(el, `${attribute}="${ids}" lists no ids; showing all.`);
    return blocks;
  }
  const chosen: Block[] = [];
  for (const id of wanted) {
    const block = blocks.find((b) => b.id === id);
    if (block) chosen.push(block);
    else warn(el, `${attribute} has unknown id "${id}"; skipped. Known ids: ${blocks.map((b) => b.id).join(', ')}.`);
  }
  return chosen.length ? chosen : blocks;
}
