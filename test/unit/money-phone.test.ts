import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney, isCurrencyCode, minorToInput, parseAmount } from '../../utils/domain/money';
import { isE164, parsePhone, phoneFormats } from '../../utils/domain/phone';

describe('currency minor units', () => {
  // Stored amounts are minor units: their meaning must not follow the engine's CLDR data (Chrome
  // gives IDR, HUF, COP, PKR and IQD 0 digits; Firefox and ISO 4217 give 2, 2, 2, 2 and 3).
  it('come from ISO 4217, whatever Intl says', () => {
    expect(['IDR', 'HUF', 'COP', 'PKR', 'IQD', 'JPY', 'KRW', 'KWD', 'GBP', 'CLF'].map(currencyDigits)).toEqual([2, 2, 2, 2, 3, 0, 0, 3, 2, 4]);
    expect(formatMoney(5_000_000, 'IDR', 'en').replace(/\s/g, ' ')).toBe('IDR 50,000.00');
    expect(parseAmount('50000', 'IDR')).toEqual({ ok: true, minor: 5_000_000 });
    expect(formatMoney(1500, 'IQD', 'en').replace(/\s/g, ' ')).toBe('IQD 1.500');
  });
});

describe('money', () => {
  it('parses typed amounts into minor units without floats', () => {
    expect(parseAmount('5.12', 'GBP')).toEqual({ ok: true, minor: 512 });
    expect(parseAmount('0.1', 'GBP')).toEqual({ ok: true, minor: 10 });
    expect(parseAmount('1,000.50', 'USD')).toEqual({ ok: true, minor: 100050 });
    expect(parseAmount('５０', 'HKD')).toEqual({ ok: true, minor: 5000 });
    expect(parseAmount('500', 'JPY')).toEqual({ ok: true, minor: 500 });
    expect(parseAmount('5.5', 'JPY')).toEqual({ ok: false, error: 'precision' });
    expect(parseAmount('5.123', 'GBP')).toEqual({ ok: false, error: 'precision' });
    expect(parseAmount('-5', 'GBP')).toEqual({ ok: false, error: 'negative' });
    expect(parseAmount('abc', 'GBP')).toEqual({ ok: false, error: 'format' });
    expect(parseAmount('  ', 'GBP')).toEqual({ ok: false, error: 'empty' });
  });
  it('reads a decimal comma as one, never dropping it (10,50 is not 1050)', () => {
    expect(parseAmount('10,50', 'EUR')).toEqual({ ok: true, minor: 1050 });
    expect(parseAmount('2,5', 'GBP')).toEqual({ ok: true, minor: 250 });
    expect(parseAmount('１０，５０', 'EUR')).toEqual({ ok: true, minor: 1050 });
    expect(parseAmount('1.000,50', 'EUR')).toEqual({ ok: true, minor: 100050 });
    expect(parseAmount('100,5', 'JPY')).toEqual({ ok: false, error: 'precision' });
    expect(parseAmount('1,2345', 'GBP')).toEqual({ ok: false, error: 'precision' });
  });
  it('takes commas between groups of three (or Indian groups) as grouping, and refuses other commas', () => {
    expect(parseAmount('1,000', 'GBP')).toEqual({ ok: true, minor: 100000 });
    expect(parseAmount('1,000,000', 'JPY')).toEqual({ ok: true, minor: 1000000 });
    expect(parseAmount('1,00,000', 'INR')).toEqual({ ok: true, minor: 10000000 });
    expect(parseAmount("1'000.50", 'CHF')).toEqual({ ok: true, minor: 100050 });
    expect(parseAmount('1,0,0', 'GBP')).toEqual({ ok: false, error: 'format' });
    expect(parseAmount('12,34.5', 'GBP')).toEqual({ ok: false, error: 'format' });
    expect(parseAmount('1.5.0', 'GBP')).toEqual({ ok: false, error: 'format' });
  });

  it('formats for the user\'s language', () => {
    expect(formatMoney(512, 'GBP', 'en-GB')).toBe('£5.12');
    expect(formatMoney(3800, 'HKD', 'en')).toBe('HK$38.00');
    expect(formatMoney(15000, 'PHP', 'zh-CN')).toContain('150.00');
  });

  it('round-trips minor units to input text', () => {
    expect(minorToInput(512, 'GBP')).toBe('5.12');
    expect(minorToInput(5, 'GBP')).toBe('0.05');
    expect(minorToInput(500, 'JPY')).toBe('500');
  });

  it('knows currency codes', () => {
    expect(isCurrencyCode('HKD')).toBe(true);
    expect(isCurrencyCode('XYZ')).toBe(false);
    expect(isCurrencyCode('hkd')).toBe(false);
  });
});

describe('phone numbers', () => {
  it('parses national input for the chosen country into E.164', () => {
    expect(parsePhone('07700 900456', 'GB')).toMatchObject({ ok: true, e164: '+447700900456' });
    expect(parsePhone('9123 4567', 'HK')).toMatchObject({ ok: true, e164: '+85291234567' });
    expect(parsePhone('+1 212 555 0123')).toMatchObject({ ok: true, e164: '+12125550123' });
    expect(parsePhone('12', 'GB')).toEqual({ ok: false, error: 'invalid' });
    expect(parsePhone('', 'GB')).toEqual({ ok: false, error: 'empty' });
  });

  it('accepts E.164 of possible numbers only, in canonical form', () => {
    expect(isE164('+447700900123')).toBe(true);
    expect(isE164('+44 7700 900123')).toBe(false);
    expect(isE164('07700900123')).toBe(false);
    expect(isE164('+4412')).toBe(false);
  });

  it('derives every written form a page may want', () => {
    expect(phoneFormats('+447700900123')).toEqual({
      e164: '+447700900123',
      international: '+44 7700 900123',
      national: '07700 900123',
      nationalDigits: '07700900123',
      nationalSignificant: '7700900123',
      countryCallingCode: '44',
      country: null,
    });
    expect(phoneFormats('+85291234567')).toMatchObject({ national: '9123 4567', nationalDigits: '91234567', country: 'HK' });
  });
});
