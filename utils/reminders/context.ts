import { daysBetween } from './calendar';
import { stateForDaysLeft } from '../domain/status';
import type { IsoDate, Line } from '../domain/types';
import type { PlanClock } from './clock';
import type { ReminderPrefs, Severity } from './types';

/** What every reminder kind needs to know about one line at planning time. */
export interface LineContext {
  line: Line;
  prefs: ReminderPrefs;
  /** The zone the line's dates are days in. */
  zone: string;
  /** Today where the line lives. */
  today: IsoDate;
  clock: PlanClock;
}

/** Severity of a deadline `daysLeft` away; a far-off ladder step still counts as "soon". */
export function deadlineSeverity(today: IsoDate, deadline: IsoDate): { daysLeft: number; severity: Severity } {
  const daysLeft = daysBetween(today, deadline);
  const state = stateForDaysLeft(daysLeft);
  return { daysLeft, severity: state === 'ok' ? 'soon' : state };
}
