import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built Chrome extension: `npm run build` (or `wxt build`) makes it; WXT_OUT_DIR moves it. */
export const EXTENSION_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SAMPLE_BACKUP = resolve('../shared/fixtures/backup-v1.sample.json');

export interface LaunchOptions {
  /** Reuse a profile directory (to test a browser restart); a fresh one is made otherwise. */
  profileDir?: string;
  /** Extra Chromium flags, e.g. --host-resolver-rules. */
  args?: string[];
  headless?: boolean;
  /** Browser language, e.g. 'zh-CN'. */
  locale?: string;
  timezoneId?: string;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  worker: Worker;
  /** Opens an extension page such as 'popup.html' in a new tab. */
  openPage(path: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Launches Debian's Chromium with the built extension loaded, in a throwaway (or given) profile. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build first`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (sudo apt-get install chromium) or set CHROMIUM_PATH`);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'linekeeper-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    locale: options.locale,
    timezoneId: options.timezoneId,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    profileDir,
    worker,
    async openPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
