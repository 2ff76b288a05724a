import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getDomain } from 'tldts';
import { lineToOffer, linesForPage } from '../../../utils/autofill/line-choice';
import { CARRIER_MATCH_PATTERNS } from '../../../utils/autofill/carrier-matches';
import { hostMatchesDomain } from '../../../utils/carriers/domains';
import { CARRIERS } from '../../../utils/carriers/catalog';
import type { Line } from '../../../utils/domain/types';
import { makeLine } from '../fixtures';

const line = (id: string, carrier: string, archived = false): Line =>
  makeLine({ id, label: id, carrier, archived, balance: null, lastActivityOn: null, keepAlive: null });
const lines = [line('a', 'giffgaff'), line('b', 'giffgaff'), line('c', 'three-uk'), line('old', 'giffgaff', true), line('mine', 'custom:Acme')];
const custom = [{ id: 'custom:Acme', name: 'Acme', domains: ['acme-mobile.example'], rechargeUrl: 'https://pay.acme-mobile.example/', activityEveryDays: null, topUpExtendsDays: null }];

describe('which lines a page may be filled with', () => {
  it('the carrier\'s own domain and its subdomains, over https', () => {
    expect(linesForPage('https://www.giffgaff.com/top-up', lines, custom).map((l) => l.id)).toEqual(['a', 'b']);
    expect(linesForPage('https://giffgaff.com/', lines, custom).map((l) => l.id)).toEqual(['a', 'b']);
    expect(linesForPage('https://pay.acme-mobile.example/', lines, custom).map((l) => l.id)).toEqual(['mine']);
  });
  it.each(['https://giffgaff.com.evil.io/top-up', 'https://my-giffgaff.com/', 'https://giffgaff-top-up.com/', 'http://www.giffgaff.com/top-up', 'ftp://giffgaff.com/', 'not a url'])('nothing on %s', (url) => {
    expect(linesForPage(url, lines, custom)).toEqual([]);
  });
  it('offers the line the tab was opened for, else the first', () => {
    expect(lineToOffer('https://www.giffgaff.com/', lines, custom, 'b')?.id).toBe('b');
    expect(lineToOffer('https://www.giffgaff.com/', lines, custom, null)?.id).toBe('a');
    // A remembered line of another carrier is never offered here.
    expect(lineToOffer('https://www.giffgaff.com/', lines, custom, 'c')?.id).toBe('a');
  });
});

describe('host matching agrees with the public-suffix list', () => {
  const domains = CARRIERS.flatMap((carrier) => carrier.domains);
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
  it('for every catalog domain, a host matches exactly when its registrable domain is that domain', () => {
    fc.assert(
      fc.property(fc.constantFrom(...domains), fc.array(label, { maxLength: 3 }), fc.constantFrom('', '.evil.io', '-x.com', 'x'), (domain, subdomains, suffix) => {
        const host = [...subdomains, domain].join('.') + suffix;
        expect(hostMatchesDomain(host, domain)).toBe(getDomain(host) === domain);
      }),
    );
  });
  it('the content script matches exactly the catalog domains, https only', () => {
    for (const pattern of CARRIER_MATCH_PATTERNS) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    expect(CARRIER_MATCH_PATTERNS.length).toBe(new Set(domains).size * 2);
  });
});
