/**
 * Keyboard focus on the options page (WCAG 2.2 SC 2.4.3 Focus Order, 4.1.3 Status Messages): an
 * editor that replaces the button that opened it takes focus (its heading); closing it gives focus
 * back to that button (or the section's heading); a refused save puts focus on the first invalid
 * field, whose message is tied to it. Focus never falls to <body>.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { getPaymentMethods, getSettings, getTopUps, putCustomCarrier } from '../../../utils/store/db';
import { chooseFile, freshStore, renderPage, SAMPLE_TEXT, seedSample, type } from './helpers';

beforeEach(async () => {
  await freshStore();
  history.replaceState(null, '', '#');
});
afterEach(cleanup);

/** Presses a button as a keyboard user does: focus it, activate it. */
function press(button: HTMLElement): void {
  button.focus();
  expect(document.activeElement).toBe(button);
  fireEvent.click(button);
}

/** Presses a form's save button as a keyboard user does (Enter on it submits the form). */
function pressSave(name: string): void {
  const save = screen.getByRole('button', { name });
  save.focus();
  fireEvent.submit(save.closest('form')!);
}

const button = (name: string) => screen.getByRole('button', { name });
const focusedOn = (element: Element | null) => waitFor(() => expect(document.activeElement).toBe(element));

describe('an editor opened from its button takes focus on its heading', () => {
  for (const [open, heading] of [
    ['Add a payment method', 'pm-form-title'],
    ['Add a carrier', 'carrier-form-title'],
    ['Add a top-up', 'tu-form-title'],
    ['Add a line', 'line-form-title'],
  ] as const) {
    it(`"${open}"`, async () => {
      await seedSample();
      await renderPage();
      press(button(open));
      await focusedOn(document.getElementById(heading));
      expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
    });
  }

  it('"Edit Visa travel card"', async () => {
    await seedSample();
    await renderPage();
    press(button('Edit Visa travel card'));
    await focusedOn(document.getElementById('pm-form-title'));
  });
});

describe('closing an editor gives focus back to the button that opened it', () => {
  for (const [open, save] of [
    ['Add a line', 'Save line'],
    ['Add a payment method', 'Save payment method'],
    ['Add a carrier', 'Save carrier'],
    ['Add a top-up', 'Save top-up'],
  ] as const) {
    it(`Cancel in the editor opened by "${open}" focuses "${open}" again`, async () => {
      await seedSample();
      await renderPage();
      press(button(open));
      await screen.findByRole('button', { name: save });
      press(button('Cancel'));
      await waitFor(() => expect(screen.queryByRole('button', { name: save })).toBeNull());
      await focusedOn(button(open));
    });
  }

  for (const [edit, save] of [
    ['Edit HK CMHK', 'Save line'],
    ['Edit Visa travel card', 'Save payment method'],
  ] as const) {
    it(`Cancel in the editor opened by "${edit}" focuses that Edit button`, async () => {
      await seedSample();
      await renderPage();
      press(button(edit));
      await screen.findByRole('button', { name: save });
      press(button('Cancel'));
      await waitFor(() => expect(screen.queryByRole('button', { name: save })).toBeNull());
      await focusedOn(button(edit));
    });
  }

  it('a saved line goes back to its Edit button, after the list is re-read and re-sorted', async () => {
    await seedSample();
    await renderPage();
    press(button('Edit UK giffgaff'));
    await screen.findByRole('button', { name: 'Save line' });
    // Used today: the line moves down the list (the page sorts by urgency).
    const order = () => [...document.querySelectorAll('.line-list:not(.archived) > li')].map((row) => row.getAttribute('data-line-id'));
    const before = order();
    type(/^Last activity/, new Date().toISOString().slice(0, 10));
    pressSave('Save line');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save line' })).toBeNull(), { timeout: 3000 });
    await waitFor(() => expect(order()).not.toEqual(before));
    await focusedOn(button('Edit UK giffgaff'));
  });

  it('a saved new payment method goes back to "Add a payment method"', async () => {
    await renderPage();
    press(button('Add a payment method'));
    type('Name', 'Visa');
    pressSave('Save payment method');
    await waitFor(async () => expect(await getPaymentMethods()).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save payment method' })).toBeNull());
    await focusedOn(button('Add a payment method'));
  });

  it('a saved top-up goes back to "Add a top-up"', async () => {
    await seedSample();
    await renderPage();
    const before = (await getTopUps()).length;
    press(button('Add a top-up'));
    type(/^Amount/, '10');
    pressSave('Save top-up');
    await waitFor(async () => expect(await getTopUps()).toHaveLength(before + 1));
    await focusedOn(button('Add a top-up'));
  });

  it('a renamed carrier (its Edit button is a new one) sends focus to the Carriers heading', async () => {
    fakeBrowser.permissions.request = (async () => true) as typeof fakeBrowser.permissions.request;
    await putCustomCarrier({ id: 'custom:Smrat', name: 'Smrat', domains: ['smart.com.ph'], rechargeUrl: 'https://smart.com.ph/load', activityEveryDays: 120, topUpExtendsDays: null });
    await renderPage();
    press(button('Edit Smrat'));
    type('Name', 'Smart');
    pressSave('Save carrier');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save carrier' })).toBeNull());
    await screen.findByRole('button', { name: 'Edit Smart' });
    await focusedOn(document.getElementById('carriers-title'));
  });

  it('a line editor opened by a link (#line=) goes back to the Lines heading', async () => {
    await seedSample();
    history.replaceState(null, '', '#line=l-cmhk');
    await renderPage();
    await screen.findByRole('button', { name: 'Save line' });
    press(button('Cancel'));
    await focusedOn(document.getElementById('lines-title'));
  });

  it('Cancel on a restore preview focuses the file input', async () => {
    await seedSample();
    await renderPage();
    const input = screen.getByLabelText('Backup file to restore');
    chooseFile(input as HTMLInputElement, 'b.json', SAMPLE_TEXT);
    await screen.findByTestId('restore-preview');
    press(button('Cancel'));
    await waitFor(() => expect(screen.queryByTestId('restore-preview')).toBeNull());
    await focusedOn(input);
  });

  it('Restore focuses the file input once the preview is gone', async () => {
    await renderPage();
    const input = screen.getByLabelText('Backup file to restore');
    chooseFile(input as HTMLInputElement, 'b.json', SAMPLE_TEXT);
    await screen.findByTestId('restore-preview');
    press(button('Restore'));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toMatch(/^Restored/));
    await waitFor(() => expect(screen.queryByTestId('restore-preview')).toBeNull());
    await focusedOn(input);
  });

  it('saved reminder defaults keep focus on "Save reminder defaults" (the section is made anew)', async () => {
    await renderPage();
    const old = button('Save reminder defaults');
    type('Days before a deadline', '14, 3');
    pressSave('Save reminder defaults');
    await waitFor(async () => expect((await getSettings()).daysBefore).toEqual([14, 3]));
    await waitFor(() => expect(old.isConnected).toBe(false));
    await focusedOn(button('Save reminder defaults'));
  });
});

describe('a refused save puts focus on the first invalid field', () => {
  it('payment method: empty Name', async () => {
    await renderPage();
    press(button('Add a payment method'));
    pressSave('Save payment method');
    const name = screen.getByLabelText('Name');
    await focusedOn(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain('pm-label-error');
    expect(await getPaymentMethods()).toEqual([]);
  });

  it('payment method: the first of several invalid fields, in the order of the form', async () => {
    await renderPage();
    press(button('Add a payment method'));
    type('Name', 'Visa');
    type(/^Last 4 digits/, '12');
    type(/^Expiry month/, '2027-13');
    pressSave('Save payment method');
    await focusedOn(screen.getByLabelText(/^Last 4 digits/));
  });

  it('custom carrier: empty Name', async () => {
    await renderPage();
    press(button('Add a carrier'));
    pressSave('Save carrier');
    await focusedOn(screen.getByLabelText('Name'));
  });

  it('add top-up: no amount', async () => {
    await seedSample();
    await renderPage();
    const before = (await getTopUps()).length;
    press(button('Add a top-up'));
    pressSave('Save top-up');
    const amount = screen.getByLabelText(/^Amount/);
    await focusedOn(amount);
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect((await getTopUps()).length).toBe(before);
  });

  it('reminder defaults: "Days before" = "soon", and again on a second try', async () => {
    await renderPage();
    const before = await getSettings();
    const days = type('Days before a deadline', 'soon');
    pressSave('Save reminder defaults');
    await focusedOn(days);
    // Focus moves on; a second refused save brings it back.
    pressSave('Save reminder defaults');
    await focusedOn(days);
    expect(await getSettings()).toEqual(before);
  });
});
