/**
 * Which currency marks on a page can mean a currency, as money-text reads them (lexicon's
 * CURRENCY_MARK, in lower case): "€10" is not a £10 top-up, while "$10" may be US or Hong Kong
 * dollars. Built by the worker into the payload, so the page script carries no table.
 */
const DOLLAR = ['$', 'dollar', 'dollars'];
const YUAN = ['元', '币', '幣'];
const MARKS: Readonly<Record<string, readonly string[]>> = {
  GBP: ['£', 'gbp', 'pound', 'pounds', '镑', '鎊'],
  EUR: ['€', 'eur', 'euro', 'euros'],
  USD: [...DOLLAR, 'us$', 'usd', '元'],
  HKD: [...DOLLAR, 'hk$', 'hkd', ...YUAN],
  TWD: [...DOLLAR, 'nt$', 'twd', ...YUAN, '圓'],
  SGD: [...DOLLAR, 's$', 'sgd', '元'],
  AUD: [...DOLLAR, 'a$', 'aud'],
  CAD: [...DOLLAR, 'c$', 'cad'],
  NZD: DOLLAR,
  MXN: ['$', 'mxn', 'peso', 'pesos'],
  BRL: ['$', 'brl', 'real', 'reais'],
  CNY: ['¥', 'cny', 'rmb', 'yuan', '块', '塊', ...YUAN],
  JPY: ['¥', 'jpy', '円'],
  PHP: ['₱', 'php', 'peso', 'pesos'],
  KRW: ['₩', 'krw'],
  INR: ['₹', 'inr', 'rupee', 'rupees'],
  MYR: ['rm', 'myr'],
  CHF: ['chf'],
  VND: ['₫'],
  THB: ['฿'],
  NGN: ['₦'],
  RUB: ['₽'],
};

/** The marks that can mean `currency`; empty for a currency we know no marks of (any mark is then accepted). */
export function currencyMarks(currency: string): string[] {
  return [...(MARKS[currency] ?? [])];
}
