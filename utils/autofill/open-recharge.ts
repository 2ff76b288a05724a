import { browser } from 'wxt/browser';
import { findCarrier } from '../carriers/registry';
import { getCustomCarriers, getLine } from '../store/db';
import { rememberLineForTab } from './session';

/**
 * Opens a line's recharge page, ready for the one click: the tab remembers the line, so the
 * in-page offer is for that line even when several lines share the carrier. Returns false when the
 * line or its carrier has no recharge page. Called by the popup's "Top up" and the notification's
 * "Top up now" (worker side).
 */
export async function openRecharge(lineId: string): Promise<boolean> {
  const line = await getLine(lineId);
  if (!line) return false;
  const carrier = findCarrier(line.carrier, await getCustomCarriers());
  if (!carrier?.rechargeUrl) return false;
  const tab = await browser.tabs.create({ url: carrier.rechargeUrl });
  if (tab.id !== undefined) await rememberLineForTab(tab.id, line.id);
  return true;
}
