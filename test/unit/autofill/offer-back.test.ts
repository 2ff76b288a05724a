import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dismissFillOffer, fillOfferClicked, getFillOffer } from '../../../utils/autofill/offer.background';
import { fillTab, tabHasFillTarget } from '../../../utils/autofill/inject.background';
import { phoneFormats } from '../../../utils/domain/phone';
import type { Line } from '../../../utils/domain/types';
import { putLine } from '../../../utils/store/db';
import { makeLine } from '../fixtures';
import { freshStore } from '../options/helpers';

vi.mock('../../../utils/autofill/inject.background', () => ({ fillTab: vi.fn(), tabHasFillTarget: vi.fn() }));

const GIFFGAFF = 'https://www.giffgaff.com/top-up';
const CMHK = 'https://eshop.hk.chinamobile.com/';
/** What the browser reports for a top-frame document of tab `tabId`. */
const sender = (url: string, tabId: number, documentId: string) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } as never, frameId: 0, documentId });

beforeEach(async () => {
  await freshStore();
  vi.mocked(tabHasFillTarget).mockReset().mockResolvedValue(true);
  for (const line of [
    makeLine({ id: 'uk', label: 'UK giffgaff', carrier: 'giffgaff' }),
    makeLine({ id: 'hk', label: 'HK CMHK', carrier: 'cmhk', number: '+85291234567', currency: 'HKD' }),
  ] satisfies Line[]) {
    await putLine(line, phoneFormats(line.number));
  }
});

describe('an offer still on screen after Back (back/forward cache) in a tab that visited another carrier', () => {
  it('still fills the line its button names', async () => {
    const report = { url: GIFFGAFF, filled: [{ field: 'tel', selector: '#m', value: '07700900123' }], notFound: [], refused: [] };
    const fill = vi.mocked(fillTab).mockReset().mockResolvedValue(report as never);
    // Tab 1: giffgaff's top-up page shows "Fill UK giffgaff · £10.00" (document g1).
    const first = await getFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1, 'g1'));
    expect(first).toMatchObject({ status: 'offer', offer: { lineId: 'uk' } });
    // The user goes on, in the same tab, to CMHK's shop, which offers the HK line (document c1).
    const second = await getFillOffer({ url: CMHK }, sender(CMHK, 1, 'c1'));
    expect(second).toMatchObject({ status: 'offer', offer: { lineId: 'hk' } });
    // Back: the browser restores document g1 from its back/forward cache, content script, offer
    // and all (no new get-fill-offer). The user clicks "Fill UK giffgaff · £10.00".
    const clicked = await fillOfferClicked({ lineId: 'uk', url: GIFFGAFF }, sender(GIFFGAFF, 1, 'g1'));
    // Today: null, so the page shows "This page could not be filled." and "Fill again" fails forever.
    expect(clicked).toEqual(report);
    expect(fill).toHaveBeenCalledWith(1, expect.objectContaining({ phone: expect.objectContaining({ e164: '+447700900123' }) }), 'g1');
  });
});

describe('Back to an offer after closing another carrier\'s offer in the same tab', () => {
  it('still fills the line the restored giffgaff offer names (closing CMHK\'s offer is about CMHK only)', async () => {
    const report = { url: GIFFGAFF, filled: [{ field: 'tel', selector: '#m', value: '07700900123' }], notFound: [], refused: [] };
    vi.mocked(fillTab).mockReset().mockResolvedValue(report as never);
    expect(await getFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1, 'g1'))).toMatchObject({ status: 'offer', offer: { lineId: 'uk' } });
    expect(await getFillOffer({ url: CMHK }, sender(CMHK, 1, 'c1'))).toMatchObject({ status: 'offer', offer: { lineId: 'hk' } });
    // The user closes the offer on CMHK's shop (CMHK offers stay away for the session) ...
    await dismissFillOffer({ url: CMHK }, sender(CMHK, 1, 'c1'));
    // ... then goes Back: giffgaff's page g1 comes back from the bfcache with "Fill UK giffgaff".
    const clicked = await fillOfferClicked({ lineId: 'uk', url: GIFFGAFF }, sender(GIFFGAFF, 1, 'g1'));
    expect(clicked).toEqual(report);
  });
});

describe('the offered-lines list keeps the carrier-owns-URL check', () => {
  it('a line offered on CMHK earlier in the tab cannot be filled on giffgaff\'s page', async () => {
    vi.mocked(fillTab).mockReset().mockResolvedValue({ url: GIFFGAFF, filled: [], notFound: [], refused: [] } as never);
    await getFillOffer({ url: CMHK }, sender(CMHK, 1, 'c1'));
    await getFillOffer({ url: GIFFGAFF }, sender(GIFFGAFF, 1, 'g1'));
    expect(await fillOfferClicked({ lineId: 'hk', url: GIFFGAFF }, sender(GIFFGAFF, 1, 'g1'))).toBeNull();
    expect(fillTab).not.toHaveBeenCalled();
  });
});
