// Makes a fresh machine ready: npm dependencies, and a Chromium for the browser tests.
// Used by `npm start` and `npm test`; each step is skipped when already done.
import {existsSync} from 'node:fs';
import {execSync} from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function run(command) {
  console.log(`> ${command}`);
  execSync(command, {stdio: 'inherit'});
}

/** Installs npm dependencies when node_modules is missing or older than the lock file says. */
export function ensureDependencies() {
  if (existsSync('node_modules/.package-lock.json') && existsSync('node_modules/lit')) return;
  run(existsSync('package-lock.json') ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund');
}

/** Returns a Chromium path, installing Debian's chromium with apt when missing and running as root. */
export function ensureChromium() {
  const found = [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing; installing Debian\'s chromium package (one time)...');
    run('apt-get update -qq');
    run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    'The browser tests need Chromium, and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
  );
  process.exit(1);
}

/** The flags every headless Chromium we start needs on a closed, root-run machine. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  // Tests in a background tab would otherwise get no animation frames and no timers.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
];
