import type { Carrier } from '../domain/types';

/**
 * The built-in carrier catalog: data, not code. Each rule keeps the public page it came from and the
 * day it was checked (see README "Carrier catalog"). `estimate: true` marks figures that no official
 * page states; `activityEveryDays: null` means no figure is known and none is invented.
 * Every domain here must be a registrable domain (eTLD+1): test/unit/carriers.test.ts checks it with tldts.
 */
const CHECKED = '2026-11-20';

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
      summary:
        'Deactivated after 6 months without a chargeable action: a call, SMS or MMS to another number, one internet connection, or buying credit or a plan. Some blogs say the smallest top-up is £10.',
      estimate: false,
      source: { title: 'giffgaff community: Recycling mobile numbers @ giffgaff; giffgaff help article 242797', url: 'https://www.giffgaff.com/help/articles/242797', checkedOn: CHECKED },
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
      summary: 'About 6 months without a chargeable action. No official page was found: estimate.',
      estimate: true,
      source: { title: "Ken's Tech Tips: PAYG inactivity", url: 'https://www.kenstechtips.com/index.php/pay-as-you-go-inactivity', checkedOn: CHECKED },
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
      activityEveryDays: 179,
      topUpExtendsDays: null,
      summary:
        'Warning at 60 days; "hibernation" at 179 days without a chargeable action (credit removed, can be reinstated); notice at 269; number recycled at 273 days. Using pack allowances does not count.',
      estimate: false,
      source: { title: 'EE Community: What is pay as you go and flex hibernation', url: 'https://community.ee.co.uk/', checkedOn: CHECKED },
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
      summary: 'A chargeable action every 180 days; then a 90-day warning; disconnection at about 270 days.',
      estimate: false,
      source: { title: 'Vodafone UK: Keeping your Pay as you go number active', url: 'https://www.vodafone.co.uk/help-and-information/keeping-your-pay-as-you-go-number-active', checkedOn: CHECKED },
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
      summary: 'No official inactivity figure found for the UK (Lebara Australia terminates 30 days after expiry). Set your own rule on the line.',
      estimate: true,
      source: { title: 'Lebara Australia help (no UK page found)', url: 'https://help.lebara.com.au/', checkedOn: CHECKED },
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
      summary:
        'Terms 4.3 only say a top-up within 90 days of last use is credited; small UK networks may cancel after 84 days and Ofcom warns of "as little as 70 days": the shortest figure is used. Estimate.',
      estimate: true,
      source: { title: 'Lycamobile UK top-up terms; Ofcom: use it or lose it', url: 'https://www.lycamobile.co.uk/en/terms-and-conditions/', checkedOn: CHECKED },
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
      summary: 'Smallest online refill HK$50. A blog reports that HK$50 adds 180 days of validity, with about 1 month of grace: estimate.',
      estimate: true,
      source: { title: 'CMHK eShop; hkyamane.com (2016)', url: 'https://eshop.hk.chinamobile.com/', checkedOn: CHECKED },
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
      summary: 'Smallest bank top-up HK$50; auto-recharge triggers below HK$20 or with 5 days of validity left. Validity per amount not found.',
      estimate: true,
      source: { title: 'hkcsl.com prepaid recharge', url: 'https://www.hkcsl.com/', checkedOn: CHECKED },
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
      topUpExtendsDays: 30,
      summary: '30-day PayGo cycle: suspended if unpaid on the renewal date; number deleted 30 days later. Price may change.',
      estimate: false,
      source: { title: 'Ultra Mobile FAQ', url: 'https://www.ultramobile.com/faq/', checkedOn: CHECKED },
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
      summary:
        'Permanently disconnected 45 days after non-payment (an older page says 30/50). "Snooze" keeps a number for about $2-3 a month.',
      estimate: false,
      source: { title: 'US Mobile knowledge base: inactive for 45 days; help: snooze', url: 'https://www.usmobile.com/', checkedOn: CHECKED },
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
      topUpExtendsDays: 90,
      summary:
        'With no plan, pay-as-you-go credit expires 3 months after purchase and the number is deleted; 7-day notice; renewals run 5-11 AM US Eastern.',
      estimate: false,
      source: { title: 'Tello help center', url: 'https://tello.com/help', checkedOn: CHECKED },
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
      summary: 'Loads are valid 1 year (since 2018); at zero balance, 120 days to reload (a third-party page says 180).',
      estimate: false,
      source: { title: 'Smart help center; Manila Bulletin', url: 'https://help.smart.com.ph/', checkedOn: CHECKED },
    },
  },
];
