import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { CARRIER_MATCH_PATTERNS } from '../utils/autofill/carrier-matches';
import { isFillableUrl } from '../utils/carriers/domains';
import { mountOffer } from '../utils/autofill/offer-ui';
import { TOUCHED_GLOBAL } from '../utils/autofill/page-globals';
import { reportLines } from '../utils/autofill/report-text';
import type { MessageKey } from '../utils/i18n';
import { sendMessage } from '../utils/messaging/protocol';

// The carrier-page half of autofill: on a built-in carrier's own domain (custom carriers' granted
// domains are registered at run time), offer the line in a closed shadow root. The click asks the
// worker, which checks this tab's URL and injects the fill (entrypoints/fill-page.ts).
export default defineContentScript({
  matches: CARRIER_MATCH_PATTERNS,
  runAt: 'document_idle',
  async main() {
    if (!isFillableUrl(location.href) || window.top !== window) return;
    // What the user types is never overwritten: the fill reads this set (same isolated world).
    const touched = new WeakSet<EventTarget>();
    (globalThis as Record<string, unknown>)[TOUCHED_GLOBAL] = touched;
    document.addEventListener('input', (event) => event.isTrusted && touched.add(event.composedPath()[0] ?? event.target!), true);

    const offer = await sendMessage('get-fill-offer', { url: location.href }).catch(() => null);
    if (!offer) return;
    const translate = (key: MessageKey, substitutions?: string | string[]) => browser.i18n.getMessage(key, substitutions) || key;
    const button = offer.amountText ? translate('fill_offer_button', [offer.label, offer.amountText]) : translate('fill_offer_button_no_amount', offer.label);
    const ui = mountOffer(
      { button, dismiss: translate('fill_offer_dismiss') },
      async () => {
        const report = await sendMessage('fill-offer-clicked', { lineId: offer.lineId, url: location.href }).catch(() => null);
        ui.showReport(report ? reportLines(report, translate) : [translate('fill_failed')]);
      },
      () => void sendMessage('dismiss-fill-offer', { url: location.href }).catch(() => undefined),
    );
  },
});
