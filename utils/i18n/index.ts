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

/**
 * The UI language as a BCP 47 tag for Intl (`en-GB`, `zh-CN`): the browser's, when the catalog it
 * was served is in that language. A zh-TW or zh-HK browser is served the English catalog (there is
 * no zh_TW one), and then gets English dates and amounts too, not "Top up by 12月3日".
 */
export function uiLocale(): string {
  const catalog = t('ui_locale');
  const browserLanguage = browser.i18n.getUILanguage() || catalog;
  const sameLanguage = browserLanguage.split('-')[0] === catalog.split('-')[0];
  // Any English region keeps its own formats (en-GB writes "3 Dec"); Chinese ones are zh-CN's catalog.
  return sameLanguage && (catalog === 'en' || browserLanguage.toLowerCase() === catalog.toLowerCase()) ? browserLanguage : catalog;
}
