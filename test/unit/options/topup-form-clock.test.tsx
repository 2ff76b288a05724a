import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { getTopUps, importData } from '../../../utils/store/db';
import { phoneFormats } from '../../../utils/domain/phone';
import { DEFAULT_SETTINGS } from '../../../utils/domain/types';
import { makeLine } from '../fixtures';
import { render } from '@testing-library/preact';
import { h } from 'preact';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { freshStore, type } from './helpers';

const line = makeLine({ id: 'l1', label: 'UK giffgaff', timeZone: 'Europe/London' });

beforeEach(async () => {
  await freshStore();
  await importData({ lines: [line], topUps: [], paymentMethods: [], settings: DEFAULT_SETTINGS, customCarriers: [] }, 'replace', [phoneFormats(line.number)]);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function openForm(at: string): Promise<HTMLFormElement> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(at));
  render(h(OptionsApp, { zone: 'Europe/London' }));
  await screen.findByRole('button', { name: 'Export a backup file' }, { timeout: 5000 });
  fireEvent.click(screen.getByRole('button', { name: 'Add a top-up' }));
  return screen.getByRole('form', { name: 'Add a top-up' }) as HTMLFormElement;
}

describe('the add-a-top-up form follows the clock while it is open', () => {
  it('stamps a top-up dated today with the moment of saving, not the moment the form was opened', async () => {
    const form = await openForm('2026-11-20T10:00:00Z');
    // The user tops up in the carrier's app, comes back 30 minutes later and saves.
    vi.setSystemTime(new Date('2026-11-20T10:30:00Z'));
    type('Amount (GBP)', '10');
    fireEvent.submit(form);
    await waitFor(async () => expect(await getTopUps()).toHaveLength(1));
    const [saved] = await getTopUps();
    expect(Date.parse(saved!.at)).toBe(Date.parse('2026-11-20T10:30:00Z'));
  });

  it('accepts today\'s date after midnight has passed with the form open', async () => {
    const form = await openForm('2026-11-20T23:50:00Z');
    vi.setSystemTime(new Date('2026-11-21T00:20:00Z'));
    type('Date', '2026-11-21');
    type('Amount (GBP)', '10');
    fireEvent.submit(form);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Today in London is 21 Nov: the form must not call it "later than today".
    expect(document.getElementById('tu-date-error')?.textContent ?? null).toBeNull();
    await waitFor(async () => expect(await getTopUps()).toHaveLength(1));
  });
});
