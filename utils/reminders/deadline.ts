import type { IsoDate } from '../domain/types';
import type { LineContext } from './context';
import { deadlineSeverity } from './context';
import { ladderSteps } from './ladder';
import type { Reminder } from './types';

/** A reminder on the ladder before a line's deadline (expiry, keep-alive); its repeats stop at the deadline. */
export function deadlineReminder(kind: 'expiry' | 'keep-alive', deadline: IsoDate, ctx: LineContext): Reminder | null {
  const { line, prefs, zone, clock } = ctx;
  const steps = ladderSteps(deadline, prefs.daysBefore, zone, prefs.timeOfDay, clock);
  if (steps.length === 0) return null;
  const { daysLeft, severity } = deadlineSeverity(ctx.today, deadline);
  return {
    key: `${kind}:${line.id}:${deadline}`,
    kind,
    lineId: line.id,
    lineIds: [line.id],
    label: line.label,
    severity,
    anchor: 'data',
    steps,
    lastOn: clock.userDayFor(deadline, zone, prefs.timeOfDay),
    repeat: prefs.repeat,
    timeOfDay: prefs.timeOfDay,
    details: { kind, deadline, daysLeft },
  };
}
