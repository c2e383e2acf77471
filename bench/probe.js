// Inlined, unchanged, into every bench page: it is what "rendered" means, the same for every variant.
// An instance (any element with data-bench) is rendered when the text a reader can see in it contains
// every expected string. A custom element counts only through its shadow root, so it must have been
// upgraded and rendered; light DOM slotted into it is not walked. Once every instance is rendered the
// probe forces style and layout (`rendered`), then waits for the next frame to be produced (`frame`),
// lets the page settle, and reports layout shifts (CLS) and first contentful paint.
(() => {
  const config = window.__benchConfig;
  const result = (window.__bench = {cls: 0, shifts: 0, done: false});
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
    if (!root || node.localName === 'script' || node.localName === 'template') return '';
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

  let pending;
  const check = () => {
    pending ??= [...document.querySelectorAll('[data-bench]')];
    result.instances ??= pending.length;
    pending = pending.filter((el) => !isRendered(el));
    if (pending.length) {
      result.waitingFor = squash(visibleText(pending[0])).slice(0, 300);
      return void setTimeout(check);
    }
    void document.documentElement.offsetHeight;
    result.rendered = performance.now();
    afterNextFrame(() => {
      result.frame = performance.now();
      window.__benchFrame?.();
      afterNextFrame(() => setTimeout(() => {
        result.fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        result.done = true;
      }, config.settle));
    });
  };
  document.addEventListener('DOMContentLoaded', check, {once: true});
})();
