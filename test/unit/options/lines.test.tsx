import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { getLines, getPhoneFormats, getTopUps, importData, updateLine } from '../../../utils/store/db';
import { choose, freshStore, renderPage, sampleData, seedSample, type } from './helpers';
import { phoneFormats } from '../../../utils/domain/phone';

beforeEach(async () => {
  await freshStore();
  history.replaceState(null, '', '#');
});
afterEach(cleanup);

describe('line form', () => {
  it('says what is wrong with a number beside the field, refuses to save, then saves it as E.164', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a line' }));
    type('Name', 'My giffgaff');
    choose('Carrier', 'giffgaff');
    // The carrier fills what it implies: country, currency, keep-alive days from its rule.
    expect((screen.getByLabelText('Country of the number') as HTMLSelectElement).value).toBe('GB');
    expect((screen.getByLabelText('Currency') as HTMLInputElement).value).toBe('GBP');
    expect((screen.getByLabelText(/^Activity needed every/) as HTMLInputElement).value).toBe('180');
    expect(screen.getByTestId('carrier-rule').textContent).toContain('Deactivated after 6 months');

    const number = type('Phone number', '0770');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(number.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(message.textContent).toBe('Not a phone number in United Kingdom. Type it as dialled there, or with + and the country code.');

    fireEvent.submit(screen.getByRole('button', { name: 'Save line' }).closest('form')!);
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Phone number: Not a phone number in United Kingdom');
    expect(await getLines()).toEqual([]);

    type('Phone number', '07700 900456');
    expect(number.getAttribute('aria-invalid')).toBe('false');
    expect(document.getElementById('line-number-help')!.textContent).toBe('Reads as +44 7700 900456');
    type(/^Balance/, '5.123');
    expect(document.getElementById('line-balance-error')!.textContent).toBe('Too many decimal places for GBP.');
    type(/^Balance/, '5.12');
    fireEvent.submit(screen.getByRole('button', { name: 'Save line' }).closest('form')!);
    await waitFor(async () => expect(await getLines()).toHaveLength(1));
    const [line] = await getLines();
    expect(line).toMatchObject({ label: 'My giffgaff', number: '+447700900456', carrier: 'giffgaff', balance: 512, currency: 'GBP', keepAlive: { activityEveryDays: 180 }, timeZone: 'Europe/London' });
    expect((await getPhoneFormats()).get('+447700900456')?.international).toBe('+44 7700 900456');
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Saved “My giffgaff”.'));
  });

  it('lists what to fix in the order of the form, the name first', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a line' }));
    fireEvent.submit(screen.getByRole('button', { name: 'Save line' }).closest('form')!);
    const summary = await screen.findByRole('alert');
    const items = [...summary.querySelectorAll('li')].map((item) => item.textContent!.split(':')[0]);
    expect(items[0]).toBe('Name');
    expect(items.indexOf('Carrier')).toBeLessThan(items.indexOf('Phone number'));
    expect(items.indexOf('Phone number')).toBeLessThan(items.indexOf('Currency'));
  });

  it('lists what to fix in the order the form shows the fields, down to the plan and the line\'s own reminders', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a line' }));
    choose('Carrier', 'giffgaff');
    fireEvent.click(screen.getByLabelText('On a fixed day of each month'));
    fireEvent.input(document.getElementById('line-renewalDay')!, { target: { value: '32' } });
    fireEvent.input(document.getElementById('line-renewalAmount')!, { target: { value: 'ten' } });
    fireEvent.click(screen.getByLabelText('Set reminders for this line'));
    fireEvent.input(document.getElementById('line-remindersTime')!, { target: { value: '' } });
    fireEvent.input(document.getElementById('line-remindersLowBalance')!, { target: { value: 'abc' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save line' }).closest('form')!);
    const summary = await screen.findByRole('alert');
    const listed = [...summary.querySelectorAll('a')].map((link) => link.getAttribute('href')!.slice(1));
    const shown = [...document.querySelectorAll('form.line-form [id^="line-"]')].map((element) => element.id).filter((id) => listed.includes(id));
    expect(listed.length).toBeGreaterThanOrEqual(4);
    expect(listed).toEqual(shown);
  });

  it('opens the editor of the line named in #line=<id>, focused', async () => {
    await seedSample();
    history.replaceState(null, '', '#line=l-cmhk');
    await renderPage();
    const heading = await screen.findByRole('heading', { name: 'Edit “HK CMHK”' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect((screen.getByLabelText('Phone number') as HTMLInputElement).value).toBe('+852 9123 4567');
    expect((screen.getByLabelText(/^Balance/) as HTMLInputElement).value).toBe('38.00');
  });

  it('saving an editor left open keeps a top-up logged meanwhile (balance, activity) and the user\'s own changes', async () => {
    await seedSample();
    history.replaceState(null, '', '#line=l-cmhk');
    await renderPage();
    await screen.findByRole('heading', { name: 'Edit “HK CMHK”' });
    // Meanwhile, the popup logs a HK$100 top-up: the balance and the last activity change.
    const before = (await getLines()).find((line) => line.id === 'l-cmhk')!;
    await updateLine('l-cmhk', () => ({ line: { ...before, balance: 13800, lastActivityOn: '2026-11-22' }, topUp: { id: 't-popup', lineId: 'l-cmhk', at: '2026-11-22T09:00:00+08:00', amount: 10000, currency: 'HKD', paymentMethodId: null, source: 'manual' } }));
    type('Name', 'HK CMHK main');
    fireEvent.submit(screen.getByRole('button', { name: 'Save line' }).closest('form')!);
    await waitFor(async () => expect((await getLines()).find((line) => line.id === 'l-cmhk')?.label).toBe('HK CMHK main'));
    expect((await getLines()).find((line) => line.id === 'l-cmhk')).toMatchObject({ balance: 13800, lastActivityOn: '2026-11-22' });
  });

  it('opens the add form for #add', async () => {
    history.replaceState(null, '', '#add');
    await renderPage();
    expect(screen.getByRole('heading', { name: 'Add a line' })).toBeTruthy();
  });
});

describe('archive and delete', () => {
  it('archives and unarchives a line', async () => {
    await seedSample();
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Archive UK giffgaff' }));
    await waitFor(async () => expect((await getLines()).find((line) => line.id === 'l-giffgaff')?.archived).toBe(true));
    // Focus follows the row to the archived list, onto its Unarchive button (not the top of the page).
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Unarchive UK giffgaff' })));
    fireEvent.click(await screen.findByRole('button', { name: 'Unarchive UK giffgaff' }));
    await waitFor(async () => expect((await getLines()).find((line) => line.id === 'l-giffgaff')?.archived).toBe(false));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Archive UK giffgaff' })));
  });

  it('deletes a line with its top-ups, and the focused undo button restores both', async () => {
    await seedSample();
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Delete US Ultra PayGo' }));
    const undo = await screen.findByRole('button', { name: 'Undo deleting “US Ultra PayGo”' });
    expect(await getLines()).toHaveLength(3);
    expect((await getTopUps()).map((topUp) => topUp.id)).toEqual(['t1']);
    expect(screen.getByRole('region', { name: 'Deleted “US Ultra PayGo” and its top-up records (2).' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(undo));
    // Said once, in the toast: not also in the status line.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('status').textContent).toBe('');

    fireEvent.click(undo);
    await waitFor(async () => expect(await getLines()).toHaveLength(4));
    expect((await getTopUps()).map((topUp) => topUp.id).sort()).toEqual(['t1', 't2', 't3']);
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Restored “US Ultra PayGo” and its top-up records.'));
  });
  it('a second delete while the first can still be undone joins it: one Undo brings back both', async () => {
    await seedSample();
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Delete US Ultra PayGo' }));
    await screen.findByRole('button', { name: 'Undo deleting “US Ultra PayGo”' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete Travel data eSIM' }));
    const undo = await screen.findByRole('button', { name: 'Undo these 2 deletions' });
    await waitFor(async () => expect(await getLines()).toHaveLength(2));
    expect(undo.closest('.toast')!.textContent).toContain('Deleted “US Ultra PayGo” and its top-up records (2). Deleted “Travel data eSIM”');
    fireEvent.click(undo);
    await waitFor(async () => expect((await getLines()).map((line) => line.id).sort()).toEqual(['l-cmhk', 'l-data', 'l-giffgaff', 'l-ultra']));
    expect((await getTopUps()).map((topUp) => topUp.id).sort()).toEqual(['t1', 't2', 't3']);
  });

  it('deleting a line again right after undoing leaves no stale "Restored …" beside the toast', async () => {
    await seedSample();
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Delete US Ultra PayGo' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo deleting “US Ultra PayGo”' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Restored “US Ultra PayGo” and its top-up records.'));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete US Ultra PayGo' }));
    await screen.findByRole('region', { name: 'Deleted “US Ultra PayGo” and its top-up records (2).' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('status').textContent).toBe('');
  });
});

describe('top-ups and spend', () => {
  it('warns about the two USD 3.00 top-ups 4 minutes apart and shows spend per currency', async () => {
    await seedSample();
    await renderPage();
    expect(screen.getByRole('note').textContent).toContain('US Ultra PayGo: $3.00 logged twice');
    expect(screen.getByText('HK$8.33 + $3.00 a month')).toBeTruthy();
    const byLine = screen.getByRole('table', { name: 'Spend per line' });
    expect(byLine.textContent).toContain('US Ultra PayGo$6.002');
  });

  it('a month of several currencies lists each sum whole, joined by " + " where the cell may wrap', async () => {
    const data = sampleData();
    // The HK line's top-up moved into the month of the two USD ones.
    data.topUps = data.topUps.map((topUp) => (topUp.currency === 'HKD' ? { ...topUp, at: '2026-11-10T12:00:00+08:00' } : topUp));
    await importData(data, 'replace', data.lines.map((line) => phoneFormats(line.number)));
    await renderPage();
    const cell = screen.getByRole('table', { name: 'Spend per month' }).querySelector('td.totals')!;
    expect(cell.textContent).toMatch(/^(HK\$50\.00 \+ \$6\.00|\$6\.00 \+ HK\$50\.00)$/);
    expect(Array.from(cell.querySelectorAll('span.nowrap'), (span) => span.textContent).sort()).toEqual(['$6.00', 'HK$50.00']);
  });
});
