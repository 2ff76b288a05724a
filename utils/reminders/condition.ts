import type { LineContext } from './context';
import type { Reminder, ReminderDetails, Severity } from './types';

/**
 * A reminder for a condition that holds now (balance or data low). It has no date of its own: it is
 * due at today's time of day when first seen, then repeats from its last delivery. When the condition
 * stops holding it is no longer generated, which is its resolution.
 */
export function conditionReminder(key: string, severity: Severity, details: ReminderDetails, ctx: LineContext): Reminder {
  return {
    key,
    kind: details.kind,
    lineId: ctx.line.id,
    lineIds: [ctx.line.id],
    label: ctx.line.label,
    severity,
    anchor: 'delivery',
    steps: [],
    repeat: ctx.prefs.repeat,
    timeOfDay: ctx.prefs.timeOfDay,
    details,
  };
}
