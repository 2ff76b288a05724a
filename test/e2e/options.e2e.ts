import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, SAMPLE_BACKUP, type ExtensionSession } from './harness';

/** The options page driven like a user: file input, preview, buttons, form fields, by their labels. */
const sample = JSON.parse(readFileSync(SAMPLE_BACKUP, 'utf8')) as Record<string, unknown> & {
  lines: Record<string, unknown>[];
  topUps: Record<string, unknown>[];
  paymentMethods: Record<string, unknown>[];
};
const workDir = mkdtempSync(join(tmpdir(), 'linekeeper-options-e2e-'));

function writeVariant(name: string, change: (file: typeof sample) => unknown): string {
  const copy = structuredClone(sample);
  const path = join(workDir, name);
  writeFileSync(path, JSON.stringify(change(copy) ?? copy));
  return path;
}

const byId = (items: Record<string, unknown>[]) => [...items].sort((a, b) => String(a.id).localeCompare(String(b.id)));

let session: ExtensionSession;
let page: Page;

beforeAll(async () => {
  session = await launchExtension();
  page = await session.openPage('options.html');
  await page.getByRole('heading', { name: 'LineKeeper options' }).waitFor();
});
afterAll(async () => session?.close());

const lineRows = () => page.locator('[data-line-id]');

describe('options page in Chromium', () => {
  it('restores the sample backup after a preview, replacing, and shows its 4 lines', async () => {
    await page.getByLabel('Backup file to restore').setInputFiles(SAMPLE_BACKUP);
    const preview = page.getByTestId('restore-preview');
    await expect(preview.textContent()).resolves.toContain('holds — lines: 4, top-ups: 3, payment methods: 1');
    await page.getByRole('radio', { name: /^Replace/ }).check();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('Restored. Now — lines: 4, top-ups: 3, payment methods: 1, custom carriers: 0');
    await expect.poll(() => lineRows().count()).toBe(4);
    for (const label of ['UK giffgaff', 'HK CMHK', 'US Ultra PayGo', 'Travel data eSIM']) {
      await expect(page.locator('.line-label', { hasText: label }).count()).resolves.toBe(1);
    }
    // The sample's two USD 3.00 top-ups 4 minutes apart are flagged.
    await expect(page.getByRole('note').textContent()).resolves.toContain('US Ultra PayGo: $3.00 logged twice');
  });

  const badFiles: [string, () => string, RegExp][] = [
    ['not JSON', () => { const path = join(workDir, 'broken.json'); writeFileSync(path, '{"format": "linekeeper-backup",'); return path; }, /This file is damaged or is not a LineKeeper backup \(it is not valid JSON\)/],
    ['a newer version', () => writeVariant('newer.json', (file) => { file.version = 99; }), /version: The file comes from a newer LineKeeper \(backup version 99\)/],
    ['a float balance', () => writeVariant('float.json', (file) => { file.lines[0]!.balance = 5.12; }), /lines\[0\]\.balance: must be a whole number/],
    ['a dangling reference', () => writeVariant('dangling.json', (file) => { file.topUps[1]!.lineId = 'l-gone'; }), /topUps\[1\]\.lineId: points to "l-gone"/],
    ['a card number in a payment method', () => writeVariant('card.json', (file) => { file.paymentMethods[0]!.last4 = '4242424242424242'; }), /paymentMethods\[0\]\.last4: looks like payment-card data/],
    ['an impossible date', () => writeVariant('date.json', (file) => { file.lines[1]!.expiresOn = '2026-02-30'; }), /lines\[1\]\.expiresOn: is not a real date/],
    ['a duplicate id', () => writeVariant('dup.json', (file) => { file.topUps[2]!.id = 't1'; }), /topUps\[2\]\.id: repeats the id "t1"/],
  ];

  for (const [what, makeFile, message] of badFiles) {
    it(`refuses a file with ${what}, naming what and where, and changes nothing`, async () => {
      await page.getByLabel('Backup file to restore').setInputFiles(makeFile());
      const refused = page.getByTestId('restore-refused');
      await refused.waitFor();
      await expect(refused.getAttribute('role')).resolves.toBe('alert');
      await expect(refused.textContent()).resolves.toMatch(/not restored and nothing was changed/);
      await expect(refused.textContent()).resolves.toMatch(message);
      await expect(page.getByTestId('restore-preview').count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: 'Restore', exact: true }).count()).resolves.toBe(0);
      await expect(lineRows().count()).resolves.toBe(4);
    });
  }

  it('exports what was restored: the same lines, top-ups, payment methods and settings', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export a backup file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^linekeeper-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as typeof sample;
    expect(exported.format).toBe('linekeeper-backup');
    expect(exported.version).toBe(1);
    expect(byId(exported.lines)).toEqual(byId(sample.lines));
    expect(byId(exported.topUps)).toEqual(byId(sample.topUps));
    expect(byId(exported.paymentMethods)).toEqual(byId(sample.paymentMethods));
    expect(exported.settings).toEqual(sample.settings);
  });

  it('adds a giffgaff line typed nationally, after refusing a number that is not one', async () => {
    await page.getByRole('button', { name: 'Add a line' }).click();
    await page.getByLabel('Name', { exact: true }).fill('My giffgaff');
    await page.getByLabel('Carrier', { exact: true }).selectOption('giffgaff');
    const number = page.getByLabel('Phone number');
    await number.fill('07700');
    await number.blur();
    await expect(number.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Save line' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('Phone number: Not a phone number in United Kingdom');
    await expect(lineRows().count()).resolves.toBe(4);

    await number.fill('07700 900456');
    await expect(page.locator('#line-number-help').textContent()).resolves.toBe('Reads as +44 7700 900456');
    // The carrier filled its keep-alive rule, with the source of the figure.
    await expect(page.getByLabel('Activity needed every (days)').inputValue()).resolves.toBe('180');
    await expect(page.getByTestId('carrier-rule').textContent()).resolves.toContain('Deactivated after 6 months');
    await page.getByLabel(/^Balance/).fill('10');
    await page.getByRole('button', { name: 'Save line' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('Saved “My giffgaff”');
    await expect.poll(() => lineRows().count()).toBe(5);
    const row = page.locator('[data-line-id]', { hasText: 'My giffgaff' });
    await expect(row.textContent()).resolves.toContain('+44 7700 900456');
    await expect(row.textContent()).resolves.toContain('£10.00');

    // It survives a reload: it is in the store, not only on screen.
    await page.reload();
    await expect.poll(() => lineRows().count()).toBe(5);
  });

  it('deletes a line and brings it back with its top-ups from the undo toast, by keyboard', async () => {
    await page.getByRole('button', { name: 'Delete US Ultra PayGo' }).click();
    await expect.poll(() => lineRows().count()).toBe(4);
    const undo = page.getByRole('button', { name: 'Undo deleting “US Ultra PayGo”' });
    await expect(undo.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => lineRows().count()).toBe(5);
    await expect.poll(() => page.locator('table.history tbody tr', { hasText: 'US Ultra PayGo' }).count()).toBe(2);
  });

  it('adds a top-up made at a shop: a future date is refused, then it lands in the history and on the line', async () => {
    const section = page.locator('#topups');
    await section.getByRole('button', { name: 'Add a top-up' }).click();
    const form = page.getByRole('form', { name: 'Add a top-up' });
    await form.getByLabel('Line', { exact: true }).selectOption({ label: 'HK CMHK' });
    await form.getByLabel('Date', { exact: true }).fill('2099-01-01');
    await form.getByLabel('Amount (HKD)').fill('100');
    await form.getByRole('button', { name: 'Save top-up' }).click();
    await expect(form.locator('#tu-date-error').textContent()).resolves.toBe('The date cannot be later than today.');
    await form.getByLabel('Date', { exact: true }).fill('2026-01-15');
    await form.getByLabel(/^Note/).fill('7-Eleven Mong Kok');
    await form.getByRole('button', { name: 'Save top-up' }).click();
    await expect.poll(() => page.getByTestId('status').textContent()).toContain('Added a top-up of HK$100.00 for “HK CMHK”');
    const row = page.locator('table.history tbody tr', { hasText: '7-Eleven Mong Kok' });
    await expect.poll(() => row.count()).toBe(1);
    await expect(row.textContent()).resolves.toContain('Manual');
    // No time was given: the day alone, not the noon the record is stamped with.
    await expect(row.locator('td').first().textContent()).resolves.toMatch(/^(Jan 15, 2026|15 Jan 2026)$/);
    // Counted on the line: HK$38.00 + HK$100.00.
    await expect.poll(() => page.locator('[data-line-id="l-cmhk"]').textContent()).toContain('HK$138.00');
  });
  it('renames a custom carrier, and the line on it follows', async () => {
    // The sample's eSIM names `custom:Smart`; this file also saves that carrier, with its domain.
    const withCarrier = writeVariant('custom-carrier.json', (file) => {
      file.version = 2;
      (file as Record<string, unknown>).customCarriers = [{ id: 'custom:Smart', name: 'Smart', domains: ['smart.com.ph'], rechargeUrl: 'https://smart.com.ph/load', activityEveryDays: 120, topUpExtendsDays: null }];
    });
    await page.getByLabel('Backup file to restore').setInputFiles(withCarrier);
    await page.getByRole('radio', { name: /^Replace/ }).check();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => lineRows().count()).toBe(4);
    // The browser's own permission dialog cannot be clicked headless: it answers "granted" here.
    await page.evaluate(() => {
      (globalThis as unknown as { chrome: { permissions: { request: () => Promise<boolean> } } }).chrome.permissions.request = async () => true;
    });
    await page.getByRole('button', { name: 'Edit Smart' }).click();
    const form = page.getByRole('form', { name: 'Edit “Smart”' });
    await form.getByLabel('Name', { exact: true }).fill('Smart Prepaid');
    await form.getByRole('button', { name: 'Save carrier' }).click();
    await expect.poll(() => page.locator('[data-line-id="l-data"]').textContent()).toContain('Smart Prepaid');
    await expect(page.getByRole('button', { name: 'Edit Smart Prepaid' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Edit Smart', exact: true }).count()).resolves.toBe(0);
    // In the store, not only on screen.
    await page.reload();
    await expect.poll(() => page.locator('[data-line-id="l-data"]').textContent()).toContain('Smart Prepaid');
  });
});
