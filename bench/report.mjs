// Turns raw samples into medians, ratios against the baselines and targets, and writes them as
// results.json and RESULTS.md. Pure except for `environment()`.
import {execSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {cpus, release, totalmem, type} from 'node:os';
import {budgetOf, kb} from './sizes.mjs';

const version = (pkg) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;

/** Where and how the numbers were taken, so a reader can tell whether two runs compare. */
export async function environment(browser, config) {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', {encoding: 'utf8'}).trim();
  } catch {}
  return {
    date: new Date().toISOString(),
    commit,
    machine: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()} ${release()}`,
    node: process.version,
    browser: `Chromium ${browser.version()} (headless)`,
    playwright: version('playwright-core'),
    lit: version('lit'),
    shoelace: version('@shoelace-style/shoelace'),
    ...config,
  };
}

/** Median and range of a list of numbers. */
export function stat(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {median, min: sorted[0], max: sorted.at(-1), n: sorted.length};
}

const ratio = (a, b) => (a != null && b ? Math.round((a / b) * 100) / 100 : null);

export function summarise(built, samples, failures, environment) {
  const pageStats = (file) => {
    const list = samples[file] ?? [];
    const of = (key) => stat(list.map((s) => s[key]));
    return {cpu: of('cpu'), rendered: of('rendered'), frame: of('frame'), fcp: of('fcp'), cls: of('cls'), heap: of('heap'), listeners: of('listeners'),
      requests: of('requests'), transferred: of('transferred'),
      messages: [...new Set(list.flatMap((s) => s.messages))]};
  };
  const variants = built.variants.map((v) => {
    const pages = Object.fromEntries(built.pages.filter((p) => p.variant === v).map((p) => [p.count, pageStats(p.file)]));
    const [one, hundred] = [pages[1], pages[100]];
    return {
      id: v.id, label: v.label, group: v.group, baseline: v.baseline ?? null, assets: v.assets, bytes: v.bytes, pages,
      perInstance: one?.cpu && hundred?.cpu ? {
        cpuMs: (hundred.cpu.median - one.cpu.median) / 99,
        renderMs: (hundred.rendered.median - one.rendered.median) / 99,
        heapBytes: (hundred.heap.median - one.heap.median) / 99,
        listeners: (hundred.listeners.median - one.listeners.median) / 99,
      } : null,
    };
  });
  const upgrade = built.pages.filter((p) => p.variant.group === 'upgrade')
    .map((p) => ({id: p.variant.id, label: p.variant.label, ...pageStats(p.file),
      paintedBeforeUpgrade: (samples[p.file] ?? []).every((s) => s.fcp != null && s.fcp < s.rendered)}));

  const find = (id) => variants.find((v) => v.id === id);
  const [b, c, f] = [find('lit-floor'), find('shoelace'), find('lit-floor-equal')];
  const metrics = (v) => ({
    brotli: v.bytes.brotli,
    cpu1: v.pages[1]?.cpu?.median,
    cpu100: v.pages[100]?.cpu?.median,
    cpuPerInstance: v.perInstance?.cpuMs,
    rendered1: v.pages[1]?.rendered?.median,
    rendered100: v.pages[100]?.rendered?.median,
    frame100: v.pages[100]?.frame?.median,
    heap100: v.pages[100]?.heap?.median,
    renderPerInstance: v.perInstance?.renderMs,
    heapPerInstance: v.perInstance?.heapBytes,
    listenersPerInstance: v.perInstance?.listeners,
  });
  const ratios = {};
  for (const v of variants.filter((v) => !v.baseline)) {
    const mine = metrics(v);
    const against = (base) => base && Object.fromEntries(Object.keys(mine).map((k) => [k, ratio(mine[k], metrics(base)[k])]));
    ratios[v.id] = {toB: against(b), toC: against(c), toF: against(f)};
  }
  const target = (name, value, limit, unit = 'x') => ({name, value, limit, unit, met: value != null ? value <= limit : null});
  const bytes = (file, limit) => {
    const row = built.extraBytes.find((e) => e.label === file);
    return {...target(`bytes: ${file} (brotli)`, row?.bytes.brotli, limit, 'B')};
  };
  const perElement = built.extraBytes.filter((e) => /^dist\/cdn\/[^/]+\.js$/.test(e.label) && !e.label.includes('implantation-widgets'));
  const prerendered = upgrade.find((u) => u.id === 'upgrade-prerendered');
  const cls = upgrade.find((u) => u.id === 'upgrade-faq');
  // The decided budgets (DESIGN.md section 8, issue 16). (f) is the equal-work Lit floor.
  const targets = [
    ...[...perElement.map((e) => e.label), 'dist/cdn/implantation-widgets.js'].map((file) => bytes(file, budgetOf(file))),
    target('100 FAQs (npm module, default), main-thread CPU / (f)', ratios['faq-npm-all']?.toF?.cpu100, 1.0),
    target('1 FAQ (npm module, default), main-thread CPU / (f)', ratios['faq-npm-all']?.toF?.cpu1, 0.85),
    target('heap per FAQ instance (npm module, default) / (f)', ratios['faq-npm-all']?.toF?.heapPerInstance, 1.5),
    target('100 FAQs showing 8 questions (npm module), main-thread CPU / (c) Shoelace ×8', ratios['faq-npm']?.toC?.cpu100, 0.5),
    {...target('CLS, pre-rendered embed upgrading at 412 px (worst load; 320-1280 px and hostile CSS: test/node/prerendered.test.mjs)',
      prerendered?.cls.max, 0.0005, ''), met: prerendered ? prerendered.cls.max < 0.0005 : null},
    {...target('CLS, server-sent <implantation-faq> with fallback upgrading (worst load; not a budget, for comparison)', cls?.cls.max, 0.01, ''),
      met: cls ? cls.cls.max < 0.01 : null},
  ];
  return {
    environment, variants, upgrade, extraBytes: built.extraBytes, breakdowns: built.breakdowns, shares: built.shares, ratios, targets,
    skipped: built.skipped.map((v) => ({id: v.id, label: v.label, missing: v.defines ? `<${v.defines}> in ${v.needs}` : v.needs})),
    failures,
    samples,
  };
}

const ms = (s) => (s ? `${s.median.toFixed(0)} (${s.min.toFixed(0)}–${s.max.toFixed(0)})` : '–');
const mib = (s) => (s ? `${(s.median / 2 ** 20).toFixed(2)} (${(s.min / 2 ** 20).toFixed(2)}–${(s.max / 2 ** 20).toFixed(2)})` : '–');
const clsText = (s) => (s ? `${s.median.toFixed(4)} (${s.min.toFixed(4)}–${s.max.toFixed(4)})` : '–');
const x = (r) => (r == null ? '–' : `${r.toFixed(2)}×`);
const code = (s) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** RESULTS.md: every table a reader needs, with definitions, from one `summarise()` result. */
export function markdown(r) {
  const e = r.environment;
  const ours = r.variants.filter((v) => !v.baseline);
  const line = [];
  line.push('# Benchmark results', '', `Generated by \`npm run bench\` on ${e.date.slice(0, 10)} at commit \`${e.commit}\`. Do not edit by hand.`, '');
  line.push('## Summary', '');
  const value = (t) => (t.unit === 'x' ? x(t.value) : t.unit === 'B' ? kb(t.value) : t.value.toFixed(4));
  const limit = (t) => (t.unit === 'x' ? `≤ ${t.limit}×` : t.unit === 'B' ? `≤ ${kb(t.limit)}` : `< ${t.limit}`);
  const miss = (t) => (t.met || t.unit === '' ? '' : t.unit === 'B' ? ` (over by ${t.value - t.limit} B)` : ` (over by ${(t.value - t.limit).toFixed(2)}×)`);
  line.push(table(['target', 'measured', 'limit', 'met'], r.targets.map((t) => [code(t.name),
    t.value == null ? 'not measured' : value(t), limit(t),
    t.met == null ? 'not measured' : t.met ? 'yes' : `**no**${miss(t)}`])));
  for (const [file, error] of Object.entries(r.failures)) line.push('', `**${file} failed**, not measured: ${code(error)}`);
  if (r.skipped.length) line.push('', `Not measured (not built when this ran): ${r.skipped.map((s) => `${code(s.label)} (${s.missing} missing)`).join('; ')}.`);
  line.push('', '## Environment', '', table(['', ''], [
    ['machine', e.machine], ['browser', e.browser], ['node', e.node], ['playwright-core', e.playwright],
    ['lit', e.lit], ['Shoelace', e.shoelace], ['loads per page', `${e.runs}, cold (new browser context each), variants alternating`],
    ['CPU throttling', `${e.throttle}× (CDP Emulation.setCPUThrottlingRate)`], ['viewport', `${e.viewport.width}×${e.viewport.height}`],
    ['load average (1, 5, 15 min)', e.load ? `${e.load.before.map((n) => n.toFixed(2)).join(', ')} at start, ${e.load.after.map((n) => n.toFixed(2)).join(', ')} at end (shared machine: ratios from this one run compare, absolute times do not)` : 'not recorded'],
  ]));
  line.push('', '## Bytes (JS + CSS a page loads)', '',
    'Compressed per file as a CDN serves it: gzip level 9, brotli quality 11. KB = 1000 bytes. Baselines are bundled with the same rollup + terser settings as our CDN files. (a) ships its text in the HTML instead.', '',
    table(['variant', 'files', 'raw', 'gzip', 'brotli', 'requests (with the page)', 'brotli / (b)', 'brotli / (c)'], [
      ...r.variants.map((v) => [code(v.label), v.assets.join(', ') || 'none', kb(v.bytes.raw), kb(v.bytes.gzip), kb(v.bytes.brotli),
        v.pages[1]?.requests?.median ?? '–', x(r.ratios[v.id]?.toB.brotli), x(r.ratios[v.id]?.toC.brotli)]),
      ...r.extraBytes.map((b) => [code(b.label), 'bytes only', kb(b.bytes.raw), kb(b.bytes.gzip), kb(b.bytes.brotli), '–', '–', '–']),
    ]));
  if (r.shares?.length) {
    line.push('', '### Where each CDN file\'s bytes go, in context', '',
      'Brotli bytes each file pays for each kind of code (bench/split.mjs): the file is built again with every stylesheet, the content\'s prose, or the wording of the publisher warnings emptied, and the difference is that share. Lit is what a one-line Lit element costs; the logic is the rest. These shares add up to the file.', '',
      table(['file', 'total', 'lit', 'CSS', 'content text', 'warning wording', 'logic', 'budget'],
        r.shares.map((s) => [s.file, kb(s.total), kb(s.lit), kb(s.css), kb(s.content), kb(s.warnings), kb(s.logic),
          kb(budgetOf(s.file))])));
  }
  for (const [name, rows] of Object.entries(r.breakdowns ?? {})) {
    line.push('', `### Where dist/cdn/${name}.js's bytes go`, '',
      `Each source module of the ${name} bundle (the npm module with lit, bundled like the CDN file) after tree-shaking, minified (no mangling) and compressed on its own; the parts add up to more than the bundle because brotli shares context across modules.`, '',
      table(['module', 'minified', 'brotli alone'], rows.map((m) => [m.module, kb(m.raw), kb(m.brotli)])));
  }
  line.push('', '## Time to rendered', '',
    '**rendered** means: every instance on the page shows its expected text (for FAQs, all 8 questions) in its rendered tree (a custom element counts only through its shadow root, so it must have upgraded and rendered), then style and layout are forced. **frame**: the next frame after that has been produced. Both include requests and HTML parsing, as a reader waits for them.', '',
    '**Main-thread CPU** (CDP Performance.getMetrics ThreadTime, from before navigation to the frame after render) is the work the page cost; it does not grow when other processes compete for the CPU, so the targets are judged on it. **Wall clock** (performance.now() from navigation start) is what a reader waits on this machine, shared with other jobs while the bench ran, hence its wide ranges. Median (min–max), milliseconds.', '',
    table(['variant', 'CPU ×1', 'CPU ×100', 'CPU ms per extra instance', 'CPU ×1 / (f)', 'CPU ×100 / (f)', 'CPU ×100 / (b)', 'CPU ×100 / (c)'],
      r.variants.map((v) => [code(v.label), ms(v.pages[1]?.cpu), ms(v.pages[100]?.cpu),
        v.perInstance ? v.perInstance.cpuMs.toFixed(2) : '–', x(r.ratios[v.id]?.toF?.cpu1), x(r.ratios[v.id]?.toF?.cpu100),
        x(r.ratios[v.id]?.toB?.cpu100), x(r.ratios[v.id]?.toC?.cpu100)])), '',
    table(['variant', 'rendered ×1', 'rendered ×100', 'frame ×100', 'ms per extra instance', '×100 / (b)', '×100 / (c)'],
      r.variants.map((v) => [code(v.label), ms(v.pages[1]?.rendered), ms(v.pages[100]?.rendered), ms(v.pages[100]?.frame),
        v.perInstance ? v.perInstance.renderMs.toFixed(2) : '–', x(r.ratios[v.id]?.toB.rendered100), x(r.ratios[v.id]?.toC.rendered100)])));
  line.push('', '## Memory and listeners', '', 'JS heap used after render and a forced garbage collection (CDP Runtime.getHeapUsage), MiB, median (min–max). Listeners: JS event listeners Blink counts on the page after render (CDP Memory.getDOMCounters); per instance is (×100 − ×1) / 99.', '',
    table(['variant', 'heap ×1', 'heap ×100', 'KB per extra instance', 'per instance / (f)', 'listeners ×1', 'listeners per extra instance', '×100 / (b)', '×100 / (c)'],
      r.variants.map((v) => [code(v.label), mib(v.pages[1]?.heap), mib(v.pages[100]?.heap),
        v.perInstance ? (v.perInstance.heapBytes / 1000).toFixed(1) : '–', x(r.ratios[v.id]?.toF?.heapPerInstance),
        v.pages[1]?.listeners?.median ?? '–', v.perInstance ? v.perInstance.listeners.toFixed(1) : '–',
        x(r.ratios[v.id]?.toB?.heap100), x(r.ratios[v.id]?.toC?.heap100)])));
  line.push('', '## Layout shift', '',
    'CLS (sum of layout-shift values without recent input), median (min–max). Bench pages load the script in <head>, so it runs before the first paint. Upgrade pages are what a server sends: text above, the tag, three paragraphs below; the server holds the script back 600 ms so the HTML is painted first, then the element upgrades.', '',
    table(['page', 'CLS ×1', 'CLS ×100'], r.variants.map((v) => [code(v.label), clsText(v.pages[1]?.cls), clsText(v.pages[100]?.cls)])), '',
    table(['upgrade page', 'CLS', 'first paint (ms)', 'upgraded (ms)', 'painted before upgrade'],
      r.upgrade.map((u) => [code(u.label), clsText(u.cls), ms(u.fcp), ms(u.rendered), u.paintedBeforeUpgrade ? 'yes, every load' : '**no**'])));
  if (ours.length) {
    line.push('', '## Ratios of ours', '', 'Medians from this run divided by the baseline\'s.', '',
      table(['variant', 'vs', 'brotli', 'CPU ×1', 'CPU ×100', 'CPU / instance', 'wall ×1', 'wall ×100', 'frame ×100', 'heap ×100', 'heap / instance'],
        ours.flatMap((v) => ['toF', 'toB', 'toC'].filter((k) => r.ratios[v.id][k]).map((k) => {
          const q = r.ratios[v.id][k];
          return [code(v.label), {toF: '(f) equal-work Lit floor', toB: '(b) Lit floor, 8 questions', toC: '(c) Shoelace'}[k], x(q.brotli), x(q.cpu1), x(q.cpu100), x(q.cpuPerInstance),
            x(q.rendered1), x(q.rendered100), x(q.frame100), x(q.heap100), x(q.heapPerInstance)];
        }))));
  }
  const messages = [...r.variants, ...r.upgrade].flatMap((v) => Object.values(v.pages ?? {messages: v.messages}).flatMap((p) => p.messages ?? []).map((m) => `- ${code(v.label)}: ${m}`));
  if (messages.length) line.push('', '## Console messages seen during the loads', '', ...new Set(messages));
  return line.join('\n') + '\n';
}
