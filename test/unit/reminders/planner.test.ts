import { describe, expect, it } from 'vitest';
import { markActivityDone } from '../../../utils/domain/topup';
import { dismissed, snoozed, snoozeUntil } from '../../../utils/reminders/memory';
import { confirmRenewal, monthlyDateOnOrBefore } from '../../../utils/reminders/renewal';
import { iso, line, plan, settings, wakeAt, type World } from './fixtures';

describe('expiry ladder', () => {
  const world = (): World => ({ lines: [line({ expiresOn: '2026-12-10' })], settings: settings() });

  it('is due at the time of day on each step, never before', () => {
    const w = world();
    expect(iso(plan(w, '2026-11-01T00:00:00Z').nextWakeAt)).toBe('2026-11-10T09:00:00.000Z');
    expect(wakeAt(w, '2026-11-10T09:00:00Z').due.map((d) => d.occurrenceOn)).toEqual(['2026-11-10']);
    const before = plan(w, '2026-12-03T08:59:00Z');
    expect(before.due).toEqual([]);
    expect(iso(before.nextWakeAt)).toBe('2026-12-03T09:00:00.000Z');
    const at = wakeAt(w, '2026-12-03T09:00:00Z');
    expect(at.due.map((d) => [d.key, d.occurrenceOn, d.late])).toEqual([['expiry:l1:2026-12-10', '2026-12-03', false]]);
    expect(at.due[0]!.details).toEqual({ kind: 'expiry', deadline: '2026-12-10', daysLeft: 7 });
    expect(iso(at.nextWakeAt)).toBe('2026-12-07T09:00:00.000Z');
  });

  it('does not fire an occurrence twice', () => {
    const w = world();
    wakeAt(w, '2026-11-10T09:00:00Z');
    wakeAt(w, '2026-12-03T09:00:00Z');
    expect(plan(w, '2026-12-03T09:00:30Z').due).toEqual([]);
    expect(plan(w, '2026-12-06T23:00:00Z').due).toEqual([]);
  });

  it('catches up once after a gap, with the latest step', () => {
    const w = world();
    wakeAt(w, '2026-11-10T09:00:00Z');
    const after = wakeAt(w, '2026-12-09T12:00:00Z');
    expect(after.due.map((d) => [d.occurrenceOn, d.late])).toEqual([['2026-12-09', true]]);
    expect(plan(w, '2026-12-09T12:01:00Z').due).toEqual([]);
    expect(iso(after.nextWakeAt)).toBe('2026-12-10T09:00:00.000Z');
  });

  it('uses the line\'s own ladder and time of day', () => {
    const w: World = { lines: [line({ expiresOn: '2026-12-10', reminders: { daysBefore: [2], timeOfDay: '07:30', repeat: 'once' } })], settings: settings() };
    expect(iso(plan(w, '2026-12-01T00:00:00Z').nextWakeAt)).toBe('2026-12-08T07:30:00.000Z');
  });

  it('stays on wall-clock time across a DST change', () => {
    const w: World = { lines: [line({ expiresOn: '2026-04-01', reminders: { daysBefore: [7, 0], timeOfDay: '09:00', repeat: 'once' } })], settings: settings() };
    // 25 March is GMT, 1 April is BST: 09:00 local is 09:00Z, then 08:00Z.
    expect(iso(plan(w, '2026-03-20T00:00:00Z').nextWakeAt)).toBe('2026-03-25T09:00:00.000Z');
    wakeAt(w, '2026-03-25T09:00:00Z');
    expect(iso(plan(w, '2026-03-25T10:00:00Z').nextWakeAt)).toBe('2026-04-01T08:00:00.000Z');
  });

  it('counts a carrier-zone line\'s days where it lives', () => {
    // A Hong Kong line seen from London: HK's 3 Dec begins at 16:00 London on 2 Dec, so the
    // 09:00 London reminder for "expires today" comes on 3 Dec, and it says 0 days.
    const w: World = { lines: [line({ expiresOn: '2026-12-03', timeZone: 'Asia/Hong_Kong', reminders: { daysBefore: [0], timeOfDay: '09:00', repeat: 'once' } })], settings: settings() };
    expect(iso(plan(w, '2026-12-01T00:00:00Z').nextWakeAt)).toBe('2026-12-03T09:00:00.000Z');
    const due = plan(w, '2026-12-03T09:00:00Z').due[0]!;
    expect(due.details).toEqual({ kind: 'expiry', deadline: '2026-12-03', daysLeft: 0 });
    // At 17:00 London on 3 Dec it is already 4 Dec in Hong Kong: the line has expired.
    expect(plan(w, '2026-12-03T17:00:00Z').attention).toEqual([{ lineId: 'l1', severity: 'expired' }]);
  });
});

describe('repeat', () => {
  it('repeats daily until the deadline, then stops', () => {
    const w: World = { lines: [line({ expiresOn: '2026-12-10' })], settings: settings({ daysBefore: [3], repeat: 'daily' }) };
    const days: string[] = [];
    for (let day = 5; day <= 14; day++) {
      for (const due of wakeAt(w, `2026-12-${String(day).padStart(2, '0')}T10:00:00Z`).due) days.push(due.occurrenceOn);
    }
    expect(days).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10']);
  });

  it('repeats weekly from each step', () => {
    const w: World = { lines: [line({ expiresOn: '2027-01-30' })], settings: settings({ daysBefore: [30, 3], repeat: 'weekly' }) };
    const days: string[] = [];
    for (let t = Date.parse('2026-12-25T10:00:00Z'); t < Date.parse('2027-02-05T00:00:00Z'); t += 86_400_000) {
      for (const due of wakeAt(w, new Date(t).toISOString()).due) days.push(due.occurrenceOn);
    }
    expect(days).toEqual(['2026-12-31', '2027-01-07', '2027-01-14', '2027-01-21', '2027-01-27']);
  });
});

describe('snooze', () => {
  it('holds a reminder until the snooze ends, then shows it once', () => {
    const w: World = { lines: [line({ expiresOn: '2026-12-10' })], settings: settings() };
    wakeAt(w, '2026-12-03T09:00:00Z');
    const key = 'expiry:l1:2026-12-10';
    const until = snoozeUntil('hour', new Date('2026-12-03T09:05:00Z'), 'Europe/London', '09:00');
    w.memory!.set(key, snoozed(w.memory!.get(key)!, until));
    expect(plan(w, '2026-12-03T09:30:00Z').due).toEqual([]);
    expect(iso(plan(w, '2026-12-03T09:30:00Z').nextWakeAt)).toBe('2026-12-03T10:05:00.000Z');
    expect(wakeAt(w, '2026-12-03T10:05:00Z').due.map((d) => d.late)).toEqual([true]);
    expect(plan(w, '2026-12-03T10:06:00Z').due).toEqual([]);
  });

  it('lists active reminders for the popup: delivered or not, snoozed or not, never resolved ones', () => {
    const w: World = { lines: [line({ expiresOn: '2026-12-10' })], settings: settings() };
    const key = 'expiry:l1:2026-12-10';
    // On, but not shown yet (its time of day has not come): listed, nothing to snooze.
    expect(plan(w, '2026-12-03T08:00:00Z').active.map((a) => [a.key, a.delivered, a.snoozed])).toEqual([[key, false, false]]);
    wakeAt(w, '2026-12-03T09:00:00Z');
    expect(plan(w, '2026-12-03T09:01:00Z').active.map((a) => [a.key, a.delivered, a.snoozed])).toEqual([[key, true, false]]);
    w.memory!.set(key, snoozed(w.memory!.get(key)!, snoozeUntil('hour', new Date('2026-12-03T09:05:00Z'), 'Europe/London', '09:00')));
    expect(plan(w, '2026-12-03T09:30:00Z').active.map((a) => a.snoozed)).toEqual([true]);
    // Done silences the step: no longer active.
    w.memory!.set(key, dismissed(w.memory!.get(key)!, '2026-12-03'));
    expect(plan(w, '2026-12-03T09:31:00Z').active).toEqual([]);
  });

  it('until tomorrow means tomorrow at the time of day, in the user\'s zone', () => {
    expect(iso(snoozeUntil('tomorrow', new Date('2026-07-01T22:30:00Z'), 'Asia/Shanghai', '08:00'))).toBe('2026-07-03T00:00:00.000Z');
  });
});

describe('quiet hours', () => {
  it('moves a reminder to the end of quiet hours', () => {
    const w: World = { lines: [line({ expiresOn: '2026-12-10' })], settings: settings({ daysBefore: [3], timeOfDay: '23:00', quietHours: { start: '22:00', end: '07:00' } }) };
    expect(iso(plan(w, '2026-12-01T00:00:00Z').nextWakeAt)).toBe('2026-12-08T07:00:00.000Z');
    expect(plan(w, '2026-12-07T23:30:00Z').due).toEqual([]);
    expect(plan(w, '2026-12-08T07:00:00Z').due).toHaveLength(1);
  });

  it('holds a catch-up found during quiet hours until they end', () => {
    const w: World = { lines: [line({ expiresOn: '2026-12-10' })], settings: settings({ daysBefore: [3], quietHours: { start: '22:00', end: '07:00' } }) };
    const night = plan(w, '2026-12-09T02:00:00Z');
    expect(night.due).toEqual([]);
    expect(iso(night.nextWakeAt)).toBe('2026-12-09T07:00:00.000Z');
  });
});

describe('resolution', () => {
  it('a new expiry date is a new reminder; the old one is stale', () => {
    const w: World = { lines: [line({ expiresOn: '2026-12-10' })], settings: settings() };
    wakeAt(w, '2026-12-03T09:00:00Z');
    w.lines = [line({ expiresOn: '2027-03-10' })];
    const after = plan(w, '2026-12-03T12:00:00Z');
    expect(after.due).toEqual([]);
    expect(after.staleKeys).toEqual(['expiry:l1:2026-12-10']);
    expect(after.attention).toEqual([]);
  });

  it('Done silences the current step\'s repeats but not the next step', () => {
    const w: World = { lines: [line({ expiresOn: '2026-12-10' })], settings: settings({ daysBefore: [7, 1], repeat: 'daily' }) };
    const first = wakeAt(w, '2026-12-03T09:00:00Z').due[0]!;
    w.memory!.set(first.key, dismissed(w.memory!.get(first.key)!, first.step));
    expect(plan(w, '2026-12-04T09:00:00Z').due).toEqual([]);
    expect(plan(w, '2026-12-04T09:00:00Z').attention).toEqual([]);
    expect(iso(plan(w, '2026-12-04T09:00:00Z').nextWakeAt)).toBe('2026-12-09T09:00:00.000Z');
    expect(plan(w, '2026-12-09T09:00:00Z').due.map((d) => d.occurrenceOn)).toEqual(['2026-12-09']);
  });

  it('archived lines are never reminded of', () => {
    const w: World = { lines: [line({ expiresOn: '2026-12-01', archived: true })], settings: settings() };
    expect(plan(w, '2026-12-03T09:00:00Z')).toMatchObject({ due: [], attention: [], nextWakeAt: null });
  });
});

describe('keep-alive', () => {
  it('reminds on the ladder before last activity + allowed inactivity', () => {
    const w: World = { lines: [line({ lastActivityOn: '2026-06-10', keepAlive: { activityEveryDays: 180 } })], settings: settings() };
    // 10 June + 180 days = 7 December; 30 days before = 7 November.
    const due = wakeAt(w, '2026-11-07T09:00:00Z').due;
    expect(due.map((d) => d.key)).toEqual(['keep-alive:l1:2026-12-07']);
    expect(due[0]!.details).toMatchObject({ daysLeft: 30 });
    // Marking activity done today moves the deadline: the old reminder is resolved.
    w.lines = [line({ lastActivityOn: '2026-11-07', keepAlive: { activityEveryDays: 180 } })];
    expect(plan(w, '2026-11-07T10:00:00Z')).toMatchObject({ due: [], staleKeys: ['keep-alive:l1:2026-12-07'] });
  });
});

describe('a line in a zone that changes its clocks', () => {
  it('keeps every step when two of its days fall on one of the user\'s (Tokyo user, London line, spring change)', () => {
    // 29 Mar 2026 in London (clocks go forward) runs from Tokyo 09:00 to 08:00 next day: no 08:30 in it.
    const w: World = {
      zone: 'Asia/Tokyo',
      lines: [line({ expiresOn: '2026-03-30', timeZone: 'Europe/London', reminders: { daysBefore: [1, 0], timeOfDay: '08:30', repeat: 'once' } })],
      settings: settings(),
    };
    const shown: string[] = [];
    for (let at = Date.parse('2026-03-25T00:00:00Z'); at < Date.parse('2026-04-02T00:00:00Z'); at += 15 * 60_000) {
      for (const due of wakeAt(w, new Date(at).toISOString()).due) shown.push(`${new Date(at).toISOString()} ${JSON.stringify(due.details)}`);
    }
    // The "1 day" step comes a day early rather than never (it says what is true then: 2 days).
    expect(shown).toEqual([
      '2026-03-28T23:30:00.000Z {"kind":"expiry","deadline":"2026-03-30","daysLeft":2}',
      '2026-03-29T23:30:00.000Z {"kind":"expiry","deadline":"2026-03-30","daysLeft":0}',
    ]);
  });
});

describe('a deadline that moved because the user acted', () => {
  it('"Used it today" on a 30-day keep-alive is not answered at once by "use it within 30 days"; the next step reminds', () => {
    const w: World = { lines: [line({ lastActivityOn: '2026-11-05', keepAlive: { activityEveryDays: 30 } })], settings: settings() };
    expect(wakeAt(w, '2026-11-28T09:00:00Z').due.map((d) => d.details)).toEqual([{ kind: 'keep-alive', deadline: '2026-12-05', daysLeft: 7 }]);
    w.lines = [markActivityDone(w.lines[0]!, '2026-11-28')];
    const after = wakeAt(w, '2026-11-28T09:05:00Z');
    expect(after.due).toEqual([]);
    expect(after.settled.map((d) => d.details)).toEqual([{ kind: 'keep-alive', deadline: '2026-12-28', daysLeft: 30 }]);
    // Settled is remembered: the next wakes do not bring it back, and the 7-day step comes.
    expect(wakeAt(w, '2026-11-29T09:00:00Z')).toMatchObject({ due: [], settled: [] });
    expect(wakeAt(w, '2026-12-21T09:00:00Z').due.map((d) => d.details)).toEqual([{ kind: 'keep-alive', deadline: '2026-12-28', daysLeft: 7 }]);
  });

  it('a reminder new to a line (no earlier one of its kind) is still told at once, late or not', () => {
    const w: World = { lines: [line({ lastActivityOn: '2026-11-05', keepAlive: { activityEveryDays: 30 } })], settings: settings() };
    expect(wakeAt(w, '2026-11-28T12:00:00Z').due).toHaveLength(1);
  });
});

describe('conditions', () => {
  const lowBalance = (balance: number) => line({ balance, reminders: { daysBefore: [7], lowBalanceBelow: 2000, timeOfDay: '09:00', repeat: 'daily' } });

  it('low balance is due at the time of day while it holds, daily', () => {
    const w: World = { lines: [lowBalance(1500)], settings: settings() };
    expect(plan(w, '2026-12-03T08:00:00Z').due).toEqual([]);
    expect(iso(plan(w, '2026-12-03T08:00:00Z').nextWakeAt)).toBe('2026-12-03T09:00:00.000Z');
    const due = wakeAt(w, '2026-12-03T09:00:00Z').due;
    expect(due.map((d) => [d.key, d.details])).toEqual([['low-balance:l1:2000', { kind: 'low-balance', balance: 1500, below: 2000, currency: 'GBP' }]]);
    expect(plan(w, '2026-12-03T18:00:00Z').due).toEqual([]);
    expect(wakeAt(w, '2026-12-04T09:00:00Z').due).toHaveLength(1);
  });

  it('is not lost when quiet hours move its time past midnight (23:00, quiet 22:00-07:00)', () => {
    const late = line({ balance: 1500, reminders: { daysBefore: [7], lowBalanceBelow: 2000, timeOfDay: '23:00', repeat: 'daily' } });
    const w: World = { lines: [late], settings: settings({ quietHours: { start: '22:00', end: '07:00' } }) };
    // Seen first in the night: nothing shown then, and the line counts once the time has come.
    expect(plan(w, '2026-12-03T02:00:00Z')).toMatchObject({ due: [], attention: [] });
    expect(iso(plan(w, '2026-12-03T02:00:00Z').nextWakeAt)).toBe('2026-12-03T07:00:00.000Z');
    // At the end of quiet hours it comes, and then every morning while the balance stays low.
    expect(wakeAt(w, '2026-12-03T07:00:00Z').due.map((d) => d.key)).toEqual(['low-balance:l1:2000']);
    expect(plan(w, '2026-12-03T12:00:00Z').due).toEqual([]);
    expect(iso(plan(w, '2026-12-03T12:00:00Z').nextWakeAt)).toBe('2026-12-04T07:00:00.000Z');
    expect(wakeAt(w, '2026-12-04T07:00:00Z').due).toHaveLength(1);
  });

  it('low balance is resolved when the balance is back above the mark', () => {
    const w: World = { lines: [lowBalance(1500)], settings: settings() };
    wakeAt(w, '2026-12-03T09:00:00Z');
    w.lines = [lowBalance(2500)];
    expect(plan(w, '2026-12-04T09:00:00Z')).toMatchObject({ due: [], staleKeys: ['low-balance:l1:2000'], attention: [] });
  });

  it('low data', () => {
    const w: World = { lines: [line({ dataMB: 350, reminders: { daysBefore: [], lowDataBelowMB: 500, timeOfDay: '20:30', repeat: 'once' } })], settings: settings() };
    const due = wakeAt(w, '2026-12-03T20:30:00Z').due;
    expect(due.map((d) => d.details)).toEqual([{ kind: 'low-data', dataMB: 350, belowMB: 500 }]);
    expect(plan(w, '2026-12-10T20:30:00Z').due).toEqual([]);
  });

  it('a threshold plan whose condition is met', () => {
    const w: World = { lines: [line({ currency: 'HKD', balance: 3800, renewal: { kind: 'threshold', below: 5000, topUp: 10000 } })], settings: settings() };
    expect(plan(w, '2026-12-03T09:00:00Z').due.map((d) => d.details)).toEqual([
      { kind: 'threshold', balance: 3800, below: 5000, topUp: 10000, currency: 'HKD' },
    ]);
    w.lines = [line({ currency: 'HKD', balance: 13800, renewal: { kind: 'threshold', below: 5000, topUp: 10000 } })];
    expect(plan(w, '2026-12-03T09:00:00Z').due).toEqual([]);
  });
});

describe('renewal', () => {
  const cycle = (nextOn: string, balance = 9000) =>
    line({ currency: 'HKD', balance, renewal: { kind: 'cycle', months: 6, amount: 5000, nextOn }, paymentMethodId: 'pm-visa' });

  it('a cycle renewal is due on its day and until confirmed', () => {
    const w: World = { lines: [cycle('2026-12-03')], settings: settings({ repeat: 'daily' }) };
    expect(plan(w, '2026-12-02T09:00:00Z').due).toEqual([]);
    const due = wakeAt(w, '2026-12-03T09:00:00Z').due;
    expect(due.map((d) => d.details)).toEqual([{ kind: 'renewal', on: '2026-12-03', amount: 5000, currency: 'HKD', plan: 'cycle' }]);
    expect(wakeAt(w, '2026-12-04T09:00:00Z').due).toHaveLength(1);
    w.lines = [confirmRenewal(cycle('2026-12-03'), '2026-12-04')];
    expect(w.lines[0]!.renewal).toMatchObject({ nextOn: '2027-06-03' });
    expect(plan(w, '2026-12-05T09:00:00Z').due).toEqual([]);
  });

  it('a confirmed renewal extends an expiry that ended by its day to the next renewal, and leaves a later one alone', () => {
    const due = line({ expiresOn: '2026-11-23', renewal: { kind: 'cycle', months: 6, amount: 5000, nextOn: '2026-11-23' } });
    expect(confirmRenewal(due, '2026-11-23')).toMatchObject({ expiresOn: '2027-05-23', renewal: { nextOn: '2027-05-23' } });
    const longer = line({ expiresOn: '2027-09-01', renewal: { kind: 'cycle', months: 6, amount: 5000, nextOn: '2026-11-23' } });
    expect(confirmRenewal(longer, '2026-11-23').expiresOn).toBe('2027-09-01');
    expect(confirmRenewal(line({ expiresOn: null, renewal: { kind: 'cycle', months: 1, amount: 500, nextOn: '2026-11-23' } }), '2026-11-23').expiresOn).toBeNull();
    // A fixed day each month: the renewal of 15 Nov, confirmed on the 16th, runs to 15 Dec.
    const monthly = line({ expiresOn: '2026-11-15', renewal: { kind: 'monthly', day: 15, amount: 300 } });
    expect(confirmRenewal(monthly, '2026-11-16')).toMatchObject({ expiresOn: '2026-12-15', lastActivityOn: '2026-11-16' });
  });

  it('confirming moves the cycle on by its months, clamped at month ends', () => {
    const monthly = line({ renewal: { kind: 'cycle', months: 1, amount: 500, nextOn: '2027-01-31' } });
    expect(confirmRenewal(monthly, '2027-01-31').renewal).toMatchObject({ nextOn: '2027-02-28' });
    expect(confirmRenewal(monthly, '2027-01-31').lastActivityOn).toBe('2027-01-31');
    const twelve = line({ renewal: { kind: 'cycle', months: 12, amount: 500, nextOn: '2028-02-29' } });
    expect(confirmRenewal(twelve, '2028-02-29').renewal).toMatchObject({ nextOn: '2029-02-28' });
  });

  it('a cycle on the 31st stays on the month\'s end after a short month, and does not drift to the 28th', () => {
    let l = line({ renewal: { kind: 'cycle', months: 1, amount: 500, nextOn: '2027-01-31' } });
    const seen: unknown[] = [];
    for (const today of ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']) {
      l = confirmRenewal(l, today);
      seen.push(l.renewal);
    }
    expect(seen).toEqual([
      { kind: 'cycle', months: 1, amount: 500, nextOn: '2027-02-28', day: 31 },
      { kind: 'cycle', months: 1, amount: 500, nextOn: '2027-03-31' },
      { kind: 'cycle', months: 1, amount: 500, nextOn: '2027-04-30', day: 31 },
      { kind: 'cycle', months: 1, amount: 500, nextOn: '2027-05-31' },
    ]);
    // Six months from 31 August: 28 February, then back on 31 August.
    const six = confirmRenewal(line({ renewal: { kind: 'cycle', months: 6, amount: 500, nextOn: '2026-08-31' } }), '2026-08-31');
    expect(confirmRenewal(six, '2027-02-28').renewal).toMatchObject({ nextOn: '2027-08-31' });
  });

  it('a fixed monthly day is resolved by activity on or after it', () => {
    const ultra = (lastActivityOn: string) => line({ currency: 'USD', balance: 1000, lastActivityOn, renewal: { kind: 'monthly', day: 15, amount: 300 }, paymentMethodId: 'pm' });
    const w: World = { lines: [ultra('2026-11-15')], settings: settings() };
    expect(plan(w, '2026-11-22T09:00:00Z').due).toEqual([]);
    expect(iso(plan(w, '2026-11-22T09:00:00Z').nextWakeAt)).toBe('2026-12-15T09:00:00.000Z');
    expect(plan(w, '2026-12-15T09:00:00Z').due.map((d) => d.key)).toEqual(['renewal:l1:2026-12-15']);
    w.lines = [confirmRenewal(ultra('2026-11-15'), '2026-12-15')];
    expect(plan(w, '2026-12-15T10:00:00Z').due).toEqual([]);
  });

  it('finds the latest fixed day on or before today, clamped', () => {
    expect(monthlyDateOnOrBefore('2026-03-30', 31)).toBe('2026-02-28');
    expect(monthlyDateOnOrBefore('2026-03-31', 31)).toBe('2026-03-31');
    expect(monthlyDateOnOrBefore('2026-03-14', 15)).toBe('2026-02-15');
  });

  it('warns when the balance will not cover the next renewal', () => {
    const w: World = {
      lines: [line({ currency: 'USD', balance: 100, renewal: { kind: 'monthly', day: 15, amount: 300 }, lastActivityOn: '2026-11-15' })],
      settings: settings({ daysBefore: [3] }),
    };
    const due = plan(w, '2026-12-12T09:00:00Z').due;
    expect(due.map((d) => d.details)).toEqual([{ kind: 'renewal-uncovered', on: '2026-12-15', amount: 300, balance: 100, currency: 'USD' }]);
    // Card-paid: the balance does not matter.
    w.lines = [{ ...w.lines[0]!, paymentMethodId: 'pm' }];
    expect(plan(w, '2026-12-12T09:00:00Z').due).toEqual([]);
  });
});

describe('payment card expiry', () => {
  it('warns 30 days before the card\'s last day, naming the lines it pays for', () => {
    const w: World = {
      lines: [line({ id: 'a', label: 'UK giffgaff', paymentMethodId: 'pm-visa' }), line({ id: 'b', label: 'US Ultra', paymentMethodId: 'pm-visa' }), line({ id: 'c', label: 'Other' })],
      paymentMethods: [{ id: 'pm-visa', label: 'Visa travel card', type: 'credit', last4: '4242', expires: '2027-01' }],
      settings: settings({ daysBefore: [30, 7] }),
    };
    expect(plan(w, '2026-12-31T09:00:00Z').due).toEqual([]);
    const due = plan(w, '2027-01-01T09:00:00Z').due;
    expect(due.map((d) => [d.key, d.details])).toEqual([
      ['card-expiry:pm-visa:2027-01', { kind: 'card-expiry', cardLabel: 'Visa travel card', last4: '4242', lastDay: '2027-01-31', daysLeft: 30, lineLabels: ['UK giffgaff', 'US Ultra'] }],
    ]);
    expect(plan(w, '2027-01-01T09:00:00Z').attention.map((a) => a.lineId)).toEqual(['a', 'b']);
  });

  it('one card\'s reminder going away does not silence another card\'s (cards have no line to tie them)', () => {
    const visa = { id: 'pm-visa', label: 'Visa', type: 'credit', last4: '4242', expires: '2027-01' } as const;
    const amex = { id: 'pm-amex', label: 'Amex', type: 'credit', last4: '1005', expires: '2027-01' } as const;
    const w: World = { lines: [line({ id: 'a', paymentMethodId: 'pm-visa' })], paymentMethods: [visa], settings: settings({ daysBefore: [30, 7] }) };
    expect(wakeAt(w, '2027-01-01T09:00:00Z').due.map((d) => d.key)).toEqual(['card-expiry:pm-visa:2027-01']);
    // The Visa is replaced by an Amex that expires too: its reminder is told, not settled.
    w.lines = [line({ id: 'a', paymentMethodId: 'pm-amex' })];
    w.paymentMethods = [amex];
    expect(wakeAt(w, '2027-01-02T09:00:00Z')).toMatchObject({ due: [expect.objectContaining({ key: 'card-expiry:pm-amex:2027-01' })], settled: [] });
  });

  it('a card that pays for nothing is not reminded of', () => {
    const w: World = { lines: [line()], paymentMethods: [{ id: 'pm', label: 'Old', type: 'debit', expires: '2027-01' }], settings: settings() };
    expect(plan(w, '2027-01-10T09:00:00Z').due).toEqual([]);
  });
});

describe('attention (the badge)', () => {
  it('counts expired lines and lines with a due reminder, worst first; not far-off ones', () => {
    const w: World = {
      lines: [
        line({ id: 'far', expiresOn: '2027-06-01' }),
        line({ id: 'soon', expiresOn: '2026-12-20' }),
        line({ id: 'dead', expiresOn: '2026-11-01' }),
        line({ id: 'urgent', expiresOn: '2026-12-05' }),
      ],
      settings: settings(),
    };
    expect(plan(w, '2026-12-03T12:00:00Z').attention).toEqual([
      { lineId: 'dead', severity: 'expired' },
      { lineId: 'urgent', severity: 'urgent' },
      { lineId: 'soon', severity: 'soon' },
    ]);
  });
});
