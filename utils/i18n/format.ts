import type { IsoDate } from '../domain/types';

const shortDateFormatters = new Map<string, Intl.DateTimeFormat>();

/** Beyond about six months from today, "22 Nov" could be either year: the year is written. */
const YEARLESS_DAYS = 183;

/**
 * "3 Dec" / "12月3日": a calendar date for people, in their language (no zone shift: it is a day).
 * Given `today`, a date more than about six months away (ahead or past) gets its year: "22 Nov 2027".
 */
export function formatShortDate(date: IsoDate, locale: string, today?: IsoDate): string {
  const time = utcTime(date);
  // Calendar days by UTC midnights, not dates.ts: the popup's bundle stays free of date-fns.
  const withYear = today !== undefined && Math.abs(time - utcTime(today)) > YEARLESS_DAYS * 86_400_000;
  const key = `${locale}|${withYear}`;
  let formatter = shortDateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
    shortDateFormatters.set(key, formatter);
  }
  return formatter.format(time);
}

function utcTime(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Megabytes as "350 MB" or "1.5 GB", in the user's number format. */
export function formatData(megabytes: number, locale: string): string {
  if (megabytes >= 1024) {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(megabytes / 1024)} GB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(megabytes)} MB`;
}
