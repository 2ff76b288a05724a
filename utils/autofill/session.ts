import { browser } from 'wxt/browser';

/**
 * Short-lived autofill memory in storage.session (cleared when the browser closes, never synced):
 * which line a recharge tab was opened for, and the last fill, for the popup's "log this top-up".
 */
const tabKey = (tabId: number) => `fill:tab:${tabId}`;
const LAST_FILL_KEY = 'fill:last';

export interface LastFill {
  lineId: string;
  amountMinor: number | null;
}

/** storage.session where the browser has it (Chrome 102+, Firefox 115+), local storage otherwise. */
function sessionArea() {
  return browser.storage.session ?? browser.storage.local;
}

export async function rememberLineForTab(tabId: number, lineId: string): Promise<void> {
  await sessionArea().set({ [tabKey(tabId)]: lineId });
}

export async function chosenLineForTab(tabId: number): Promise<string | null> {
  const stored = (await sessionArea().get(tabKey(tabId)))[tabKey(tabId)];
  return typeof stored === 'string' ? stored : null;
}

export async function rememberLastFill(fill: LastFill): Promise<void> {
  await sessionArea().set({ [LAST_FILL_KEY]: fill });
}

/** The last fill, for the popup to offer logging it. */
export async function getLastFill(): Promise<LastFill | null> {
  const stored = (await sessionArea().get(LAST_FILL_KEY))[LAST_FILL_KEY] as LastFill | undefined;
  return stored && typeof stored.lineId === 'string' ? stored : null;
}
