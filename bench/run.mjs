#!/usr/bin/env node
// `npm run bench`: our widgets side by side with the alternatives, in one run, in headless Chromium.
// Builds bench/.pages/, serves it from localhost, loads every page cold (a fresh browser context each
// time) in rotating order so no variant always goes first, then writes bench/RESULTS.md and
// bench/results.json. Options:
//   --runs=N        loads per page (default 9; fewer than 7 is a trial that writes nothing)
//   --only=REGEXP   only pages whose file name matches (also a trial)
//   --throttle=N    CPU slowdown through CDP (default 1, none: main-thread CPU time is measured directly)
//   --report        rewrite RESULTS.md from the last results.json without loading any page
import {readFileSync, writeFileSync} from 'node:fs';
import {loadavg} from 'node:os';
import {chromium} from 'playwright-core';
import {CHROME_ARGS, ensureChromium} from '../scripts/ensure.mjs';
import {buildPages, OUT} from './pages.mjs';
import {serve} from './server.mjs';
import {environment, markdown, summarise} from './report.mjs';

const option = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const config = {
  runs: option('runs', 9),
  throttle: option('throttle', 1),
  viewport: {width: 412, height: 915},
};

/** One cold load: a new context (empty cache), CPU throttled, until the probe says done; then GC and heap. */
async function load(browser, server, page) {
  const context = await browser.newContext({viewport: config.viewport});
  try {
    const tab = await context.newPage();
    const messages = [];
    tab.on('console', (m) => ['error', 'warning'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
    tab.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: config.throttle});
    await cdp.send('Performance.enable');
    // Main-thread CPU time (ThreadTime) is what the page's work cost, unlike wall time it does not grow
    // when other processes compete for the CPU. The probe calls this once the frame after render is out.
    const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
    let cpuAtFrame;
    await tab.exposeFunction('__benchFrame', async () => (cpuAtFrame = await threadTime()));
    const cpuBefore = await threadTime();
    server.log.length = 0;
    await tab.goto(`${server.url}/${page.file}`);
    // One promise the probe resolves, not a polled condition: nothing runs on the page while it works.
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 60_000));
    const probe = await Promise.race([tab.evaluate(() => window.__benchDone), timeout]).catch(async (error) => {
      const state = await tab.evaluate(() => window.__bench).catch(() => null);
      throw new Error(`not rendered within 60 s; probe: ${JSON.stringify(state)}; ${messages.join('; ')}`, {cause: error});
    });
    if (probe.error) throw new Error(`${probe.error}; ${messages.join('; ')}`);
    await cdp.send('HeapProfiler.collectGarbage');
    const {usedSize} = await cdp.send('Runtime.getHeapUsage');
    // Listeners still attached after render (element, window and document ones), counted by Blink.
    const {jsEventListeners} = await cdp.send('Memory.getDOMCounters');
    return {
      rendered: probe.rendered, frame: probe.frame, cpu: (cpuAtFrame - cpuBefore) * 1000, fcp: probe.fcp, cls: probe.cls,
      instances: probe.instances, heap: usedSize, listeners: jsEventListeners, requests: server.log.length,
      transferred: server.log.reduce((n, r) => n + r.bytes, 0), messages,
    };
  } finally {
    await context.close();
  }
}

// --report rewrites RESULTS.md from the last results.json, e.g. after changing the tables, without loading pages.
if (process.argv.includes('--report')) {
  writeFileSync('bench/RESULTS.md', markdown(JSON.parse(readFileSync('bench/results.json', 'utf8'))));
  process.exit(0);
}

const started = Date.now();
const loadBefore = loadavg();
const built = await buildPages();
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const trial = config.runs < 7 || Boolean(only);
if (only) built.pages = built.pages.filter((p) => new RegExp(only).test(p.file));
if (built.skipped.length) console.log(`not built yet, so not measured: ${built.skipped.map((v) => v.id).join(', ')}`);
const server = await serve(OUT);
const browser = await chromium.launch({executablePath: ensureChromium(), args: CHROME_ARGS, headless: true});
const samples = Object.fromEntries(built.pages.map((p) => [p.file, []]));
const failures = {};
try {
  for (let run = 0; run < config.runs; run++) {
    const order = built.pages.map((_, i) => built.pages[(i + run * 3) % built.pages.length]);
    for (const page of order.filter((p) => !failures[p.file])) {
      try {
        const sample = await load(browser, server, page);
        if (sample.instances !== page.count) throw new Error(`probe found ${sample.instances} instances, expected ${page.count}`);
        samples[page.file].push(sample);
      } catch (error) {
        // One broken page must not cost the whole run: it is reported and not loaded again.
        failures[page.file] = error.message.split('\n')[0];
        console.error(`${page.file} failed: ${failures[page.file]}`);
      }
    }
    console.log(`run ${run + 1}/${config.runs} done (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  const results = summarise(built, samples, failures, {...(await environment(browser, config)), load: {before: loadBefore, after: loadavg()}});
  if (trial) {
    console.log(markdown(results));
    console.log('trial run (--only or fewer than 7 loads): bench/RESULTS.md and bench/results.json left unchanged');
  } else {
    writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
    writeFileSync('bench/RESULTS.md', markdown(results));
    console.log(markdown(results).split('\n## ')[1]);
    console.log(`wrote bench/RESULTS.md and bench/results.json in ${Math.round((Date.now() - started) / 1000)} s`);
  }
} finally {
  await browser.close();
  await server.close();
}
