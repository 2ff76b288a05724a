import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages, notifyDataChanged } from '../utils/messaging/protocol';
import { onDataWritten } from '../utils/store/db';
import { logTopUpFromPopup, markActivityFromPopup, openRechargeForLine, popupView } from '../utils/background/popup.background';

// Wiring only. Every listener is registered synchronously here, because the worker can be
// stopped at any moment and is started again by the event it must then handle.
export default defineBackground(() => {
  // The worker's own writes (popup quick actions) must reach open pages, as pages' writes reach us.
  onDataWritten(notifyDataChanged);
  handleMessages({
    'data-changed': () => undefined,
    'get-popup-view': () => popupView(),
    'log-top-up': logTopUpFromPopup,
    'mark-activity-done': markActivityFromPopup,
    'open-recharge': openRechargeForLine,
  });
});
