#!/usr/bin/env node
// `npm start`: install if needed, build unless dist/ is already up to date, serve the demo on localhost.
// `npm run dev` (`--watch`): the same, and rebuild whenever src/ or content/ changes.
// PORT=8080 picks another port; PORT=0 takes any free one.
import {createServer} from 'node:http';
import {createReadStream, existsSync, statSync, watch} from 'node:fs';
import {extname, join, normalize, resolve} from 'node:path';
import {ensureDependencies} from './ensure.mjs';

const HOST = '127.0.0.1';
const ROOT = resolve('.');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.md': 'text/markdown; charset=utf-8', '.map': 'application/json; charset=utf-8',
};

ensureDependencies();
// Imported only now: on a fresh clone its dependencies are not installed until ensureDependencies() ran.
const {build, isFresh} = await import('./build.mjs');
const watching = process.argv.includes('--watch');

async function rebuild(reason) {
  console.log(`${reason}: building dist/ ...`);
  try {
    await build((line) => console.log(`  ${line}`));
    return true;
  } catch (error) {
    console.error(`build failed:\n${error.message}`);
    return false;
  }
}

if (isFresh()) console.log('dist/ is newer than its sources: skipping the build (npm run build forces one).');
else if (!(await rebuild('dist/ is missing or older than its sources')) && !watching) process.exit(1);

/** Files under the project folder only; `/` goes to the demo. */
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  if (path === '/') {
    response.writeHead(302, {location: '/demo/'}).end();
    return;
  }
  let file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT)) return void response.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) return void response.writeHead(301, {location: `${path}/`}).end();
    file = join(file, 'index.html');
  }
  if (!existsSync(file)) return void response.writeHead(404, {'content-type': 'text/plain'}).end(`Not found: ${path}\n`);
  response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store'});
  createReadStream(file).pipe(response);
});

const port = Number(process.env.PORT ?? 8000);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} on ${HOST} is already in use (another \`npm start\`?). Stop that server, or pick another port:\n  PORT=8080 npm start      (PORT=0 takes any free port)`);
  } else {
    console.error(`Cannot serve the demo on ${HOST}:${port}: ${error.message}`);
  }
  process.exit(1);
});
server.listen(port, HOST, () => {
  console.log(`\nDemo running at http://127.0.0.1:${server.address().port}/demo/  (Ctrl+C to stop)`);
});

if (watching) {
  let timer;
  let running = Promise.resolve();
  const onChange = (dir) => (_event, file) => {
    // src/content/ is written by the build itself.
    if (dir === 'src' && String(file).startsWith('content')) return;
    clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(() => rebuild(`${join(dir, String(file))} changed`))), 150);
  };
  for (const dir of ['src', 'content']) watch(dir, {recursive: true}, onChange(dir));
  console.log('Watching src/ and content/ for changes.');
}

const stop = (signal) => {
  console.log(`\n${signal}: stopping the demo server.`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
