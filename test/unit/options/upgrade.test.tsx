import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { getPhoneFormats } from '../../../utils/store/db';
import { phoneFormats } from '../../../utils/domain/phone';
import { writeVersion1Store } from '../fixtures';
import { freshStore, renderPage, sampleData } from './helpers';

beforeEach(async () => {
  await freshStore();
  history.replaceState(null, '', '#');
});
afterEach(cleanup);

describe('after an upgrade from store version 1', () => {
  it('the options page computes the forms of every number, which the worker and autofill need', async () => {
    // Version 1 as the first release wrote it: lines, and no cache of their numbers' forms.
    const data = sampleData();
    await writeVersion1Store(data);

    await renderPage();
    const formats = await getPhoneFormats();
    expect([...formats.keys()].sort()).toEqual(data.lines.map((line) => line.number).sort());
    expect(formats.get('+447700900123')).toEqual(phoneFormats('+447700900123'));
  });
});
