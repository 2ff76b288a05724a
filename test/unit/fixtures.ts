import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBackup } from '../../utils/domain/backup';
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
