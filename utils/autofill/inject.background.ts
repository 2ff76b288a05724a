import { browser } from 'wxt/browser';
import { FILL_GLOBAL, PROBE_GLOBAL } from './page-globals';
import { isFillReport, type FillPayload, type FillReport } from './payload';

/**
 * Runs the fill in a tab's top frame: first the fill script (entrypoints/fill-page.ts), then a call
 * with the payload as an argument. Needs host access to the tab: a built-in carrier's domain
 * (host_permissions), a granted custom carrier's, or activeTab after the user opened the popup.
 */
/**
 * The tab's top frame; with `documentId` (the sender's, where the browser reports one), only that
 * document: if the tab navigated meanwhile (the worker awaits the store first), nothing runs in
 * the new page, which may belong to someone else.
 */
function topFrame(tabId: number, documentId?: string) {
  return documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
}

export async function fillTab(tabId: number, payload: FillPayload, documentId?: string): Promise<FillReport | null> {
  const target = topFrame(tabId, documentId);
  await browser.scripting.executeScript({ target, files: ['/fill-page.js'] });
  // As JSON text: executeScript's own argument serialization drops properties whose value is null.
  const [result] = await browser.scripting.executeScript({
    target,
    func: (name: string, json: string) => {
      const fill = (globalThis as unknown as Record<string, (json: string) => unknown>)[name];
      return fill ? fill(json) : null;
    },
    args: [FILL_GLOBAL, JSON.stringify(payload)],
  });
  const report: unknown = result?.result;
  return isFillReport(report) ? report : null;
}

/**
 * Whether the tab's top frame has anything a fill with `payload` would write (no click yet, nothing
 * written). The fill script is injected only if this isolated world does not have it yet. Only a
 * definite "nothing" counts: when the question cannot be asked, the answer is yes, as before.
 */
export async function tabHasFillTarget(tabId: number, payload: FillPayload, documentId?: string): Promise<boolean> {
  const target = topFrame(tabId, documentId);
  // Numbers, not null: executeScript's argument serialization drops nulls.
  const ask = () =>
    browser.scripting.executeScript({
      target,
      func: (name: string, amountMinor: number, digits: number, marks: string[]) => {
        const probe = (globalThis as unknown as Record<string, (minor: number, digits: number, marks: string[]) => boolean>)[name];
        return probe ? probe(amountMinor, digits, marks) : null;
      },
      // A world injected before the marks existed ignores the fourth argument: still compatible.
      // The line's amount stays in the worker: the probe looks for tiles of any amount (ANY_AMOUNT).
      args: [PROBE_GLOBAL, -1, payload.currencyDigits, payload.currencyMarks],
    });
  // A world keeps the script until the page reloads, an extension update included: the probe's
  // name and arguments must stay compatible (or PROBE_GLOBAL be renamed). The fill is always
  // injected afresh (fillTab).
  try {
    let [result] = await ask();
    if (result?.result === null) {
      await browser.scripting.executeScript({ target, files: ['/fill-page.js'] });
      [result] = await ask();
    }
    return result?.result !== false;
  } catch {
    return true;
  }
}
