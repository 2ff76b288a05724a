import { getDomain, parse } from 'tldts';

/**
 * Public-suffix-aware checks for domains entering LineKeeper (custom carriers, catalog tests).
 * Loaded only by the options page: the list is about 40 KB gzipped.
 */
export function isRegistrableDomain(domain: string): boolean {
  // Browsers report host names in ASCII (bücher.de is xn--bcher-kva.de): a Unicode domain would never match.
  if (!/^[\x21-\x7e]+$/.test(domain)) return false;
  const info = parse(domain, { allowPrivateDomains: true });
  return !info.isIp && info.domain === domain.toLowerCase() && info.isIcann !== null;
}

/** A domain as browsers write host names: `bücher.de` becomes `xn--bcher-kva.de`; anything else as typed. */
export function toAsciiDomain(text: string): string {
  if (/^[\x21-\x7e]*$/.test(text) || /[/:?#@]/.test(text)) return text;
  try {
    return new URL(`https://${text}`).hostname;
  } catch {
    return text;
  }
}

/** The registrable domain of a host or URL (`www.giffgaff.com` -> `giffgaff.com`). */
export function registrableDomainOf(hostOrUrl: string): string | null {
  return getDomain(hostOrUrl, { allowPrivateDomains: true });
}
