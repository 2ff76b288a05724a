import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { notificationText } from '../../../utils/background/notification-text';
import { uiLocale } from '../../../utils/i18n';
import { catalogMessage, englishMessage } from '../setup';

const chineseMessage = catalogMessage(zh);

afterEach(() => {
  fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
});

describe('reminder words', () => {
  const expiry = (daysLeft: number) => ({ label: 'HK CMHK', details: { kind: 'expiry', deadline: '2026-11-16', daysLeft } as const });
  const keepAlive = (daysLeft: number) => ({ label: 'UK giffgaff', details: { kind: 'keep-alive', deadline: '2026-11-16', daysLeft } as const });

  it('speak of a deadline still ahead as ahead, and of a passed one as past', () => {
    expect(notificationText(expiry(3), 'en-GB').message).toBe('Valid until the end of 16 Nov. Top up or renew to keep the number.');
    expect(notificationText(expiry(-6), 'en-GB')).toEqual({ title: 'HK CMHK has expired', message: 'Validity ended on 16 Nov. Top up now to try to recover the number.' });
    expect(notificationText(keepAlive(-6), 'en-GB').message).toBe('The last day to use the line was 16 Nov. Use or top up the line now.');
    const card = (daysLeft: number) => notificationText({ label: 'Visa', details: { kind: 'card-expiry', cardLabel: 'Visa', last4: '4242', lastDay: '2026-10-31', daysLeft, lineLabels: ['UK giffgaff', 'HK CMHK'] } }, 'en-GB').message;
    expect(card(-22)).toBe('Expired at the end of 31 Oct. It pays for: UK giffgaff, HK CMHK. Update the card at the carrier.');
  });

  it('in Chinese too', () => {
    fakeBrowser.i18n.getMessage = chineseMessage as typeof fakeBrowser.i18n.getMessage;
    expect(notificationText(keepAlive(-6), 'zh-CN').message).toBe('保号期限 11月16日 已过。请立即使用或充值。');
    expect(notificationText(keepAlive(2), 'zh-CN').message).toBe('请最晚于 11月16日 打电话、发短信或充值，以保留号码。');
  });
});

describe('the UI locale', () => {
  it('is the browser\'s when its catalog is served, and the catalog\'s language otherwise', () => {
    fakeBrowser.i18n.getUILanguage = () => 'en-GB';
    expect(uiLocale()).toBe('en-GB');
    // A zh-TW or zh-HK browser is served the English catalog (there is no zh_TW): English dates, not 12月3日.
    fakeBrowser.i18n.getUILanguage = () => 'zh-TW';
    expect(uiLocale()).toBe('en');
    fakeBrowser.i18n.getMessage = chineseMessage as typeof fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getUILanguage = () => 'zh-CN';
    expect(uiLocale()).toBe('zh-CN');
    fakeBrowser.i18n.getUILanguage = () => 'zh';
    expect(uiLocale()).toBe('zh-CN');
  });
});
