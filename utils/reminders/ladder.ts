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
 * line's zone), as the user's calendar day it is shown on; ascending, without duplicates.
 */
export function ladderSteps(deadline: IsoDate, daysBefore: readonly number[], lineZone: string, timeOfDay: TimeOfDay, clock: PlanClock): IsoDate[] {
  const days = new Set<IsoDate>();
  for (const n of daysBefore) {
    if (!Number.isInteger(n) || n < 0) continue;
    days.add(clock.userDayFor(addDays(deadline, -n), lineZone, timeOfDay));
  }
  return [...days].sort();
}
