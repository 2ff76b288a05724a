import { describe, expect, it } from 'vitest';
import { iso, line, plan, settings, wakeAt, type World } from './fixtures';

// A fixed-day monthly plan (card-paid, so only the renewal reminder itself) whose previous month was
// never confirmed: its memory is still there when the next month's renewal day comes.
const ultra = () =>
  line({ currency: 'USD', balance: 1000, lastActivityOn: '2026-10-20', renewal: { kind: 'monthly', day: 15, amount: 300 }, paymentMethodId: 'pm' });

describe('monthly renewal roll-over with the browser closed overnight', () => {
  it('the renewal-day reminder is shown when the browser opens on that day after the time of day (repeat once)', () => {
    const w: World = { lines: [ultra()], settings: settings({ repeat: 'once' }) };
    expect(wakeAt(w, '2026-11-15T09:00:00Z').due.map((d) => d.key)).toEqual(['renewal:l1:2026-11-15']);
    // Browser used every day until the evening of 14 Dec, closed for the night, opened at 10:00 on 15 Dec.
    for (let day = 16; day <= 30; day++) wakeAt(w, `2026-11-${day}T12:00:00Z`);
    for (let day = 1; day <= 14; day++) wakeAt(w, `2026-12-${String(day).padStart(2, '0')}T20:00:00Z`);
    const morning = wakeAt(w, '2026-12-15T10:00:00Z');
    expect(morning.due.map((d) => d.key)).toEqual(['renewal:l1:2026-12-15']);
  });

  it('control: the same day is shown when the worker happened to wake once after midnight', () => {
    const w: World = { lines: [ultra()], settings: settings({ repeat: 'once' }) };
    wakeAt(w, '2026-11-15T09:00:00Z');
    wakeAt(w, '2026-12-15T00:30:00Z');
    expect(wakeAt(w, '2026-12-15T10:00:00Z').due.map((d) => d.key)).toEqual(['renewal:l1:2026-12-15']);
  });

  it('renewal-uncovered: the first step of the next renewal is shown after the renewal day passes overnight', () => {
    // Balance-paid, balance under the amount, ladder [30, 7]: the 15 Jan renewal's 30-day step is 16 Dec.
    const l = line({ currency: 'USD', balance: 100, lastActivityOn: '2026-12-15', renewal: { kind: 'monthly', day: 15, amount: 300 } });
    const w: World = { lines: [l], settings: settings({ repeat: 'once', daysBefore: [30, 7] }) };
    expect(wakeAt(w, '2026-12-08T09:00:00Z').due.map((d) => d.key)).toEqual(['renewal-uncovered:l1:2026-12-15']);
    wakeAt(w, '2026-12-15T20:00:00Z');
    const next = wakeAt(w, '2026-12-16T10:00:00Z');
    expect(next.due.map((d) => d.key)).toEqual(['renewal-uncovered:l1:2027-01-15']);
  });
});

describe('a monthly renewal day corrected by the user', () => {
  it("renewal-uncovered: the corrected day's steps already passed are not notified at once (README: a corrected date)", () => {
    // Balance-paid monthly plan on the 20th, balance under the amount, ladder [30, 7, 3, 1, 0] at 09:00.
    const l = line({ currency: 'USD', balance: 100, lastActivityOn: '2026-11-20', renewal: { kind: 'monthly', day: 20, amount: 300 } });
    const w: World = { lines: [l], settings: settings({ repeat: 'once', daysBefore: [30, 7, 3, 1, 0] }) };
    expect(wakeAt(w, '2026-12-13T10:00:00Z').due.map((d) => d.key)).toEqual(['renewal-uncovered:l1:2026-12-20']);
    // On 16 Dec at 10:00 the user learns the plan renews on the 17th and corrects the day.
    w.lines = [{ ...l, renewal: { kind: 'monthly', day: 17, amount: 300 } }];
    const after = wakeAt(w, '2026-12-16T10:05:00Z');
    // The 1-day step (16 Dec 09:00) passed before the correction: settled, not shown at once.
    expect(after.due).toEqual([]);
    expect(after.settled.map((d) => d.key)).toEqual(['renewal-uncovered:l1:2026-12-17']);
  });
});
