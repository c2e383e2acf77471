import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {countReporter} from './test/support/count-reporter.mjs';
import {engineCommandsPlugin, LAUNCHERS} from './test/support/launchers.mjs';
import {reactEsm} from './test/support/react-esm.mjs';
import {fcSeed} from './test/support/fc-seed.mjs';
import {selectedEngines} from './scripts/ensure.mjs';

// BROWSERS=chromium,firefox,webkit (the default is all three); `npm test` runs one engine per process.
const engines = selectedEngines();

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time per engine: keyboard and focus tests need the page to be the focused one.
  concurrency: 1,
  plugins: [
    engineCommandsPlugin(),
    fcSeed(),
    reactEsm(),
    esbuildPlugin({ts: true, tsx: true, target: 'es2022', tsconfig: 'tsconfig.json'}),
  ],
  browsers: await Promise.all(engines.map((engine) => LAUNCHERS[engine]())),
  // MiniBrowser under Xvfb and Firefox start slower than Chromium, more so on a loaded 2-core machine.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  // axe over a whole FAQ takes seconds in MiniBrowser, and more on a loaded 2-core CI machine.
  testFramework: {config: {timeout: 30000}},
  reporters: [
    defaultReporter(),
    summaryReporter({flatten: false}),
    countReporter(process.env.COUNT_FILE ?? '.test-results/browser.json'),
  ],
};
