/**
 * Shared by `npm run fill` and `npm run detect`: serves local files on loopback, opens them in
 * headless Chromium (Debian's, via playwright-core) with no network beyond loopback, and injects
 * the extension's detection/fill code bundled by esbuild from the same sources as the content script.
 */
import { build } from 'esbuild';
import { minify } from 'terser';
import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { EAGER_COMPILE_HINT, FILL_PAGE_TERSER_OPTIONS } from '../../utils/autofill/page-globals';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The median of timings (the mean of the middle two for an even count). */
export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
}

/**
 * Waits until the page has settled (half a second, an idle period, two frames). A real fill starts
 * on a user's click, seconds after rendering: the page's own first layout and raster, which compete
 * for this machine's two cores, must not be counted in a detection time.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => setTimeout(() => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => done())), { timeout: 2000 }), 500)),
  );
}

/**
 * Bundles page-entry.ts (or the same file from another source tree, for detect-ab) as the injected
 * fill script (fill-page.js) is bundled, compile hint included. Packages resolve from this
 * repository, wherever the entry lives.
 */
export async function bundlePageCode(entry = fileURLToPath(new URL('./page-entry.ts', import.meta.url))): Promise<string> {
  const nodePaths = [fileURLToPath(new URL('../../node_modules', import.meta.url))];
  const result = await build({ entryPoints: [entry], nodePaths, bundle: true, write: false, format: 'iife', target: 'es2022', minify: true, logLevel: 'silent' });
  // Compressed and with the first line, as the extension's fill-page.js is (wxt.config.ts), so
  // that timings are the shipped code's.
  return EAGER_COMPILE_HINT + (await minify(result.outputFiles[0]!.text, FILL_PAGE_TERSER_OPTIONS)).code!;
}

/** Serves `root` on 127.0.0.1 (a random port); `origin` is http://127.0.0.1:PORT. */
export async function serveDirectory(root: string): Promise<{ origin: string; server: Server }> {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const file = resolve(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside root');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' });
      response.end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}

/** Serves the files' common directory, so frames and relative links resolve, and gives each file's URL. */
export async function serveFiles(files: string[]): Promise<{ urls: string[]; server: Server }> {
  const absolute = files.map((file) => resolve(file));
  let root = dirname(absolute[0]!);
  while (!absolute.every((file) => file.startsWith(root + sep))) root = dirname(root);
  const { origin, server } = await serveDirectory(root);
  return { urls: absolute.map((file) => `${origin}/${relative(root, file).split(sep).map(encodeURIComponent).join('/')}`), server };
}

/** Headless Chromium as both runners launch it, and the window size pages are laid out in. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const VIEWPORT = { width: 1280, height: 900 };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Opens `url` with every request outside loopback and its own host refused (saved pages point at the whole web). */
export async function openOffline(browser: Browser, url: string, pageCode: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await gotoOffline(page, url);
  await page.evaluate(pageCode);
  return page;
}

async function gotoOffline(page: Page, url: string): Promise<void> {
  const ownHost = new URL(url).hostname;
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === ownHost || host === '127.0.0.1' || host === 'localhost' || route.request().url().startsWith('data:') ? route.continue() : route.abort();
  });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
}

/** A method of the injected `window.__linekeeper` (page-entry.ts), called by name with one argument. */
export type PageCall = (method: 'detect' | 'detectWarm' | 'warmUpOnSyntheticForm' | 'hiddenIndexes' | 'explain', argument?: unknown) => Promise<any>;

/**
 * Opens `url` and injects the page code the way the extension does: a file put into the page's
 * isolated world by chrome.scripting.executeScript from a probe extension's worker (made here, in a
 * temporary directory, with the same code). In that world the page's scripts and DOM wrappers are
 * not shared: every DOM object is met for the first time, as on a real click.
 */
export async function launchIsolatedRunner(
  pageCode: string | string[],
): Promise<{ open(url: string, variant?: number): Promise<{ page: Page; call: PageCall }>; close(): Promise<void> }> {
  // Several codes (detect-ab's two sides) are files of one probe extension: page0.js, page1.js...
  const codes = typeof pageCode === 'string' ? [pageCode] : pageCode;
  const extension = await mkdtemp(join(tmpdir(), 'linekeeper-probe-'));
  const manifest = { manifest_version: 3, name: 'LineKeeper detection probe', version: '1', permissions: ['scripting', 'tabs'], host_permissions: ['<all_urls>'], background: { service_worker: 'worker.js' } };
  await writeFile(join(extension, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(extension, 'worker.js'), '');
  for (const [variant, code] of codes.entries()) await writeFile(join(extension, `page${variant}.js`), code);
  const context = await chromium.launchPersistentContext(join(extension, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...CHROMIUM_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Functions go to the worker as source text: tsx's helpers do not exist there.
  const inTab = (url: string, body: string) =>
    worker.evaluate(`(async () => {
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === ${JSON.stringify(url)});
      if (!tab) throw new Error('no tab at ' + ${JSON.stringify(url)});
      const target = { tabId: tab.id, frameIds: [0] };
      ${body}
    })()`);
  return {
    async open(url, variant = 0) {
      const page = await context.newPage();
      await gotoOffline(page, url);
      const loaded = page.url();
      await inTab(loaded, `await chrome.scripting.executeScript({ target, files: ['page${variant}.js'] });`);
      const call: PageCall = async (method, argument) =>
        JSON.parse(
          (await inTab(
            loaded,
            `const [result] = await chrome.scripting.executeScript({ target, args: [${JSON.stringify(method)}, ${JSON.stringify(argument ?? null)}],
              func: (name, value) => JSON.stringify(globalThis.__linekeeper[name](value)) });
            return result.result;`,
          )) as string,
        );
      return { page, call };
    },
    async close() {
      await context.close();
      await rm(extension, { recursive: true, force: true });
    },
  };
}

/** The same calls in the page's main world (page.evaluate), where `npm run fill` also runs. */
export function mainWorldCall(page: Page): PageCall {
  return (method, argument) => page.evaluate(([name, value]) => (window.__linekeeper as unknown as Record<string, (value: unknown) => unknown>)[name as string]!(value), [method, argument ?? null] as const);
}
