import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isAllowed, isEnvelope } from '../../utils/messaging/protocol';

const extensionPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const contentScript = () => ({ id: fakeBrowser.runtime.id, url: 'https://www.giffgaff.com/top-up', tab: { id: 7 } as never, frameId: 0 });

describe('message protocol', () => {
  it('accepts only known types with well-formed payloads', () => {
    expect(isEnvelope({ type: 'log-top-up', payload: { lineId: 'l1', amountMinor: 500, source: 'manual' } })).toBe(true);
    expect(isEnvelope({ type: 'log-top-up', payload: { lineId: 'l1', amountMinor: 5.5, source: 'manual' } })).toBe(false);
    expect(isEnvelope({ type: 'log-top-up', payload: { lineId: 'l1', amountMinor: -1, source: 'manual' } })).toBe(false);
    expect(isEnvelope({ type: 'log-top-up', payload: { lineId: 'l1', amountMinor: 500, source: 'auto-renewal' } })).toBe(false);
    expect(isEnvelope({ type: 'drop-tables', payload: {} })).toBe(false);
    expect(isEnvelope({ type: 'get-popup-view' })).toBe(false);
    expect(isEnvelope('get-popup-view')).toBe(false);
  });

  it('takes messages from this extension only', () => {
    const message = { type: 'get-popup-view', payload: {} };
    expect(isAllowed(message, extensionPage())).toBe(true);
    expect(isAllowed(message, { ...extensionPage(), id: 'another-extension' })).toBe(false);
  });

  it('lets content scripts ask for their page\'s offer and report a click, nothing else', () => {
    expect(isAllowed({ type: 'get-fill-offer', payload: { url: 'https://www.giffgaff.com/top-up' } }, contentScript())).toBe(true);
    expect(isAllowed({ type: 'dismiss-fill-offer', payload: { url: 'https://www.giffgaff.com/top-up' } }, contentScript())).toBe(true);
    expect(isAllowed({ type: 'dismiss-fill-offer', payload: {} }, contentScript())).toBe(false);
    expect(isAllowed({ type: 'fill-offer-clicked', payload: { lineId: 'l1', url: 'https://www.giffgaff.com/top-up' } }, contentScript())).toBe(true);
    for (const type of ['get-popup-view', 'get-fill-target', 'data-changed', 'forget-last-fill']) {
      expect(isAllowed({ type, payload: {} }, contentScript()), type).toBe(false);
    }
    expect(isAllowed({ type: 'log-top-up', payload: { lineId: 'l1', amountMinor: 500, source: 'manual' } }, contentScript())).toBe(false);
    expect(isAllowed({ type: 'mark-activity-done', payload: { lineId: 'l1' } }, contentScript())).toBe(false);
  });

  it('refuses content scripts\' payloads with extra keys or oversized values, and ids no record can have', () => {
    const url = 'https://www.giffgaff.com/top-up';
    expect(isAllowed({ type: 'fill-offer-clicked', payload: { lineId: 'l1', url, extra: 1 } }, contentScript())).toBe(false);
    expect(isAllowed({ type: 'fill-offer-clicked', payload: { lineId: 'x'.repeat(101), url } }, contentScript())).toBe(false);
    expect(isAllowed({ type: 'fill-offer-clicked', payload: { lineId: '', url } }, contentScript())).toBe(false);
    expect(isAllowed({ type: 'get-fill-offer', payload: { url: `${url}?${'a'.repeat(9000)}` } }, contentScript())).toBe(false);
    expect(isEnvelope({ type: 'mark-activity-done', payload: { lineId: 'x'.repeat(101) } })).toBe(false);
  });
});
