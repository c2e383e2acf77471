// A tiny static server for the embedding tests: it serves the repository the way a CDN and a
// publisher's site would, with the strict Content-Security-Policy on every page under /test/embedding/.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';

const {version} = JSON.parse(await readFile('package.json', 'utf8'));

/** The policy a strict publisher sends; the README's "Embedding safely" section quotes it. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * The same plus 'allow-duplicates': each copy of lit creates a Trusted Types policy named "lit-html", so
 * a page that loads the bundle twice (or another Lit-based script) needs it, or the second copy throws.
 */
export const CSP_DUPLICATES = `${CSP} 'allow-duplicates'`;

const TYPES = {'.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};
const ROOT = process.cwd();

/**
 * A page holding `src` in an iframe `width` x `height` px: a viewport narrower than a browser window can
 * be (MiniBrowser's), same-origin with the page so that focus and scripts reach into it.
 */
const narrowFrame = (params) => {
  const [src, width, height] = ['src', 'width', 'height'].map((name) => params.get(name)?.replace(/["<>&]/g, '') ?? '');
  return `<!doctype html><html lang="en"><title>narrow frame</title><body style="margin:0">
<iframe title="page" src="${src}" width="${width}" height="${height}" style="border:0;display:block"></iframe>`;
};

/**
 * Starts the server on a free port. `pages` maps a path to generated HTML (see pages.mjs), or to
 * `{html, csp}` for a page that needs another policy.
 * `/other-version/<file>` serves a CDN bundle that claims another version, to test the define guard.
 *
 * Tests shape what it serves without any browser-side interception, so every engine and driver gets
 * the same: `serve(path, html, csp)` adds a page (popups and frames get it too), and `hold(pattern)`
 * keeps matching responses back until `release()`, like a slow CDN.
 */
export async function startServer(pages = {}) {
  const routes = new Map(Object.entries(pages));
  const holds = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const headers = {'cache-control': 'no-store'};
    for (const hold of holds) if (hold.pattern.test(url.pathname)) await hold.held;
    const generated = routes.get(url.pathname);
    if (generated?.csp || url.pathname.startsWith('/test/embedding/')) headers['content-security-policy'] = generated?.csp ?? CSP;
    try {
      let body;
      if (generated !== undefined) body = generated.html ?? generated;
      else if (url.pathname === '/narrow-frame') body = narrowFrame(url.searchParams);
      else if (url.pathname.startsWith('/other-version/')) {
        const file = await readFile(join(ROOT, 'dist/cdn', url.pathname.slice('/other-version/'.length)), 'utf8');
        body = file.replaceAll(`"${version}"`, '"9.9.9-other"');
      } else {
        const path = normalize(join(ROOT, decodeURIComponent(url.pathname)));
        if (!path.startsWith(ROOT)) throw new Error('outside root');
        body = await readFile(path);
      }
      res.writeHead(200, {...headers, 'content-type': TYPES[extname(url.pathname)] ?? 'text/html'});
      res.end(body);
    } catch {
      res.writeHead(404, headers);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    serve: (path, html, csp) => routes.set(path, csp ? {html, csp} : html),
    hold(pattern) {
      let release;
      const hold = {pattern, held: new Promise((resolve) => (release = resolve))};
      holds.add(hold);
      return () => (holds.delete(hold), release());
    },
    close: () => (server.closeAllConnections(), new Promise((r) => server.close(r))),
  };
}
