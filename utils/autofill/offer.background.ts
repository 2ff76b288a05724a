import { browser, type Browser } from 'wxt/browser';
import { findCarrier } from '../carriers/registry';
import { isFillableUrl } from '../carriers/domains';
import { formatMoney } from '../domain/money';
import type { CustomCarrier, Line } from '../domain/types';
import { uiLocale } from '../i18n';
import type { FillOfferAnswer } from '../messaging/protocol';
import { suggestedTopUp } from '../popup/view';
import { getCustomCarriers, getLines, getPhoneFormats, getSettings } from '../store/db';
import { buildFillPayload } from './build-payload';
import { fillTab, tabHasFillTarget } from './inject.background';
import { lineToOffer, linesForPage } from './line-choice';
import type { FillPayload, FillReport } from './payload';
import { chosenLineForTab, dismissOffersFor, forgetOffer, offerDismissedFor, rememberLastFill, rememberOffer, wasOffered } from './session';

/**
 * The worker's half of autofill: what to offer on a carrier page, the payload once the user has
 * clicked, and "Fill this page" from the popup. Every decision uses the URL the browser reports
 * for the sending tab, never one the page could make up.
 */
function senderPageUrl(sender: Browser.runtime.MessageSender): string | null {
  if (sender.frameId !== undefined && sender.frameId !== 0) return null; // top frames only
  return sender.tab?.url ?? sender.url ?? null;
}

async function payloadFor(line: Line, pageUrl: string | null, custom: readonly CustomCarrier[]): Promise<FillPayload | null> {
  const carrier = findCarrier(line.carrier, custom);
  const [allFormats, settings] = await Promise.all([getPhoneFormats(), getSettings()]);
  const formats = allFormats.get(line.number);
  if (!formats) return null;
  return buildFillPayload({
    phone: formats,
    amountMinor: suggestedTopUp(line, carrier?.rule.minTopUp),
    currency: line.currency,
    email: settings.receiptEmail ?? null,
    // On the line's own carrier's site national forms are usual; elsewhere the international one is safe.
    preferNational: pageUrl !== null && linesForPage(pageUrl, [line], custom).length > 0,
  });
}

function amountText(line: Line, minTopUp: number | undefined): string {
  const amount = suggestedTopUp(line, minTopUp);
  return amount === null ? '' : formatMoney(amount, line.currency, uiLocale());
}

/**
 * Remembers a fill for the popup to offer logging it: the amount only if one was filled. A fill that
 * wrote nothing is no top-up to log (the popup's own report says so too).
 */
async function rememberFill(lineId: string, payload: FillPayload, report: FillReport): Promise<number | null> {
  const amountMinor = report.notFound.includes('amount') ? null : payload.amountMinor;
  if (report.filled.length > 0) await rememberLastFill({ lineId, amountMinor });
  return amountMinor;
}

/**
 * 'get-fill-offer': the line (label and amount only) offered on the sender's carrier page, once the
 * page has something to fill (asked of the page in our isolated world; nothing is written).
 */
export async function getFillOffer(_payload: { url: string }, sender: Browser.runtime.MessageSender): Promise<FillOfferAnswer> {
  const url = senderPageUrl(sender);
  const tabId = sender.tab?.id;
  if (!url || tabId === undefined || !isFillableUrl(url)) return { status: 'none' };
  const [lines, custom] = await Promise.all([getLines(), getCustomCarriers()]);
  const chosen = await chosenLineForTab(tabId);
  const line = lineToOffer(url, lines, custom, chosen);
  if (!line) return { status: 'none' };
  // Closed on this carrier's site earlier in the session: gone, unless LineKeeper opened this tab
  // to top up that line (the user asked for it).
  if (line.id !== chosen && (await offerDismissedFor(line.carrier))) return { status: 'none' };
  const payload = await payloadFor(line, url, custom);
  // No cached forms of the number (a store upgraded from version 1, before the options page has
  // run): a click could fill nothing, so nothing is offered.
  if (!payload) return { status: 'none' };
  if (!(await tabHasFillTarget(tabId, payload, sender.documentId))) return { status: 'nothing-to-fill' };
  await rememberOffer(tabId, line.id);
  return { status: 'offer', offer: { lineId: line.id, label: line.label, amountText: amountText(line, findCarrier(line.carrier, custom)?.rule.minTopUp) } };
}

/**
 * 'dismiss-fill-offer': the user closed the in-page offer. It stays away from the sender's carrier
 * site (every carrier owning the page the browser reports) until the browser closes.
 */
export async function dismissFillOffer(_payload: { url: string }, sender: Browser.runtime.MessageSender): Promise<void> {
  const url = senderPageUrl(sender);
  if (!url) return;
  const [lines, custom] = await Promise.all([getLines(), getCustomCarriers()]);
  const dismissed = linesForPage(url, lines, custom);
  // Only this page's carriers: a page of another carrier restored by Back keeps its offer.
  if (sender.tab?.id !== undefined) await forgetOffer(sender.tab.id, dismissed.map((line) => line.id));
  await dismissOffersFor([...new Set(dismissed.map((line) => line.carrier))]);
}

/**
 * 'fill-offer-clicked': the user clicked the in-page offer. Fills the sender's tab with that line,
 * only when the tab's page is on that line's carrier's domain, and remembers the fill so the
 * popup can offer to log the top-up.
 */
export async function fillOfferClicked({ lineId }: { lineId: string; url: string }, sender: Browser.runtime.MessageSender): Promise<FillReport | null> {
  const url = senderPageUrl(sender);
  const tabId = sender.tab?.id;
  if (!url || tabId === undefined) return null;
  // Only the line this tab's offer names: a content script (even a compromised one) cannot ask
  // for another of the user's lines.
  if (!(await wasOffered(tabId, lineId))) return null;
  const [lines, custom] = await Promise.all([getLines(), getCustomCarriers()]);
  const line = linesForPage(url, lines, custom).find((candidate) => candidate.id === lineId);
  const payload = line ? await payloadFor(line, url, custom) : null;
  if (!payload) return null;
  const report = await fillTab(tabId, payload, sender.documentId);
  if (report) await rememberFill(lineId, payload, report);
  return report;
}

/** The tab that was active when the popup opened: the one "Fill this page" fills. */
export type FillTarget = { fillable: boolean; tabId: number | null; host: string | null; matchingLineIds: string[] };

async function activeTab(): Promise<Browser.tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

/** 'get-fill-target': can the active tab be filled, and which lines' carriers own it. */
export async function getFillTarget(): Promise<FillTarget> {
  const tab = await activeTab();
  const url = tab?.url ?? '';
  if (!tab?.id || !isFillableUrl(url)) return { fillable: false, tabId: null, host: null, matchingLineIds: [] };
  const [lines, custom, chosen] = await Promise.all([getLines(), getCustomCarriers(), chosenLineForTab(tab.id)]);
  // The line this tab was opened to top up comes first, as the in-page offer names it.
  const matching = linesForPage(url, lines, custom).map((line) => line.id);
  return { fillable: true, tabId: tab.id, host: new URL(url).hostname, matchingLineIds: chosen !== null && matching.includes(chosen) ? [chosen, ...matching.filter((id) => id !== chosen)] : matching };
}

export type FillTabResult = { ok: true; report: FillReport; lineId: string; amountMinor: number | null } | { ok: false; error: 'not-fillable' | 'no-such-line' | 'failed' };

/**
 * 'fill-active-tab': the popup's "Fill this page", after the user picked a line, for the tab that
 * was active when the popup opened (asking again would find whatever window the click focused).
 * That tab must still be the active one of its window and on a fillable page; activeTab grants the
 * worker this one tab, and the fill script is injected into its top frame only.
 */
export async function fillActiveTab({ lineId, tabId }: { lineId: string; tabId: number }): Promise<FillTabResult> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.id || !tab.active || !tab.url || !isFillableUrl(tab.url)) return { ok: false, error: 'not-fillable' };
  const [lines, custom] = await Promise.all([getLines(), getCustomCarriers()]);
  const line = lines.find((candidate) => candidate.id === lineId && !candidate.archived);
  if (!line) return { ok: false, error: 'no-such-line' };
  const payload = await payloadFor(line, tab.url, custom);
  if (!payload) return { ok: false, error: 'failed' };
  try {
    const report = await fillTab(tab.id, payload);
    if (!report) return { ok: false, error: 'failed' };
    const amountMinor = await rememberFill(lineId, payload, report);
    return { ok: true, report, lineId, amountMinor };
  } catch {
    return { ok: false, error: 'failed' };
  }
}
