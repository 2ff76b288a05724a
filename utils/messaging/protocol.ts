import { browser, type Browser } from 'wxt/browser';
import type { PopupView } from '../popup/view';
import type { TopUpSource } from '../domain/types';
import type { FillReport } from '../autofill/payload';
import type { FillTabResult, FillTarget } from '../autofill/offer.background';

/**
 * LineKeeper's one message protocol. Each entry is a request type and its response; a message
 * nobody handles, or a handler of the wrong shape, is a type error. Every message received is
 * checked (known type, payload shape, sent by this extension) before a handler sees it.
 *
 * Directions: pages → worker (data-changed, get-fill-offer, dismiss-fill-offer, fill-offer-clicked); worker → pages (data-changed
 * is broadcast to open pages too). The worker hands a fill to a page with scripting.executeScript
 * (utils/autofill/inject.background.ts), not by message, so the payload never crosses a page's messaging.
 */
export interface FillOffer {
  lineId: string;
  label: string;
  /** What the click fills, and nothing more: the page never sees other lines. */
  amountText: string;
}

/**
 * What a carrier page's content script is told: the offer; nothing (no line for this site, or the
 * user closed the offer here); or not yet, as the page has nothing to fill (watch it and ask again).
 */
export type FillOfferAnswer = { status: 'offer'; offer: FillOffer } | { status: 'none' } | { status: 'nothing-to-fill' };

/** The result of a quick action: done, or why nothing was written. */
export type ActionResult = { ok: true } | { ok: false; error: 'no-such-line' | 'bad-amount' | 'failed'; message?: string };

export interface Protocol {
  /** Data changed: the worker reschedules, open pages reload. */
  'data-changed': { request: Record<string, never>; response: void };
  /** Popup → worker: the lines to show, most urgent first. */
  'get-popup-view': { request: Record<string, never>; response: PopupView };
  /** Popup → worker: a top-up was made (balance rises, expiry may move). */
  'log-top-up': { request: { lineId: string; amountMinor: number; source: TopUpSource }; response: ActionResult };
  /** Popup → worker: a call, SMS or data session was made today. */
  'mark-activity-done': { request: { lineId: string }; response: ActionResult };
  /** Popup → worker: the user does not want to log the last one-click fill. */
  'forget-last-fill': { request: Record<string, never>; response: void };
  /** Popup or notification → worker: open the line's recharge page. */
  'open-recharge': { request: { lineId: string }; response: ActionResult };
  /** Content script on a carrier page: is there a line to offer, and anything to fill yet? */
  'get-fill-offer': { request: { url: string }; response: FillOfferAnswer };
  /** Content script, after the user closed the in-page offer: not on this carrier's site again this session. */
  'dismiss-fill-offer': { request: { url: string }; response: void };
  /** Content script, after the user clicked the in-page offer: fill with that line. */
  'fill-offer-clicked': { request: { lineId: string; url: string }; response: FillReport | null };
  /** Popup → worker: can the active tab be filled, and which lines' carriers own it? */
  'get-fill-target': { request: Record<string, never>; response: FillTarget };
  /** Popup → worker: "Fill this page" with the line the user picked. */
  'fill-active-tab': { request: { lineId: string; tabId: number }; response: FillTabResult };
  /** Popup: remind again in an hour, or tomorrow at the reminder's time (key: a reminder's key). */
  'snooze-reminder': { request: { key: string; until: 'hour' | 'tomorrow' }; response: void };
  /** Popup: the user has dealt with a reminder (same as its notification's Done button). */
  'reminder-done': { request: { key: string }; response: void };
  /** Popup: the line's renewal went through (a cycle moves on by its months). */
  /** `on`: the renewal date the user confirms; a confirmation of a date already moved on does nothing. */
  'confirm-renewal': { request: { lineId: string; on: string }; response: void };
}

export type MessageType = keyof Protocol;
export type RequestOf<K extends MessageType> = Protocol[K]['request'];
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];
export type Envelope<K extends MessageType = MessageType> = { type: K; payload: RequestOf<K> };

type Validator<K extends MessageType> = (payload: unknown) => payload is RequestOf<K>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Record ids are 1-100 characters (the backup's rule): anything else names nothing. */
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 100;
/** A page address as content scripts report it (unused by the worker, which asks the browser). */
const isUrl = (value: unknown): value is string => typeof value === 'string' && value.length <= 8192;
/** Content scripts are the least trusted sender: their payloads have exactly the expected keys. */
const onlyKeys = (payload: Record<string, unknown>, keys: readonly string[]): boolean => Object.keys(payload).every((key) => keys.includes(key));

/** One payload check per message type. */
const validators: { [K in MessageType]: Validator<K> } = {
  'data-changed': (payload): payload is Record<string, never> => isObject(payload),
  'get-popup-view': (payload): payload is Record<string, never> => isObject(payload),
  'log-top-up': (payload): payload is RequestOf<'log-top-up'> =>
    isObject(payload) &&
    isId(payload.lineId) &&
    Number.isSafeInteger(payload.amountMinor) &&
    (payload.amountMinor as number) > 0 &&
    (payload.source === 'manual' || payload.source === 'autofill'),
  'forget-last-fill': (payload): payload is Record<string, never> => isObject(payload),
  'mark-activity-done': (payload): payload is { lineId: string } => isObject(payload) && isId(payload.lineId),
  'open-recharge': (payload): payload is { lineId: string } => isObject(payload) && isId(payload.lineId),
  'get-fill-offer': (payload): payload is { url: string } => isObject(payload) && onlyKeys(payload, ['url']) && isUrl(payload.url),
  'dismiss-fill-offer': (payload): payload is { url: string } => isObject(payload) && onlyKeys(payload, ['url']) && isUrl(payload.url),
  'fill-offer-clicked': (payload): payload is { lineId: string; url: string } =>
    isObject(payload) && onlyKeys(payload, ['lineId', 'url']) && isId(payload.lineId) && isUrl(payload.url),
  'get-fill-target': (payload): payload is Record<string, never> => isObject(payload),
  'fill-active-tab': (payload): payload is { lineId: string; tabId: number } =>
    isObject(payload) && isId(payload.lineId) && Number.isSafeInteger(payload.tabId),
  'snooze-reminder': (payload): payload is { key: string; until: 'hour' | 'tomorrow' } =>
    isObject(payload) && typeof payload.key === 'string' && (payload.until === 'hour' || payload.until === 'tomorrow'),
  'reminder-done': (payload): payload is { key: string } => isObject(payload) && typeof payload.key === 'string',
  'confirm-renewal': (payload): payload is { lineId: string; on: string } => isObject(payload) && isId(payload.lineId) && typeof payload.on === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(payload.on),
};

export function isEnvelope(message: unknown): message is Envelope {
  // Own keys only: "toString" or "__proto__" are in every object, not in the protocol.
  if (!isObject(message) || typeof message.type !== 'string' || !Object.hasOwn(validators, message.type)) return false;
  return validators[message.type as MessageType](message.payload);
}

/** Sends a message to the worker and the extension's open pages. */
export async function sendMessage<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return (await browser.runtime.sendMessage({ type, payload } satisfies Envelope<K>)) as ResponseOf<K>;
}

/** Tells the worker (and open pages) that data changed; no receiver is not an error. */
export function notifyDataChanged(): void {
  sendMessage('data-changed', {}).catch(() => {
    // Nobody listening: the worker wrote and no page is open (the worker heard its own write through onDataWritten).
  });
}

export type Handlers = {
  [K in MessageType]?: (payload: RequestOf<K>, sender: Browser.runtime.MessageSender) => ResponseOf<K> | Promise<ResponseOf<K>>;
};

/**
 * Registers the one handler table of a context. Messages from other extensions or web pages,
 * of unknown types or malformed payloads are dropped.
 */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isAllowed(message, sender)) return undefined;
    const handler = (Object.hasOwn(handlers, message.type) ? handlers[message.type] : undefined) as ((payload: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.payload, sender));
  });
}

/**
 * The only messages a content script may send. Content scripts run inside web pages, so they are
 * treated as less trusted than the extension's own pages: they may ask what to offer on their page
 * and report the user's clicks (fill, or close the offer for the session), nothing that reads or
 * changes the user's data.
 */
export const CONTENT_SCRIPT_MESSAGES: readonly MessageType[] = ['get-fill-offer', 'dismiss-fill-offer', 'fill-offer-clicked'];

/** From this extension, well-formed, and (for content scripts) one of the messages they may send. */
export function isAllowed(message: unknown, sender: Browser.runtime.MessageSender): message is Envelope {
  if (sender.id !== browser.runtime.id || !isEnvelope(message)) return false;
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
  return fromExtensionPage || CONTENT_SCRIPT_MESSAGES.includes(message.type);
}

