// The host gallery: one article page per real design system, built with that system's own shipped CSS
// (from its npm package) and its own markup conventions, with all four widgets in the article column
// and a host heading after each one. The demo serves the same pages (demo/gallery/, written by
// demo/gallery/generate.mjs) and test/node/gallery.test.mjs measures them.
//
// Every page loads the default snippet: the classic bundle in <head>.

/** How a page path reaches the repository root (pages live in demo/gallery/). */
const ROOT = '../..';
export const SNIPPET = `<script src="${ROOT}/dist/cdn/implantation-widgets.iife.js"></script>`;

/**
 * The four widgets as a publisher would place them. The article and the check follow the page's own
 * <h2>, so their built-in titles are off (`no-title`) and `heading-level` names the heading they replace.
 */
const widgets = {
  article: `<implantation-article no-title heading-level="2" source-href="https://example.org/implantation-back-pain">
      <p>Read <a href="https://example.org/implantation-back-pain">Can implantation cause lower back pain?</a> on our site.</p>
    </implantation-article>`,
  flag: `<symptom-flag symptom="lower-back-pain" severity="mild" duration="hours">
      <p>Lower back pain in early pregnancy: <a href="https://example.org/implantation-back-pain">read our guide</a>.</p>
    </symptom-flag>`,
  faq: `<implantation-faq heading-level="3" source-href="https://example.org/implantation-back-pain">
      <p>Read the <a href="https://example.org/implantation-faq">questions and answers</a> on our site.</p>
    </implantation-faq>`,
  check: `<symptom-check no-title heading-level="2">
      <p>A short symptom check. Turn on JavaScript to use it, or <a href="https://example.org/implantation-back-pain">read our guide</a>.</p>
    </symptom-check>`,
};

/**
 * Each system: its stylesheet(s), our preset (when we ship one), and class names for the page parts.
 * `dark` marks the variant with the system's own dark mode; `tint` a page whose background is not white.
 */
export const systems = [
  {
    name: 'bootstrap', title: 'Bootstrap 5', css: ['node_modules/bootstrap/dist/css/bootstrap.min.css'], preset: 'bootstrap',
    html: '', body: '', wrap: ['<div class="container py-4"><div class="row"><main class="col-lg-8">', '</main></div></div>'],
    h1: 'display-6 mb-3', h2: 'h3 mt-4', p: 'lead', variants: {dark: {html: ' data-bs-theme="dark"'}},
  },
  {
    name: 'govuk', title: 'GOV.UK Frontend', css: ['node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css', 'test/gallery/offsite-fonts.css'], preset: 'govuk',
    html: ' class="govuk-template govuk-template--rebranded"', body: ' class="govuk-template__body govuk-frontend-supported"',
    wrap: ['<div class="govuk-width-container"><main class="govuk-main-wrapper"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">', '</div></div></main></div>'],
    h1: 'govuk-heading-xl', h2: 'govuk-heading-l', p: 'govuk-body', variants: {},
  },
  {
    name: 'nhsuk', title: 'NHS.UK frontend', css: ['node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css', 'test/gallery/offsite-fonts.css'], preset: 'nhsuk',
    html: ' class="nhsuk-template"', body: ' class="nhsuk-template__body nhsuk-frontend-supported"', tint: true,
    wrap: ['<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper"><div class="nhsuk-grid-row"><div class="nhsuk-grid-column-two-thirds">', '</div></div></main></div>'],
    h1: 'nhsuk-heading-xl', h2: 'nhsuk-heading-l', p: 'nhsuk-body', variants: {},
  },
  {
    name: 'pico', title: 'Pico', css: ['node_modules/@picocss/pico/css/pico.min.css'],
    html: ' data-theme="light"', body: '', wrap: ['<main class="container"><article class="pico-column">', '</article></main>'],
    h1: '', h2: '', p: '', variants: {dark: {html: ' data-theme="dark"'}},
  },
  {
    // Tailwind's utilities need a build; its shipped preflight is the part that touches every element,
    // and tailwind.css (next to this file) spells out the few utilities the page uses.
    name: 'tailwind', title: 'Tailwind CSS', css: ['node_modules/tailwindcss/preflight.css', 'test/gallery/tailwind.css'],
    html: ' class="bg-slate-100"', body: ' class="text-slate-900"', tint: true,
    wrap: ['<main class="mx-auto max-w-prose px-4 py-8">', '</main>'],
    h1: 'text-3xl font-bold mb-4', h2: 'text-2xl font-semibold mt-8 mb-2', p: 'mb-4', variants: {dark: {html: ' class="dark bg-slate-900"', body: ' class="text-slate-100"', tint: true}},
  },
];

const cls = (c) => (c ? ` class="${c}"` : '');

/** One gallery page. */
export function galleryPage(system, variant = '') {
  const s = {...system, ...(variant ? system.variants[variant] : {})};
  // The preset comes after the system's CSS, and a page's own overrides (offsite-fonts.css) after it.
  const own = s.css.filter((href) => href.startsWith('test/'));
  const links = [...s.css.filter((href) => !own.includes(href)), ...(s.preset ? [`themes/${s.preset}.css`] : []), ...own]
    .map((href) => `<link rel="stylesheet" href="${ROOT}/${href}">`).join('\n');
  const h2 = (text) => `<h2${cls(s.h2)}>${text}</h2>`;
  const p = (text) => `<p${cls(s.p)}>${text}</p>`;
  return `<!doctype html>
<html lang="en"${s.html}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${s.title}${variant ? ` (${variant})` : ''}: implantation-widgets gallery</title>
<meta name="description" content="The implantation-widgets on a page built with ${s.title}${variant ? `, ${variant} mode` : ''}.">
<link rel="icon" href="${ROOT}/demo/favicon.svg" type="image/svg+xml">
${links}
${SNIPPET}
</head>
<body${s.body}>
${s.wrap[0]}
<h1${cls(s.h1)}>Lower back pain in early pregnancy</h1>
${p('Some people feel mild cramps or a dull ache around the time of implantation. This page explains what is common and when to get help.')}
${widgets.flag}
${h2('Can implantation cause lower back pain?')}
${widgets.article}
${h2('Questions people ask')}
${widgets.faq}
${h2('Check your symptoms')}
${widgets.check}
${h2('More from our clinic')}
${p('Content the publisher placed after the widgets: opening hours, other articles, a newsletter form.')}
${s.wrap[1]}
</body>
</html>
`;
}

/** Every gallery page: `{file, system, variant, html}`. */
export const galleryPages = systems.flatMap((system) =>
  ['', ...Object.keys(system.variants)].map((variant) => ({
    file: `${system.name}${variant ? `-${variant}` : ''}.html`,
    system,
    variant,
    dark: variant === 'dark',
    tint: !!(variant ? system.variants[variant].tint ?? system.tint : system.tint),
    html: galleryPage(system, variant),
  })),
);

/** The gallery's index page: one link per page, with what it shows. */
export function galleryIndex(pages = galleryPages) {
  const items = pages.map(({file, system, variant}) =>
    `      <li><a href="${file}">${system.title}${variant ? ` (${variant})` : ''}</a>${system.preset ? ` with the <code>themes/${system.preset}.css</code> preset` : ''}</li>`);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="The implantation-widgets on pages built with the real CSS of Bootstrap, GOV.UK Frontend, NHS.UK frontend, Pico and Tailwind.">
  <link rel="icon" href="../favicon.svg" type="image/svg+xml">
  <title>Host gallery · implantation-widgets demo</title>
  <link rel="stylesheet" href="../demo.css">
</head>
<body>
  <header>
    <h1>Host gallery</h1>
    <p>The four widgets on article pages built with each design system's own CSS, loaded with the default snippet.</p>
  </header>
  <nav class="pages" aria-label="Demo pages">
    <ul>
      <li><a href="../index.html">All widgets</a></li>
      <li><a href="../builder.html">Embed-code builder</a></li>
    </ul>
  </nav>
  <main>
    <ul>
${items.join('\n')}
    </ul>
  </main>
</body>
</html>
`;
}
