import {expect} from '@open-wc/testing';
import {VERSION} from '../src/content/version.js';
import * as en from '../src/content/en.js';
import * as es from '../src/content/es.js';
import {elements} from '../demo/catalogue.js';
import {loadFrame, text} from './support/helpers.js';

// The demo pages load the built bundles from dist/ (npm test builds first), as a publisher's page would.
type Win = Window & typeof globalThis & {axe?: {run: (ctx: unknown) => Promise<{violations: {id: string; nodes: unknown[]}[]}>}};
type Widget = HTMLElement & {updateComplete?: Promise<boolean>};

const CDN = `https://unpkg.com/implantation-widgets@${VERSION}/dist/cdn`;
const TAGS = elements.map((e) => e.tag);

async function open(path: string) {
  const frame = await loadFrame(path);
  frame.style.width = '900px';
  const win = frame.contentWindow as Win;
  const doc = win.document;
  return {win, doc, $: <T extends Element = HTMLElement>(selector: string) => doc.querySelector(selector) as T};
}

/** Changes a form control the way a reader does, firing input and change. */
function choose(control: HTMLInputElement | HTMLSelectElement, value?: string) {
  // instanceof would fail across the frame boundary, so look at the type.
  if (control.type === 'checkbox' || control.type === 'radio') {
    control.click();
    return;
  }
  control.value = value!;
  control.dispatchEvent(new Event('input', {bubbles: true}));
  control.dispatchEvent(new Event('change', {bubbles: true}));
}

/** Resolves at the next change of `node`'s text (a status message being set). */
const nextText = (node: Node) =>
  new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => (observer.disconnect(), resolve()));
    observer.observe(node, {childList: true, characterData: true, subtree: true});
  });

/** axe-core run inside the frame, on the whole page including the widgets' shadow DOM. */
async function axeViolations(win: Win) {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    win.document.head.append(script);
  }
  const {violations} = await win.axe!.run(win.document);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => (n as {html: string}).html.slice(0, 120)).join(' | ')}`);
}

async function rendered(el: Element | null) {
  await (el as Widget | null)?.updateComplete;
  return el as Widget;
}

describe('embed-code builder (demo/builder.html)', () => {
  // The shift-free default: the classic bundle in <head>, then the markup where the widget goes.
  const classic = (url = CDN, ...more: string[]) =>
    ['<!-- in <head> -->', `<script src="${url}/implantation-widgets.iife.js"></script>`, ...more, '<!-- where the widget goes -->'];
  const NOTE = '<!-- A module runs after the first paint: it may shift the page unless it is render-blocking or server-rendered. -->';

  it('starts with the article: the classic script for <head> pinned to the package version, the markup, the npm import and a preview', async () => {
    const {$} = await open('/demo/builder.html');
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
    expect($('#html-snippet').textContent).to.equal([...classic(), '<implantation-article></implantation-article>'].join('\n'));
    expect($('#npm-snippet').textContent).to.equal(
      `// npm install implantation-widgets@${VERSION}\nimport 'implantation-widgets/article.js';`,
    );
    const preview = await rendered($('#preview > implantation-article'));
    expect(text(preview.shadowRoot!.querySelector('h2'))).to.equal(en.meta.title);
  });

  it('offers every element, each with its own module and options', async () => {
    const {$} = await open('/demo/builder.html');
    const select = $<HTMLSelectElement>('#element');
    expect([...select.options].map((o) => o.value)).to.deep.equal(TAGS);
    const modules = elements.map((e) => e.name);
    for (const [i, tag] of TAGS.entries()) {
      choose(select, tag);
      expect($('#html-snippet').textContent).to.equal([...classic(), `<${tag}></${tag}>`].join('\n'));
      choose($<HTMLSelectElement>('#opt-bundle'), 'module');
      expect($('#html-snippet').textContent).to.equal([NOTE, `<script type="module" src="${CDN}/${modules[i]}.js"></script>`, `<${tag}></${tag}>`].join('\n'));
      expect($('#npm-snippet').textContent).to.contain(`import 'implantation-widgets/${modules[i]}.js';`);
      expect($('#preview')!.firstElementChild!.localName).to.equal(tag);
    }
  });

  it('ticked sections and a heading level become attributes in the code and the preview', async () => {
    const {$, doc} = await open('/demo/builder.html');
    choose(doc.querySelector<HTMLInputElement>('input[name="sections"][value="what-is-implantation"]')!);
    choose(doc.querySelector<HTMLInputElement>('input[name="sections"][value="when-to-get-help"]')!);
    choose($<HTMLSelectElement>('#opt-heading-level'), '3');
    expect($('#html-snippet').textContent).to.contain(
      '<implantation-article sections="what-is-implantation when-to-get-help" heading-level="3"></implantation-article>',
    );
    const preview = await rendered($('#preview > implantation-article'));
    expect(preview.getAttribute('sections')).to.equal('what-is-implantation when-to-get-help');
    expect([...preview.shadowRoot!.querySelectorAll('h4')].map(text)).to.deep.equal(['What is implantation?', 'When to get medical help']);
  });

  it('FAQ options: id lists and boolean attributes', async () => {
    const {$, doc} = await open('/demo/builder.html');
    choose($<HTMLSelectElement>('#element'), 'implantation-faq');
    choose(doc.querySelector<HTMLInputElement>('input[name="open"][value="what-helps"]')!);
    choose($<HTMLInputElement>('#opt-single'));
    choose($<HTMLInputElement>('#opt-structured-data'));
    expect($('#html-snippet').textContent).to.contain('<implantation-faq open="what-helps" single structured-data></implantation-faq>');
    const preview = $('#preview > implantation-faq')!;
    expect(preview.hasAttribute('single')).to.equal(true);
    expect(preview.getAttribute('open')).to.equal('what-helps');
  });

  it('symptom-flag options set the level the preview shows', async () => {
    const {$} = await open('/demo/builder.html');
    choose($<HTMLSelectElement>('#element'), 'symptom-flag');
    choose($<HTMLSelectElement>('#opt-symptom'), 'lower-back-pain');
    choose($<HTMLSelectElement>('#opt-severity'), 'severe');
    choose($<HTMLInputElement>('#opt-heavy-bleeding'));
    expect($('#html-snippet').textContent).to.contain(
      '<symptom-flag symptom="lower-back-pain" severity="severe" heavy-bleeding></symptom-flag>',
    );
    const preview = (await rendered($('#preview > symptom-flag'))) as Widget & {level?: string};
    expect(preview.getAttribute('severity')).to.equal('severe');
    if (preview.updateComplete) expect(preview.level).to.equal('seek-care');
  });

  it('Spanish adds the locale script and import; the preview is in Spanish', async () => {
    const {$} = await open('/demo/builder.html');
    choose($<HTMLSelectElement>('#opt-lang'), 'es');
    expect($('#html-snippet').textContent).to.equal(
      [...classic(CDN, `<script src="${CDN}/locales/es.js"></script>`), '<implantation-article lang="es"></implantation-article>'].join('\n'),
    );
    choose($<HTMLSelectElement>('#opt-bundle'), 'module');
    expect($('#html-snippet').textContent).to.contain(`<script type="module" src="${CDN}/article.js"></script>\n<script type="module" src="${CDN}/locales/es.js"></script>`);
    expect($('#npm-snippet').textContent).to.contain(`import 'implantation-widgets/article.js';\nimport 'implantation-widgets/locales/es.js';`);
    const preview = await rendered($('#preview > implantation-article'));
    expect(text(preview.shadowRoot!.querySelector('h2'))).to.equal(es.meta.title);
  });

  it('colour scheme and "every widget" script choices', async () => {
    const {$} = await open('/demo/builder.html');
    choose($<HTMLSelectElement>('#opt-theme'), 'dark');
    choose($<HTMLSelectElement>('#opt-bundle'), 'all');
    expect($('#html-snippet').textContent).to.equal(
      [NOTE, `<script type="module" src="${CDN}/implantation-widgets.js"></script>`, '<implantation-article theme="dark"></implantation-article>'].join('\n'),
    );
    expect($('#preview > implantation-article')!.getAttribute('theme')).to.equal('dark');
    expect([...$<HTMLSelectElement>('#opt-theme').options].map((o) => o.value)).to.deep.equal(['', 'auto', 'light', 'dark']);
  });

  it('the pre-rendered choice gives the module and the built snippet, its stylesheet under the chosen base URL', async () => {
    const {$} = await open('/demo/builder.html');
    const code = $('#html-snippet');
    /** Resolves once the code shows `part` (the builder fetches the snippet). */
    const shows = (part: string) => new Promise<void>((resolve) => {
      const check = () => code.textContent!.includes(part) && (observer.disconnect(), resolve());
      const observer = new MutationObserver(check);
      observer.observe(code, {childList: true, characterData: true, subtree: true});
      check();
    });
    choose($<HTMLSelectElement>('#element'), 'implantation-faq');
    choose($<HTMLSelectElement>('#opt-lang'), 'es');
    choose($<HTMLSelectElement>('#opt-bundle'), 'prerendered');
    await shows('</implantation-faq>');
    const built = (await (await fetch('/dist/cdn/embed/faq.es.html')).text()).trim();
    expect(code.textContent).to.equal([`<script type="module" src="${CDN}/faq.js"></script>`,
      `<script type="module" src="${CDN}/locales/es.js"></script>`, built].join('\n'));
    expect(code.textContent).to.contain('shadowrootmode="open"').and.contain(es.faq[0].heading).and.not.contain('<style');
    choose($<HTMLInputElement>('#opt-base'), 'https://clinic.example/iw');
    await shows('<link rel="stylesheet" href="https://clinic.example/iw/embed/faq.css">');
    expect(code.textContent).to.not.contain(CDN);
    choose($<HTMLInputElement>('#opt-single'));
    await shows('</implantation-faq>');
    expect(code.textContent).to.contain('<!-- The pre-rendered snippets have the common options only, not single: for those, use <implantation-faq> as above. -->');
  });

  it('a base URL points the code at a self-hosted copy of dist/cdn/', async () => {
    const {$} = await open('/demo/builder.html');
    choose($<HTMLInputElement>('#opt-base'), 'https://clinic.example/assets/iw/');
    expect($('#html-snippet').textContent).to.equal(
      [...classic('https://clinic.example/assets/iw'), '<implantation-article></implantation-article>'].join('\n'),
    );
  });

  it('"open" offers only the questions "items" shows; no-title and card become attributes', async () => {
    const {$, doc} = await open('/demo/builder.html');
    choose($<HTMLSelectElement>('#element'), 'implantation-faq');
    choose(doc.querySelector<HTMLInputElement>('input[name="open"][value="what-helps"]')!);
    choose(doc.querySelector<HTMLInputElement>('input[name="items"][value="what-is-implantation"]')!);
    const offered = [...doc.querySelectorAll<HTMLInputElement>('input[name="open"]')].filter((i) => !i.closest('label')!.hidden);
    expect(offered.map((i) => i.value)).to.deep.equal(['what-is-implantation']);
    choose($<HTMLInputElement>('#opt-card'));
    expect($('#html-snippet').textContent).to.contain('<implantation-faq items="what-is-implantation" card></implantation-faq>');
    choose($<HTMLSelectElement>('#element'), 'symptom-check');
    choose($<HTMLInputElement>('#opt-no-title'));
    expect($('#html-snippet').textContent).to.contain('<symptom-check no-title></symptom-check>');
  });

  it('a typed value is escaped in the code and never parsed as HTML in the preview', async () => {
    const {$, doc} = await open('/demo/builder.html');
    const hostile = 'https://example.org/"><img src=x onerror=alert(1)>&';
    choose($<HTMLInputElement>('#opt-source-href'), hostile);
    expect($('#html-snippet').textContent).to.contain(
      '<implantation-article source-href="https://example.org/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;"></implantation-article>',
    );
    expect($('#preview > implantation-article')!.getAttribute('source-href')).to.equal(hostile);
    expect(doc.querySelectorAll('img').length).to.equal(0);
    expect($('#html-snippet').children.length).to.equal(0);
  });

  it('Copy puts the exact code on the clipboard and says so', async () => {
    const {$, win} = await open('/demo/builder.html');
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {value: {writeText: async (t: string) => void copied.push(t)}});
    const status = $('#copy-status');
    let changed = nextText(status);
    $('#copy-html').click();
    await changed;
    expect(copied).to.deep.equal([$('#html-snippet').textContent]);
    expect(text(status)).to.equal('Copied to the clipboard.');
    expect(status.getAttribute('role')).to.equal('status');
    changed = nextText(status);
    $('#copy-npm').click();
    await changed;
    expect(copied[1]).to.equal($('#npm-snippet').textContent);
  });

  it('when the clipboard is refused, selects the code and tells the reader how to copy it', async () => {
    const {$, win} = await open('/demo/builder.html');
    Object.defineProperty(win.navigator, 'clipboard', {value: {writeText: () => Promise.reject(new Error('denied'))}});
    const changed = nextText($('#copy-status'));
    $('#copy-html').click();
    await changed;
    expect(win.getSelection()!.toString()).to.equal($('#html-snippet').textContent);
    expect(text($('#copy-status'))).to.contain('press Ctrl+C');
  });

  it('has no axe violations', async function () {
    this.timeout(60000);
    const {win, $} = await open('/demo/builder.html');
    await rendered($('#preview > *'));
    expect(await axeViolations(win)).to.deep.equal([]);
  });
});

describe('demo home page (demo/index.html)', () => {
  it('shows every element, upgraded', async () => {
    const {win, doc} = await open('/demo/index.html');
    for (const tag of TAGS) {
      expect(win.customElements.get(tag), `${tag} is defined`).to.exist;
      const el = await rendered(doc.querySelector(`#widgets ${tag}`));
      expect(el.shadowRoot, tag).to.exist;
    }
  });

  it('links to every demo page, and each exists', async () => {
    const {doc} = await open('/demo/index.html');
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('nav.pages a')].map((a) => a.getAttribute('href') ?? '');
    expect(links).to.deep.equal(['index.html', ...elements.map((e) => `${e.name}.html`), 'third-party.html', 'gallery/index.html', 'builder.html']);
    for (const href of links) expect((await fetch(`/demo/${href}`)).status, href).to.equal(200);
  });

  it('the theme switcher applies the three themes through tokens', async () => {
    const {$, doc, win} = await open('/demo/index.html');
    const article = await rendered($('#widgets implantation-article'));
    const card = article.shadowRoot!.querySelector('article')!;
    const radio = (value: string) => doc.querySelector<HTMLInputElement>(`input[name="theme"][value="${value}"]`)!;
    choose(radio('contrast'));
    expect($('#widgets').dataset.theme).to.equal('contrast');
    expect(win.getComputedStyle(article).fontSize).to.equal('18px');
    expect(win.getComputedStyle(card).borderTopWidth).to.equal('2px');
    choose(radio('clinic'));
    expect(win.getComputedStyle(card).borderTopLeftRadius).to.equal('16px');
    choose(radio('default'));
    expect(win.getComputedStyle(article).fontSize).to.equal('16px');
    expect(win.getComputedStyle(card).borderTopLeftRadius).to.equal('8px');
  });

  it('the colour-scheme switcher sets theme on every widget, and back to the system setting', async () => {
    const {doc} = await open('/demo/index.html');
    const widgets = () => [...doc.querySelectorAll(`#widgets :is(${TAGS.join(',')})`)];
    choose(doc.querySelector<HTMLInputElement>('input[name="scheme"][value="dark"]')!);
    expect(widgets().map((w) => w.getAttribute('theme'))).to.deep.equal(widgets().map(() => 'dark'));
    choose(doc.querySelector<HTMLInputElement>('input[name="scheme"][value="system"]')!);
    expect(widgets().filter((w) => w.hasAttribute('theme'))).to.deep.equal([]);
  });

  it('the language switcher turns every widget Spanish', async () => {
    const {$, doc} = await open('/demo/index.html');
    choose(doc.querySelector<HTMLInputElement>('input[name="lang"][value="es"]')!);
    await Promise.resolve(); // the widgets' lang MutationObserver runs first
    const article = await rendered($('#widgets implantation-article'));
    expect(text(article.shadowRoot!.querySelector('h3'))).to.equal(es.meta.title);
    const check = await rendered($('#widgets symptom-check'));
    expect(text(check.shadowRoot!)).to.contain(es.ui['check-title']);
  });

  it('has no axe violations in any theme, light or dark, English or Spanish', async function () {
    this.timeout(120000);
    const {win, doc} = await open('/demo/index.html');
    for (const tag of TAGS) await rendered(doc.querySelector(`#widgets ${tag}`));
    for (const [theme, scheme, lang] of [['default', 'light', 'en'], ['clinic', 'dark', 'es'], ['contrast', 'dark', 'en'], ['contrast', 'light', 'es']]) {
      for (const [name, value] of [['theme', theme], ['scheme', scheme], ['lang', lang]]) {
        choose(doc.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!);
      }
      await Promise.resolve();
      for (const tag of TAGS) await rendered(doc.querySelector(`#widgets ${tag}`));
      expect(await axeViolations(win), `${theme} ${scheme} ${lang}`).to.deep.equal([]);
    }
  });
});
