/** The flow around a fill: which line the popup offers in a tab opened for a line, and what is offered for logging after. */
import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { fillActiveTab, fillOfferClicked, getFillOffer, getFillTarget } from '../../../utils/autofill/offer.background';
import { fillTab, tabHasFillTarget } from '../../../utils/autofill/inject.background';
import { openRecharge } from '../../../utils/autofill/open-recharge';
import { popupView } from '../../../utils/background/popup.background';
import { FillThisPage } from '../../../components/FillThisPage';
import { PopupApp } from '../../../components/popup/PopupApp';
import { phoneFormats } from '../../../utils/domain/phone';
import type { Line } from '../../../utils/domain/types';
import { putLine } from '../../../utils/store/db';
import { makeLine } from '../fixtures';
import { freshStore } from '../options/helpers';

vi.mock('../../../utils/autofill/inject.background', () => ({ fillTab: vi.fn(), tabHasFillTarget: vi.fn() }));

const GIFFGAFF = 'https://www.giffgaff.com/top-up';
const NOTHING_FILLED = { url: GIFFGAFF, filled: [], notFound: ['phone', 'amount'], refused: [] };

beforeEach(async () => {
  await freshStore();
  vi.mocked(tabHasFillTarget).mockReset().mockResolvedValue(true);
  vi.mocked(fillTab).mockReset();
  for (const line of [
    makeLine({ id: 'uk', label: 'UK giffgaff', carrier: 'giffgaff', renewal: { kind: 'monthly', day: 1, amount: 1000 } as never }),
    makeLine({ id: 'uk2', label: 'Spare giffgaff', carrier: 'giffgaff', number: '+447700900456', renewal: { kind: 'monthly', day: 1, amount: 1000 } as never }),
  ] satisfies Line[]) {
    await putLine(line, phoneFormats(line.number));
  }
});

describe('popup "Fill this page" in a tab LineKeeper opened to top up a line', () => {
  it('preselects the line the tab was opened for (as the in-page offer does), not the first of that carrier', async () => {
    // The user clicked "Top up" on "Spare giffgaff": the recharge tab remembers uk2.
    expect(await openRecharge('uk2')).toBe(true);
    const [created] = await fakeBrowser.tabs.query({ url: GIFFGAFF });
    const tab = { ...created!, active: true };
    // fakeBrowser ignores `active`: the new recharge tab is the active one, as in Chrome.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    // The in-page offer in that tab names uk2 ...
    const inPage = await getFillOffer({ url: GIFFGAFF }, { id: fakeBrowser.runtime.id, url: GIFFGAFF, tab: { id: tab!.id!, url: GIFFGAFF } as never, frameId: 0 });
    expect(inPage.status === 'offer' && inPage.offer.lineId).toBe('uk2');
    // ... and the popup's "Fill this page", wired to the real worker handler, should agree.
    const send = vi.fn(async (message: { type: string; payload: never }) => (message.type === 'get-fill-target' ? getFillTarget() : null));
    fakeBrowser.runtime.sendMessage = send as never;
    render(h(FillThisPage, { lines: [{ id: 'uk', label: 'UK giffgaff' }, { id: 'uk2', label: 'Spare giffgaff' }], onFilled: () => {} }));
    const select = (await screen.findByRole('combobox')) as HTMLSelectElement;
    expect(select.value).toBe('uk2');
  });
});

describe('a fill that filled nothing', () => {
  it('popup "Fill this page": is not offered for logging the next time the popup opens', async () => {
    const tab = { id: 3, url: GIFFGAFF, active: true, windowId: 0, index: 0, highlighted: true, incognito: false, pinned: false };
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(tab as never);
    vi.mocked(fillTab).mockResolvedValue(NOTHING_FILLED as never);
    const result = await fillActiveTab({ lineId: 'uk', tabId: tab.id });
    expect(result).toMatchObject({ ok: true, report: { filled: [] } });
    // Nothing was written, so there is no top-up to log: the next popup must not open on logging one.
    const view = await popupView();
    const noop = async () => {};
    render(h(PopupApp, { view, locale: 'en-GB', actions: { openRecharge: noop, logTopUp: noop, markActivityDone: noop, confirmRenewal: noop, forgetLastFill() {}, snooze: noop, reminderDone: noop, openOptions() {} } }));
    expect(screen.queryByLabelText('Amount paid (GBP)')).toBeNull();
    expect(view.lastFill).toBeNull();
  });

  it('in-page offer click: is not offered for logging the next time the popup opens', async () => {
    const sender = { id: fakeBrowser.runtime.id, url: GIFFGAFF, tab: { id: 7, url: GIFFGAFF } as never, frameId: 0 };
    expect((await getFillOffer({ url: GIFFGAFF }, sender)).status).toBe('offer');
    vi.mocked(fillTab).mockResolvedValue(NOTHING_FILLED as never);
    expect(await fillOfferClicked({ lineId: 'uk', url: GIFFGAFF }, sender)).toEqual(NOTHING_FILLED);
    expect((await popupView()).lastFill).toBeNull();
  });
});
