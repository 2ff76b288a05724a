import { addDays } from './calendar';
import type { IsoDate, Line, Settings, TimeOfDay } from '../domain/types';
import type { PlanClock } from './clock';
import type { ReminderPrefs } from './types';

/** A line's reminder preferences: its own when set, else the settings' defaults. */
export function reminderPrefs(line: Pick<Line, 'reminders'>, settings: Settings): ReminderPrefs {
  const own = line.reminders;
  return {
    daysBefore: own?.daysBefore ?? settings.daysBefore,
    timeOfDay: own?.timeOfDay ?? settings.timeOfDay,
    repeat: own?.repeat ?? settings.repeat,
  };
}

/**
 * The ladder before a deadline: for each N in `daysBefore`, the day N days before it (in the
 * line's zone), as the user's calendar day it is shown on; ascending, one step per user day.
 * Two line days can land on one user day when the line's zone changes its clocks (a Tokyo user's
 * 08:30 falls in neither London day around the spring change): the earlier step then moves to the
 * user day before, so it still comes, early rather than never.
 */
export function ladderSteps(deadline: IsoDate, daysBefore: readonly number[], lineZone: string, timeOfDay: TimeOfDay, clock: PlanClock): IsoDate[] {
  const lineDays = [...new Set(daysBefore.filter((n) => Number.isInteger(n) && n >= 0))].sort((a, b) => a - b).map((n) => addDays(deadline, -n));
  const steps: IsoDate[] = [];
  // From the deadline backwards: each step strictly before the one after it.
  for (const lineDay of lineDays) {
    const userDay = clock.userDayFor(lineDay, lineZone, timeOfDay);
    const next = steps[0];
    steps.unshift(next !== undefined && userDay >= next ? addDays(next, -1) : userDay);
  }
  return steps;
}
