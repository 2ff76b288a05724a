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

  it('give a day more than about six months away its year (an expired card of May 2024), not a near one', () => {
    const card = (lastDay: string, daysLeft: number) => notificationText({ label: 'Visa', details: { kind: 'card-expiry', cardLabel: 'Visa', last4: '4242', lastDay, daysLeft, lineLabels: ['HK CMHK'] } }, 'en-GB').message;
    expect(card('2024-05-31', -906)).toBe('Expired at the end of 31 May 2024. It pays for: HK CMHK. Update the card at the carrier.');
    expect(card('2026-10-31', -22)).toContain('end of 31 Oct.');
    expect(notificationText({ label: 'HK CMHK', details: { kind: 'expiry', deadline: '2025-12-01', daysLeft: -357 } }, 'en-GB').message).toBe('Validity ended on 1 Dec 2025. Top up now to try to recover the number.');
  });

  it('in Chinese too', () => {
    fakeBrowser.i18n.getMessage = chineseMessage as typeof fakeBrowser.i18n.getMessage;
    expect(notificationText(keepAlive(-6), 'zh-CN').message).toBe('保号期限 11月16日 已过。请立即使用或充值。');
    expect(notificationText(keepAlive(2), 'zh-CN').message).toBe('请最晚于 11月16日 打电话、发短信或充值，以保留号码。');
  });
});

describe('reminder titles in a line\'s own card (popup)', () => {
  type Details = Parameters<typeof notificationText>[0]['details'];
  const countdown = (kind: 'expiry' | 'keep-alive', daysLeft: number): Details => ({ kind, deadline: '2026-11-16', daysLeft });
  // Every line reminder kind (and each countdown wording): the notification's title, and the card's.
  const cases: [Details, string, string, string][] = [
    [countdown('expiry', -2), 'HK CMHK has expired', 'Expired', '已过期'],
    [countdown('expiry', 0), 'HK CMHK expires today', 'Expires today', '今天到期'],
    [countdown('expiry', 1), 'HK CMHK expires tomorrow', 'Expires tomorrow', '明天到期'],
    [countdown('expiry', 11), 'HK CMHK expires in 11 days', 'Expires in 11 days', '将在 11 天后到期'],
    [countdown('keep-alive', -2), 'HK CMHK missed its keep-alive deadline', 'Missed its keep-alive deadline', '已超过保号期限'],
    [countdown('keep-alive', 0), 'HK CMHK: use it today', 'Use it today', '请今天使用'],
    [countdown('keep-alive', 1), 'HK CMHK: use it by tomorrow', 'Use it by tomorrow', '请最迟明天使用'],
    [countdown('keep-alive', 15), 'HK CMHK: use it within 15 days', 'Use it within 15 days', '请在 15 天内使用'],
    [{ kind: 'low-balance', balance: 300, below: 500, currency: 'HKD' }, 'HK CMHK: balance low', 'Balance low', '余额不足'],
    [{ kind: 'low-data', dataMB: 100, belowMB: 500 }, 'HK CMHK: data running out', 'Data running out', '流量不足'],
    [{ kind: 'renewal', on: '2026-12-03', amount: 5000, currency: 'HKD', plan: 'cycle' }, 'HK CMHK: renewal due', 'Renewal due', '请确认续费'],
    [{ kind: 'threshold', balance: 300, below: 500, topUp: 5000, currency: 'HKD' }, 'HK CMHK: time to top up', 'Time to top up', '该充值了'],
    [{ kind: 'renewal-uncovered', on: '2026-12-03', amount: 5000, balance: 3800, currency: 'HKD' }, "HK CMHK: balance won't cover the renewal", "Balance won't cover the renewal", '余额不足以续费'],
  ];

  it('leave out the line\'s name, for every line reminder; the notification keeps its full title and the same message', () => {
    for (const [details, full, short] of cases) {
      const due = { label: 'HK CMHK', details };
      const notification = notificationText(due, 'en-GB');
      expect(notification.title, details.kind).toBe(full);
      expect(notificationText(due, 'en-GB', { inLine: true }), full).toEqual({ title: short, message: notification.message });
    }
  });

  it('in Chinese, the same words as the notification\'s, minus the name', () => {
    fakeBrowser.i18n.getMessage = chineseMessage as typeof fakeBrowser.i18n.getMessage;
    for (const [details, , , chinese] of cases) {
      const due = { label: 'HK CMHK', details };
      expect(notificationText(due, 'zh-CN', { inLine: true }).title).toBe(chinese);
      expect(notificationText(due, 'zh-CN').title).toMatch(new RegExp(`^HK CMHK[ ：]${chinese}$`));
    }
  });

  it('a payment card\'s reminder keeps its title: it names the card, not a line', () => {
    const due = { label: 'Visa', details: { kind: 'card-expiry', cardLabel: 'Visa', last4: '4242', lastDay: '2026-10-31', daysLeft: 5, lineLabels: ['HK CMHK'] } as Details };
    expect(notificationText(due, 'en-GB', { inLine: true })).toEqual(notificationText(due, 'en-GB'));
    expect(notificationText(due, 'en-GB').title).toContain('Visa ····4242');
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
