import { addDays as addDaysUncached, daysBetween as daysBetweenUncached } from '../domain/dates';
import type { IsoDate } from '../domain/types';

/**
 * The domain's calendar arithmetic, memoised. Planning thousands of lines asks the same few
 * hundred questions ("2026-12-03 minus 7 days") over and over, and each answer costs a Date and a
 * format. The answers never change, so remembering them keeps the planner pure; the caches are
 * emptied when they grow large, so memory stays bounded.
 */
const LIMIT = 50_000;
const added = new Map<string, IsoDate>();
const between = new Map<string, number>();

export function addDays(date: IsoDate, days: number): IsoDate {
  const key = `${date}|${days}`;
  let result = added.get(key);
  if (result === undefined) {
    if (added.size >= LIMIT) added.clear();
    result = addDaysUncached(date, days);
    added.set(key, result);
  }
  return result;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  const key = `${from}|${to}`;
  let result = between.get(key);
  if (result === undefined) {
    if (between.size >= LIMIT) between.clear();
    result = daysBetweenUncached(from, to);
    between.set(key, result);
  }
  return result;
}
