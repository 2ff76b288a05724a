import type { PhoneFormats } from '../domain/phone-formats';
import type { FieldRole, OptionFeatures } from './features';

/**
 * Which written form of the number a field wants. The forms are precomputed by libphonenumber
 * (PhoneFormats); here we only choose, from the field's maxlength, pattern and placeholder, and
 * from whether the page asks for the country code separately.
 */
export interface PhoneFieldShape {
  maxLength: number | null;
  pattern: string;
  placeholder: string;
  /** An input's type: a type=number box holds digits only (HTML empties it of "+44 7700..."). */
  type?: string;
}

/** Whether a value matches an input's `pattern` as the browser reads it (whole value, `v` flag). */
export function fitsPattern(value: string, pattern: string): boolean {
  if (pattern === '') return true;
  try {
    return new RegExp(`^(?:${pattern})$`, 'v').test(value);
  } catch {
    try {
      return new RegExp(`^(?:${pattern})$`).test(value);
    } catch {
      return true; // A pattern the browser cannot read constrains nothing.
    }
  }
}

function fits(value: string, shape: PhoneFieldShape): boolean {
  return (shape.maxLength === null || shape.maxLength <= 0 || value.length <= shape.maxLength) && fitsPattern(value, shape.pattern) && !(shape.type === 'number' && /\D/.test(value));
}

/** Variants in order of preference, from what the placeholder shows. */
function preferredByPlaceholder(placeholder: string, formats: PhoneFormats, order: string[]): string[] {
  const example = placeholder.normalize('NFKC').trim();
  const digits = example.replace(/\D/g, '');
  if (digits.length < 6) return order;
  const formatted = /\d[\s\-().]+\d/.test(example);
  if (example.startsWith('+') || example.startsWith('00')) return formatted ? [formats.international, formats.e164] : [formats.e164, formats.international];
  if (digits.startsWith('0') || digits.length === formats.nationalDigits.length) return formatted ? [formats.national, formats.nationalDigits] : [formats.nationalDigits, formats.national];
  if (digits.length === formats.nationalSignificant.length) return [formats.nationalSignificant, ...order];
  return order;
}

/**
 * The value for a whole-number field (`tel`) or a national-number field (`tel-national`).
 * `domestic`: the page is the carrier's in the number's own country, where national forms are usual.
 * `codeApart`: the page asks for the country code in a control of its own. Only then does a
 * national box lose the trunk prefix ("+44" and "7700900123"); alone it is the number as dialled
 * at home, "07700900123" (HTML's tel-national: "with a country-internal prefix applied").
 */
export function phoneValueFor(role: 'tel' | 'tel-national', shape: PhoneFieldShape, formats: PhoneFormats, domestic: boolean, codeApart = true): string | null {
  const defaults =
    role === 'tel-national'
      ? codeApart
        ? [formats.nationalSignificant, formats.nationalDigits, formats.national]
        : [formats.nationalDigits, formats.nationalSignificant, formats.national]
      : domestic
        ? [formats.nationalDigits, formats.nationalSignificant, formats.e164, formats.national, formats.international]
        : [formats.e164, formats.international, formats.nationalDigits, formats.nationalSignificant];
  const order = preferredByPlaceholder(shape.placeholder, formats, defaults);
  if (role === 'tel-national') {
    // With a separate country code, an international form in the national box would double it.
    const national = order.filter((value) => !value.startsWith('+'));
    return [...national, ...defaults].find((value) => fits(value, shape)) ?? null;
  }
  return [...order, ...defaults].find((value) => fits(value, shape)) ?? null;
}

/** The value for a country-code input: "+44", or "44" when the box is too short or shows no plus. */
export function countryCodeValueFor(shape: PhoneFieldShape, formats: PhoneFormats): string | null {
  const plus = `+${formats.countryCallingCode}`;
  const bare = formats.countryCallingCode;
  const placeholder = shape.placeholder.trim();
  const order = placeholder !== '' && !placeholder.startsWith('+') && /\d/.test(placeholder) ? [bare, plus] : [plus, bare];
  return order.find((value) => fits(value, shape)) ?? null;
}

/** The index of the option that selects the number's country calling code, or -1. */
export function countryCodeOptionIndex(options: readonly OptionFeatures[], formats: PhoneFormats): number {
  const code = formats.countryCallingCode;
  // "+1" but not "+1-684" or "+1 684" (American Samoa): a code followed by more digits is another code.
  const dialCode = new RegExp(`(^|[^\\d])(\\+|00)?\\s?${code}(?![\\s-]?\\d)`);
  const region = formats.country?.toUpperCase() ?? '';
  let fallback = -1;
  for (let index = 0; index < options.length; index += 1) {
    const option = options[index]!;
    const value = option.value.trim();
    const text = option.text.trim();
    const saysCode = value === code || value === `+${code}` || value === `00${code}` || dialCode.test(text) || /^\D*\+?\d{1,4}$/.test(value) && dialCode.test(value);
    // Several regions share a calling code (+1, +7, +44): prefer the option naming the region.
    const saysRegion = region !== '' && (value.toUpperCase() === region || new RegExp(`(^|[^A-Za-z])${region}([^A-Za-z]|$)`).test(value) || new RegExp(`\\b${region}\\b`).test(text));
    if (saysCode && saysRegion) return index;
    if (saysRegion && region !== '' && value.toUpperCase() === region) fallback = fallback === -1 ? index : fallback;
    if (saysCode && fallback === -1) fallback = index;
  }
  return fallback;
}

/**
 * The values of a number split over several boxes (area code, prefix, line number...).
 * The national significant digits are dealt out by each box's maxlength; a box without one gets
 * the group that the national format shows.
 */
export function splitPhoneValues(roles: readonly FieldRole[], shapes: readonly PhoneFieldShape[], formats: PhoneFormats): (string | null)[] {
  // Boxes sized for the number as dialled at home (0917-123-4567) take it with its trunk prefix.
  const sized = roles.map((role, index) => (role === 'tel-country-code' ? 0 : shapes[index]!.maxLength ?? NaN)).reduce((sum, length) => sum + length, 0);
  const digits = sized === formats.nationalDigits.length ? formats.nationalDigits : formats.nationalSignificant;
  const groups = formats.national.replace(/^\D*0(?=\d)/, formats.nationalDigits.length > digits.length ? '' : '0').split(/\D+/).filter(Boolean);
  let rest = digits;
  let groupIndex = 0;
  return roles.map((role, index) => {
    const shape = shapes[index]!;
    if (role === 'tel-country-code') return countryCodeValueFor(shape, formats);
    if (role === 'tel-national') return phoneValueFor('tel-national', shape, formats, true);
    const isLast = roles.slice(index + 1).every((later) => later === 'tel-country-code');
    let take: number;
    if (isLast) take = rest.length;
    else if (shape.maxLength && shape.maxLength > 0) take = Math.min(shape.maxLength, rest.length);
    else take = Math.min(groups[groupIndex]?.length ?? rest.length, rest.length);
    const part = rest.slice(0, take);
    rest = rest.slice(take);
    groupIndex += 1;
    return part === '' || !fits(part, shape) ? null : part;
  });
}
