import { browser } from 'wxt/browser';

/**
 * Short-lived autofill memory in storage.session (cleared when the browser closes, never synced):
 * which line a recharge tab was opened for, and the last fill, for the popup's "log this top-up".
 */
const tabKey = (tabId: number) => `fill:tab:${tabId}`;
const LAST_FILL_KEY = 'fill:last';
const DISMISSED_KEY = 'fill:dismissed-carriers';

export interface LastFill {
  lineId: string;
  amountMinor: number | null;
  /** When it was filled (epoch ms): an old fill is no longer offered for logging. */
  at: number;
}

/** How long after a fill the popup still offers to log it. */
export const LAST_FILL_OFFERED_MS = 2 * 60 * 60 * 1000;

/** storage.session where the browser has it (Chrome 102+, Firefox 115+), local storage otherwise. */
function sessionArea() {
  return browser.storage.session ?? browser.storage.local;
}

export async function rememberLineForTab(tabId: number, lineId: string): Promise<void> {
  await sessionArea().set({ [tabKey(tabId)]: lineId });
}

/** A line id kept under `key`, or null. */
async function storedLineId(key: string): Promise<string | null> {
  const stored = (await sessionArea().get(key))[key];
  return typeof stored === 'string' ? stored : null;
}

export function chosenLineForTab(tabId: number): Promise<string | null> {
  return storedLineId(tabKey(tabId));
}

const offerKey = (tabId: number) => `fill:offer:${tabId}`;

/** Enough for a tab's back and forward pages; the click's line must still be the page's carrier's. */
const OFFERS_KEPT = 10;

/** Lines offered in this tab's pages, latest last (a page restored by Back still shows its offer). */
async function offeredLines(tabId: number): Promise<string[]> {
  const stored = (await sessionArea().get(offerKey(tabId)))[offerKey(tabId)];
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

/** The line the in-page offer names in this tab: a click may fill only a line offered there. */
export async function rememberOffer(tabId: number, lineId: string): Promise<void> {
  const offered = (await offeredLines(tabId)).filter((id) => id !== lineId);
  await sessionArea().set({ [offerKey(tabId)]: [...offered, lineId].slice(-OFFERS_KEPT) });
}

export async function wasOffered(tabId: number, lineId: string): Promise<boolean> {
  return (await offeredLines(tabId)).includes(lineId);
}

/** Forgets the offers of these lines in this tab; the tab's other pages keep theirs (Back restores them). */
export async function forgetOffer(tabId: number, lineIds: readonly string[]): Promise<void> {
  const left = (await offeredLines(tabId)).filter((id) => !lineIds.includes(id));
  await sessionArea().set({ [offerKey(tabId)]: left });
}

export async function rememberLastFill(fill: Omit<LastFill, 'at'>, at = Date.now()): Promise<void> {
  await sessionArea().set({ [LAST_FILL_KEY]: { ...fill, at } satisfies LastFill });
}

/** The user logged the filled top-up, or said no: stop offering it. */
export async function forgetLastFill(): Promise<void> {
  await sessionArea().remove(LAST_FILL_KEY);
}

/** The last fill, for the popup to offer logging it, while it is recent. */
export async function getLastFill(now = Date.now()): Promise<LastFill | null> {
  const stored = (await sessionArea().get(LAST_FILL_KEY))[LAST_FILL_KEY] as LastFill | undefined;
  if (!stored || typeof stored.lineId !== 'string' || typeof stored.at !== 'number') return null;
  return now - stored.at <= LAST_FILL_OFFERED_MS ? stored : null;
}

async function dismissedCarriers(): Promise<string[]> {
  const stored = (await sessionArea().get(DISMISSED_KEY))[DISMISSED_KEY];
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

/** The user closed the in-page offer: not on these carriers' sites again until the browser closes. */
export async function dismissOffersFor(carrierIds: readonly string[]): Promise<void> {
  if (carrierIds.length === 0) return;
  const dismissed = await dismissedCarriers();
  await sessionArea().set({ [DISMISSED_KEY]: [...new Set([...dismissed, ...carrierIds])] });
}

export async function offerDismissedFor(carrierId: string): Promise<boolean> {
  return (await dismissedCarriers()).includes(carrierId);
}
