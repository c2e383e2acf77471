// Counts browser test results so `npm test` can print one "N passed, N failed" line for every runner.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countReporter(file) {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no test results to count.
        if (!session.passed && (session.errors?.length || !session.testResults)) totals.failed++;
      }
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
