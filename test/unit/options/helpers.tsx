import { IDBFactory } from 'fake-indexeddb';
import { fireEvent, render, screen } from '@testing-library/preact';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { closeStore, importData } from '../../../utils/store/db';
import { phoneFormats } from '../../../utils/domain/phone';
import { sampleData, SAMPLE_BACKUP_TEXT as SAMPLE_TEXT } from '../fixtures';

export { SAMPLE_TEXT, sampleData };

/** The options page, rendered and loaded (its Backup section is the last to appear). */
export async function renderPage(): Promise<void> {
  render(<OptionsApp zone="Europe/London" />);
  await screen.findByRole('button', { name: 'Export a backup file' });
}

/** Types into a labelled field as a user does: input events, then change when leaving it. */
export function type(label: string | RegExp, value: string): HTMLInputElement {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.input(input, { target: { value } });
  fireEvent.change(input);
  return input;
}

/** Chooses an option of a labelled select as a user does: change. */
export function choose(label: string | RegExp, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
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
