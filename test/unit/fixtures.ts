import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Line } from '../../utils/domain/types';

/** The sample backup from ../shared, read as text (never copied into the repository). */
export const SAMPLE_BACKUP_TEXT = readFileSync(resolve(__dirname, '../../../shared/fixtures/backup-v1.sample.json'), 'utf8');

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
