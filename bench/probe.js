// Inlined, unchanged, into every bench page: it is what "rendered" means, the same for every variant.
// An instance (any element with data-bench) is rendered when the text a reader can see in it contains
// every expected string. A custom element counts only through its shadow root, so it must have been
// upgraded and rendered; light DOM slotted into it is not walked.
//
// It does not poll: polling timers run on the main thread and cost slow variants more than fast ones.
// Every variant's scripts are module scripts, which run before `load`, and Lit renders in a microtask
// after an element upgrades, so at `load` the work is done. The probe then waits for one animation
// frame, checks every instance once (a variant not rendered by then is a failure, not a wait), forces
// style and layout (`rendered`), waits for that frame to be produced (`frame`), lets the page settle,
// and reports layout shifts (CLS) and first contentful paint. `window.__benchDone` resolves with it.
(() => {
  const config = window.__benchConfig;
  const result = (window.__bench = {cls: 0, shifts: 0, done: false});
  let finish;
  window.__benchDone = new Promise((resolve) => (finish = resolve));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) {
        result.cls += entry.value;
        result.shifts++;
      }
    }
  }).observe({type: 'layout-shift', buffered: true});

  const squash = (text) => text.replace(/\s+/g, ' ');
  const visibleText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    const root = node.localName?.includes('-') ? node.shadowRoot : node;
    if (!root || node.localName === 'script' || node.localName === 'template' || node.localName === 'style') return '';
    let text = '';
    for (const child of root.childNodes) text += visibleText(child) + ' ';
    return text;
  };
  const expected = config.expect.map(squash);
  const isRendered = (el) => {
    const text = squash(visibleText(el));
    return expected.every((s) => text.includes(s));
  };
  const afterNextFrame = (callback) =>
    requestAnimationFrame(() => {
      // A message task runs after the frame that rAF belongs to has been produced.
      const channel = new MessageChannel();
      channel.port1.onmessage = callback;
      channel.port2.postMessage(0);
    });

  addEventListener('load', () => requestAnimationFrame(() => {
    const all = [...document.querySelectorAll('[data-bench]')];
    result.instances = all.length;
    const pending = all.filter((el) => !isRendered(el));
    if (pending.length) {
      result.error = `${pending.length} not rendered at load; first shows: ${squash(visibleText(pending[0])).slice(0, 300)}`;
      result.done = true;
      return finish(result);
    }
    void document.documentElement.offsetHeight;
    result.rendered = performance.now();
    afterNextFrame(async () => {
      result.frame = performance.now();
      await window.__benchFrame?.();
      afterNextFrame(() => setTimeout(() => {
        result.fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        result.done = true;
        finish(result);
      }, config.settle));
    });
  }), {once: true});
})();
