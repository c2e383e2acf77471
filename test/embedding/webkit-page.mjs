// WebKit for the embedding tests: MiniBrowser through WebKitWebDriver (WebDriver classic), behind the
// part of Playwright's page interface that WebDriver can offer. Each context is its own WebDriver
// session (a fresh MiniBrowser: no shared cookies or storage). WebDriver classic cannot intercept
// requests, run scripts before the page's own, emulate media or read the console, so tests needing
// those skip in WebKit (harness.mjs `lacks`); the pages' own recorder.js still logs console warnings,
// errors and CSP violations.
import {remote} from 'webdriverio';
import {ensureWebKit} from '../../scripts/ensure.mjs';
import {startDriver, startXvfb, stopChildren} from '../support/launchers.mjs';
import {deepQuery, isVisible, ChainedLocator} from './page-support.mjs';

const KEYS = {Tab: '\uE004', Enter: '\uE007', ' ': ' '};

export async function launchWebKit() {
  const {driver, miniBrowser, xvfb} = ensureWebKit();
  const display = await startXvfb(xvfb);
  const port = await startDriver(driver, display);
  const contexts = new Set();
  return {
    async newContext({viewport} = {}) {
      // WebKitWebDriver runs one session at a time: a test that failed before closing its page leaves one.
      await Promise.all([...contexts].map((c) => c.close()));
      const session = await remote({
        hostname: '127.0.0.1', port, path: '/', logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          // Popups: the probe moves an element into a window.open() window.
          'webkitgtk:browserOptions': {binary: miniBrowser, args: ['--automation', '--javascript-can-open-windows-automatically=true']},
        },
      });
      if (viewport) await session.setWindowSize(viewport.width, viewport.height);
      const context = new WebKitContext(session, () => contexts.delete(context));
      contexts.add(context);
      return context;
    },
    async close() {
      await Promise.all([...contexts].map((c) => c.close()));
      // Xvfb and the driver would keep this test process alive.
      stopChildren();
    },
  };
}

class WebKitContext {
  constructor(session, forget) {
    Object.assign(this, {session, forget});
  }
  async newPage() {
    return new WebKitPage(this);
  }
  cookies() {
    return this.session.getCookies();
  }
  async close() {
    this.forget();
    await this.session.deleteSession().catch(() => {});
  }
}

class WebKitPage {
  constructor(context) {
    this.ctx = context;
    this.session = context.session;
    this.keyboard = {press: (key) => this.session.keys(KEYS[key] ?? key)};
  }
  context() {
    return this.ctx;
  }
  /** WebDriver has no console or page-error events; recorder.js in every test page logs both. */
  on() {}

  async goto(url) {
    await this.session.url(url);
    // WebDriver does not show response headers; the same request from Node shows what was sent.
    const headers = Object.fromEntries((await fetch(url)).headers);
    return {headers: () => headers};
  }

  /** Runs `fn(arg)` in the page and resolves with its (awaited) result. */
  async evaluate(fn, arg) {
    if (typeof fn === 'string') return this.session.execute(fn);
    const result = await this.session.executeAsync(`
      const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn})(arguments[0]))
        .then((value) => done({value}), (e) => done({error: String(e && e.stack || e)}));`, arg);
    if (result.error) throw new Error(result.error);
    return result.value;
  }

  /** Resolves once `fn(arg)` is truthy, checked on every animation frame in the page. */
  waitForFunction(fn, arg) {
    // The page-side poller wraps the caller's function source.
    const poll = new Function('arg', `return new Promise((resolve) => {
      const test = ${fn};
      const check = () => (test(arg) ? resolve(true) : requestAnimationFrame(check));
      check();
    });`);
    return this.evaluate(poll, arg);
  }

  async url() {
    return this.session.getUrl();
  }

  locator(selector) {
    return new Locator(this, [{selector}]);
  }
}

class Locator extends ChainedLocator {
  async #element() {
    const reference = await this.page.session.execute(deepQuery, this.chain);
    if (!reference) throw new Error(`no element for ${this.description}`);
    return this.page.session.$(reference);
  }
  /** Runs `fn(element, arg)` in the page. */
  async evaluate(fn, arg) {
    const element = await this.#element();
    return this.page.session.execute(`return (${fn})(arguments[0], arguments[1])`, element, arg);
  }
  async click() {
    await (await this.#element()).click();
  }
  async focus() {
    await this.evaluate((el) => el.focus());
  }
  async check() {
    if (!(await this.evaluate((el) => el.checked))) await this.click();
    // WebKitWebDriver's click does not reach a radio inside a shadow root's label (it lands on the
    // label's text and checks nothing); the element's own click() checks it and fires input and change.
    if (!(await this.evaluate((el) => el.checked))) await this.evaluate((el) => el.click());
    if (!(await this.evaluate((el) => el.checked))) throw new Error(`${this.chain.at(-1).selector} did not get checked`);
  }
  getAttribute(name) {
    return this.evaluate((el, name) => el.getAttribute(name), name);
  }
  textContent() {
    return this.evaluate((el) => el.textContent);
  }
  isVisible() {
    return this.evaluate(isVisible);
  }
}
