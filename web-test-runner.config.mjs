import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher, defaultReporter, summaryReporter} from '@web/test-runner';
import {countReporter} from './test/support/count-reporter.mjs';
import {reactEsm} from './test/support/react-esm.mjs';
import {fcSeed} from './test/support/fc-seed.mjs';
import {CHROME_ARGS, ensureChromium} from './scripts/ensure.mjs';

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: keyboard and focus tests need the page to be the focused one.
  concurrency: 1,
  plugins: [fcSeed(), reactEsm(), esbuildPlugin({ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: ensureChromium(), headless: true, args: CHROME_ARGS},
    }),
  ],
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), summaryReporter({flatten: false}), countReporter('.test-results/browser.json')],
};
