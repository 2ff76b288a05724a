import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { getFillOffer } from '../../../utils/autofill/offer.background';
import { phoneFormats } from '../../../utils/domain/phone';
import { putLine } from '../../../utils/store/db';
import { makeLine } from '../fixtures';
import { freshStore } from '../options/helpers';
import fillPageScript from '../../../entrypoints/fill-page';

/**
 * A hostile script on the carrier's own domain (XSS, an ad) sees when the in-page offer appears. The
 * worker's real handler asks the real injected probe (executeScript played by running the fill
 * script in this document, as the browser does in the tab's isolated world): the answer must not
 * depend on the line's amount, which only the closed shadow root shows.
 */
const GIFFGAFF = 'https://www.giffgaff.com/top-up';
const sender = { id: fakeBrowser.runtime.id, url: GIFFGAFF, tab: { id: 1, url: GIFFGAFF } as never, frameId: 0 };

beforeEach(async () => {
  await freshStore();
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ left: 10, top: 10, right: 110, bottom: 40, width: 100, height: 30, x: 10, y: 10, toJSON: () => ({}) } as DOMRect);
  Object.assign(Element.prototype, { checkVisibility(this: Element) { return this.closest('[hidden]') === null; } });
  vi.spyOn(document, 'elementFromPoint').mockReturnValue(null);
  (browser as unknown as { scripting: unknown }).scripting = {
    executeScript: async (options: { files?: string[]; func?: (...args: unknown[]) => unknown; args?: unknown[] }) => {
      if (options.files) {
        (fillPageScript as unknown as { main(): void }).main();
        return [{ result: undefined }];
      }
      return [{ result: options.func!(...(options.args ?? [])) }];
    },
  };
  const line = makeLine({ id: 'mine', label: 'Mum', carrier: 'giffgaff', renewal: { kind: 'monthly', day: 3, amount: 1500 } });
  await putLine(line, phoneFormats(line.number));
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (Element.prototype as { checkVisibility?: unknown }).checkVisibility;
  document.body.innerHTML = '';
});

describe('what the in-page offer tells the page before any click', () => {
  it('appears for a tile of money whatever its amount, so a page showing one tile at a time learns nothing of the line\'s', async () => {
    const answers: Record<string, string> = {};
    for (const tile of ['£5', '£10', '£15', '£20']) {
      document.body.innerHTML = `<p>Choose</p><button type="button">${tile}</button>`;
      answers[tile] = (await getFillOffer({ url: GIFFGAFF }, sender)).status;
    }
    expect(answers).toEqual({ '£5': 'offer', '£10': 'offer', '£15': 'offer', '£20': 'offer' });
    // A page with no money on it (a help page) still gets nothing.
    document.body.innerHTML = '<p>How to top up</p><button type="button">Next</button>';
    expect((await getFillOffer({ url: GIFFGAFF }, sender)).status).toBe('nothing-to-fill');
  });
});
