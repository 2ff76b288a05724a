/**
 * Which currency marks on a page can mean a currency, as money-text reads them (lexicon's
 * CURRENCY_MARK in lower case; 元, 币 and 镑 with the character before them: 欧元, 港币, 英镑):
 * "€10" is not a £10 top-up, while "$10" may be US or Hong Kong dollars. A bare 元 or 币 is yuan
 * where it is the local word (mainland, Hong Kong, Taiwan, Singapore). Built by the worker into
 * the payload, so the page script carries no table.
 */
const DOLLAR = ['$', 'dollar', 'dollars'];
const BARE_YUAN = ['元', '币', '幣', '圓'];
const MARKS: Readonly<Record<string, readonly string[]>> = {
  GBP: ['£', 'gbp', 'pound', 'pounds', '镑', '鎊', '英镑', '英鎊'],
  EUR: ['€', 'eur', 'euro', 'euros', '欧元', '歐元'],
  USD: [...DOLLAR, 'us$', 'usd', '美元'],
  HKD: [...DOLLAR, 'hk$', 'hkd', '港元', '港币', '港幣', '港圓', ...BARE_YUAN],
  TWD: [...DOLLAR, 'nt$', 'twd', '台币', '台幣', '台元', ...BARE_YUAN],
  SGD: [...DOLLAR, 's$', 'sgd', '新币', '新幣', '新元', ...BARE_YUAN],
  AUD: [...DOLLAR, 'a$', 'aud', '澳元', '澳幣'],
  CAD: [...DOLLAR, 'c$', 'cad', '加元', '加幣'],
  NZD: [...DOLLAR, '纽元', '紐元'],
  MXN: ['$', 'mxn', 'peso', 'pesos'],
  BRL: ['$', 'brl', 'real', 'reais'],
  CNY: ['¥', 'cny', 'rmb', 'yuan', '块', '塊', '民币', '民幣', ...BARE_YUAN],
  JPY: ['¥', 'jpy', '円', '日元', '日圓'],
  PHP: ['₱', 'php', 'peso', 'pesos'],
  KRW: ['₩', 'krw', '韩元', '韓元', '韩圆', '韓圓'],
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
