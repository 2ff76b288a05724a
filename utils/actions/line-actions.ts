import { applyTopUp, markActivityDone } from '../domain/topup';
import { lineToday, lineZone } from '../domain/status';
import { isoInZone } from '../domain/dates';
import { findCarrier } from '../carriers/registry';
import { updateLine } from '../store/db';
import type { CustomCarrier, Line, TopUp, TopUpSource } from '../domain/types';

/**
 * The quick actions of the popup (and of notifications): each applies a pure rule to the line as
 * stored, read and written in one transaction (updateLine), so a change made elsewhere meanwhile is
 * kept. They return null when the line is gone. The store announces the write (onDataWritten), so
 * the worker reschedules.
 */
export async function recordTopUp(
  lineId: string,
  amountMinor: number,
  source: TopUpSource,
  now: Date,
  userZone: string,
  customCarriers: readonly CustomCarrier[] = [],
): Promise<{ topUp: TopUp; line: Line } | null> {
  const written = await updateLine(lineId, (line) => {
    if (!line) return null;
    const rule = findCarrier(line.carrier, customCarriers)?.rule;
    const topUp: TopUp = {
      id: crypto.randomUUID(),
      lineId: line.id,
      // In the line's zone, as "Add a top-up" writes it: the record's date is the day the top-up
      // counted on the line, and the month its spend falls in.
      at: isoInZone(now, lineZone(line, userZone)),
      amount: amountMinor,
      currency: line.currency,
      paymentMethodId: line.paymentMethodId,
      source,
      note: '',
    };
    return { line: applyTopUp(line, amountMinor, lineToday(line, now, userZone), rule), topUp };
  });
  return written?.topUp ? { topUp: written.topUp, line: written.line } : null;
}

export async function recordActivity(lineId: string, now: Date, userZone: string): Promise<Line | null> {
  const written = await updateLine(lineId, (line) => (line ? { line: markActivityDone(line, lineToday(line, now, userZone)) } : null));
  return written?.line ?? null;
}
