// A viewport of a given size in every engine. Where the driver can size the page (Chromium, Firefox, or
// WebKit down to its narrowest window) it is the test page itself. Narrower than a MiniBrowser window
// can get, it is a same-origin iframe of that size: a real viewport too (its media queries, vw units,
// scroll width and layout follow the frame's width), with its own document and custom element registry,
// so the elements under test are created there after their modules are imported into it.
import {limits, setViewport} from './engine.js';

export type View = {window: Window & typeof globalThis; document: Document; close: () => Promise<void>};

/**
 * Gives a `size` viewport. `modules` (paths the test server serves, e.g. '/src/faq/define.ts') are
 * imported in a frame; the test page has imported them already. Create elements in `view.document`.
 */
export async function viewport(size: {width: number; height: number}, modules: string[]): Promise<View> {
  if (!limits.minWidth || size.width >= limits.minWidth) {
    await setViewport(size);
    return {window, document, close: () => setViewport({width: 800, height: 600}).then(() => undefined)};
  }
  const frame = document.createElement('iframe');
  frame.style.width = `${size.width}px`;
  frame.style.height = `${size.height}px`;
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  // Module scripts run before the load event, so the elements are defined when it fires.
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    ${modules.map((src) => `<script type="module" src="${new URL(src, location.href)}"></script>`).join('')}</head><body></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  return {window: win, document: win.document, close: async () => frame.remove()};
}
