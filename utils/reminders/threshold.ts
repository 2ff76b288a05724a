import type { LineContext } from './context';
import { conditionReminder } from './condition';
import type { Reminder } from './types';

/** A threshold plan whose condition is met: "balance HK$38 < HK$50: top up HK$100". */
export function thresholdReminders(ctx: LineContext): Reminder[] {
  const { line } = ctx;
  const plan = line.renewal;
  if (plan.kind !== 'threshold' || line.balance === null || line.balance >= plan.below) return [];
  return [
    conditionReminder(
      `threshold:${line.id}:${plan.below}:${plan.topUp}`,
      'urgent',
      { kind: 'threshold', balance: line.balance, below: plan.below, topUp: plan.topUp, currency: line.currency },
      ctx,
    ),
  ];
}
