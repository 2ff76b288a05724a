import { CARRIERS } from './catalog';
import type { Carrier, CustomCarrier } from '../domain/types';
import { hostMatchesDomain } from './domains';

export const CUSTOM_PREFIX = 'custom:';

/** A custom carrier as a catalog entry, so the rest of the code sees one shape. */
export function customToCarrier(custom: CustomCarrier): Carrier {
  return {
    id: custom.id,
    name: custom.name,
    country: custom.country ?? '',
    currency: '',
    domains: custom.domains,
    rechargeUrl: custom.rechargeUrl,
    rule: {
      activityEveryDays: custom.activityEveryDays,
      topUpExtendsDays: custom.topUpExtendsDays,
    },
  };
}

/**
 * Finds a line's carrier: built-in by id, a saved custom one, or for an unknown `custom:<name>`
 * (as in backups from another profile) a bare entry with that name and no rule.
 */
export function findCarrier(id: string, custom: readonly CustomCarrier[] = []): Carrier | undefined {
  const builtIn = CARRIERS.find((carrier) => carrier.id === id);
  if (builtIn) return builtIn;
  const saved = custom.find((carrier) => carrier.id === id);
  if (saved) return customToCarrier(saved);
  if (id.startsWith(CUSTOM_PREFIX) && id.length > CUSTOM_PREFIX.length) {
    return customToCarrier({ id, name: id.slice(CUSTOM_PREFIX.length), domains: [], rechargeUrl: '', activityEveryDays: null, topUpExtendsDays: null });
  }
  return undefined;
}

/** The display name of a carrier id. */
export function carrierName(id: string, custom: readonly CustomCarrier[] = []): string {
  return findCarrier(id, custom)?.name ?? id;
}

/** Carriers whose own domain the hostname is on. */
export function carriersForHost(hostname: string, custom: readonly CustomCarrier[] = []): Carrier[] {
  const all = [...CARRIERS, ...custom.map(customToCarrier)];
  return all.filter((carrier) => carrier.domains.some((domain) => hostMatchesDomain(hostname, domain)));
}

