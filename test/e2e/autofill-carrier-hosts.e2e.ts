import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, SAMPLE_BACKUP, type ExtensionSession } from './harness';
import { startLocalServers, type LocalServers } from './local-https';
import { SEEN_FOR_MS } from '../../utils/autofill/offer-ui';
import { showClickThroughPopoverDecoy } from './offer-decoys';

/**
 * The built extension on real carrier hostnames (served locally over HTTPS, names mapped with
 * --host-resolver-rules): the manifest's match patterns, the worker's checks and the injected fill
 * all run for real. The offer appears on the carrier's own domain and fills on a real click; a
 * lookalike domain and a plain-http page get nothing.
 */
const PAGES = 'test/fixtures/pages';
const ROUTES: Record<string, string> = {
  '/top-up': 'uk-giffgaff-topup.html',
  '/top-up/steps': 'uk-giffgaff-steps.html',
  '/community': 'uk-giffgaff-community.html',
  '/': 'cmhk-zh-hans-tiles.html',
  '/steps': 'cmhk-zh-hant-number-then-amount.html',
  '/state-mirror.js': 'state-mirror.js',
};
const HTTPS_HOSTS = ['www.giffgaff.com', 'giffgaff.com.evil.io', 'my-giffgaff.com', 'eshop.hk.chinamobile.com'];
// A giffgaff subdomain served over plain http: the carrier's name, but not a secure page.
const HTTP_HOSTS = ['shop.giffgaff.com'];

let server: LocalServers;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startLocalServers((request, response) => {
    const host = (request.headers.host ?? '').split(':')[0]!;
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    // The CMHK page lives at the root of its host; giffgaff's (and its lookalikes') at /top-up.
    const file = host === 'eshop.hk.chinamobile.com' && path === '/' ? ROUTES['/'] : path === '/' ? undefined : ROUTES[path];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(readFileSync(join(PAGES, file)));
  });
  session = await launchExtension({ args: server.chromiumArgs(HTTPS_HOSTS, HTTP_HOSTS) });
  // Lines come in as a user brings them: restoring the sample backup on the options page.
  const options = await session.openPage('options.html');
  await options.getByLabel('Backup file to restore').setInputFiles(SAMPLE_BACKUP);
  await options.getByRole('radio', { name: /^Replace/ }).check();
  await options.getByRole('button', { name: 'Restore', exact: true }).click();
  await options.getByTestId('status').filter({ hasText: 'Restored' }).waitFor();
  await options.close();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Every node of the page, closed shadow roots included (CDP pierces them; page scripts cannot). */
async function nodesIncludingClosedShadowRoots(page: Page): Promise<CdpNode[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  await cdp.detach();
  const nodes: CdpNode[] = [];
  const visit = (node: CdpNode) => {
    nodes.push(node);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) visit(child);
  };
  visit(root);
  return nodes;
}
interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  /** Name, value, name, value… */
  attributes?: string[];
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/** All text in the page including closed shadow roots. */
async function textIncludingClosedShadowRoots(page: Page): Promise<string> {
  const nodes = await nodesIncludingClosedShadowRoots(page);
  return nodes.filter((node) => node.nodeType === 3 && node.nodeValue).map((node) => node.nodeValue).join(' ');
}

/**
 * Clicks, as a user does (a trusted mouse event), the offer's button whose text starts with `name`.
 * It sits in a closed shadow root, so CDP finds where it is on screen.
 */
async function clickOfferButton(page: Page, name: string): Promise<void> {
  const nodes = await nodesIncludingClosedShadowRoots(page);
  const button = nodes.find((node) => node.nodeName === 'BUTTON' && node.children?.some((child) => child.nodeValue?.startsWith(name)));
  if (!button) throw new Error(`no offer button "${name}"`);
  const cdp = await page.context().newCDPSession(page);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
  await cdp.detach();
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** Where a node of the offer (found in its closed shadow root by `matches`) is drawn: its border box. */
async function offerNodeBox(page: Page, matches: (node: CdpNode) => boolean): Promise<{ x: number; y: number; right: number; bottom: number } | null> {
  const node = (await nodesIncludingClosedShadowRoots(page)).find(matches);
  if (!node) return null;
  const cdp = await page.context().newCDPSession(page);
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId })) as { model: { border: number[] } };
  await cdp.detach();
  const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
  return { x: x1, y: y1, right: x3, bottom: y3 };
}
const fillButtonBox = (page: Page) => offerNodeBox(page, (node) => node.nodeName === 'BUTTON' && (node.attributes ?? []).join(' ').includes('class fill'));

async function offerBox(page: Page) {
  const host = page.locator('linekeeper-offer');
  await host.waitFor({ state: 'attached', timeout: 10_000 });
  // A click counts once the offer has been in view, uncovered and in place, for SEEN_FOR_MS.
  await page.waitForTimeout(SEEN_FOR_MS + 300);
  const box = await host.boundingBox();
  if (!box) throw new Error('offer has no box');
  return box;
}

async function noOfferAfterLoad(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  // The content script would have asked the worker and mounted the offer well within this time.
  await page.waitForTimeout(1500);
  await expect(page.locator('linekeeper-offer').count()).resolves.toBe(0);
}

describe('autofill on carrier hostnames', () => {
  it('offers the giffgaff line on www.giffgaff.com in a closed shadow root and fills on a click', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.giffgaff.com/top-up');
    const box = await offerBox(page);
    // The page sees the host element but nothing inside it.
    await expect(page.evaluate(() => document.querySelector('linekeeper-offer')!.shadowRoot)).resolves.toBeNull();
    await expect(page.evaluate(() => document.body.innerText)).resolves.not.toContain('UK giffgaff');
    await expect(textIncludingClosedShadowRoots(page)).resolves.toContain('Fill UK giffgaff');
    // It says whose it is, in view at the top of the box (the page cannot put that in a closed shadow root of ours).
    const nameNode = (await nodesIncludingClosedShadowRoots(page)).find((node) => node.nodeName === 'SPAN' && (node.attributes ?? []).join(' ').includes('class name'));
    expect(nameNode?.children?.map((child) => child.nodeValue).join('')).toBe('LineKeeper');
    const name = (await offerNodeBox(page, (node) => node.backendNodeId === nameNode!.backendNodeId))!;
    expect(name.right - name.x).toBeGreaterThan(40);
    expect(name.bottom - name.y).toBeGreaterThan(10);
    expect(name.y).toBeGreaterThan(box.y);
    expect(name.bottom).toBeLessThan((await fillButtonBox(page))!.y);
    // Nothing is filled before the click.
    await expect(page.inputValue('#msisdn')).resolves.toBe('');
    // A script of the page "clicking" the host does nothing: only a real click fills.
    await page.evaluate(() => (document.querySelector('linekeeper-offer') as HTMLElement).click());
    await page.waitForTimeout(300);
    await expect(page.inputValue('#msisdn')).resolves.toBe('');

    await page.mouse.click(box.x + 24, box.y + box.height / 2);
    await expect.poll(() => page.inputValue('#msisdn')).toBe('07700900123');
    await expect.poll(() => textIncludingClosedShadowRoots(page)).toContain('Filled: phone number');
    // giffgaff names no smallest top-up and the line has no plan: the amount is left to the user.
    await expect(page.inputValue('#credit')).resolves.toBe('');
    await page.close();
  });

  it('ignores a real click on an offer the page made transparent or covered (clickjacking), and fills once it is in plain view', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.giffgaff.com/top-up');
    const box = await offerBox(page);
    const click = () => page.mouse.click(box.x + 24, box.y + box.height / 2);
    const buttonBefore = await fillButtonBox(page);
    // A hostile script makes the offer invisible over its own decoy.
    await page.evaluate(() => (document.querySelector('linekeeper-offer') as HTMLElement).style.setProperty('opacity', '0', 'important'));
    await click();
    await page.waitForTimeout(500);
    await expect(page.inputValue('#msisdn'), 'transparent').resolves.toBe('');
    // Or leaves it in place and lays a decoy over it, in the top layer, that lets clicks through.
    await page.evaluate(showClickThroughPopoverDecoy);
    await page.waitForTimeout(SEEN_FOR_MS + 300);
    await click();
    await page.waitForTimeout(500);
    await expect(page.inputValue('#msisdn'), 'covered').resolves.toBe('');
    // The refused clicks said why, in the offer (which grew to say it).
    await expect(textIncludingClosedShadowRoots(page)).resolves.toContain('Not filled yet: this box had only just appeared or moved, or something on the page was over it.');
    // It grew above and to the left of its button, which stayed under the pointer.
    expect((await page.locator('linekeeper-offer').boundingBox())!.height).toBeGreaterThan(box.height + 20);
    expect(await fillButtonBox(page)).toEqual(buttonBefore);
    // In plain view again, for a moment: a click on the button fills.
    await page.evaluate(() => document.getElementById('decoy')!.remove());
    await page.waitForTimeout(SEEN_FOR_MS + 300);
    await clickOfferButton(page, 'Fill UK giffgaff');
    await expect.poll(() => page.inputValue('#msisdn')).toBe('07700900123');
    await page.close();
  });

  it('fills the CMHK line with its plan amount on eshop.hk.chinamobile.com (dial code, national number, tile)', async () => {
    const page = await session.context.newPage();
    await page.goto('https://eshop.hk.chinamobile.com/');
    const box = await offerBox(page);
    await expect(textIncludingClosedShadowRoots(page)).resolves.toMatch(/Fill HK CMHK · HK\$50/);
    await page.mouse.click(box.x + 24, box.y + box.height / 2);
    await expect.poll(() => page.inputValue('input[name=rechargeNumber]')).toBe('91234567');
    await expect(page.inputValue('select[name=areaCode]')).resolves.toBe('852');
    await expect.poll(() => page.inputValue('#amount-value')).toBe('50');
    await page.close();
  });

  it('keeps its button on a form that asks for the amount on its next step, and fills the amount there', async () => {
    const page = await session.context.newPage();
    await page.goto('https://eshop.hk.chinamobile.com/steps');
    await offerBox(page);
    const before = (await fillButtonBox(page))!;
    await clickOfferButton(page, 'Fill HK CMHK');
    await expect.poll(() => page.inputValue('#msisdn')).toBe('91234567');
    await expect.poll(() => textIncludingClosedShadowRoots(page)).toContain('Not found: amount');
    await expect(textIncludingClosedShadowRoots(page)).resolves.toContain('Fill the next step');
    // The report above it leaves the button (now shorter: "Fill the next step") where it was, at the box's bottom right.
    const after = (await fillButtonBox(page))!;
    expect([after.right, after.bottom]).toEqual([before.right, before.bottom]);
    expect(after.y).toBe(before.y);
    // The page's own script accepts the number and shows the amounts.
    await page.getByRole('button', { name: '下一步 Next' }).click();
    await page.locator('#step-amount').waitFor({ state: 'visible' });
    await page.waitForTimeout(SEEN_FOR_MS + 300); // the button moved under the report
    await clickOfferButton(page, 'Fill the next step');
    await expect.poll(() => page.inputValue('#amount-value')).toBe('50');
    // The number, filled by the first click, is not reported missing; with both filled the button goes.
    await expect.poll(() => textIncludingClosedShadowRoots(page)).toContain('Filled: amount');
    const text = await textIncludingClosedShadowRoots(page);
    expect(text).not.toContain('Not found');
    expect(text).not.toContain('Fill the next step');
    await page.close();
  });

  for (const url of ['https://giffgaff.com.evil.io/top-up', 'https://my-giffgaff.com/top-up', 'http://shop.giffgaff.com/top-up']) {
    it(`offers nothing on ${url}`, async () => {
      const page = await session.context.newPage();
      await page.goto(url);
      await noOfferAfterLoad(page);
      await expect(page.inputValue('#msisdn')).resolves.toBe('');
      await page.close();
    });
  }

  it('waits on a carrier page with nothing to fill, and offers once the form shows', async () => {
    const page = await session.context.newPage();
    // A search box and a newsletter e-mail box: nothing of a top-up.
    await page.goto('https://www.giffgaff.com/community');
    await noOfferAfterLoad(page);
    // The form is in the page, hidden until the user picks whose number it is.
    await page.goto('https://www.giffgaff.com/top-up/steps');
    await noOfferAfterLoad(page);
    await page.getByRole('button', { name: "Someone else's number" }).click();
    const box = await offerBox(page);
    await expect(textIncludingClosedShadowRoots(page)).resolves.toContain('Fill UK giffgaff');
    await page.mouse.click(box.x + 24, box.y + box.height / 2);
    await expect.poll(() => page.inputValue('#msisdn')).toBe('07700900123');
    await page.close();
  });

  it('once closed, stays away from the carrier\'s site until LineKeeper opens a top-up there', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.giffgaff.com/top-up');
    const box = await offerBox(page);
    // The × sits at the right end of the box.
    await page.mouse.click(box.x + box.width - 18, box.y + 22);
    await expect.poll(() => page.locator('linekeeper-offer').count()).toBe(0);
    await page.reload();
    await noOfferAfterLoad(page);
    await page.close();

    const popup = await session.openPage('popup.html');
    // An earlier test's fill would be offered for logging first: forget it, so the popup opens on its lines.
    await popup.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'forget-last-fill', payload: {} }));
    await popup.reload();
    const [opened] = await Promise.all([session.context.waitForEvent('page'), popup.getByRole('button', { name: "Top up UK giffgaff on the carrier's site" }).click()]);
    await offerBox(opened);
    await expect(textIncludingClosedShadowRoots(opened)).resolves.toContain('Fill UK giffgaff');
    await opened.close();
    await popup.close();
  });
});
