import { browser } from 'wxt/browser';
import { findCarrier } from '../carriers/registry';
import { getCustomCarriers, getLine } from '../store/db';
import { openLine } from './open-line';

/**
 * "Top up now" from a notification: the single call site to swap for the autofill module's
 * `openRecharge(lineId)` (utils/autofill/open-recharge.ts) once it exists. Until then: the
 * carrier's recharge page, or the line in LineKeeper when the carrier has none.
 */
export async function topUpNow(lineId: string): Promise<void> {
  const line = await getLine(lineId);
  if (!line) return;
  const carrier = findCarrier(line.carrier, await getCustomCarriers());
  if (carrier?.rechargeUrl) await browser.tabs.create({ url: carrier.rechargeUrl });
  else await openLine(lineId);
}
