import type { PhoneFormats } from '../domain/phone-formats';
import { currencyDigits } from '../domain/money';
import { currencyMarks } from './currency-marks';
import type { FillPayload } from './payload';

/** The payload of one click, built the same way by the worker and by `npm run fill`. */
export function buildFillPayload(input: {
  phone: PhoneFormats;
  amountMinor: number | null;
  currency: string;
  email?: string | null;
  preferNational: boolean;
}): FillPayload {
  let digits = 2;
  try {
    digits = input.currency ? currencyDigits(input.currency) : 2;
  } catch {
    digits = 2; // An unknown code: cents are the common case.
  }
  return {
    phone: input.phone,
    amountMinor: input.amountMinor,
    currency: input.currency,
    currencyDigits: digits,
    currencyMarks: currencyMarks(input.currency),
    email: input.email ?? null,
    preferNational: input.preferNational,
  };
}
