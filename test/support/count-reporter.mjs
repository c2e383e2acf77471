// Counts browser test results per engine so `npm test` can print one "engine: N passed, M failed"
// line per engine and the total; also lists every skipped test, whose title carries its reason.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

function count(suite, totals, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skippedTests.push([...here, test.name].join(' > '));
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals, here);
}

export function countReporter(file) {
  return {
    onTestRunFinished({sessions}) {
      const engines = {};
      for (const session of sessions) {
        const engine = session.browser.engine ?? session.browser.name;
        const totals = (engines[engine] ??= {passed: 0, failed: 0, skipped: 0, skippedTests: []});
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no test results to count.
        if (!session.passed && (session.errors?.length || !session.testResults)) totals.failed++;
      }
      for (const totals of Object.values(engines)) totals.skipped = totals.skippedTests.length;
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, JSON.stringify(engines, null, 2));
    },
  };
}
