// The embed-code builder: a form of each element's options -> a live preview and the exact code to paste.
// Everything is built with DOM APIs (createElement, setAttribute, textContent): a value typed into the
// form is never parsed as HTML, in the preview or in the code.
import {VERSION} from '../dist/content/version.js';
import {article, faq, ui} from '../dist/content/en.js';
import {elements as catalogue, locales} from './catalogue.js';

// The package version comes from package.json, written into dist/ by the build. The CDN address works
// once the package is published; the "Base URL" field points the code at a self-hosted copy of dist/cdn/.
const CDN = `https://unpkg.com/implantation-widgets@${VERSION}/dist/cdn`;

/** Options several elements share, named in their descriptors by `name` alone (or with a `default` level). */
const SHARED = {
  'heading-level': ({default: fallback}) => ({
    name: 'heading-level', label: 'Heading level', type: 'select',
    choices: [['', `Default (h${fallback})`], ...[2, 3, 4, 5, 6].map((n) => [String(n), `h${n}`])],
  }),
  'source-href': () => ({name: 'source-href', label: 'Link to the source article (optional)', type: 'url'}),
  'no-title': () => ({name: 'no-title', label: 'Hide the built-in title (your page has its own heading)', type: 'boolean'}),
};
/** Content the descriptors point at: `choices: "faq"` lists the questions, `"ui:key"` is a UI string. */
const CONTENT = {article, faq};
const option = (o) => {
  const full = o.type ? o : SHARED[o.name](o);
  const choices = typeof full.choices === 'string'
    ? CONTENT[full.choices].map((b) => [b.id, b.heading])
    : full.choices?.map(([value, label]) => [value, label.startsWith('ui:') ? ui[label.slice(3)] : label]);
  return {...full, ...(choices && {choices})};
};

/**
 * Each element (src/<name>/element.json, through demo/catalogue.js): its npm/CDN module name and its
 * options, in the order they appear in the markup.
 */
const ELEMENTS = Object.fromEntries(catalogue.map((e) => [e.tag, {label: e.label, module: e.name, options: e.builder.map(option)}]));
/** "Spanish (español)": the language's English name, then its own. */
const languageName = (lang) =>
  `${new Intl.DisplayNames(['en'], {type: 'language'}).of(lang)} (${new Intl.DisplayNames([lang], {type: 'language'}).of(lang)})`;
const COMMON = [
  {name: 'lang', label: 'Language', type: 'select',
    choices: [['', 'The page’s language'], ['en', 'English'], ...locales.map((l) => [l, languageName(l)])]},
  {name: 'theme', label: 'Colour scheme', type: 'select',
    choices: [['', 'The page’s colour scheme'], ['auto', 'The reader’s setting'], ['light', 'Always light'], ['dark', 'Always dark']]},
  {name: 'bundle', label: 'Script', type: 'select', markup: false,
    choices: [['', 'Classic script in <head>: every widget, no layout shift'],
      ['module', 'Module, only this widget: smaller, may shift the page'],
      ['all', 'Module, every widget: may shift the page'],
      ['prerendered', 'Pre-rendered HTML and its module: no layout shift, readable without JavaScript']]},
  {name: 'base', label: 'Base URL (your own copy of dist/cdn/; empty: the CDN)', type: 'url', markup: false},
];
/** What the module forms cost, said next to the code they produce. */
const SHIFT_NOTE = '<!-- A module runs after the first paint: it may shift the page unless it is render-blocking or server-rendered. -->';

const $ = (id) => document.getElementById(id);
const form = $('options');
const elementSelect = $('element');
const optionsBox = $('element-options');

/** createElement with properties and children; children that are strings become text. */
function h(tag, props = {}, ...children) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

function control(option) {
  const id = `opt-${option.name}`;
  if (option.type === 'boolean') {
    return h('label', {}, h('input', {type: 'checkbox', id, name: option.name}), option.label);
  }
  if (option.type === 'ids') {
    return h('fieldset', {className: 'ids'}, h('legend', {}, option.label),
      ...option.choices.map(([value, text]) =>
        h('label', {}, h('input', {type: 'checkbox', name: option.name, value}), text)));
  }
  const input = option.type === 'url'
    ? h('input', {type: 'url', id, name: option.name, placeholder: option.name === 'base' ? CDN : 'https://'})
    : h('select', {id, name: option.name}, ...option.choices.map(([value, text]) => h('option', {value}, text)));
  return h('div', {className: 'field'}, h('label', {htmlFor: id}, option.label), input);
}

function showOptions() {
  const {options} = ELEMENTS[elementSelect.value];
  optionsBox.replaceChildren(
    h('fieldset', {}, h('legend', {}, 'Options'), ...options.map(control)),
    h('fieldset', {}, h('legend', {}, 'Language and look'), ...COMMON.map(control)),
  );
}

/**
 * Hides the choices of an option that depends on another (`within`): "open" offers only the questions
 * "items" shows, and a hidden choice is unticked so the code never names a question that is not there.
 */
function limitChoices() {
  for (const option of ELEMENTS[elementSelect.value].options.filter((o) => o.within)) {
    const shown = new FormData(form).getAll(option.within);
    for (const box of form.querySelectorAll(`input[name="${option.name}"]`)) {
      const hidden = shown.length > 0 && !shown.includes(box.value);
      box.closest('label').hidden = hidden;
      if (hidden) box.checked = false;
    }
  }
}

/** The chosen attributes as [name, value] pairs, in markup order; a boolean attribute has value "". */
function attributes() {
  const data = new FormData(form);
  const pairs = [];
  for (const option of [...ELEMENTS[elementSelect.value].options, ...COMMON]) {
    if (option.markup === false) continue;
    const values = data.getAll(option.name).map((v) => String(v).trim()).filter((v) => option.type === 'boolean' || v);
    if (option.type === 'boolean') {
      if (values.length) pairs.push([option.name, '']);
    } else if (values.length) pairs.push([option.name, values.join(' ')]);
  }
  return pairs;
}

const escapeAttribute = (value) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The base URL typed by the publisher, without a trailing slash, or the CDN. */
function base() {
  const typed = String(new FormData(form).get('base') ?? '').trim().replace(/\/+$/, '');
  return typed ? escapeAttribute(typed) : CDN;
}

/** The script tags: the classic bundle (the shift-free default) or a module, plus the locale file when one is chosen. */
function scripts(module, locale) {
  const bundle = new FormData(form).get('bundle');
  const url = base();
  // A locale file is a classic script that also works as a module, so it follows the main script.
  const es = (type) => (locale ? [`<script${type} src="${url}/locales/${locale}.js"></script>`] : []);
  if (!bundle) return ['<!-- in <head> -->', `<script src="${url}/implantation-widgets.iife.js"></script>`, ...es(''), '<!-- where the widget goes -->'];
  const file = bundle === 'all' ? 'implantation-widgets' : module;
  return [SHIFT_NOTE, `<script type="module" src="${url}/${file}.js"></script>`, ...es(' type="module"')];
}

/**
 * The pre-rendered form: the element's module, the snippet `npm run build` wrote to dist/cdn/embed/
 * (its whole text in a declarative shadow root), pointed at the chosen base URL. The snippets carry
 * each element's common options, so other choices get a note instead of a snippet that ignores them.
 */
let prerendering = 0;
async function prerendered(tag, module, pairs, locale) {
  const run = ++prerendering;
  const lang = pairs.find(([name]) => name === 'lang')?.[1] || 'en';
  const url = base();
  const others = pairs.filter(([name]) => name !== 'lang').map(([name]) => name);
  const code = [
    `<script type="module" src="${url}/${module}.js"></script>`,
    ...(locale ? [`<script type="module" src="${url}/locales/${locale}.js"></script>`] : []),
    ...(others.length ? [`<!-- The pre-rendered snippets have the common options only, not ${others.join(', ')}: for those, use <${tag}> as above. -->`] : []),
  ];
  $('html-snippet').textContent = code.join('\n');
  const response = await fetch(new URL(`../dist/cdn/embed/${module}.${lang}.html`, import.meta.url));
  const snippet = response.ok ? (await response.text()).trim().replaceAll(`${CDN}/`, `${url}/`) : `<!-- ${module}.${lang}.html: not built -->`;
  if (run === prerendering) $('html-snippet').textContent = [...code, snippet].join('\n');
}

function update() {
  limitChoices();
  const tag = elementSelect.value;
  const {module} = ELEMENTS[tag];
  const pairs = attributes();
  // English is built in; another language needs its locale file.
  const locale = pairs.find(([name, value]) => name === 'lang' && locales.includes(value))?.[1];
  const markup = pairs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');

  prerendering++;
  if (new FormData(form).get('bundle') === 'prerendered') prerendered(tag, module, pairs, locale);
  else $('html-snippet').textContent = [...scripts(module, locale), `<${tag}${markup}></${tag}>`].join('\n');
  $('npm-snippet').textContent = [
    `// npm install implantation-widgets@${VERSION}`,
    `import 'implantation-widgets/${module}.js';`,
    ...(locale ? [`import 'implantation-widgets/locales/${locale}.js';`] : []),
  ].join('\n');

  const preview = document.createElement(tag);
  for (const [name, value] of pairs) preview.setAttribute(name, value);
  $('preview').replaceChildren(preview);
  $('copy-status').textContent = '';
}

async function copy(code) {
  try {
    await navigator.clipboard.writeText(code.textContent);
    $('copy-status').textContent = 'Copied to the clipboard.';
  } catch {
    // Clipboard access can be refused (permissions, http:); select the code so the reader can copy it.
    getSelection().selectAllChildren(code);
    $('copy-status').textContent = 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}

elementSelect.append(...Object.entries(ELEMENTS).map(([tag, {label}]) => h('option', {value: tag}, `${label} <${tag}>`)));
elementSelect.addEventListener('change', showOptions);
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
$('copy-html').addEventListener('click', () => copy($('html-snippet')));
$('copy-npm').addEventListener('click', () => copy($('npm-snippet')));
showOptions();
update();
