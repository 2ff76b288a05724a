import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { CARRIER_MATCH_PATTERNS } from '../utils/autofill/carrier-matches';
import { isFillableUrl } from '../utils/carriers/domains';
import { mountOffer, offerLabel } from '../utils/autofill/offer-ui';
import { TOUCHED_GLOBAL } from '../utils/autofill/page-globals';
import { afterClick, reportLines } from '../utils/autofill/report-text';
import type { WantedField } from '../utils/autofill/payload';
import type { MessageKey } from '../utils/i18n';
import { sendMessage, type FillOffer } from '../utils/messaging/protocol';

/** How often, at most, a changing page is asked again whether it has something to fill, and for how long. */
const RECHECK_MS = 1000;
const WATCH_FOR_MS = 15 * 60_000;

// The carrier-page half of autofill: on a built-in carrier's own domain (custom carriers' granted
// domains are registered at run time), offer the line in a closed shadow root once the page has
// something to fill. The click asks the worker, which checks this tab's URL and injects the fill
// (entrypoints/fill-page.ts).
export default defineContentScript({
  matches: CARRIER_MATCH_PATTERNS,
  runAt: 'document_idle',
  async main() {
    if (!isFillableUrl(location.href) || window.top !== window) return;
    // What the user types is never overwritten: the fill reads this set (same isolated world).
    const touched = new WeakSet<EventTarget>();
    (globalThis as Record<string, unknown>)[TOUCHED_GLOBAL] = touched;
    document.addEventListener('input', (event) => event.isTrusted && touched.add(event.composedPath()[0] ?? event.target!), true);

    const ask = () => sendMessage('get-fill-offer', { url: location.href }).catch(() => null);
    const show = (offer: FillOffer): void => {
      const translate = (key: MessageKey, substitutions?: string | string[]) => browser.i18n.getMessage(key, substitutions) || key;
      const label = offerLabel(offer.label);
      const button = offer.amountText ? translate('fill_offer_button', [label, offer.amountText]) : translate('fill_offer_button_no_amount', label);
      // What earlier clicks on this offer filled: a form may ask for the amount on its next step.
      let filledHere = new Set<WantedField>();
      const ui = mountOffer(
        { button, dismiss: translate('fill_offer_dismiss'), region: translate('extName'), refused: translate('fill_offer_refused') },
        async () => {
          const report = await sendMessage('fill-offer-clicked', { lineId: offer.lineId, url: location.href }).catch(() => null);
          // A failed fill keeps its button: the user may try again.
          if (!report) return ui.showReport([translate('fill_failed')], translate('fill_offer_again'));
          const result = afterClick(report, filledHere);
          filledHere = result.filledSoFar;
          ui.showReport(reportLines(result.report, translate), result.fillAgain ? translate('fill_offer_again') : undefined);
        },
        () => void sendMessage('dismiss-fill-offer', { url: location.href }).catch(() => undefined),
      );
    };

    const answer = await ask();
    if (answer?.status === 'offer') return show(answer.offer);
    if (answer?.status !== 'nothing-to-fill') return;
    // Nothing to fill yet (a first step, a form still loading, a single-page app between views):
    // ask again after the page changes, at most once a second, for a while.
    let pending = false;
    const observer = new MutationObserver(() => {
      if (pending) return;
      pending = true;
      setTimeout(async () => {
        const again = await ask();
        pending = false;
        if (again?.status === 'nothing-to-fill') return;
        observer.disconnect();
        if (again?.status === 'offer') show(again.offer);
      }, RECHECK_MS);
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
    setTimeout(() => observer.disconnect(), WATCH_FOR_MS);
  },
});
