import { describe, expect, it } from 'vitest';
import { line, settings, wakeAt, type World } from './fixtures';


/** A London line due 17 Apr with a weekly 22/7 ladder at 07:00, woken on 26 Mar, 2 Apr and 9 Apr (in London). */
function weeklyLadderWokenThrice(): World {
  const w: World = {
    zone: 'Europe/London',
    lines: [line({ expiresOn: '2026-04-17', timeZone: 'Europe/London', reminders: { daysBefore: [22, 7], timeOfDay: '07:00', repeat: 'weekly' } })],
    settings: settings(),
  };
  wakeAt(w, '2026-03-26T07:00:00Z');
  wakeAt(w, '2026-04-02T06:00:00Z');
  wakeAt(w, '2026-04-09T06:00:00Z');
  return w;
}

describe('travel across a clock change: a remembered repeat stays within its ladder step', () => {
  it('London -> Hong Kong the day before the "14 days" step (daily repeat, ladder 30/14): that step is shown on its day in Hong Kong', () => {
    // A giffgaff line in London, deadline 20 Apr 2026, reminders at 07:00, daily. The 30-day step
    // (21 Mar) is before the UK's clock change (29 Mar), the 14-day step (6 Apr) after it.
    const w: World = {
      zone: 'Europe/London',
      lines: [line({ expiresOn: '2026-04-20', timeZone: 'Europe/London', reminders: { daysBefore: [30, 14], timeOfDay: '07:00', repeat: 'daily' } })],
      settings: settings(),
    };
    // In London every morning from the 30-day step to the day before the 14-day step.
    for (let day = 21; day <= 31; day++) wakeAt(w, `2026-03-${day}T${day < 29 ? '07' : '06'}:00:00Z`);
    for (let day = 1; day <= 5; day++) wakeAt(w, `2026-04-0${day}T06:00:00Z`);
    expect(w.memory!.get('expiry:l1:2026-04-20')?.sentOn).toBe('2026-04-05');
    // Flies to Hong Kong; the browser is opened there at 07:00 on 6 Apr (= 00:00 in London, 14 days left there).
    w.zone = 'Asia/Hong_Kong';
    const due = wakeAt(w, '2026-04-05T23:00:00Z').due;
    expect(due.map((d) => d.details)).toEqual([{ kind: 'expiry', deadline: '2026-04-20', daysLeft: 14 }]);
  });

  it('weekly repeat, ladder 22/7: the "7 days" step is not silently skipped after the flight', () => {
    // Deadline 17 Apr; 22-day step 26 Mar (GMT), 7-day step 10 Apr (BST): 15 days apart in London, 14 in Hong Kong at 07:00.
    const w = weeklyLadderWokenThrice();
    expect(w.memory!.get('expiry:l1:2026-04-17')?.sentOn).toBe('2026-04-09');
    w.zone = 'Asia/Hong_Kong';
    const shown: unknown[] = [];
    for (let t = Date.parse('2026-04-09T14:00:00Z'); t < Date.parse('2026-04-16T12:00:00Z'); t += 3_600_000) {
      for (const d of wakeAt(w, new Date(t).toISOString()).due) shown.push({ at: new Date(t).toISOString(), ...d.details });
    }
    // The 7-days-left step (10 Apr in London = from 07:00 10 Apr in Hong Kong) must come.
    expect(shown).toContainEqual({ at: '2026-04-09T23:00:00.000Z', kind: 'expiry', deadline: '2026-04-17', daysLeft: 7 });
  });

  it('control: without travel the same weekly ladder shows its "7 days" step in London', () => {
    const w = weeklyLadderWokenThrice();
    expect(wakeAt(w, '2026-04-10T06:00:00Z').due.map((d) => d.details)).toEqual([{ kind: 'expiry', deadline: '2026-04-17', daysLeft: 7 }]);
  });
});
