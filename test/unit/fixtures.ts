import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDB } from 'idb';
import { parseBackup } from '../../utils/domain/backup';
import { DB_NAME } from '../../utils/store/db';
import type { BackupData, Line } from '../../utils/domain/types';

/** The sample backup from ../shared, read as text (never copied into the repository). */
export const SAMPLE_BACKUP_TEXT = readFileSync(resolve(__dirname, '../../../shared/fixtures/backup-v1.sample.json'), 'utf8');

/** The sample, parsed and checked; a fresh copy each call, so tests may change it. */
export function sampleData(): BackupData {
  const parsed = parseBackup(SAMPLE_BACKUP_TEXT);
  if (!parsed.ok) throw new Error('the sample must parse');
  return structuredClone(parsed.data);
}

/** A plain valid line to vary in tests. */
export function makeLine(overrides: Partial<Line> = {}): Line {
  return {
    id: 'l1',
    label: 'Test line',
    number: '+447700900123',
    carrier: 'giffgaff',
    kind: 'keep-number',
    currency: 'GBP',
    balance: 500,
    dataMB: null,
    expiresOn: null,
    lastActivityOn: '2026-11-01',
    keepAlive: { activityEveryDays: 180 },
    renewal: { kind: 'none' },
    reminders: null,
    paymentMethodId: null,
    notes: '',
    archived: false,
    ...overrides,
  };
}

/** Writes `data` into a store of version 1, as the first release wrote it (for migration tests). */
export async function writeVersion1Store(data: BackupData): Promise<void> {
  const v1 = await openDB(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('lines', { keyPath: 'id' });
      db.createObjectStore('topUps', { keyPath: 'id' });
      db.createObjectStore('paymentMethods', { keyPath: 'id' });
      db.createObjectStore('meta');
    },
  });
  for (const line of data.lines) await v1.put('lines', line);
  for (const topUp of data.topUps) await v1.put('topUps', topUp);
  for (const method of data.paymentMethods) await v1.put('paymentMethods', method);
  await v1.put('meta', data.settings, 'settings');
  v1.close();
}
