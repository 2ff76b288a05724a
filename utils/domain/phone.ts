import { Metadata, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/min';
import type { PhoneFormats } from './phone-formats';

/**
 * Phone numbers are parsed and formatted by libphonenumber-js, never by hand. The library is large
 * (about 30 KB gzipped), so it runs only where numbers are written (options page, backup import);
 * their derived `PhoneFormats` are stored for the popup, the worker and the autofill to read.
 *
 * A number is accepted when it is valid, or *possible* (right length for its country calling code)
 * and within the calling code's numbering plan: reserved ranges such as the UK's 07700 900xxx fail
 * `isValid()` yet are real test lines, while a mainland 138 0013 8000 typed on a Hong Kong line is
 * possible (11 digits, for HK's premium numbers) but no Hong Kong number at all.
 */
export type ParsedPhone = { ok: true; e164: string; country: string | undefined } | { ok: false; error: 'empty' | 'invalid' };

/** Parses what a user typed, national (for `country`) or international, into E.164. */
export function parsePhone(input: string, country?: string): ParsedPhone {
  const text = input.normalize('NFKC').trim();
  if (text === '') return { ok: false, error: 'empty' };
  const parsed = parsePhoneNumberFromString(text, country as CountryCode | undefined);
  if (!parsed || !parsed.isPossible() || !(parsed.isValid() || inNumberingPlan(parsed))) return { ok: false, error: 'invalid' };
  return { ok: true, e164: parsed.number, country: parsed.country };
}

/** The national number matches the general pattern of its calling code's main region. */
function inNumberingPlan(parsed: PhoneNumber): boolean {
  const metadata = new Metadata();
  // The library selects a plan by region or by calling code; its types name only the region.
  metadata.selectNumberingPlan(parsed.countryCallingCode as CountryCode);
  const pattern = (metadata.numberingPlan as unknown as { nationalNumberPattern(): string } | undefined)?.nationalNumberPattern();
  return pattern !== undefined && new RegExp(`^(?:${pattern})$`).test(parsed.nationalNumber);
}

/** True when `value` is an E.164 string of a possible number. */
export function isE164(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\+[1-9]\d{6,14}$/.test(value)) return false;
  const parsed = parsePhoneNumberFromString(value);
  return !!parsed && parsed.isPossible() && parsed.number === value;
}

/** Every written form of a number that a page might want. */
export function phoneFormats(e164: string): PhoneFormats {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) throw new RangeError(`not a phone number: ${e164}`);
  const national = parsed.formatNational();
  const nationalDigits = national.replace(/\D/g, '');
  return {
    e164: parsed.number,
    international: parsed.formatInternational(),
    national,
    nationalDigits,
    nationalSignificant: parsed.nationalNumber,
    countryCallingCode: parsed.countryCallingCode,
    country: parsed.country ?? null,
  };
}
