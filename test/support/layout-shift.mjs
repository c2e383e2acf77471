// Cumulative layout shift as Core Web Vitals counts it, read inside a Playwright page: the one copy for
// the embedding and pre-rendered suites.

/**
 * In the page: the sum of layout-shift scores so far (shifts after input ignored), two frames from now.
 * Layout-shift entries reach only a PerformanceObserver (getEntriesByType does not list them).
 * Pass it to page.evaluate, or call it from a function that runs in the page.
 */
export function layoutShiftInPage() {
  return new Promise((resolve) => {
    let sum = 0;
    const add = (entries) => entries.forEach((e) => (sum += e.hadRecentInput ? 0 : e.value));
    const observer = new PerformanceObserver((list) => add(list.getEntries()));
    observer.observe({type: 'layout-shift', buffered: true});
    requestAnimationFrame(() => requestAnimationFrame(() => {
      add(observer.takeRecords());
      observer.disconnect();
      resolve(sum);
    }));
  });
}

/** The page's CLS so far. */
export const cls = (page) => page.evaluate(layoutShiftInPage);
