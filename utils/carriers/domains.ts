/**
 * Runtime domain matching, small enough for the content script and popup.
 *
 * A carrier domain is a registrable domain (eTLD+1), checked with the public-suffix list (tldts)
 * where domains enter LineKeeper: the built-in catalog in a unit test, custom carriers when saved.
 * For such a domain D, "the page's registrable domain is D" is exactly "the host is D or ends in .D",
 * which is also how the browser's own match patterns (`*://*.D/*`) read. So giffgaff.com matches
 * www.giffgaff.com and never giffgaff.com.evil.io or my-giffgaff.com, without shipping the 40 KB list.
 */
export function hostMatchesDomain(hostname: string, domain: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const registrable = domain.toLowerCase();
  return host === registrable || host.endsWith(`.${registrable}`);
}

/** Loopback hosts, where plain http is allowed so that tests can serve pages locally. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Autofill runs on https only (loopback http allowed for tests). */
export function isFillableUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
}

/** Match patterns for a registrable domain: the domain itself and every subdomain, https only. */
export function matchPatternsFor(domain: string): string[] {
  return [`https://${domain}/*`, `https://*.${domain}/*`];
}
