// Writes the README's screenshots (docs/screenshot-article.png, docs/gallery-*.png) and, with SHOTS=/some/dir, extra views
// to look at (320 px, dark system setting). Run: node --test test/gallery/screenshots.mjs
import {mkdirSync} from 'node:fs';
import {it} from 'node:test';
import {open, useBrowser} from '../embedding/harness.mjs';
import {galleryPages} from './systems.mjs';

const env = useBrowser();
const extra = process.env.SHOTS;
const offline = (page) => page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());

it('the README screenshot of the article', async () => {
  const page = await open(env, '/demo/article.html', {viewport: {width: 800, height: 1000}, colorScheme: 'light'}, {setup: offline});
  await page.screenshot({path: 'docs/screenshot-article.png'});
  await page.context().close();
});

it('gallery screenshots', async () => {
  for (const {file} of galleryPages) {
    const name = file.replace('.html', '');
    const views = [{dir: 'docs', suffix: '', viewport: {width: 800, height: 1100}, colorScheme: 'light'}];
    if (extra) {
      mkdirSync(extra, {recursive: true});
      views.push({dir: extra, suffix: '-320', viewport: {width: 320, height: 1400}, colorScheme: 'light'},
        {dir: extra, suffix: '-system-dark', viewport: {width: 800, height: 1100}, colorScheme: 'dark'});
    }
    for (const {dir, suffix, viewport, colorScheme} of views) {
      const page = await open(env, `/demo/gallery/${file}`, {viewport, colorScheme}, {setup: offline});
      await page.screenshot({path: `${dir}/gallery-${name}${suffix}.png`});
      await page.context().close();
    }
  }
});
