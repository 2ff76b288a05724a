import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  CUSTOM_CARRIER_ENTRY,
  emptyLineForm,
  formFromLine,
  lineFromForm,
  mergeEdit,
  parseDaysList,
  withCarrierDefaults,
  type LineFormValues,
} from '../../utils/domain/line-form';
import { parseBackup } from '../../utils/domain/backup';
import { phoneFormats } from '../../utils/domain/phone';
import { findCarrier } from '../../utils/carriers/registry';
import { CARRIERS } from '../../utils/carriers/catalog';
import { DEFAULT_SETTINGS } from '../../utils/domain/types';
import { makeLine } from './fixtures';
import { confirmRenewal } from '../../utils/reminders/renewal';
import { problemText } from '../../components/options/problem-text';

const sample = parseBackup(readFileSync(resolve('../shared/fixtures/backup-v1.sample.json'), 'utf8'));
if (!sample.ok) throw new Error('sample backup must parse');
const carrierIds = CARRIERS.map((carrier) => carrier.id);
const context = { id: 'new-1', paymentMethodIds: ['pm-visa'] };

function giffgaffForm(overrides: Partial<LineFormValues> = {}): LineFormValues {
  const values = withCarrierDefaults({ ...emptyLineForm(DEFAULT_SETTINGS), carrier: 'giffgaff', label: 'My giffgaff' }, findCarrier('giffgaff'), true);
  return { ...values, number: '07700 900456', ...overrides };
}

describe('lineFromForm', () => {
  it('reads a national UK number for giffgaff into E.164 and fills the carrier defaults', () => {
    const result = lineFromForm(giffgaffForm({ balance: '5.12' }), context);
    expect(result.problems).toEqual({});
    if (!result.ok) throw new Error('expected a line');
    expect(result.line).toMatchObject({
      id: 'new-1',
      label: 'My giffgaff',
      number: '+447700900456',
      carrier: 'giffgaff',
      currency: 'GBP',
      balance: 512,
      keepAlive: { activityEveryDays: 180 },
      timeZone: 'Europe/London',
      renewal: { kind: 'none' },
      reminders: null,
    });
  });

  it('puts a message on the number field for something that is not a phone number, and gives no line', () => {
    const result = lineFromForm(giffgaffForm({ number: '12' }), context);
    expect(result.ok).toBe(false);
    expect(result.problems.number).toEqual({ code: 'not-phone', detail: 'GB' });
    expect(result.problems.label).toBeUndefined();
  });

  it('reads a currency code typed in full-width letters (a Chinese IME) or lower case', () => {
    for (const currency of ['ＨＫＤ', 'ｈｋｄ', ' hkd ']) {
      const result = lineFromForm(giffgaffForm({ currency, balance: '５０' }), context);
      expect(result.ok ? [result.line.currency, result.line.balance] : result.problems, currency).toEqual(['HKD', 5000]);
    }
  });

  it('refuses more decimals than the currency has, naming the currency', () => {
    expect(lineFromForm(giffgaffForm({ balance: '5.123' }), context).problems.balance).toEqual({ code: 'amount-precision', detail: 'GBP' });
    expect(lineFromForm(giffgaffForm({ currency: 'JPY', balance: '5.5' }), context).problems.balance).toEqual({ code: 'amount-precision', detail: 'JPY' });
    expect(lineFromForm(giffgaffForm({ balance: 'five' }), context).problems.balance).toEqual({ code: 'amount-format' });
  });

  it('refuses an "Other carrier" name over 80 characters for its length, not as an unknown carrier id', () => {
    const values = { ...emptyLineForm(DEFAULT_SETTINGS), label: 'Travel SIM', carrier: CUSTOM_CARRIER_ENTRY, customCarrierName: 'P'.repeat(81), number: '+639171234567', currency: 'PHP' };
    const result = lineFromForm(values, { id: 'l-new', paymentMethodIds: [] });
    expect(result.problems.customCarrierName).toEqual({ code: 'too-long', detail: '80' });
    expect(problemText(result.problems.customCarrierName!)).toBe('Too long (at most 80).');
    expect(lineFromForm({ ...values, customCarrierName: 'P'.repeat(80) }, { id: 'l-new', paymentMethodIds: [] }).ok).toBe(true);
  });

  it('says how to write the data left, in a sentence (not the backup file\'s "wrong type")', () => {
    const problem = lineFromForm(giffgaffForm({ dataMB: '1.5 GB' }), context).problems.dataMB!;
    expect(problem).toEqual({ code: 'data-format' });
    expect(problemText(problem)).toBe('Type the megabytes left, such as 500 or 1.5.');
    expect(problemText({ code: 'not-email' })).toBe('Type an e-mail address such as name@example.com.');
  });

  it('refuses impossible dates and out-of-range keep-alive days', () => {
    const result = lineFromForm(giffgaffForm({ expiresOn: '2026-02-30', keepAliveDays: '0' }), context);
    expect(result.problems.expiresOn).toEqual({ code: 'not-date' });
    expect(result.problems.keepAliveDays).toEqual({ code: 'range', detail: '1-3650' });
  });

  it('builds each renewal shape and checks its own fields', () => {
    const cycle = lineFromForm(giffgaffForm({ renewalKind: 'cycle', renewalMonths: '6', renewalAmount: '50', renewalNextOn: '2026-12-03' }), context);
    expect(cycle.ok && cycle.line.renewal).toEqual({ kind: 'cycle', months: 6, amount: 5000, nextOn: '2026-12-03' });
    const monthly = lineFromForm(giffgaffForm({ renewalKind: 'monthly', renewalDay: '31', renewalAmount: '3' }), context);
    expect(monthly.ok && monthly.line.renewal).toEqual({ kind: 'monthly', day: 31, amount: 300 });
    const threshold = lineFromForm(giffgaffForm({ renewalKind: 'threshold', renewalBelow: '100', renewalTopUp: '300' }), context);
    expect(threshold.ok && threshold.line.renewal).toEqual({ kind: 'threshold', below: 10000, topUp: 30000 });

    const bad = lineFromForm(giffgaffForm({ renewalKind: 'monthly', renewalDay: '32', renewalAmount: '0' }), context);
    expect(bad.problems.renewalDay).toEqual({ code: 'range', detail: '1-31' });
    expect(bad.problems.renewalAmount).toEqual({ code: 'zero' });
    expect(lineFromForm(giffgaffForm({ renewalKind: 'cycle', renewalMonths: '6', renewalAmount: '5' }), context).problems.renewalNextOn).toEqual({ code: 'required' });
  });

  it('reads own reminders, and refuses a bad days list', () => {
    const own = lineFromForm(giffgaffForm({ remindersOwn: true, remindersDaysBefore: '7，30 1', remindersTime: '07:00', remindersRepeat: 'weekly', remindersLowBalance: '2', remindersLowDataMB: '500' }), context);
    expect(own.ok && own.line.reminders).toEqual({ daysBefore: [30, 7, 1], lowBalanceBelow: 200, lowDataBelowMB: 500, timeOfDay: '07:00', repeat: 'weekly' });
    expect(lineFromForm(giffgaffForm({ remindersOwn: true, remindersDaysBefore: '7, -1' }), context).problems.remindersDaysBefore).toEqual({ code: 'days-list' });
  });

  it('takes a free-entry carrier as custom:<name> and asks for the name when empty', () => {
    const named = lineFromForm(giffgaffForm({ carrier: CUSTOM_CARRIER_ENTRY, customCarrierName: ' Smart ' }), context);
    expect(named.ok && named.line.carrier).toBe('custom:Smart');
    expect(lineFromForm(giffgaffForm({ carrier: CUSTOM_CARRIER_ENTRY, customCarrierName: '' }), context).problems.customCarrierName).toEqual({ code: 'required' });
  });

  it('lets the shared record check have the final word (card number in notes, unknown payment method)', () => {
    const result = lineFromForm(giffgaffForm({ notes: 'card 4111 1111 1111 1111', paymentMethodId: 'pm-gone' }), context);
    expect(result.problems.notes).toEqual({ code: 'card-data' });
    expect(result.problems.paymentMethodId).toEqual({ code: 'dangling-ref', detail: 'pm-gone' });
    expect(lineFromForm(giffgaffForm({ label: '  ' }), context).problems.label).toEqual({ code: 'empty' });
  });
});

describe('formFromLine', () => {
  it('round-trips every line of the sample unchanged', () => {
    for (const line of sample.data.lines) {
      const values = formFromLine(line, sample.data.settings, carrierIds, phoneFormats(line.number));
      const result = lineFromForm(values, { id: line.id, paymentMethodIds: ['pm-visa'] });
      expect(result.problems).toEqual({});
      expect(result.ok && result.line).toEqual(line);
    }
  });

  it('shows a custom carrier not in the list in the free-entry field', () => {
    const line = sample.data.lines.find((entry) => entry.id === 'l-data')!;
    const values = formFromLine(line, sample.data.settings, carrierIds);
    expect(values.carrier).toBe(CUSTOM_CARRIER_ENTRY);
    expect(values.customCarrierName).toBe('Smart');
  });
});

describe('withCarrierDefaults', () => {
  it('fills country and currency always, keep-alive and zone only for a new line', () => {
    const edited = withCarrierDefaults({ ...emptyLineForm(DEFAULT_SETTINGS), keepAliveDays: '90', timeZone: 'Asia/Tokyo' }, findCarrier('cmhk'), false);
    expect(edited).toMatchObject({ country: 'HK', currency: 'HKD', keepAliveDays: '90', timeZone: 'Asia/Tokyo' });
    const fresh = withCarrierDefaults(emptyLineForm(DEFAULT_SETTINGS), findCarrier('cmhk'), true);
    expect(fresh).toMatchObject({ country: 'HK', currency: 'HKD', keepAliveDays: '', timeZone: 'Asia/Hong_Kong' });
  });

  it('an existing line with an amount keeps its currency when its carrier is changed: HK$38 never turns into £38', () => {
    const hk = { ...emptyLineForm(DEFAULT_SETTINGS), carrier: 'cmhk', country: 'HK', currency: 'HKD' };
    for (const field of ['balance', 'renewalAmount', 'renewalBelow', 'renewalTopUp', 'remindersLowBalance'] as const) {
      expect(withCarrierDefaults({ ...hk, [field]: '38.00' }, findCarrier('giffgaff'), false), field).toMatchObject({ country: 'GB', currency: 'HKD' });
    }
    // Without an amount the new carrier's currency comes, as for a new line.
    expect(withCarrierDefaults(hk, findCarrier('giffgaff'), false).currency).toBe('GBP');
    expect(withCarrierDefaults({ ...hk, balance: '38.00' }, findCarrier('giffgaff'), true).currency).toBe('GBP');
  });
});

describe('parseDaysList', () => {
  it('accepts commas, spaces and Chinese separators, drops repeats and sorts', () => {
    expect(parseDaysList('1, 30、7 7')).toEqual({ ok: true, days: [30, 7, 1] });
    expect(parseDaysList('')).toEqual({ ok: false, problem: { code: 'required' } });
    expect(parseDaysList('400')).toEqual({ ok: false, problem: { code: 'days-list' } });
    expect(parseDaysList('1 2 3 4 5 6 7 8 9 10 11')).toEqual({ ok: false, problem: { code: 'too-long', detail: '10' } });
  });
});

describe('mergeEdit: an editor saved after the line changed elsewhere', () => {
  it('keeps a renewal date that "Renewal went through" moved, beside the amount the user changed', () => {
    const opened = makeLine({ renewal: { kind: 'cycle', months: 1, amount: 1000, nextOn: '2026-11-20' } });
    const stored = confirmRenewal(opened, '2026-11-20');
    expect(stored.renewal).toEqual({ kind: 'cycle', months: 1, amount: 1000, nextOn: '2026-12-20' });
    const edited = { ...opened, renewal: { kind: 'cycle' as const, months: 1 as const, amount: 1200, nextOn: '2026-11-20' } };
    expect(mergeEdit(opened, edited, stored)?.renewal).toEqual({ kind: 'cycle', months: 1, amount: 1200, nextOn: '2026-12-20' });
    // A date the user changed is theirs, and a cycle's day goes with its date.
    const moved = { ...opened, renewal: { kind: 'cycle' as const, months: 1 as const, amount: 1000, nextOn: '2026-11-25' } };
    expect(mergeEdit(opened, moved, { ...stored, renewal: { ...stored.renewal, day: 31 } as typeof stored.renewal })?.renewal).toEqual({ kind: 'cycle', months: 1, amount: 1000, nextOn: '2026-11-25' });
  });

  const opened = makeLine({ id: 'l1', label: 'UK giffgaff', balance: 500, lastActivityOn: '2026-06-01', currency: 'GBP' });
  const stored = { ...opened, balance: 1500, lastActivityOn: '2026-11-22' }; // a top-up logged in the popup

  it('keeps what changed elsewhere in the fields the user left alone, and the user\'s changes', () => {
    expect(mergeEdit(opened, { ...opened, label: 'Main UK' }, stored)).toEqual({ ...stored, label: 'Main UK' });
  });

  it('the user\'s value wins in a field both changed', () => {
    expect(mergeEdit(opened, { ...opened, balance: 2000 }, stored)).toEqual({ ...stored, balance: 2000 });
  });

  it('amounts go with a currency the user changed', () => {
    expect(mergeEdit(opened, { ...opened, currency: 'EUR' }, stored)).toEqual({ ...stored, currency: 'EUR', balance: 500 });
  });

  it('gives up (null) when the merge would not pass the record check', () => {
    expect(mergeEdit(opened, { ...opened, label: 'x' }, { ...stored, balance: -1 })).toBeNull();
  });
});

describe('a cycle\'s day of the month in the form', () => {
  const onDay31 = makeLine({ renewal: { kind: 'cycle', months: 1, amount: 1000, nextOn: '2027-02-28', day: 31 } });
  const values = formFromLine(onDay31, DEFAULT_SETTINGS, CARRIERS.map((carrier) => carrier.id));
  const read = (changes: Partial<LineFormValues>) => {
    const result = lineFromForm({ ...values, ...changes }, { id: onDay31.id, paymentMethodIds: [] });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.line.renewal;
  };

  it('is kept through the editor while the date is still a month\'s end before it', () => {
    expect(read({})).toEqual(onDay31.renewal);
    expect(read({ renewalNextOn: '2027-04-30' })).toMatchObject({ nextOn: '2027-04-30', day: 31 });
  });

  it('goes when the user picks another day', () => {
    expect(read({ renewalNextOn: '2027-03-15' })).toEqual({ kind: 'cycle', months: 1, amount: 1000, nextOn: '2027-03-15' });
    expect(read({ renewalNextOn: '2027-03-31' })).toEqual({ kind: 'cycle', months: 1, amount: 1000, nextOn: '2027-03-31' });
  });
});
