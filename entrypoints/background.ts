import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '../utils/messaging/protocol';
import { registerReminderListeners } from '../utils/background/listeners';
import { reschedule } from '../utils/background/reschedule';
import { completeReminder, confirmLineRenewal, snoozeReminder } from '../utils/background/reminder-actions';

// Wiring only. Every listener is registered synchronously here, because the worker can be
// stopped at any moment and is started again by the event it must then handle.
export default defineBackground(() => {
  handleMessages({
    'data-changed': () => reschedule(),
    'snooze-reminder': ({ key, until }) => snoozeReminder(key, until),
    'reminder-done': ({ key }) => completeReminder(key),
    'confirm-renewal': ({ lineId }) => confirmLineRenewal(lineId),
  });
  registerReminderListeners();
});
