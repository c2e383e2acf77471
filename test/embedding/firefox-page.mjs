// Firefox for the embedding tests: puppeteer-core over WebDriver BiDi behind the part of Playwright's
// page interface those tests use (newContext/newPage, goto, evaluate, locator, route, emulateMedia...),
// so each test is written once for every engine.
import puppeteer from 'puppeteer-core';
import {ensureFirefox} from '../../scripts/ensure.mjs';
import {deepQuery, ChainedLocator} from './page-support.mjs';

// Firefox's switches for media puppeteer cannot emulate over BiDi: the tab's medium override for print,
// and content preferences for colour scheme, reduced motion and forced colours; and the tab's
// JavaScript switch (emulation.setScriptingEnabled is not in Firefox 153). They are global, so
// the page a call is about gets its own settings re-applied first (see FirefoxPage#apply).
const MEDIA_SCRIPT = (state) => `(() => {
  const state = ${JSON.stringify(state)};
  for (const win of Services.wm.getEnumerator('navigator:browser')) {
    for (const browser of win.gBrowser.browsers) {
      browser.browsingContext.mediumOverride = state.media === 'print' ? 'print' : '';
      browser.browsingContext.allowJavascript = !state.noScript;
    }
  }
  const set = (name, value) => (value === undefined ? Services.prefs.clearUserPref(name) : Services.prefs.setIntPref(name, value));
  set('layout.css.prefers-color-scheme.content-override', {dark: 0, light: 1}[state.colorScheme]);
  set('ui.prefersReducedMotion', state.reducedMotion === 'reduce' ? 1 : undefined);
  set('browser.display.document_color_use', state.forcedColors === 'active' ? 2 : undefined);
  return true;
})()`;

export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ensureFirefox(),
    headless: true,
    args: ['--remote-allow-system-access'],
  });
  let applied = '{}';
  let front;
  const bringToFront = async (page) => {
    if (front !== page) await page.bringToFront();
    front = page;
  };
  /** Applies one page's media settings to the whole browser, when they are not already in force. */
  const applyMedia = async (page, state) => {
    const wanted = JSON.stringify(state);
    if (wanted === applied) return;
    const session = page.mainFrame().browsingContext.userContext.browser.session;
    const tree = await session.send('browsingContext.getTree', {'moz:scope': 'chrome', maxDepth: 0});
    const {result} = await session.send('script.evaluate', {
      expression: MEDIA_SCRIPT(state), target: {context: tree.result.contexts[0].context}, awaitPromise: false,
    });
    if (result.type !== 'success') throw new Error(`Firefox media emulation failed: ${JSON.stringify(result)}`);
    applied = wanted;
  };
  return {
    async newContext(options = {}) {
      const context = await browser.createBrowserContext();
      return new FirefoxContext(context, options, applyMedia, bringToFront);
    },
    close: () => browser.close(),
  };
}

class FirefoxContext {
  #listeners = [];
  constructor(context, options, applyMedia, bringToFront) {
    Object.assign(this, {context, options, applyMedia, bringToFront, pages: []});
  }
  async newPage() {
    const page = new FirefoxPage(this, await this.context.newPage());
    await page.init(this.options);
    this.pages.push(page);
    return page;
  }
  /** Playwright's context 'request' event: every request any page of this context makes. */
  on(event, listener) {
    if (event !== 'request') throw new Error(`FirefoxContext: no '${event}' event`);
    this.#listeners.push(listener);
    for (const page of this.pages) page.raw.on('request', listener);
  }
  async cookies() {
    return (await Promise.all(this.pages.map((p) => p.raw.cookies()))).flat();
  }
  close() {
    return this.context.close();
  }
}

class FirefoxPage {
  #media = {};
  #routes = [];
  constructor(context, raw) {
    Object.assign(this, {ctx: context, raw});
    this.keyboard = {press: async (key) => (await this.#apply(), raw.keyboard.press(key))};
  }

  async init({viewport, javaScriptEnabled, colorScheme, reducedMotion, forcedColors}) {
    if (viewport) await this.raw.setViewport(viewport);
    this.#media = {colorScheme, reducedMotion, forcedColors, noScript: javaScriptEnabled === false || undefined};
  }

  /** This page's media settings in force, and its tab in front (focus and :focus-visible need that). */
  async #apply() {
    await this.ctx.applyMedia(this.raw, this.#media);
    await this.ctx.bringToFront(this.raw);
  }

  context() {
    return this.ctx;
  }

  on(event, listener) {
    if (event === 'console') this.raw.on('console', (m) => listener({text: () => m.text()}));
    else if (event === 'pageerror') this.raw.on('pageerror', (e) => listener(e));
    else if (event === 'request') this.raw.on('request', listener);
    else throw new Error(`FirefoxPage: no '${event}' event`);
  }

  async goto(url, {waitUntil = 'load'} = {}) {
    await this.#apply();
    if (waitUntil !== 'commit') return this.raw.goto(url, {waitUntil});
    // 'commit': resolve on the document's response, while held scripts keep the load event back.
    const response = this.raw.waitForResponse((r) => r.url() === url);
    this.raw.goto(url, {waitUntil: 'load', timeout: 0}).catch(() => {});
    return response;
  }

  async evaluate(fn, arg) {
    await this.#apply();
    return typeof fn === 'string' ? this.raw.evaluate(fn) : this.raw.evaluate(fn, arg);
  }

  async waitForFunction(fn, arg) {
    await this.#apply();
    return this.raw.waitForFunction(fn, {}, arg);
  }

  url() {
    return this.raw.url();
  }

  addInitScript(fn) {
    return this.raw.evaluateOnNewDocument(fn);
  }

  /** Playwright's route(glob, handler), for the globs the tests use ('**' and '*'). */
  async route(glob, handler) {
    const pattern = new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\n').replace(/\*/g, '[^/]*').replace(/\n/g, '.*')}$`);
    if (!this.#routes.length) {
      await this.raw.setRequestInterception(true);
      this.raw.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        const route = this.#routes.find((r) => r.pattern.test(request.url()));
        if (!route) return request.continue();
        return route.handler({request: () => request, continue: () => request.continue()});
      });
    }
    this.#routes.push({pattern, handler});
  }

  async emulateMedia({media, colorScheme}) {
    this.#media = {...this.#media, ...(media && {media}), ...(colorScheme && {colorScheme})};
    await this.#apply();
  }

  locator(selector) {
    return new Locator(this, [{selector}]);
  }
}

/** A lazy, shadow-piercing element query, like Playwright's CSS locators. */
class Locator extends ChainedLocator {
  async #handle() {
    await this.page.evaluate(() => 0); // puts the page's settings in force and its tab in front
    const handle = await this.page.raw.evaluateHandle(deepQuery, this.chain);
    const element = handle.asElement();
    if (!element) throw new Error(`no element for ${this.description}`);
    return element;
  }
  async evaluate(fn, arg) {
    return (await this.#handle()).evaluate(fn, arg);
  }
  async click() {
    await (await this.#handle()).click();
  }
  async focus() {
    await (await this.#handle()).focus();
  }
  async check() {
    const handle = await this.#handle();
    if (!(await handle.evaluate((el) => el.checked))) await handle.click();
    if (!(await handle.evaluate((el) => el.checked))) throw new Error(`${this.chain.at(-1).selector} did not get checked`);
  }
}
