import { CURRENCY_MARK } from './lexicon';

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
  /** True when a currency symbol or code is written in the text. */
  marked: boolean;
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
  if (DIGITS_ONLY.test(compact)) return { value: Number(compact), marked: false };
  if (!DIGIT.test(compact)) return null;
  const numbers = [...compact.matchAll(NUMBER)];
  const marked = CURRENCY_MARK.test(compact);
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
  return value === null ? null : { value, marked: true };
}

/** True when `text` states exactly `minor` (in a currency with `digits` minor digits). */
export function textStatesAmount(text: string, minor: number, digits: number): boolean {
  const money = readMoneyText(text);
  return money !== null && Math.round(money.value * 10 ** digits) === minor;
}

/** How an amount input wants the number written: "10", "10.00" or "10,00". */
export function amountInputText(minor: number, digits: number, field: { placeholder: string; step: string; pattern: string; value?: string }): string {
  const whole = Math.trunc(minor / 10 ** digits);
  const fraction = String(minor % 10 ** digits).padStart(digits, '0');
  const example = `${field.placeholder} ${field.value ?? ''}`;
  const wantsDecimals = digits > 0 && (/\d[.,]\d{2}\b/.test(example) || /^0?\.0*1$/.test(field.step));
  const comma = /\d,\d{2}\b/.test(example) && !/\d\.\d{2}\b/.test(example);
  if (digits === 0 || (fraction === '0'.repeat(digits) && !wantsDecimals)) return String(whole);
  return `${whole}${comma ? ',' : '.'}${fraction}`;
}
