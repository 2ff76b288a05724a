import { describe, expect, it } from 'vitest';
import { settingsFromForm } from '../../../components/options/RemindersSection';

const form = { timeOfDay: '09:00', daysBefore: '30, 7, 1', repeat: 'daily', quiet: false, quietStart: '22:00', quietEnd: '07:00', receiptEmail: '' };

describe('reminder defaults form', () => {
  it('reads the receipt e-mail when given, trimmed, and leaves it out when empty', () => {
    expect(settingsFromForm({ ...form, receiptEmail: ' me@example.com ' }).settings?.receiptEmail).toBe('me@example.com');
    expect(settingsFromForm(form).settings).not.toHaveProperty('receiptEmail');
  });

  it('puts a bad address on the e-mail field and saves nothing', () => {
    const result = settingsFromForm({ ...form, receiptEmail: 'me@' });
    expect(result.settings).toBeUndefined();
    expect(result.problems.receiptEmail?.code).toBe('not-email');
  });
});
