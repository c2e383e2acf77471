// What the gallery test reads from a page, as one in-page function, so the same numbers can be taken
// from any build (the issue's before/after figures come from `node test/gallery/report.mjs`).

/** Runs in the page: per widget, what a reader sees; plus the page's cumulative layout shift. */
function inPage(tags) {
  const rgba = (c) => {
    const n = (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
    return {r: n[0], g: n[1], b: n[2], a: n.length > 3 ? n[3] : 1};
  };
  const luminance = (c) => {
    const {r, g, b} = rgba(c);
    const lin = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  // Inherited properties a page could leak in through the host, with the value the widget means.
  const firewall = {letterSpacing: 'normal', wordSpacing: '0px', textTransform: 'none', textIndent: '0px', textShadow: 'none', fontStyle: 'normal', whiteSpace: 'normal'};
  return tags.flatMap((tag) => [...document.querySelectorAll(tag)]).map((el) => {
    const root = el.shadowRoot;
    const box = el.getBoundingClientRect();
    // Body text: the first paragraph, legend or button outside the (smaller) footer.
    const text = [...root.querySelectorAll('p, legend, button')].find((n) => !n.closest('footer')) ?? root.firstElementChild;
    const inside = [...root.querySelectorAll('*')];
    const opaque = [el, ...inside]
      .filter((n) => {
        const r = n.getBoundingClientRect();
        return r.height > 0 && r.width >= 0.9 * box.width && rgba(getComputedStyle(n).backgroundColor).a > 0;
      })
      .map((n) => `${n.localName}${n.getAttribute('part') ? `[${n.getAttribute('part')}]` : ''} ${getComputedStyle(n).backgroundColor}`);
    // The browser's own italics for <cite> and <em> are the widget's, not the page's.
    const own = (n, p) => (p === 'fontStyle' && n.matches('cite, em, i')) || (p === 'whiteSpace' && n.matches('.visually-hidden, [part~="note"]'));
    const leaks = inside.flatMap((n) => {
      const s = getComputedStyle(n);
      return Object.entries(firewall).filter(([p, v]) => s[p] !== v && !own(n, p))
        .map(([p]) => `${n.localName} ${p}: ${s[p]}`);
    });
    let next = el.nextElementSibling;
    while (next && !/^H[1-6]$/.test(next.tagName)) next = next.nextElementSibling;
    const card = root.querySelector('[part~="article"], [part~="check"]');
    const c = card && getComputedStyle(card);
    return {
      tag: el.localName,
      dark: luminance(getComputedStyle(text).color) > 0.25,
      pageDark: luminance(getComputedStyle(el.parentElement).color) > 0.25,
      opaque,
      gap: next ? Math.round(next.getBoundingClientRect().top - box.bottom) : Infinity,
      leaks: [...new Set(leaks)].slice(0, 5),
      fontSize: parseFloat(getComputedStyle(text).fontSize),
      fontFamily: getComputedStyle(text).fontFamily,
      card: c && {radius: c.borderTopLeftRadius, border: `${c.borderTopWidth} ${c.borderTopStyle} ${c.borderTopColor}`, padding: c.paddingTop, background: getComputedStyle(el).backgroundColor},
    };
  });
}

/** Installs `window.galleryMeasure()` and returns `{cls, widgets}` once the page has settled. */
export async function measureGallery(page, tags = ['symptom-flag', 'implantation-article', 'implantation-faq', 'symptom-check']) {
  await page.evaluate(`window.galleryMeasure = () => ({widgets: (${inPage})(${JSON.stringify(tags)})})`);
  const cls = await page.evaluate(() => new Promise((resolve) => {
    let sum = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value;
    }).observe({type: 'layout-shift', buffered: true});
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(sum), 0)));
  }));
  return {cls, ...(await page.evaluate(() => window.galleryMeasure()))};
}
