import { todayIn, wallClockToInstant } from '../domain/dates';
import { addDays } from './calendar';
import type { QuietHours } from '../domain/types';

// Building a formatter costs far more than using one; one per zone is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function minutesOfDay(instant: Date, zone: string): number {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(zone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  const minute = Number(parts.find((part) => part.type === 'minute')?.value);
  return hour * 60 + minute;
}

function toMinutes(time: string): number {
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return hh * 60 + mm;
}

/**
 * When quiet hours hold `instant`, the end of them (a wall-clock time in `zone`); otherwise the
 * instant itself. Quiet hours may wrap midnight (22:00-07:00); start == end means none.
 */
export function afterQuietHours(instant: number, quiet: QuietHours | undefined, zone: string): number {
  if (!quiet || quiet.start === quiet.end) return instant;
  const date = new Date(instant);
  const minutes = minutesOfDay(date, zone);
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  const today = todayIn(date, zone);
  let endDay: string | null = null;
  if (start < end) {
    if (minutes >= start && minutes < end) endDay = today;
  } else if (minutes >= start) {
    endDay = addDays(today, 1);
  } else if (minutes < end) {
    endDay = today;
  }
  if (endDay === null) return instant;
  // A DST jump can put the wall-clock end before the instant; never move a reminder earlier.
  return Math.max(instant, wallClockToInstant(endDay, quiet.end, zone).getTime());
}
