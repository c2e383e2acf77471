// Shared by the Node embedding tests (test/node/embedding-*.test.mjs): one static server, one browser,
// and helpers that read what a reader would get. EMBEDDING_ENGINE picks the browser: chromium
// (playwright-core, the system Chromium; the default), firefox (puppeteer-core over WebDriver BiDi,
// behind the same small page interface, see firefox-page.mjs) or webkit (WebDriver; see webkit-page.mjs).
import {readFileSync} from 'node:fs';
import {after, before} from 'node:test';
import {chromium} from 'playwright-core';
import {CHROME_ARGS, ensureChromium} from '../../scripts/ensure.mjs';
import {elements} from './elements.mjs';
import {pages} from './pages.mjs';
import {startServer} from './server.mjs';

export {elements};
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** The engine these tests run in. */
export const engine = process.env.EMBEDDING_ENGINE ?? 'chromium';

/**
 * What an engine's driver cannot do, as node:test skip reasons: `it(title, {skip: lacks.x}, fn)` runs
 * the test where the value is undefined and prints the reason where it is not.
 */
export const lacks = {
  firefox: {
    layoutShift: 'Firefox has no Layout Instability API (layout-shift entries)',
  },
  webkit: {
    layoutShift: 'WebKit has no Layout Instability API (layout-shift entries)',
    interception: 'WebDriver classic cannot intercept requests',
    // Print works through the CSSOM and a dark system per context; a loaded page's colour scheme cannot change.
    media: 'WebDriver cannot switch the colour scheme of a loaded page',
    initScript: 'WebDriver classic cannot run a script before the page\'s own',
    console: 'WebDriver classic cannot read the console (the page\'s own recorder still can)',
    forcedColors: 'WebKit has no forced colours mode, so there is none to turn on',
  },
}[engine] ?? {};

async function launch() {
  if (engine === 'firefox') return (await import('./firefox-page.mjs')).launchFirefox();
  if (engine === 'webkit') return (await import('./webkit-page.mjs')).launchWebKit();
  return chromium.launch({executablePath: ensureChromium(), args: CHROME_ARGS});
}

/** Starts the server and the browser for one test file; `env.origin` and `env.browser` are set before tests run. */
export function useBrowser() {
  const env = {};
  before(async () => {
    env.server = await startServer(pages);
    env.origin = env.server.origin;
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Opens `path` in a fresh context (no shared cookies or storage) and waits until every listed element
 * is defined and rendered. `options` go to browser.newContext (viewport, colorScheme, forcedColors...);
 * `setup(page)` runs before navigation (routes, init scripts). `page.console` collects console text.
 */
export async function open(env, path, options = {}, {wait = true, setup, waitUntil = 'load'} = {}) {
  const context = await env.browser.newContext({viewport: {width: 800, height: 900}, ...options});
  const page = await context.newPage();
  page.errors = [];
  page.console = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => page.console.push(m.text()));
  await setup?.(page);
  page.response = await page.goto(env.origin + path, {waitUntil});
  if (wait) await ready(page);
  return page;
}

/** Resolves once every element of the list is defined and has finished rendering. */
export function ready(page, tags = elements.map((e) => e.tag)) {
  return page.evaluate(async (tags) => {
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    await Promise.all(tags.flatMap((t) => [...document.querySelectorAll(t)].map((el) => el.updateComplete)));
  }, tags);
}

/** What the page's console and CSP listener recorded (recorder.js), plus uncaught errors. */
export async function pageLog(page) {
  return [...(await page.evaluate(() => window.pageLog)), ...page.errors.map((e) => `pageerror: ${e}`)];
}

/** axe-core's violations inside one element (axe is evaluated through the DevTools protocol, so the page's CSP does not apply to it). */
export async function axe(page, selector) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    const result = await window.axe.run(document.querySelector(selector));
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

/** Moves keyboard focus with Tab until it lands inside `tag`'s shadow root; returns the focused element's outline. */
export async function tabInto(page, tag) {
  await page.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((tag) => {
      const host = document.activeElement;
      const inner = host?.shadowRoot?.activeElement;
      if (host?.localName !== tag || !inner) return null;
      const s = getComputedStyle(inner);
      return {node: inner.localName, outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), visible: inner.matches(':focus-visible')};
    }, tag);
    if (found) return found;
  }
  return null;
}
