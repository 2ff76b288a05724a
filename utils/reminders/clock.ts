import { todayIn, wallClockToInstant } from '../domain/dates';
import { addDays } from './calendar';
import type { IsoDate, QuietHours, TimeOfDay } from '../domain/types';
import { afterQuietHours } from './quiet-hours';

/**
 * The planner's view of time: one `now`, the user's zone and quiet hours. Zone conversions are the
 * planner's main cost and repeat across lines (same dates, same time of day), so they are memoised
 * for the life of one plan.
 */
export class PlanClock {
  readonly nowMs: number;
  private readonly fireMemo = new Map<string, number>();
  private readonly todayMemo = new Map<string, IsoDate>();
  private readonly lineDayMemo = new Map<string, IsoDate>();

  constructor(
    readonly now: Date,
    readonly userZone: string,
    readonly quietHours?: QuietHours,
  ) {
    this.nowMs = now.getTime();
  }

  /** Today in `zone` (the user's by default). */
  today(zone: string = this.userZone): IsoDate {
    let day = this.todayMemo.get(zone);
    if (day === undefined) {
      day = todayIn(this.now, zone);
      this.todayMemo.set(zone, day);
    }
    return day;
  }

  /** When an occurrence on user date `date` is shown: `timeOfDay` there, moved out of quiet hours. */
  fireAt(date: IsoDate, timeOfDay: TimeOfDay): number {
    const memoKey = `${date}|${timeOfDay}`;
    let at = this.fireMemo.get(memoKey);
    if (at === undefined) {
      at = afterQuietHours(wallClockToInstant(date, timeOfDay, this.userZone).getTime(), this.quietHours, this.userZone);
      this.fireMemo.set(memoKey, at);
    }
    return at;
  }

  /** When user date `date` begins (epoch ms). */
  dayStartsAt(date: IsoDate): number {
    return wallClockToInstant(date, '00:00', this.userZone).getTime();
  }

  /** The earliest moment something may be shown at or after `instant` (quiet hours respected). */
  deliverableAt(instant: number): number {
    return afterQuietHours(instant, this.quietHours, this.userZone);
  }

  /**
   * The user's calendar day on which a reminder about day `date` of a line in `lineZone` is shown:
   * the first user time-of-day at or after that day begins where the line lives, so a Hong Kong
   * line's "3 days left" never reaches a Londoner before it is true in Hong Kong.
   */
  userDayFor(date: IsoDate, lineZone: string, timeOfDay: TimeOfDay): IsoDate {
    if (lineZone === this.userZone) return date;
    const memoKey = `${date}|${lineZone}|${timeOfDay}`;
    let day = this.lineDayMemo.get(memoKey);
    if (day === undefined) {
      const dayStarts = wallClockToInstant(date, '00:00', lineZone);
      day = todayIn(dayStarts, this.userZone);
      if (wallClockToInstant(day, timeOfDay, this.userZone).getTime() < dayStarts.getTime()) day = addDays(day, 1);
      this.lineDayMemo.set(memoKey, day);
    }
    return day;
  }
}
