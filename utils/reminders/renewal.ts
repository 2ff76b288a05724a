import { addMonthsOnDay, dayOfMonthClamped, keepsCycleDay, nextMonthlyDate } from '../domain/dates';
import { addDays } from './calendar';
import { markActivityDone } from '../domain/topup';
import type { IsoDate, Line } from '../domain/types';
import type { LineContext } from './context';
import type { Reminder } from './types';

/** The latest fixed-day date on or before `today` (clamped at month ends). */
export function monthlyDateOnOrBefore(today: IsoDate, day: number): IsoDate {
  const thisMonth = dayOfMonthClamped(today.slice(0, 7), day);
  return thisMonth <= today ? thisMonth : addMonthsOnDay(today, -1, day);
}

function renewalReminder(line: Line, on: IsoDate, amount: number, plan: 'cycle' | 'monthly', ctx: LineContext): Reminder {
  const { prefs, clock, zone } = ctx;
  return {
    key: `renewal:${line.id}:${on}`,
    kind: 'renewal',
    lineId: line.id,
    lineIds: [line.id],
    label: line.label,
    severity: 'soon',
    anchor: 'data',
    // Shown on the renewal day and, until confirmed, repeated.
    steps: [clock.userDayFor(on, zone, prefs.timeOfDay)],
    repeat: prefs.repeat,
    timeOfDay: prefs.timeOfDay,
    details: { kind: 'renewal', on, amount, currency: line.currency, plan },
    ...(plan === 'monthly' ? { followsCalendar: true as const } : {}),
  };
}

/**
 * "Auto-renewal of HK$50 expected on 3 Dec — confirm it went through, or top up".
 * A cycle's reminder lasts until confirmed (confirmRenewal moves `nextOn` on, a new key).
 * A fixed monthly day's reminder is resolved by activity on or after that day (a logged top-up or a
 * confirmation), or replaced by the next month's when that day comes.
 */
export function renewalReminders(ctx: LineContext): Reminder[] {
  const { line, today } = ctx;
  const plan = line.renewal;
  if (plan.kind === 'cycle') return [renewalReminder(line, plan.nextOn, plan.amount, 'cycle', ctx)];
  if (plan.kind !== 'monthly') return [];
  const reminders: Reminder[] = [];
  const current = monthlyDateOnOrBefore(today, plan.day);
  if (!line.lastActivityOn || line.lastActivityOn < current) reminders.push(renewalReminder(line, current, plan.amount, 'monthly', ctx));
  // The coming one, so the worker wakes for it.
  reminders.push(renewalReminder(line, nextMonthlyDate(addDays(today, 1), plan.day), plan.amount, 'monthly', ctx));
  return reminders;
}

/**
 * The expiry after a renewal on `renewedOn` went through: one that ended by then now runs to the
 * next renewal (what was paid for); a later one, or none, stays as it was.
 */
function paidUntil(expiresOn: IsoDate | null, renewedOn: IsoDate, nextOn: IsoDate): IsoDate | null {
  return expiresOn !== null && expiresOn <= renewedOn ? nextOn : expiresOn;
}

/**
 * The user confirms the renewal went through. A cycle moves on by its months, on its day of the
 * month, clamped at month ends (31 Jan, 28 Feb, 31 Mar: the day is kept while a month is too short).
 * Money moved, so a renewal day that has come counts as activity too, which also resolves a
 * fixed-day plan's reminder.
 */
export function confirmRenewal(line: Line, today: IsoDate): Line {
  const plan = line.renewal;
  if (plan.kind === 'cycle') {
    const { day: _old, ...rest } = plan;
    const day = plan.day ?? Number(plan.nextOn.slice(8));
    const nextOn = addMonthsOnDay(plan.nextOn, plan.months, day);
    const moved: Line = { ...line, renewal: keepsCycleDay(nextOn, day) ? { ...rest, nextOn, day } : { ...rest, nextOn }, expiresOn: paidUntil(line.expiresOn, plan.nextOn, nextOn) };
    return plan.nextOn <= today ? markActivityDone(moved, today) : moved;
  }
  if (plan.kind === 'monthly') {
    const renewed = monthlyDateOnOrBefore(today, plan.day);
    return markActivityDone({ ...line, expiresOn: paidUntil(line.expiresOn, renewed, nextMonthlyDate(addDays(renewed, 1), plan.day)) }, today);
  }
  return line;
}
