import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';
import { datedSample } from './dated-sample';

/** A browser in Simplified Chinese gets LineKeeper in Simplified Chinese, numbers and dates included. */
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension({ locale: 'zh-CN' });
});
afterAll(async () => session?.close());

describe('LineKeeper in Simplified Chinese', () => {
  it('shows the options page and the popup in Chinese', async () => {
    const options = await session.openPage('options.html');
    await expect(options.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(options.locator('h1').textContent()).resolves.toBe('保号助手设置');
    await options.locator('#backup-file').setInputFiles(datedSample().path);
    await options.locator('input[type=radio][value=replace]').check();
    await options.getByTestId('restore-preview').locator('button.primary').click();
    await expect.poll(() => options.getByTestId('status').textContent()).toContain('已恢复');
    await options.close();

    const popup = await session.openPage('popup.html');
    await popup.locator('.lines').waitFor();
    await expect(popup.locator('h1').textContent()).resolves.toBe('我的号码');
    const cmhk = popup.locator('.lines > li').first();
    await expect(cmhk.locator('.countdown').textContent()).resolves.toContain('剩 11 天');
    await expect(cmhk.textContent()).resolves.toMatch(/最晚 \d+月\d+日 充值/);
    // Accessible names start with the button's words (WCAG 2.5.3), then name the line.
    await expect(popup.getByRole('button', { name: /^记录充值：/ }).count()).resolves.toBe(4);
    await expect(popup.getByRole('button', { name: '去充值：HK CMHK（运营商网站）' }).textContent()).resolves.toBe('去充值');
    // No top-up page for the eSIM's carrier: the card says so in words.
    await expect(popup.locator('.lines > li', { hasText: 'Travel data eSIM' }).locator('p.muted', { hasText: '暂无该运营商的充值页面' }).count()).resolves.toBe(1);
  });
});
