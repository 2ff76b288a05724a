import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countryCodeOptionIndex, countryCodeValueFor, phoneValueFor, splitPhoneValues } from '../../../utils/autofill/phone-value';
import { phoneFormats } from '../../../utils/domain/phone';

const uk = phoneFormats('+447700900123');
const us = phoneFormats('+12025550123');
const hk = phoneFormats('+85291234567');
const shape = (overrides: Partial<{ maxLength: number | null; pattern: string; placeholder: string }> = {}) => ({ maxLength: null, pattern: '', placeholder: '', ...overrides });

describe('the written form a whole-number field wants', () => {
  it('national digits with the trunk prefix on the carrier\'s own page', () => {
    expect(phoneValueFor('tel', shape(), uk, true)).toBe('07700900123');
  });
  it('E.164 on any other site', () => {
    expect(phoneValueFor('tel', shape(), uk, false)).toBe('+447700900123');
  });
  it('follows the placeholder: international, spaced national, digits only', () => {
    expect(phoneValueFor('tel', shape({ placeholder: '+44 7700 900000' }), uk, true)).toBe('+44 7700 900123');
    expect(phoneValueFor('tel', shape({ placeholder: '+447700900000' }), uk, true)).toBe('+447700900123');
    expect(phoneValueFor('tel', shape({ placeholder: '07700 900000' }), uk, false)).toBe('07700 900123');
    expect(phoneValueFor('tel', shape({ placeholder: '7700900000' }), uk, true)).toBe('7700900123');
  });
  it('never writes more than maxlength allows', () => {
    expect(phoneValueFor('tel', shape({ maxLength: 10 }), uk, true)).toBe('7700900123');
    expect(phoneValueFor('tel', shape({ maxLength: 11, placeholder: '07700 900123' }), uk, true)).toBe('07700900123');
    expect(phoneValueFor('tel', shape({ maxLength: 5 }), uk, true)).toBeNull();
  });
  it('honours the pattern', () => {
    expect(phoneValueFor('tel', shape({ pattern: '\\+[0-9]+' }), uk, true)).toBe('+447700900123');
    expect(phoneValueFor('tel', shape({ pattern: '[0-9]{10}' }), uk, true)).toBe('7700900123');
  });
  it('a national box after a country-code control gets no trunk prefix and no +code', () => {
    expect(phoneValueFor('tel-national', shape(), uk, true)).toBe('7700900123');
    expect(phoneValueFor('tel-national', shape({ placeholder: '07xxx' }), uk, true)).toBe('7700900123');
    expect(phoneValueFor('tel-national', shape({ placeholder: '07700 900000' }), uk, true)).toBe('07700 900123');
    expect(phoneValueFor('tel-national', shape(), hk, false)).toBe('91234567');
  });
  it('a national box with no country-code control on the page keeps the trunk prefix (HTML tel-national)', () => {
    expect(phoneValueFor('tel-national', shape(), uk, true, false)).toBe('07700900123');
    expect(phoneValueFor('tel-national', shape(), uk, false, false)).toBe('07700900123');
    // Still never an international form, and still within maxlength.
    expect(phoneValueFor('tel-national', shape({ maxLength: 10 }), uk, false, false)).toBe('7700900123');
    expect(phoneValueFor('tel-national', shape({ placeholder: '7700 900000' }), uk, true, false)).toBe('7700900123');
    // No trunk prefix in the country: the same digits either way.
    expect(phoneValueFor('tel-national', shape(), hk, false, false)).toBe('91234567');
  });
  it('any fitting answer is one of the number\'s own forms (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }), fc.constantFrom('', '+44 7700 900000', '07700900000', '7700 900000'), fc.boolean(), (maxLength, placeholder, domestic) => {
        const value = phoneValueFor('tel', shape({ maxLength, placeholder }), uk, domestic);
        if (value === null) return true;
        return [uk.e164, uk.international, uk.national, uk.nationalDigits, uk.nationalSignificant].includes(value) && (maxLength === null || value.length <= maxLength);
      }),
    );
  });
});

describe('country codes', () => {
  it('"+44", or "44" where the box is short or shows no plus', () => {
    expect(countryCodeValueFor(shape(), uk)).toBe('+44');
    expect(countryCodeValueFor(shape({ maxLength: 2 }), uk)).toBe('44');
    expect(countryCodeValueFor(shape({ placeholder: '44' }), uk)).toBe('44');
  });
  it('picks the dial-code option, preferring the region when a code is shared', () => {
    const options = [
      { value: 'CA', text: 'Canada (+1)' },
      { value: 'US', text: 'United States (+1)' },
      { value: 'GB', text: 'United Kingdom (+44)' },
    ];
    expect(countryCodeOptionIndex(options, phoneFormats('+12025550123'))).toBe(1);
    expect(countryCodeOptionIndex(options, uk)).toBe(2);
    expect(countryCodeOptionIndex([{ value: '852', text: '中国香港 +852' }, { value: '86', text: '中国内地 +86' }], hk)).toBe(0);
    expect(countryCodeOptionIndex([{ value: '86', text: '+86' }], hk)).toBe(-1);
  });
});

describe('split numbers', () => {
  it('deals the national digits out by maxlength', () => {
    expect(splitPhoneValues(['tel-area-code', 'tel-local-prefix', 'tel-local-suffix'], [shape({ maxLength: 3 }), shape({ maxLength: 3 }), shape({ maxLength: 4 })], us)).toEqual(['202', '555', '0123']);
    expect(splitPhoneValues(['tel-country-code', 'tel-area-code', 'tel-local-prefix', 'tel-local-suffix'], [shape({ maxLength: 2 }), shape({ maxLength: 3 }), shape({ maxLength: 3 }), shape({ maxLength: 4 })], us)).toEqual(['+1', '202', '555', '0123']);
  });
  it('without maxlengths, by the national format\'s groups', () => {
    expect(splitPhoneValues(['tel-area-code', 'tel-local'], [shape(), shape()], us)).toEqual(['202', '5550123']);
  });
});
