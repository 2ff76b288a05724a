import { browser } from 'wxt/browser';
import { lineToday } from '../domain/status';
import { getLine, getSettings, updateLine } from '../store/db';
import { getReminderMemoryOf, updateReminderMemory } from '../store/reminder-state';
import { reminderPrefs } from '../reminders/ladder';
import { recordActivity } from '../actions/line-actions';
import { dateOfKey, dismissed, snoozed, snoozeUntil, type SnoozeChoice } from '../reminders/memory';
import { confirmRenewal } from '../reminders/renewal';
import { buttonActions } from './notification-text';
import { SUMMARY_NOTIFICATION } from './notifications';
import { openLine } from './open-line';
import { reschedule, userZone } from './reschedule';
import { topUpNow } from './top-up-now';

/** Snooze a reminder for an hour, or until tomorrow at its time of day. */
export async function snoozeReminder(key: string, choice: SnoozeChoice, now: Date = new Date()): Promise<void> {
  const memory = await getReminderMemoryOf(key);
  if (!memory) return;
  const settings = await getSettings();
  const line = memory.lineId ? await getLine(memory.lineId) : undefined;
  const timeOfDay = line ? reminderPrefs(line, settings).timeOfDay : settings.timeOfDay;
  const until = snoozeUntil(choice, now, userZone(), timeOfDay);
  await updateReminderMemory(key, (current) => snoozed(current, until));
  await reschedule();
}

/** The user confirms a line's renewal went through (cycle moves on; a fixed-day plan is settled). */
export async function confirmLineRenewal(lineId: string, on: string, now: Date = new Date()): Promise<void> {
  const zone = userZone();
  await updateLine(lineId, (line) => {
    if (!line) return null;
    const today = lineToday(line, now, zone);
    // One confirmation is for one renewal: the date the user saw, if it is still the line's and has
    // come. A double click, a stale popup or the reminder's Done after the button moves it on once.
    if (line.renewal.kind === 'cycle' && (line.renewal.nextOn !== on || on > today)) return null;
    return { line: confirmRenewal(line, today) };
  });
}

/**
 * "Done" on a reminder. Where the data can say it (activity done, renewal confirmed) the data is
 * changed, which resolves the reminder by its key; otherwise the current step is silenced.
 * Data writes announce themselves (onDataWritten), so the reschedule follows.
 */
export async function completeReminder(key: string, now: Date = new Date()): Promise<void> {
  const memory = await getReminderMemoryOf(key);
  if (!memory) return;
  const line = memory.lineId ? await getLine(memory.lineId) : undefined;
  // The line read here only says which change applies: the popup's own actions make it, each reading
  // the line again in its own transaction (updateLine), so a top-up logged meanwhile is not written over.
  if (line && memory.kind === 'keep-alive') {
    await recordActivity(line.id, now, userZone());
    return;
  }
  if (line && memory.kind === 'renewal') return confirmLineRenewal(line.id, dateOfKey(memory.key), now);
  await updateReminderMemory(key, (current) => {
    const step = current.sentStep ?? current.sentOn;
    return step ? dismissed(current, step) : null;
  });
  await reschedule();
}

/** A click on a notification: LineKeeper opens on that line (the only action Firefox offers). */
export async function notificationClicked(notificationId: string): Promise<void> {
  await browser.notifications.clear(notificationId);
  if (notificationId === SUMMARY_NOTIFICATION) return openLine(null);
  const memory = await getReminderMemoryOf(notificationId);
  await openLine(memory?.lineId ?? null);
}

/** A button on a notification (Chrome): top up now, snooze, or done, by reminder kind. */
export async function notificationButtonClicked(notificationId: string, buttonIndex: number): Promise<void> {
  await browser.notifications.clear(notificationId);
  const memory = await getReminderMemoryOf(notificationId);
  if (!memory) return;
  const action = buttonActions(memory.kind)[buttonIndex];
  if (action === 'top-up' && memory.lineId) return topUpNow(memory.lineId);
  if (action === 'snooze') return snoozeReminder(notificationId, 'hour');
  if (action === 'done') return completeReminder(notificationId);
}
