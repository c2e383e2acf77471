// Makes a fresh machine ready: npm dependencies, and Chromium, Firefox and WebKit for the browser tests.
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

/** Installs Debian packages with apt when running as root; returns false when it cannot. */
function aptInstall(what, packages) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`${what} is missing; installing Debian's ${packages.join(' ')} (one time)...`);
  run('apt-get update -qq');
  run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`);
  return true;
}

const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

function missing(what, lines) {
  console.error(`The browser tests need ${what}, and none was found.\n${lines.map((l) => `  ${l}`).join('\n')}`);
  process.exit(1);
}

/** Returns a Chromium path, installing Debian's chromium with apt when missing and running as root. */
export function ensureChromium() {
  const found = firstExisting([process.env.CHROME_PATH, ...CANDIDATES]);
  if (found) return found;
  if (aptInstall('Chromium', ['chromium']) && existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return missing('Chromium', [
    'Debian/Ubuntu: sudo apt-get install chromium',
    'Elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
  ]);
}

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
// puppeteer drives Firefox over WebDriver BiDi; 140 ESR lacks commands it needs, 153 ESR has them.
const FIREFOX_MIN = 153;

/** Returns a Firefox path (153 ESR or newer), installing Debian's firefox-esr with apt when missing. */
export function ensureFirefox() {
  let found = firstExisting([process.env.FIREFOX_PATH, ...FIREFOX_CANDIDATES]);
  if (!found && aptInstall('Firefox', ['firefox-esr'])) found = firstExisting(FIREFOX_CANDIDATES);
  if (!found) {
    return missing('Firefox', [
      'Debian/Ubuntu: sudo apt-get install firefox-esr (153 ESR or newer, from the security archive)',
      'Elsewhere: install Firefox and set FIREFOX_PATH=/path/to/firefox',
    ]);
  }
  const major = Number(execSync(`"${found}" --version`, {encoding: 'utf8'}).match(/(\d+)\./)?.[1]);
  if (major < FIREFOX_MIN) {
    return missing(`Firefox ${FIREFOX_MIN} or newer (${found} is ${major})`, [
      'Debian: sudo apt-get update && sudo apt-get install firefox-esr (the security archive has 153 ESR)',
    ]);
  }
  return found;
}

const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const WEBKIT_PACKAGES = ['webkit2gtk-driver', 'xvfb'];

/** What WebKit needs: WebKitWebDriver, the MiniBrowser it drives, and Xvfb (MiniBrowser has no headless mode). */
function findWebKit() {
  const driver = firstExisting([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']);
  const miniBrowser = firstExisting([process.env.MINIBROWSER_PATH, ...MINIBROWSER_CANDIDATES]);
  const xvfb = firstExisting(['/usr/bin/Xvfb']);
  return driver && miniBrowser && xvfb ? {driver, miniBrowser, xvfb} : null;
}

/** Returns {driver, miniBrowser, xvfb} paths, installing webkit2gtk-driver and xvfb with apt when missing. */
export function ensureWebKit() {
  const found = findWebKit() ?? (aptInstall('WebKit', WEBKIT_PACKAGES) ? findWebKit() : null);
  if (found) return found;
  return missing('WebKit (WebKitWebDriver, MiniBrowser and Xvfb)', [
    `Debian/Ubuntu: sudo apt-get install ${WEBKIT_PACKAGES.join(' ')}`,
    'Elsewhere: set WEBKIT_WEBDRIVER_PATH and MINIBROWSER_PATH, and install Xvfb',
  ]);
}

/** The engines `npm test` runs; BROWSERS=chromium,firefox (comma separated) picks a subset. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];
export function selectedEngines(value = process.env.BROWSERS) {
  if (!value) return ENGINES;
  const picked = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = picked.filter((e) => !ENGINES.includes(e));
  if (unknown.length) {
    console.error(`BROWSERS: unknown engine ${unknown.join(', ')}; choose from ${ENGINES.join(', ')}`);
    process.exit(1);
  }
  return picked;
}

/** Installs what the selected engines need; returns nothing, exits with instructions when it cannot. */
export function ensureEngines(engines = selectedEngines()) {
  if (engines.includes('chromium')) process.env.CHROME_PATH = ensureChromium();
  if (engines.includes('firefox')) process.env.FIREFOX_PATH = ensureFirefox();
  if (engines.includes('webkit')) {
    const {driver, miniBrowser} = ensureWebKit();
    process.env.WEBKIT_WEBDRIVER_PATH = driver;
    process.env.MINIBROWSER_PATH = miniBrowser;
  }
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
