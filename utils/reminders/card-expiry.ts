import { dayOfMonthClamped, isYearMonth } from '../domain/dates';
import type { Line, PaymentMethod, Settings } from '../domain/types';
import type { PlanClock } from './clock';
import { deadlineSeverity } from './context';
import { ladderSteps } from './ladder';
import type { Reminder } from './types';

/** A card is reminded of from this many days before its last valid day. */
export const CARD_WARN_DAYS = 30;

/**
 * A payment card that expires within 30 days (valid through the last day of its `YYYY-MM`), naming
 * the lines it pays for. A card that pays for no live line is nobody's worry. Uses the settings'
 * time and repeat; its ladder is 30 days plus the settings' steps nearer than that.
 */
export function cardExpiryReminders(method: PaymentMethod, lines: readonly Line[], settings: Settings, clock: PlanClock): Reminder[] {
  if (!method.expires || !isYearMonth(method.expires)) return [];
  const paying = lines.filter((line) => !line.archived && line.paymentMethodId === method.id);
  if (paying.length === 0) return [];
  const lastDay = dayOfMonthClamped(method.expires, 31);
  const daysBefore = [CARD_WARN_DAYS, ...settings.daysBefore.filter((n) => n < CARD_WARN_DAYS)];
  const zone = clock.userZone;
  const steps = ladderSteps(lastDay, daysBefore, zone, settings.timeOfDay, clock);
  const { daysLeft, severity } = deadlineSeverity(clock.today(), lastDay);
  return [
    {
      key: `card-expiry:${method.id}:${method.expires}`,
      kind: 'card-expiry',
      lineId: null,
      lineIds: paying.map((line) => line.id),
      label: method.label,
      severity: severity === 'expired' ? 'urgent' : severity,
      anchor: 'data',
      steps,
      lastOn: lastDay,
      repeat: settings.repeat,
      timeOfDay: settings.timeOfDay,
      details: { kind: 'card-expiry', cardLabel: method.label, last4: method.last4 ?? null, lastDay, daysLeft, lineLabels: paying.map((line) => line.label) },
    },
  ];
}
