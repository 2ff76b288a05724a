import { describe, expect, it } from 'vitest';
import { buildFillPayload } from '../../../utils/autofill/build-payload';
import type { FilledField, FillReport } from '../../../utils/autofill/payload';
import { afterClick, reportLines } from '../../../utils/autofill/report-text';
import { phoneFormats } from '../../../utils/domain/phone';

/** A translator that shows which message and substitutions were asked for. */
const translate = (key: string, substitutions?: string | string[]) => (substitutions === undefined ? key : `${key}(${[substitutions].flat().join('|')})`);

/** What the translator returns for the separator between field names. */
const SEPARATOR = 'fill_field_separator';

const report = (changes: Partial<FillReport>): FillReport => ({ url: 'https://www.giffgaff.com/top-up', filled: [], notFound: [], refused: [], ...changes });

describe('reportLines', () => {
  it('names each kind of field filled once, a split number and a tile included', () => {
    const lines = reportLines(
      report({
        filled: [
          { field: 'tel-area-code', selector: '#a', value: '415' },
          { field: 'tel-local', selector: '#b', value: '5550123' },
          { field: 'amount-tile', selector: 'button', value: '£10' },
        ],
      }),
      translate,
    );
    expect(lines).toEqual([`fill_report_filled(fill_field_phone${SEPARATOR}fill_field_amount)`]);
  });

  it('says nothing was filled, without a not-found line that would repeat every field', () => {
    expect(reportLines(report({ notFound: ['phone', 'amount', 'email'] }), translate)).toEqual(['fill_report_nothing']);
  });

  it('lists what was wanted but not found beside what was filled', () => {
    const lines = reportLines(report({ filled: [{ field: 'tel', selector: '#m', value: '07700900123' }], notFound: ['phone', 'amount'] }), translate);
    expect(lines).toEqual(['fill_report_filled(fill_field_phone)', `fill_report_not_found(fill_field_phone${SEPARATOR}fill_field_amount)`]);
  });

  it('never reports the receipt e-mail "not found": it is optional, and most top-up pages have no box for it', () => {
    const phone: FilledField = { field: 'tel', selector: '#m', value: '07700900123' };
    expect(reportLines(report({ filled: [phone], notFound: ['amount', 'email'] }), translate)).toEqual(['fill_report_filled(fill_field_phone)', 'fill_report_not_found(fill_field_amount)']);
    expect(reportLines(report({ filled: [phone], notFound: ['email'] }), translate)).toEqual(['fill_report_filled(fill_field_phone)']);
    // Filled, it is named like the others.
    expect(reportLines(report({ filled: [phone, { field: 'email', selector: '#e', value: 'me@example.com' }] }), translate)).toEqual([`fill_report_filled(fill_field_phone${SEPARATOR}fill_field_email)`]);
  });

  it('counts refused fields, but not the frames it could not look into', () => {
    const lines = reportLines(
      report({
        filled: [{ field: 'email', selector: '#e', value: 'me@example.com' }],
        refused: [
          { field: 'tel', selector: '#m', reason: 'user-value' },
          { field: 'amount', selector: '#x', reason: 'hidden' },
          { field: 'frame', selector: 'iframe#pay', reason: 'cross-origin-frame' },
        ],
      }),
      translate,
    );
    expect(lines).toEqual(['fill_report_filled(fill_field_email)', 'fill_report_refused(2)']);
  });
});

describe('buildFillPayload', () => {
  const phone = phoneFormats('+85291234567');

  it('carries the currency’s minor digits, so the page script needs no Intl', () => {
    expect(buildFillPayload({ phone, amountMinor: 10000, currency: 'HKD', preferNational: true }).currencyDigits).toBe(2);
    expect(buildFillPayload({ phone, amountMinor: 1000, currency: 'JPY', preferNational: false }).currencyDigits).toBe(0);
    expect(buildFillPayload({ phone, amountMinor: 1000, currency: 'KWD', preferNational: false }).currencyDigits).toBe(3);
  });

  it('falls back to two digits for an unknown or missing code, and to no e-mail', () => {
    const payload = buildFillPayload({ phone, amountMinor: null, currency: 'XYZ1', preferNational: false });
    expect(payload).toEqual({ phone, amountMinor: null, currency: 'XYZ1', currencyDigits: 2, currencyMarks: [], email: null, preferNational: false });
    expect(buildFillPayload({ phone, amountMinor: null, currency: '', preferNational: false }).currencyDigits).toBe(2);
  });
});

describe('afterClick: the offer\'s report and button after each click', () => {
  const phoneOnly = report({ filled: [{ field: 'tel-national', selector: '#m', value: '07700900123' }], notFound: ['amount', 'email'] });
  const amountOnly = report({ filled: [{ field: 'amount', selector: '[name=credit]', value: '10' }], notFound: ['phone', 'email'] });

  it('keeps the button while the amount is missing (a form that asks for it on its next step)', () => {
    const first = afterClick(phoneOnly, new Set());
    expect(first.fillAgain).toBe(true);
    expect(first.report.notFound).toEqual(['amount', 'email']);
    expect([...first.filledSoFar]).toEqual(['phone']);
  });

  it('does not call the number "not found" once an earlier click filled it, and then lets the button go', () => {
    const second = afterClick(amountOnly, new Set(['phone']));
    expect(second.report.notFound).toEqual(['email']);
    expect(second.fillAgain).toBe(false);
    expect([...second.filledSoFar].sort()).toEqual(['amount', 'phone']);
    expect(reportLines(second.report, translate)).toEqual(['fill_report_filled(fill_field_amount)']);
  });

  it('keeps it when nothing was filled, but not for a missing receipt box alone', () => {
    expect(afterClick(report({ notFound: ['phone', 'amount'] }), new Set()).fillAgain).toBe(true);
    expect(afterClick(report({ filled: phoneOnly.filled.concat(amountOnly.filled), notFound: ['email'] }), new Set()).fillAgain).toBe(false);
  });
});
