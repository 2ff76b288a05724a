import { describe, expect, it } from 'vitest';
import { isFillPayload, isFillReport, isPhoneFormats, type FillPayload } from '../../../utils/autofill/payload';
import { phoneFormats } from '../../../utils/domain/phone';

/**
 * The page script parses the payload from JSON text and fills nothing unless every part has the
 * shape the fill relies on (entrypoints/fill-page.ts); the worker checks the report it gets back.
 */
const valid: FillPayload = {
  phone: phoneFormats('+447700900123'),
  amountMinor: 1000,
  currency: 'GBP',
  currencyDigits: 2,
  currencyMarks: ['£', 'gbp'],
  email: 'me@example.com',
  preferNational: true,
};

const withPayload = (changes: Record<string, unknown>) => ({ ...valid, ...changes });
const withPhone = (changes: Record<string, unknown>) => withPayload({ phone: { ...valid.phone, ...changes } });

describe('isFillPayload', () => {
  it('accepts a whole payload, and one without an amount, an e-mail or a region', () => {
    expect(isFillPayload(valid)).toBe(true);
    expect(isFillPayload(JSON.parse(JSON.stringify(valid)))).toBe(true);
    expect(isFillPayload(withPayload({ amountMinor: null, email: null }))).toBe(true);
    expect(isFillPayload(withPhone({ country: null }))).toBe(true);
  });

  it('refuses what is not an object', () => {
    for (const value of [null, undefined, 'payload', 42, [valid]]) expect(isFillPayload(value)).toBe(false);
  });

  it('refuses an amount that is not a positive whole number of minor units', () => {
    for (const amountMinor of [0, -100, 10.5, '1000', Number.MAX_SAFE_INTEGER + 1, undefined]) expect(isFillPayload(withPayload({ amountMinor }))).toBe(false);
  });

  it('refuses a missing or mistyped currency, digits, e-mail or preference', () => {
    expect(isFillPayload(withPayload({ currency: undefined }))).toBe(false);
    expect(isFillPayload(withPayload({ currencyDigits: 1.5 }))).toBe(false);
    expect(isFillPayload(withPayload({ currencyDigits: '2' }))).toBe(false);
    expect(isFillPayload(withPayload({ currencyMarks: undefined }))).toBe(false);
    expect(isFillPayload(withPayload({ currencyMarks: ['£', 5] }))).toBe(false);
    expect(isFillPayload(withPayload({ currencyMarks: ['x'.repeat(9)] }))).toBe(false);
    expect(isFillPayload(withPayload({ email: undefined }))).toBe(false);
    expect(isFillPayload(withPayload({ email: 7 }))).toBe(false);
    expect(isFillPayload(withPayload({ preferNational: 'yes' }))).toBe(false);
  });

  it('refuses a phone whose E.164 form is not + and 7 to 15 digits', () => {
    for (const e164 of ['447700900123', '+44 7700 900123', '+123456', '+1234567890123456', '']) expect(isFillPayload(withPhone({ e164 }))).toBe(false);
    expect(isFillPayload(withPhone({ e164: '+1234567' }))).toBe(true);
  });

  it('refuses a phone missing any written form', () => {
    for (const key of ['international', 'national', 'nationalDigits', 'nationalSignificant', 'countryCallingCode'] as const) {
      expect(isPhoneFormats({ ...valid.phone, [key]: undefined })).toBe(false);
      expect(isPhoneFormats({ ...valid.phone, [key]: 44 })).toBe(false);
    }
    expect(isPhoneFormats({ ...valid.phone, country: undefined })).toBe(false);
    expect(isPhoneFormats({ ...valid.phone, country: 44 })).toBe(false);
    expect(isFillPayload(withPayload({ phone: '+447700900123' }))).toBe(false);
  });
});

describe('isFillReport', () => {
  it('accepts a report and refuses anything missing one of its lists', () => {
    const report = { url: 'https://www.giffgaff.com/top-up', filled: [], notFound: ['amount'], refused: [] };
    expect(isFillReport(report)).toBe(true);
    expect(isFillReport(null)).toBe(false);
    for (const key of ['url', 'filled', 'notFound', 'refused']) expect(isFillReport({ ...report, [key]: undefined })).toBe(false);
  });
});
