import { getCustomCarriers, getLine, getLines, getPhoneFormats } from '../store/db';
import { buildPopupView, type PopupView } from '../popup/view';
import { recordActivity, recordTopUp } from '../actions/line-actions';
import { openRecharge } from '../autofill/open-recharge';
import { forgetLastFill, getLastFill } from '../autofill/session';
import type { ActionResult } from '../messaging/protocol';
import type { TopUpSource } from '../domain/types';

/** The user's zone, as the browser reports it. */
export function userZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Builds the popup's list from the store, now. */
export async function popupView(now = new Date()): Promise<PopupView> {
  const [lines, formats, customCarriers, lastFill] = await Promise.all([getLines(), getPhoneFormats(), getCustomCarriers(), getLastFill(now.getTime())]);
  return buildPopupView(lines, formats, customCarriers, now, userZone(), lastFill && { lineId: lastFill.lineId, amountMinor: lastFill.amountMinor });
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
