import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { deleteLine, getLine, getTopUps, updateLine } from '../../../utils/store/db';
import { choose, freshStore, renderPage, seedSample, type } from './helpers';
import { logTopUpFromPopup } from '../../../utils/background/popup.background';

beforeEach(async () => {
  await freshStore();
  await seedSample();
});
afterEach(cleanup);

/** The options page with "Add a top-up" open on HK CMHK: HK$100 on 15 Jan 2026, not yet saved. */
async function startAddingCmhkTopUp(): Promise<HTMLElement> {
  await renderPage();
  fireEvent.click(screen.getByRole('button', { name: 'Add a top-up' }));
  const form = screen.getByRole('form', { name: 'Add a top-up' });
  choose('Line', 'l-cmhk');
  type('Date', '2026-01-15');
  type('Amount (HKD)', '100');
  return form;
}

describe('adding a top-up made elsewhere', () => {
  it('refuses a future date, then records an earlier top-up and counts it on the line', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a top-up' }));
    const form = screen.getByRole('form', { name: 'Add a top-up' });
    choose('Line', 'l-cmhk');
    expect(screen.getByLabelText('Amount (HKD)')).toBeTruthy();
    // Payment methods read as in the line editor: name and last 4 digits.
    expect(Array.from((screen.getByLabelText(/^Paid with/) as HTMLSelectElement).options, (option) => option.text)).toContain('Visa travel card (ending 4242)');
    type('Date', '2099-01-01');
    type('Amount (HKD)', '100');
    fireEvent.submit(form);
    await waitFor(() => expect(document.getElementById('tu-date-error')?.textContent).toBe('The date cannot be later than today.'));
    expect(await getTopUps()).toHaveLength(3);

    type('Date', '2026-01-15');
    type(/^Note/, 'paid at a 7-Eleven');
    fireEvent.submit(form);
    await waitFor(async () => expect(await getTopUps()).toHaveLength(4));
    const added = (await getTopUps()).find((topUp) => topUp.note === 'paid at a 7-Eleven')!;
    expect(added).toMatchObject({ lineId: 'l-cmhk', amount: 10000, currency: 'HKD', source: 'manual', paymentMethodId: null });
    expect(added.at.startsWith('2026-01-15T12:00:00')).toBe(true);
    expect((await getLine('l-cmhk'))!.balance).toBe(3800 + 10000);
    await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('Added a top-up of'));
    expect(screen.queryByRole('form', { name: 'Add a top-up' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('table', { name: 'History' }).textContent).toContain('paid at a 7-Eleven'));
    // Nobody gave a time: the row shows the day, not the noon it is stamped with.
    const row = screen.getByRole('row', { name: /paid at a 7-Eleven/ });
    expect(row.querySelector('td')!.textContent).toMatch(/^(Jan 15, 2026|15 Jan 2026)$/);
  });

  it('counts it on the line as stored when saved: a top-up logged in the popup while the form was open stays', async () => {
    const form = await startAddingCmhkTopUp();
    // Meanwhile the popup logs HK$50 on the same line (the worker writes it).
    expect(await logTopUpFromPopup({ lineId: 'l-cmhk', amountMinor: 5000, source: 'manual' })).toEqual({ ok: true });
    fireEvent.submit(form);
    await waitFor(async () => expect(await getTopUps()).toHaveLength(5));
    expect((await getLine('l-cmhk'))!.balance).toBe(3800 + 5000 + 10000);
  });

  it('records nothing for a line deleted in another tab as the form is saved, and says so', async () => {
    const form = await startAddingCmhkTopUp();
    fireEvent.click(screen.getByLabelText(/^Also update the line/));
    const deleting = deleteLine('l-cmhk');
    fireEvent.submit(form);
    await deleting;
    await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('this line no longer exists'));
    // A record of a line that is gone would make the next backup unrestorable.
    expect((await getTopUps()).filter((topUp) => topUp.lineId === 'l-cmhk')).toEqual([]);
  });

  it('offers the lines that are not archived, by name, and preselects the first of them', async () => {
    const archived = (await getLine('l-cmhk'))!;
    await updateLine('l-cmhk', () => ({ line: { ...archived, label: 'AAA old CMHK', archived: true } }));
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a top-up' }));
    const picker = screen.getByLabelText('Line') as HTMLSelectElement;
    const names = Array.from(picker.options, (option) => option.text);
    expect(names.some((name) => name.startsWith('AAA old CMHK'))).toBe(false);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(picker.selectedIndex).toBe(0);
  });

  it('offers no "Add a top-up" when every line is archived', async () => {
    for (const id of ['l-cmhk', 'l-giffgaff', 'l-ultra', 'l-data']) await updateLine(id, (stored) => (stored ? { line: { ...stored, archived: true } } : null));
    await renderPage();
    expect(screen.queryByRole('button', { name: 'Add a top-up' })).toBeNull();
  });

  it('changes only the history when "also update the line" is unticked', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a top-up' }));
    const form = screen.getByRole('form', { name: 'Add a top-up' });
    // Choosing a line brings its payment method along.
    choose('Line', 'l-giffgaff');
    expect((screen.getByLabelText(/^Paid with/) as HTMLSelectElement).value).toBe('pm-visa');
    type('Date', '2026-02-01');
    type('Amount (GBP)', '10');
    fireEvent.click(screen.getByLabelText(/^Also update the line/));
    fireEvent.submit(form);
    await waitFor(async () => expect(await getTopUps()).toHaveLength(4));
    expect((await getLine('l-giffgaff'))!.balance).toBe(512);
  });
});
