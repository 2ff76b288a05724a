#!/usr/bin/env node
// `npm run bench`: speed and size figures, printed (never asserted). Builds first if needed.
//   sizes      each context's JavaScript, gzipped (popup, options, worker, each content script)
//   popup      time from navigation to the list shown, 10 / 100 / 1,000 lines, vs an empty Preact page
//   indexeddb  time to read 1,000 lines from the extension's database
//   planner    reminder planner over 1,000 and 10,000 lines, and one worker wake (test/tools/bench-planner.ts)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const OUT = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
const BUDGETS = { popup: 14 * 1024, worker: 20 * 1024, contentScript: 10 * 1024 };
const RUNS = 5;
const results = {};

if (!existsSync(join(OUT, 'manifest.json'))) {
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(1);
}

const { contextScripts, gz } = await import('./bundle-sizes.mjs');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// --- sizes
console.log('Bundle sizes (JavaScript each context loads, gzipped -9)');
const sizes = {};
for (const [name, files] of Object.entries(contextScripts(OUT))) {
  const bytes = files.reduce((sum, file) => sum + gz(join(OUT, file)), 0);
  const budget = name === 'popup' ? BUDGETS.popup : name === 'background' ? BUDGETS.worker : name.startsWith('content-scripts/') || name.startsWith('injected/') ? BUDGETS.contentScript : null;
  sizes[name] = { bytes, files, budget };
  console.log(`  ${name.padEnd(34)} ${kb(bytes).padStart(8)}${budget ? `  (budget ${kb(budget)}${bytes > budget ? ', OVER' : ''})` : ''}  [${files.join(', ')}]`);
}
results.sizes = Object.fromEntries(Object.entries(sizes).map(([name, value]) => [name, value.bytes]));

// --- browser figures: a copy of the build with one extra page, an empty Preact app, as the baseline
const benchDir = mkdtempSync(join(tmpdir(), 'linekeeper-bench-'));
const extensionDir = join(benchDir, 'extension');
cpSync(OUT, extensionDir, { recursive: true });
writeFileSync(join(benchDir, 'empty.jsx'), "import { render } from 'preact';\nrender(<div id=\"empty-ready\">LineKeeper</div>, document.getElementById('app'));\n");
await build({ entryPoints: [join(benchDir, 'empty.jsx')], bundle: true, minify: true, format: 'esm', jsx: 'automatic', jsxImportSource: 'preact', outfile: join(extensionDir, 'bench-empty.js'), nodePaths: [resolve('node_modules')], logLevel: 'error' });
writeFileSync(join(extensionDir, 'bench-empty.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body><div id="app"></div><script type="module" src="./bench-empty.js"></script></body></html>');

const profileDir = join(benchDir, 'profile');
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const page = await context.newPage();
  await page.goto(`${base}/popup.html`);
  await page.waitForSelector('.empty, .lines');

  /** Milliseconds from navigation start until `selector` matches `count` elements. */
  const timeToShow = async (url, selector, count) => {
    const samples = [];
    for (let run = 0; run < RUNS; run++) {
      const tab = await context.newPage();
      // A MutationObserver installed before any page script notes the moment the list appears.
      await tab.addInitScript(([sel, n]) => {
        const check = () => {
          if (!window.__shownAt && document.querySelectorAll(sel).length >= n) window.__shownAt = performance.now();
        };
        new MutationObserver(check).observe(document, { subtree: true, childList: true });
      }, [selector, count]);
      await tab.goto(url, { waitUntil: 'commit' });
      const handle = await tab.waitForFunction(() => window.__shownAt, undefined, { polling: 50, timeout: 60_000 });
      samples.push(await handle.jsonValue());
      await tab.close();
    }
    return median(samples);
  };

  const seed = (count) =>
    page.evaluate(async (n) => {
      const db = await new Promise((ok, fail) => {
        const request = indexedDB.open('linekeeper');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const tx = db.transaction('lines', 'readwrite');
      tx.objectStore('lines').clear();
      for (let i = 0; i < n; i++) {
        const day = String((i % 28) + 1).padStart(2, '0');
        tx.objectStore('lines').put({
          id: `bench-${i}`, label: `Line ${i}`, number: '+447700900123', carrier: i % 2 ? 'giffgaff' : 'cmhk', kind: 'keep-number',
          currency: i % 2 ? 'GBP' : 'HKD', balance: 100 * i, dataMB: i % 3 ? null : 512, expiresOn: `2027-0${(i % 9) + 1}-${day}`,
          lastActivityOn: `2026-0${(i % 9) + 1}-${day}`, keepAlive: i % 2 ? { activityEveryDays: 180 } : null,
          renewal: { kind: 'none' }, reminders: null, paymentMethodId: null, notes: '', archived: false,
        });
      }
      await new Promise((ok, fail) => { tx.oncomplete = ok; tx.onerror = () => fail(tx.error); });
      db.close();
    }, count);

  const emptyMs = await timeToShow(`${base}/bench-empty.html`, '#empty-ready', 1);
  console.log(`\nPopup: time to show the list (median of ${RUNS}, from navigation start)`);
  console.log(`  empty Preact page                  ${emptyMs.toFixed(1).padStart(7)} ms`);
  results.popup = { emptyPreactMs: emptyMs };
  for (const count of [10, 100, 1000]) {
    await seed(count);
    const ms = await timeToShow(`${base}/popup.html`, '.lines > li', count);
    results.popup[`lines${count}Ms`] = ms;
    results.popup[`lines${count}Ratio`] = ms / emptyMs;
    console.log(`  popup, ${String(count).padStart(5)} lines                ${ms.toFixed(1).padStart(7)} ms   ratio ${(ms / emptyMs).toFixed(2)}`);
  }

  // IndexedDB: read 1,000 lines (the store's getLines is one getAll on the same store)
  await seed(1000);
  const readMs = await page.evaluate(async (runs) => {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const db = await new Promise((ok, fail) => {
        const request = indexedDB.open('linekeeper');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const lines = await new Promise((ok, fail) => {
        const request = db.transaction('lines').objectStore('lines').getAll();
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      samples.push(performance.now() - start);
      db.close();
      if (lines.length !== 1000) throw new Error(`read ${lines.length} lines`);
    }
    return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
  }, RUNS);
  results.indexeddb = { read1000LinesMs: readMs };
  console.log(`\nIndexedDB: open + read 1,000 lines   ${readMs.toFixed(1).padStart(7)} ms (median of ${RUNS})`);
} finally {
  await context.close();
  rmSync(benchDir, { recursive: true, force: true });
}

// --- reminder planner and worker wake (written beside the reminders code)
if (existsSync('test/tools/bench-planner.ts')) {
  console.log('\nReminder planner');
  const planner = spawnSync('npx', ['tsx', 'test/tools/bench-planner.ts'], { encoding: 'utf8' });
  const lines = (planner.stdout ?? '').trim().split('\n');
  for (const line of lines.slice(0, -1)) console.log(`  ${line}`);
  try {
    results.planner = JSON.parse(lines.at(-1));
  } catch {
    console.log(planner.stdout, planner.stderr);
  }
}

console.log(`\n${JSON.stringify(results)}`);
