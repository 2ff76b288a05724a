/**
 * Shared by `npm run fill` and `npm run detect`: serves local files on loopback, opens them in
 * headless Chromium (Debian's, via playwright-core) with no network beyond loopback, and injects
 * the extension's detection/fill code bundled by esbuild from the same sources as the content script.
 */
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

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

export async function bundlePageCode(): Promise<string> {
  const entry = fileURLToPath(new URL('./page-entry.ts', import.meta.url));
  const result = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'es2022', minify: true, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
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

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
}

/** Opens `url` with every request outside loopback and its own host refused (saved pages point at the whole web). */
export async function openOffline(browser: Browser, url: string, pageCode: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const ownHost = new URL(url).hostname;
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === ownHost || host === '127.0.0.1' || host === 'localhost' || route.request().url().startsWith('data:') ? route.continue() : route.abort();
  });
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await page.evaluate(pageCode);
  return page;
}
