import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { likelyDuplicates, monthlyPlanCost, projectedMonthlyCost, spendByLine, spendByMonth, topUpMonth } from '../../utils/domain/spend';
import { parseBackup } from '../../utils/domain/backup';
import type { Line, TopUp } from '../../utils/domain/types';

const sample = parseBackup(readFileSync(resolve('../shared/fixtures/backup-v1.sample.json'), 'utf8'));
if (!sample.ok) throw new Error('sample backup must parse');
const { lines, topUps } = sample.data;

function topUp(partial: Partial<TopUp> & Pick<TopUp, 'id' | 'at' | 'amount'>): TopUp {
  return { lineId: 'l1', currency: 'GBP', source: 'manual', ...partial };
}

describe('spend per month', () => {
  it('sums the sample per month and currency, newest month first', () => {
    expect(spendByMonth(topUps)).toEqual([
      { month: '2026-11', totals: [{ currency: 'USD', amount: 600, count: 2 }] },
      { month: '2026-06', totals: [{ currency: 'HKD', amount: 5000, count: 1 }] },
    ]);
  });

  it('never adds different currencies together', () => {
    const result = spendByMonth([
      topUp({ id: 'a', at: '2026-03-01T10:00:00Z', amount: 1000, currency: 'GBP' }),
      topUp({ id: 'b', at: '2026-03-02T10:00:00Z', amount: 2000, currency: 'HKD' }),
      topUp({ id: 'c', at: '2026-03-03T10:00:00Z', amount: 500, currency: 'GBP' }),
    ]);
    expect(result).toEqual([
      {
        month: '2026-03',
        totals: [
          { currency: 'GBP', amount: 1500, count: 2 },
          { currency: 'HKD', amount: 2000, count: 1 },
        ],
      },
    ]);
  });

  it('counts a top-up in the month of its own wall-clock date, not UTC', () => {
    expect(topUpMonth({ at: '2026-11-30T23:30:00-05:00' })).toBe('2026-11');
  });

  it('per-month totals always add up to the per-line totals (per currency)', () => {
    const arbitraryTopUp = fc.record({
      id: fc.uuid(),
      lineId: fc.constantFrom('a', 'b', 'c'),
      at: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString()),
      amount: fc.integer({ min: 1, max: 100_000 }),
      currency: fc.constantFrom('GBP', 'HKD', 'USD'),
      source: fc.constant('manual' as const),
    });
    fc.assert(
      fc.property(fc.array(arbitraryTopUp, { maxLength: 40 }), (records) => {
        const sum = (totals: { currency: string; amount: number }[][]): Record<string, number> => {
          const out: Record<string, number> = {};
          for (const list of totals) for (const total of list) out[total.currency] = (out[total.currency] ?? 0) + total.amount;
          return out;
        };
        expect(sum(spendByMonth(records).map((month) => month.totals))).toEqual(sum(spendByLine(records).map((line) => line.totals)));
      }),
    );
  });
});

describe('spend per line', () => {
  it('sums the sample per line', () => {
    expect(spendByLine(topUps)).toEqual([
      { lineId: 'l-cmhk', totals: [{ currency: 'HKD', amount: 5000, count: 1 }] },
      { lineId: 'l-ultra', totals: [{ currency: 'USD', amount: 600, count: 2 }] },
    ]);
  });
});

describe('projected monthly cost', () => {
  it('spreads a cycle over its months, takes a monthly amount, and leaves threshold plans out', () => {
    const byId = Object.fromEntries(lines.map((line) => [line.id, line]));
    expect(monthlyPlanCost(byId['l-cmhk']!)).toBe(833); // HK$50 every 6 months
    expect(monthlyPlanCost(byId['l-ultra']!)).toBe(300);
    expect(monthlyPlanCost(byId['l-data']!)).toBeNull();
    expect(monthlyPlanCost(byId['l-giffgaff']!)).toBeNull();
    expect(projectedMonthlyCost(lines)).toEqual({
      totals: [
        { currency: 'HKD', amount: 833, count: 1 },
        { currency: 'USD', amount: 300, count: 1 },
      ],
      unpredictableLineIds: ['l-data'],
    });
  });

  it('ignores archived lines and keeps currencies apart', () => {
    const base = lines.find((line) => line.id === 'l-ultra')!;
    const more: Line[] = [
      { ...base, id: 'x1', renewal: { kind: 'monthly', day: 1, amount: 1000 } },
      { ...base, id: 'x2', archived: true },
      { ...base, id: 'x3', currency: 'GBP', renewal: { kind: 'cycle', months: 12, amount: 1200, nextOn: '2027-01-01' } },
    ];
    expect(projectedMonthlyCost([base, ...more]).totals).toEqual([
      { currency: 'GBP', amount: 100, count: 1 },
      { currency: 'USD', amount: 1300, count: 2 },
    ]);
  });
});

describe('likely duplicate charges', () => {
  it('flags the two USD 3.00 top-ups of the sample, 4 minutes apart', () => {
    const duplicates = likelyDuplicates(topUps);
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]).toMatchObject({ lineId: 'l-ultra', amount: 300, currency: 'USD', minutesApart: 4 });
    expect([duplicates[0]!.first.id, duplicates[0]!.second.id]).toEqual(['t2', 't3']);
  });

  it('compares instants, so different zone offsets of close moments still match', () => {
    const result = likelyDuplicates([
      topUp({ id: 'a', at: '2026-05-01T09:00:00+08:00', amount: 500 }),
      topUp({ id: 'b', at: '2026-05-01T02:30:00+01:00', amount: 500 }),
    ]);
    expect(result).toHaveLength(1);
    expect(result[0]!.minutesApart).toBe(30); // 01:00Z and 01:30Z
  });

  it('does not flag different lines, amounts, currencies, or charges more than 24 h apart', () => {
    expect(
      likelyDuplicates([
        topUp({ id: 'a', at: '2026-05-01T09:00:00Z', amount: 500 }),
        topUp({ id: 'b', at: '2026-05-01T09:01:00Z', amount: 500, lineId: 'l2' }),
        topUp({ id: 'c', at: '2026-05-01T09:02:00Z', amount: 501 }),
        topUp({ id: 'd', at: '2026-05-01T09:03:00Z', amount: 500, currency: 'EUR' }),
        topUp({ id: 'e', at: '2026-05-02T09:00:01Z', amount: 500 }),
      ]),
    ).toEqual([]);
  });

  it('flags exactly 24 h apart, and pairs a run of three as two warnings', () => {
    const result = likelyDuplicates([
      topUp({ id: 'c', at: '2026-05-02T10:00:00Z', amount: 500 }),
      topUp({ id: 'a', at: '2026-05-01T09:00:00Z', amount: 500 }),
      topUp({ id: 'b', at: '2026-05-02T09:00:00Z', amount: 500 }),
    ]);
    expect(result.map((pair) => [pair.first.id, pair.second.id])).toEqual([
      ['b', 'c'],
      ['a', 'b'],
    ]);
  });
});
