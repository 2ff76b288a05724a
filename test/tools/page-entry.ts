/**
 * What the CLIs inject into a page: the extension's own detection and fill, bundled as they are
 * in the content script (see page-runner.ts). Exposed on one global for page.evaluate.
 */
import { detectFields, fillPage } from '../../utils/autofill/fill-page';
import type { FillPayload } from '../../utils/autofill/payload';

declare global {
  interface Window {
    __linekeeper: {
      detect(): { fields: { index: number; role: string }[]; ms: number };
      fill(payload: FillPayload): ReturnType<typeof fillPage>;
    };
  }
}

window.__linekeeper = {
  detect() {
    const start = performance.now();
    const detection = detectFields(document);
    const ms = performance.now() - start;
    const fields = detection.fields.filter((field) => field.documentIndex >= 0 && field.problem === null).map((field) => ({ index: field.documentIndex, role: field.role }));
    return { fields, ms: Math.round(ms * 100) / 100 };
  },
  fill(payload) {
    return fillPage(document, payload);
  },
};
