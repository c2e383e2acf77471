import {html, nothing, type TemplateResult} from 'lit';
import type {Block} from '../content/types.js';
import {inline} from '../shared/prose.js';

/** Ids written into template strings must be plain slugs; any other id is bound like a value. */
const SLUG = /^[a-z0-9-]+$/;

/** Template strings by heading level, ids and paragraph counts, so every FAQ on the page shares one. */
const made = new Map<string, TemplateStringsArray>();

/**
 * Every question with its answer as ONE template instance (not one per question and paragraph, each
 * with its parts and heap). Lit cannot bind a tag name, so the strings are built by hand, the way
 * lit/static-html builds its own: a frozen array with `raw`, reused as the template's cache key.
 * The question ids are written into those strings (three parts fewer per question) when all of them
 * are slugs, as ours are: they come from our compiled English content (locales match their blocks by
 * them). Only ids: content TEXT (questions, answers) is always bound, never written into template
 * strings, where it would be parsed as HTML (markup injection, the very thing binding prevents).
 * No role=region on the answers: two FAQs, or a FAQ next to the article, would give several
 * landmarks the same name (APG advises against regions for accordions with many panels).
 */
export function questions(level: number, blocks: readonly Block[], open: ReadonlySet<string>): TemplateResult {
  const baked = blocks.every((b) => SLUG.test(b.id));
  const key = level + blocks.map((b) => ` ${baked ? b.id : ''}:${b.body.length}`).join('');
  let strings = made.get(key);
  if (!strings) {
    // The template's text with a NUL where a value goes (a slug has none), split there.
    let text = '';
    for (const b of blocks) {
      const id = baked ? b.id : '\0';
      text += `<div part="item"><h${level} part="heading"><button part="question" id="q-${id}" aria-expanded="\0" aria-controls="a-${id}">\0</button></h${level}><div part="answer" id="a-${id}" hidden=\0>${'<p>\0</p>'.repeat(b.body.length)}</div></div>`;
    }
    const parts = text.split('\0');
    made.set(key, (strings = Object.freeze(Object.assign(parts, {raw: parts})) as unknown as TemplateStringsArray));
  }
  const values: unknown[] = [];
  for (const b of blocks) {
    const shown = open.has(b.id);
    const id = baked ? [] : [b.id];
    values.push(...id, shown, ...id, b.heading, ...id, shown ? nothing : 'until-found', ...b.body.map(inline));
  }
  return html(strings, ...values);
}
