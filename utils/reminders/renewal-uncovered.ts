import { nextRenewalDate } from '../domain/status';
import type { LineContext } from './context';
import { deadlineSeverity } from './context';
import { ladderSteps } from './ladder';
import type { Reminder } from './types';

/**
 * The balance will not cover the next renewal: on the ladder before the renewal day. Only a renewal
 * paid from the balance can fall short (a card-paid one has its own reminder when the card expires).
 * Resolved when the balance covers it (then it is not generated).
 */
export function renewalUncoveredReminders(ctx: LineContext): Reminder[] {
  const { line, prefs, clock, zone, today } = ctx;
  const plan = line.renewal;
  if (plan.kind !== 'cycle' && plan.kind !== 'monthly') return [];
  if (line.paymentMethodId !== null || line.balance === null || line.balance >= plan.amount) return [];
  const on = nextRenewalDate(line, today);
  if (!on) return [];
  const steps = ladderSteps(on, prefs.daysBefore, zone, prefs.timeOfDay, clock);
  if (steps.length === 0) return [];
  const { severity } = deadlineSeverity(today, on);
  return [
    {
      key: `renewal-uncovered:${line.id}:${on}`,
      kind: 'renewal-uncovered',
      lineId: line.id,
      lineIds: [line.id],
      label: line.label,
      severity: severity === 'expired' ? 'urgent' : severity,
      anchor: 'data',
      steps,
      lastOn: clock.userDayFor(on, zone, prefs.timeOfDay),
      repeat: prefs.repeat,
      timeOfDay: prefs.timeOfDay,
      details: { kind: 'renewal-uncovered', on, amount: plan.amount, balance: line.balance, currency: line.currency },
      // A fixed monthly day's next renewal moves on when the day passes, not when the user acts.
      ...(plan.kind === 'monthly' ? { followsCalendar: true as const } : {}),
    },
  ];
}
