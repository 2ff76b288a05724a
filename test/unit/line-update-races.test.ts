import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h } from 'preact';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import * as db from '../../utils/store/db';
import { claimDeliveries } from '../../utils/store/reminder-state';
import { logTopUpFromPopup, markActivityFromPopup } from '../../utils/background/popup.background';
import { completeReminder, confirmLineRenewal } from '../../utils/background/reminder-actions';
import { recordTopUp } from '../../utils/actions/line-actions';
import { OptionsApp } from '../../components/options/OptionsApp';
import { emptyTopUpForm, topUpFromForm } from '../../utils/domain/topup-form';
import { spendByMonth, topUpMonth } from '../../utils/domain/spend';
import { parseBackup, serializeBackup } from '../../utils/domain/backup';
import { phoneFormats } from '../../utils/domain/phone';
import type { DueReminder } from '../../utils/reminders/types';
import { makeLine, sampleData } from './fixtures';

/**
 * Several contexts write one line: the popup and notifications (through the worker) and the options
 * page, maybe in two tabs. Each change reads the line and writes it in one transaction (updateLine),
 * so none writes an older copy over another's change. Two calls started without awaiting interleave
 * in fake-indexeddb as they would in the browser.
 */

// The worker's reschedule is not under test here.
vi.mock('../../utils/background/reschedule', async (original) => ({ ...(await original<object>()), reschedule: vi.fn(async () => undefined) }));

afterEach(async () => {
  await db.closeStore();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(db.DB_NAME);
    request.onsuccess = request.onerror = () => resolve();
  });
});

describe('quick actions change the line as stored, in one transaction', () => {
  beforeEach(async () => {
    await db.putLine(makeLine({ id: 'l1', label: 'UK giffgaff', balance: 500, expiresOn: null }));
  });

  it('a popup top-up and an edit written from another context at the same time both stay', async () => {
    const popup = logTopUpFromPopup({ lineId: 'l1', amountMinor: 1000, source: 'manual' });
    const options = db.updateLine('l1', (stored) => (stored ? { line: { ...stored, label: 'UK giffgaff (bank codes)', notes: 'HSBC + Monzo 2FA' } } : null));
    expect(await popup).toEqual({ ok: true });
    await options;
    const line = await db.getLine('l1');
    expect({ balance: line?.balance, label: line?.label, notes: line?.notes }).toEqual({ balance: 1500, label: 'UK giffgaff (bank codes)', notes: 'HSBC + Monzo 2FA' });
  });

  it('"Done" on a keep-alive reminder keeps the balance of a top-up logged in the popup at the same time', async () => {
    const now = new Date();
    const due = {
      key: 'keep-alive:l1:2027-04-30', kind: 'keep-alive', lineId: 'l1', lineIds: ['l1'], label: 'UK giffgaff', severity: 'soon',
      details: { kind: 'keep-alive', deadline: '2027-04-30', daysLeft: 7 },
      occurrenceOn: '2026-11-01', step: '2026-11-01', late: false, zone: 'Europe/London',
    } as unknown as DueReminder;
    await claimDeliveries([due], now);
    const popup = logTopUpFromPopup({ lineId: 'l1', amountMinor: 1000, source: 'manual' });
    await completeReminder(due.key, now);
    expect(await popup).toEqual({ ok: true });
    expect((await db.getTopUps()).map((topUp) => topUp.amount)).toEqual([1000]);
    expect((await db.getLine('l1'))?.balance).toBe(1500);
  });

  it('"Renewal went through" keeps a top-up logged at the same time', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await db.putLine(makeLine({ id: 'l1', balance: 500, timeZone: 'UTC', renewal: { kind: 'cycle', months: 1, nextOn: today, amount: 1000, paidWith: 'balance' } as never }));
    const popup = logTopUpFromPopup({ lineId: 'l1', amountMinor: 1000, source: 'manual' });
    await confirmLineRenewal('l1', today);
    expect(await popup).toEqual({ ok: true });
    const line = (await db.getLine('l1'))!;
    expect(line.balance).toBe(1500);
    expect(line.renewal.kind === 'cycle' && line.renewal.nextOn).not.toBe(today);
  });

  it('a line deleted while a popup action is in flight stays deleted, and the popup is told', async () => {
    // The options page deletes the line as the popup's actions reach the worker.
    const deleting = db.deleteLine('l1');
    const topUp = logTopUpFromPopup({ lineId: 'l1', amountMinor: 1000, source: 'manual' });
    const activity = markActivityFromPopup({ lineId: 'l1' });
    expect((await deleting)?.line.id).toBe('l1');
    expect(await topUp).toEqual({ ok: false, error: 'no-such-line' });
    expect(await activity).toEqual({ ok: false, error: 'no-such-line' });
    expect(await db.getLine('l1')).toBeUndefined();
    expect(await db.getTopUps()).toEqual([]);
  });

  it('a payment method deleted while a popup top-up is in flight leaves no record pointing at it, so the next backup restores', async () => {
    await db.putPaymentMethod({ id: 'pm1', label: 'Old Visa', type: 'credit', last4: '4242', expires: '2026-10' });
    await db.putLine(makeLine({ id: 'l1', label: 'UK giffgaff', balance: 500, paymentMethodId: 'pm1' }));
    const popup = logTopUpFromPopup({ lineId: 'l1', amountMinor: 1000, source: 'manual' });
    await db.deletePaymentMethod('pm1');
    expect(await popup).toEqual({ ok: true });
    const data = await db.getAllData();
    expect(parseBackup(serializeBackup(data, '2026-11-23T10:00:00+00:00')).ok).toBe(true);
    expect(data.lines.find((line) => line.id === 'l1')?.paymentMethodId).toBeNull();
    expect(data.topUps.map((topUp) => topUp.paymentMethodId)).toEqual([null]);
  });
});

describe('the line editor saves what it merged with the stored line, in one transaction', () => {
  beforeEach(async () => {
    const data = sampleData();
    await db.importData(data, 'replace', data.lines.map((line) => phoneFormats(line.number)));
    history.replaceState(null, '', '#line=l-cmhk');
  });

  async function renameInEditor(): Promise<number> {
    render(h(OptionsApp, { zone: 'Europe/London' }));
    await screen.findByRole('heading', { name: 'Edit “HK CMHK”' });
    const name = screen.getByLabelText('Name') as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'HK CMHK main' } });
    fireEvent.change(name);
    return (await db.getLine('l-cmhk'))!.balance!;
  }

  async function expectBoth(before: number): Promise<void> {
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Saved “HK CMHK main”.'));
    const line = (await db.getLine('l-cmhk'))!;
    expect((await db.getTopUps()).filter((topUp) => topUp.lineId === 'l-cmhk' && topUp.amount === 10000)).toHaveLength(1);
    expect({ label: line.label, balance: line.balance }).toEqual({ label: 'HK CMHK main', balance: before + 10000 });
  }

  it('keeps the new name and a popup top-up logged while saving', async () => {
    const before = await renameInEditor();
    const popup = logTopUpFromPopup({ lineId: 'l-cmhk', amountMinor: 10000, source: 'manual' });
    fireEvent.submit(screen.getByRole('button', { name: 'Save line' }).closest('form')!);
    expect(await popup).toEqual({ ok: true });
    await expectBoth(before);
  });

  it('keeps a popup top-up that commits just before the editor writes', async () => {
    const before = await renameInEditor();
    // The popup's top-up commits as the editor's save begins its transaction.
    const update = db.updateLine;
    vi.spyOn(db, 'updateLine').mockImplementationOnce(async (id, change) => {
      expect(await logTopUpFromPopup({ lineId: 'l-cmhk', amountMinor: 10000, source: 'manual' })).toEqual({ ok: true });
      return update(id, change);
    });
    fireEvent.submit(screen.getByRole('button', { name: 'Save line' }).closest('form')!);
    await expectBoth(before);
  });
});

describe('a top-up logged in the popup is dated as "Add a top-up" dates it', () => {
  // A London user with a China Mobile HK line (in Asia/Hong_Kong): 30 Nov 20:00 in London is 1 Dec 04:00 there.
  const USER_ZONE = 'Europe/London';
  const NOW = new Date('2026-11-30T20:00:00Z');
  const cmhk = makeLine({ id: 'hk', carrier: 'cmhk', currency: 'HKD', timeZone: 'Asia/Hong_Kong', balance: 3800, expiresOn: '2026-12-03', keepAlive: null, lastActivityOn: '2026-06-06' });

  it("in the line's zone: the day it counted on the line, and the month its spend falls in", async () => {
    await db.putLine(cmhk);
    const popup = (await recordTopUp('hk', 5000, 'manual', NOW, USER_ZONE))!;
    const values = { ...emptyTopUpForm([cmhk], NOW, USER_ZONE), amount: '50' };
    const form = topUpFromForm(values, { lines: [cmhk], paymentMethodIds: [], ruleOf: () => ({ topUpExtendsDays: 180, minTopUp: 5000 }), now: NOW, userZone: USER_ZONE, id: 'tu-form' });
    if (!form.ok) throw new Error('the form must accept it');
    expect(popup.line.lastActivityOn).toBe('2026-12-01');
    expect(popup.topUp.at).toBe('2026-12-01T04:00:00+08:00');
    expect(popup.topUp.at).toBe(form.topUp.at);
    expect(topUpMonth(popup.topUp)).toBe(topUpMonth(form.topUp));
    expect(spendByMonth([popup.topUp])[0]!.month).toBe('2026-12');
  });
});
