// Privacy: once the bundle is loaded, using every element makes no network request and writes no
// cookie or storage, on a page where nothing else does either. Writes are caught as they happen
// (instrumented before any page script runs), not only by looking at what is left at the end.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {elements, lacks, open, pageLog, tabInto, useBrowser} from '../embedding/harness.mjs';

const env = useBrowser();

/** Runs in the page before its own scripts: records every attempt to persist or send something. */
function recordWrites() {
  window.writes = [];
  const note = (what) => (...args) => window.writes.push(`${what} ${String(args[0]).slice(0, 60)}`);
  const wrap = (object, name, what) => {
    const original = object[name];
    object[name] = function (...args) {
      note(what)(...args);
      return original.apply(this, args);
    };
  };
  wrap(Storage.prototype, 'setItem', 'storage.setItem');
  wrap(IDBFactory.prototype, 'open', 'indexedDB.open');
  wrap(CacheStorage.prototype, 'open', 'caches.open');
  wrap(navigator, 'sendBeacon', 'sendBeacon');
  if (navigator.serviceWorker) wrap(ServiceWorkerContainer.prototype, 'register', 'serviceWorker.register');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get() { return cookie.get.call(this); },
    set(value) { note('document.cookie')(value); cookie.set.call(this, value); },
  });
  if (window.cookieStore) wrap(CookieStore.prototype, 'set', 'cookieStore.set');
}

describe('privacy', () => {
  it('using every element sends nothing and stores nothing', async () => {
    const requests = [];
    // Where the driver cannot watch requests (WebKit over WebDriver), the page's resource timing lists
    // what it fetched; where it cannot instrument the page first, only what is left at the end is checked.
    const page = await open(env, '/test/embedding/hostile.html', {}, {
      setup: async (page) => {
        if (!lacks.initScript) await page.addInitScript(recordWrites);
        if (!lacks.interception) page.context().on('request', (r) => requests.push(r.url().replace(env.origin, '')));
      },
    });
    const resources = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.replace(location.origin, '')));
    if (lacks.interception) requests.push(...(await resources()));
    // The publisher's page, its CSS and our bundle: all from the page's own origin.
    assert.deepEqual(requests.filter((url) => !url.startsWith('/')), []);
    const loaded = requests.length;
    const url = await page.url();

    for (const {tag, use} of elements) {
      await use(page.locator(tag));
      await tabInto(page, tag);
    }
    if (!lacks.media) for (const media of ['print', 'screen']) await page.emulateMedia({media, colorScheme: 'dark'});
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    if (lacks.interception) requests.splice(0, Infinity, ...(await resources()));
    // data: URLs never leave the machine (Firefox loads one of its own fonts that way when printing).
    const sent = requests.slice(loaded).filter((u) => u !== '/favicon.ico' && !u.startsWith('data:'));
    assert.deepEqual(sent, [], 'no request after load');
    assert.equal(await page.url(), url, 'nothing put in the URL');
    if (!lacks.initScript) assert.deepEqual(await page.evaluate(() => window.writes), []);
    assert.deepEqual(await page.context().cookies(), []);
    const left = await page.evaluate(async () => ({
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    assert.deepEqual(left, {cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: 0, caches: 0});
    assert.deepEqual(await pageLog(page), []);
    await page.context().close();
  });
});
