import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import type { DueReminder } from '../reminders/types';
import { notificationButtonsSupported } from './firefox-notification-buttons';
import { buttonActions, buttonTitle, notificationText } from './notification-text';

export const ICON_PATH = '/icon/128.png';
/** More due at once than this (a restore, a long absence) and the rest are summed up in one. */
export const MAX_NOTIFICATIONS = 4;
/** The id of that summary notification; a click opens LineKeeper. */
export const SUMMARY_NOTIFICATION = 'linekeeper-more';

/**
 * Shows one reminder. Its notification id is the reminder's key, so a repeat replaces the previous
 * one instead of piling up, and a click leads back to the reminder's memory (and its line).
 */
export async function showReminder(due: DueReminder, locale: string): Promise<void> {
  const { title, message } = notificationText(due, locale);
  const options: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON_PATH),
    title,
    message,
    priority: due.severity === 'soon' ? 1 : 2,
  };
  if (notificationButtonsSupported()) options.buttons = buttonActions(due.kind).map((action) => ({ title: buttonTitle(due.kind, action) }));
  await browser.notifications.create(due.key, options);
}

/** Shows the worst few and one summary for the rest (all of them are recorded as delivered). */
export async function showReminders(due: readonly DueReminder[], locale: string): Promise<void> {
  const shown = due.length > MAX_NOTIFICATIONS + 1 ? due.slice(0, MAX_NOTIFICATIONS) : due;
  // One notification the browser refuses must not stop the rest, nor the wake's badge and alarms after it.
  for (const reminder of shown) await showReminder(reminder, locale).catch((error: unknown) => console.warn('LineKeeper: a notification was not shown', error));
  const rest = due.length - shown.length;
  if (rest > 0) {
    await browser.notifications.create(SUMMARY_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL(ICON_PATH),
      title: t('rem_more_title', [String(rest)]),
      message: t('rem_more_body'),
    });
  }
}
