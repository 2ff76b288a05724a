import { getCustomCarriers, getLine, getLines, getPaymentMethods, getPhoneFormats, getSettings } from '../store/db';
import { getReminderMemory } from '../store/reminder-state';
import { planReminders } from '../reminders/plan';
import { buildPopupView, type PopupReminder, type PopupView } from '../popup/view';
import { notificationText } from './notification-text';
import { userZone } from './reschedule';
import { uiLocale } from '../i18n';
import { recordActivity, recordTopUp } from '../actions/line-actions';
import { openRecharge } from '../autofill/open-recharge';
import { forgetLastFill, getLastFill } from '../autofill/session';
import type { ActionResult } from '../messaging/protocol';
import type { TopUpSource } from '../domain/types';

/** Builds the popup's list from the store, now, with each line's reminders (planned, not delivered). */
export async function popupView(now = new Date()): Promise<PopupView> {
  const [lines, formats, customCarriers, lastFill, settings, paymentMethods, memory] = await Promise.all([
    getLines(),
    getPhoneFormats(),
    getCustomCarriers(),
    getLastFill(now.getTime()),
    getSettings(),
    getPaymentMethods(),
    getReminderMemory(),
  ]);
  const zone = userZone();
  const locale = uiLocale();
  const remindersByLine = new Map<string, PopupReminder[]>();
  for (const reminder of planReminders({ lines, settings, paymentMethods, memory, now, zone }).active) {
    const text = notificationText(reminder, locale);
    const title = notificationText(reminder, locale, { inLine: true }).title;
    for (const lineId of reminder.lineIds) {
      const list = remindersByLine.get(lineId) ?? [];
      list.push({ key: reminder.key, title, fullTitle: text.title, message: text.message, actionable: reminder.delivered, snoozed: reminder.snoozed });
      remindersByLine.set(lineId, list);
    }
  }
  const recentFill = lastFill && { lineId: lastFill.lineId, amountMinor: lastFill.amountMinor };
  return buildPopupView(lines, formats, customCarriers, now, zone, recentFill, remindersByLine);
}

/** Runs an action on a line: `work` resolves to null when the line is gone (deleted elsewhere meanwhile). */
async function lineAction(work: () => Promise<unknown>): Promise<ActionResult> {
  try {
    return (await work()) === null ? { ok: false, error: 'no-such-line' } : { ok: true };
  } catch (error) {
    return { ok: false, error: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

export function logTopUpFromPopup({ lineId, amountMinor, source }: { lineId: string; amountMinor: number; source: TopUpSource }): Promise<ActionResult> {
  return lineAction(async () => {
    const logged = await recordTopUp(lineId, amountMinor, source, new Date(), userZone(), await getCustomCarriers());
    if (logged && source === 'autofill') await forgetLastFill();
    return logged;
  });
}

export function markActivityFromPopup({ lineId }: { lineId: string }): Promise<ActionResult> {
  return lineAction(() => recordActivity(lineId, new Date(), userZone()));
}

/** The user declined to log the last fill. */
export async function dismissLastFill(): Promise<void> {
  await forgetLastFill();
}

/** Opens the carrier's recharge page in a new tab, ready for the one-click fill. */
export function openRechargeForLine({ lineId }: { lineId: string }): Promise<ActionResult> {
  return lineAction(async () => {
    if (!(await getLine(lineId))) return null;
    if (!(await openRecharge(lineId))) throw new Error('no recharge page');
  });
}
