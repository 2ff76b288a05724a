import type { CarrierRuleSource } from '../domain/types';

/**
 * Where each built-in carrier's keep-alive figures come from, with the day they were checked
 * (collected 2026-11, from ../shared/CARRIERS.md). `estimate: true` marks figures no official page
 * states or that sources contradict. Keyed by carrier id; a test checks every catalog entry has one.
 */
const CHECKED = '2026-11-20';

export const CARRIER_SOURCES: Readonly<Record<string, CarrierRuleSource>> = {
  'giffgaff': {
    summary:
      'Deactivated after 6 months without a chargeable action: a call, SMS or MMS to another number, one internet connection, or buying credit or a plan. Some blogs say the smallest top-up is £10.',
    estimate: false,
    source: { title: 'giffgaff community: Recycling mobile numbers @ giffgaff; giffgaff help article 242797', url: 'https://www.giffgaff.com/help/articles/242797', checkedOn: CHECKED },
  },
  'three-uk': {
    summary: 'About 6 months without a chargeable action. No official page was found: estimate.',
    estimate: true,
    source: { title: "Ken's Tech Tips: PAYG inactivity", url: 'https://www.kenstechtips.com/index.php/pay-as-you-go-inactivity', checkedOn: CHECKED },
  },
  'ee': {
    summary:
      'Warning at 60 days; "hibernation" at 179 days without a chargeable action (credit removed, can be reinstated); notice at 269; number recycled at 273 days. Using pack allowances does not count.',
    estimate: false,
    source: { title: 'EE Community: What is pay as you go and flex hibernation', url: 'https://community.ee.co.uk/', checkedOn: CHECKED },
  },
  'vodafone-uk': {
    summary: 'A chargeable action every 180 days; then a 90-day warning; disconnection at about 270 days.',
    estimate: false,
    source: { title: 'Vodafone UK: Keeping your Pay as you go number active', url: 'https://www.vodafone.co.uk/help-and-information/keeping-your-pay-as-you-go-number-active', checkedOn: CHECKED },
  },
  'lebara-uk': {
    summary: 'No official inactivity figure found for the UK (Lebara Australia terminates 30 days after expiry). Set your own rule on the line.',
    estimate: true,
    source: { title: 'Lebara Australia help (no UK page found)', url: 'https://help.lebara.com.au/', checkedOn: CHECKED },
  },
  'lycamobile-uk': {
    summary:
      'Terms 4.3 only say a top-up within 90 days of last use is credited; small UK networks may cancel after 84 days and Ofcom warns of "as little as 70 days": the shortest figure is used. Estimate.',
    estimate: true,
    source: { title: 'Lycamobile UK top-up terms; Ofcom: use it or lose it', url: 'https://www.lycamobile.co.uk/en/terms-and-conditions/', checkedOn: CHECKED },
  },
  'cmhk': {
    summary: 'Smallest online refill HK$50. A blog reports that HK$50 adds 180 days of validity, with about 1 month of grace: estimate.',
    estimate: true,
    source: { title: 'CMHK eShop; hkyamane.com (2016)', url: 'https://eshop.hk.chinamobile.com/', checkedOn: CHECKED },
  },
  'csl': {
    summary: 'Smallest bank top-up HK$50; auto-recharge triggers below HK$20 or with 5 days of validity left. Validity per amount not found.',
    estimate: true,
    source: { title: 'hkcsl.com prepaid recharge', url: 'https://www.hkcsl.com/', checkedOn: CHECKED },
  },
  'ultra': {
    summary: '30-day PayGo cycle: suspended if unpaid on the renewal date; number deleted 30 days later. Price may change.',
    estimate: false,
    source: { title: 'Ultra Mobile FAQ', url: 'https://www.ultramobile.com/faq/', checkedOn: CHECKED },
  },
  'us-mobile': {
    summary:
      'Permanently disconnected 45 days after non-payment (an older page says 30/50). "Snooze" keeps a number for about $2-3 a month.',
    estimate: false,
    source: { title: 'US Mobile knowledge base: inactive for 45 days; help: snooze', url: 'https://www.usmobile.com/', checkedOn: CHECKED },
  },
  'tello': {
    summary:
      'With no plan, pay-as-you-go credit expires 3 months after purchase and the number is deleted; 7-day notice; renewals run 5-11 AM US Eastern.',
    estimate: false,
    source: { title: 'Tello help center', url: 'https://tello.com/help', checkedOn: CHECKED },
  },
  'smart': {
    summary: 'Loads are valid 1 year (since 2018); at zero balance, 120 days to reload (a third-party page says 180).',
    estimate: false,
    source: { title: 'Smart help center; Manila Bulletin', url: 'https://help.smart.com.ph/', checkedOn: CHECKED },
  },
};
