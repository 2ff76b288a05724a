import { browser } from 'wxt/browser';
import { notifyDataChanged } from '../messaging/protocol';
import { onDataWritten } from '../store/db';
import { isReminderAlarm } from './alarms';
import { onNotificationButtonClicked } from './firefox-notification-buttons';
import { notificationButtonClicked, notificationClicked } from './reminder-actions';
import { reschedule } from './reschedule';

/**
 * Registers every reminder listener. Must be called synchronously from the worker's main: an event
 * that starts a stopped worker is only delivered to listeners registered in its first turn.
 */
export function registerReminderListeners(): void {
  browser.runtime.onInstalled.addListener(() => void reschedule());
  browser.runtime.onStartup.addListener(() => void reschedule());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isReminderAlarm(alarm.name)) void reschedule();
  });
  browser.notifications.onClicked.addListener((id) => void notificationClicked(id));
  onNotificationButtonClicked((id, index) => void notificationButtonClicked(id, index));
  // The worker's own writes (a notification's Done): reschedule, and let open pages reload.
  onDataWritten(() => {
    void reschedule();
    notifyDataChanged();
  });
}
