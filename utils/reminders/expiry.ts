import type { LineContext } from './context';
import { deadlineReminder } from './deadline';
import type { Reminder } from './types';

/** "Expires in N days": the ladder before the line's validity ends (the end of that day, in its zone). */
export function expiryReminders(ctx: LineContext): Reminder[] {
  if (!ctx.line.expiresOn) return [];
  const reminder = deadlineReminder('expiry', ctx.line.expiresOn, ctx);
  return reminder ? [reminder] : [];
}
