import { describe, expect, it } from 'vitest';
import { keepAliveDeadline, lineDeadlines, lineStatus, sortByUrgency, stateForDaysLeft } from '../../utils/domain/status';
import { makeLine } from './fixtures';

const NOW = new Date('2026-11-22T10:00:00Z');
const ZONE = 'Europe/London';

describe('deadlines', () => {
  it('keep-alive deadline is last activity + allowed inactivity', () => {
    expect(keepAliveDeadline(makeLine({ lastActivityOn: '2026-06-10', keepAlive: { activityEveryDays: 180 } }))).toBe('2026-12-07');
    expect(keepAliveDeadline(makeLine({ lastActivityOn: null }))).toBeNull();
    expect(keepAliveDeadline(makeLine({ keepAlive: null }))).toBeNull();
  });

  it('lists expiry and keep-alive, earliest first', () => {
    const line = makeLine({ expiresOn: '2026-12-03', lastActivityOn: '2026-06-10' });
    expect(lineDeadlines(line)).toEqual([
      { kind: 'expiry', date: '2026-12-03' },
      { kind: 'keep-alive', date: '2026-12-07' },
    ]);
  });
});

describe('state', () => {
  it('maps days left to ok / soon / urgent / expired', () => {
    expect(stateForDaysLeft(null)).toBe('ok');
    expect(stateForDaysLeft(31)).toBe('ok');
    expect(stateForDaysLeft(30)).toBe('soon');
    expect(stateForDaysLeft(8)).toBe('soon');
    expect(stateForDaysLeft(7)).toBe('urgent');
    expect(stateForDaysLeft(0)).toBe('urgent');
    expect(stateForDaysLeft(-1)).toBe('expired');
  });

  it('says what to do next', () => {
    expect(lineStatus(makeLine({ expiresOn: '2026-12-03', keepAlive: null }), NOW, ZONE).nextAction).toEqual({ kind: 'top-up-by', date: '2026-12-03' });
    expect(lineStatus(makeLine({ lastActivityOn: '2026-06-10' }), NOW, ZONE).nextAction).toEqual({ kind: 'use-by', date: '2026-12-07' });
    expect(lineStatus(makeLine({ expiresOn: '2026-11-20', keepAlive: null }), NOW, ZONE).nextAction.kind).toBe('expired');
    expect(lineStatus(makeLine({ keepAlive: null, lastActivityOn: null }), NOW, ZONE).nextAction).toEqual({ kind: 'none' });
  });

  it('flags low balance from the threshold plan or the reminder mark', () => {
    const threshold = makeLine({ balance: 3800, renewal: { kind: 'threshold', below: 5000, topUp: 10000 } });
    expect(lineStatus(threshold, NOW, ZONE).lowBalance).toBe(true);
    const mark = makeLine({ balance: 100, reminders: { daysBefore: [7], lowBalanceBelow: 200, timeOfDay: '09:00', repeat: 'once' } });
    expect(lineStatus(mark, NOW, ZONE).lowBalance).toBe(true);
    expect(lineStatus(makeLine({ balance: 300 }), NOW, ZONE).lowBalance).toBe(false);
  });

  it('flags a balance-paid renewal the balance cannot cover, not a card-paid one', () => {
    const plan = { kind: 'cycle', months: 6, amount: 5000, nextOn: '2026-12-03' } as const;
    expect(lineStatus(makeLine({ balance: 3800, renewal: plan }), NOW, ZONE).renewalUncovered).toBe(true);
    expect(lineStatus(makeLine({ balance: 3800, renewal: plan, paymentMethodId: 'pm' }), NOW, ZONE).renewalUncovered).toBe(false);
    expect(lineStatus(makeLine({ balance: 6000, renewal: plan }), NOW, ZONE).renewalUncovered).toBe(false);
  });

  it('counts days in the line\'s own zone: a Hong Kong line seen from London', () => {
    // 20:00 in London on the 22nd is already the 23rd in Hong Kong.
    const evening = new Date('2026-11-22T20:00:00Z');
    const hk = makeLine({ expiresOn: '2026-11-25', keepAlive: null, timeZone: 'Asia/Hong_Kong' });
    expect(lineStatus(hk, evening, ZONE).daysLeft).toBe(2);
    expect(lineStatus({ ...hk, timeZone: undefined }, evening, ZONE).daysLeft).toBe(3);
  });
});

describe('urgency order', () => {
  it('puts expired first, then fewest days left, then lines without deadline; archived lines are left out', () => {
    const lines = [
      makeLine({ id: 'none', label: 'A none', keepAlive: null, lastActivityOn: null }),
      makeLine({ id: 'far', label: 'B far', expiresOn: '2027-06-01', keepAlive: null }),
      makeLine({ id: 'expired-long', label: 'C', expiresOn: '2026-10-01', keepAlive: null }),
      makeLine({ id: 'soon', label: 'D soon', lastActivityOn: '2026-06-10' }),
      makeLine({ id: 'expired-just', label: 'E', expiresOn: '2026-11-21', keepAlive: null }),
      makeLine({ id: 'archived', label: 'F', expiresOn: '2026-11-01', keepAlive: null, archived: true }),
      makeLine({ id: 'unknown-use', label: 'A unknown', expiresOn: null, lastActivityOn: null, keepAlive: { activityEveryDays: 180 } }),
    ];
    const order = sortByUrgency(lines.map((line) => lineStatus(line, NOW, ZONE))).map((status) => status.line.id);
    // A keep-alive line with no recorded use may be close to its deadline: before lines that have none.
    expect(order).toEqual(['expired-long', 'expired-just', 'soon', 'far', 'unknown-use', 'none']);
  });
});
