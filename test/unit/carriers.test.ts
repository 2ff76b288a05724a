import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getDomain } from 'tldts';
import { CARRIERS } from '../../utils/carriers/catalog';
import { CARRIER_SOURCES } from '../../utils/carriers/catalog-sources';
import { hostMatchesDomain, isFillableUrl, matchPatternsFor } from '../../utils/carriers/domains';
import { carriersForHost, findCarrier } from '../../utils/carriers/registry';
import { isRegistrableDomain } from '../../utils/carriers/validate-domain';
import { isCurrencyCode } from '../../utils/domain/money';
import { addDays, addMonthsClamped, isIsoDate, isTimeZone } from '../../utils/domain/dates';

const REQUIRED = ['giffgaff', 'three-uk', 'ee', 'vodafone-uk', 'lebara-uk', 'lycamobile-uk', 'cmhk', 'csl', 'ultra', 'us-mobile', 'tello', 'smart'];

describe('carrier catalog', () => {
  it('has every carrier the product promises', () => {
    expect(CARRIERS.map((carrier) => carrier.id)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it.each(CARRIERS.map((carrier) => [carrier.id, carrier] as const))('%s is well-formed and sourced', (id, carrier) => {
    expect(isCurrencyCode(carrier.currency)).toBe(true);
    expect(carrier.domains.length).toBeGreaterThan(0);
    for (const domain of carrier.domains) expect(isRegistrableDomain(domain), domain).toBe(true);
    expect(new URL(carrier.rechargeUrl).protocol).toBe('https:');
    expect(carrier.domains.some((domain) => hostMatchesDomain(new URL(carrier.rechargeUrl).hostname, domain))).toBe(true);
    if (carrier.timeZone) expect(isTimeZone(carrier.timeZone)).toBe(true);
    const source = CARRIER_SOURCES[id];
    expect(source, 'every rule says where it comes from').toBeDefined();
    expect(isIsoDate(source!.source.checkedOn)).toBe(true);
    expect(source!.summary.length).toBeGreaterThan(20);
  });

  it('marks as estimates the figures no official page states', () => {
    // The ⚠ rows of ../shared/CARRIERS.md.
    for (const id of ['three-uk', 'lebara-uk', 'lycamobile-uk', 'cmhk', 'csl']) expect(CARRIER_SOURCES[id]?.estimate, id).toBe(true);
    // Where no figure is known, none is invented.
    expect(findCarrier('lebara-uk')?.rule.activityEveryDays).toBeNull();
  });

  // Carriers state these in months or years; the catalog counts days. A day count longer than the
  // shortest such span would put the expiry after the carrier's own deadline (warn early, never late).
  it.each([
    ['giffgaff', 'activityEveryDays', 6],
    ['three-uk', 'activityEveryDays', 6],
    ['tello', 'topUpExtendsDays', 3],
    ['smart', 'topUpExtendsDays', 12],
  ] as const)('%s: %s is never longer than %i calendar months from any day', (id, field, months) => {
    const days = findCarrier(id)!.rule[field]!;
    const late: string[] = [];
    for (let day = '2026-01-01'; day < '2031-01-01'; day = addDays(day, 1)) {
      if (addDays(day, days) > addMonthsClamped(day, months)) late.push(day);
    }
    expect(late).toEqual([]);
  });

  it('allows fewer days without use than the day a carrier acts on', () => {
    // EE hibernates "at 179 days" (CARRIERS.md): the deadline must fall before that day, not on it.
    expect(findCarrier('ee')!.rule.activityEveryDays).toBeLessThan(179);
  });

  it('finds built-in, custom and unknown custom carriers', () => {
    expect(findCarrier('giffgaff')?.name).toBe('giffgaff');
    expect(findCarrier('custom:Smart')?.name).toBe('Smart');
    expect(findCarrier('custom:')).toBeUndefined();
    expect(findCarrier('nope')).toBeUndefined();
    expect(carriersForHost('www.giffgaff.com').map((carrier) => carrier.id)).toEqual(['giffgaff']);
  });
});

describe('domain matching', () => {
  it('matches the carrier\'s own domain and subdomains only', () => {
    expect(hostMatchesDomain('giffgaff.com', 'giffgaff.com')).toBe(true);
    expect(hostMatchesDomain('www.giffgaff.com', 'giffgaff.com')).toBe(true);
    expect(hostMatchesDomain('WWW.GIFFGAFF.COM.', 'giffgaff.com')).toBe(true);
    expect(hostMatchesDomain('giffgaff.com.evil.io', 'giffgaff.com')).toBe(false);
    expect(hostMatchesDomain('my-giffgaff.com', 'giffgaff.com')).toBe(false);
    expect(hostMatchesDomain('giffgaff.co', 'giffgaff.com')).toBe(false);
  });

  it('agrees with the public-suffix list for every catalog domain', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
    const domains = CARRIERS.flatMap((carrier) => carrier.domains);
    const host = fc.oneof(
      fc.tuple(fc.array(label, { maxLength: 3 }), fc.constantFrom(...domains)).map(([labels, domain]) => [...labels, domain].join('.')),
      fc.tuple(fc.constantFrom(...domains), fc.array(label, { minLength: 1, maxLength: 2 }), fc.constantFrom('com', 'io', 'co.uk', 'hk')).map(([d, mid, tld]) => [d, ...mid, tld].join('.')),
      fc.tuple(label, fc.constantFrom(...domains)).map(([prefix, domain]) => `${prefix}${domain}`),
    );
    fc.assert(
      fc.property(host, fc.constantFrom(...domains), (hostname, domain) => {
        expect(hostMatchesDomain(hostname, domain)).toBe(getDomain(hostname) === domain);
      }),
      { numRuns: 2000 },
    );
  });

  it('fills on https and loopback http only', () => {
    expect(isFillableUrl('https://www.giffgaff.com/top-up')).toBe(true);
    expect(isFillableUrl('http://www.giffgaff.com/top-up')).toBe(false);
    expect(isFillableUrl('http://127.0.0.1:8080/page.html')).toBe(true);
    expect(isFillableUrl('http://localhost/page.html')).toBe(true);
    expect(isFillableUrl('file:///tmp/page.html')).toBe(false);
    expect(isFillableUrl('not a url')).toBe(false);
  });

  it('builds https match patterns for a domain and its subdomains', () => {
    expect(matchPatternsFor('giffgaff.com')).toEqual(['https://giffgaff.com/*', 'https://*.giffgaff.com/*']);
  });
});

describe('rule summaries', () => {
  it('exist in English and Simplified Chinese, chosen by the UI language', async () => {
    const { ruleSummary } = await import('../../utils/carriers/catalog-sources');
    for (const carrier of CARRIERS) {
      const source = CARRIER_SOURCES[carrier.id]!;
      expect(source.summaryZh, carrier.id).toMatch(/[\u4e00-\u9fff]/);
      expect(ruleSummary(source, 'zh-CN')).toBe(source.summaryZh);
      expect(ruleSummary(source, 'en-GB')).toBe(source.summary);
    }
  });
});
