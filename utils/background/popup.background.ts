import { getCustomCarriers, getLine, getLines, getPhoneFormats } from '../store/db';
import { buildPopupView, type PopupView } from '../popup/view';
import { recordActivity, recordTopUp } from '../actions/line-actions';
import { openRecharge } from '../autofill/open-recharge';
import type { ActionResult } from '../messaging/protocol';
import type { TopUpSource } from '../domain/types';

/** The user's zone, as the browser reports it. */
export function userZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Builds the popup's list from the store, now. */
export async function popupView(now = new Date()): Promise<PopupView> {
  const [lines, formats, customCarriers] = await Promise.all([getLines(), getPhoneFormats(), getCustomCarriers()]);
  return buildPopupView(lines, formats, customCarriers, now, userZone());
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
  return withLine(lineId, async (line) => recordTopUp(line, amountMinor, source, new Date(), userZone(), await getCustomCarriers()));
}

export function markActivityFromPopup({ lineId }: { lineId: string }): Promise<ActionResult> {
  return withLine(lineId, (line) => recordActivity(line, new Date(), userZone()));
}

/** Opens the carrier's recharge page in a new tab, ready for the one-click fill. */
export function openRechargeForLine({ lineId }: { lineId: string }): Promise<ActionResult> {
  return withLine(lineId, async (line) => {
    if (!(await openRecharge(line.id))) throw new Error('no recharge page');
  });
}
