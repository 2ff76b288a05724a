import { browser } from 'wxt/browser';

/** Opens LineKeeper's options page on a line (the page honours `#line=<id>`), or on the list. */
export async function openLine(lineId: string | null): Promise<void> {
  const hash = lineId ? `#line=${encodeURIComponent(lineId)}` : '';
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}
