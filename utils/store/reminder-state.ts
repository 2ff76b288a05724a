import type { DueReminder, ReminderMemory } from '../reminders/types';
import { delivered } from '../reminders/memory';
import { openStore, type ReminderStateRecord } from './db';

/**
 * The worker's memory of reminders (reminderState store): what was delivered, snoozed, dismissed.
 * These writes are bookkeeping, not user data: they do not announce themselves (no onDataWritten),
 * or every delivery would trigger another reschedule.
 */
const toRecord = (memory: ReminderMemory): ReminderStateRecord => memory as unknown as ReminderStateRecord;
const fromRecord = (record: ReminderStateRecord): ReminderMemory => record as unknown as ReminderMemory;

export async function getReminderMemory(): Promise<Map<string, ReminderMemory>> {
  const records = await (await openStore()).getAll('reminderState');
  return new Map(records.map((record) => [record.key, fromRecord(record)]));
}

export async function getReminderMemoryOf(key: string): Promise<ReminderMemory | undefined> {
  const record = await (await openStore()).get('reminderState', key);
  return record ? fromRecord(record) : undefined;
}

/**
 * Changes one reminder's memory in one read-write transaction (`change` returns null: no change).
 * Snooze and Done go through here: reading, awaiting something else, then writing back would put
 * back an older `sentOn` over a delivery that a wake claimed meanwhile, and that occurrence would be
 * shown a second time.
 */
export async function updateReminderMemory(key: string, change: (memory: ReminderMemory) => ReminderMemory | null): Promise<void> {
  const tx = (await openStore()).transaction('reminderState', 'readwrite');
  const record = await tx.store.get(key);
  const changed = record ? change(fromRecord(record)) : null;
  if (changed) await tx.store.put(toRecord(changed));
  await tx.done;
}

/** Still deliverable given what is stored now (the planner's rule, re-checked inside the transaction). */
function stillDue(stored: ReminderMemory | undefined, due: DueReminder, now: number): boolean {
  if (stored?.snoozedUntil !== undefined) return stored.snoozedUntil <= now;
  // Days remembered in another zone (the user travelled) were moved by the planner, not here: a
  // claim in this zone since then would have recorded this zone.
  if (stored?.zone !== undefined && stored.zone !== due.zone) return true;
  return stored?.sentOn === undefined || stored.sentOn < due.occurrenceOn;
}

/**
 * Records the delivery of `due` occurrences BEFORE they are shown, in one read-write transaction, and
 * returns those this call claimed. IndexedDB runs read-write transactions on a store one at a time,
 * so two overlapping wakes cannot both claim an occurrence. Recording first makes delivery
 * at-most-once: a worker killed between the write and the notification loses that one notification
 * (the badge still shows the line), rather than risking a second one after every restart.
 */
export async function claimDeliveries(due: readonly DueReminder[], now: Date): Promise<DueReminder[]> {
  if (due.length === 0) return [];
  const db = await openStore();
  const tx = db.transaction('reminderState', 'readwrite');
  const claimed: DueReminder[] = [];
  for (const occurrence of due) {
    const record = await tx.store.get(occurrence.key);
    const stored = record ? fromRecord(record) : undefined;
    if (!stillDue(stored, occurrence, now.getTime())) continue;
    await tx.store.put(toRecord(delivered(stored, occurrence, now)));
    claimed.push(occurrence);
  }
  await tx.done;
  return claimed;
}

/** Forgets resolved reminders, so a condition that comes back later is told again. */
export async function forgetReminders(keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  const tx = (await openStore()).transaction('reminderState', 'readwrite');
  for (const key of keys) await tx.store.delete(key);
  await tx.done;
}
