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
    summaryZh: '连续 6 个月没有计费行为即被停用：向其他号码打电话、发短信或彩信（紧急呼叫除外），一次上网，或购买话费或套餐。有博客称最低充值为 £10。',
    estimate: false,
    source: { title: 'giffgaff community: Recycling mobile numbers @ giffgaff; giffgaff help article 242797', url: 'https://www.giffgaff.com/help/articles/242797', checkedOn: CHECKED },
  },
  'three-uk': {
    summary: 'About 6 months without a chargeable action. No official page was found: estimate.',
    summaryZh: '约 6 个月没有计费行为。未找到官方页面：此为估计。',
    estimate: true,
    source: { title: "Ken's Tech Tips: PAYG inactivity", url: 'https://www.kenstechtips.com/index.php/pay-as-you-go-inactivity', checkedOn: CHECKED },
  },
  'ee': {
    summary:
      'Warning at 60 days; "hibernation" at 179 days without a chargeable action (credit removed, can be reinstated); notice at 269; number recycled at 273 days. Using pack allowances does not count.',
    summaryZh: '60 天时警告；连续 179 天没有计费行为即“休眠”（余额清零，可恢复）；269 天时通知；273 天回收号码。使用套餐内额度不算。',
    estimate: false,
    source: { title: 'EE Community: What is pay as you go and flex hibernation', url: 'https://community.ee.co.uk/', checkedOn: CHECKED },
  },
  'vodafone-uk': {
    summary: 'A chargeable action every 180 days; then a 90-day warning; disconnection at about 270 days.',
    summaryZh: '每 180 天需有一次计费行为；之后 90 天警告期；约 270 天时断开。',
    estimate: false,
    source: { title: 'Vodafone UK: Keeping your Pay as you go number active', url: 'https://www.vodafone.co.uk/help-and-information/keeping-your-pay-as-you-go-number-active', checkedOn: CHECKED },
  },
  'lebara-uk': {
    summary: 'No official inactivity figure found for the UK (Lebara Australia terminates 30 days after expiry). Set your own rule on the line.',
    summaryZh: '未找到英国的官方不活跃期限（Lebara 澳大利亚在到期 30 天后终止）。请在号码上设置你自己的规则。',
    estimate: true,
    source: { title: 'Lebara Australia help (no UK page found)', url: 'https://help.lebara.com.au/', checkedOn: CHECKED },
  },
  'lycamobile-uk': {
    summary:
      'Terms 4.3 only say a top-up within 90 days of last use is credited; small UK networks may cancel after 84 days and Ofcom warns of "as little as 70 days": the shortest figure is used. Estimate.',
    summaryZh: '条款 4.3 只说在最后一次使用后 90 天内充值会入账；英国的小运营商可能在 84 天后注销，Ofcom 提醒“最短 70 天”：此处采用最短期限。此为估计。',
    estimate: true,
    source: { title: 'Lycamobile UK top-up terms; Ofcom: use it or lose it', url: 'https://www.lycamobile.co.uk/en/terms-and-conditions/', checkedOn: CHECKED },
  },
  'cmhk': {
    summary: 'Smallest online refill HK$50. A blog reports that HK$50 adds 180 days of validity, with about 1 month of grace: estimate.',
    summaryZh: '网上最低充值 HK$50。有博客称 HK$50 可延长 180 天有效期，另有约 1 个月宽限期：此为估计。',
    estimate: true,
    source: { title: 'CMHK eShop; hkyamane.com (2016)', url: 'https://eshop.hk.chinamobile.com/', checkedOn: CHECKED },
  },
  'csl': {
    summary: 'Smallest bank top-up HK$50; auto-recharge triggers below HK$20 or with 5 days of validity left. Validity per amount not found.',
    summaryZh: '银行转账最低充值 HK$50；余额低于 HK$20 或有效期剩 5 天时自动充值。未找到每种金额对应的有效期。',
    estimate: true,
    source: { title: 'hkcsl.com prepaid recharge', url: 'https://www.hkcsl.com/', checkedOn: CHECKED },
  },
  'ultra': {
    summary: '30-day PayGo cycle: suspended if unpaid on the renewal date; number deleted 30 days later. Price may change.',
    summaryZh: '30 天 PayGo 周期：续费日未付款即暂停；30 天后删除号码。价格可能变动。',
    estimate: false,
    source: { title: 'Ultra Mobile FAQ', url: 'https://www.ultramobile.com/faq/', checkedOn: CHECKED },
  },
  'us-mobile': {
    summary:
      'Permanently disconnected 45 days after non-payment (an older page says 30/50). "Snooze" keeps a number for about $2-3 a month.',
    summaryZh: '欠费 45 天后永久断开（旧页面称 30/50 天）。“Snooze”服务每月约 $2-3 可保留号码。',
    estimate: false,
    source: { title: 'US Mobile knowledge base: inactive for 45 days; help: snooze', url: 'https://www.usmobile.com/', checkedOn: CHECKED },
  },
  'tello': {
    summary:
      'With no plan, pay-as-you-go credit expires 3 months after purchase and the number is deleted; 7-day notice; renewals run 5-11 AM US Eastern.',
    summaryZh: '没有套餐时，按量付费的余额在购买 3 个月后失效并删除号码；提前 7 天通知；续费在美国东部时间早上 5-11 点进行。',
    estimate: false,
    source: { title: 'Tello help center', url: 'https://tello.com/help', checkedOn: CHECKED },
  },
  'smart': {
    summary: 'Loads are valid 1 year (since 2018); at zero balance, 120 days to reload (a third-party page says 180).',
    summaryZh: '充值有效期 1 年（自 2018 年起）；余额为零后有 120 天可以充值（第三方页面称 180 天）。',
    estimate: false,
    source: { title: 'Smart help center; Manila Bulletin', url: 'https://help.smart.com.ph/', checkedOn: CHECKED },
  },
};

/** A rule's summary in the user's language (Simplified Chinese for zh-*, English otherwise). */
export function ruleSummary(source: CarrierRuleSource, locale: string): string {
  return locale.toLowerCase().startsWith('zh') ? source.summaryZh : source.summary;
}
