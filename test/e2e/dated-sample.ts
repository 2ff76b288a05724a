import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_BACKUP } from './harness';

/**
 * The shared sample backup with every date moved by (today - 2026-11-22), the day its expectations
 * were written, so tests read the same countdowns whatever day they run (on 2026-11-22 it is the
 * sample itself). Returns the file's path and a function that moves a sample date the same way.
 */
export const SAMPLE_AS_OF = '2026-11-22';

const DAY_MS = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function datedSample(today: Date = new Date()): { path: string; shift: (date: string) => string } {
  const offsetDays = Math.round((Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) - Date.parse(`${SAMPLE_AS_OF}T00:00:00Z`)) / DAY_MS);
  const shift = (date: string) => isoDay(new Date(Date.parse(`${date}T00:00:00Z`) + offsetDays * DAY_MS));
  const shiftDateTime = (value: string) => new Date(Date.parse(value) + offsetDays * DAY_MS).toISOString().replace('.000Z', '+00:00');
  const file = JSON.parse(readFileSync(SAMPLE_BACKUP, 'utf8'));
  if (offsetDays !== 0) {
    file.exportedAt = shiftDateTime(file.exportedAt);
    for (const line of file.lines) {
      if (line.expiresOn) line.expiresOn = shift(line.expiresOn);
      if (line.lastActivityOn) line.lastActivityOn = shift(line.lastActivityOn);
      if (line.renewal.kind === 'cycle') line.renewal.nextOn = shift(line.renewal.nextOn);
    }
    for (const topUp of file.topUps) topUp.at = shiftDateTime(topUp.at);
    for (const method of file.paymentMethods) if (method.expires) method.expires = shift(`${method.expires}-01`).slice(0, 7);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'linekeeper-sample-')), 'sample.json');
  writeFileSync(path, JSON.stringify(file, null, 2));
  return { path, shift };
}

/** "3 Dec" for a British reader. */
export const britishDay = (date: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));
