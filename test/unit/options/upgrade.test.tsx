import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { openDB } from 'idb';
import { DB_NAME, getPhoneFormats } from '../../../utils/store/db';
import { phoneFormats } from '../../../utils/domain/phone';
import { freshStore, renderPage, sampleData } from './helpers';

beforeEach(async () => {
  await freshStore();
  history.replaceState(null, '', '#');
});
afterEach(cleanup);

describe('after an upgrade from store version 1', () => {
  it('the options page computes the forms of every number, which the worker and autofill need', async () => {
    // Version 1 as the first release wrote it: lines, and no cache of their numbers' forms.
    const v1 = await openDB(DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('lines', { keyPath: 'id' });
        db.createObjectStore('topUps', { keyPath: 'id' });
        db.createObjectStore('paymentMethods', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
    const data = sampleData();
    for (const line of data.lines) await v1.put('lines', line);
    v1.close();

    await renderPage();
    const formats = await getPhoneFormats();
    expect([...formats.keys()].sort()).toEqual(data.lines.map((line) => line.number).sort());
    expect(formats.get('+447700900123')).toEqual(phoneFormats('+447700900123'));
  });
});
