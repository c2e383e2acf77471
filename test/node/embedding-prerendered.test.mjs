// The pre-rendered embed (dist/cdn/embed/) in every engine the embedding harness drives: readable from
// the declared shadow root before any script runs, then upgraded in place with its text once, not twice.
// Its layout-shift scores need the Layout Instability API, so they are in prerendered.test.mjs (Chromium).
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {engine, open, pageLog, useBrowser} from '../embedding/harness.mjs';
import {afterUpgrade, beforeUpgrade, embeds, prerenderedPage} from '../embedding/prerendered.mjs';

const env = useBrowser();
const path = (name, lang) => `/test/embedding/prerendered-${name}-${lang}.html`;

/** Resolves once `tag` is defined and has rendered. */
const upgraded = (page, tag) =>
  page.evaluate(async (tag) => {
    await customElements.whenDefined(tag);
    await document.querySelector(tag).updateComplete;
  }, tag);

describe(`pre-rendered embed in ${engine}: readable before the script, upgraded in place with nothing twice`, () => {
  for (const [name, tag, lang] of embeds) {
    it(`${tag} (${lang}): linked styles, no markers, one copy of the text before and after upgrade`, async (t) => {
      env.server.serve(path(name, lang), prerenderedPage(name, lang));
      // The element scripts wait at the server until the declared tree has been read, like a slow CDN.
      const release = env.server.hold(/^\/dist\/cdn\/[^/]+\.js$/);
      t.after(release);
      const page = await open(env, path(name, lang), {}, {wait: false, waitUntil: 'commit'});
      await page.waitForFunction((tag) => document.querySelector(`${tag} + p.after`), tag);
      const before = await page.evaluate(beforeUpgrade, tag);
      assert.deepEqual({...before, text: before.text.length > 100},
        {defined: false, shadowRoot: true, links: 1, styles: 0, markers: false, footers: 1, text: true});
      release();
      await upgraded(page, tag);
      const after = await page.evaluate(afterUpgrade, tag);
      assert.deepEqual({...after, text: undefined}, {defined: true, shadowRoot: true, links: 0, styles: 0, markers: false, footers: 1, text: undefined});
      // The same words, once: the server tree was replaced, not rendered next to.
      assert.equal(after.text, before.text);
      assert.deepEqual(await pageLog(page), []);
      await page.context().close();
    });
  }
});
