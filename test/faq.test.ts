import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import '../src/faq/define.js';
import {ImplantationFaq, type FaqToggleDetail} from '../src/faq/implantation-faq.js';
import {faq, meta} from '../src/content/en.js';
import {loadFrame, text, warningsDuring} from './support/helpers.js';
import {emulateMedia} from './support/engine.js';
import {registerTestLocale} from './support/locales.js';
import {openWindow} from './support/top-window.js';

const root = (el: ImplantationFaq) => el.shadowRoot!;
const questions = (el: ImplantationFaq) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="question"]')];
const question = (el: ImplantationFaq, id: string) => root(el).querySelector<HTMLButtonElement>(`#q-${id}`)!;
const answer = (el: ImplantationFaq, id: string) => root(el).querySelector<HTMLElement>(`#a-${id}`)!;
const toggleAll = (el: ImplantationFaq) => root(el).querySelector<HTMLButtonElement>('[part~="toggle-all"]');
const openIds = (el: ImplantationFaq) =>
  questions(el).filter((b) => b.getAttribute('aria-expanded') === 'true').map((b) => b.id.slice(2));
const ids = faq.map((q) => q.id);

/** Every `implantation-faq-toggle` that reaches the document while `fn` runs. */
async function eventsDuring(fn: () => unknown): Promise<FaqToggleDetail[]> {
  const events: FaqToggleDetail[] = [];
  const record = (e: Event) => events.push((e as CustomEvent<FaqToggleDetail>).detail);
  document.addEventListener('implantation-faq-toggle', record);
  try {
    await fn();
  } finally {
    document.removeEventListener('implantation-faq-toggle', record);
  }
  return events;
}

async function withWarnings(template: ReturnType<typeof html>) {
  let el!: ImplantationFaq;
  const warnings = await warningsDuring(async () => {
    el = await fixture<ImplantationFaq>(template);
  });
  return {el, warnings};
}

const jsonLd = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

describe('<implantation-faq>', () => {
  describe('rendering', () => {
    it('shows every question as an h3 holding a closed button, with its answer hidden until found', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      const buttons = questions(el);
      expect(buttons.map((b) => `${b.parentElement!.localName} ${text(b)}`)).to.deep.equal(faq.map((q) => `h3 ${q.heading}`));
      for (const {id} of faq) {
        expect(question(el, id).getAttribute('aria-expanded')).to.equal('false');
        expect(answer(el, id).getAttribute('hidden')).to.equal('until-found');
        expect(answer(el, id).getBoundingClientRect().height).to.equal(0);
      }
      expect(text(answer(el, 'what-is-implantation'))).to.contain('a fertilized egg attaches itself to the wall of the uterus');
    });

    it('wires each button and answer together as the APG accordion does', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      for (const {id} of faq) {
        const button = question(el, id);
        const panel = answer(el, id);
        expect(button.localName).to.equal('button');
        expect(button.getAttribute('aria-controls')).to.equal(panel.id);
        // No region role: several FAQs (or a FAQ and the article) on a page would repeat landmark names.
        expect(panel.hasAttribute('role')).to.equal(false);
      }
    });

    it('renders **bold** content as <strong>, never as markup text', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq open="when-to-get-help"></implantation-faq>`);
      expect(text(answer(el, 'when-to-get-help').querySelector('strong'))).to.equal('promptly');
      expect(text(answer(el, 'when-to-get-help'))).not.to.contain('**');
    });

    it('ends with the credit, reviewed date and disclaimer', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      const footer = root(el).querySelector('footer')!;
      expect(text(footer)).to.contain(`Based on “${meta.sourceTitle}” by ${meta.sourceAuthor}.`);
      expect(text(footer)).to.contain('Updated November 25, 2026.');
      expect(text(footer)).to.contain('not medical advice or a diagnosis');
      expect(footer.querySelector('a')).to.equal(null);
    });

    it('exposes parts for publishers to style', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      for (const part of ['toggle-all', 'item', 'heading', 'question', 'answer', 'footer', 'disclaimer']) {
        expect(root(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });

    it('hides the light-DOM fallback once upgraded', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq><p id="fallback">Read our FAQ.</p></implantation-faq>`);
      expect(el.querySelector('#fallback')!.getClientRects().length).to.equal(0);
    });
  });

  describe('attributes', () => {
    it('items shows a subset in the given order', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq items="what-helps what-is-implantation"></implantation-faq>`);
      expect(questions(el).map(text)).to.deep.equal(['What can help with the pain?', 'What is implantation?']);
    });

    it('an unknown id in items gets one warning and is skipped', async () => {
      const {el, warnings} = await withWarnings(html`<implantation-faq items="nope what-helps"></implantation-faq>`);
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.match(/^<implantation-faq>: items has unknown id "nope"; skipped\. Known ids: what-is-implantation, /);
      expect(questions(el).map(text)).to.deep.equal(['What can help with the pain?']);
    });

    it('an empty items list shows every question, with a warning', async () => {
      const {el, warnings} = await withWarnings(html`<implantation-faq items=""></implantation-faq>`);
      expect(warnings).to.deep.equal(['<implantation-faq>: items="" lists no ids; showing all.']);
      expect(questions(el).length).to.equal(faq.length);
    });

    it('open lists the questions open at start; setting it later sets which are open', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq open="what-helps when-to-get-help"></implantation-faq>`);
      expect(openIds(el)).to.deep.equal(['what-helps', 'when-to-get-help']);
      expect(answer(el, 'what-helps').hasAttribute('hidden')).to.equal(false);
      expect(text(answer(el, 'what-helps'))).to.contain('a heating pad');
      el.open = 'what-is-implantation';
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['what-is-implantation']);
    });

    it('an id in open that is not shown gets one warning and is skipped', async () => {
      const {el, warnings} = await withWarnings(
        html`<implantation-faq items="what-helps" open="nope what-helps what-is-implantation"></implantation-faq>`,
      );
      expect(warnings).to.deep.equal([
        '<implantation-faq>: open has "nope", which is not one of the questions shown; skipped.',
        '<implantation-faq>: open has "what-is-implantation", which is not one of the questions shown; skipped.',
      ]);
      expect(openIds(el)).to.deep.equal(['what-helps']);
    });

    it('heading-level sets the level of every question heading', async () => {
      for (const level of [2, 3, 4, 5, 6]) {
        const el = await fixture<ImplantationFaq>(html`<implantation-faq heading-level=${level}></implantation-faq>`);
        expect(questions(el).every((b) => b.parentElement!.localName === `h${level}`), `h${level}`).to.equal(true);
      }
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      el.headingLevel = 2;
      await el.updateComplete;
      expect(questions(el)[0].parentElement!.localName).to.equal('h2');
    });

    it('a bad heading-level warns, naming the element and value, and falls back to 3', async () => {
      const {el, warnings} = await withWarnings(html`<implantation-faq heading-level="1"></implantation-faq>`);
      expect(warnings).to.deep.equal(['<implantation-faq>: heading-level="1" is not 2-6; using 3.']);
      expect(questions(el)[0].parentElement!.localName).to.equal('h3');
    });

    it('source-href links the credit line to the source article', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq source-href="https://example.org/source"></implantation-faq>`);
      const link = root(el).querySelector('footer a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/source');
      expect(text(link)).to.equal(meta.sourceTitle);
    });

    it('no-toggle-all hides the "Expand all" button', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq no-toggle-all></implantation-faq>`);
      expect(toggleAll(el)).to.equal(null);
      el.noToggleAll = false;
      await el.updateComplete;
      expect(text(toggleAll(el))).to.equal('Expand all');
    });

    it('theme="dark" forces the dark colour scheme', async () => {
      // The FAQ has no background of its own (it sits on the page); its text turns light.
      const el = await fixture<ImplantationFaq>(html`<implantation-faq theme="dark"></implantation-faq>`);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="question"]')!).color).to.equal('rgb(230, 237, 243)');
    });

    it('lang picks a registered locale, falling back to English for anything missing', async () => {
      registerTestLocale('xq', {faq: [{id: 'what-helps', heading: 'Test question?', body: ['Test answer.']}]});
      const wrapper = await fixture(html`<div lang="xq"><implantation-faq></implantation-faq></div>`);
      const el = wrapper.querySelector('implantation-faq')!;
      await el.updateComplete;
      // Per key, not per kind: the one question the locale translates, every other one in English.
      expect(questions(el).map(text)).to.deep.equal(faq.map((q) => (q.id === 'what-helps' ? 'Test question?' : q.heading)));
      expect(text(answer(el, 'what-helps'))).to.equal('Test answer.');
      expect(text(toggleAll(el))).to.equal('Expand all');
    });
  });

  describe('opening and closing', () => {
    it('a click opens and closes an answer and fires implantation-faq-toggle, bubbling out of the shadow root', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      const button = question(el, 'what-helps');
      const [event] = await Promise.all([oneEvent(el, 'implantation-faq-toggle'), button.click()]);
      expect(event.detail).to.deep.equal({id: 'what-helps', open: true});
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(answer(el, 'what-helps').hasAttribute('hidden')).to.equal(false);
      expect(answer(el, 'what-helps').getBoundingClientRect().height).to.be.greaterThan(0);
      const events = await eventsDuring(async () => {
        button.click();
        await el.updateComplete;
      });
      expect(events).to.deep.equal([{id: 'what-helps', open: false}]);
      expect(answer(el, 'what-helps').getAttribute('hidden')).to.equal('until-found');
    });

    it('single: opening one closes the other, with an event for each, and hides "Expand all"', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq single open="what-helps"></implantation-faq>`);
      expect(toggleAll(el)).to.equal(null);
      const events = await eventsDuring(async () => {
        question(el, 'what-is-implantation').click();
        await el.updateComplete;
      });
      expect(events).to.deep.equal([{id: 'what-helps', open: false}, {id: 'what-is-implantation', open: true}]);
      expect(openIds(el)).to.deep.equal(['what-is-implantation']);
    });

    it('single with several ids in open keeps the first, with a warning', async () => {
      const {el, warnings} = await withWarnings(html`<implantation-faq single open="what-helps when-to-get-help"></implantation-faq>`);
      expect(warnings).to.deep.equal(['<implantation-faq>: single allows one open question; keeping "what-helps" open.']);
      expect(openIds(el)).to.deep.equal(['what-helps']);
    });

    it('expandAll() and collapseAll() open and close everything without firing events', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      const events = await eventsDuring(async () => {
        el.expandAll();
        await el.updateComplete;
        expect(openIds(el)).to.deep.equal(ids);
        expect(text(toggleAll(el))).to.equal('Collapse all');
        el.collapseAll();
        await el.updateComplete;
        expect(openIds(el)).to.deep.equal([]);
      });
      expect(events).to.deep.equal([]);
    });

    it('expandAll() with single warns and opens nothing', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq single></implantation-faq>`);
      const warnings = await warningsDuring(() => el.expandAll());
      expect(warnings).to.deep.equal(['<implantation-faq>: expandAll() does nothing when single is set.']);
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal([]);
    });

    it('the "Expand all" button opens the closed answers, then reads "Collapse all" and closes them, with events', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq items="what-helps what-is-implantation" open="what-helps"></implantation-faq>`);
      const button = toggleAll(el)!;
      expect(text(button)).to.equal('Expand all');
      let events = await eventsDuring(async () => {
        button.click();
        await el.updateComplete;
      });
      expect(events).to.deep.equal([{id: 'what-is-implantation', open: true}]);
      expect(text(button)).to.equal('Collapse all');
      events = await eventsDuring(async () => {
        button.click();
        await el.updateComplete;
      });
      expect(events).to.deep.equal([{id: 'what-helps', open: false}, {id: 'what-is-implantation', open: false}]);
      expect(text(button)).to.equal('Expand all');
    });

    it('the button reads "Collapse all" once the reader has opened every answer one by one', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq items="what-helps what-is-implantation"></implantation-faq>`);
      questions(el).forEach((b) => b.click());
      await el.updateComplete;
      expect(text(toggleAll(el))).to.equal('Collapse all');
    });
  });

  describe('keyboard', () => {
    it('Tab moves from "Expand all" through the question buttons', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq items="what-helps what-is-implantation"></implantation-faq>`);
      toggleAll(el)!.focus();
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement).to.equal(question(el, 'what-helps'));
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement).to.equal(question(el, 'what-is-implantation'));
    });

    it('Enter and Space toggle the focused question, with events', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      question(el, 'what-helps').focus();
      const events = await eventsDuring(async () => {
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(openIds(el)).to.deep.equal(['what-helps']);
        await sendKeys({press: ' '});
        await el.updateComplete;
        expect(openIds(el)).to.deep.equal([]);
      });
      expect(events).to.deep.equal([{id: 'what-helps', open: true}, {id: 'what-helps', open: false}]);
    });

    it('ArrowDown, ArrowUp, Home and End move focus between questions, wrapping at the ends', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq items="what-is-implantation what-helps when-to-get-help"></implantation-faq>`);
      const focused = () => (root(el).activeElement as HTMLElement).id.slice(2);
      question(el, 'what-is-implantation').focus();
      const path: string[] = [];
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'End', 'Home']) {
        await sendKeys({press: key});
        path.push(focused());
      }
      expect(path).to.deep.equal(['what-helps', 'when-to-get-help', 'what-is-implantation', 'when-to-get-help', 'when-to-get-help', 'what-is-implantation']);
      expect(openIds(el)).to.deep.equal([]);
    });

    it('shows a visible focus ring on a focused question', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      question(el, 'what-helps').focus();
      await sendKeys({press: 'ArrowDown'});
      const style = getComputedStyle(root(el).activeElement!);
      expect([style.outlineStyle, style.outlineWidth]).to.deep.equal(['solid', '3px']);
    });
  });

  describe('find in page (hidden="until-found")', () => {
    /** A real click, so the page has the user activation a reader's own navigation would give it. */
    async function userActivation() {
      const target = await fixture<HTMLButtonElement>(html`<button>activate</button>`);
      const box = target.getBoundingClientRect();
      const clicked = oneEvent(target, 'click');
      await sendMouse({type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
      await clicked;
      await sendMouse({type: 'move', position: [0, 0]});
    }

    it('beforematch on a closed answer opens it and fires the event', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      const [event] = await Promise.all([
        oneEvent(el, 'implantation-faq-toggle'),
        answer(el, 'what-helps').dispatchEvent(new Event('beforematch')),
      ]);
      expect(event.detail).to.deep.equal({id: 'what-helps', open: true});
      await el.updateComplete;
      expect(question(el, 'what-helps').getAttribute('aria-expanded')).to.equal('true');
      expect(answer(el, 'what-helps').hasAttribute('hidden')).to.equal(false);
    });

    // window.find() finds text in closed answers but does not fire beforematch (checked in Chromium);
    // a text fragment runs the browser's real find-and-reveal, so the demo page is loaded with one, in a
    // top-level window (WebKit applies text fragments only there, never in an iframe).
    // Browsers apply a text fragment only after a user gesture, so the test clicks first itself.
    it('a #:~:text= fragment (the browser itself finding the text) opens the closed answer holding it', async () => {
      await userActivation();
      const win = await openWindow('/demo/faq.html#:~:text=gentle%20stretching');
      try {
        await win.customElements.whenDefined('implantation-faq');
        const el = win.document.querySelector('implantation-faq') as ImplantationFaq;
        await el.updateComplete;
        if (!openIds(el).length) await oneEvent(el, 'implantation-faq-toggle');
        await el.updateComplete;
        expect(openIds(el)).to.deep.equal(['what-helps']);
      } finally {
        win.close();
      }
    });
  });

  describe('deep links', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('a #<question-id> in the URL at load opens that question, scrolls to it and fires the event', async () => {
      history.replaceState(null, '', '#when-to-get-help');
      let el!: ImplantationFaq;
      const events = await eventsDuring(async () => {
        const wrapper = await fixture(html`<div><div style="height: 3000px"></div><implantation-faq></implantation-faq></div>`);
        el = wrapper.querySelector('implantation-faq')!;
        await el.updateComplete;
      });
      expect(events).to.deep.equal([{id: 'when-to-get-help', open: true}]);
      expect(openIds(el)).to.deep.equal(['when-to-get-help']);
      const top = question(el, 'when-to-get-help').getBoundingClientRect().top;
      expect(top).to.be.within(0, innerHeight - 44);
      scrollTo(0, 0);
    });

    it('a later hashchange opens that question; other hashes are ignored', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      location.hash = '#not-a-question';
      await oneEvent(window, 'hashchange');
      const [event] = await Promise.all([oneEvent(el, 'implantation-faq-toggle'), (location.hash = '#what-helps')]);
      expect(event.detail).to.deep.equal({id: 'what-helps', open: true});
      await el.updateComplete;
      expect(openIds(el)).to.deep.equal(['what-helps']);
    });

    it('a question that is not shown, or a removed element, ignores the hash', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq items="what-helps"></implantation-faq>`);
      const removed = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      removed.remove();
      const events = await eventsDuring(async () => {
        location.hash = '#when-to-get-help';
        await oneEvent(window, 'hashchange');
      });
      expect(events).to.deep.equal([]);
      expect(openIds(el)).to.deep.equal([]);
    });
  });

  describe('structured data', () => {
    it('writes one FAQPage JSON-LD script into document.head, for the questions shown', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq structured-data items="what-helps when-to-get-help"></implantation-faq>`);
      expect(jsonLd().length).to.equal(1);
      expect(el.nextElementSibling).to.equal(null);
      const script = jsonLd()[0];
      expect(script.parentElement?.localName).to.equal('head');
      expect(script.type).to.equal('application/ld+json');
      const data = JSON.parse(script.text);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity.map((q: {name: string}) => q.name)).to.deep.equal([
        'What can help with the pain?',
        'When should I get medical help?',
      ]);
      expect(data.mainEntity[1].acceptedAnswer).to.deep.equal({
        '@type': 'Answer',
        text: 'Get medical help promptly if the pain is severe or does not go away. Do the same if it comes with other worrying symptoms, such as heavy bleeding. A provider can check for other problems.',
      });
    });

    it('stays exactly once through re-renders and a second FAQ with the same items', async () => {
      const wrapper = await fixture(html`<div>
        <implantation-faq structured-data></implantation-faq><implantation-faq structured-data></implantation-faq>
      </div>`);
      const [a, b] = wrapper.querySelectorAll('implantation-faq');
      await Promise.all([a.updateComplete, b.updateComplete]);
      a.expandAll();
      a.theme = 'dark';
      await a.updateComplete;
      expect(jsonLd().length).to.equal(1);
      expect(JSON.parse(jsonLd()[0].text).mainEntity.length).to.equal(faq.length);
      b.items = 'what-helps';
      await b.updateComplete;
      expect(jsonLd().length).to.equal(2);
    });

    it('is removed with the attribute, or with the element, once no FAQ wants it', async () => {
      const wrapper = await fixture(html`<div>
        <implantation-faq structured-data></implantation-faq><implantation-faq structured-data></implantation-faq>
      </div>`);
      const [a, b] = wrapper.querySelectorAll('implantation-faq');
      await Promise.all([a.updateComplete, b.updateComplete]);
      a.removeAttribute('structured-data');
      await a.updateComplete;
      expect(jsonLd().length).to.equal(1);
      b.remove();
      expect(jsonLd().length).to.equal(0);
      wrapper.append(b);
      await b.updateComplete;
      expect(jsonLd().length).to.equal(1);
      b.structuredData = false;
      await b.updateComplete;
      expect(jsonLd().length).to.equal(0);
    });

    // A strict page: the text of a <script> is a Trusted Types sink. The page loads the CDN build.
    // A refused policy is also reported as a CSP violation, an event that may arrive after rendering:
    // the page is read only once the `violations` it must report are in its log.
    async function strictPage(trustedTypes: string, violations = 0) {
      const frame = await loadFrame({srcdoc: `<!doctype html><meta http-equiv="Content-Security-Policy"
        content="require-trusted-types-for 'script'; trusted-types ${trustedTypes}">
        <script src="/test/embedding/recorder.js"></script><script type="module" src="/dist/cdn/faq.js"></script>
        <implantation-faq structured-data></implantation-faq><implantation-faq structured-data items="what-helps"></implantation-faq>`});
      try {
        const win = frame.contentWindow as Window & typeof globalThis & {pageLog: string[]};
        await win.customElements.whenDefined('implantation-faq');
        for (const el of win.document.querySelectorAll('implantation-faq')) await (el as ImplantationFaq).updateComplete;
        const reported = () => win.pageLog.filter((line) => line.startsWith('csp:')).length;
        while (reported() < violations) await oneEvent(win.document, 'securitypolicyviolation');
        return {scripts: win.document.querySelectorAll('script[type="application/ld+json"]').length, log: win.pageLog};
      } finally {
        frame.remove();
      }
    }

    it('under Trusted Types that allow "implantation-widgets", writes the scripts with no error', async () => {
      expect(await strictPage('lit-html implantation-widgets')).to.deep.equal({scripts: 2, log: []});
    });

    it('under Trusted Types that do not allow it, warns once, writes nothing and never throws', async () => {
      const {scripts, log} = await strictPage('lit-html', 1);
      expect(scripts).to.equal(0);
      // Chromium and WebKit report the refused policy once, Firefox once per element that asked for it.
      const violations = log.filter((line) => line.startsWith('csp:'));
      expect(violations.length).to.be.at.least(1);
      for (const line of violations) expect(line).to.match(/^csp: trusted-types /);
      expect(log.filter((line) => !line.startsWith('csp:'))).to.deep.equal([
        'warn: <implantation-faq>: structured-data skipped: this page\'s Trusted Types rules refused it; ' +
          'allow "implantation-widgets" in its trusted-types directive to get FAQPage JSON-LD.',
      ]);
    });
  });

  describe('styles', () => {
    afterEach(() => emulateMedia({media: 'screen', reducedMotion: 'no-preference'}));

    it('print shows every answer and no expand/collapse controls', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      await emulateMedia({media: 'print'});
      expect(getComputedStyle(toggleAll(el)!).display).to.equal('none');
      expect(getComputedStyle(questions(el)[0], '::after').display).to.equal('none');
      for (const {id} of faq) expect(answer(el, id).getBoundingClientRect().height, id).to.be.greaterThan(0);
    });

    it('question buttons and "Expand all" are at least 44 px tall', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      for (const button of [toggleAll(el)!, ...questions(el)]) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    });

    it('prefers-reduced-motion stops the chevron animation', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq></implantation-faq>`);
      expect(getComputedStyle(questions(el)[0], '::after').transitionDuration).to.equal('0.2s');
      await emulateMedia({reducedMotion: 'reduce'});
      expect(getComputedStyle(questions(el)[0], '::after').transitionDuration).to.equal('0s');
    });

    it('--implantation-faq-* custom properties restyle the questions', async () => {
      const el = await fixture<ImplantationFaq>(html`<implantation-faq style="
        --implantation-faq-border-color: rgb(1, 2, 3); --implantation-faq-question-color: rgb(4, 5, 6);
        --implantation-faq-question-size: 20px; --implantation-faq-hover-background: rgb(7, 8, 9)"></implantation-faq>`);
      const button = questions(el)[0];
      expect(getComputedStyle(root(el).querySelector('[part~="item"]')!).borderBottomColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(button).color).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(button.parentElement!).fontSize).to.equal('20px');
      button.scrollIntoView();
      const box = button.getBoundingClientRect();
      await sendMouse({type: 'move', position: [Math.round(box.x + 10), Math.round(box.y + 10)]});
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(7, 8, 9)');
      await sendMouse({type: 'move', position: [0, 0]});
    });
  });

  describe('accessibility', () => {
    const states: Record<string, (el: ImplantationFaq) => void> = {
      'all closed': () => {},
      'one open': (el) => question(el, 'what-helps').click(),
      'all open': (el) => el.expandAll(),
    };
    for (const theme of ['light', 'dark']) {
      for (const [state, act] of Object.entries(states)) {
        it(`passes axe with ${state} (${theme})`, async () => {
          const el = await fixture<ImplantationFaq>(html`<implantation-faq theme=${theme} source-href="https://example.org/"></implantation-faq>`);
          // Transparent by design: in the dark theme the FAQ sits on a dark page.
          if (theme === 'dark') el.parentElement!.style.background = '#0d1117';
          act(el);
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
