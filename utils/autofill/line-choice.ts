import { hostMatchesDomain, isFillableUrl } from '../carriers/domains';
import { findCarrier } from '../carriers/registry';
import type { Carrier, CustomCarrier, Line } from '../domain/types';

/**
 * Which line a page may be filled with. Pure: the worker passes lines and carriers in.
 * A carrier page (its host on one of the carrier's registrable domains, https or loopback) may
 * only be offered lines of that carrier.
 */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

export function carrierMatchesHost(carrier: Carrier | undefined, host: string): boolean {
  return !!carrier && carrier.domains.some((domain) => hostMatchesDomain(host, domain));
}

/** Lines whose carrier owns the page at `url`; none for a non-https page or a lookalike host. */
export function linesForPage(url: string, lines: readonly Line[], custom: readonly CustomCarrier[]): Line[] {
  const host = hostOf(url);
  if (!host || !isFillableUrl(url)) return [];
  return lines.filter((line) => !line.archived && carrierMatchesHost(findCarrier(line.carrier, custom), host));
}

/** The line to offer on a carrier page: the one the user opened the page for, else the first match. */
export function lineToOffer(url: string, lines: readonly Line[], custom: readonly CustomCarrier[], chosenLineId: string | null): Line | null {
  const candidates = linesForPage(url, lines, custom);
  return candidates.find((line) => line.id === chosenLineId) ?? candidates[0] ?? null;
}
