import { currencyDigits } from './money';
import type { Line, RenewalPlan, TopUp } from './types';

/**
 * Store versions 1 and 2 took a currency's minor digits from Intl, which in Chrome follows CLDR and
 * gives some currencies fewer than ISO 4217 (IDR, HUF, COP, PKR: 0 instead of 2; IQD 0 instead of
 * 3). Version 3 uses ISO (money.ts), so amounts saved before are scaled by what the engine that
 * saved them said: 50,000 rupiah stored as 50000 becomes 5000000 sen. In Firefox, which follows
 * ISO, the scale is 1 and nothing changes.
 */
export function legacyScale(currency: string, engineDigits: (currency: string) => number): number {
  return 10 ** (currencyDigits(currency) - engineDigits(currency));
}

function scaled(minor: number, scale: number): number {
  return Math.round(minor * scale);
}

function rescaledRenewal(renewal: RenewalPlan, scale: number): RenewalPlan {
  switch (renewal.kind) {
    case 'cycle':
    case 'monthly':
      return { ...renewal, amount: scaled(renewal.amount, scale) };
    case 'threshold':
      return { ...renewal, below: scaled(renewal.below, scale), topUp: scaled(renewal.topUp, scale) };
    default:
      return renewal;
  }
}

/** A line's amounts (balance, renewal, low-balance mark) in ISO minor units. */
export function rescaledLine(line: Line, scale: number): Line {
  if (scale === 1) return line;
  const lowBalanceBelow = line.reminders?.lowBalanceBelow;
  return {
    ...line,
    balance: line.balance === null ? null : scaled(line.balance, scale),
    renewal: rescaledRenewal(line.renewal, scale),
    reminders: line.reminders && lowBalanceBelow !== undefined ? { ...line.reminders, lowBalanceBelow: scaled(lowBalanceBelow, scale) } : line.reminders,
  };
}

export function rescaledTopUp(topUp: TopUp, scale: number): TopUp {
  return scale === 1 ? topUp : { ...topUp, amount: scaled(topUp.amount, scale) };
}
