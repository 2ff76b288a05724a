import { lineStatus, sortByUrgency, type LineStatus } from '../domain/status';
import { displayPhone, type PhoneFormats } from '../domain/phone-formats';
import { findCarrier } from '../carriers/registry';
import type { CustomCarrier, Line } from '../domain/types';

/**
 * What the popup shows, computed by the worker: the popup then needs neither IndexedDB nor the
 * date and carrier rules, and stays within its size budget (README "Bundle budgets").
 */
export interface PopupRow {
  status: LineStatus;
  carrierName: string;
  numberText: string;
  hasRechargePage: boolean;
  /** Prefill for "Log top-up": the plan's amount, else the carrier's smallest top-up. */
  suggestedAmount: number | null;
  /** A cycle renewal whose date has come: the user can confirm it went through (moves the cycle on). */
  renewalDueOn: string | null;
  /** Reminders on for this line, in words, with what Snooze and Done can act on. */
  reminders: PopupReminder[];
}

export interface PopupReminder {
  key: string;
  /** Shown in the line's card: without the line's name (a card-expiry reminder's names the card). */
  title: string;
  /** The notification's title, with the line's name: for the buttons' accessible names and announcements. */
  fullTitle: string;
  message: string;
  /** A notification was shown, so it can be snoozed or marked done. */
  actionable: boolean;
  snoozed: boolean;
}

export interface PopupView {
  rows: PopupRow[];
  /** A recent one-click fill the user may want to log as a top-up. */
  lastFill: { lineId: string; amountMinor: number | null } | null;
}

export function suggestedTopUp(line: Line, minTopUp: number | undefined): number | null {
  const renewal = line.renewal;
  if (renewal.kind === 'cycle' || renewal.kind === 'monthly') return renewal.amount;
  if (renewal.kind === 'threshold') return renewal.topUp;
  return minTopUp ?? null;
}

/** Every non-archived line, most urgent first, with the words and figures the popup shows. */
export function buildPopupView(
  lines: readonly Line[],
  formats: ReadonlyMap<string, PhoneFormats>,
  customCarriers: readonly CustomCarrier[],
  now: Date,
  userZone: string,
  lastFill: PopupView['lastFill'] = null,
  remindersByLine: ReadonlyMap<string, PopupReminder[]> = new Map(),
): PopupView {
  const statuses = sortByUrgency(lines.map((line) => lineStatus(line, now, userZone)));
  return {
    lastFill: lastFill && statuses.some((status) => status.line.id === lastFill.lineId) ? lastFill : null,
    rows: statuses.map((status) => {
      const carrier = findCarrier(status.line.carrier, customCarriers);
      return {
        status,
        carrierName: carrier?.name ?? status.line.carrier,
        numberText: displayPhone(status.line.number, formats.get(status.line.number)),
        hasRechargePage: !!carrier?.rechargeUrl,
        suggestedAmount: suggestedTopUp(status.line, carrier?.rule.minTopUp),
        renewalDueOn: status.line.renewal.kind === 'cycle' && status.line.renewal.nextOn <= status.today ? status.line.renewal.nextOn : null,
        reminders: remindersByLine.get(status.line.id) ?? [],
      };
    }),
  };
}
