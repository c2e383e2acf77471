// The pre-rendered embed (scripts/prerender.mjs) on a publisher's page, for the tests of
// test/node/prerendered.test.mjs. Engine-neutral on purpose: pages are plain HTML and the checks are
// functions evaluated in the page, so any engine the embedding harness drives can run them.
import {readFileSync} from 'node:fs';
import {DEFAULT_BASE, LOCALES} from '../../scripts/prerender.mjs';
import {catalogue} from '../../scripts/catalogue.mjs';

/** A snippet as a self-hosting publisher pastes it: its stylesheet from their copy of dist/cdn/. */
export const snippet = (name, lang) =>
  readFileSync(`dist/cdn/embed/${name}.${lang}.html`, 'utf8').replaceAll(DEFAULT_BASE, '/dist/cdn/');

/** Elements and locales the build pre-renders, as [name, tag, lang]. */
export const embeds = catalogue().flatMap(({name, tag}) => LOCALES.map((lang) => [name, tag, lang]));

/**
 * A publisher's page: text above and below the snippet, the script at the end of <body> (it may arrive
 * after the first paint, which is the case pre-rendering is for), and optionally hostile.css.
 */
export function prerenderedPage(name, lang, {hostile = false} = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pre-rendered ${name} (${lang})</title>
<script src="/test/embedding/recorder.js"></script>
${hostile ? '<link rel="stylesheet" href="/test/embedding/hostile.css">' : ''}
${lang === 'es' ? '<script type="module" src="/dist/cdn/locales/es.js"></script>' : ''}
</head>
<body>
<h1>Early pregnancy questions</h1>
<p>Text above the widget.</p>
${snippet(name, lang)}
<p class="after">Text below the widget, which moves if the widget changes size.</p>
<script type="module" src="/dist/cdn/${name}.js"></script>
</body>
</html>
`;
}

/**
 * In the page, before the script has run: the shadow root the HTML declared, its text, and that it
 * links its styles instead of inlining them. Returns a plain object to compare.
 */
export function beforeUpgrade(tag) {
  const host = document.querySelector(tag);
  const root = host.shadowRoot;
  return {
    defined: Boolean(customElements.get(tag)),
    shadowRoot: Boolean(root),
    links: root ? root.querySelectorAll('link[rel="stylesheet"]').length : 0,
    styles: root ? root.querySelectorAll('style').length : 0,
    markers: root ? [...root.childNodes].some((n) => n.nodeType === 8 && /lit/.test(n.data)) : false,
    footers: root ? root.querySelectorAll('footer').length : 0,
    text: root ? root.textContent.replace(/\s+/g, ' ').trim() : '',
  };
}

/** In the page, after upgrade: the same facts, to show the content is there once, not twice. */
export const afterUpgrade = beforeUpgrade;
