import { applyTopUp, markActivityDone } from '../domain/topup';
import { lineToday } from '../domain/status';
import { isoWithOffset } from '../domain/dates';
import { findCarrier } from '../carriers/registry';
import { logTopUp, putLine } from '../store/db';
import type { CustomCarrier, Line, TopUp, TopUpSource } from '../domain/types';

/**
 * The quick actions of the popup (and of notifications): each applies a pure rule and writes the
 * result in one transaction. The store announces the write (onDataWritten), so the worker reschedules.
 */
export async function recordTopUp(
  line: Line,
  amountMinor: number,
  source: TopUpSource,
  now: Date,
  userZone: string,
  customCarriers: readonly CustomCarrier[] = [],
): Promise<{ topUp: TopUp; line: Line }> {
  const today = lineToday(line, now, userZone);
  const rule = findCarrier(line.carrier, customCarriers)?.rule;
  const updated = applyTopUp(line, amountMinor, today, rule);
  const topUp: TopUp = {
    id: crypto.randomUUID(),
    lineId: line.id,
    at: isoWithOffset(now, -now.getTimezoneOffset()),
    amount: amountMinor,
    currency: line.currency,
    paymentMethodId: line.paymentMethodId,
    source,
    note: '',
  };
  await logTopUp(topUp, updated);
  return { topUp, line: updated };
}

export async function recordActivity(line: Line, now: Date, userZone: string): Promise<Line> {
  const updated = markActivityDone(line, lineToday(line, now, userZone));
  await putLine(updated);
  return updated;
}
