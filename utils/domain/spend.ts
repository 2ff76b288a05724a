import type { CurrencyCode, Line, TopUp } from './types';

/**
 * Spend from top-up records, and what renewal plans will cost. Amounts are integer minor units and
 * are only ever added within one currency: a total of GBP and HKD is meaningless, so every sum here
 * is keyed by currency.
 */

/** A sum in one currency. */
export interface CurrencyTotal {
  currency: CurrencyCode;
  /** Minor units. */
  amount: number;
  /** How many records went into the sum. */
  count: number;
}

export interface MonthSpend {
  /** `YYYY-MM`, the month of the top-up as written in its own record (its own zone offset). */
  month: string;
  totals: CurrencyTotal[];
}

export interface LineSpend {
  lineId: string;
  totals: CurrencyTotal[];
}

function addTo(totals: Map<CurrencyCode, CurrencyTotal>, currency: CurrencyCode, amount: number): void {
  const total = totals.get(currency) ?? { currency, amount: 0, count: 0 };
  total.amount += amount;
  total.count += 1;
  totals.set(currency, total);
}

const byCurrency = (a: CurrencyTotal, b: CurrencyTotal): number => a.currency.localeCompare(b.currency);

/**
 * The month a top-up belongs to: the date part of its `at`, which is the wall-clock date where it
 * was made (`2026-11-30T23:30:00-05:00` is November, even though it is December in UTC). That is
 * the month on the user's statement.
 */
export function topUpMonth(topUp: Pick<TopUp, 'at'>): string {
  return topUp.at.slice(0, 7);
}

/** Spend per month (newest month first), each month's totals per currency. */
export function spendByMonth(topUps: readonly TopUp[]): MonthSpend[] {
  const months = new Map<string, Map<CurrencyCode, CurrencyTotal>>();
  for (const topUp of topUps) {
    const month = topUpMonth(topUp);
    const totals = months.get(month) ?? new Map<CurrencyCode, CurrencyTotal>();
    addTo(totals, topUp.currency, topUp.amount);
    months.set(month, totals);
  }
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([month, totals]) => ({ month, totals: [...totals.values()].sort(byCurrency) }));
}

/** Spend per line (in the order lines first appear in `topUps`), each line's totals per currency. */
export function spendByLine(topUps: readonly TopUp[]): LineSpend[] {
  const lines = new Map<string, Map<CurrencyCode, CurrencyTotal>>();
  for (const topUp of topUps) {
    const totals = lines.get(topUp.lineId) ?? new Map<CurrencyCode, CurrencyTotal>();
    addTo(totals, topUp.currency, topUp.amount);
    lines.set(topUp.lineId, totals);
  }
  return [...lines.entries()].map(([lineId, totals]) => ({ lineId, totals: [...totals.values()].sort(byCurrency) }));
}

/**
 * What a line's renewal plan costs per month on average, in minor units of the line's currency:
 * a cycle spreads its amount over its months, a monthly plan is its amount, and a threshold plan or
 * none has no predictable cost (it depends on usage), so null. Rounded to whole minor units.
 */
export function monthlyPlanCost(line: Pick<Line, 'renewal'>): number | null {
  switch (line.renewal.kind) {
    case 'cycle':
      return Math.round(line.renewal.amount / line.renewal.months);
    case 'monthly':
      return line.renewal.amount;
    default:
      return null;
  }
}

export interface ProjectedCost {
  /** Per currency, over the lines that have a predictable plan. */
  totals: CurrencyTotal[];
  /** Active lines whose plan has no predictable cost (threshold), so are not in the totals. */
  unpredictableLineIds: string[];
}

/** Projected monthly cost of the renewal plans of active (not archived) lines, per currency. */
export function projectedMonthlyCost(lines: readonly Line[]): ProjectedCost {
  const totals = new Map<CurrencyCode, CurrencyTotal>();
  const unpredictableLineIds: string[] = [];
  for (const line of lines) {
    if (line.archived) continue;
    const cost = monthlyPlanCost(line);
    if (cost !== null) addTo(totals, line.currency, cost);
    else if (line.renewal.kind === 'threshold') unpredictableLineIds.push(line.id);
  }
  return { totals: [...totals.values()].sort(byCurrency), unpredictableLineIds };
}

/**
 * Two charges of the same amount on the same line within this window are flagged as a likely
 * duplicate. 24 hours: the double charges people actually hit (an auto-renewal plus a manual
 * top-up the same morning, a payment page retried after a timeout, the same top-up logged from
 * two devices) land minutes to hours apart, while deliberate repeat top-ups of one line follow a
 * renewal period, which is never shorter than a month. A day also absorbs records written with
 * different zone offsets for the same moment.
 */
export const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface DuplicateCharge {
  lineId: string;
  amount: number;
  currency: CurrencyCode;
  /** The earlier and the later record. */
  first: TopUp;
  second: TopUp;
  /** Time between them, in minutes. */
  minutesApart: number;
}

/**
 * Likely duplicate charges: pairs of top-ups on the same line, same amount and currency, at most
 * DUPLICATE_WINDOW_MS apart (compared as instants, so zone offsets do not matter). Each record is
 * paired with the next matching one only, so three charges in a row give two warnings, not three.
 */
export function likelyDuplicates(topUps: readonly TopUp[]): DuplicateCharge[] {
  const groups = new Map<string, { topUp: TopUp; time: number }[]>();
  for (const topUp of topUps) {
    const time = Date.parse(topUp.at);
    if (Number.isNaN(time)) continue;
    const key = `${topUp.lineId}\u0000${topUp.currency}\u0000${topUp.amount}`;
    const group = groups.get(key) ?? [];
    group.push({ topUp, time });
    groups.set(key, group);
  }
  const duplicates: DuplicateCharge[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.time - b.time);
    for (let index = 1; index < group.length; index++) {
      const earlier = group[index - 1]!;
      const later = group[index]!;
      const gap = later.time - earlier.time;
      if (gap > DUPLICATE_WINDOW_MS) continue;
      duplicates.push({
        lineId: later.topUp.lineId,
        amount: later.topUp.amount,
        currency: later.topUp.currency,
        first: earlier.topUp,
        second: later.topUp,
        minutesApart: Math.round(gap / 60_000),
      });
    }
  }
  return duplicates.sort((a, b) => Date.parse(b.second.at) - Date.parse(a.second.at));
}
