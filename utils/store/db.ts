import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BackupData, CustomCarrier, Line, PaymentMethod, Settings, TopUp } from '../domain/types';
import { DEFAULT_SETTINGS } from '../domain/types';
import type { PhoneFormats } from '../domain/phone-formats';
import { lineInIsoUnits, topUpInIsoUnits } from '../domain/legacy-minor-units';

/**
 * The only module that opens LineKeeper's IndexedDB. Popup, options and the worker all share it
 * (extension pages and the worker are one origin).
 *
 * Schema history (each step is additive; tests open a database of every earlier version):
 *   1: lines, topUps, paymentMethods, meta (settings)
 *   2: customCarriers, phoneFormats (derived cache, see domain/phone-formats.ts),
 *      reminderState (what was sent, snoozed, resolved), and a topUps byLine index
 *   3: no new stores; amounts in ISO 4217 minor units (domain/legacy-minor-units.ts), where
 *      versions 1-2 followed the engine's Intl digits
 */
export const DB_NAME = 'linekeeper';
export const DB_VERSION = 3;

/** One record per reminder occurrence: the planner's memory across worker restarts. */
export interface ReminderStateRecord {
  /** Occurrence key, e.g. `expiry:l-cmhk:2026-12-03:7`. */
  key: string;
  lineId: string | null;
  [field: string]: unknown;
}

export interface LineKeeperSchema extends DBSchema {
  lines: { key: string; value: Line };
  topUps: { key: string; value: TopUp; indexes: { byLine: string } };
  paymentMethods: { key: string; value: PaymentMethod };
  meta: { key: string; value: unknown };
  customCarriers: { key: string; value: CustomCarrier };
  phoneFormats: { key: string; value: PhoneFormats };
  reminderState: { key: string; value: ReminderStateRecord };
}

export type LineKeeperDb = IDBPDatabase<LineKeeperSchema>;

let dbPromise: Promise<LineKeeperDb> | undefined;

export function openStore(): Promise<LineKeeperDb> {
  dbPromise ??= openDB<LineKeeperSchema>(DB_NAME, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('lines', { keyPath: 'id' });
        db.createObjectStore('topUps', { keyPath: 'id' });
        db.createObjectStore('paymentMethods', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) {
        db.createObjectStore('customCarriers', { keyPath: 'id' });
        db.createObjectStore('phoneFormats', { keyPath: 'e164' });
        db.createObjectStore('reminderState', { keyPath: 'key' });
        tx.objectStore('topUps').createIndex('byLine', 'lineId');
      }
      if (oldVersion >= 1 && oldVersion < 3) {
        // Only requests of this upgrade transaction are awaited here, so it stays open throughout.
        for (let cursor = await tx.objectStore('lines').openCursor(); cursor; cursor = await cursor.continue()) {
          const line = lineInIsoUnits(cursor.value);
          if (line !== cursor.value) await cursor.update(line);
        }
        for (let cursor = await tx.objectStore('topUps').openCursor(); cursor; cursor = await cursor.continue()) {
          const topUp = topUpInIsoUnits(cursor.value);
          if (topUp !== cursor.value) await cursor.update(topUp);
        }
      }
    },
    blocked() {
      // Another context holds an older version open; it closes itself on versionchange below.
    },
  }).then((db) => {
    db.addEventListener('versionchange', () => {
      db.close();
      dbPromise = undefined;
    });
    return db;
  });
  return dbPromise;
}

/** For tests: forget the open connection so the next call opens afresh. */
export async function closeStore(): Promise<void> {
  const db = await dbPromise;
  db?.close();
  dbPromise = undefined;
}

type WriteListener = () => void;
const writeListeners = new Set<WriteListener>();

/** Called after every committed write; entrypoints use it to tell the worker to reschedule. */
export function onDataWritten(listener: WriteListener): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

function written(): void {
  for (const listener of writeListeners) listener();
}

export async function getSettings(): Promise<Settings> {
  const db = await openStore();
  return ((await db.get('meta', 'settings')) as Settings | undefined) ?? DEFAULT_SETTINGS;
}

export async function putSettings(settings: Settings): Promise<void> {
  const db = await openStore();
  await db.put('meta', settings, 'settings');
  written();
}

export async function getLines(): Promise<Line[]> {
  return (await openStore()).getAll('lines');
}

export async function getLine(id: string): Promise<Line | undefined> {
  return (await openStore()).get('lines', id);
}

/** Saves a line; `formats` (from domain/phone.ts) refreshes the cached forms of its number. */
export async function putLine(line: Line, formats?: PhoneFormats): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['lines', 'phoneFormats'], 'readwrite');
  await tx.objectStore('lines').put(line);
  if (formats) await tx.objectStore('phoneFormats').put(formats);
  await tx.done;
  written();
}

/**
 * Runs `work` in `tx` and waits for the commit; if `work` throws, the transaction is aborted. A put
 * that throws at once (a DataError, say) does not abort a transaction by itself: without this, every
 * earlier write of it would commit. All or nothing.
 */
async function allOrNothing<T>(tx: { abort(): void; done: Promise<void> }, work: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
  return result;
}

/** A record that points at a payment method no longer stored points at none: no record may point at a method that is gone. */
function unlinkGoneMethod<T extends { paymentMethodId?: string | null }>(record: T, methodIds: ReadonlySet<string>): T {
  return record.paymentMethodId && !methodIds.has(record.paymentMethodId) ? { ...record, paymentMethodId: null } : record;
}

/** What updateLine's change writes: the line, and with it a top-up or the cached forms of its number. */
export interface LineUpdate {
  line: Line;
  topUp?: TopUp;
  formats?: PhoneFormats;
}

/**
 * Changes a line from its stored state, read and written in one transaction: `change` gets the line
 * as it is now (undefined if it is gone) and returns what to write, or null for nothing. A change
 * made elsewhere meanwhile (a top-up in the popup, "Done" on a notification, another options tab)
 * is never written over with an older copy, and a line deleted meanwhile does not come back unless
 * `change` says so. `change` must be synchronous: a transaction ends at the first await of anything
 * else. A payment method deleted meanwhile is unlinked, as deletePaymentMethod does everywhere.
 * Returns what was written, or null.
 */
export async function updateLine(id: string, change: (stored: Line | undefined) => LineUpdate | null): Promise<LineUpdate | null> {
  const db = await openStore();
  const tx = db.transaction(['lines', 'topUps', 'paymentMethods', 'phoneFormats'], 'readwrite');
  const result = await allOrNothing(tx, async () => {
    const [stored, methodIds] = await Promise.all([tx.objectStore('lines').get(id), tx.objectStore('paymentMethods').getAllKeys()]);
    const update = change(stored);
    if (!update) return null;
    const known = new Set(methodIds);
    const unlinked: LineUpdate = { ...update, line: unlinkGoneMethod(update.line, known), ...(update.topUp ? { topUp: unlinkGoneMethod(update.topUp, known) } : {}) };
    await tx.objectStore('lines').put(unlinked.line);
    if (unlinked.topUp) await tx.objectStore('topUps').put(unlinked.topUp);
    if (unlinked.formats) await tx.objectStore('phoneFormats').put(unlinked.formats);
    return unlinked;
  });
  if (result) written();
  return result;
}

/** What deleteLine removed: restoreLine puts it all back. */
export interface RemovedLine {
  line: Line;
  topUps: TopUp[];
  /** What its reminders had delivered: without it, undo would bring back notifications already shown. */
  reminderState: ReminderStateRecord[];
}

/** Deletes a line with its top-ups and reminder state; returns what was removed, for undo. */
export async function deleteLine(id: string): Promise<RemovedLine | undefined> {
  const db = await openStore();
  const tx = db.transaction(['lines', 'topUps', 'reminderState'], 'readwrite');
  const line = await tx.objectStore('lines').get(id);
  if (!line) {
    await tx.done;
    return undefined;
  }
  const topUps = await tx.objectStore('topUps').index('byLine').getAll(id);
  await tx.objectStore('lines').delete(id);
  for (const topUp of topUps) await tx.objectStore('topUps').delete(topUp.id);
  const reminderState: ReminderStateRecord[] = [];
  let cursor = await tx.objectStore('reminderState').openCursor();
  while (cursor) {
    if (cursor.value.lineId === id) {
      reminderState.push(cursor.value);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  written();
  return { line, topUps, reminderState };
}

/**
 * Puts back what deleteLine removed. A payment method deleted in the meantime is unlinked, as
 * deletePaymentMethod unlinks it everywhere else: no record may point at a method that is gone.
 */
export async function restoreLine(removed: RemovedLine): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['lines', 'topUps', 'paymentMethods', 'reminderState'], 'readwrite');
  const methodIds = new Set(await tx.objectStore('paymentMethods').getAllKeys());
  await tx.objectStore('lines').put(unlinkGoneMethod(removed.line, methodIds));
  for (const topUp of removed.topUps) await tx.objectStore('topUps').put(unlinkGoneMethod(topUp, methodIds));
  for (const record of removed.reminderState) await tx.objectStore('reminderState').put(record);
  await tx.done;
  written();
}

export async function getTopUps(): Promise<TopUp[]> {
  return (await openStore()).getAll('topUps');
}

export async function deleteTopUp(id: string): Promise<TopUp | undefined> {
  const db = await openStore();
  const tx = db.transaction('topUps', 'readwrite');
  const topUp = await tx.store.get(id);
  if (topUp) await tx.store.delete(id);
  await tx.done;
  written();
  return topUp;
}

export async function getPaymentMethods(): Promise<PaymentMethod[]> {
  return (await openStore()).getAll('paymentMethods');
}

export async function putPaymentMethod(method: PaymentMethod): Promise<void> {
  await (await openStore()).put('paymentMethods', method);
  written();
}

/**
 * Deletes a payment method and unlinks it from lines and from the top-ups it paid, in one
 * transaction: a reference to a method that is gone would make the next backup unrestorable.
 */
export async function deletePaymentMethod(id: string): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['paymentMethods', 'lines', 'topUps'], 'readwrite');
  await tx.objectStore('paymentMethods').delete(id);
  for (const line of await tx.objectStore('lines').getAll()) {
    if (line.paymentMethodId === id) await tx.objectStore('lines').put({ ...line, paymentMethodId: null });
  }
  for (const topUp of await tx.objectStore('topUps').getAll()) {
    if (topUp.paymentMethodId === id) await tx.objectStore('topUps').put({ ...topUp, paymentMethodId: null });
  }
  await tx.done;
  written();
}

export async function getCustomCarriers(): Promise<CustomCarrier[]> {
  return (await openStore()).getAll('customCarriers');
}

/** A rename to a name another custom carrier has: the screen says so in the user's language. */
export class CarrierNameTakenError extends Error {
  constructor(readonly carrierName: string) {
    super(`A carrier named "${carrierName}" already exists.`);
    this.name = 'CarrierNameTakenError';
  }
}

/**
 * Saves a custom carrier. `previousId` is its id before this edit: a renamed carrier gets the id of
 * its new name (`custom:<name>`), and its lines move to it in the same transaction, so no line is
 * ever left naming a carrier that is gone.
 */
export async function putCustomCarrier(carrier: CustomCarrier, previousId: string = carrier.id): Promise<void> {
  const db = await openStore();
  const tx = db.transaction(['customCarriers', 'lines'], 'readwrite');
  if (previousId !== carrier.id) {
    // The form refuses a taken name; this keeps a stale form from overwriting another carrier.
    if (await tx.objectStore('customCarriers').get(carrier.id)) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new CarrierNameTakenError(carrier.name);
    }
    await tx.objectStore('customCarriers').delete(previousId);
    for (const line of await tx.objectStore('lines').getAll()) {
      if (line.carrier === previousId) await tx.objectStore('lines').put({ ...line, carrier: carrier.id });
    }
  }
  await tx.objectStore('customCarriers').put(carrier);
  await tx.done;
  written();
}

export async function deleteCustomCarrier(id: string): Promise<void> {
  await (await openStore()).delete('customCarriers', id);
  written();
}

/** Caches the forms of numbers (computed where libphonenumber-js is loaded: the options page). */
export async function putPhoneFormats(entries: readonly PhoneFormats[]): Promise<void> {
  const db = await openStore();
  const tx = db.transaction('phoneFormats', 'readwrite');
  for (const entry of entries) await tx.store.put(entry);
  await tx.done;
  written();
}

export async function getPhoneFormats(): Promise<Map<string, PhoneFormats>> {
  const all = await (await openStore()).getAll('phoneFormats');
  return new Map(all.map((formats) => [formats.e164, formats]));
}

/** Everything a backup holds. One read transaction, so the parts agree with each other. */
export async function getAllData(): Promise<BackupData> {
  const db = await openStore();
  const tx = db.transaction(['lines', 'topUps', 'paymentMethods', 'meta', 'customCarriers'], 'readonly');
  const [lines, topUps, paymentMethods, settings, customCarriers] = await Promise.all([
    tx.objectStore('lines').getAll(),
    tx.objectStore('topUps').getAll(),
    tx.objectStore('paymentMethods').getAll(),
    tx.objectStore('meta').get('settings') as Promise<Settings | undefined>,
    tx.objectStore('customCarriers').getAll(),
  ]);
  await tx.done;
  return { lines, topUps, paymentMethods, settings: settings ?? DEFAULT_SETTINGS, customCarriers };
}

/**
 * Writes a validated backup in one transaction. `replace` clears everything first (reminder state
 * included) and takes the file's settings; `merge` keeps what is there, settings included, and lets
 * the file win on equal ids.
 */
export async function importData(data: BackupData, mode: 'merge' | 'replace', formats: PhoneFormats[]): Promise<void> {
  const db = await openStore();
  const storeNames = ['lines', 'topUps', 'paymentMethods', 'meta', 'customCarriers', 'phoneFormats', 'reminderState'] as const;
  const tx = db.transaction(storeNames, 'readwrite');
  await allOrNothing(tx, async () => {
    if (mode === 'replace') for (const name of storeNames) await tx.objectStore(name).clear();
    for (const line of data.lines) await tx.objectStore('lines').put(line);
    for (const topUp of data.topUps) await tx.objectStore('topUps').put(topUp);
    for (const method of data.paymentMethods) await tx.objectStore('paymentMethods').put(method);
    for (const carrier of data.customCarriers) await tx.objectStore('customCarriers').put(carrier);
    for (const entry of formats) await tx.objectStore('phoneFormats').put(entry);
    // Merging keeps this browser's reminder defaults; replacing takes the file's.
    if (mode === 'replace') await tx.objectStore('meta').put(data.settings, 'settings');
  });
  written();
}
