import { currencyDigits } from './money';
import type { BackupData, Line, RenewalPlan, TopUp } from './types';

/**
 * Store versions 1 and 2 took a currency's minor digits from Intl, which in Chrome follows CLDR and
 * gives some currencies fewer than ISO 4217 (IDR, HUF, COP, PKR: 0 instead of 2; IQD 0 instead of
 * 3). Version 3 uses ISO (money.ts), so amounts saved before are scaled by what the engine that
 * saved them said: 50,000 rupiah stored as 50000 becomes 5000000 sen. In Firefox, which follows
 * ISO, the scale is 1 and nothing changes.
 */
function legacyScale(currency: string, engineDigits: (currency: string) => number): number {
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

/** A line's amounts (balance, renewal, low-balance mark) scaled; the same line when the scale is 1. */
function rescaledLine(line: Line, scale: number): Line {
  if (scale === 1) return line;
  const lowBalanceBelow = line.reminders?.lowBalanceBelow;
  return {
    ...line,
    balance: line.balance === null ? null : scaled(line.balance, scale),
    renewal: rescaledRenewal(line.renewal, scale),
    reminders: line.reminders && lowBalanceBelow !== undefined ? { ...line.reminders, lowBalanceBelow: scaled(lowBalanceBelow, scale) } : line.reminders,
  };
}

function rescaledTopUp(topUp: TopUp, scale: number): TopUp {
  return scale === 1 ? topUp : { ...topUp, amount: scaled(topUp.amount, scale) };
}

/** A line saved in the engine's digits, in ISO minor units; the same object when nothing changes. */
export function lineInIsoUnits(line: Line, digitsOf: (currency: string) => number = engineDigits): Line {
  return rescaledLine(line, legacyScale(line.currency, digitsOf));
}

/** A top-up saved in the engine's digits, in ISO minor units; the same object when nothing changes. */
export function topUpInIsoUnits(topUp: TopUp, digitsOf: (currency: string) => number = engineDigits): TopUp {
  return rescaledTopUp(topUp, legacyScale(topUp.currency, digitsOf));
}

/** How many minor digits this engine's Intl gives a currency: what versions before the ISO table stored. */
export function engineDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return currencyDigits(currency);
  }
}

/** Backups exported from this instant on hold ISO 4217 minor units (the day the ISO table came in). */
export const ISO_MINOR_UNITS_SINCE = Date.parse('2026-11-23T00:00:00Z');

/**
 * A backup's amounts in ISO minor units. A file exported before the ISO table holds them in the
 * digits of the engine that wrote it; like the store's migration, this assumes that engine was
 * this one (a Chrome file restored in Chrome: Rp50,000 stays Rp50,000).
 */
export function backupInIsoUnits(data: BackupData, exportedAt: string, digitsOf: (currency: string) => number = engineDigits): BackupData {
  if (Date.parse(exportedAt) >= ISO_MINOR_UNITS_SINCE) return data;
  return { ...data, lines: data.lines.map((line) => lineInIsoUnits(line, digitsOf)), topUps: data.topUps.map((topUp) => topUpInIsoUnits(topUp, digitsOf)) };
}
