import type { CurrencyCode } from './types';

// Building an Intl formatter costs far more than using one: the popup formats hundreds of amounts.
const formatters = new Map<string, Intl.NumberFormat>();
function currencyFormatter(locale: string, currency: CurrencyCode): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Digits from ISO 4217, not the engine's CLDR data (see currencyDigits): 5,000,000 IDR minor units is Rp50,000.00 everywhere.
    const digits = currencyDigits(currency);
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * ISO 4217's minor units where they are not 2. Stored amounts are integer minor units, so what they
 * mean must not depend on the engine: Chrome's CLDR data gives IDR, HUF, COP and PKR 0 digits and
 * IQD 0 (ISO: 2, 2, 2, 2, 3), Firefox follows ISO, and CLDR updates have changed such counts before.
 */
const MINOR_UNITS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/** Digits after the decimal point for a currency (JPY 0, GBP 2, KWD 3), from ISO 4217. */
export function currencyDigits(currency: CurrencyCode): number {
  return MINOR_UNITS[currency] ?? 2;
}

/** True for a three-letter code that Intl knows as a currency. */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: value });
    return Intl.supportedValuesOf ? Intl.supportedValuesOf('currency').includes(value) : true;
  } catch {
    return false;
  }
}

/** Formats minor units for the user's locale: 512 GBP -> "£5.12", 3800 HKD (zh-CN) -> "HK$38.00". */
export function formatMoney(minor: number, currency: CurrencyCode, locale: string): string {
  const digits = currencyDigits(currency);
  return currencyFormatter(locale, currency).format(minor / 10 ** digits);
}

export type ParsedAmount = { ok: true; minor: number } | { ok: false; error: 'empty' | 'format' | 'precision' | 'negative' | 'too-large' };

/** Thousands grouping (1,000,000) or Indian grouping (10,00,000), with `mark` between the groups. */
function isGrouped(integer: string, mark: string): boolean {
  const m = mark === '.' ? '\\.' : mark;
  return new RegExp(`^\\d{1,3}(?:${m}\\d{3})+$|^\\d{1,2}(?:${m}\\d{2})+${m}\\d{3}$`).test(integer);
}

/**
 * The decimal mark in what was typed, and the text with it as "." and grouping marks removed; null
 * when the marks make no sense. With both marks, the last one is the decimal mark ("1,000.50",
 * "1.000,50"). A lone comma is the decimal mark unless exactly three digits follow it ("10,50" is
 * 10.50, "1,000" is 1000): a comma is never silently dropped.
 */
function withDecimalPoint(text: string): string | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let decimal: '.' | ',' | null = lastDot >= 0 ? '.' : null;
  if (lastComma >= 0) {
    if (lastDot >= 0) decimal = lastDot > lastComma ? '.' : ',';
    else if (text.indexOf(',') === lastComma && text.length - lastComma - 1 !== 3) decimal = ',';
  }
  const cut = decimal === null ? text.length : text.lastIndexOf(decimal);
  const integer = text.slice(0, cut);
  const fraction = text.slice(cut);
  const grouping = decimal === ',' ? '.' : ',';
  if (integer.includes(grouping) && !isGrouped(integer, grouping)) return null;
  return integer.replaceAll(grouping, '') + fraction.replace(',', '.');
}

/**
 * Parses what a user typed ("5", "5.12", "1,000.50", "10,50", "1.000,50", "５０") into minor units
 * without floats: the digits are joined as a string, so 0.1 + 0.2 never happens.
 */
export function parseAmount(input: string, currency: CurrencyCode): ParsedAmount {
  const typed = input.normalize('NFKC').trim().replace(/[\s_']/g, '');
  if (typed === '') return { ok: false, error: 'empty' };
  if (typed.startsWith('-')) return { ok: false, error: 'negative' };
  const text = withDecimalPoint(typed);
  if (text === null) return { ok: false, error: 'format' };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === '' && !match[2])) return { ok: false, error: 'format' };
  const digits = currencyDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return { ok: false, error: 'precision' };
  const minor = Number((match[1] || '0') + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor) || minor > 1e12) return { ok: false, error: 'too-large' };
  return { ok: true, minor };
}

/** Minor units back to an editable plain string: 512 GBP -> "5.12", 500 JPY -> "500". */
export function minorToInput(minor: number, currency: CurrencyCode): string {
  const digits = currencyDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${minor < 0 ? '-' : ''}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
