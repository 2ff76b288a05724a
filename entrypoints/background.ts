import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '../utils/messaging/protocol';

// Wiring only. Every listener is registered synchronously here, because the worker can be
// stopped at any moment and is started again by the event it must then handle.
export default defineBackground(() => {
  handleMessages({
    'data-changed': () => undefined,
  });
});
