import { describe, expect, it } from 'vitest';
import { dismissed } from '../../../utils/reminders/memory';
import { line, settings, wakeAt, type World } from './fixtures';

/** Every occurrence the worker would show, waking each hour from `from` until `until`. */
function shownHourly(world: World, from: string, until: string): string[] {
  const shown: string[] = [];
  for (let t = Date.parse(from); t < Date.parse(until); t += 3_600_000) {
    for (const due of wakeAt(world, new Date(t).toISOString()).due) shown.push(`${new Date(t).toISOString()} ${due.occurrenceOn} daysLeft=${(due.details as { daysLeft: number }).daysLeft}`);
  }
  return shown;
}

describe('travel: the user zone changes while a line lives in its carrier\'s zone', () => {
  it('London -> Hong Kong: a once-only "7 days" step already shown in London is not shown again in Hong Kong', () => {
    // A giffgaff line (carrier zone Europe/London), reminders at 07:00, once.
    const w: World = {
      zone: 'Europe/London',
      lines: [line({ expiresOn: '2026-12-10', timeZone: 'Europe/London', reminders: { daysBefore: [7], timeOfDay: '07:00', repeat: 'once' } })],
      settings: settings(),
    };
    const london = wakeAt(w, '2026-12-03T07:00:00Z').due;
    expect(london.map((d) => d.details)).toEqual([{ kind: 'expiry', deadline: '2026-12-10', daysLeft: 7 }]);
    // Flies home to Hong Kong the same day; the browser runs there from the evening on.
    w.zone = 'Asia/Hong_Kong';
    expect(shownHourly(w, '2026-12-03T14:00:00Z', '2026-12-09T00:00:00Z')).toEqual([]);
  });

  it('Los Angeles -> London, a Hong Kong line at 09:00: the "7 days" step is not shown a second time', () => {
    const w: World = {
      zone: 'America/Los_Angeles',
      lines: [line({ expiresOn: '2026-12-10', timeZone: 'Asia/Hong_Kong', reminders: { daysBefore: [7], timeOfDay: '09:00', repeat: 'once' } })],
      settings: settings(),
    };
    expect(wakeAt(w, '2026-12-02T17:00:00Z').due.map((d) => d.details)).toEqual([{ kind: 'expiry', deadline: '2026-12-10', daysLeft: 7 }]);
    w.zone = 'Europe/London';
    expect(shownHourly(w, '2026-12-03T06:00:00Z', '2026-12-09T00:00:00Z')).toEqual([]);
  });
});


describe('travel after Done', () => {
  it('London -> Hong Kong: a step silenced by Done in London stays silenced in Hong Kong (daily repeat)', () => {
    const w: World = {
      zone: 'Europe/London',
      lines: [line({ expiresOn: '2026-12-10', timeZone: 'Europe/London', reminders: { daysBefore: [7, 1], timeOfDay: '07:00', repeat: 'daily' } })],
      settings: settings(),
    };
    const first = wakeAt(w, '2026-12-03T07:00:00Z').due[0]!;
    w.memory!.set(first.key, dismissed(w.memory!.get(first.key)!, first.step));
    w.zone = 'Asia/Hong_Kong';
    expect(shownHourly(w, '2026-12-03T14:00:00Z', '2026-12-08T12:00:00Z')).toEqual([]);
  });
});
