import { browser } from 'wxt/browser';
import { getCustomCarriers } from '../store/db';
import { CARRIERS } from './catalog';
import { matchPatternsFor } from './domains';

/**
 * Gives back host access to domains that no carrier uses any more, after a custom carrier was
 * deleted or lost domains (least privilege: access was asked for that carrier only). The built-in
 * carriers' domains are the manifest's own host permissions and are never touched. The worker's
 * permission listener then takes the content script off those domains.
 */
export async function releaseUnusedCarrierHosts(domains: readonly string[]): Promise<void> {
  const used = new Set([...(await getCustomCarriers()).flatMap((carrier) => carrier.domains), ...CARRIERS.flatMap((carrier) => carrier.domains)]);
  const origins = [...new Set(domains)].filter((domain) => !used.has(domain)).flatMap(matchPatternsFor);
  if (origins.length > 0) await browser.permissions.remove({ origins });
}
