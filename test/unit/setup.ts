import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import en from '../../public/_locales/en/messages.json';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Resolves keys from a catalog as browser.i18n does, substitutions and named placeholders included. */
export function catalogMessage(catalog: Catalog): (key: string, substitutions?: string | string[]) => string {
  return (key, substitutions) => {
    const entry = catalog[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    let text = entry.message;
    for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
      const value = placeholder.content.replace(/\$(\d)/g, (_, index: string) => subs[Number(index) - 1] ?? '');
      text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
    }
    return text.replace(/\$(\d)/g, (_, index: string) => subs[Number(index) - 1] ?? '');
  };
}

/** fakeBrowser has no i18n: resolve keys from the English catalog. */
export const englishMessage = catalogMessage(en as Catalog);

function stubI18n(): void {
  fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
}

stubI18n();
beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});
// Without vitest globals, Testing Library cannot clean up by itself.
afterEach(cleanup);
