import { browser } from 'wxt/browser';
import { CATALOG_DOMAINS } from '../carriers/catalog';
import { matchPatternsFor } from '../carriers/domains';
import { getCustomCarriers } from '../store/db';

/**
 * Custom carriers' domains are not in the manifest: the options page asks for them as optional
 * host permissions when a carrier is added or restored (requestCarrierHosts in
 * carriers/host-permissions.ts, on the user's click), and the
 * worker registers the carrier-page content script for the domains actually granted.
 */
const SCRIPT_ID = 'linekeeper-custom-carriers';
const CARRIER_SCRIPT = 'content-scripts/carrier.js';

/** Registers the carrier content script on every granted custom-carrier domain (idempotent). */
export async function syncCustomCarrierScripts(): Promise<string[]> {
  // The manifest already injects the script on the catalog's domains: a second copy would show two offers.
  const domains = [...new Set((await getCustomCarriers()).flatMap((carrier) => carrier.domains))].filter((domain) => !CATALOG_DOMAINS.has(domain));
  const granted: string[] = [];
  for (const domain of domains) {
    const origins = matchPatternsFor(domain);
    if (await browser.permissions.contains({ origins })) granted.push(...origins);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  // Every data change asks again: most change no domain, and leave the registration as it is.
  if (JSON.stringify(existing[0]?.matches ?? []) === JSON.stringify(granted)) return granted;
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: granted, js: [CARRIER_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  return granted;
}

/** Keeps the registration in step with granted permissions; call synchronously in defineBackground. */
export function registerCustomCarrierScriptSync(): void {
  const sync = () => {
    syncCustomCarrierScripts().catch(() => {
      // A domain that is no longer a valid pattern: the next change tries again.
    });
  };
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
