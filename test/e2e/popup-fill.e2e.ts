import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, SAMPLE_BACKUP, type ExtensionSession } from './harness';
import { startLocalServers, type LocalServers } from './local-https';

/**
 * "Fill this page" from the popup, on a real carrier hostname served locally over HTTPS: the worker
 * reads the active tab, picks the line whose carrier owns the site, fills phone and receipt e-mail,
 * and the popup then offers to log the top-up as an autofill one.
 */
// The extension API as the worker sees it (evaluated in the worker, not in Node).
declare const chrome: {
  runtime: { getURL(path: string): string };
  windows: { create(options: { url: string; type: 'popup'; focused: boolean }): Promise<unknown> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};

let server: LocalServers;
let session: ExtensionSession;

beforeAll(async () => {
  server = await startLocalServers((request, response) => {
    if (new URL(request.url ?? '/', 'http://x').pathname !== '/top-up') return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(join('test/fixtures/pages', 'uk-giffgaff-topup.html')));
  });
  session = await launchExtension({ args: server.chromiumArgs(['www.giffgaff.com'], []) });
  const options = await session.openPage('options.html');
  await options.getByLabel('Backup file to restore').setInputFiles(SAMPLE_BACKUP);
  await options.getByRole('radio', { name: /^Replace/ }).check();
  await options.getByRole('button', { name: 'Restore', exact: true }).click();
  await options.getByTestId('status').filter({ hasText: 'Restored' }).waitFor();
  // The receipt e-mail is a setting; one-click fill writes it into the page's e-mail field.
  await options.getByLabel('E-mail for top-up receipts (optional)').fill('me@example.com');
  await options.getByRole('button', { name: 'Save reminder defaults' }).click();
  await options.getByTestId('status').filter({ hasText: /saved/i }).waitFor();
  await options.close();
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Opens the popup in its own unfocused window, so the carrier page stays the active tab. */
async function openPopupBesides(): Promise<Page> {
  const [popup] = await Promise.all([
    session.context.waitForEvent('page'),
    session.worker.evaluate(() => chrome.windows.create({ url: chrome.runtime.getURL('popup.html'), type: 'popup', focused: false })),
  ]);
  await popup.locator('.lines').waitFor();
  return popup;
}

describe('Fill this page, from the popup', () => {
  it('the popup opens from the keyboard: Alt+Shift+K, as Chrome registered it', async () => {
    const commands = await session.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === '_execute_action')?.shortcut).toBe('Alt+Shift+K');
  });

  it('fills the carrier page with the matching line, then offers to log the top-up', async () => {
    const page = await session.context.newPage();
    await page.goto('https://www.giffgaff.com/top-up');
    await page.bringToFront();

    const popup = await openPopupBesides();
    // Short enough that the giffgaff card (second in the list) lies below the fold.
    await popup.setViewportSize({ width: 380, height: 420 });
    const choice = popup.getByLabel('Line to fill');
    await expect(choice.locator('option:checked').textContent()).resolves.toBe('UK giffgaff');
    await popup.getByRole('button', { name: 'Fill this page' }).click();

    await expect.poll(() => page.inputValue('#msisdn')).toBe('07700900123');
    await expect(page.inputValue('#receipt')).resolves.toBe('me@example.com');
    await expect.poll(() => popup.locator('.fill-this-page [role=status]').textContent()).toMatch(/^Filled: phone number/);

    // The log form opened for that line; giffgaff has no plan amount, so the user types it.
    const amount = popup.getByLabel('Amount paid (GBP)');
    await expect.poll(() => amount.evaluate((input) => input === document.activeElement)).toBe(true);
    // Focus scrolled the list to that card; the report of what was filled is still in view.
    const inView = (selector: string) => popup.evaluate((css) => {
      const box = document.querySelector(css)!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }, selector);
    await expect(inView('.fill-this-page [role=status]')).resolves.toBe(true);
    await expect(inView('.lines > li:nth-child(2) .log-form input')).resolves.toBe(true);
    await amount.fill('10');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.lines > li', { hasText: 'UK giffgaff' }).locator('.balance').textContent()).toBe('£15.12');

    // Logged as an autofill top-up: the next popup does not offer it again.
    await popup.close();
    const again = await openPopupBesides();
    await expect(again.getByLabel('Amount paid (GBP)').count()).resolves.toBe(0);
    const topUps = await again.evaluate(
      () =>
        new Promise<{ source: string; amount: number }[]>((resolve) => {
          const request = indexedDB.open('linekeeper');
          request.onsuccess = () => {
            const all = request.result.transaction('topUps').objectStore('topUps').getAll();
            all.onsuccess = () => resolve(all.result);
          };
        }),
    );
    expect(topUps.filter((topUp) => topUp.source === 'autofill')).toEqual([expect.objectContaining({ amount: 1000 })]);
  });
});
