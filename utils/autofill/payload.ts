import type { PhoneFormats } from '../domain/phone-formats';
import type { FieldRole } from './features';

/** What one click fills: the chosen line's number (all its forms), the amount and an e-mail. */
export interface FillPayload {
  phone: PhoneFormats;
  /** Minor units; null when the line has no amount to offer (the amount is then left to the user). */
  amountMinor: number | null;
  currency: string;
  /** Digits after the decimal point of `currency` (from money.ts, so the page script needs no Intl). */
  currencyDigits: number;
  /** Currency marks that can mean `currency` ("£", "gbp"), as money-text reads them; empty when unknown. */
  currencyMarks: string[];
  email: string | null;
  /**
   * True on the line's own carrier's page (in the number's country), where national forms are
   * usual; false on any other site, where the international form is the safe default.
   */
  preferNational: boolean;
}

export type FilledField = { field: FieldRole | 'amount-tile'; selector: string; value: string };
export type RefusalReason =
  | 'hidden'
  | 'disabled'
  | 'readonly'
  | 'covered'
  | 'user-value'
  | 'cross-origin-frame'
  | 'sandboxed-frame'
  | 'no-matching-option'
  | 'no-fitting-format';
export type RefusedField = { field: FieldRole | 'frame'; selector: string; reason: RefusalReason };
export type WantedField = 'phone' | 'amount' | 'email';

/** What a fill did: the page's URL, the fields written, what was wanted but not found, what was refused. */
export interface FillReport {
  url: string;
  filled: FilledField[];
  notFound: WantedField[];
  refused: RefusedField[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

export function isPhoneFormats(value: unknown): value is PhoneFormats {
  return (
    isObject(value) &&
    isString(value.e164) &&
    /^\+\d{7,15}$/.test(value.e164) &&
    isString(value.international) &&
    isString(value.national) &&
    isString(value.nationalDigits) &&
    isString(value.nationalSignificant) &&
    isString(value.countryCallingCode) &&
    (value.country === null || isString(value.country))
  );
}

export function isFillPayload(value: unknown): value is FillPayload {
  return (
    isObject(value) &&
    isPhoneFormats(value.phone) &&
    (value.amountMinor === null || (Number.isSafeInteger(value.amountMinor) && (value.amountMinor as number) > 0)) &&
    isString(value.currency) &&
    Number.isInteger(value.currencyDigits) &&
    Array.isArray(value.currencyMarks) &&
    value.currencyMarks.length <= 20 &&
    value.currencyMarks.every((mark) => isString(mark) && mark.length <= 8) &&
    (value.email === null || isString(value.email)) &&
    typeof value.preferNational === 'boolean'
  );
}

export function isFillReport(value: unknown): value is FillReport {
  return isObject(value) && isString(value.url) && Array.isArray(value.filled) && Array.isArray(value.notFound) && Array.isArray(value.refused);
}
