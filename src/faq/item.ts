import {html, nothing, type TemplateResult} from 'lit';
import type {Block} from '../content/types.js';
import {inline} from '../shared/prose.js';

/** A question id that may be written into template strings: a plain slug. */
const SLUG = /^[a-z0-9-]+$/;

/**
 * The strings of one template for a run of questions with their answers. Lit cannot bind a tag name,
 * so the strings are built by hand, the way lit/static-html builds its own: a frozen array with `raw`,
 * made once per heading level, ids and paragraph counts, and reused as the template's cache key.
 * With `baked`, the question ids are written into the strings rather than bound (three parts fewer per
 * question). Only ids are: slugs from our compiled English content (locales match their blocks by
 * them), checked against SLUG by the caller. Content TEXT (questions, answers) is always bound, never
 * written into template strings: that would be unsafeHTML in disguise.
 * No role=region on the answers: two FAQs, or a FAQ next to the article, would give several
 * landmarks the same name (APG advises against regions for accordions with many panels).
 */
function build(level: number, blocks: readonly Block[], baked: boolean): TemplateStringsArray {
  const h = `h${level}`;
  // The template's text with BIND where a value goes.
  const BIND = null;
  const pieces: (string | null)[] = [];
  for (const b of blocks) {
    const id = baked ? b.id : BIND;
    pieces.push(`<div part="item"><${h} part="heading"><button part="question" id="q-`, id, '" aria-expanded="', BIND,
      '" aria-controls="a-', id, '">', BIND, `</button></${h}><div part="answer" id="a-`, id, '" hidden=', BIND, '>',
      ...b.body.flatMap(() => ['<p>', BIND, '</p>']), '</div></div>');
  }
  const strings = [''];
  for (const piece of pieces) {
    if (piece === BIND) strings.push('');
    else strings[strings.length - 1] += piece;
  }
  return Object.freeze(Object.assign(strings, {raw: strings})) as unknown as TemplateStringsArray;
}

/** Made strings by level, ids and paragraph counts, so every FAQ on the page shares one template. */
const made = new Map<string, TemplateStringsArray>();
/** The same per content array (the default FAQ's blocks are the content's own array), to skip the key. */
const byBlocks = new WeakMap<readonly Block[], TemplateStringsArray[]>();
function stringsFor(level: number, blocks: readonly Block[], baked: boolean): TemplateStringsArray {
  const perLevel = baked ? (byBlocks.get(blocks) ?? byBlocks.set(blocks, []).get(blocks)!) : [];
  const strings = perLevel[level];
  if (strings) return strings;
  const key = `${level}${blocks.map((b) => ` ${baked ? b.id : ''}:${b.body.length}`).join('')}`;
  let shared = made.get(key);
  if (!shared) made.set(key, (shared = build(level, blocks, baked)));
  return (perLevel[level] = shared);
}

/**
 * The questions with their answers, each a heading with its button and the answer's paragraphs. When
 * every id is a slug, all of them are one template instance (one instance instead of one per question
 * and paragraph, with their parts and heap); otherwise each question is its own, with its id bound.
 */
export function questions(level: number, blocks: readonly Block[], open: ReadonlySet<string>): TemplateResult | TemplateResult[] {
  const values: unknown[] = [];
  const add = (b: Block, baked: boolean) => {
    const shown = open.has(b.id);
    const hidden = shown ? nothing : 'until-found';
    if (baked) values.push(shown, b.heading, hidden);
    else values.push(b.id, shown, b.id, b.heading, b.id, hidden);
    for (const p of b.body) values.push(inline(p));
  };
  if (blocks.every((b) => SLUG.test(b.id))) {
    for (const b of blocks) add(b, true);
    return html(stringsFor(level, blocks, true), ...values);
  }
  return blocks.map((b) => {
    values.length = 0;
    add(b, false);
    return html(stringsFor(level, [b], false), ...values);
  });
}
