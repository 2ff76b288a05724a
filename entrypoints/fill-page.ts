import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fillPage, hasFillTarget } from '../utils/autofill/fill-page';
import { isFillPayload, type FillReport } from '../utils/autofill/payload';
import { ANY_AMOUNT } from '../utils/autofill/money-text';
import { FILL_GLOBAL, OFFER_TAG, PROBE_GLOBAL, TOUCHED_GLOBAL } from '../utils/autofill/page-globals';

// The fill, injected by the worker into a tab's top frame (scripting.executeScript) after the
// user's click: the in-page offer's, or the popup's "Fill this page". It runs in the extension's
// isolated world, so the page sees neither this function nor the payload. On a carrier page the
// worker also asks it, before any click, whether there is anything to fill (it writes nothing then).
// Deliberately free of `browser` (and its polyfill): the content-script size budget is 10 KB gzipped.
type Scope = typeof globalThis & {
  [FILL_GLOBAL]?: (payloadJson: string) => FillReport | null;
  [PROBE_GLOBAL]?: (amountMinor: number, digits: number, marks?: string[]) => boolean;
  [TOUCHED_GLOBAL]?: WeakSet<EventTarget>;
};

export default defineUnlistedScript(() => {
  const scope = globalThis as Scope;
  // Our own in-page offer, looked up at each call: it may sit over a field without covering it.
  const offerOverlay = () => document.querySelector(OFFER_TAG) ?? undefined;
  // Any tile of money in the line's currency is a target, whatever its amount and whether the line
  // has one: the offer's appearance must not tell the page the line's amount. (The first argument,
  // once the line's amount, stays for scripts already injected by an earlier version.)
  scope[PROBE_GLOBAL] = (_amountMinor, digits, marks) => hasFillTarget(document, { minor: ANY_AMOUNT, digits, marks }, { ignore: offerOverlay() });
  scope[FILL_GLOBAL] = (payloadJson) => {
    let payload: unknown;
    try {
      payload = JSON.parse(payloadJson);
    } catch {
      return null;
    }
    if (!isFillPayload(payload)) return null;
    const touched = scope[TOUCHED_GLOBAL];
    return fillPage(document, payload, {
      ignore: offerOverlay(),
      userTouched: touched ? (element) => touched.has(element) : undefined,
    });
  };
});
