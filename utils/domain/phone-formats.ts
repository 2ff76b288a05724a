/**
 * The forms of one phone number, computed by libphonenumber-js where numbers are written
 * (see phone.ts) and stored, so that small contexts (popup, worker, content script) never load it.
 * Example for +447700900123: international "+44 7700 900123", national "07700 900123",
 * nationalDigits "07700900123" (with trunk prefix), nationalSignificant "7700900123", calling code "44".
 */
export interface PhoneFormats {
  e164: string;
  international: string;
  national: string;
  nationalDigits: string;
  nationalSignificant: string;
  countryCallingCode: string;
  /** ISO 3166-1 alpha-2 region, null when the calling code is shared and the range is unassigned. */
  country: string | null;
}

/** Display text for a number: the international form when known, the E.164 string otherwise. */
export function displayPhone(e164: string, formats: PhoneFormats | undefined): string {
  return formats?.international ?? e164;
}
