import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dismissFillOffer, getFillOffer } from '../../../utils/autofill/offer.background';
import { rememberLineForTab } from '../../../utils/autofill/session';
import { putLine } from '../../../utils/store/db';
import { makeLine } from '../fixtures';
import { freshStore } from '../options/helpers';

// The worker's side of the in-page offer's close button. The sender is what the browser reports
// for the tab; the URL in the payload is never trusted.
const sender = (url: string, tabId: number) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } as never, frameId: 0 });
const GIFFGAFF = 'https://www.giffgaff.com/top-up';
const CMHK = 'https://eshop.hk.chinamobile.com/';

beforeEach(async () => {
  await freshStore();
  await putLine(makeLine({ id: 'uk', label: 'UK giffgaff', carrier: 'giffgaff' }));
  await putLine(makeLine({ id: 'uk2', label: 'Spare giffgaff', carrier: 'giffgaff', number: '+447700900456' }));
  await putLine(makeLine({ id: 'hk', label: 'HK CMHK', carrier: 'cmhk', number: '+85291234567', currency: 'HKD' }));
});

describe('closing the in-page offer', () => {
  it('hides it on that carrier\'s site for the session, on other pages and tabs too, and nowhere else', async () => {
    expect((await getFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1)))?.lineId).toBe('uk');
    await dismissFillOffer({ url: CMHK }, sender(GIFFGAFF, 1)); // the payload's URL is not what counts
    expect(await getFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1))).toBeNull();
    expect(await getFillOffer({ url: 'https://giffgaff.com/help' }, sender('https://giffgaff.com/help', 2))).toBeNull();
    expect((await getFillOffer({ url: CMHK }, sender(CMHK, 3)))?.lineId).toBe('hk');
  });

  it('still offers the line in a tab LineKeeper opened to top it up', async () => {
    await dismissFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1));
    await rememberLineForTab(4, 'uk2');
    expect((await getFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 4)))?.lineId).toBe('uk2');
    expect(await getFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 5))).toBeNull();
  });

  it('ignores a close from a frame or a page that no carrier owns', async () => {
    await dismissFillOffer({ url: GIFFGAFF }, { ...sender(GIFFGAFF, 1), frameId: 3 });
    await dismissFillOffer({ url: GIFFGAFF }, sender('https://giffgaff.com.evil.io/top-up', 1));
    expect((await getFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1)))?.lineId).toBe('uk');
    await dismissFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1));
    expect(await getFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1))).toBeNull();
  });
});
