import { describe, expect, it } from 'vitest';
import { assignRoles } from '../../../utils/autofill/assign';
import { emptyFeatures, type FieldFeatures } from '../../../utils/autofill/features';
import { scoreField } from '../../../utils/autofill/score';

const field = (overrides: Partial<FieldFeatures>) => emptyFeatures(overrides);
const rolesOf = (fields: Partial<FieldFeatures>[]) => assignRoles(fields.map(field)).roles;

describe('phone words in every supported language', () => {
  it.each([
    ['Mobile number'],
    ['Phone'],
    ['手机号码'],
    ['充值號碼'],
    ['手機號碼'],
    ['Número de celular'],
    ['Handynummer'],
    ['Numéro de téléphone'],
    ['Celular com DDD'],
    ['Numero ng telepono'],
  ])('%s is a phone field', (label) => {
    expect(rolesOf([{ label }])).toEqual(['tel']);
  });

  it('reads names and ids split on camelCase and punctuation', () => {
    expect(rolesOf([{ name: 'customerPhoneNumber' }])).toEqual(['tel']);
    expect(rolesOf([{ id: 'mobile_no' }])).toEqual(['tel']);
  });

  it('trusts autocomplete and type=tel over silence', () => {
    expect(rolesOf([{ autocomplete: 'tel-national' }])).toEqual(['tel-national']);
    expect(rolesOf([{ type: 'tel' }])).toEqual(['tel']);
  });
});

describe('fields that look like phones but are not', () => {
  it.each([
    ['SMS verification code', 'one-time-code'],
    ['手机验证码', 'one-time-code'],
    ['Fax number', null],
    ['Phone extension', 'extension'],
  ])('%s', (label, exclusion) => {
    expect(rolesOf([{ label }])).toEqual([null]);
    if (exclusion) expect(scoreField(field({ label })).excluded).toBe(exclusion);
  });

  it('never gives a payment-card field a role, whatever else it says', () => {
    for (const overrides of [{ autocomplete: 'cc-number' }, { label: 'Card number' }, { name: 'cvc' }, { label: 'Name on card' }, { label: 'Expiry date (MM/YY)' }, { label: '卡号' }]) {
      expect(scoreField(field(overrides)).excluded, JSON.stringify(overrides)).toBe('card');
      expect(rolesOf([overrides])).toEqual([null]);
    }
  });

  it('never gives a password a role', () => {
    expect(rolesOf([{ type: 'password', label: 'Phone PIN' }])).toEqual([null]);
  });

  it('leaves sign-in forms alone', () => {
    expect(rolesOf([{ label: 'Mobile number', inLoginForm: true }])).toEqual([null]);
  });
});

describe('numbers split over several boxes', () => {
  const part = (name: string, maxLength: number, joinedToPrevious: boolean, nearby = '') => ({ name, maxLength, joinedToPrevious, nearby });

  it('area code, prefix and line number by maxlength 3/3/4', () => {
    expect(rolesOf([part('p1', 3, false, 'Phone:'), part('p2', 3, true, '-'), part('p3', 4, true, '-')])).toEqual(['tel-area-code', 'tel-local-prefix', 'tel-local-suffix']);
  });

  it('a country code first when four boxes are joined', () => {
    expect(rolesOf([part('p0', 2, false, 'Phone:'), part('p1', 3, true), part('p2', 3, true), part('p3', 4, true)])).toEqual([
      'tel-country-code',
      'tel-area-code',
      'tel-local-prefix',
      'tel-local-suffix',
    ]);
  });

  it('stops before an extension box', () => {
    expect(rolesOf([part('p1', 3, false, 'Phone:'), part('p2', 3, true), part('p3', 4, true), { name: 'ext', maxLength: 5, joinedToPrevious: false, nearby: 'ext.:' }])).toEqual([
      'tel-area-code',
      'tel-local-prefix',
      'tel-local-suffix',
      null,
    ]);
  });

  it('"Area code" then "Phone" boxes', () => {
    expect(rolesOf([{ label: 'Area code' }, { nearby: 'Phone:' }])).toEqual(['tel-area-code', 'tel-local']);
  });

  it('a dial-code select before the number makes it national', () => {
    const dialCodes = [
      { value: '+44', text: 'United Kingdom (+44)' },
      { value: '+852', text: 'Hong Kong (+852)' },
      { value: '+1', text: 'United States (+1)' },
    ];
    expect(rolesOf([{ tag: 'select', options: dialCodes }, { label: 'Mobile number', joinedToPrevious: true }])).toEqual(['tel-country-code', 'tel-national']);
  });

  it('a country select of names only is not a dial-code control', () => {
    const countries = [
      { value: 'GB', text: 'United Kingdom' },
      { value: 'HK', text: 'Hong Kong' },
    ];
    expect(rolesOf([{ tag: 'select', options: countries, label: 'Country' }, { label: 'Mobile number' }])).toEqual([null, 'tel']);
  });
});

describe('e-mail', () => {
  it.each([['Email'], ['電郵地址'], ['邮箱'], ['Correo electrónico'], ['Adresse e-mail'], ['E-Mail-Adresse']])('%s', (label) => {
    expect(rolesOf([{ label }])).toEqual(['email']);
  });
  it('type=email', () => expect(rolesOf([{ type: 'email' }])).toEqual(['email']));
});

describe('amount', () => {
  const money = (texts: string[]) => texts.map((text, index) => ({ value: String(index), text }));

  it.each([['Top-up amount'], ['充值金额'], ['儲值金額'], ['Monto de la recarga'], ['Betrag'], ['Montant'], ['Valor da recarga'], ['Halaga ng load']])('%s', (label) => {
    expect(rolesOf([{ label }])).toEqual(['amount']);
  });

  it('a select whose options read as money', () => {
    expect(rolesOf([{ tag: 'select', name: 'x', options: money(['Choose', 'HK$100', 'HK$200', 'HK$300']) }])).toEqual(['amount']);
  });

  it('a radio group with money labels, as one control', () => {
    expect(rolesOf([{ type: 'radio', radioGroup: 'd', label: '15 €', options: [{ value: 'a', text: '' }] }, { type: 'radio', radioGroup: 'd', label: '25 €', options: [{ value: 'b', text: '' }] }])).toEqual(['amount', 'amount']);
  });

  it('never a shipping or payment-method choice, even when its label states a price', () => {
    const choice = (radioGroup: string, label: string) => ({ type: 'radio', radioGroup, name: radioGroup, label, options: [{ value: label, text: '' }] });
    expect(rolesOf([choice('shippingMethod', 'Standard $5.95'), choice('shippingMethod', 'Express $12.95')])).toEqual([null, null]);
    expect(rolesOf([choice('paymentMethod', 'PayPal (fee $1.00)'), choice('paymentMethod', 'Card')])).toEqual([null, null]);
    expect(rolesOf([choice('d', '顺丰配送 ¥12'), choice('d', '标准配送 ¥6')])).toEqual([null, null]);
    // A top-up's own choice still reads as the amount.
    expect(rolesOf([choice('topupAmount', '£10'), choice('topupAmount', '£20')])).toEqual(['amount', 'amount']);
  });

  it('never a converter, a per-card amount or a quantity', () => {
    expect(rolesOf([{ name: 'amount', context: 'https://www.exchange.cz/' }])).toEqual([null]);
    expect(rolesOf([{ id: 'currency-from-amount' }])).toEqual([null]);
    expect(rolesOf([{ id: 'billingOptions.creditCard.cardInputs.cardInput-0.amountInput.amount' }])).toEqual([null]);
    expect(rolesOf([{ label: 'Quantity' }])).toEqual([null]);
  });

  it('only one amount control is chosen', () => {
    expect(rolesOf([{ label: 'Amount' }, { label: 'Top-up amount', autocomplete: 'transaction-amount' }])).toEqual([null, 'amount']);
  });
});
