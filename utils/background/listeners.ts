import { browser } from 'wxt/browser';
import { onDataWritten } from '../store/db';
import { isReminderAlarm, SWEEP_ALARM } from './alarms';
import { onNotificationButtonClicked } from './firefox-notification-buttons';
import { notificationButtonClicked, notificationClicked } from './reminder-actions';
import { reschedule } from './reschedule';

function reportFailure(error: unknown): void {
  console.error('LineKeeper: reminder handler failed', error);
}

/**
 * Registers every reminder listener. Must be called synchronously from the worker's main: an event
 * that starts a stopped worker is only delivered to listeners registered in its first turn.
 * Handlers return their promise, so the browser (and tests) can tell when the work is done.
 */
export function registerReminderListeners(): void {
  browser.runtime.onInstalled.addListener(() => reschedule().catch(reportFailure));
  browser.runtime.onStartup.addListener(() => reschedule().catch(reportFailure));
  browser.alarms.onAlarm.addListener((alarm) => (isReminderAlarm(alarm.name) ? reschedule().catch(reportFailure) : undefined));
  browser.notifications.onClicked.addListener((id) => notificationClicked(id).catch(reportFailure));
  onNotificationButtonClicked((id, index) => notificationButtonClicked(id, index).catch(reportFailure));
  // The worker's own writes (popup quick actions, a notification's Done) change what is due.
  // (Open pages are told by the entrypoint's own onDataWritten hook.)
  onDataWritten(() => void reschedule().catch(reportFailure));
  void rescheduleIfAlarmsLost().catch(reportFailure);
}

/**
 * On every start of the worker: alarms can be gone without onInstalled or onStartup. Firefox drops
 * an add-on's alarms when it is disabled, and re-enabling it (or toggling "Run in Private Windows")
 * starts the background page with neither event. The sweep, which is never cleared, tells: missing,
 * one reschedule sets it and the next wake again. Present, nothing runs (the usual wake costs one read).
 */
async function rescheduleIfAlarmsLost(): Promise<void> {
  if (!(await browser.alarms.get(SWEEP_ALARM))) await reschedule();
}
