// Prints the gallery figures the issue asks for (CLS, colour scheme, spacing, strips) for every page.
//   node --test test/gallery/report.mjs                       (this build's dist/cdn/)
//   GALLERY_CDN=/path/to/other/dist/cdn node --test test/gallery/report.mjs   (another build, e.g. main)
// Not part of `npm test`: test/node/gallery.test.mjs asserts; this only reports.
import {readFile} from 'node:fs/promises';
import {it} from 'node:test';
import {open, useBrowser} from '../embedding/harness.mjs';
import {SNIPPET, galleryPages} from './systems.mjs';
import {measureGallery} from './measure.mjs';

const env = useBrowser();
const cdn = process.env.GALLERY_CDN;

/** The old default snippet: the ES module instead of the classic script in <head>. */
async function asModule(page) {
  await page.route(/\/demo\/gallery\/[\w-]+\.html$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(SNIPPET, '<script type="module" src="../../dist/cdn/implantation-widgets.js"></script>');
    route.fulfill({response, body: html});
  });
}

async function setup(page, throttle, module = false) {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  if (module) await asModule(page);
  if (cdn) {
    await page.route(/\/dist\/cdn\//, async (route) => {
      const file = new URL(route.request().url()).pathname.split('/dist/cdn/')[1];
      route.fulfill({contentType: 'text/javascript', body: await readFile(`${cdn}/${file}`)});
    });
  }
  if (throttle) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', {rate: 4});
}

it('gallery figures', async () => {
  const rows = [];
  for (const {file} of galleryPages) {
    const row = {page: file};
    for (const width of [412, 1350]) {
      const page = await open(env, `/demo/gallery/${file}`, {viewport: {width, height: 900}}, {setup: (p) => setup(p, true)});
      row[`cls${width}`] = (await measureGallery(page)).cls.toFixed(3);
      await page.context().close();
      const late = await open(env, `/demo/gallery/${file}`, {viewport: {width, height: 900}}, {setup: (p) => setup(p, true, true)});
      row[`module${width}`] = (await measureGallery(late)).cls.toFixed(3);
      await late.context().close();
    }
    for (const colorScheme of ['light', 'dark']) {
      const page = await open(env, `/demo/gallery/${file}`, {colorScheme}, {setup: (p) => setup(p, false)});
      const {widgets} = await measureGallery(page);
      row[`widgets(${colorScheme} system)`] = widgets.map((w) => (w.dark ? 'D' : 'L')).join('') + ` page ${widgets[0].pageDark ? 'D' : 'L'}`;
      if (colorScheme === 'light') {
        row.gaps = widgets.map((w) => w.gap).join('/');
        row.strips = widgets.filter((w) => w.opaque.length && /flag|faq/.test(w.tag)).map((w) => w.tag).join(' ') || '-';
        row.fontPx = widgets.map((w) => w.fontSize).join('/');
        row.serif = widgets.some((w) => /^"?Times New Roman"?$|^serif$/.test(w.fontFamily)) ? 'yes' : 'no';
      }
      await page.context().close();
    }
    rows.push(row);
  }
  console.table(rows);
});
