import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../utils/domain/phone';
import { emptyLineForm, lineFromForm, withCarrierDefaults } from '../../utils/domain/line-form';
import { findCarrier } from '../../utils/carriers/registry';
import { DEFAULT_SETTINGS } from '../../utils/domain/types';

const context = { id: 'new-1', paymentMethodIds: [] as string[] };

function cmhkForm(number: string) {
  const values = withCarrierDefaults({ ...emptyLineForm(DEFAULT_SETTINGS), carrier: 'cmhk', label: 'CMHK' }, findCarrier('cmhk'), true);
  return { ...values, number };
}

describe('a number of another country typed into a line whose country has no trunk prefix', () => {
  it('is refused instead of being stored as a nonexistent +852 / +65 / +63 number', () => {
    // Guards: what must stay accepted (the documented reserved UK range, real HK mobiles).
    expect(parsePhone('07700 900123', 'GB')).toMatchObject({ ok: true, e164: '+447700900123' });
    expect(parsePhone('6123 4567', 'HK')).toMatchObject({ ok: true, e164: '+85261234567' });
    expect(parsePhone('0917 123 4567', 'PH')).toMatchObject({ ok: true, e164: '+639171234567' });

    // A mainland China Mobile number typed on a China Mobile Hong Kong line (country HK):
    // HK numbers never start with 1 or 0, yet this is saved as +852 13800138000.
    expect(parsePhone('138 0013 8000', 'HK')).toEqual({ ok: false, error: 'invalid' });
    expect(parsePhone('07700 900123', 'HK')).toEqual({ ok: false, error: 'invalid' });
    expect(parsePhone('0917 123 4567', 'HK')).toEqual({ ok: false, error: 'invalid' });
    expect(parsePhone('07700 900123', 'SG')).toEqual({ ok: false, error: 'invalid' });
    expect(parsePhone('07700 900123', 'PH')).toEqual({ ok: false, error: 'invalid' });
  });

  it('the line editor puts "not a phone number in Hong Kong" on the number field of a CMHK line given a mainland number', () => {
    const result = lineFromForm(cmhkForm('138 0013 8000'), context);
    // Today: ok, line.number === '+85213800138000', shown as "+852 13800138000".
    expect(result.ok ? result.line.number : null).toBeNull();
    expect(result.problems.number).toEqual({ code: 'not-phone', detail: 'HK' });
  });
});
