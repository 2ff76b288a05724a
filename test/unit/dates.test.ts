import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonthsClamped, daysBetween, isIsoDate, nextMonthlyDate, todayIn, wallClockToInstant } from '../../utils/domain/dates';

describe('calendar dates', () => {
  it('accepts only real days', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });

  it('clamps month arithmetic at month ends', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonthsClamped('2026-12-03', 6)).toBe('2027-06-03');
  });

  it('counts calendar days, not 24-hour periods', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2); // across the UK's spring DST change
    expect(daysBetween('2026-12-03', '2026-11-22')).toBe(-11);
  });

  it('finds the next fixed day of the month, clamped', () => {
    expect(nextMonthlyDate('2026-11-22', 15)).toBe('2026-12-15');
    expect(nextMonthlyDate('2026-11-15', 15)).toBe('2026-11-15');
    expect(nextMonthlyDate('2027-02-01', 31)).toBe('2027-02-28');
  });

  it('knows which day it is in a zone', () => {
    const now = new Date('2026-11-22T20:00:00Z');
    expect(todayIn(now, 'Europe/London')).toBe('2026-11-22');
    expect(todayIn(now, 'Asia/Hong_Kong')).toBe('2026-11-23');
  });

  it('places wall-clock times right across DST', () => {
    expect(wallClockToInstant('2026-03-29', '09:00', 'Europe/London').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(wallClockToInstant('2026-03-28', '09:00', 'Europe/London').toISOString()).toBe('2026-03-28T09:00:00.000Z');
  });

  it('adding then subtracting days is the identity', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -2000, max: 2000 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });

  it('month addition never overflows into the next month', () => {
    const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom(1, 3, 6, 12), (date, months) => {
        const result = addMonthsClamped(date, months);
        const expectedMonth = (Number(date.slice(5, 7)) - 1 + months) % 12;
        expect(Number(result.slice(5, 7)) - 1).toBe(expectedMonth);
        expect(isIsoDate(result)).toBe(true);
      }),
    );
  });
});
