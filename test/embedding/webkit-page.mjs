// WebKit for the embedding tests: MiniBrowser through WebKitWebDriver (WebDriver classic), behind the
// part of Playwright's page interface that WebDriver can offer. Each context is its own WebDriver
// session (a fresh MiniBrowser: no shared cookies or storage), started with the reader's settings the
// context asks for, as MiniBrowser's own switches: --dark-mode for a dark system, JavaScript in pages off,
// and GTK's animations setting (which WebKitGTK reports as prefers-reduced-motion) through a driver whose
// browsers read a settings file that turns them off. A viewport narrower than MiniBrowser's narrowest
// window is an iframe that wide, which the session then works inside. Print is the page's own print rules
// applied on screen (test/support/cssom-media.ts). WebDriver classic cannot intercept requests (the test
// server holds and serves pages instead), run scripts before the page's own or read the console (the
// pages' own recorder.js logs warnings, errors and CSP violations), and WebKit has no forced colours.
import {mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {transformSync} from 'esbuild';
import {remote} from 'webdriverio';
import {ensureWebKit} from '../../scripts/ensure.mjs';
import {LIMITS, startDriver, startXvfb, stopChildren} from '../support/launchers.mjs';
import {deepQuery, ChainedLocator} from './page-support.mjs';

const KEYS = {Tab: '\uE004', Enter: '\uE007', ' ': ' '};
const MIN_WIDTH = LIMITS.webkit.minWidth;

/** cssom-media.ts as a script that installs itself once per document as window.__cssomMedia. */
const CSSOM_MEDIA = transformSync(readFileSync(new URL('../support/cssom-media.ts', import.meta.url), 'utf8'),
  {loader: 'ts', format: 'iife', globalName: '__cssomMediaModule'}).code + '\nwindow.__cssomMedia ??= __cssomMediaModule;';

/** A GTK settings folder whose browsers do not animate, which WebKitGTK reports as prefers-reduced-motion: reduce. */
function reducedMotionConfig() {
  const home = mkdtempSync(join(tmpdir(), 'webkit-reduced-motion-'));
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(join(home, 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=false\n');
  return home;
}

export async function launchWebKit() {
  const {driver, miniBrowser, xvfb} = ensureWebKit();
  const display = await startXvfb(xvfb);
  // One driver for plain contexts, and one (started the first time a context asks for reduced motion)
  // whose browsers read a GTK settings file with animations off.
  const drivers = {plain: {env: {}, port: await startDriver(driver, display)}};
  let home;
  const driverFor = async (kind) => {
    if (!drivers[kind]) {
      home = reducedMotionConfig();
      drivers[kind] = {env: {XDG_CONFIG_HOME: home}, port: await startDriver(driver, display, {XDG_CONFIG_HOME: home})};
    }
    return drivers[kind];
  };
  const contexts = new Set();
  return {
    async newContext({viewport, javaScriptEnabled, colorScheme, reducedMotion, forcedColors} = {}) {
      if (forcedColors === 'active') throw new Error('WebKit has no forced colours mode');
      // WebKitWebDriver runs one session at a time: a test that failed before closing its page leaves one.
      await Promise.all([...contexts].map((c) => c.close()));
      // Popups allowed: the probe moves an element into a window.open() window.
      const args = ['--automation', '--javascript-can-open-windows-automatically=true'];
      if (colorScheme === 'dark') args.push('--dark-mode');
      if (javaScriptEnabled === false) args.push('--enable-javascript-markup=false');
      const kind = reducedMotion === 'reduce' ? 'reducedMotion' : 'plain';
      const connect = async () => remote({
        hostname: '127.0.0.1', port: (await driverFor(kind)).port, path: '/', logLevel: 'error',
        // One attempt per driver: a repeated POST /session would queue behind the stuck one.
        connectionRetryTimeout: 60000, connectionRetryCount: 0,
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          // goto() waits itself: with 'normal', every command would wait for a load event that a held
          // bundle keeps back, so a test could not look at the page while the bundle is on its way.
          pageLoadStrategy: 'none',
          'webkitgtk:browserOptions': {binary: miniBrowser, args},
        },
      });
      let session;
      try {
        session = await connect();
      } catch {
        // Once in a long loaded run a MiniBrowser never came up and its driver stayed stuck on it:
        // a fresh driver gets a fresh browser (the old one is stopped with the others at close).
        drivers[kind].port = await startDriver(driver, display, drivers[kind].env);
        session = await connect();
      }
      const narrow = viewport && viewport.width < MIN_WIDTH ? viewport : undefined;
      // A narrow one is a wide window around its whole frame (with room for the toolbar): MiniBrowser
      // windows near their narrowest lose focus, and clicks land right only where the frame is on screen.
      if (viewport) await session.setWindowSize(narrow ? 800 : viewport.width, narrow ? viewport.height + 200 : viewport.height);
      const context = new WebKitContext(session, narrow, () => contexts.delete(context));
      contexts.add(context);
      return context;
    },
    async close() {
      await Promise.all([...contexts].map((c) => c.close()));
      if (home) rmSync(home, {recursive: true, force: true});
      // Xvfb and the drivers would keep this test process alive.
      stopChildren();
    },
  };
}

class WebKitContext {
  constructor(session, narrow, forget) {
    Object.assign(this, {session, narrow, forget});
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

  /** Navigates and waits for `waitUntil` ('load' or 'commit': the new document exists), polling the driver. */
  async goto(url, {waitUntil = 'load'} = {}) {
    const narrow = this.ctx.narrow;
    if (narrow) await this.session.switchFrame(null);
    await this.session.execute(() => (window.leavingForGoto = true));
    // Narrower than a window can be: the page in an iframe that wide, and the session inside it.
    const {origin, pathname, search, hash} = new URL(url);
    const frame = narrow && `${origin}/narrow-frame?${new URLSearchParams({src: pathname + search + hash, ...narrow})}`;
    await this.session.url(frame || url);
    await this.#until(narrow ? 'load' : waitUntil);
    if (narrow) {
      // The frame's document gets the focus a top-level page has (:focus needs a focused frame).
      await this.session.execute(() => document.querySelector('iframe').focus());
      await this.session.switchFrame(await this.session.$('iframe'));
      await this.#until(waitUntil);
    }
    // WebDriver does not show response headers; the same request from Node shows what was sent.
    const headers = Object.fromEntries((await fetch(url)).headers);
    return {headers: () => headers};
  }

  async #until(waitUntil) {
    const check = waitUntil === 'commit'
      ? () => !window.leavingForGoto && location.href !== 'about:blank'
      : () => !window.leavingForGoto && document.readyState === 'complete';
    for (let tries = 0; tries < 1500; tries++) {
      // Between the old document and the new one a script can fail to run: ask again.
      if (await this.session.execute(check).catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`navigation did not reach '${waitUntil}'`);
  }

  /** Print: the page's own print rules applied on screen (WebDriver has no media emulation). */
  async emulateMedia({media, colorScheme}) {
    if (colorScheme) throw new Error('a running MiniBrowser cannot change its colour scheme; open a context with colorScheme');
    await this.session.execute(`${CSSOM_MEDIA}\nwindow.__cssomMedia.emulateInCssom(arguments[0]);`, {media});
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
}
