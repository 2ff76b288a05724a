import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween, todayIn, wallClockToInstant } from '../../../utils/domain/dates';
import { keepAliveDeadline } from '../../../utils/domain/status';
import type { Line, ReminderRepeat, Settings } from '../../../utils/domain/types';
import { delivered } from '../../../utils/reminders/memory';
import { planReminders } from '../../../utils/reminders/plan';
import type { ReminderMemory } from '../../../utils/reminders/types';
import { line } from './fixtures';

const ZONES = ['Europe/London', 'America/New_York', 'America/Sao_Paulo', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Australia/Sydney'];
const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');
const END = START + 365 * DAY;
const START_DATE = '2026-01-01';

interface Delivery {
  key: string;
  occurrenceOn: string;
  at: number;
  wake: number;
  /** Days left where the line lives, for deadline reminders. */
  daysLeft: number | null;
}

interface Run {
  deliveries: Delivery[];
  wakes: number[];
}

/**
 * The worker over a year: it wakes at its own alarm, after every kill (restarted a second later;
 * the killed run recorded nothing) and when the browser starts again after a closed gap (a missed
 * alarm fires then). Memory is all it keeps, as in the store.
 */
function simulate(lines: Line[], settings: Settings, zone: string, gaps: [number, number][], kills: number[]): Run {
  const memory = new Map<string, ReminderMemory>();
  const deliveries: Delivery[] = [];
  const wakes: number[] = [];
  const closedAt = (t: number) => gaps.find(([from, to]) => t >= from && t < to);
  const pendingKills = [...kills].sort((a, b) => a - b);
  const restarts: number[] = [];
  let alarm: number | null = START;
  let now = START - 1;
  for (let guard = 0; guard < 20_000; guard++) {
    const candidates = [alarm, pendingKills[0], restarts[0], ...gaps.map(([, to]) => to).filter((to) => to > now)].filter((t): t is number => t !== null && t !== undefined && t > now);
    if (candidates.length === 0) break;
    let t = Math.min(...candidates);
    if (t >= END) break;
    const gap = closedAt(t);
    if (gap) t = gap[1];
    now = t;
    while (pendingKills.length && pendingKills[0]! <= now) {
      pendingKills.shift();
      // Killed mid-run, before recording anything; restarted by the next event.
      restarts.push(now + 1000);
      restarts.sort((a, b) => a - b);
    }
    while (restarts.length && restarts[0]! < now) restarts.shift();
    if (restarts[0] === now) restarts.shift();
    if (restarts.includes(now + 1000) && !closedAt(now)) continue;
    wakes.push(now);
    const plan = planReminders({ lines, settings, paymentMethods: [], memory, now: new Date(now), zone });
    for (const due of plan.due) {
      memory.set(due.key, delivered(memory.get(due.key), due, new Date(now)));
      deliveries.push({ key: due.key, occurrenceOn: due.occurrenceOn, at: now, wake: wakes.length - 1, daysLeft: 'daysLeft' in due.details ? due.details.daysLeft : null });
    }
    if (plan.nextWakeAt !== null && plan.nextWakeAt <= now) throw new Error(`next wake ${new Date(plan.nextWakeAt).toISOString()} not after now`);
    alarm = plan.nextWakeAt;
  }
  return { deliveries, wakes };
}

/** The occurrences of a deadline reminder, written out plainly (independent of the planner). */
function expectedOccurrences(deadline: string, daysBefore: number[], repeat: ReminderRepeat): string[] {
  const steps = [...new Set(daysBefore.map((n) => addDays(deadline, -n)))].sort();
  const dates: string[] = [];
  steps.forEach((step, i) => {
    const until = steps[i + 1] ?? addDays(deadline, 1);
    for (let date = step; date < until; ) {
      dates.push(date);
      if (repeat === 'once') break;
      date = addDays(date, repeat === 'daily' ? 1 : 7);
    }
  });
  return dates;
}

const TIMES = ['00:30', '01:30', '02:30', '07:00', '09:00', '12:45', '20:30', '23:59'];
const arbPrefs = fc.record({
  daysBefore: fc.uniqueArray(fc.constantFrom(30, 14, 7, 3, 1, 0), { minLength: 1, maxLength: 5 }),
  timeOfDay: fc.constantFrom(...TIMES),
  repeat: fc.constantFrom<ReminderRepeat>('once', 'daily', 'weekly'),
});
const arbLine = (index: number) =>
  fc.record({
    expiryOffset: fc.option(fc.integer({ min: -20, max: 380 }), { nil: null }),
    activityOffset: fc.option(fc.integer({ min: -200, max: 200 }), { nil: null }),
    keepAliveDays: fc.constantFrom(30, 90, 180),
    prefs: fc.option(arbPrefs, { nil: null }),
  }).map(({ expiryOffset, activityOffset, keepAliveDays, prefs }) =>
    line({
      id: `l${index}`,
      expiresOn: expiryOffset === null ? null : addDays(START_DATE, expiryOffset),
      lastActivityOn: activityOffset === null ? null : addDays(START_DATE, activityOffset),
      keepAlive: activityOffset === null ? null : { activityEveryDays: keepAliveDays },
      reminders: prefs,
    }),
  );
const arbLines = fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbLine(i))));
const arbSettings = arbPrefs.map((prefs): Settings => ({ ...prefs }));
const arbGaps = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 364 * 24 }), fc.integer({ min: 1, max: 24 * 12 })), { maxLength: 5 })
  .map((gaps) => gaps.map(([startHour, hours]): [number, number] => [START + startHour * 3_600_000, START + (startHour + hours) * 3_600_000]));
const arbKills = fc.array(fc.integer({ min: 0, max: 365 * 24 * 60 }), { maxLength: 15 }).map((minutes) => minutes.map((m) => START + m * 60_000));

describe.each(ZONES)('every occurrence exactly once, none early, in %s', (zone) => {
  it('over a simulated year with the browser closed and the worker killed at random', () => {
    fc.assert(
      fc.property(arbLines, arbSettings, arbGaps, arbKills, (lines, settings, gaps, kills) => {
        const { deliveries } = simulate(lines, settings, zone, gaps, kills);
        // Before the simulation starts the worker did not exist: as good as closed.
        const closedBetween = (from: number, to: number) => from < START || gaps.some(([a, b]) => a < to && b > from) || kills.some((k) => k >= from && k < to);

        // Never twice.
        const seen = new Set(deliveries.map((d) => `${d.key}|${d.occurrenceOn}`));
        expect(seen.size).toBe(deliveries.length);
        // At most one per reminder per wake (one catch-up after a gap).
        expect(new Set(deliveries.map((d) => `${d.key}|${d.wake}`)).size).toBe(deliveries.length);

        for (const l of lines) {
          const prefs = l.reminders ?? settings;
          const deadlines: [string, string][] = [];
          if (l.expiresOn) deadlines.push([`expiry:${l.id}:${l.expiresOn}`, l.expiresOn]);
          const keepAlive = keepAliveDeadline(l);
          if (keepAlive) deadlines.push([`keep-alive:${l.id}:${keepAlive}`, keepAlive]);
          for (const [key, deadline] of deadlines) {
            const expected = expectedOccurrences(deadline, prefs.daysBefore, prefs.repeat).map((date) => ({
              date,
              at: wallClockToInstant(date, prefs.timeOfDay, zone).getTime(),
            }));
            const mine = deliveries.filter((d) => d.key === key);
            for (const d of mine) {
              const occurrence = expected.find((o) => o.date === d.occurrenceOn);
              // Only real occurrences, never before their time.
              expect(occurrence, `${key} delivered ${d.occurrenceOn}`).toBeDefined();
              expect(d.at).toBeGreaterThanOrEqual(occurrence!.at);
              // Late only when the browser was closed or the worker killed in between.
              if (d.at > occurrence!.at + 1000) expect(closedBetween(occurrence!.at, d.at + 1)).toBe(true);
            }
            for (const o of expected) {
              if (o.at < START || o.at > END - 2 * DAY) continue;
              // The browser must be open again before the simulation ends for anything to be shown.
              let reopens = o.at;
              for (let gap = gaps.find(([a, b]) => reopens >= a && reopens < b); gap; gap = gaps.find(([a, b]) => reopens >= a && reopens < b)) reopens = gap[1];
              if (reopens >= END - DAY) continue;
              // Delivered itself, or covered by a later occurrence in the one catch-up after a gap.
              const covering = mine.find((d) => d.at >= o.at && d.occurrenceOn >= o.date);
              expect(covering, `${key} occurrence ${o.date} lost`).toBeDefined();
              if (covering!.occurrenceOn !== o.date) expect(closedBetween(o.at, covering!.at + 1)).toBe(true);
            }
          }
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 25) },
    );
  }, 600_000);
});

describe.each(ZONES)('quiet hours and carrier zones in %s', (zone) => {
  it('nothing is shown in quiet hours, early or twice', () => {
    const arbQuiet = fc.record({ start: fc.constantFrom('21:00', '22:30', '00:00'), end: fc.constantFrom('06:00', '07:30', '08:00') });
    const arbLineZone = fc.constantFrom(undefined, ...ZONES);
    fc.assert(
      fc.property(arbLines, arbSettings, arbQuiet, fc.array(arbLineZone, { minLength: 4, maxLength: 4 }), arbGaps, (lines0, settings0, quietHours, lineZones, gaps) => {
        const lines = lines0.map((l, i) => ({ ...l, timeZone: lineZones[i] }));
        const settings = { ...settings0, quietHours };
        const { deliveries } = simulate(lines, settings, zone, gaps, []);
        expect(new Set(deliveries.map((d) => `${d.key}|${d.occurrenceOn}`)).size).toBe(deliveries.length);
        const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
        for (const d of deliveries) {
          const local = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d.at);
          const minutes = toMinutes(local);
          const [start, end] = [toMinutes(quietHours.start), toMinutes(quietHours.end)];
          const quiet = start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
          expect(quiet, `${d.key} shown at ${local}`).toBe(false);
          // Never early where the line lives: no more days left there than the ladder's first step.
          const l = lines.find((candidate) => d.key.startsWith(`expiry:${candidate.id}:`) || d.key.startsWith(`keep-alive:${candidate.id}:`))!;
          const deadline = d.key.slice(d.key.lastIndexOf(':') + 1);
          const daysLeftThere = daysBetween(todayIn(new Date(d.at), l.timeZone ?? zone), deadline);
          expect(d.daysLeft).toBe(daysLeftThere);
          expect(daysLeftThere).toBeLessThanOrEqual(Math.max(...(l.reminders ?? settings).daysBefore));
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 15) },
    );
  }, 600_000);
});
