#!/usr/bin/env node
// `npm start`: install if needed, build, serve the demo and print its URL.
import {execSync} from 'node:child_process';
import {ensureDependencies} from './ensure.mjs';

ensureDependencies();
execSync('npm run build --silent', {stdio: 'inherit'});
// Imported only now: on a fresh clone the dev server is not installed until ensureDependencies() ran.
const {startDevServer} = await import('@web/dev-server');
const port = Number(process.env.PORT ?? 8000);
const server = await startDevServer({
  config: {rootDir: '.', port, hostname: 'localhost', nodeResolve: true, watch: false},
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nDemo running at http://localhost:${server.config.port}/demo/  (Ctrl+C to stop)`);
