import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from './harness';
import { datedSample } from './dated-sample';

/** Keyboard and screen-reader basics, and the system theme, checked on the real pages. */
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension({ locale: 'en-GB' });
  const options = await session.openPage('options.html');
  await options.locator('#backup-file').setInputFiles(datedSample().path);
  await options.locator('input[type=radio][value=replace]').check();
  await options.getByTestId('restore-preview').locator('button.primary').click();
  await options.getByTestId('status').filter({ hasText: 'Restored' }).waitFor();
  await options.close();
});
afterAll(async () => session?.close());

/** Visible controls with no accessible name (label, aria-label, aria-labelledby, or text for buttons). */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    // tabindex=-1 marks focus targets for scripts (a heading, the main region), not controls.
    Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href], [tabindex]:not([tabindex="-1"])'))
      .filter((element) => element.checkVisibility() && !(element instanceof HTMLInputElement && element.type === 'hidden'))
      .filter((element) => {
        const labelled = element.getAttribute('aria-label')?.trim() || element.getAttribute('aria-labelledby')?.split(' ').some((id) => document.getElementById(id)?.textContent?.trim());
        const labels = 'labels' in element ? Array.from((element as HTMLInputElement).labels ?? []).some((label) => label.textContent?.trim()) : false;
        const text = (element.localName === 'button' || element.localName === 'a') && element.textContent?.trim();
        return !(labelled || labels || text || element.getAttribute('title')?.trim());
      })
      .map((element) => element.outerHTML.slice(0, 120)),
  );
}

describe('accessibility and theme', () => {
  for (const path of ['popup.html', 'options.html', 'options.html#add']) {
    it(`every control on ${path} has a name`, async () => {
      const page = await session.openPage(path);
      await page.locator('.lines, .empty, h1').first().waitFor();
      await page.waitForTimeout(200);
      await expect(unnamedControls(page)).resolves.toEqual([]);
      await page.close();
    });
  }

  it('text is the theme\'s 14 px (not Chromium\'s 75 % for extension pages), and every popup button is at least 24 px tall (WCAG 2.5.8)', async () => {
    for (const path of ['popup.html', 'options.html']) {
      const page = await session.openPage(path);
      await page.locator('.lines, h1').first().waitFor();
      await expect(page.evaluate(() => getComputedStyle(document.body).fontSize), path).resolves.toBe('14px');
      if (path === 'popup.html') {
        const short = await page.evaluate(() =>
          Array.from(document.querySelectorAll('button'))
            .filter((button) => button.checkVisibility() && button.getBoundingClientRect().height < 24)
            .map((button) => `${button.textContent} ${button.getBoundingClientRect().height}`),
        );
        expect(short).toEqual([]);
      }
      await page.close();
    }
  });

  it('the keyboard reaches the popup\'s actions in reading order, with a visible focus ring', async () => {
    const popup = await session.openPage('popup.html');
    await popup.locator('.lines').waitFor();
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      await popup.keyboard.press('Tab');
      seen.push(await popup.evaluate(() => (document.activeElement as HTMLElement).getAttribute('aria-label') ?? document.activeElement?.textContent ?? ''));
    }
    expect(seen[0]).toBe('Manage lines and settings');
    // The first line's controls (its reminders, then Top up, Log, Activity) come before the second line's.
    const firstLineTopUp = seen.findIndex((name) => name === "Top up HK CMHK on the carrier's site");
    const secondLineFirst = seen.findIndex((name) => name.includes('UK giffgaff'));
    expect(firstLineTopUp).toBeGreaterThan(0);
    expect(seen[firstLineTopUp + 1]).toBe('Log top-up for HK CMHK');
    expect(secondLineFirst).toBeGreaterThan(firstLineTopUp);
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    // WCAG 1.4.11: the ring stands out at 3:1 from the page behind it (outline-offset puts it there), in both themes.
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const [ring, behind] = await popup.evaluate(() => [getComputedStyle(document.activeElement!).outlineColor, getComputedStyle(document.body).backgroundColor]);
      expect(contrastRatio(ring!, behind!), `${colorScheme}: ${ring} on ${behind}`).toBeGreaterThanOrEqual(3);
    }
    await popup.close();
  });

  it('every popup button\'s accessible name starts with its visible words (WCAG 2.5.3 label in name), reminders\' included', async () => {
    // The worker shows the sample's due reminders just after the restore; the popup then offers Snooze and Done.
    let popup = await session.openPage('popup.html');
    for (let tries = 0; (await popup.locator('.reminder-actions button').count()) === 0 && tries < 20; tries++) {
      await popup.close();
      await new Promise((resolve) => setTimeout(resolve, 250));
      popup = await session.openPage('popup.html');
      await popup.locator('.lines').waitFor();
    }
    const buttons = await popup.evaluate(() =>
      Array.from(document.querySelectorAll('button'))
        .filter((button) => button.checkVisibility())
        .map((button) => [button.innerText.trim(), button.getAttribute('aria-label') ?? button.textContent?.trim() ?? ''] as const),
    );
    expect(buttons.map(([shown]) => shown)).toEqual(expect.arrayContaining(['Snooze 1 hour', 'Snooze till tomorrow', 'Done', 'Top up', 'Log top-up', 'Activity done']));
    // A symbol (the ⚙ settings button) has no words to repeat.
    const mismatched = buttons.filter(([shown, name]) => /\p{L}/u.test(shown) && !name.toLowerCase().startsWith(shown.toLowerCase()));
    expect(mismatched).toEqual([]);
    // A reminder's buttons name it with its line, though the card shows it without (the card is titled with the line).
    const cmhk = popup.locator('.lines > li', { hasText: 'HK CMHK' });
    await expect(cmhk.locator('.reminder-text strong').allTextContents()).resolves.toEqual(expect.not.arrayContaining([expect.stringContaining('HK CMHK')]));
    await expect(cmhk.getByRole('button', { name: /^Snooze 1 hour: HK CMHK/ }).count()).resolves.toBeGreaterThan(0);
    // Each reminder: its title on a line of its own, its words, then its buttons in one row under them.
    const layout = await popup.evaluate(() =>
      Array.from(document.querySelectorAll('.reminders li')).map((item) => {
        const title = item.querySelector('.reminder-text strong')!.getBoundingClientRect();
        const words = document.createRange();
        words.selectNodeContents(item.querySelector('.reminder-text')!.lastChild!);
        const lines = Array.from(words.getClientRects());
        const buttons = Array.from(item.querySelectorAll('.reminder-actions button'), (button) => button.getBoundingClientRect().top);
        return {
          text: item.textContent,
          titleAlone: lines[0]!.top >= title.bottom - 1,
          oneRow: new Set(buttons.map(Math.round)).size <= 1,
          under: buttons.every((top) => top >= Math.max(...lines.map((line) => line.bottom)) - 1),
        };
      }),
    );
    expect(layout.length).toBeGreaterThan(0);
    expect(layout.filter((item) => !(item.titleAlone && item.oneRow && item.under))).toEqual([]);
    await popup.close();
  });

  it('the popup\'s log form keeps its amount, Save and Cancel on one row', async () => {
    const popup = await session.openPage('popup.html');
    await popup.locator('.lines').waitFor();
    // GBP: the longest English label of the sample's currencies' forms is as long as this one.
    await popup.getByRole('button', { name: 'Log top-up for UK giffgaff' }).click();
    const top = (name: string) => popup.getByRole('button', { name, exact: true }).evaluate((button) => Math.round(button.getBoundingClientRect().top));
    const [save, cancel] = [await top('Save'), await top('Cancel')];
    expect(cancel).toBe(save);
    const input = await popup.getByLabel('Amount paid (GBP)').boundingBox();
    expect(Math.abs(input!.y - save)).toBeLessThan(input!.height);
    await popup.close();
  });

  it('amounts and counts in the options\' tables line up on their last digit, their column heads with them', async () => {
    const options = await session.openPage('options.html');
    await options.locator('table.history').waitFor();
    const alignments = await options.evaluate(() =>
      Array.from(document.querySelectorAll('table')).flatMap((table) => {
        const heads = Array.from(table.querySelectorAll('thead th'));
        return heads.flatMap((head, column) =>
          ['Total', 'Amount', 'Top-ups'].includes(head.textContent ?? '')
            ? [head, ...Array.from(table.querySelectorAll('tbody tr'), (row) => row.children[column]!)].map((cell) => `${head.textContent} ${cell.textContent}: ${getComputedStyle(cell).textAlign}`)
            : [],
        );
      }),
    );
    // Spend per month and per line (Total; Total, Top-ups) and the history (Amount), heads and cells.
    expect(alignments.length).toBeGreaterThanOrEqual(10);
    expect(alignments.filter((alignment) => !/: (end|right)$/.test(alignment))).toEqual([]);
    await options.close();
  });

  it('options layout: the header lines up with the page, controls in a row line up whatever their labels, a focused heading shows no ring', async () => {
    const options = await session.openPage('options.html#add');
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.locator('#line-form-title').waitFor();
    await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('line-form-title');
    const layout = await options.evaluate(() => {
      const left = (selector: string) => Math.round(document.querySelector(selector)!.getBoundingClientRect().left);
      // Fields of one grid row share a top; their controls must too ("Activity needed every (days) (optional)" wraps).
      const misaligned = Array.from(document.querySelectorAll('.grid')).flatMap((grid) => {
        const byRow = new Map<number, number[]>();
        for (const field of Array.from(grid.children).filter((child) => child.classList.contains('field'))) {
          const control = field.querySelector('input, select, textarea');
          if (!control) continue;
          const row = Math.round(field.getBoundingClientRect().top);
          byRow.set(row, [...(byRow.get(row) ?? []), Math.round(control.getBoundingClientRect().top)]);
        }
        return Array.from(byRow.values()).filter((tops) => new Set(tops).size > 1).map((tops) => tops.join(','));
      });
      return { h1: left('.page-header h1'), nav: left('.page-header nav'), main: left('main'), misaligned, ring: getComputedStyle(document.activeElement!).outlineStyle };
    });
    expect(layout).toEqual({ h1: layout.main, nav: layout.main, main: layout.main, misaligned: [], ring: 'none' });
    await options.close();
  });

  it('follows the system\'s light or dark theme', async () => {
    const popup = await session.openPage('popup.html');
    await popup.locator('.lines').waitFor();
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await popup.emulateMedia({ colorScheme: 'dark' });
    const dark = await background();
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).not.toBe(light);
    await popup.close();
  });
});

/** WCAG contrast ratio of two `rgb(r, g, b)` colours. */
function contrastRatio(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
