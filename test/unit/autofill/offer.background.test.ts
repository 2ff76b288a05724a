import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dismissFillOffer, fillOfferClicked, getFillOffer } from '../../../utils/autofill/offer.background';
import { fillTab, tabHasFillTarget } from '../../../utils/autofill/inject.background';
import { rememberLineForTab } from '../../../utils/autofill/session';
import { phoneFormats } from '../../../utils/domain/phone';
import type { Line } from '../../../utils/domain/types';
import { putLine } from '../../../utils/store/db';
import { makeLine } from '../fixtures';
import { freshStore } from '../options/helpers';

// The page is asked in Chromium (e2e); here it answers as each test says.
vi.mock('../../../utils/autofill/inject.background', () => ({ fillTab: vi.fn(), tabHasFillTarget: vi.fn() }));
const pageHasTarget = vi.mocked(tabHasFillTarget);

// The worker's side of the in-page offer. The sender is what the browser reports for the tab; the
// URL in the payload is never trusted.
const sender = (url: string, tabId: number) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } as never, frameId: 0 });
const GIFFGAFF = 'https://www.giffgaff.com/top-up';
const CMHK = 'https://eshop.hk.chinamobile.com/';

/** The offered line's id, or why there is none. */
async function offered(url: string, tabId: number): Promise<string> {
  const answer = await getFillOffer({ url }, sender(url, tabId));
  return answer.status === 'offer' ? answer.offer.lineId : answer.status;
}

beforeEach(async () => {
  await freshStore();
  pageHasTarget.mockReset().mockResolvedValue(true);
  for (const line of [
    makeLine({ id: 'uk', label: 'UK giffgaff', carrier: 'giffgaff' }),
    makeLine({ id: 'uk2', label: 'Spare giffgaff', carrier: 'giffgaff', number: '+447700900456' }),
    makeLine({ id: 'hk', label: 'HK CMHK', carrier: 'cmhk', number: '+85291234567', currency: 'HKD' }),
  ] satisfies Line[]) {
    await putLine(line, phoneFormats(line.number));
  }
});

describe('the in-page offer', () => {
  it('waits while the page has nothing to fill, asking with the line\'s amount', async () => {
    pageHasTarget.mockResolvedValue(false);
    expect(await offered(GIFFGAFF, 1)).toBe('nothing-to-fill');
    expect(pageHasTarget).toHaveBeenCalledWith(1, expect.objectContaining({ currency: 'GBP' }), undefined);
    // The page is asked in the sender's own document, so not in a page the tab navigated to since.
    await getFillOffer({ url: GIFFGAFF }, { ...sender(GIFFGAFF, 1), documentId: 'doc-1' } as never);
    expect(pageHasTarget).toHaveBeenLastCalledWith(1, expect.objectContaining({ currency: 'GBP' }), 'doc-1');
    pageHasTarget.mockResolvedValue(true);
    expect(await offered(GIFFGAFF, 1)).toBe('uk');
    expect(await offered('https://giffgaff.com.evil.io/top-up', 1)).toBe('none');
  });

  it('offers nothing for a line whose number has no cached forms yet (a click could fill nothing)', async () => {
    await putLine(makeLine({ id: 'uk-old', label: 'Old giffgaff', carrier: 'giffgaff', number: '+447700900999' }));
    await rememberLineForTab(6, 'uk-old');
    expect(await offered(GIFFGAFF, 6)).toBe('none');
    expect(pageHasTarget).not.toHaveBeenCalled();
  });
});

describe('closing the in-page offer', () => {
  it('hides it on that carrier\'s site for the session, on other pages and tabs too, and nowhere else', async () => {
    expect(await offered(GIFFGAFF, 1)).toBe('uk');
    await dismissFillOffer({ url: CMHK }, sender(GIFFGAFF, 1)); // the payload's URL is not what counts
    pageHasTarget.mockClear();
    expect(await offered(GIFFGAFF, 1)).toBe('none');
    expect(await offered('https://giffgaff.com/help', 2)).toBe('none');
    expect(pageHasTarget).not.toHaveBeenCalled(); // a closed offer does not read the page either
    expect(await offered(CMHK, 3)).toBe('hk');
  });

  it('still offers the line in a tab LineKeeper opened to top it up', async () => {
    await dismissFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1));
    await rememberLineForTab(4, 'uk2');
    expect(await offered(GIFFGAFF, 4)).toBe('uk2');
    expect(await offered(GIFFGAFF, 5)).toBe('none');
  });

  it('ignores a close from a frame or a page that no carrier owns', async () => {
    await dismissFillOffer({ url: GIFFGAFF }, { ...sender(GIFFGAFF, 1), frameId: 3 });
    await dismissFillOffer({ url: GIFFGAFF }, sender('https://giffgaff.com.evil.io/top-up', 1));
    expect(await offered(GIFFGAFF, 1)).toBe('uk');
    await dismissFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1));
    expect(await offered(GIFFGAFF, 1)).toBe('none');
  });
});

describe('a click on the in-page offer', () => {
  const report = { url: GIFFGAFF, filled: [{ field: 'tel', selector: '#m', value: '07700900123' }], notFound: [], refused: [] };

  it('fills only the line that tab\'s offer names, and nothing once it was closed', async () => {
    const fill = vi.mocked(fillTab).mockReset().mockResolvedValue(report as never);
    expect(await offered(GIFFGAFF, 1)).toBe('uk');
    // Another of the user's lines, or a tab that was offered nothing: refused without touching the page.
    expect(await fillOfferClicked({ lineId: 'uk2', url: GIFFGAFF }, sender(GIFFGAFF, 1))).toBeNull();
    expect(await fillOfferClicked({ lineId: 'uk', url: GIFFGAFF }, sender(GIFFGAFF, 2))).toBeNull();
    expect(fill).not.toHaveBeenCalled();
    expect(await fillOfferClicked({ lineId: 'uk', url: GIFFGAFF }, sender(GIFFGAFF, 1))).toEqual(report);
    expect(fill).toHaveBeenCalledWith(1, expect.objectContaining({ phone: expect.objectContaining({ e164: '+447700900123' }) }), undefined);
    await dismissFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1));
    expect(await fillOfferClicked({ lineId: 'uk', url: GIFFGAFF }, sender(GIFFGAFF, 1))).toBeNull();
  });
});
