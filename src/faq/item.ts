import {html, nothing, type TemplateResult} from 'lit';
import {inline} from '../shared/prose.js';

/**
 * One question with its answer as one template instance (nested heading/button/answer/paragraph
 * templates would cost more instances, with their parts and heap). Lit cannot bind a tag name, so the
 * strings are built once per heading level, question id and paragraph count, the way lit/static-html
 * builds its own: a frozen array with `raw`, reused as the template's cache key.
 * The question ids are written into those strings rather than bound (three parts fewer per question):
 * only ids, which are slugs from our compiled English content (locales match their blocks by them), and
 * only when they are plain slugs; anything else is bound like any value. Content TEXT (questions,
 * answers) is always bound, never written into template strings: that would be unsafeHTML in disguise.
 * No role=region on the answers: two FAQs, or a FAQ next to the article, would give several
 * landmarks the same name (APG advises against regions for accordions with many panels).
 */
const SLUG = /^[a-z0-9-]+$/;
const items = new Map<string, TemplateStringsArray>();
export function item(level: number, id: string, open: boolean, question: string, body: readonly string[]): TemplateResult {
  const baked = SLUG.test(id);
  const key = `${level} ${body.length} ${baked ? id : ''}`;
  let strings = items.get(key);
  if (!strings) {
    const h = `h${level}`;
    const [q, a] = baked ? [`q-${id}`, `a-${id}`] : ['q-', 'a-'];
    const head = [`<div part="item"><${h} part="heading"><button part="question" id="${q}`, `" aria-expanded="`, `" aria-controls="${a}`,
      '">', `</button></${h}><div part="answer" id="${a}`, '" hidden='];
    // Baked: the strings around each id binding are joined, so only aria-expanded, the question and hidden are bound.
    const parts = baked ? [head[0] + head[1], head[2] + head[3], head[4] + head[5]] : head;
    const tail = body.length ? ['><p>', ...body.slice(1).map(() => '</p><p>'), '</p></div></div>'] : ['></div></div>'];
    const all = [...parts, ...tail];
    items.set(key, (strings = Object.freeze(Object.assign(all, {raw: all})) as unknown as TemplateStringsArray));
  }
  const hidden = open ? nothing : 'until-found';
  const values: unknown[] = baked ? [open, question, hidden] : [id, open, id, question, id, hidden];
  for (const p of body) values.push(inline(p));
  return html(strings, ...values);
}
