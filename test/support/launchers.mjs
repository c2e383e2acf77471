// The three engines the browser suite runs in, as web-test-runner launchers, plus the server commands
// that bridge what their drivers lack (test/support/engine.ts is the browser side).
//   chromium: Debian's Chromium through puppeteer-core over CDP (the Chrome launcher, as before).
//   firefox:  Debian's Firefox ESR through puppeteer-core over WebDriver BiDi.
//   webkit:   MiniBrowser (WebKitGTK) through WebKitWebDriver, under an Xvfb display we start and stop.
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {chromeLauncher} from '@web/test-runner';
import {webdriverLauncher} from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import {CHROME_ARGS, ensureChromium, ensureFirefox, ensureWebKit} from '../../scripts/ensure.mjs';

/** What each engine's driver cannot do; tests that need it skip with this reason in their title. */
export const LIMITS = {
  chromium: {},
  firefox: {},
  webkit: {
    // WebDriver has no media emulation: the page's own media rules are rewritten instead (cssom-media.ts)...
    cssomMedia: true,
    // ...which cannot reach light-dark(): it follows the used color-scheme, and with `light dark` that
    // is the reader's system setting, which a running MiniBrowser cannot change.
    systemColorScheme: 'a running MiniBrowser cannot switch the system colour scheme that light-dark() follows (embedding-media checks this in a MiniBrowser started in dark mode)',
    // MiniBrowser's GTK window keeps its toolbar's minimum size.
    minWidth: 447,
  },
};

const tag = (launcher, engine) => Object.assign(launcher, {engine});

export function chromiumLauncher() {
  return tag(chromeLauncher({launchOptions: {executablePath: ensureChromium(), headless: true, args: CHROME_ARGS}}), 'chromium');
}

export function firefoxLauncher() {
  return tag(chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: ensureFirefox(),
      headless: true,
      // Lets the media command below reach Firefox's own (chrome-privileged) emulation switches.
      args: ['--remote-allow-system-access'],
    },
  }), 'firefox');
}

/** A port nobody listens on right now (the driver binds it a moment later). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

const children = new Set();
export const stopChildren = () => {
  for (const child of children) child.kill();
  children.clear();
};
process.once('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (stopChildren(), process.exit(130)));

function start(command, args, env) {
  const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], env});
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves with ":N". */
export function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = start(xvfb, ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/\d+\n/.test(out)) resolve(`:${out.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
}

/** Starts WebKitWebDriver on a free port and resolves once it answers; `env` reaches the browsers it starts. */
export async function startDriver(driver, display, env = {}) {
  const port = await freePort();
  const child = start(driver, [`--port=${port}`, '--host=127.0.0.1'], {...process.env, ...env, DISPLAY: display});
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

/** Starts Xvfb and WebKitWebDriver, and returns a launcher whose stop() also stops them. */
export async function webkitLauncher() {
  const {driver, miniBrowser, xvfb} = ensureWebKit();
  const display = await startXvfb(xvfb);
  const port = await startDriver(driver, display);
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      // Popups: the text-fragment test opens a top-level window (WebKit applies fragments only there).
      'webkitgtk:browserOptions': {binary: miniBrowser, args: ['--automation', '--javascript-can-open-windows-automatically=true']},
    },
  });
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    await stop();
    stopChildren();
  };
  launcher.name = 'WebKit';
  return tag(launcher, 'webkit');
}

export const LAUNCHERS = {chromium: chromiumLauncher, firefox: firefoxLauncher, webkit: webkitLauncher};

// Firefox's switches for what puppeteer's BiDi emulateMedia cannot do (it needs CDP): the tab's
// medium override for print, and content preferences for colour scheme and reduced motion.
const FIREFOX_MEDIA = ({media, colorScheme, reducedMotion}) => `(() => {
  const media = ${JSON.stringify(media ?? null)}, scheme = ${JSON.stringify(colorScheme ?? null)},
    motion = ${JSON.stringify(reducedMotion ?? null)};
  if (media !== null) {
    for (const win of Services.wm.getEnumerator('navigator:browser')) {
      for (const browser of win.gBrowser.browsers) browser.browsingContext.mediumOverride = media === 'screen' ? '' : media;
    }
  }
  const SCHEME = 'layout.css.prefers-color-scheme.content-override';
  if (scheme === 'dark' || scheme === 'light') Services.prefs.setIntPref(SCHEME, scheme === 'dark' ? 0 : 1);
  else if (scheme !== null) Services.prefs.clearUserPref(SCHEME);
  if (motion === 'reduce') Services.prefs.setIntPref('ui.prefersReducedMotion', 1);
  else if (motion !== null) Services.prefs.clearUserPref('ui.prefersReducedMotion');
  return true;
})()`;

async function firefoxEmulateMedia(page, payload) {
  const context = page.mainFrame().browsingContext;
  const session = context.userContext.browser.session;
  const tree = await session.send('browsingContext.getTree', {'moz:scope': 'chrome', maxDepth: 0});
  const target = {context: tree.result.contexts[0].context};
  const {result} = await session.send('script.evaluate', {expression: FIREFOX_MEDIA(payload), target, awaitPromise: false});
  if (result.type !== 'success') throw new Error(`Firefox media emulation failed: ${JSON.stringify(result)}`);
}

async function chromiumEmulateMedia(page, {media, colorScheme, reducedMotion}) {
  const features = [];
  if (colorScheme != null) features.push({name: 'prefers-color-scheme', value: colorScheme});
  if (reducedMotion != null) features.push({name: 'prefers-reduced-motion', value: reducedMotion});
  await page.emulateMediaFeatures(features);
  if (media) await page.emulateMediaType(media);
}

/**
 * Server side of test/support/engine.ts: which engine runs the page and what it cannot do, media
 * emulation for each engine that has a way, and window sizes for WebDriver.
 */
export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({command, payload, session}) {
      const engine = session.browser.engine;
      if (command === 'engine-info') return {engine, limits: LIMITS[engine] ?? {}};
      if (command === 'engine-emulate-media') {
        if (engine === 'webkit') throw new Error('WebDriver has no media emulation; engine.ts rewrites media rules instead');
        const page = session.browser.getPage(session.id);
        await (engine === 'firefox' ? firefoxEmulateMedia : chromiumEmulateMedia)(page, payload);
        return true;
      }
      if (command === 'engine-set-viewport') {
        if (engine !== 'webkit') {
          await session.browser.getPage(session.id).setViewport(payload);
          return true;
        }
        // WebDriver sizes the window, not the viewport; the page checks what it got.
        await session.browser.driver.setWindowSize(payload.width, payload.height);
        return true;
      }
      return undefined;
    },
  };
}
