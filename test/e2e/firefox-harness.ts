import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Debian's Firefox ESR with the built Firefox extension (.output/firefox-mv3) installed as a
 * temporary add-on, driven over WebDriver BiDi by puppeteer-core (Playwright's Firefox is a patched
 * build it downloads, which this machine cannot). Extension pages are opened by their
 * moz-extension:// address: the add-on's internal UUID is fixed by a preference, and
 * --remote-allow-system-access lets BiDi navigate there.
 */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'linekeeper@linekeeper.app';
const ADDON_UUID = '6c1b6a3e-2f0d-4b8e-9a51-4e6f1c2d7a90';

export interface FirefoxSession {
  browser: Browser;
  /** Opens an extension page such as 'popup.html' in a new tab, once its script has rendered. */
  openPage(path: string, size?: { width: number; height: number }): Promise<Page>;
  /** Errors the extension's pages threw, for a test to assert there were none. */
  pageErrors: string[];
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** Hostnames Firefox resolves to 127.0.0.1 (network.dns.localDomains), for carrier pages served locally. */
  localHosts?: string[];
}

export async function launchFirefoxExtension(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built Firefox extension at ${FIREFOX_EXTENSION_DIR}: run npm run build first`);
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install Debian's (apt-get install firefox-esr) or set FIREFOX_PATH`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The local HTTPS server's certificate is self-signed.
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.dns.localDomains': (options.localHosts ?? []).join(','),
      // The machine has no network: nothing of Firefox's own should try it.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const pageErrors: string[] = [];
  return {
    browser,
    pageErrors,
    async openPage(path, size = { width: 1000, height: 900 }) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${path}: ${(error as Error).message}`));
      await page.setViewport(size);
      // BiDi reports no load event for a moz-extension:// navigation: wait for the app's own markup instead.
      await page.goto(`moz-extension://${ADDON_UUID}/${path}`, { timeout: 3000 }).catch(() => undefined);
      await page.waitForSelector('#app > *', { timeout: 10_000 });
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}
