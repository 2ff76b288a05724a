import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { importData } from '../../../utils/store/db';
import { phoneFormats } from '../../../utils/domain/phone';
import { DEFAULT_SETTINGS, type TopUp } from '../../../utils/domain/types';
import { makeLine } from '../fixtures';
import { freshStore } from './helpers';

const line = makeLine({ id: 'l1', label: 'UK giffgaff', timeZone: 'Europe/London' });
// Filled in by the one-click fill at 09:00 (a real time)...
const filled: TopUp = { id: 'a', lineId: 'l1', at: '2026-11-20T09:00:00+00:00', amount: 1000, currency: 'GBP', paymentMethodId: null, source: 'autofill' };
// ...and the same top-up added again from "Add a top-up" for 20 Nov: no time was given, topUpFromForm stamps noon.
const added: TopUp = { id: 'b', lineId: 'l1', at: '2026-11-20T12:00:00+00:00', amount: 1000, currency: 'GBP', paymentMethodId: null, source: 'manual', note: '' };

beforeEach(async () => {
  await freshStore();
  await importData({ lines: [line], topUps: [filled, added], paymentMethods: [], settings: DEFAULT_SETTINGS, customCarriers: [] }, 'replace', [phoneFormats(line.number)]);
});
afterEach(cleanup);

describe('the double-charge warning for a record that has a date only', () => {
  it('does not show the invented noon as the time of the second charge', async () => {
    render(h(OptionsApp, { zone: 'Europe/London' }));
    await screen.findByRole('button', { name: 'Export a backup file' }, { timeout: 5000 });
    // The history shows the manual record by its day alone (dateOnlyDay)...
    const history = screen.getByRole('table', { name: 'History' });
    expect(history.textContent).not.toContain('12:00');
    // ...and so does the warning about the same record: no time nobody gave.
    const warning = await waitFor(() => screen.getByRole('note'));
    expect(warning.textContent).toContain('UK giffgaff: £10.00');
    expect(warning.textContent).not.toMatch(/12:00/);
  });
});
