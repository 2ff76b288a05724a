import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFeatures, type OptionFeatures } from '../../../utils/autofill/features';
import { readMoneyText } from '../../../utils/autofill/money-text';
import { scoreField } from '../../../utils/autofill/score';

/**
 * What a select's options make it, held to the plain definitions: shares over all non-empty
 * options. The scorer settles long lists early (moneyOptionShare stops past 40% non-money), so
 * this checks that the shortcut never changes the answer.
 */

/** Dial-code list by definition: at least 60% of the options with any text or value read "+44", "(+852)", "0044". */
function dialCodeListByDefinition(options: readonly OptionFeatures[]): boolean {
  const listed = options.filter((option) => option.text.trim() !== '' || option.value.trim() !== '');
  const dial = /(^|[^\d])\+\s?\d{1,4}([^\d]|$)|^00\d{1,4}$/;
  return listed.length >= 2 && listed.filter((option) => dial.test(option.text.trim()) || dial.test(option.value.trim())).length / listed.length >= 0.6;
}

/** Money list by definition: at least 60% of the options with text read as a positive amount, one with a currency mark. */
function moneyListByDefinition(options: readonly OptionFeatures[]): boolean {
  const listed = options.filter((option) => option.text.trim() !== '');
  const reads = listed.map((option) => readMoneyText(option.text) ?? readMoneyText(option.value));
  const money = reads.filter((read) => read !== null && read.value > 0);
  return listed.length >= 2 && money.length / listed.length >= 0.6 && money.some((read) => read!.marked);
}

const optionText = fc.constantFrom('', ' ', '+44', 'United Kingdom (+44)', '0086', '+1 ', 'Hong Kong', 'HK$100', '£10', '15 €', '100', '2026', 'Select…', '请选择', '¥50', 'GB');
const option = fc.record({ value: optionText, text: optionText });
const select = (options: OptionFeatures[]) => emptyFeatures({ tag: 'select', name: 'choice', options });

describe('select option lists', () => {
  it('a dial-code list is exactly one whose non-empty options are at least 60% dial codes', () => {
    fc.assert(
      fc.property(fc.array(option, { maxLength: 12 }), (options) => {
        expect(scoreField(select(options)).dialCodeOptions).toBe(dialCodeListByDefinition(options));
      }),
      { numRuns: 2000 },
    );
  });

  it('a money list is exactly one whose options with text are at least 60% amounts, one marked', () => {
    fc.assert(
      fc.property(fc.array(option, { maxLength: 12 }), (options) => {
        const scores = scoreField(select(options));
        const expected = !dialCodeListByDefinition(options) && moneyListByDefinition(options);
        expect(scores.moneyOptions).toBe(expected);
        expect(scores.amount > 0).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
