// The one iframe loader of the browser tests: a URL (a demo page, about:blank) or a page written inline
// (srcdoc), same-origin, resolved once it has loaded. The caller removes the frame when it is done.

/** Loads `page` (a URL, or `{srcdoc}` markup) into an 800 x 600 iframe and resolves once it has loaded. */
export async function loadFrame(page: string | {srcdoc: string}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  if (typeof page === 'string') frame.src = page;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * The window of an inline page: `head` markup (scripts, styles) and `body`, as a publisher writes them;
 * `lang` on <html> when given.
 */
export async function framePage<W = object>(body: string, head = '', lang?: string): Promise<Window & typeof globalThis & W> {
  const frame = await loadFrame({srcdoc: `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`});
  return frame.contentWindow as Window & typeof globalThis & W;
}
