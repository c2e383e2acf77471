// A static file server for the bench pages: no network beyond localhost, nothing cached, and a log of
// every request so the bench counts requests and bytes as the browser really made them.
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';

const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css'};

/**
 * Serves `root` on a free localhost port. `?delay=<ms>` holds a response back, which lets a page show
 * server-sent HTML first and upgrade it later, like a slow CDN would. Resolves to {url, log, close}.
 */
export function serve(root) {
  const log = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    try {
      if (!path.startsWith(normalize(root))) throw new Error('outside root');
      const body = await readFile(path);
      const delay = Number(url.searchParams.get('delay')) || 0;
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      log.push({path: url.pathname, bytes: body.length});
      response.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store'});
      response.end(body);
    } catch {
      log.push({path: url.pathname, bytes: 0, missing: true});
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}`,
      log,
      close: () => new Promise((done) => server.close(done)),
    }));
  });
}
