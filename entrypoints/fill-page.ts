import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fillPage } from '../utils/autofill/fill-page';
import { isFillPayload, type FillReport } from '../utils/autofill/payload';
import { FILL_GLOBAL, OFFER_TAG, TOUCHED_GLOBAL } from '../utils/autofill/page-globals';

// The fill, injected by the worker into a tab's top frame (scripting.executeScript) after the
// user's click: the in-page offer's, or the popup's "Fill this page". It runs in the extension's
// isolated world, so the page sees neither this function nor the payload. Deliberately free of
// `browser` (and its polyfill): the content-script size budget is 10 KB gzipped.
type Scope = typeof globalThis & {
  [FILL_GLOBAL]?: (payloadJson: string) => FillReport | null;
  [TOUCHED_GLOBAL]?: WeakSet<EventTarget>;
};

export default defineUnlistedScript(() => {
  const scope = globalThis as Scope;
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
      ignore: document.querySelector(OFFER_TAG) ?? undefined,
      userTouched: touched ? (element) => touched.has(element) : undefined,
    });
  };
});
