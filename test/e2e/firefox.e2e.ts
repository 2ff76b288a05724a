import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxSession } from './firefox-harness';
import { datedSample } from './dated-sample';
import { startLocalServers, type LocalServers } from './local-https';
import { SEEN_FOR_MS } from '../../utils/autofill/offer-ui';
import { showClickThroughPopoverDecoy } from './offer-decoys';

/**
 * The Firefox build (MV3, event page instead of a service worker) in Debian's Firefox ESR: restore,
 * the worker's alarms, the popup's order and quick action, and the in-page offer's real match
 * patterns and click on a carrier hostname served locally over HTTPS.
 */
const sample = datedSample();
const CARRIER_HOSTS = ['www.giffgaff.com', 'my-giffgaff.com'];

let server: LocalServers;
let session: FirefoxSession;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The first element matching `selector` whose text (or its label's) matches `text`, for a real click. */
async function byText(page: Page, selector: string, text: RegExp): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (css, source, flags) => {
      const pattern = new RegExp(source, flags);
      const labelOf = (element: Element) => element.closest('label') ?? (element.id ? document.querySelector(`label[for="${element.id}"]`) : null);
      const textOf = (element: Element) => (labelOf(element)?.textContent ?? element.textContent ?? '').trim();
      return [...document.querySelectorAll(css)].find((element) => pattern.test(textOf(element)) || pattern.test(element.getAttribute('aria-label') ?? '')) ?? null;
    },
    selector,
    text.source,
    text.flags,
  );
  const element = handle.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`no ${selector} with text ${text}`);
  return element;
}

async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  let value = await read();
  for (let tries = 0; !accept(value) && tries < 50; tries += 1) {
    await sleep(200);
    value = await read();
  }
  if (!accept(value)) throw new Error(`${what}: still ${JSON.stringify(value)}`);
  return value;
}

const headings = (popup: Page) => popup.$$eval('.lines > li h2', (nodes) => nodes.map((node) => node.textContent));

beforeAll(async () => {
  server = await startLocalServers((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = path === '/top-up' ? 'uk-giffgaff-topup.html' : path === '/state-mirror.js' ? 'state-mirror.js' : undefined;
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(readFileSync(join('test/fixtures/pages', file)));
  });
  session = await launchFirefoxExtension({ localHosts: CARRIER_HOSTS });
}, 90_000);
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the Firefox build in Firefox ESR', () => {
  it('restores the sample backup on the options page, and the background page schedules reminders', async () => {
    const options = await session.openPage('options.html');
    const file = (await options.$('#backup-file')) as ElementHandle<HTMLInputElement>;
    await file.uploadFile(sample.path);
    await options.waitForSelector('[data-testid=restore-preview]');
    await (await byText(options, 'input[type=radio]', /^Replace/)).click();
    await (await byText(options, '[data-testid=restore-preview] button', /^Restore$/)).click();
    const status = await poll(() => options.$eval('[data-testid=status]', (node) => node.textContent ?? ''), (text) => text.includes('Restored'), 'restore status');
    expect(status).toContain('lines: 4');
    // The background page heard of the change and set its next wake-up: the sample has reminders due.
    const alarms = await poll(
      () => options.evaluate(async () => (await (globalThis as unknown as { browser: { alarms: { getAll(): Promise<{ name: string }[]> } } }).browser.alarms.getAll()).map((alarm) => alarm.name).sort()),
      (names) => names.includes('linekeeper-next'),
      'alarms',
    );
    expect(alarms).toContain('linekeeper-sweep');
    await options.close();
  });

  it('lists the lines most urgent first in the popup and logs a top-up', async () => {
    const popup = await session.openPage('popup.html', { width: 400, height: 600 });
    await popup.waitForSelector('.lines > li');
    expect(await headings(popup)).toEqual(['HK CMHK', 'UK giffgaff', 'US Ultra PayGo', 'Travel data eSIM']);
    await (await byText(popup, 'button', /^Log top-up for UK giffgaff$/)).click();
    const amount = (await byText(popup, 'input', /Amount paid \(GBP\)/)) as ElementHandle<HTMLInputElement>;
    await amount.type('10');
    await (await byText(popup, 'button', /^Save$/)).click();
    await poll(() => popup.$$eval('.lines > li', (items) => items.find((item) => item.textContent?.includes('UK giffgaff'))?.querySelector('.balance')?.textContent), (text) => text === '£15.12', 'giffgaff balance');
    // A top-up is activity: giffgaff's keep-alive deadline moved 180 days away.
    await poll(() => headings(popup), (names) => names.at(-1) === 'UK giffgaff', 'order after the top-up');
    await popup.close();
  });

  it('offers the giffgaff line on www.giffgaff.com in a closed shadow root and fills on a real click', async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`https://www.giffgaff.com:${server.httpsPort}/top-up`);
    const host = await page.waitForSelector('linekeeper-offer', { timeout: 10_000 });
    // The page sees the host element but nothing inside it.
    await expect(page.evaluate(() => document.querySelector('linekeeper-offer')!.shadowRoot)).resolves.toBeNull();
    await expect(page.evaluate(() => document.body.innerText)).resolves.not.toContain('UK giffgaff');
    await expect(page.$eval('#msisdn', (input) => (input as HTMLInputElement).value)).resolves.toBe('');
    // A script of the page "clicking" the offer does nothing.
    await page.evaluate(() => (document.querySelector('linekeeper-offer') as HTMLElement).click());
    await sleep(SEEN_FOR_MS + 300);
    await expect(page.$eval('#msisdn', (input) => (input as HTMLInputElement).value)).resolves.toBe('');
    const box = await host!.boundingBox();
    if (!box) throw new Error('the offer has no box');
    await page.mouse.click(box.x + 24, box.y + box.height / 2);
    await poll(() => page.$eval('#msisdn', (input) => (input as HTMLInputElement).value), (value) => value === '07700900123', 'phone box');
    await page.close();
  });

  it('ignores a real click on an offer the page made transparent or covered with a click-through popover, and fills once it is in plain view', async () => {
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`https://www.giffgaff.com:${server.httpsPort}/top-up`);
    const host = await page.waitForSelector('linekeeper-offer', { timeout: 10_000 });
    await sleep(SEEN_FOR_MS + 300);
    const box = (await host!.boundingBox())!;
    const click = () => page.mouse.click(box.x + 24, box.y + box.height / 2);
    const phone = () => page.$eval('#msisdn', (input) => (input as HTMLInputElement).value);
    await page.evaluate(() => (document.querySelector('linekeeper-offer') as HTMLElement).style.setProperty('opacity', '0', 'important'));
    await click();
    await sleep(500);
    expect(await phone(), 'transparent').toBe('');
    // Firefox has no IntersectionObserver v2, and its hit test skips a pointer-events: none cover.
    await page.evaluate(showClickThroughPopoverDecoy);
    await sleep(SEEN_FOR_MS + 300);
    await click();
    await sleep(500);
    expect(await phone(), 'covered').toBe('');
    await page.evaluate(() => document.getElementById('decoy')!.remove());
    // A style sheet alone: <html>'s ::after, painted after the offer, click-through.
    await page.evaluate(() => {
      const sheet = document.createElement('style');
      sheet.id = 'decoy-sheet';
      sheet.textContent = 'html::after { content: "Accept cookies"; position: fixed; right: 0; bottom: 0; width: 400px; height: 200px; background: #fff; z-index: 2147483647; pointer-events: none; }';
      document.head.append(sheet);
    });
    await sleep(SEEN_FOR_MS + 300);
    await click();
    await sleep(500);
    expect(await phone(), 'covered by html::after').toBe('');
    await page.evaluate(() => document.getElementById('decoy-sheet')!.remove());
    await sleep(SEEN_FOR_MS + 300);
    // The refused clicks said why in the offer, which grew above and left of its button: the
    // button stayed where it was, under the pointer.
    const grown = (await host!.boundingBox())!;
    expect(grown.height).toBeGreaterThan(box.height);
    await click();
    await poll(phone, (value) => value === '07700900123', 'phone box once in plain view');
    await page.close();
  });

  it('offers nothing on a lookalike domain', async () => {
    const page = await session.browser.newPage();
    await page.goto(`https://my-giffgaff.com:${server.httpsPort}/top-up`);
    await sleep(1500);
    await expect(page.$$eval('linekeeper-offer', (nodes) => nodes.length)).resolves.toBe(0);
    await page.close();
  });

  it('has its reminder alarms and badge back after the add-on is disabled and enabled again', async () => {
    // Firefox drops an add-on's alarms when it is disabled; enabling it (also what about:addons'
    // "Run in Private Windows" toggle does) fires neither runtime.onInstalled nor onStartup.
    type Extension = { browser: { alarms: { getAll(): Promise<{ name: string }[]> }; action: { getBadgeText(details: object): Promise<string> } } };
    const alarmNames = (page: Page) => page.evaluate(async () => (await (globalThis as unknown as Extension).browser.alarms.getAll()).map((alarm) => alarm.name).sort());
    const badge = (page: Page) => page.evaluate(() => (globalThis as unknown as Extension).browser.action.getBadgeText({}));
    const before = await session.openPage('options.html');
    expect(await alarmNames(before)).toEqual(['linekeeper-next', 'linekeeper-sweep']);
    const badgeBefore = await badge(before);
    expect(badgeBefore).not.toBe('');
    await before.close();

    // As about:addons does it, with its own privileged AddonManager.
    const addons = await session.browser.newPage();
    await addons.goto('about:addons', { timeout: 5000 }).catch(() => undefined);
    const state = await addons.evaluate(async () => {
      type Addon = { disable(): Promise<void>; enable(): Promise<void>; isActive: boolean };
      const chromeUtils = (globalThis as unknown as { ChromeUtils: { importESModule(url: string): { AddonManager: { getAddonByID(id: string): Promise<Addon> } } } }).ChromeUtils;
      const addon = await chromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs').AddonManager.getAddonByID('linekeeper@linekeeper.app');
      await addon.disable();
      const whileDisabled = addon.isActive;
      await addon.enable();
      return { whileDisabled, after: addon.isActive };
    });
    expect(state).toEqual({ whileDisabled: false, after: true });
    await addons.close();

    const after = await session.openPage('options.html');
    await poll(() => alarmNames(after), (names) => names.join() === 'linekeeper-next,linekeeper-sweep', 'alarms after re-enabling');
    await poll(() => badge(after), (text) => text === badgeBefore, 'badge after re-enabling');
    await after.close();
  });

  it('threw no error in any extension page', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
