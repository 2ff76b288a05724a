import { addDays } from './dates';
import type { IsoDate, KeepAliveRule, Line } from './types';

/**
 * What logging a top-up does to a line: the balance rises, the day counts as activity, and where
 * the carrier's rule says a top-up extends validity (and the amount reaches its minimum), the expiry
 * moves to `today + extendsDays` unless it is already later. Counting from today rather than stacking
 * onto the old expiry is the conservative reading of "adds N days": LineKeeper may warn early, never late.
 */
export function applyTopUp(
  line: Line,
  amount: number,
  today: IsoDate,
  rule?: Pick<KeepAliveRule, 'topUpExtendsDays' | 'minTopUp'> | null,
): Line {
  const next: Line = {
    ...line,
    balance: (line.balance ?? 0) + amount,
    lastActivityOn: line.lastActivityOn && line.lastActivityOn > today ? line.lastActivityOn : today,
  };
  const extendsDays = rule?.topUpExtendsDays ?? null;
  if (extendsDays !== null && amount >= (rule?.minTopUp ?? 0)) {
    const extended = addDays(today, extendsDays);
    if (!line.expiresOn || extended > line.expiresOn) next.expiresOn = extended;
  }
  return next;
}

/** "Mark activity done": a call, SMS or data session today keeps the line alive. */
export function markActivityDone(line: Line, today: IsoDate): Line {
  return { ...line, lastActivityOn: line.lastActivityOn && line.lastActivityOn > today ? line.lastActivityOn : today };
}
