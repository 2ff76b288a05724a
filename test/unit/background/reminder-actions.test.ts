import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import * as db from '../../../utils/store/db';
import { claimDeliveries, getReminderMemoryOf } from '../../../utils/store/reminder-state';
import { completeReminder, snoozeReminder } from '../../../utils/background/reminder-actions';
import type { DueReminder } from '../../../utils/reminders/types';
import { settings } from '../reminders/fixtures';

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
