import { browser } from 'wxt/browser';
import { getCustomCarriers } from '../store/db';
import { CATALOG_DOMAINS } from './catalog';
import { matchPatternsFor } from './domains';

/**
 * Asks for host access to `domains` (a custom carrier's). Call it before any await in a click
 * handler: the browser's prompt needs the user's gesture. A synchronous throw comes back as a
 * rejection; no domains, no prompt.
 */
export function requestCarrierHosts(domains: readonly string[]): Promise<boolean> {
  if (domains.length === 0) return Promise.resolve(true);
  try {
    return browser.permissions.request({ origins: domains.flatMap(matchPatternsFor) });
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Gives back host access to domains that no carrier uses any more, after a custom carrier was
 * deleted or lost domains (least privilege: access was asked for that carrier only). The built-in
 * carriers' domains are the manifest's own host permissions and are never touched. The worker's
 * permission listener then takes the content script off those domains.
 */
export async function releaseUnusedCarrierHosts(domains: readonly string[]): Promise<void> {
  const used = new Set([...(await getCustomCarriers()).flatMap((carrier) => carrier.domains), ...CATALOG_DOMAINS]);
  const origins = [...new Set(domains)].filter((domain) => !used.has(domain)).flatMap(matchPatternsFor);
  if (origins.length > 0) await browser.permissions.remove({ origins });
}
