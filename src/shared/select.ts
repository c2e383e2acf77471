import type {Block} from '../content/types.js';
import {warn} from './warn.js';

/**
 * The blocks a publisher asked for by id, in their order. Unknown ids get one warning each and are
 * skipped; an empty list shows everything (with a warning) rather than an empty widget.
 */
export function selectBlocks(el: Element, blocks: readonly Block[], ids: string | null | undefined, attribute: string): readonly Block[] {
  if (ids == null) return blocks;
  const wanted = ids.split(/\s+/).filter(Boolean);
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
