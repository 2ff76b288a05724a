import { browser } from 'wxt/browser';
import type messages from '../../public/_locales/en/messages.json';

/** Every string the user sees is a key of public/_locales/<lang>/messages.json (en and zh_CN). */
export type MessageKey = keyof typeof messages;

/** The translated string for `key`, following the browser's language. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  // WXT's generated key type lags behind the catalog until `wxt prepare`; MessageKey is always current.
  const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** The UI language as a BCP 47 tag for Intl (`en`, `zh-CN`). */
export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}
