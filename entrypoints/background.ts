import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages, notifyDataChanged } from '../utils/messaging/protocol';
import { onDataWritten } from '../utils/store/db';
import { dismissLastFill, logTopUpFromPopup, markActivityFromPopup, openRechargeForLine, popupView } from '../utils/background/popup.background';
import { fillActiveTab, fillOfferClicked, dismissFillOffer, getFillOffer, getFillTarget } from '../utils/autofill/offer.background';
import { registerCustomCarrierScriptSync, syncCustomCarrierScripts } from '../utils/autofill/custom-scripts.background';
import { registerReminderListeners } from '../utils/background/listeners';
import { reschedule } from '../utils/background/reschedule';
import { completeReminder, confirmLineRenewal, snoozeReminder } from '../utils/background/reminder-actions';

// Wiring only. Every listener is registered synchronously here, because the worker can be
// stopped at any moment and is started again by the event it must then handle.
export default defineBackground(() => {
  // The worker's own writes (popup quick actions, notification buttons) must reach open pages.
  onDataWritten(notifyDataChanged);
  handleMessages({
    'get-popup-view': () => popupView(),
    'log-top-up': logTopUpFromPopup,
    'mark-activity-done': markActivityFromPopup,
    'open-recharge': openRechargeForLine,
    'forget-last-fill': () => dismissLastFill(),
    'get-fill-offer': getFillOffer,
    'dismiss-fill-offer': dismissFillOffer,
    'fill-offer-clicked': fillOfferClicked,
    'get-fill-target': () => getFillTarget(),
    'fill-active-tab': fillActiveTab,
    // A carrier saved on a domain already granted fires no permission event: the scripts follow the data too.
    'data-changed': async () => {
      await Promise.all([reschedule(), syncCustomCarrierScripts().catch(() => [])]);
    },
    'snooze-reminder': ({ key, until }) => snoozeReminder(key, until),
    'reminder-done': ({ key }) => completeReminder(key),
    'confirm-renewal': ({ lineId, on }) => confirmLineRenewal(lineId, on),
  });
  registerReminderListeners();
  registerCustomCarrierScriptSync();
});
