import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { britishDay, datedSample } from './dated-sample';

/**
 * The whole foundation as a user meets it: restore the sample in the options page, see the lines
 * in urgency order in the popup, act on them, add a line, restart the browser, and still see it all.
 */
let session: ExtensionSession;
let profileDir: string;
// The sample, with its dates kept at the same distance from today as on the day these tests were written.
const sample = datedSample();

// A British user: dates read "3 Dec", money "£15.12".
const LOCALE = 'en-GB';

beforeAll(async () => {
  session = await launchExtension({ locale: LOCALE });
  profileDir = session.profileDir;
});
afterAll(async () => session?.close());

const headings = (popup: Page) => popup.locator('.lines > li h2').allTextContents();

async function openPopup(): Promise<Page> {
  const popup = await session.openPage('popup.html');
  await popup.locator('.lines, .empty').first().waitFor();
  return popup;
}

describe('popup in Chromium', () => {
  it('leads to adding the first line when there is none', async () => {
    const popup = await openPopup();
    await expect(popup.getByRole('heading', { name: 'No lines yet' }).isVisible()).resolves.toBe(true);
    const [options] = await Promise.all([session.context.waitForEvent('page'), popup.getByRole('button', { name: 'Add your first line' }).click()]);
    await options.waitForURL(/options\.html#add$/);
    await options.close();
  });

  it('shows the restored sample, most urgent first, with countdowns, money and next actions', async () => {
    const options = await session.openPage('options.html');
    await options.getByLabel('Backup file to restore').setInputFiles(sample.path);
    await options.getByRole('radio', { name: /^Replace/ }).check();
    await options.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => options.getByTestId('status').textContent()).toContain('Restored');
    await options.close();

    const popup = await openPopup();
    // Nearest deadlines: CMHK expires 3 Dec, giffgaff's keep-alive ends 7 Dec, Ultra 15 Dec, the eSIM 31 Jan.
    expect(await headings(popup)).toEqual(['HK CMHK', 'UK giffgaff', 'US Ultra PayGo', 'Travel data eSIM']);
    const cmhk = popup.locator('.lines > li').first();
    await expect(cmhk.textContent()).resolves.toContain('China Mobile Hong Kong · +852 9123 4567');
    await expect(cmhk.textContent()).resolves.toContain('HK$38.00');
    await expect(cmhk.textContent()).resolves.toContain('1 GB');
    await expect(cmhk.textContent()).resolves.toContain(`Top up by ${britishDay(sample.shift('2026-12-03'))}`);
    await expect(cmhk.locator('.countdown').textContent()).resolves.toBe('Soon: 11 days left');
    const giffgaff = popup.locator('.lines > li', { hasText: 'UK giffgaff' });
    await expect(giffgaff.textContent()).resolves.toContain(`Use the line by ${britishDay(sample.shift('2026-12-07'))}`);
    await expect(giffgaff.textContent()).resolves.toContain('+44 7700 900123');
    await popup.close();
  });

  it('logs a top-up from the popup: the balance rises and the line moves down the list', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Log top-up for UK giffgaff' }).click();
    const amount = popup.getByLabel('Amount paid (GBP)');
    await amount.fill('ten');
    await expect(popup.getByRole('alert').textContent()).resolves.toBe('Enter a number such as 10 or 10.50');
    await amount.fill('10');
    await popup.getByRole('button', { name: 'Save' }).click();
    const giffgaff = popup.locator('.lines > li', { hasText: 'UK giffgaff' });
    await expect.poll(() => giffgaff.locator('.balance').textContent()).toBe('£15.12');
    // A top-up is activity: the keep-alive deadline is 180 days away now, so giffgaff is last.
    await expect.poll(() => headings(popup)).toEqual(['HK CMHK', 'US Ultra PayGo', 'Travel data eSIM', 'UK giffgaff']);
    await popup.close();
  });

  it('snoozes a shown reminder until tomorrow from the popup', async () => {
    // CMHK's expiry ladder (30, 7, 1 days before, repeated daily) is on: the worker has shown it.
    let popup = await openPopup();
    const tomorrow = () => popup.getByRole('button', { name: /^Snooze till tomorrow: HK CMHK/ });
    for (let tries = 0; (await tomorrow().count()) === 0 && tries < 20; tries++) {
      await popup.close();
      await new Promise((resolve) => setTimeout(resolve, 250));
      popup = await openPopup();
    }
    // CMHK has more than one reminder on (its expiry, and a balance below its mark): snooze one.
    const before = await tomorrow().count();
    await tomorrow().first().click();
    await expect.poll(() => popup.locator('.lines > li', { hasText: 'HK CMHK' }).locator('.reminders').textContent()).toContain('Snoozed');
    await expect(tomorrow().count()).resolves.toBe(before - 1);
    await popup.close();
  });

  it('marks activity done by keyboard alone', async () => {
    const popup = await openPopup();
    const button = popup.getByRole('button', { name: 'Activity done today for US Ultra PayGo' });
    await button.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('status').last().textContent()).toBe('Marked US Ultra PayGo as used today');
    await popup.close();
  });

  it('shows a line added by hand in the options page', async () => {
    const options = await session.openPage('options.html#add');
    await options.getByLabel('Name', { exact: true }).fill('Backup Three');
    await options.getByLabel('Carrier', { exact: true }).selectOption('three-uk');
    await options.getByLabel('Phone number').fill('07700 900777');
    await options.getByRole('button', { name: 'Save line' }).click();
    await expect.poll(() => options.getByTestId('status').textContent()).toContain('Saved');
    await options.close();
    const popup = await openPopup();
    await expect(popup.locator('.lines > li', { hasText: 'Backup Three' }).textContent()).resolves.toContain('Three UK · +44 7700 900777');
    await popup.close();
  });

  it('still shows everything after the browser restarts on the same profile', async () => {
    await session.close({ keepProfile: true });
    session = await launchExtension({ profileDir, locale: LOCALE });
    const popup = await openPopup();
    expect((await headings(popup)).sort()).toEqual(['Backup Three', 'HK CMHK', 'Travel data eSIM', 'UK giffgaff', 'US Ultra PayGo']);
    await expect(popup.locator('.lines > li', { hasText: 'UK giffgaff' }).locator('.balance').textContent()).resolves.toBe('£15.12');
  });
});
