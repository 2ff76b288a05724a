import type { LineContext } from './context';
import { conditionReminder } from './condition';
import type { Reminder } from './types';

/** Data left under the line's low-data mark. */
export function lowDataReminders(ctx: LineContext): Reminder[] {
  const { line } = ctx;
  const belowMB = line.reminders?.lowDataBelowMB;
  if (belowMB === undefined || line.dataMB === null || line.dataMB >= belowMB) return [];
  return [conditionReminder(`low-data:${line.id}:${belowMB}`, 'soon', { kind: 'low-data', dataMB: line.dataMB, belowMB }, ctx)];
}
