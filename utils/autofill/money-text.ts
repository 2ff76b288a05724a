import { CURRENCY_MARK } from './lexicon';
import { fitsPattern } from './phone-value';

/**
 * Reading amounts out of page text ("HK$100", "15 €", "£10.00", "1.000,50 €", "100元") and writing
 * them into amount inputs. Pure: the currency's minor digits come from the caller (money.ts).
 */

const NUMBER = /\d[\d\s.,']*/g;
const FULL_WIDTH = /[\u3000\uff00-\uffef]/;
const DIGITS_ONLY = /^\d+$/;
const DIGIT = /\d/;

/** Parses one number written with either decimal separator ("1,000.50", "1.000,50", "15,5"); null when unclear. */
export function parseLooseNumber(raw: string): number | null {
  const text = raw.replace(/[\s']/g, '').replace(/[.,]$/, '');
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d+[.,]\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  if (/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(text)) return Number(text.replace(/[.,]/g, ''));
  const grouped = /^(\d{1,3}(?:([.,])\d{3})+)([.,])(\d{1,2})$/.exec(text);
  if (grouped && grouped[2] !== grouped[3]) return Number(`${grouped[1]!.replace(/[.,]/g, '')}.${grouped[4]}`);
  return null;
}

export interface MoneyText {
  value: number;
  /** The currency symbol or code written in the text, in lower case ("£", "hk$", "eur"); "" when none. */
  marked: string;
}

/** An amount to find on a page. `marks`: the currency marks that can mean its currency; empty when unknown (any mark goes). */
export interface Amount {
  minor: number;
  digits: number;
  marks?: readonly string[];
}

/**
 * An amount's `minor` that any marked amount of the currency states: the in-page offer's probe asks
 * whether the page has a tile of money at all, so that when the offer appears tells the page nothing
 * of the line's own amount.
 */
export const ANY_AMOUNT = -1;

/** The money states exactly the amount: the same number, and no mark of another currency ("€10" is not £10). */
export function statesAmount(money: MoneyText, amount: Amount): boolean {
  return (amount.minor === ANY_AMOUNT ? money.marked !== '' : Math.round(money.value * 10 ** amount.digits) === amount.minor) && !(money.marked && amount.marks?.length && !amount.marks.includes(money.marked));
}

/**
 * The one amount a piece of text states: "HK$100" -> 100, "15 €" -> 15, "£10 credit" -> 10.
 * Text with several numbers ("10 GB for £5") counts only when exactly one number carries a currency.
 */
export function readMoneyText(text: string): MoneyText | null {
  // Full-width digits and signs ("１００", "＄") read as ASCII; other text skips normalize(), whose
  // first call in a page loads Unicode tables.
  const compact = (FULL_WIDTH.test(text) ? text.normalize('NFKC') : text).trim();
  if (compact === '' || compact.length > 80) return null;
  // The common option texts first, without the general reading: days and years ("31", "1990"), and
  // names with no digit at all (countries, titles). Same results, a fraction of the regex work.
  if (DIGITS_ONLY.test(compact)) return { value: Number(compact), marked: '' };
  if (!DIGIT.test(compact)) return null;
  const numbers = [...compact.matchAll(NUMBER)];
  const mark = CURRENCY_MARK.exec(compact);
  // 元, 币 and 镑 name a currency with the character before them: 欧元, 港币, 英镑 (人民币 reads 民币).
  const marked = mark ? (/[元币幣圓镑鎊]/.test(mark[0]) && /[\u4e00-\u9fff]/.test(compact[mark.index - 1] ?? '') ? compact[mark.index - 1]! : '') + mark[0].toLowerCase() : '';
  if (numbers.length === 1) {
    const value = parseLooseNumber(numbers[0]![0]);
    return value === null ? null : { value, marked };
  }
  const withCurrency = numbers.filter((match) => {
    const index = match.index ?? 0;
    const before = compact.slice(Math.max(0, index - 4), index);
    const after = compact.slice(index + match[0].length, index + match[0].length + 5);
    return CURRENCY_MARK.test(before) || CURRENCY_MARK.test(after);
  });
  if (withCurrency.length !== 1) return null;
  const value = parseLooseNumber(withCurrency[0]![0]);
  return value === null ? null : { value, marked };
}

/** True when `text` states exactly the amount (statesAmount). */
export function textStatesAmount(text: string, amount: Amount): boolean {
  const money = readMoneyText(text);
  return money !== null && statesAmount(money, amount);
}

/**
 * How an amount input wants the number written: "10", "10.00" or "10,00", from its placeholder,
 * value, step and pattern. A type=number box takes only a dot: HTML empties it of anything else.
 */
export function amountInputText(minor: number, digits: number, field: { placeholder: string; step: string; pattern: string; type?: string; value?: string }): string {
  const whole = String(Math.trunc(minor / 10 ** digits));
  const fraction = String(minor % 10 ** digits).padStart(digits, '0');
  const example = `${field.placeholder} ${field.value ?? ''}`;
  const wantsDecimals = digits > 0 && (/\d[.,]\d{2}\b/.test(example) || /^0?\.0*1$/.test(field.step));
  const comma = field.type !== 'number' && /\d,\d{2}\b/.test(example) && !/\d\.\d{2}\b/.test(example);
  const dot = `${whole}.${fraction}`;
  const preferred = digits === 0 || (fraction === '0'.repeat(digits) && !wantsDecimals) ? whole : comma ? `${whole},${fraction}` : dot;
  // The page's own pattern has the last word ("[0-9]+\.[0-9]{2}" wants "10.00").
  const forms = [preferred, ...(fraction === '0'.repeat(digits) ? [whole] : []), ...(digits > 0 ? [dot, ...(field.type === 'number' ? [] : [`${whole},${fraction}`])] : [])];
  return forms.find((form) => fitsPattern(form, field.pattern)) ?? preferred;
}
