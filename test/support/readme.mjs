// The one README extractor for the tests (browser and Node): a section by its heading, and the fenced
// code blocks of one language inside it. Tests run the README's examples, so the docs cannot rot.

/**
 * The text under `heading` (e.g. "## Theming" or "### With npm") up to the next heading of the same
 * or a higher level. Throws when the README has no such heading, naming it.
 */
export function readmeSection(readme, heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}" section`);
  const level = heading.match(/^#+/)[0].length;
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

/** Every fenced block of `lang` (```html, ```js) in `markdown`, in order. */
export function codeBlocks(markdown, lang) {
  return [...markdown.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}
