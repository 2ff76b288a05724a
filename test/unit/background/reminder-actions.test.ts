import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import * as db from '../../../utils/store/db';
import { claimDeliveries, getReminderMemoryOf } from '../../../utils/store/reminder-state';
import { completeReminder, confirmLineRenewal, snoozeReminder } from '../../../utils/background/reminder-actions';
import type { DueReminder } from '../../../utils/reminders/types';
import { settings } from '../reminders/fixtures';
import { makeLine } from '../fixtures';

vi.mock('../../../utils/background/reschedule', async (original) => ({ ...(await original<object>()), reschedule: vi.fn(async () => undefined) }));

const NOW = new Date('2026-12-02T09:30:00Z');
const occurrence = (on: string): DueReminder => ({
  key: 'expiry:l1:2026-12-10',
  kind: 'expiry',
  lineId: 'l1',
  lineIds: ['l1'],
  label: 'UK giffgaff',
  severity: 'soon',
  details: { kind: 'expiry', deadline: '2026-12-10', daysLeft: 8 },
  occurrenceOn: on,
  step: '2026-12-01',
  late: false,
  zone: 'Europe/London',
});

beforeEach(async () => {
  await db.closeStore();
  globalThis.indexedDB = new IDBFactory();
  await db.putSettings(settings({ repeat: 'daily' }));
  await claimDeliveries([occurrence('2026-12-01')], NOW);
});

/** While the action awaits the settings, a wake delivers the next day's occurrence. */
function deliveryDuringTheAction(): void {
  const read = db.getSettings;
  vi.spyOn(db, 'getSettings').mockImplementationOnce(async () => {
    await claimDeliveries([occurrence('2026-12-02')], NOW);
    return read();
  });
}

describe('Snooze and Done on a reminder', () => {
  it('Snooze does not write back an older delivery over one made meanwhile (it would be shown again)', async () => {
    deliveryDuringTheAction();
    await snoozeReminder('expiry:l1:2026-12-10', 'hour', NOW);
    const memory = await getReminderMemoryOf('expiry:l1:2026-12-10');
    expect(memory).toMatchObject({ sentOn: '2026-12-02', snoozedUntil: NOW.getTime() + 3_600_000 });
  });

  it('Done silences the step delivered last', async () => {
    await completeReminder('expiry:l1:2026-12-10', NOW);
    expect(await getReminderMemoryOf('expiry:l1:2026-12-10')).toMatchObject({ sentOn: '2026-12-01', dismissedStep: '2026-12-01' });
  });
});

describe('"Renewal went through" confirms one renewal, once', () => {
  const ON_THE_DAY = new Date('2026-12-03T10:00:00Z');
  const cmhk = () => makeLine({ id: 'l-cmhk', carrier: 'cmhk', currency: 'HKD', number: '+85291234567', timeZone: 'Asia/Hong_Kong', renewal: { kind: 'cycle', months: 1, amount: 5000, nextOn: '2026-12-03' } });

  it('moves the cycle by one period however often the same date is confirmed (double click, stale popup)', async () => {
    await db.putLine(cmhk());
    await confirmLineRenewal('l-cmhk', '2026-12-03', ON_THE_DAY);
    await confirmLineRenewal('l-cmhk', '2026-12-03', ON_THE_DAY);
    expect((await db.getLine('l-cmhk'))?.renewal).toMatchObject({ kind: 'cycle', nextOn: '2027-01-03' });
  });

  it('does not confirm a renewal whose date has not come', async () => {
    await db.putLine(cmhk());
    await confirmLineRenewal('l-cmhk', '2026-12-03', new Date('2026-11-30T10:00:00Z'));
    expect((await db.getLine('l-cmhk'))?.renewal).toMatchObject({ nextOn: '2026-12-03' });
  });
});
