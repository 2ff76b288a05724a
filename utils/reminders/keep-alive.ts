import { keepAliveDeadline } from '../domain/status';
import type { LineContext } from './context';
import { deadlineReminder } from './deadline';
import type { Reminder } from './types';

/** "Use the line before D": last activity + the inactivity the carrier allows, on the same ladder. */
export function keepAliveReminders(ctx: LineContext): Reminder[] {
  const deadline = keepAliveDeadline(ctx.line);
  if (!deadline) return [];
  const reminder = deadlineReminder('keep-alive', deadline, ctx);
  return reminder ? [reminder] : [];
}
