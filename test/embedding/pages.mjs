// The pages the embedding tests load, generated from the element list so a new element needs no new page.
// Every page loads recorder.js first, then the built CDN bundles the way a publisher pastes them.
import {elements} from './elements.mjs';
import {CSP_DUPLICATES} from './server.mjs';

export const ESM = '/dist/cdn/implantation-widgets.js';
export const IIFE = '/dist/cdn/implantation-widgets.iife.js';

const module = (src) => `<script type="module" src="${src}"></script>`;
const classic = (src) => `<script src="${src}"></script>`;
const css = (href) => `<link rel="stylesheet" href="/test/embedding/${href}">`;

/** A publisher's page: its own header, navigation, aside and footer around the widgets. */
export function page({title, head = '', widgets = elements, after = ''}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script src="/test/embedding/recorder.js"></script>
${head}
</head>
<body>
<header class="site"><p class="brand">Healthy Days Clinic</p>
<nav><a href="#">Home</a> <a href="#">Pregnancy</a> <a href="#">Contact</a></nav></header>
<main>
<h1>Early pregnancy questions</h1>
${widgets.map((e) => `<div class="slot">\n${e.markup}\n</div>`).join('\n')}
<section class="after">
<h2>More from our clinic</h2>
<p>Content the publisher placed after the widgets: opening hours, other articles, a newsletter form.</p>
<p>When a widget grows after this text was painted, this text moves, and readers lose their place.</p>
</section>
</main>
${after}
</body>
</html>`;
}

const pub = css('publisher.css');
const duplicates = (map) => Object.fromEntries(Object.entries(map).map(([path, html]) => [path, {html, csp: CSP_DUPLICATES}]));
export const pages = {
  '/test/embedding/reference.html': page({title: 'Reference', head: pub + module(ESM)}),
  '/test/embedding/hostile.html': page({title: 'Hostile', head: pub + css('hostile.css') + module(ESM)}),
  '/test/embedding/iife.html': page({title: 'IIFE', head: pub + css('hostile.css') + classic(IIFE)}),
  // Double loading needs lit's Trusted Types policy twice, so these pages allow duplicates...
  ...duplicates({
    '/test/embedding/esm-twice.html': page({title: 'ESM twice', head: pub + module(ESM) + module(`${ESM}?copy=2`)}),
    '/test/embedding/iife-twice.html': page({title: 'IIFE twice', head: pub + classic(IIFE) + classic(`${IIFE}?copy=2`)}),
    '/test/embedding/esm-and-iife.html': page({title: 'ESM then IIFE', head: pub + module(ESM) + classic(IIFE)}),
    '/test/embedding/iife-and-esm.html': page({title: 'IIFE then ESM', head: pub + classic(IIFE) + module(ESM)}),
    '/test/embedding/other-version.html': page({title: 'Two versions', head: pub + module(ESM) + module('/other-version/implantation-widgets.js')}),
  }),
  // ...and this one shows what happens without it.
  '/test/embedding/twice-strict.html': page({title: 'Twice, strict policy', head: pub + classic(IIFE) + classic(`${IIFE}?copy=2`)}),
  // The recommended loading for no layout shift: the bundle blocks the first render, which it can
  // afford at its size, so elements are upgraded before anything is painted.
  '/test/embedding/blocking-iife.html': page({title: 'Render-blocking classic script', head: pub + classic(IIFE)}),
  '/test/embedding/blocking-esm.html': page({title: 'Render-blocking module', head: pub + module(ESM).replace('<script', '<script blocking="render"')}),
  // What happens without it: the module arrives after the first paint (the tests hold it back).
  '/test/embedding/late-esm.html': page({title: 'Late module', head: pub, after: module(ESM)}),
};
