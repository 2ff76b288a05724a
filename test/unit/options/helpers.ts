import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeStore, importData } from '../../../utils/store/db';
import { parseBackup } from '../../../utils/domain/backup';
import { phoneFormats } from '../../../utils/domain/phone';
import type { BackupData } from '../../../utils/domain/types';

export const SAMPLE_TEXT = readFileSync(resolve('../shared/fixtures/backup-v1.sample.json'), 'utf8');

export function sampleData(): BackupData {
  const parsed = parseBackup(SAMPLE_TEXT);
  if (!parsed.ok) throw new Error('the sample must parse');
  return structuredClone(parsed.data);
}

/** A fresh, empty database for each test. */
export async function freshStore(): Promise<void> {
  await closeStore();
  globalThis.indexedDB = new IDBFactory();
}

export async function seedSample(): Promise<void> {
  const data = sampleData();
  await importData(data, 'replace', data.lines.map((line) => phoneFormats(line.number)));
}

/** Puts a file into a file input the way a user's choice does, and fires change. */
export function chooseFile(input: HTMLInputElement, name: string, text: string): void {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
