import { browser } from 'wxt/browser';

/**
 * Quirk: Firefox notifications have no buttons (no `buttons` option, no `onButtonClicked` event).
 * There, a click on the notification itself opens LineKeeper on the line instead.
 */
export function notificationButtonsSupported(): boolean {
  if (import.meta.env.FIREFOX) return false;
  return typeof browser.notifications?.onButtonClicked?.addListener === 'function';
}

/** Registers the button listener where the browser has one; a no-op in Firefox. */
export function onNotificationButtonClicked(listener: (notificationId: string, buttonIndex: number) => unknown): void {
  if (notificationButtonsSupported()) browser.notifications.onButtonClicked.addListener(listener);
}
