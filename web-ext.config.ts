import { defineWebExtConfig } from 'wxt';

// `wxt dev` must not try to open a desktop browser on a headless machine; `npm start` opens Chromium itself.
export default defineWebExtConfig({ disabled: true });
