/**
 * `npm run detect -- <page.html>...`: one JSON line per page with the fields a fill would write
 * and the controls that are hidden in the page (`hidden`), by their index in document.querySelectorAll('input,select,textarea'), and the detection time
 * measured inside the page (once the page has settled: a real fill comes on a click, after
 * rendering). --explain[=3,7]: also one line per control with features, scores, role, visibility.
 * --runs=N: detect N times per page, each in a fresh tab (cold, as a real click is), and report the
 * median time: on a 2-core machine one run can be preempted for several milliseconds. `warmMs`: the
 * same detection once more in the same world right after: the work itself, without first-run costs
 * (regex compiles, new DOM wrappers, cold inline caches), which `ms` includes as a click meets them.
 * The code is injected as the extension injects it: a file put into the page's isolated world by
 * chrome.scripting.executeScript (a probe extension), where every DOM wrapper and every same-origin
 * frame's context is made afresh. --main-world: page.evaluate in the page's own world instead:
 * faster (the page's wrappers exist), but not what a click meets. --warm-up: before the timed
 * detection, detect once on a small detached form (reading nothing of the page), to show how much
 * of `ms` is the code's first run (the extension does not do this).
 */
import { bundlePageCode, launchBrowser, launchIsolatedRunner, mainWorldCall, medianOf, openOffline, serveFiles, settle, type PageCall } from './page-runner';
import type { Page } from 'playwright-core';

const explainArg = process.argv.find((arg) => arg.startsWith('--explain'));
const runs = Math.max(1, Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 1) || 1);
// --explain=3,7 (or bare --explain for all): features, scores, role and visibility of those controls.
const explainIndexes = explainArg === undefined ? null : explainArg.includes('=') ? explainArg.split('=')[1]!.split(',').map(Number) : [];
const isolated = !process.argv.includes('--main-world');
const warmUp = process.argv.includes('--warm-up');
const pages = process.argv.slice(2).filter((arg) => arg !== '--' && !arg.startsWith('--explain') && !arg.startsWith('--runs=') && arg !== '--main-world' && arg !== '--warm-up');
if (pages.length === 0) {
  console.error('usage: npm run detect -- <page.html>...');
  process.exit(2);
}
const pageCode = await bundlePageCode();
const browser = isolated ? null : await launchBrowser();
const isolatedRunner = isolated ? await launchIsolatedRunner(pageCode) : null;
const openTab = async (url: string): Promise<{ page: Page; call: PageCall }> => {
  if (isolatedRunner) return isolatedRunner.open(url);
  const page = await openOffline(browser!, url, pageCode);
  return { page, call: mainWorldCall(page) };
};
try {
  const { urls, server } = await serveFiles(pages);
  try {
    for (const [index, page] of pages.entries()) {
      const url = urls[index]!;
      const timings: { ms: number; cpuMs: number; warmMs: number }[] = [];
      let first: { fields: unknown; hidden: number[]; explained: unknown[] } | undefined;
      for (let run = 0; run < runs; run += 1) {
        const { page: tab, call } = await openTab(url);
        await settle(tab);
        if (warmUp) await call('warmUpOnSyntheticForm');
        // Wall time (`ms`, inside the page) suffers when the machine is busy; the page's main-thread
        // CPU time around the same call (`cpuMs`, includes ~0.5 ms of evaluate overhead) does not.
        const cdp = await tab.context().newCDPSession(tab);
        await cdp.send('Performance.enable');
        const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0;
        const cpuBefore = await threadTime();
        const result = (await call('detect')) as { fields: unknown; ms: number };
        const cpuMs = Math.round(((await threadTime()) - cpuBefore) * 100_000) / 100;
        timings.push({ ms: result.ms, cpuMs, warmMs: (await call('detectWarm')) as number });
        if (run === 0) {
          first = {
            fields: result.fields,
            hidden: (await call('hiddenIndexes')) as number[],
            explained: explainIndexes ? ((await call('explain', explainIndexes)) as unknown[]) : [],
          };
        }
        await tab.close();
      }
      const ms = medianOf(timings.map((timing) => timing.ms));
      const cpuMs = medianOf(timings.map((timing) => timing.cpuMs));
      const warmMs = medianOf(timings.map((timing) => timing.warmMs));
      console.log(JSON.stringify({ page, fields: first!.fields, ms, cpuMs, warmMs, hidden: first!.hidden, ...(runs > 1 ? { runs: timings.map((timing) => timing.ms) } : {}) }));
      for (const line of first!.explained) console.log(JSON.stringify(line));
    }
  } finally {
    server.close();
  }
} finally {
  await browser?.close();
  await isolatedRunner?.close();
}
