import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInputText, parseLooseNumber, readMoneyText, textStatesAmount } from '../../../utils/autofill/money-text';
import { currencyMarks } from '../../../utils/autofill/currency-marks';

describe('reading amounts in page text', () => {
  it.each([
    ['HK$100', 100, 'hk$'],
    ['15 €', 15, '€'],
    ['£10.00', 10, '£'],
    ['R$ 20,00', 20, '$'],
    ['NT$1,000', 1000, 'nt$'],
    ['1.000,50 €', 1000.5, '€'],
    ['100元', 100, '元'],
    ['₱300', 300, '₱'],
    ['$50 MXN', 50, '$'],
    ['25', 25, ''],
    ['10 GB for £5', 5, '£'],
    // Full-width digits and signs, as Chinese and Japanese pages write them.
    ['ＨＫ＄１００', 100, 'hk$'],
    ['１００元', 100, '元'],
    ['￥５００', 500, '¥'],
    // Non-breaking and narrow non-breaking spaces, as French and German pages group digits.
    ['15\u00a0€', 15, '€'],
    ['1\u202f000,50\u00a0€', 1000.5, '€'],
  ])('%s', (text, value, marked) => {
    expect(readMoneyText(text)).toEqual({ value, marked });
  });

  it('refuses text that states no single amount', () => {
    expect(readMoneyText('Choose an amount')).toBeNull();
    expect(readMoneyText('10 GB, 30 days')).toBeNull();
    expect(readMoneyText('£5 or £10')).toBeNull();
  });

  // The quick paths for option lists (days, years, country names) read as the general rule does.
  it('reads a bare number as an unmarked amount, and text without digits as none', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,80}$/), (digits) => {
        expect(readMoneyText(` ${digits} `)).toEqual({ value: Number(digits), marked: '' });
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }).filter((text) => !/\d/.test(text)), (text) => {
        expect(readMoneyText(text)).toBeNull();
      }),
    );
    expect(readMoneyText('０７')).toEqual({ value: 7, marked: '' });
    expect(readMoneyText('$ 12 345')).toEqual({ value: 12345, marked: '$' });
  });

  it('matches minor units exactly', () => {
    expect(textStatesAmount('HK$100', { minor: 10000, digits: 2 })).toBe(true);
    expect(textStatesAmount('HK$100', { minor: 1000, digits: 2 })).toBe(false);
    expect(textStatesAmount('¥500', { minor: 500, digits: 0 })).toBe(true);
  });

  it('never takes a mark of another currency for the line\'s', () => {
    const gbp = { minor: 1000, digits: 2, marks: currencyMarks('GBP') };
    expect(['£10', '10 GBP', '10 pounds', '10', '10.00'].map((text) => textStatesAmount(text, gbp))).toEqual([true, true, true, true, true]);
    expect(['€10', '10 EUR', '$10', 'HK$10', '10元'].map((text) => textStatesAmount(text, gbp))).toEqual([false, false, false, false, false]);
    const hkd = { minor: 10000, digits: 2, marks: currencyMarks('HKD') };
    expect(['HK$100', '$100', '100港元', '港币100', 'HKD 100'].map((text) => textStatesAmount(text, hkd))).toEqual([true, true, true, true, true]);
    expect(['US$100', 'NT$100', 'S$100', '£100'].map((text) => textStatesAmount(text, hkd))).toEqual([false, false, false, false]);
    // A currency without known marks takes any: nothing to tell them apart by.
    expect(textStatesAmount('€10', { minor: 1000, digits: 2, marks: currencyMarks('XYZ') })).toBe(true);
    expect(parseLooseNumber('1,2,3')).toBeNull();
  });
});

describe('writing an amount into a box', () => {
  const box = (placeholder = '', step = '', value = '') => ({ placeholder, step, pattern: '', value });
  it('whole amounts without decimals unless the box shows them', () => {
    expect(amountInputText(1500, 2, box())).toBe('15');
    expect(amountInputText(1500, 2, box('0.00'))).toBe('15.00');
    expect(amountInputText(1500, 2, box('', '0.01'))).toBe('15.00');
  });
  it('cents always, with the separator the box uses', () => {
    expect(amountInputText(1250, 2, box())).toBe('12.50');
    expect(amountInputText(2000, 2, box('0,00'))).toBe('20,00');
  });
  it('currencies without minor units', () => {
    expect(amountInputText(500, 0, box('0.00'))).toBe('500');
  });
});
