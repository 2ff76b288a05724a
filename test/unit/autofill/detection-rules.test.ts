import { describe, expect, it } from 'vitest';
import { assignRoles } from '../../../utils/autofill/assign';
import { emptyFeatures, type FieldFeatures } from '../../../utils/autofill/features';
import { scoreField } from '../../../utils/autofill/score';

/** Rules added from corpus misses; each case is a hand-written field, not a corpus file. */
const rolesOf = (fields: Partial<FieldFeatures>[]) => assignRoles(fields.map((overrides) => emptyFeatures(overrides))).roles;
const dialOptions = [
  { value: '', text: 'Select a country / region' },
  { value: 'US', text: 'United States +1' },
  { value: 'GB', text: 'United Kingdom +44' },
  { value: 'HK', text: 'Hong Kong (+852)' },
];
const monthOptions = [{ value: '', text: 'Month' }, ...Array.from({ length: 12 }, (_, month) => ({ value: String(month + 1), text: new Date(2020, month, 1).toLocaleString('en', { month: 'long' }) }))];

describe('phone fields the label names', () => {
  it('a card section in the attribute names does not veto a field labelled as a phone', () => {
    expect(rolesOf([{ label: 'Phone', name: 'CreditCardInformation.BillingPhoneNumberEntry.Number', maxLength: 15 }])).toEqual(['tel']);
    // ...but a card field with no phone label is still a card field.
    expect(scoreField(emptyFeatures({ name: 'CreditCardInformation.CardNumber' })).excluded).toBe('card');
  });

  it('a phone whose label mentions the code it includes is still a whole number', () => {
    expect(rolesOf([{ label: 'Phone number with country code' }])).toEqual(['tel']);
    expect(rolesOf([{ ariaLabel: 'Handynummer ohne Vorwahl' }])).toEqual(['tel']);
  });

  it('ids that chain words (contact-email-phone) do not make an either/or identifier', () => {
    expect(rolesOf([{ id: 'sec-contact-email-phone', name: 'secondaryContactPhone', nearby: 'Phone Number' }])).toEqual(['tel']);
  });
});

describe('accents', () => {
  it('are folded away, so one unaccented spelling in the word lists matches both', () => {
    for (const label of ['Teléfono', 'Téléphone', 'Telemóvel', 'Móvil']) expect(rolesOf([{ label }]), label).toEqual(['tel']);
    expect(scoreField(emptyFeatures({ label: 'Número de tarjeta' })).excluded).toBe('card');
    expect(scoreField(emptyFeatures({ label: 'Código de verificación' })).excluded).toBe('one-time-code');
  });
});

describe('fields that mention a phone but are not one', () => {
  it('type=tel labelled as another number is not a phone', () => {
    expect(rolesOf([{ type: 'tel', label: 'Membership number' }])).toEqual([null]);
    expect(rolesOf([{ type: 'tel', label: 'Mobile number' }])).toEqual(['tel']);
  });

  it('a QQ number is a messenger account', () => {
    expect(rolesOf([{ placeholder: '请输入QQ号码' }])).toEqual([null]);
  });

  it('"Email or mobile number" is an account identifier, taken as an e-mail at most', () => {
    expect(rolesOf([{ nearby: 'Email or mobile number' }])).toEqual(['email']);
    expect(rolesOf([{ label: '邮箱/手机号' }])[0]).not.toMatch(/^tel/);
  });

  it('a type-ahead country picker beside the mobile number is not the number', () => {
    const picker = { placeholder: 'Country/Region', ariaLabel: 'Country/RegionMobile', id: 'mobileNumberCountryInput', nearby: 'Mobile Country code' };
    expect(scoreField(emptyFeatures(picker)).phone).toBe(0);
    expect(rolesOf([picker, { tag: 'select', options: dialOptions }, { type: 'tel', label: 'Mobile number' }])).toEqual([null, 'tel-country-code', 'tel-national']);
    expect(rolesOf([{ placeholder: '国家/地区', ariaLabel: '手机' }])).toEqual([null]);
    // A code phrase is not a country name, and number words or type=tel still make a number.
    expect(rolesOf([{ label: 'Mobile with country code' }])).toEqual(['tel']);
    expect(rolesOf([{ label: 'Mobile number (incl. country)' }])).toEqual(['tel']);
    expect(rolesOf([{ type: 'tel', placeholder: 'Country/Region' }])).toEqual(['tel']);
  });

  it('a country-code box alone is not a phone', () => {
    expect(rolesOf([{ name: 'traits.phone.country' }])).toEqual([null]);
  });
});

describe('country-code controls', () => {
  it('a birthday month select is not a dial-code list', () => {
    expect(scoreField(emptyFeatures({ tag: 'select', options: monthOptions })).dialCodeOptions).toBe(false);
    expect(rolesOf([{ tag: 'select', options: monthOptions, ariaLabel: 'Select your birthday month' }, { placeholder: 'Year', maxLength: 4, joinedToPrevious: true }])).toEqual([null, null]);
  });

  it('a select of +NN options before the number is its country code', () => {
    expect(rolesOf([{ tag: 'select', options: dialOptions }, { label: 'Phone Number', joinedToPrevious: true }])).toEqual(['tel-country-code', 'tel-national']);
  });

  it('"Country / region code" is a dial code, not a one-time code', () => {
    const select = { tag: 'select' as const, label: 'Country / region code', options: dialOptions };
    expect(scoreField(emptyFeatures(select)).excluded).toBeNull();
    expect(rolesOf([select, { type: 'tel', label: 'Number', maxLength: 15 }])).toEqual(['tel-country-code', 'tel-national']);
  });

  it('a typed "Country Code" box before the mobile number', () => {
    expect(rolesOf([{ placeholder: 'Country Code', id: 'mobileCountryCode' }, { type: 'tel', placeholder: 'Mobile Number' }])).toEqual(['tel-country-code', 'tel-national']);
  });

  it('dial code, area code box, number: the number box takes the national number, the area code stays empty', () => {
    expect(
      rolesOf([
        { tag: 'select', options: dialOptions },
        { type: 'tel', name: 'mobileAreaCode', placeholder: 'Area', maxLength: 4 },
        { type: 'tel', name: 'mobilePhoneNumber', placeholder: 'Phone number', maxLength: 15 },
      ]),
    ).toEqual(['tel-country-code', null, 'tel-national']);
  });

  it('code phrases of a number are never one-time codes', () => {
    for (const label of ['Dial code', 'Dialling code', 'Area code', 'ISD code', 'Region code', 'Código de área']) expect(scoreField(emptyFeatures({ label })).excluded, label).toBeNull();
  });

  it('one-time codes stay excluded', () => {
    expect(scoreField(emptyFeatures({ label: 'SMS verification code' })).excluded).toBe('one-time-code');
    expect(scoreField(emptyFeatures({ label: 'Código de verificación' })).excluded).toBe('one-time-code');
  });
});
