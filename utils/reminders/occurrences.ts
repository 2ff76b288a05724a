import { addDays, daysBetween } from './calendar';
import type { IsoDate, ReminderRepeat } from '../domain/types';

/**
 * When a reminder's occurrences fall: on each ladder step and, until the next step, every `period`
 * days (daily 1, weekly 7, once: none); nothing after `lastOn`. Pure date arithmetic, no iteration
 * over days, so a reminder costs the same whatever its age.
 */
export interface Schedule {
  steps: readonly IsoDate[];
  repeat: ReminderRepeat;
  lastOn?: IsoDate;
}

const PERIOD: Record<ReminderRepeat, number | null> = { once: null, daily: 1, weekly: 7 };

function stepIndexOnOrBefore(steps: readonly IsoDate[], date: IsoDate): number {
  let index = -1;
  for (let i = 0; i < steps.length && steps[i]! <= date; i++) index = i;
  return index;
}

/** The ladder step an occurrence on `date` belongs to (the latest step on or before it). */
export function stepOf(schedule: Schedule, date: IsoDate): IsoDate | null {
  const index = stepIndexOnOrBefore(schedule.steps, date);
  return index < 0 ? null : schedule.steps[index]!;
}

/** The latest occurrence on or before `date`, or null. */
export function occurrenceOnOrBefore(schedule: Schedule, date: IsoDate): IsoDate | null {
  const limit = schedule.lastOn && schedule.lastOn < date ? schedule.lastOn : date;
  const index = stepIndexOnOrBefore(schedule.steps, limit);
  if (index < 0) return null;
  const step = schedule.steps[index]!;
  const period = PERIOD[schedule.repeat];
  if (period === null) return step;
  return addDays(step, Math.floor(daysBetween(step, limit) / period) * period);
}

/** The earliest occurrence after `date`, or null. */
export function occurrenceAfter(schedule: Schedule, date: IsoDate): IsoDate | null {
  const { steps } = schedule;
  const index = stepIndexOnOrBefore(steps, date);
  let next: IsoDate | null = null;
  if (index < 0) {
    next = steps[0] ?? null;
  } else {
    const period = PERIOD[schedule.repeat];
    if (period !== null) {
      const step = steps[index]!;
      next = addDays(step, (Math.floor(daysBetween(step, date) / period) + 1) * period);
    }
    const nextStep = steps[index + 1];
    if (nextStep && (next === null || nextStep <= next)) next = nextStep;
  }
  if (next !== null && schedule.lastOn && next > schedule.lastOn) return null;
  return next;
}

/** The first occurrence of the step after `step`, or null (for skipping a dismissed step). */
export function stepAfter(schedule: Schedule, step: IsoDate): IsoDate | null {
  const next = schedule.steps.find((candidate) => candidate > step) ?? null;
  return next !== null && schedule.lastOn && next > schedule.lastOn ? null : next;
}
