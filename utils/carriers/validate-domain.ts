import { getDomain, parse } from 'tldts';

/**
 * Public-suffix-aware checks for domains entering LineKeeper (custom carriers, catalog tests).
 * Loaded only by the options page: the list is about 40 KB gzipped.
 */
export function isRegistrableDomain(domain: string): boolean {
  const info = parse(domain, { allowPrivateDomains: true });
  return !info.isIp && info.domain === domain.toLowerCase() && info.isIcann !== null;
}

/** The registrable domain of a host or URL (`www.giffgaff.com` -> `giffgaff.com`). */
export function registrableDomainOf(hostOrUrl: string): string | null {
  return getDomain(hostOrUrl, { allowPrivateDomains: true });
}
