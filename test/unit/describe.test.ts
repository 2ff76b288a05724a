import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import zh from '../../public/_locales/zh_CN/messages.json';
import { countdownText, nextActionText, shownState } from '../../components/popup/describe';
import { lineStatus } from '../../utils/domain/status';
import { formatShortDate } from '../../utils/i18n/format';
import { catalogMessage, englishMessage } from './setup';
import { makeLine } from './fixtures';

const LONDON = 'Europe/London';
const NOW = new Date('2026-11-22T10:00:00Z');

const chineseMessage = catalogMessage(zh);

afterEach(() => {
  fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
});

describe('next action in words', () => {
  it('names the last safe day with "by", and says "today" on it (not "before" a day that is today)', () => {
    const expiry = (expiresOn: string) => nextActionText(lineStatus(makeLine({ expiresOn, keepAlive: null }), NOW, LONDON), 'en-GB');
    expect(expiry('2026-12-03')).toBe('Top up by 3 Dec');
    expect(expiry('2026-11-22')).toBe('Top up today');
    const keepAlive = (now: Date) => nextActionText(lineStatus(makeLine({ lastActivityOn: '2026-06-10', keepAlive: { activityEveryDays: 180 } }), now, LONDON), 'en-GB');
    expect(keepAlive(NOW)).toBe('Use the line by 7 Dec (a call, text or data)');
    expect(keepAlive(new Date('2026-12-07T10:00:00Z'))).toBe('Use the line today (a call, text or data)');
  });

  it('says the same in Chinese', () => {
    fakeBrowser.i18n.getMessage = chineseMessage as typeof fakeBrowser.i18n.getMessage;
    const status = (expiresOn: string) => lineStatus(makeLine({ expiresOn, keepAlive: null }), NOW, LONDON);
    expect(nextActionText(status('2026-12-03'), 'zh-CN')).toBe('最晚 12月3日 充值');
    expect(nextActionText(status('2026-11-22'), 'zh-CN')).toBe('请今天充值');
    expect(countdownText(status('2026-11-22'))).toBe('今天是最后一天');
  });

  it('writes the year of a date more than six months away, ahead or past', () => {
    // A Smart top-up (valid 365 days): "Top up by 22 Nov" on 23 Nov would read as yesterday.
    const ahead = lineStatus(makeLine({ expiresOn: '2027-11-22', keepAlive: null }), new Date('2026-11-23T10:00:00Z'), LONDON);
    expect(nextActionText(ahead, 'en-GB')).toBe('Top up by 22 Nov 2027');
    const past = lineStatus(makeLine({ expiresOn: '2025-12-03', keepAlive: null }), NOW, LONDON);
    expect(nextActionText(past, 'en-GB')).toContain('3 Dec 2025');
    expect(formatShortDate('2027-05-25', 'en-GB', '2026-11-22')).toBe('25 May 2027'); // 184 days
    expect(formatShortDate('2027-05-24', 'en-GB', '2026-11-22')).toBe('24 May'); // 183 days
    expect(formatShortDate('2027-11-22', 'zh-CN', '2026-11-22')).toBe('2027年11月22日');
    expect(formatShortDate('2027-11-22', 'en-GB')).toBe('22 Nov');
  });

  it('asks for the last use of a keep-alive line instead of "No deadline · Nothing to do"', () => {
    // As the line form makes a giffgaff line: 180 days from the carrier, last activity left empty.
    const status = lineStatus(makeLine({ expiresOn: null, lastActivityOn: null, keepAlive: { activityEveryDays: 180 } }), NOW, LONDON);
    expect(status.nextAction).toEqual({ kind: 'record-activity' });
    expect(countdownText(status)).toBe('Last use unknown');
    expect(nextActionText(status, 'en-GB')).toBe('Last use not recorded: use the line, then press “Activity done”');
    // Shown as needing attention, not in the green of "all fine".
    expect(shownState(status)).toBe('unknown');
    // An urgent expiry still comes first: a top-up is a use too.
    const urgent = lineStatus(makeLine({ expiresOn: '2026-11-25', lastActivityOn: null, keepAlive: { activityEveryDays: 180 } }), NOW, LONDON);
    expect(urgent.nextAction).toEqual({ kind: 'top-up-by', date: '2026-11-25' });
    expect(shownState(urgent)).toBe('urgent');
    // A far expiry does not make it green: the keep-alive deadline it hides may be close.
    const far = lineStatus(makeLine({ expiresOn: '2027-05-20', lastActivityOn: null, keepAlive: { activityEveryDays: 70 } }), NOW, LONDON);
    expect(far.state).toBe('ok');
    expect(shownState(far)).toBe('unknown');
  });
});
