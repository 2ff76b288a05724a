import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { getCustomCarriers, getLines, getPaymentMethods, getSettings, putCustomCarrier, putLine } from '../../../utils/store/db';
import { makeLine } from '../fixtures';
import { choose, freshStore, renderPage, seedSample, type } from './helpers';
import { methodFromForm } from '../../../components/options/PaymentMethodsSection';

beforeEach(freshStore);
afterEach(cleanup);

describe('payment methods', () => {
  it('refuses a full card number in the last-4 field or the name, and saves metadata only', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a payment method' }));
    const form = screen.getByRole('form', { name: 'Add a payment method' });
    type('Name', 'Visa 4111 1111 1111 1111');
    type(/^Last 4 digits/, '4111111111111111');
    fireEvent.submit(form);
    await waitFor(() => expect(document.getElementById('pm-last4-error')?.textContent).toContain('Looks like a payment card number'));
    expect(document.getElementById('pm-label-error')?.textContent).toContain('Looks like a payment card number');
    expect(await getPaymentMethods()).toEqual([]);

    type('Name', 'Visa travel card');
    type(/^Last 4 digits/, '123');
    expect(document.getElementById('pm-last4-error')?.textContent).toBe('Exactly 4 digits.');
    type(/^Last 4 digits/, '4242');
    type(/^Expiry month/, '2027-13');
    expect(document.getElementById('pm-expires-error')?.textContent).toBe('Not a month (YYYY-MM).');
    type(/^Expiry month/, '2027-01');
    fireEvent.submit(form);
    await waitFor(async () => expect(await getPaymentMethods()).toHaveLength(1));
    const [method] = await getPaymentMethods();
    expect(method).toEqual({ id: method!.id, label: 'Visa travel card', type: 'credit', last4: '4242', expires: '2027-01' });
  });

  it('reads full-width digits (a Chinese IME) in the last 4 digits and the expiry month, and a full-width card number is a card number', async () => {
    expect(methodFromForm({ label: '招行信用卡', type: 'credit', last4: '４２４２', expires: '２０２７－０１' }, 'pm-1').method).toEqual({ id: 'pm-1', label: '招行信用卡', type: 'credit', last4: '4242', expires: '2027-01' });
    expect(methodFromForm({ label: '招行信用卡', type: 'credit', last4: '４１１１ １１１１ １１１１ １１１１', expires: '' }, 'pm-1').problems.last4).toEqual({ code: 'card-data' });
  });
});

describe('custom carriers', () => {
  it('checks domains, asks for host access from the click, and saves the carrier even when refused', async () => {
    const request = vi.fn(async () => false);
    fakeBrowser.permissions.request = request as typeof fakeBrowser.permissions.request;
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Add a carrier' }));
    const form = screen.getByRole('form', { name: 'Add a carrier' });
    type('Name', 'Smart');
    type('Domains', 'www.smart.com.ph');
    type('Top-up page', 'http://smart.com.ph/load');
    fireEvent.submit(form);
    await waitFor(() => expect(document.getElementById('carrier-domains-error')?.textContent).toContain('Not a registrable domain'));
    expect(document.getElementById('carrier-url-error')?.textContent).toBe('Must be an https:// address.');
    expect(request).not.toHaveBeenCalled();

    type('Domains', 'smart.com.ph, Smart.ph');
    type('Top-up page', 'https://smart.com.ph/load');
    type(/^Activity needed every/, '120');
    fireEvent.submit(form);
    // Asked synchronously inside the submit handler: the user's gesture is still valid.
    expect(request).toHaveBeenCalledWith({ origins: ['https://smart.com.ph/*', 'https://*.smart.com.ph/*', 'https://smart.ph/*', 'https://*.smart.ph/*'] });
    await waitFor(async () => expect(await getCustomCarriers()).toEqual([
      { id: 'custom:Smart', name: 'Smart', domains: ['smart.com.ph', 'smart.ph'], rechargeUrl: 'https://smart.com.ph/load', activityEveryDays: 120, topUpExtendsDays: null },
    ]));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toContain('access to smart.com.ph, smart.ph was not granted'));
    // The line form now offers it.
    await screen.findByText('smart.com.ph, smart.ph');
    fireEvent.click(screen.getByRole('button', { name: 'Add a line' }));
    expect(screen.getByRole('option', { name: 'Smart' })).toBeTruthy();
  });

  it('renames a carrier, its lines with it, but never onto another carrier\'s name', async () => {
    fakeBrowser.permissions.request = (async () => true) as typeof fakeBrowser.permissions.request;
    const smart = { id: 'custom:Smrat', name: 'Smrat', domains: ['smart.com.ph'], rechargeUrl: 'https://smart.com.ph/load', activityEveryDays: 120, topUpExtendsDays: null };
    await putCustomCarrier(smart);
    await putCustomCarrier({ ...smart, id: 'custom:Globe', name: 'Globe', domains: ['globe.com.ph'] });
    await putLine(makeLine({ id: 'ph', label: 'Manila SIM', carrier: 'custom:Smrat' }));
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Smrat' }));
    const form = screen.getByRole('form', { name: 'Edit “Smrat”' });
    expect(screen.getByText('Renaming moves every line of this carrier to the new name.')).toBeTruthy();

    type('Name', 'Globe');
    fireEvent.submit(form);
    await waitFor(() => expect(document.getElementById('carrier-name-error')?.textContent).toBe('A carrier with this name already exists.'));
    expect((await getCustomCarriers()).map((carrier) => carrier.id).sort()).toEqual(['custom:Globe', 'custom:Smrat']);

    type('Name', 'Smart');
    fireEvent.submit(form);
    await waitFor(async () => expect((await getCustomCarriers()).map((carrier) => carrier.id).sort()).toEqual(['custom:Globe', 'custom:Smart']));
    expect((await getLines()).find((line) => line.id === 'ph')?.carrier).toBe('custom:Smart');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit Smrat' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Edit Smart' })).toBeTruthy();
  });

  it('says in the user\'s words when another tab took the new name while the form was open', async () => {
    fakeBrowser.permissions.request = (async () => true) as typeof fakeBrowser.permissions.request;
    const smart = { id: 'custom:Smrat', name: 'Smrat', domains: ['smart.com.ph'], rechargeUrl: 'https://smart.com.ph/load', activityEveryDays: 120, topUpExtendsDays: null };
    await putCustomCarrier(smart);
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Smrat' }));
    const form = screen.getByRole('form', { name: 'Edit “Smrat”' });
    type('Name', 'Smart');
    // Another tab saves a carrier of that name; this form has not heard of it.
    const taken = { ...smart, id: 'custom:Smart', name: 'Smart', domains: ['smart.ph'] };
    await putCustomCarrier(taken);
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('A carrier with this name already exists.'));
    expect(await getCustomCarriers()).toEqual([taken, smart]);
  });

  it('shows the catalog with each rule, its source, the day checked and an estimate mark', async () => {
    await renderPage();
    const threeRow = screen.getByRole('row', { name: /^Three UK/ });
    expect(threeRow.textContent).toContain('180 days');
    expect(threeRow.textContent).toContain('estimate');
    expect(threeRow.textContent).toContain('2026-11-20');
    expect(screen.getByRole('link', { name: "Ken's Tech Tips: PAYG inactivity" }).getAttribute('href')).toMatch(/^https:\/\//);
    expect(screen.getByRole('row', { name: /^giffgaff/ }).textContent).not.toContain('estimate');
  });
});

describe('reminder defaults', () => {
  it('refuses a bad days list and equal quiet hours, then saves', async () => {
    await renderPage();
    const form = screen.getByRole('button', { name: 'Save reminder defaults' }).closest('form')!;
    type('Days before a deadline', '30, 7, soon');
    expect(document.getElementById('settings-days-error')?.textContent).toBe('Whole days from 0 to 365, separated by commas.');
    type('Days before a deadline', '14 3 0');
    fireEvent.click(screen.getByLabelText(/^Quiet hours/));
    type('Quiet from', '07:00');
    fireEvent.submit(form);
    await waitFor(() => expect(document.getElementById('settings-quiet-end-error')?.textContent).toBe('Start and end must differ.'));
    expect((await getSettings()).daysBefore).toEqual([30, 7, 3, 1, 0]);
    type('Quiet from', '22:00');
    choose('Repeat until done', 'weekly');
    fireEvent.submit(form);
    await waitFor(async () => expect(await getSettings()).toEqual({ timeOfDay: '09:00', daysBefore: [14, 3, 0], repeat: 'weekly', quietHours: { start: '22:00', end: '07:00' } }));
  });
});

describe('deleting a payment method', () => {
  it('unlinks it and puts focus on the section, not the top of the page', async () => {
    await seedSample();
    await renderPage();
    vi.stubGlobal('confirm', vi.fn(() => true));
    const button = screen.getByRole('button', { name: 'Delete Visa travel card' });
    button.focus();
    fireEvent.click(button);
    await waitFor(async () => expect(await getPaymentMethods()).toEqual([]));
    await waitFor(() => expect(document.activeElement).toBe(document.getElementById('payments-title')));
    vi.unstubAllGlobals();
  });
});

describe('host access of custom carriers', () => {
  it('is given back for the domains a deleted carrier had, unless another carrier still has them', async () => {
    const remove = vi.fn(async () => true);
    fakeBrowser.permissions.remove = remove as typeof fakeBrowser.permissions.remove;
    // dito.ph is Dito's alone; globe.com.ph is shared with Globe; smart.com.ph is a built-in carrier's (the manifest's).
    await putCustomCarrier({ id: 'custom:Dito', name: 'Dito', domains: ['dito.ph', 'globe.com.ph', 'smart.com.ph'], rechargeUrl: 'https://dito.ph/load', activityEveryDays: 120, topUpExtendsDays: null });
    await putCustomCarrier({ id: 'custom:Globe', name: 'Globe', domains: ['globe.com.ph'], rechargeUrl: 'https://globe.com.ph/load', activityEveryDays: null, topUpExtendsDays: null });
    vi.stubGlobal('confirm', vi.fn(() => true));
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Dito' }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith({ origins: ['https://dito.ph/*', 'https://*.dito.ph/*'] }));
    expect(remove).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});
