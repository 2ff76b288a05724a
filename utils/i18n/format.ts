import type { IsoDate } from '../domain/types';

const shortDateFormatters = new Map<string, Intl.DateTimeFormat>();

/** "3 Dec" / "12月3日": a calendar date for people, in their language (no zone shift: it is a day). */
export function formatShortDate(date: IsoDate, locale: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let formatter = shortDateFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    shortDateFormatters.set(locale, formatter);
  }
  return formatter.format(Date.UTC(y, m - 1, d));
}

/** Megabytes as "350 MB" or "1.5 GB", in the user's number format. */
export function formatData(megabytes: number, locale: string): string {
  if (megabytes >= 1024) {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(megabytes / 1024)} GB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(megabytes)} MB`;
}
