/** Dates and times for people, in the UI language. */
/** "2026-11-15T08:00:00-05:00" as the wall-clock time it was written in (the carrier's statement time). */
export function formatWhen(at: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(at);
  if (!match) return at;
  const [, y, m, d, hh, mm] = match.map(Number) as [number, number, number, number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d, hh, mm));
}

/** `2026-01-15` as the locale writes a day ("15 Jan 2026", "2026年1月15日"). */
export function formatDay(day: string, locale: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

export function formatMonth(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

