import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { getAllData, getPhoneFormats, putCustomCarrier, putLine } from '../../../utils/store/db';
import { chooseFile, freshStore, renderPage, SAMPLE_TEXT, sampleData } from './helpers';

beforeEach(freshStore);
afterEach(cleanup);

describe('backup restore', () => {
  it('previews the sample with its counts, then replaces and writes it with phone formats', async () => {
    await renderPage();
    chooseFile(screen.getByLabelText('Backup file to restore') as HTMLInputElement, 'sample.json', SAMPLE_TEXT);
    const preview = await screen.findByTestId('restore-preview');
    expect(preview.textContent).toContain('sample.json (backup version 1, exported');
    expect(preview.textContent).toContain('holds — lines: 4, top-ups: 3, payment methods: 1, custom carriers: 0');
    // Nothing is written by the preview alone.
    expect((await getAllData()).lines).toHaveLength(0);

    fireEvent.click(screen.getByRole('radio', { name: /^Replace/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(async () => expect((await getAllData()).lines).toHaveLength(4));
    const data = await getAllData();
    const sample = sampleData();
    expect(data.topUps).toHaveLength(3);
    expect(data.settings).toEqual(sample.settings);
    expect((await getPhoneFormats()).get('+447700900123')?.national).toBe('07700 900123');
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Restored. Now — lines: 4, top-ups: 3, payment methods: 1, custom carriers: 0.'));
    await waitFor(() => expect(document.querySelectorAll('[data-line-id]')).toHaveLength(4));
  });

  it('reads an older file\'s amounts in the digits of the browser that wrote it (Rp50,000 stays Rp50,000)', async () => {
    // This engine (like Chrome) gives IDR no decimals: versions before the ISO table exported Rp50,000 as 50000.
    const scale = 10 ** (2 - new Intl.NumberFormat('en', { style: 'currency', currency: 'IDR' }).resolvedOptions().maximumFractionDigits!);
    const file = JSON.parse(SAMPLE_TEXT) as { lines: { currency: string; balance: number | null }[]; exportedAt: string };
    file.lines[0]!.currency = 'IDR';
    file.lines[0]!.balance = 50_000;
    await renderPage();
    chooseFile(screen.getByLabelText('Backup file to restore') as HTMLInputElement, 'old.json', JSON.stringify(file));
    await screen.findByTestId('restore-preview');
    fireEvent.click(screen.getByRole('radio', { name: /^Replace/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(async () => expect((await getAllData()).lines).toHaveLength(4));
    expect(file.exportedAt < '2026-11-23').toBe(true);
    expect((await getAllData()).lines.find((line) => line.currency === 'IDR')?.balance).toBe(50_000 * scale);
  });

  it('shows merged counts, keeping lines already there', async () => {
    const own = { ...sampleData().lines[0]!, id: 'mine', label: 'Mine' };
    await putLine(own);
    await renderPage();
    chooseFile(screen.getByLabelText('Backup file to restore') as HTMLInputElement, 'sample.json', SAMPLE_TEXT);
    await screen.findByTestId('restore-preview');
    expect(screen.getByRole('radio', { name: /^Merge/ }).closest('label')!.textContent).toContain('Afterwards — lines: 5,');
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(async () => expect((await getAllData()).lines.map((line) => line.id).sort()).toEqual(['l-cmhk', 'l-data', 'l-giffgaff', 'l-ultra', 'mine']));
  });

  const bad: [string, string, string][] = [
    ['not JSON', 'not json at all', 'This file is damaged or is not a LineKeeper backup (it is not valid JSON).'],
    ['a float balance', SAMPLE_TEXT.replace('"balance": 512', '"balance": 5.12'), 'lines[0].balance: must be a whole number of minor units'],
    ['a dangling payment method', SAMPLE_TEXT.replace('"paymentMethodId": "pm-visa", "notes": ""', '"paymentMethodId": "pm-gone", "notes": ""'), 'lines[2].paymentMethodId: points to "pm-gone"'],
    ['a newer version', SAMPLE_TEXT.replace('"version": 1', '"version": 7'), 'version: The file comes from a newer LineKeeper (backup version 7)'],
    ['a card number', SAMPLE_TEXT.replace('"last4": "4242"', '"last4": "4242 4242 4242 4242"'), 'paymentMethods[0].last4: looks like payment-card data'],
  ];
  for (const [what, text, message] of bad) {
    it(`refuses a file with ${what}, naming where, and writes nothing`, async () => {
      const own = { ...sampleData().lines[0]!, id: 'mine', label: 'Mine' };
      await putLine(own);
      await renderPage();
      chooseFile(screen.getByLabelText('Backup file to restore') as HTMLInputElement, 'bad.json', text);
      const refused = await screen.findByRole('alert');
      expect(refused.textContent).toContain('bad.json: This file was not restored and nothing was changed.');
      expect(refused.textContent).toContain(message);
      expect(screen.queryByRole('button', { name: 'Restore' })).toBeNull();
      const data = await getAllData();
      expect(data.lines).toEqual([own]);
      expect(data.topUps).toEqual([]);
    });
  }

  it('renders text from the file as text, never as markup', async () => {
    await renderPage();
    const hostile = SAMPLE_TEXT.replace('"label": "UK giffgaff"', '"label": "<img src=x onerror=alert(1)>"');
    chooseFile(screen.getByLabelText('Backup file to restore') as HTMLInputElement, '<b>x</b>.json', hostile);
    await screen.findByTestId('restore-preview');
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await screen.findByText('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('restoring custom carriers and host access', () => {
  // Not a catalog domain: the built-in carriers' access is the manifest's and never given back.
  const smart = { id: 'custom:Ting', name: 'Ting', domains: ['ting.com'], rechargeUrl: 'https://ting.com/topup', activityEveryDays: 120, topUpExtendsDays: null };
  const fileWith = (customCarriers: unknown[]) => JSON.stringify({ ...(JSON.parse(SAMPLE_TEXT) as object), version: 2, customCarriers });
  const restoreReplacing = async (name: string, text: string) => {
    await renderPage();
    chooseFile(screen.getByLabelText('Backup file to restore') as HTMLInputElement, name, text);
    await screen.findByTestId('restore-preview');
    fireEvent.click(screen.getByRole('radio', { name: /^Replace/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
  };

  it('asks for access to a restored carrier\'s domains, and says so when it is refused', async () => {
    const request = vi.fn(async () => false);
    fakeBrowser.permissions.request = request as typeof fakeBrowser.permissions.request;
    await restoreReplacing('b.json', fileWith([smart]));
    await waitFor(async () => expect((await getAllData()).customCarriers).toEqual([smart]));
    expect(request).toHaveBeenCalledWith({ origins: ['https://ting.com/*', 'https://*.ting.com/*'] });
    await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('Access to the restored carriers\' domains (ting.com) was not granted'));
  });

  it('counts custom carriers in the preview\'s "Afterwards" and in the restored message', async () => {
    await putCustomCarrier({ ...smart, id: 'custom:Mine', name: 'Mine' });
    await renderPage();
    chooseFile(screen.getByLabelText('Backup file to restore') as HTMLInputElement, 'b.json', fileWith([smart]));
    await screen.findByTestId('restore-preview');
    expect(screen.getByRole('radio', { name: /^Merge/ }).closest('label')!.textContent).toContain('payment methods: 1, custom carriers: 2.');
    expect(screen.getByRole('radio', { name: /^Replace/ }).closest('label')!.textContent).toContain('payment methods: 1, custom carriers: 1.');
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('custom carriers: 2.'));
  });

  it('gives back the access of carriers a replace removed', async () => {
    await putCustomCarrier(smart);
    const remove = vi.fn(async () => true);
    fakeBrowser.permissions.remove = remove as typeof fakeBrowser.permissions.remove;
    await restoreReplacing('sample.json', SAMPLE_TEXT);
    await waitFor(async () => expect((await getAllData()).customCarriers).toEqual([]));
    await waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: ['https://ting.com/*', 'https://*.ting.com/*'] }));
  });
});
