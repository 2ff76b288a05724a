import type { Carrier } from '../domain/types';

/**
 * The built-in carrier catalog: data, not code. `activityEveryDays: null` means no figure is known
 * and none is invented. Where each figure comes from (summary, source page, day checked, estimate
 * mark) lives in catalog-sources.ts, which only the options page loads: the popup stays small.
 * Every domain here must be a registrable domain (eTLD+1): test/unit/carriers.test.ts checks it with tldts.
 */

export const CARRIERS: readonly Carrier[] = [
  {
    id: 'giffgaff',
    name: 'giffgaff',
    country: 'GB',
    currency: 'GBP',
    domains: ['giffgaff.com'],
    rechargeUrl: 'https://www.giffgaff.com/top-up',
    timeZone: 'Europe/London',
    rule: {
      activityEveryDays: 180,
      topUpExtendsDays: null,
    },
  },
  {
    id: 'three-uk',
    name: 'Three UK',
    country: 'GB',
    currency: 'GBP',
    domains: ['three.co.uk'],
    rechargeUrl: 'https://www.three.co.uk/top-up',
    timeZone: 'Europe/London',
    rule: {
      activityEveryDays: 180,
      topUpExtendsDays: null,
    },
  },
  {
    id: 'ee',
    name: 'EE',
    country: 'GB',
    currency: 'GBP',
    domains: ['ee.co.uk'],
    rechargeUrl: 'https://ee.co.uk/top-up',
    timeZone: 'Europe/London',
    rule: {
      // EE hibernates a line "at 179 days" without use: on day 179 it is too late, so 178 days are allowed.
      activityEveryDays: 178,
      topUpExtendsDays: null,
    },
  },
  {
    id: 'vodafone-uk',
    name: 'Vodafone UK',
    country: 'GB',
    currency: 'GBP',
    domains: ['vodafone.co.uk'],
    rechargeUrl: 'https://www.vodafone.co.uk/top-up',
    timeZone: 'Europe/London',
    rule: {
      activityEveryDays: 180,
      topUpExtendsDays: null,
    },
  },
  {
    id: 'lebara-uk',
    name: 'Lebara UK',
    country: 'GB',
    currency: 'GBP',
    domains: ['lebara.co.uk'],
    rechargeUrl: 'https://www.lebara.co.uk/en/top-up.html',
    timeZone: 'Europe/London',
    rule: {
      activityEveryDays: null,
      topUpExtendsDays: null,
    },
  },
  {
    id: 'lycamobile-uk',
    name: 'Lycamobile UK',
    country: 'GB',
    currency: 'GBP',
    domains: ['lycamobile.co.uk'],
    rechargeUrl: 'https://www.lycamobile.co.uk/en/quick-top-up/',
    timeZone: 'Europe/London',
    rule: {
      activityEveryDays: 70,
      topUpExtendsDays: null,
    },
  },
  {
    id: 'cmhk',
    name: 'China Mobile Hong Kong',
    country: 'HK',
    currency: 'HKD',
    domains: ['chinamobile.com'],
    rechargeUrl: 'https://eshop.hk.chinamobile.com/',
    timeZone: 'Asia/Hong_Kong',
    rule: {
      activityEveryDays: null,
      topUpExtendsDays: 180,
      minTopUp: 5000,
    },
  },
  {
    id: 'csl',
    name: 'CSL',
    country: 'HK',
    currency: 'HKD',
    domains: ['hkcsl.com'],
    rechargeUrl: 'https://www.hkcsl.com/en/prepaid-recharge/',
    timeZone: 'Asia/Hong_Kong',
    rule: {
      activityEveryDays: null,
      topUpExtendsDays: null,
      minTopUp: 5000,
    },
  },
  {
    id: 'ultra',
    name: 'Ultra Mobile',
    country: 'US',
    currency: 'USD',
    domains: ['ultramobile.com'],
    rechargeUrl: 'https://www.ultramobile.com/refill/',
    rule: {
      activityEveryDays: null,
      // Validity comes from paying the 30-day plan on its renewal date, not from adding credit: a $1
      // top-up does not keep the line past an unpaid renewal. The line's renewal plan carries the date.
      topUpExtendsDays: null,
    },
  },
  {
    id: 'us-mobile',
    name: 'US Mobile',
    country: 'US',
    currency: 'USD',
    domains: ['usmobile.com'],
    rechargeUrl: 'https://www.usmobile.com/',
    rule: {
      activityEveryDays: null,
      topUpExtendsDays: null,
    },
  },
  {
    id: 'tello',
    name: 'Tello',
    country: 'US',
    currency: 'USD',
    domains: ['tello.com'],
    rechargeUrl: 'https://tello.com/account/recharge',
    timeZone: 'America/New_York',
    rule: {
      activityEveryDays: null,
      // "3 months after purchase": 89 days is the shortest 3 months (1 Feb to 1 May), so the expiry
      // is never after the day Tello deletes the number; 90 was a day late for top-ups in February.
      topUpExtendsDays: 89,
    },
  },
  {
    id: 'smart',
    name: 'Smart (Philippines)',
    country: 'PH',
    currency: 'PHP',
    domains: ['smart.com.ph'],
    rechargeUrl: 'https://smart.com.ph/load',
    timeZone: 'Asia/Manila',
    rule: {
      activityEveryDays: null,
      topUpExtendsDays: 365,
    },
  },
];

/** Every built-in carrier's domain: the manifest's own host access, which custom carriers never need to ask for. */
export const CATALOG_DOMAINS: ReadonlySet<string> = new Set(CARRIERS.flatMap((carrier) => carrier.domains));
