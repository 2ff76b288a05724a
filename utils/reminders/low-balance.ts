import type { LineContext } from './context';
import { conditionReminder } from './condition';
import type { Reminder } from './types';

/** Balance under the line's own low-balance mark. */
export function lowBalanceReminders(ctx: LineContext): Reminder[] {
  const { line } = ctx;
  const below = line.reminders?.lowBalanceBelow;
  if (below === undefined || line.balance === null || line.balance >= below) return [];
  return [
    conditionReminder(`low-balance:${line.id}:${below}`, 'urgent', { kind: 'low-balance', balance: line.balance, below, currency: line.currency }, ctx),
  ];
}
