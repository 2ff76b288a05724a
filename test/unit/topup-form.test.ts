import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../utils/domain/dates';
import { dateOnlyDay, emptyTopUpForm, topUpFromForm, withLine, type TopUpFormContext, type TopUpFormValues } from '../../utils/domain/topup-form';
import { topUpMonth } from '../../utils/domain/spend';
import { makeLine } from './fixtures';

// 2026-11-22 09:30 in London (UTC+0), 17:30 in Hong Kong.
const NOW = new Date('2026-11-22T09:30:00Z');
const line = makeLine({ id: 'l1', balance: 500, lastActivityOn: '2026-06-01', expiresOn: '2026-12-03', paymentMethodId: 'pm1' });
const hongKongLine = makeLine({ id: 'hk', currency: 'HKD', timeZone: 'Asia/Hong_Kong', balance: null });

function context(overrides: Partial<TopUpFormContext> = {}): TopUpFormContext {
  return { lines: [line, hongKongLine], paymentMethodIds: ['pm1', 'pm2'], ruleOf: () => ({ topUpExtendsDays: 180, minTopUp: 1000 }), now: NOW, userZone: 'Europe/London', id: 'tu-1', ...overrides };
}

function form(overrides: Partial<TopUpFormValues> = {}): TopUpFormValues {
  return { ...emptyTopUpForm([line], NOW, 'Europe/London'), amount: '10', ...overrides };
}

describe('the add-a-top-up form', () => {
  it('starts on the first line, today, its payment method, and counting on the line', () => {
    expect(emptyTopUpForm([line, hongKongLine], NOW, 'Europe/London')).toEqual({ lineId: 'l1', date: '2026-11-22', amount: '', paymentMethodId: 'pm1', note: '', applyToLine: true });
  });

  it("switching the line brings that line's payment method and its own today", () => {
    const lateEvening = new Date('2026-11-21T22:00:00Z');
    const start = { ...emptyTopUpForm([line], lateEvening, 'Europe/London'), amount: '5' };
    expect(start.date).toBe('2026-11-21');
    expect(withLine(start, hongKongLine, lateEvening, 'Europe/London')).toEqual({ ...start, lineId: 'hk', paymentMethodId: '', date: '2026-11-22' });
  });

  it('records a top-up made today at the moment of saving, and applies it to the line', () => {
    const result = topUpFromForm(form({ note: '  shop on Main St ' }), context());
    expect(result).toEqual({
      ok: true,
      topUp: { id: 'tu-1', lineId: 'l1', at: '2026-11-22T09:30:00+00:00', amount: 1000, currency: 'GBP', paymentMethodId: 'pm1', source: 'manual', note: 'shop on Main St' },
      line: { ...line, balance: 1500, lastActivityOn: '2026-11-22', expiresOn: '2027-05-21' },
    });
  });

  it('dates an earlier top-up at noon of its day, and counts validity from that day', () => {
    const result = topUpFromForm(form({ date: '2026-10-01', amount: '20.50', paymentMethodId: '' }), context());
    if (!result.ok) throw new Error('expected a record');
    expect(result.topUp.at).toBe('2026-10-01T12:00:00+01:00');
    expect(result.topUp.paymentMethodId).toBeNull();
    expect(result.line).toEqual({ ...line, balance: 2550, lastActivityOn: '2026-10-01', expiresOn: '2027-03-30' });
  });

  it('changes only the history when the line already includes the top-up', () => {
    const result = topUpFromForm(form({ applyToLine: false }), context());
    expect(result.ok && result.line).toBeNull();
  });

  it("uses the line's own today and zone: Hong Kong is already on the 22nd when it is late on the 21st in London", () => {
    const lateEvening = new Date('2026-11-21T22:00:00Z');
    const values = form({ lineId: 'hk', date: '2026-11-22', amount: '100' });
    const result = topUpFromForm(values, context({ now: lateEvening }));
    // The moment of saving, written with Hong Kong's offset: the record's date is the day picked.
    expect(result.ok && result.topUp.at).toBe('2026-11-22T06:00:00+08:00');
    expect(topUpFromForm({ ...values, lineId: 'l1' }, context({ now: lateEvening }))).toEqual({ ok: false, problems: { date: { code: 'future' } } });
  });

  it('says what is wrong with each field, and builds nothing', () => {
    expect(topUpFromForm(form({ lineId: 'gone' }), context())).toEqual({ ok: false, problems: { lineId: { code: 'required' } } });
    expect(topUpFromForm(form({ date: '' }), context())).toEqual({ ok: false, problems: { date: { code: 'required' } } });
    expect(topUpFromForm(form({ date: '2026-02-30' }), context())).toEqual({ ok: false, problems: { date: { code: 'not-date' } } });
    expect(topUpFromForm(form({ date: '2026-11-23' }), context())).toEqual({ ok: false, problems: { date: { code: 'future' } } });
    expect(topUpFromForm(form({ amount: '' }), context())).toEqual({ ok: false, problems: { amount: { code: 'required' } } });
    expect(topUpFromForm(form({ amount: '0' }), context())).toEqual({ ok: false, problems: { amount: { code: 'zero' } } });
    expect(topUpFromForm(form({ amount: '1.234' }), context())).toEqual({ ok: false, problems: { amount: { code: 'amount-precision', detail: 'GBP' } } });
    expect(topUpFromForm(form({ amount: '-5' }), context())).toEqual({ ok: false, problems: { amount: { code: 'negative' } } });
    expect(topUpFromForm(form({ paymentMethodId: 'deleted' }), context())).toEqual({ ok: false, problems: { paymentMethodId: { code: 'dangling-ref' } } });
    expect(topUpFromForm(form({ note: 'x'.repeat(201) }), context())).toEqual({ ok: false, problems: { note: { code: 'too-long', detail: '200' } } });
    // A card number is refused in the note too, as everywhere a user types.
    expect(topUpFromForm(form({ note: 'paid with 4111 1111 1111 1111' }), context())).toEqual({ ok: false, problems: { note: { code: 'card-data' } } });
  });

  it('keeps every record in its own day and month, whatever the zones (property)', () => {
    const zones = ['Europe/London', 'Asia/Hong_Kong', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata'];
    fc.assert(
      // Two days back at least: in Pago Pago (UTC-11) it is still the 21st, and a top-up dated today is timed now.
      fc.property(fc.integer({ min: 2, max: 2000 }), fc.constantFrom(...zones), (daysBack, zone) => {
        const date = addDays('2026-11-22', -daysBack);
        const zoned = makeLine({ timeZone: zone });
        const result = topUpFromForm(form({ date }), context({ lines: [zoned], userZone: zone, now: NOW }));
        return result.ok && result.topUp.at.startsWith(`${date}T12:00:00`);
      }),
    );
  });

  describe('which records show their date only', () => {
    it('a manual record of an earlier day (no time was given), seen from any zone', () => {
      const result = topUpFromForm(form({ lineId: 'hk', date: '2026-10-01', amount: '100' }), context());
      if (!result.ok) throw new Error('expected a record');
      // Noon in Hong Kong, a time nobody gave: shown by its date alone, from any zone.
      expect(result.topUp.at).toBe('2026-10-01T12:00:00+08:00');
      expect(dateOnlyDay(result.topUp, hongKongLine, 'Europe/London')).toBe('2026-10-01');
      expect(dateOnlyDay(result.topUp, hongKongLine, 'America/Los_Angeles')).toBe('2026-10-01');
    });

    it('counts in the month of the day picked, whatever the user\'s zone (1 Nov on a Hong Kong line, picked in Los Angeles)', () => {
      const losAngeles = context({ userZone: 'America/Los_Angeles', now: new Date('2026-11-22T09:30:00Z') });
      const result = topUpFromForm(form({ lineId: 'hk', date: '2026-11-01', amount: '100' }), losAngeles);
      if (!result.ok) throw new Error('expected a record');
      expect(topUpMonth(result.topUp)).toBe('2026-11');
      expect(dateOnlyDay(result.topUp, hongKongLine, 'America/Los_Angeles')).toBe('2026-11-01');
    });

    it('never a record whose time is real: saved today, or made by the popup or a renewal', () => {
      const today = topUpFromForm(form(), context());
      if (!today.ok) throw new Error('expected a record');
      expect(dateOnlyDay(today.topUp, line, 'Europe/London')).toBeNull();
      expect(dateOnlyDay({ at: '2026-10-01T12:00:00+01:00', source: 'autofill' }, line, 'Europe/London')).toBeNull();
      expect(dateOnlyDay({ at: '2026-10-01T12:00:01+01:00', source: 'manual' }, line, 'Europe/London')).toBeNull();
      // Its line deleted: the zone is unknown, so the time stays.
      expect(dateOnlyDay({ at: '2026-10-01T12:00:00+01:00', source: 'manual' }, undefined, 'Europe/London')).toBeNull();
    });

    it('every earlier manual record, in every zone pair (property)', () => {
      const zones = ['Europe/London', 'Asia/Hong_Kong', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata'];
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 2000 }), fc.constantFrom(...zones), fc.constantFrom(...zones), (daysBack, lineZone, userZone) => {
          const date = addDays('2026-11-22', -daysBack);
          const zoned = makeLine({ timeZone: lineZone });
          const result = topUpFromForm(form({ date }), context({ lines: [zoned], userZone, now: NOW }));
          return result.ok && dateOnlyDay(result.topUp, zoned, userZone) === date;
        }),
      );
    });
  });
});
