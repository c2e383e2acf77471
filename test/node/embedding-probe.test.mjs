// Probe cases a careless page creates (issue 12), in every engine with the built CDN files: several
// bundle copies under strict CSP with Trusted Types, two versions of a copy, an element adopted into
// another document (iframe, window.open), and single-page-app navigation with history.pushState.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {CSP_DUPLICATES} from '../embedding/server.mjs';
import {open, pageLog, useBrowser} from '../embedding/harness.mjs';

const env = useBrowser();
const STRICT = CSP_DUPLICATES.replace('trusted-types lit-html', 'trusted-types lit-html implantation-widgets');

/** Has the test server serve `html` at `path` with the given policy (to popups and frames too). */
const serve = (path, html, csp = STRICT) => env.server.serve(path, html, csp);
const doc = (body, head = '', lang = 'en') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<script src="/test/embedding/recorder.js"></script>${head}</head><body>${body}</body></html>`;
const module = (src) => `<script type="module" src="${src}"></script>`;
/** Counts scrollIntoView calls per FAQ tag in window.scrolls; goes in the head before the bundles. */
const countScrolls = '<script src="/test/embedding/count-scrolls.js"></script>';

const settle = (page, selector) =>
  page.evaluate(async (selector) => {
    for (const el of document.querySelectorAll(selector)) {
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
    }
  }, selector);

describe('several bundle copies under strict CSP with Trusted Types', () => {
  it('share one JSON-LD script in <head>, scroll once for a deep link, and violate nothing', async () => {
    const path = '/probe/multi-bundle.html';
    const html = doc(`<implantation-faq structured-data></implantation-faq>
      <second-faq structured-data></second-faq><implantation-faq items="what-helps when-to-get-help"></implantation-faq>`,
    countScrolls + module('/dist/cdn/implantation-widgets.js') + module('/test/embedding/probe-second-copy.js'));
    serve(path, html);
    const page = await open(env, path, {}, {wait: false});
    await settle(page, 'implantation-faq, second-faq');
    const state = () => page.evaluate(() => ({
      head: document.head.querySelectorAll('script[type="application/ld+json"]').length,
      all: document.querySelectorAll('script[type="application/ld+json"]').length,
    }));
    assert.equal(await page.evaluate(() => customElements.get('second-faq') !== customElements.get('implantation-faq')), true);
    assert.deepEqual(await state(), {head: 1, all: 1});
    await page.evaluate(() => (location.hash = '#what-helps'));
    await page.waitForFunction(() => [...document.querySelectorAll('implantation-faq, second-faq')]
      .every((el) => el.shadowRoot.querySelector('#q-what-helps')?.getAttribute('aria-expanded') === 'true'));
    await settle(page, 'implantation-faq, second-faq');
    assert.deepEqual(await page.evaluate(() => window.scrolls), ['implantation-faq']);
    await page.evaluate(() => document.querySelector('implantation-faq').remove());
    assert.deepEqual(await state(), {head: 1, all: 1});
    await page.evaluate(() => document.querySelector('second-faq').remove());
    assert.deepEqual(await state(), {head: 0, all: 0});
    assert.deepEqual(await pageLog(page), []);
    await page.context().close();
  });

  it('two copies of different versions: exactly one warning, and the first copy renders', async () => {
    const path = '/probe/two-versions.html';
    const html = doc('<implantation-faq></implantation-faq>', module('/dist/cdn/faq.js') + module('/other-version/faq.js'));
    serve(path, html, CSP_DUPLICATES);
    const page = await open(env, path, {}, {wait: false});
    await settle(page, 'implantation-faq');
    await page.waitForFunction(() => window.pageLog.length > 0);
    const version = await page.evaluate(() => customElements.get('implantation-faq').version);
    assert.deepEqual(await pageLog(page), [
      `warn: <implantation-faq>: already defined by implantation-widgets ${version}; this copy (implantation-widgets 9.9.9-other) is not used.`,
    ]);
    assert.ok(await page.evaluate(() => document.querySelector('implantation-faq').shadowRoot.querySelectorAll('[part~="question"]').length > 5));
    await page.context().close();
  });
});

describe('an element adopted into another document', () => {
  const host = '/probe/host.html';
  const guest = '/probe/guest.html';
  const setup = () => {
    serve(host, doc('<implantation-faq items="what-helps" source-href="https://example.org/"></implantation-faq>',
      module('/dist/cdn/implantation-widgets.js') + module('/dist/cdn/locales/es.js')));
    serve(guest, doc('<main></main>', '', 'es'));
  };
  /** What a reader of the adopted FAQ gets: its question, whether it is styled, and the credit link. */
  const read = (page) => page.evaluate(() => {
    const el = window.adopted;
    const question = el.shadowRoot.querySelector('[part~="question"]');
    return {
      question: question?.textContent.trim(),
      styled: el.ownerDocument.defaultView.getComputedStyle(question).cursor === 'pointer',
      link: el.shadowRoot.querySelector('footer a')?.href,
    };
  });

  it('moved into a same-origin iframe with lang="es": renders in Spanish, styled, no error', async () => {
    setup();
    const page = await open(env, host, {}, {wait: false});
    await settle(page, 'implantation-faq');
    await page.evaluate(async (guest) => {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.src = guest;
      document.body.append(frame);
      await loaded;
      const el = (window.adopted = document.querySelector('implantation-faq'));
      frame.contentDocument.querySelector('main').append(el);
      await el.updateComplete;
    }, guest);
    assert.deepEqual(await read(page), {question: '¿Qué puede ayudar con el dolor?', styled: true, link: 'https://example.org/'});
    assert.deepEqual(await pageLog(page), []);
    await page.context().close();
  });

  it('moved into a window.open() window: renders there, styled, no error', async () => {
    setup();
    const page = await open(env, host, {}, {wait: false});
    await settle(page, 'implantation-faq');
    // The popup starts on about:blank; a same-origin navigation keeps its Window, and so the listener.
    await page.evaluate((guest) => new Promise((resolve, reject) => {
      const popup = (window.popup = window.open(guest));
      if (!popup) return reject(new Error('window.open was refused'));
      const loaded = () => popup.location.pathname === guest && popup.document.readyState === 'complete' && resolve();
      popup.addEventListener('load', loaded);
      loaded();
    }), guest);
    await page.evaluate(async () => {
      const el = (window.adopted = document.querySelector('implantation-faq'));
      window.popup.document.querySelector('main').append(el);
      await el.updateComplete;
    });
    assert.deepEqual(await read(page), {question: '¿Qué puede ayudar con el dolor?', styled: true, link: 'https://example.org/'});
    assert.deepEqual(await pageLog(page), []);
    await page.context().close();
  });
});

describe('single-page-app navigation with history.pushState', () => {
  it('a FAQ the app renders after pushState to #what-helps opens it and scrolls once; the old one is gone cleanly', async () => {
    const path = '/probe/spa.html';
    const html = doc('<div id="app"><implantation-faq></implantation-faq></div>', countScrolls + module('/dist/cdn/implantation-widgets.js'));
    serve(path, html);
    const page = await open(env, path, {}, {wait: false});
    await settle(page, 'implantation-faq');
    const result = await page.evaluate(async () => {
      history.pushState({}, '', '/probe/spa/second#what-helps');
      const app = document.getElementById('app');
      const spacer = document.createElement('div');
      spacer.style.height = '3000px'; // through the CSSOM: the strict policy refuses style attributes
      app.replaceChildren(spacer, document.createElement('implantation-faq'));
      const el = app.querySelector('implantation-faq');
      await el.updateComplete;
      await el.updateComplete;
      return {
        open: el.shadowRoot.querySelector('#q-what-helps').getAttribute('aria-expanded'),
        scrolls: window.scrolls.length,
        faqs: document.querySelectorAll('implantation-faq').length,
      };
    });
    assert.deepEqual(result, {open: 'true', scrolls: 1, faqs: 1});
    assert.deepEqual(await pageLog(page), []);
    await page.context().close();
  });
});
