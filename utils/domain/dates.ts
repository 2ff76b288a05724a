import { addDays as addDaysFns, addMonths, differenceInCalendarDays, isValid, lightFormat } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { IsoDate } from './types';

/**
 * Calendar dates are `YYYY-MM-DD` strings. Arithmetic runs on date-fns over local Dates set to
 * noon: date-fns' day and month functions work in calendar terms, and noon is never skipped or
 * repeated by a DST change, so no zone can shift a day. TZDate is kept for wall-clock instants
 * in a named zone (wallClockToInstant), which only the worker needs.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toCalendarDate(date: IsoDate): Date {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  const value = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  // Years 0-99 would be read as 1900-1999 by the Date constructor.
  value.setFullYear(Number(match[1]));
  return value;
}

function fromCalendarDate(date: Date): IsoDate {
  return lightFormat(date, 'yyyy-MM-dd');
}

/** True for a real calendar day written as `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = toCalendarDate(value);
  return isValid(date) && fromCalendarDate(date) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromCalendarDate(addDaysFns(toCalendarDate(date), days));
}

/** Adds calendar months, clamping at month ends: 31 Jan + 1 month = 28 (or 29) Feb. */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  return fromCalendarDate(addMonths(toCalendarDate(date), months));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toCalendarDate(to), toCalendarDate(from));
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day that `now` falls on in `timeZone` (IANA), read off Intl's calendar. */
export function todayIn(now: Date, timeZone: string): IsoDate {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' });
    dayFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(now).map((part) => [part.type, part.value]));
  return `${String(parts.year).padStart(4, '0')}-${parts.month}-${parts.day}`;
}

/** The day `day` of the month that `date` falls in, clamped to that month's last day. */
export function dayOfMonthClamped(yearMonth: string, day: number): IsoDate {
  const first = toCalendarDate(`${yearMonth}-01`);
  const lastDay = addDaysFns(addMonths(first, 1), -1).getDate();
  return `${yearMonth}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/**
 * A cycle's next date: `months` after `date`, on day `day` of that month (clamped at its end), so a
 * cycle on the 31st goes 31 Jan, 28 Feb, 31 Mar, and does not drift to the 28th.
 */
export function addMonthsOnDay(date: IsoDate, months: number, day: number): IsoDate {
  return dayOfMonthClamped(addMonthsClamped(`${date.slice(0, 7)}-01`, months).slice(0, 7), day);
}

/**
 * Whether a cycle on day `day` of the month keeps that day beside `nextOn`: only while `nextOn` is
 * that day clamped to a shorter month (day 31 and 28 Feb), since otherwise `nextOn` says it all.
 */
export function keepsCycleDay(nextOn: IsoDate, day: number): boolean {
  return day > Number(nextOn.slice(8)) && dayOfMonthClamped(nextOn.slice(0, 7), day) === nextOn;
}

/** The next date on or after `from` that is day `day` of its month (clamped at month ends). */
export function nextMonthlyDate(from: IsoDate, day: number): IsoDate {
  const thisMonth = dayOfMonthClamped(from.slice(0, 7), day);
  return thisMonth >= from ? thisMonth : addMonthsOnDay(from, 1, day);
}

/** Earlier of two optional dates. */
export function earliest(...dates: (IsoDate | null | undefined)[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (const date of dates) if (date && (best === null || date < best)) best = date;
  return best;
}

/** The instant a wall-clock `HH:MM` on `date` happens in `timeZone` (DST-safe). */
export function wallClockToInstant(date: IsoDate, timeOfDay: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = timeOfDay.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}

/** True for `HH:MM` in 00:00-23:59. */
export function isTimeOfDay(value: unknown): value is string {
  return typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** True for `YYYY-MM` with a month 01-12. */
export function isYearMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** True for an IANA zone name this runtime knows. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** `now` as an ISO 8601 date-time written with a zone offset of `offsetMinutes` east of UTC. */
export function isoWithOffset(now: Date, offsetMinutes: number): string {
  const local = new Date(now.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return local.toISOString().replace(/\.\d{3}Z$/, offset);
}

/** `instant` as an ISO 8601 date-time in `timeZone`'s wall clock, with that zone's offset at that instant. */
export function isoInZone(instant: Date, timeZone: string): string {
  return isoWithOffset(instant, -new TZDate(instant.getTime(), timeZone).getTimezoneOffset());
}
