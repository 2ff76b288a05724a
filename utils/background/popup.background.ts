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
    for (const lineId of reminder.lineIds) {
      const list = remindersByLine.get(lineId) ?? [];
      list.push({ key: reminder.key, title: text.title, message: text.message, actionable: reminder.delivered, snoozed: reminder.snoozed });
      remindersByLine.set(lineId, list);
    }
  }
  const recentFill = lastFill && { lineId: lastFill.lineId, amountMinor: lastFill.amountMinor };
  return buildPopupView(lines, formats, customCarriers, now, zone, recentFill, remindersByLine);
}

async function withLine(lineId: string, work: (line: NonNullable<Awaited<ReturnType<typeof getLine>>>) => Promise<unknown>): Promise<ActionResult> {
  const line = await getLine(lineId);
  if (!line) return { ok: false, error: 'no-such-line' };
  try {
    await work(line);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

export function logTopUpFromPopup({ lineId, amountMinor, source }: { lineId: string; amountMinor: number; source: TopUpSource }): Promise<ActionResult> {
  return withLine(lineId, async (line) => {
    await recordTopUp(line, amountMinor, source, new Date(), userZone(), await getCustomCarriers());
    if (source === 'autofill') await forgetLastFill();
  });
}

export function markActivityFromPopup({ lineId }: { lineId: string }): Promise<ActionResult> {
  return withLine(lineId, (line) => recordActivity(line, new Date(), userZone()));
}

/** The user declined to log the last fill. */
export async function dismissLastFill(): Promise<void> {
  await forgetLastFill();
}

/** Opens the carrier's recharge page in a new tab, ready for the one-click fill. */
export function openRechargeForLine({ lineId }: { lineId: string }): Promise<ActionResult> {
  return withLine(lineId, async (line) => {
    if (!(await openRecharge(line.id))) throw new Error('no recharge page');
  });
}
