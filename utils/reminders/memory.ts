import { addDays, todayIn, wallClockToInstant } from '../domain/dates';
import type { IsoDate, TimeOfDay } from '../domain/types';
import type { DueReminder, ReminderMemory } from './types';

/** The day a line's dated reminder is about: its key ends with it (`renewal:<line>:<date>`, see deadline.ts, renewal.ts). */
export function dateOfKey(key: string): IsoDate {
  return key.slice(-10);
}

/** What is remembered once an occurrence is delivered: it, and that any snooze is spent. */
export function delivered(memory: ReminderMemory | undefined, due: DueReminder, now: Date): ReminderMemory {
  const { snoozedUntil: _spent, ...rest } = memory ?? { key: due.key, lineId: due.lineId, kind: due.kind };
  return { ...rest, key: due.key, lineId: due.lineId, kind: due.kind, sentOn: due.occurrenceOn, sentStep: due.step, sentAt: now.getTime(), zone: due.zone };
}

export type SnoozeChoice = 'hour' | 'tomorrow';

/** An hour from now, or tomorrow at the reminder's time of day (the user's zone). */
export function snoozeUntil(choice: SnoozeChoice, now: Date, zone: string, timeOfDay: TimeOfDay): number {
  if (choice === 'hour') return now.getTime() + 60 * 60_000;
  return wallClockToInstant(addDays(todayIn(now, zone), 1), timeOfDay, zone).getTime();
}

export function snoozed(memory: ReminderMemory, until: number): ReminderMemory {
  return { ...memory, snoozedUntil: until };
}

/** Done: the step the current occurrence belongs to is silenced (a later step still reminds). */
export function dismissed(memory: ReminderMemory, step: string): ReminderMemory {
  const { snoozedUntil: _cleared, dismissedZone: _old, ...rest } = memory;
  return { ...rest, dismissedStep: step, ...(memory.zone ? { dismissedZone: memory.zone } : {}) };
}
