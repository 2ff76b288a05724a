import { describe, expect, it } from 'vitest';
import { parseBackup, serializeBackup, mergedCounts } from '../../utils/domain/backup';
import { containsCardNumber } from '../../utils/domain/validate';
import { backupInIsoUnits } from '../../utils/domain/legacy-minor-units';
import { issueMessage } from '../../utils/i18n/issues';
import { SAMPLE_BACKUP_TEXT, makeLine, sampleData } from './fixtures';

const sample = () => JSON.parse(SAMPLE_BACKUP_TEXT) as Record<string, any>;
const issuesOf = (file: unknown) => {
  const result = parseBackup(typeof file === 'string' ? file : JSON.stringify(file));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.issues.map(issueMessage);
};

describe('backup import', () => {
  it('reads the shared sample as it is', () => {
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.version).toBe(1);
    expect(result.summary).toEqual({ lines: 4, topUps: 3, paymentMethods: 1, customCarriers: 0 });
  });

  it('exports what it imported without loss, as version 1 when nothing needs version 2', () => {
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    if (!result.ok) throw new Error('sample refused');
    const exported = JSON.parse(serializeBackup(result.data, result.exportedAt));
    expect(exported).toEqual(sample());
  });

  it('exports version 2 when a line names its zone, and reads it back', () => {
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    if (!result.ok) throw new Error('sample refused');
    result.data.lines[1]!.timeZone = 'Asia/Hong_Kong';
    const text = serializeBackup(result.data, '2026-11-22T10:00:00+00:00');
    expect(JSON.parse(text).version).toBe(2);
    const again = parseBackup(text);
    expect(again.ok && again.data.lines[1]!.timeZone).toBe('Asia/Hong_Kong');
  });

  it('refuses version-2 fields in a version-1 file', () => {
    const file = sample();
    file.lines[0].timeZone = 'Europe/London';
    expect(issuesOf(file)).toEqual(['lines[0].timeZone: is not a field LineKeeper knows']);
  });

  it('keeps a cycle\'s day of the month (version 2) while its next date is a shorter month\'s end', () => {
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    if (!result.ok) throw new Error('sample refused');
    result.data.lines[0]!.renewal = { kind: 'cycle', months: 1, amount: 1000, nextOn: '2027-02-28', day: 31 };
    const text = serializeBackup(result.data, '2026-11-22T10:00:00+00:00');
    expect(JSON.parse(text).version).toBe(2);
    const again = parseBackup(text);
    expect(again.ok && again.data.lines[0]!.renewal).toEqual({ kind: 'cycle', months: 1, amount: 1000, nextOn: '2027-02-28', day: 31 });
    const v1 = sample();
    v1.lines[0].renewal = { kind: 'cycle', months: 1, amount: 1000, nextOn: '2027-02-28', day: 31 };
    expect(issuesOf(v1)).toEqual(['lines[0].renewal.day: is not a field LineKeeper knows']);
  });

  it.each([
    ['not JSON', '{"format": ', /^This file is damaged or is not a LineKeeper backup \(it is not valid JSON\)\./],
    ['another format', { format: 'something-else', version: 1 }, /^format: The file is not a LineKeeper backup$/],
    ['a newer version', { ...sample(), version: 3 }, /^version: The file comes from a newer LineKeeper \(backup version 3\)/],
  ])('refuses %s with one clear message', (_name, file, pattern) => {
    const messages = issuesOf(file);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(pattern);
  });

  it('names what and where for each bad record', () => {
    const file = sample();
    file.lines[2].number = '12345';
    file.lines[1].expiresOn = '2026-02-30';
    file.lines[0].balance = 5.12;
    file.topUps[0].amount = 50.5;
    file.topUps[1].lineId = 'l-missing';
    file.lines[3].paymentMethodId = 'pm-missing';
    file.topUps.push({ ...file.topUps[0], amount: 100 });
    file.settings.timeOfDay = '25:00';
    expect(issuesOf(file)).toEqual([
      'lines[0].balance: must be a whole number of minor units (cents, pence, fen), not a decimal',
      'lines[1].expiresOn: is not a real date (YYYY-MM-DD)',
      'lines[2].number: is not a phone number',
      'topUps[0].amount: must be a whole number of minor units (cents, pence, fen), not a decimal',
      'settings.timeOfDay: is not a time of day (HH:MM)',
      'topUps[3].id: repeats the id "t1"',
      'lines[3].paymentMethodId: points to "pm-missing", which is not in the file',
      'topUps[1].lineId: points to "l-missing", which is not in the file',
    ]);
  });

  it('refuses any card data: card fields, a full number as last 4, a card number in notes', () => {
    const withCvv = sample();
    withCvv.paymentMethods[0].cvv = '123';
    expect(issuesOf(withCvv)).toEqual(['paymentMethods[0].cvv: looks like payment-card data, which LineKeeper never stores']);
    const fullNumber = sample();
    fullNumber.paymentMethods[0].last4 = '4242424242424242';
    expect(issuesOf(fullNumber)).toEqual(['paymentMethods[0].last4: looks like payment-card data, which LineKeeper never stores']);
    const inNotes = sample();
    inNotes.lines[0].notes = 'card 4242 4242 4242 4242 exp 01/27';
    expect(issuesOf(inNotes)).toEqual(['lines[0].notes: looks like payment-card data, which LineKeeper never stores']);
  });

  it('refuses unknown carriers, kinds and renewal shapes', () => {
    const file = sample();
    file.lines[0].carrier = 'nope';
    file.lines[1].kind = 'prepaid';
    file.lines[2].renewal = { kind: 'cycle', months: 2, amount: 300, nextOn: '2026-12-15' };
    expect(issuesOf(file)).toEqual([
      'lines[0].carrier: is not a known carrier (use a catalog id or custom:<name>)',
      'lines[1].kind: must be one of: keep-number, esim, data',
      'lines[2].renewal.months: must be one of: 1, 3, 6, 12',
    ]);
  });

  it('counts what merge and replace would leave', () => {
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    if (!result.ok) throw new Error('sample refused');
    const current = { ...result.data, lines: result.data.lines.slice(0, 1).concat({ ...result.data.lines[0]!, id: 'mine' }) };
    expect(mergedCounts(current, result.data, 'merge').lines).toBe(5);
    expect(mergedCounts(current, result.data, 'replace').lines).toBe(4);
  });
});

describe('card numbers in free text', () => {
  it('finds Luhn-valid 13-19 digit runs only', () => {
    expect(containsCardNumber('4111 1111 1111 1111')).toBe(true);
    expect(containsCardNumber('4111-1111-1111-1112')).toBe(false);
    expect(containsCardNumber('call +447700900123')).toBe(false);
    expect(containsCardNumber('SMS a friend every 5 months')).toBe(false);
    // A card stays a card beside other digits: its CVV or expiry after it, a phone number before it.
    expect(containsCardNumber('card 4111 1111 1111 1111 123')).toBe(true);
    expect(containsCardNumber('card 4111 1111 1111 1111 0127')).toBe(true);
    expect(containsCardNumber('4111111111111111 999')).toBe(true);
    expect(containsCardNumber('+44 7700 900123 4111 1111 1111 1111')).toBe(true);
    expect(containsCardNumber('Amex 3782 822463 10005')).toBe(true);
    // A SIM's ICCID (89...), an eSIM's EID and a phone's IMEI pass Luhn by design; people keep them in notes.
    expect(containsCardNumber('Replacement SIM: ICCID 8944 1100 6825 6270 054')).toBe(false);
    expect(containsCardNumber('ICCID 8944110068256270054')).toBe(false);
    expect(containsCardNumber('EID 89049032000001000000123456789012')).toBe(false);
    expect(containsCardNumber('eSIM on phone IMEI 353276101234564')).toBe(false);
    expect(containsCardNumber('IMEI 35-327610-123456-4')).toBe(false);
    // ...and a card beside them is still a card; so is a JCB card, whose prefix (35) IMEIs share.
    expect(containsCardNumber('ICCID 8944 1100 6825 6270 054 4111 1111 1111 1111')).toBe(true);
    expect(containsCardNumber('JCB 3530 1113 3330 0000')).toBe(true);
    expect(containsCardNumber('3530111333300000')).toBe(true);
    // Mainland numbers with their country code (13 digits, a tenth pass Luhn) are phone numbers.
    for (const digits of ['8613812345678', '8613800138002']) {
      // Both pass Luhn.
      expect(containsCardNumber(`内地号 +${digits}`)).toBe(false);
      expect(containsCardNumber(`+${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 9)} ${digits.slice(9)}`)).toBe(false);
      expect(containsCardNumber(`${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 9)} ${digits.slice(9)}`)).toBe(false);
    }
    expect(containsCardNumber('4222222222222')).toBe(true); // a 13-digit Visa
    // A card right after a short international number is still a card.
    expect(containsCardNumber('+852 9123 4567 4111 1111 1111 1111')).toBe(true);
    expect(containsCardNumber('+1 201-555-0123 5555-5555-5555-4444')).toBe(true);
    expect(containsCardNumber('+65 8123 4567 3782 822463 10005')).toBe(true);
    // Two national numbers side by side are not one card number.
    expect(containsCardNumber('07700 900123 07700 900124')).toBe(false);
    expect(containsCardNumber('topped up 2026-11-22 from +44 7700 900123')).toBe(false);
  });

  it('finds cards written with full-width digits, or other spaces and dashes than ASCII', () => {
    // A Chinese IME in full-width mode; numbers copied from a bank's page or PDF (no-break, thin, ideographic spaces).
    for (const card of ['４１１１１１１１１１１１１１１１', '４１１１ １１１１ １１１１ １１１１', '4111\u30001111\u30001111\u30001111', '4111\u00a01111\u00a01111\u00a01111', '4111\u20091111\u20091111\u20091111', '4111\u20101111\u20101111\u20101111']) {
      expect(containsCardNumber(`招行信用卡 ${card}`), JSON.stringify(card)).toBe(true);
    }
    // The same rules as for ASCII: a full-width mainland number with its "+" is a phone number.
    expect(containsCardNumber('＋８６ １３８ １２３４ ５６７８')).toBe(false);
    // Numbers on separate lines are not one card, nor are dates joined by an en or em dash (a range).
    expect(containsCardNumber('4111\n1111\n1111\n1111')).toBe(false);
    for (const note of ['Annual plan 2026-05-01–2027-05-01', 'Contract 2025-11-15–2026-11-14', 'Contract 2025-11-15—2026-11-14']) expect(containsCardNumber(note), note).toBe(false);
  });
});

describe('the project\'s demo backup (npm start seeds it when ../shared is absent)', () => {
  it('restores', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const result = parseBackup(readFileSync(resolve(__dirname, '../fixtures/demo-backup.json'), 'utf8'));
    expect(result.ok ? result.summary : result.issues).toEqual({ lines: 3, topUps: 1, paymentMethods: 1, customCarriers: 0 });
  });
});

describe('receipt e-mail (settings, version 2)', () => {
  it('is refused in a version-1 file and read from a version-2 one', () => {
    const v1 = sample();
    v1.settings.receiptEmail = 'me@example.com';
    expect(issuesOf(v1)).toEqual(['settings.receiptEmail: is not a field LineKeeper knows']);
    const result = parseBackup(JSON.stringify({ ...v1, version: 2 }));
    expect(result.ok && result.data.settings.receiptEmail).toBe('me@example.com');
  });

  it('must look like an address', () => {
    const file = sample();
    file.version = 2;
    file.settings.receiptEmail = 'not an address';
    expect(issuesOf(file)).toEqual(['settings.receiptEmail: is not an e-mail address']);
  });

  it('makes the export version 2', () => {
    const result = parseBackup(SAMPLE_BACKUP_TEXT);
    if (!result.ok) throw new Error('sample refused');
    result.data.settings.receiptEmail = 'me@example.com';
    expect(JSON.parse(serializeBackup(result.data, result.exportedAt)).version).toBe(2);
  });
});

describe('amounts of backups exported before the ISO 4217 table', () => {
  // Chrome's Intl gives IDR 0 digits: an older version exported Rp50,000 as 50000.
  const chromeDigits = (currency: string) => (currency === 'IDR' ? 0 : 2);
  const data = () => ({ ...sampleData(), lines: [makeLine({ id: 'l-idr', currency: 'IDR', balance: 50_000 }), makeLine({ id: 'l-gbp', currency: 'GBP', balance: 512 })], topUps: [{ id: 't1', lineId: 'l-idr', at: '2026-11-01T10:00:00+07:00', amount: 50_000, currency: 'IDR', paymentMethodId: null, source: 'manual' as const }], paymentMethods: [] });

  it('are read in the digits of the browser that wrote them, as the store migration reads stored ones', () => {
    const restored = backupInIsoUnits(data(), '2026-11-01T10:00:00+07:00', chromeDigits);
    expect(restored.lines.map((line) => line.balance)).toEqual([5_000_000, 512]);
    expect(restored.topUps[0]!.amount).toBe(5_000_000);
  });

  it('are left alone in files exported since, which hold ISO minor units', () => {
    const fresh = data();
    expect(backupInIsoUnits(fresh, '2026-11-23T08:00:00+00:00', chromeDigits)).toBe(fresh);
  });
});

describe('custom carriers saved before the form checked their domains', () => {
  // The form once accepted a top-up page on another domain and a domain typed in Unicode; files
  // holding such carriers must still restore (a refused file would lose every line in it).
  const withCarriers = (customCarriers: unknown[]) => JSON.stringify({ ...(JSON.parse(SAMPLE_BACKUP_TEXT) as object), version: 2, customCarriers });

  it('restore, with a Unicode domain read as browsers report hosts', () => {
    const parsed = parseBackup(withCarriers([
      { id: 'custom:Ting', name: 'Ting', domains: ['ting.com'], rechargeUrl: 'https://pay.tingpayments.com/topup', activityEveryDays: 90, topUpExtendsDays: null },
      { id: 'custom:Bücher Mobil', name: 'Bücher Mobil', domains: ['bücher.de'], rechargeUrl: 'https://www.bücher.de/aufladen', activityEveryDays: 180, topUpExtendsDays: null },
    ]));
    expect(parsed.ok ? parsed.data.customCarriers.map((carrier) => carrier.domains) : parsed.issues).toEqual([['ting.com'], ['xn--bcher-kva.de']]);
  });
});
