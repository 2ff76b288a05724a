import { isE164 } from './phone';
import { isIsoDate, isTimeOfDay, isTimeZone, isYearMonth } from './dates';
import { isCurrencyCode } from './money';
import { isRegistrableDomain } from '../carriers/validate-domain';
import { CARRIERS } from '../carriers/catalog';
import {
  LINE_KINDS,
  PAYMENT_METHOD_TYPES,
  REMINDER_REPEATS,
  RENEWAL_MONTHS,
  TOP_UP_SOURCES,
} from './types';

/**
 * Structural validation of the domain's records, shared by the options forms and backup import.
 * Each problem names where (`lines[2].number`) and what (a code with an i18n message `err_<code>`).
 */
export type IssueCode =
  | 'required'
  | 'type'
  | 'unknown-field'
  | 'too-long'
  | 'empty'
  | 'not-phone'
  | 'not-date'
  | 'not-date-time'
  | 'not-time'
  | 'not-month'
  | 'not-currency'
  | 'not-zone'
  | 'not-integer'
  | 'negative'
  | 'out-of-range'
  | 'not-one-of'
  | 'duplicate-id'
  | 'dangling-ref'
  | 'card-data'
  | 'not-last4'
  | 'unknown-carrier'
  | 'not-domain'
  | 'not-https-url'
  | 'not-on-domains'
  | 'quiet-hours-equal'
  | 'not-email'
  // Whole-file problems of a backup:
  | 'not-json'
  | 'not-backup'
  | 'newer-version';

export interface ValidationIssue {
  path: string;
  code: IssueCode;
  /** Extra words for the message, e.g. the allowed values. */
  detail?: string;
}

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which optional features a record may use: version 2 added line.timeZone, reminders.lowDataBelowMB, custom carriers, a cycle renewal's day. */
/** The longest custom carrier name (the carrier editor and a line's "Other carrier" field). */
export const CUSTOM_CARRIER_NAME_MAX = 80;

export interface SchemaVersion {
  version: 1 | 2;
}

const CARD_FIELD = /^(card_?number|number|pan|cc|cvv2?|cvc2?|csc|security_?code|card_?holder|expiry|exp(iry)?_?(month|year|date))$/i;

/**
 * A card number: 13-19 digits that pass the Luhn check, written whole or in groups joined by single
 * spaces or dashes of any kind ("4111 1111 1111 1111"). Every run of consecutive groups is tried, so a card
 * stays a card when a phone number comes before it or its CVV or expiry after it
 * ("4111 1111 1111 1111 123"). No card number starts with 0, which keeps national phone numbers
 * written side by side from passing for one. A SIM's or phone's own number is passed over whole
 * (simIdentifierEnd): people keep them in notes, and they pass Luhn by design.
 */
export function containsCardNumber(written: string): boolean {
  // NFKC turns full-width digits (a Chinese IME in full-width mode) and ideographic, no-break and
  // thin spaces (numbers copied from a bank's page) into ASCII, so "４１１１ １１１１…" is a card too.
  // Hyphens join groups; en and em dashes do not: they join ranges ("2026-05-01–2027-05-01").
  const text = written.normalize('NFKC');
  for (const run of text.matchAll(/\d+(?:[ \t\-\u2010-\u2012]\d+)*/g)) {
    const groups = run[0].split(/[ \t\-\u2010-\u2012]/);
    const plus = text[run.index - 1] === '+';
    for (let start = 0; start < groups.length; start++) {
      const identifierEnd = simIdentifierEnd(groups, start);
      if (identifierEnd >= 0) {
        start = identifierEnd;
        continue;
      }
      if (groups[start]!.startsWith('0')) continue;
      let digits = '';
      for (let end = start; end < groups.length && digits.length < 19; end++) {
        digits += groups[end];
        // Only Visa ever issued 13-digit cards (4...): "86 138 1234 5678" is a mainland number.
        // The "+" number itself (up to E.164's 15 digits) is a phone number; a card after it is still tried from its own start.
        if (plus && start === 0 && digits.length <= 15) continue;
        if (digits.length >= 13 && digits.length <= 19 && (digits.length > 13 || digits.startsWith('4')) && luhn(digits)) return true;
      }
    }
  }
  return false;
}

/**
 * The last group of a SIM or device number starting at `start`, or -1: an ICCID (89, the telecom
 * industry's prefix, which no payment card has: 18-20 digits with a Luhn check), an eSIM's EID (89
 * and 32 digits) or an IMEI (15 digits with a Luhn check, from a reporting body that no 15-digit
 * card shares: 01, 35, 86, 91, 99; Amex is 34/37).
 */
function simIdentifierEnd(groups: readonly string[], start: number): number {
  let digits = '';
  for (let end = start; end < groups.length && digits.length < 32; end++) {
    digits += groups[end];
    const iccid = digits.startsWith('89') && ((digits.length >= 18 && digits.length <= 20 && luhn(digits)) || digits.length === 32);
    const imei = digits.length === 15 && /^(01|35|86|91|99)/.test(digits) && luhn(digits);
    if (iccid || imei) return end;
  }
  return -1;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

class Checker {
  readonly issues: ValidationIssue[] = [];
  add(path: string, code: IssueCode, detail?: string): void {
    this.issues.push({ path, code, ...(detail ? { detail } : {}) });
  }

  /** Flags keys outside `allowed`; card-like keys are reported as card data. */
  keys(value: Obj, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (allowed.includes(key)) continue;
      this.add(`${path}.${key}`, CARD_FIELD.test(key) ? 'card-data' : 'unknown-field');
    }
  }

  text(value: unknown, path: string, { min = 0, max, noCard = false }: { min?: number; max: number; noCard?: boolean }): void {
    if (typeof value !== 'string') return this.add(path, value === undefined ? 'required' : 'type', 'text');
    const length = [...value.trim()].length;
    if (length < min) return this.add(path, 'empty');
    if ([...value].length > max) return this.add(path, 'too-long', String(max));
    if (noCard && containsCardNumber(value)) this.add(path, 'card-data');
  }

  integer(value: unknown, path: string, { min = 0, max = 1e12 }: { min?: number; max?: number } = {}): void {
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.add(path, value === undefined ? 'required' : 'type', 'number');
    if (!Number.isInteger(value)) return this.add(path, 'not-integer');
    if (value < 0 && min >= 0) return this.add(path, 'negative');
    if (value < min || value > max) this.add(path, 'out-of-range', `${min}-${max}`);
  }

  oneOf(value: unknown, path: string, allowed: readonly (string | number)[]): void {
    if (!allowed.includes(value as string | number)) this.add(path, value === undefined ? 'required' : 'not-one-of', allowed.join(', '));
  }

  date(value: unknown, path: string, nullable: boolean): void {
    if (value === null && nullable) return;
    if (!isIsoDate(value)) this.add(path, value === undefined ? 'required' : 'not-date');
  }

  time(value: unknown, path: string): void {
    if (!isTimeOfDay(value)) this.add(path, value === undefined ? 'required' : 'not-time');
  }
}

function checkDaysBefore(checker: Checker, value: unknown, path: string): void {
  if (!Array.isArray(value)) return checker.add(path, value === undefined ? 'required' : 'type', 'list');
  if (value.length > 10) checker.add(path, 'too-long', '10');
  value.forEach((day, index) => checker.integer(day, `${path}[${index}]`, { min: 0, max: 365 }));
}

function checkRenewal(checker: Checker, value: unknown, path: string, { version }: SchemaVersion): void {
  if (!isObj(value)) return checker.add(path, value === undefined ? 'required' : 'type', 'object');
  switch (value.kind) {
    case 'none':
      return checker.keys(value, path, ['kind']);
    case 'cycle':
      checker.keys(value, path, version >= 2 ? ['kind', 'months', 'amount', 'nextOn', 'day'] : ['kind', 'months', 'amount', 'nextOn']);
      checker.oneOf(value.months, `${path}.months`, RENEWAL_MONTHS);
      checker.integer(value.amount, `${path}.amount`, { min: 1 });
      checker.date(value.nextOn, `${path}.nextOn`, false);
      // Kept only while nextOn is a short month's last day, earlier than the cycle's day.
      if (value.day !== undefined) checker.integer(value.day, `${path}.day`, { min: 29, max: 31 });
      return;
    case 'monthly':
      checker.keys(value, path, ['kind', 'day', 'amount']);
      checker.integer(value.day, `${path}.day`, { min: 1, max: 31 });
      return checker.integer(value.amount, `${path}.amount`, { min: 1 });
    case 'threshold':
      checker.keys(value, path, ['kind', 'below', 'topUp']);
      checker.integer(value.below, `${path}.below`, { min: 0 });
      return checker.integer(value.topUp, `${path}.topUp`, { min: 1 });
    default:
      checker.oneOf(value.kind, `${path}.kind`, ['none', 'cycle', 'monthly', 'threshold']);
  }
}

function checkReminders(checker: Checker, value: unknown, path: string, { version }: SchemaVersion): void {
  if (value === null) return;
  if (!isObj(value)) return checker.add(path, value === undefined ? 'required' : 'type', 'object');
  checker.keys(value, path, version >= 2 ? ['daysBefore', 'lowBalanceBelow', 'lowDataBelowMB', 'timeOfDay', 'repeat'] : ['daysBefore', 'lowBalanceBelow', 'timeOfDay', 'repeat']);
  checkDaysBefore(checker, value.daysBefore, `${path}.daysBefore`);
  if (value.lowBalanceBelow !== undefined) checker.integer(value.lowBalanceBelow, `${path}.lowBalanceBelow`);
  if (value.lowDataBelowMB !== undefined) checker.integer(value.lowDataBelowMB, `${path}.lowDataBelowMB`, { max: 1e7 });
  checker.time(value.timeOfDay, `${path}.timeOfDay`);
  checker.oneOf(value.repeat, `${path}.repeat`, REMINDER_REPEATS);
}

export function isKnownCarrierId(id: unknown): boolean {
  if (typeof id !== 'string') return false;
  if (id.startsWith('custom:')) return [...id.slice(7).trim()].length >= 1 && id.length <= 87;
  return CARRIERS.some((carrier) => carrier.id === id);
}

const LINE_KEYS_V1 = ['id', 'label', 'number', 'carrier', 'kind', 'currency', 'balance', 'dataMB', 'expiresOn', 'lastActivityOn', 'keepAlive', 'renewal', 'reminders', 'paymentMethodId', 'notes', 'archived'];

/** Checks one line; references (payment method) are checked by the caller that knows the others. */
export function lineIssues(value: unknown, path: string, schema: SchemaVersion = { version: 2 }): ValidationIssue[] {
  const checker = new Checker();
  if (!isObj(value)) {
    checker.add(path, 'type', 'object');
    return checker.issues;
  }
  checker.keys(value, path, schema.version >= 2 ? [...LINE_KEYS_V1, 'timeZone'] : LINE_KEYS_V1);
  checker.text(value.id, `${path}.id`, { min: 1, max: 100 });
  checker.text(value.label, `${path}.label`, { min: 1, max: 80, noCard: true });
  if (!isE164(value.number)) checker.add(`${path}.number`, value.number === undefined ? 'required' : 'not-phone');
  if (!isKnownCarrierId(value.carrier)) checker.add(`${path}.carrier`, value.carrier === undefined ? 'required' : 'unknown-carrier');
  checker.oneOf(value.kind, `${path}.kind`, LINE_KINDS);
  if (!isCurrencyCode(value.currency)) checker.add(`${path}.currency`, value.currency === undefined ? 'required' : 'not-currency');
  if (value.balance !== null) checker.integer(value.balance, `${path}.balance`);
  if (value.dataMB !== null) {
    if (typeof value.dataMB !== 'number' || !Number.isFinite(value.dataMB)) checker.add(`${path}.dataMB`, value.dataMB === undefined ? 'required' : 'type', 'number');
    else if (value.dataMB < 0) checker.add(`${path}.dataMB`, 'negative');
  }
  checker.date(value.expiresOn, `${path}.expiresOn`, true);
  checker.date(value.lastActivityOn, `${path}.lastActivityOn`, true);
  if (value.keepAlive !== null) {
    if (!isObj(value.keepAlive)) checker.add(`${path}.keepAlive`, value.keepAlive === undefined ? 'required' : 'type', 'object');
    else {
      checker.keys(value.keepAlive, `${path}.keepAlive`, ['activityEveryDays']);
      checker.integer(value.keepAlive.activityEveryDays, `${path}.keepAlive.activityEveryDays`, { min: 1, max: 3650 });
    }
  }
  checkRenewal(checker, value.renewal, `${path}.renewal`, schema);
  checkReminders(checker, value.reminders, `${path}.reminders`, schema);
  if (value.paymentMethodId !== null && typeof value.paymentMethodId !== 'string') checker.add(`${path}.paymentMethodId`, value.paymentMethodId === undefined ? 'required' : 'type', 'text');
  checker.text(value.notes, `${path}.notes`, { max: 2000, noCard: true });
  if (typeof value.archived !== 'boolean') checker.add(`${path}.archived`, value.archived === undefined ? 'required' : 'type', 'true/false');
  if (value.timeZone !== undefined && !isTimeZone(value.timeZone)) checker.add(`${path}.timeZone`, 'not-zone');
  return checker.issues;
}

/** Payment methods hold metadata only: any card-like field, or a card number in the label, is refused. */
export function paymentMethodIssues(value: unknown, path: string): ValidationIssue[] {
  const checker = new Checker();
  if (!isObj(value)) {
    checker.add(path, 'type', 'object');
    return checker.issues;
  }
  checker.keys(value, path, ['id', 'label', 'type', 'last4', 'expires']);
  checker.text(value.id, `${path}.id`, { min: 1, max: 100 });
  checker.text(value.label, `${path}.label`, { min: 1, max: 80, noCard: true });
  checker.oneOf(value.type, `${path}.type`, PAYMENT_METHOD_TYPES);
  if (value.last4 !== undefined && (typeof value.last4 !== 'string' || !/^\d{4}$/.test(value.last4))) {
    checker.add(`${path}.last4`, typeof value.last4 === 'string' && /^\d{12,19}$/.test(value.last4.replace(/\D/g, '')) ? 'card-data' : 'not-last4');
  }
  if (value.expires !== undefined && !isYearMonth(value.expires)) checker.add(`${path}.expires`, 'not-month');
  return checker.issues;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isDateTimeWithZone(value: unknown): value is string {
  return typeof value === 'string' && DATE_TIME.test(value) && isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

export function topUpIssues(value: unknown, path: string): ValidationIssue[] {
  const checker = new Checker();
  if (!isObj(value)) {
    checker.add(path, 'type', 'object');
    return checker.issues;
  }
  checker.keys(value, path, ['id', 'lineId', 'at', 'amount', 'currency', 'paymentMethodId', 'source', 'note']);
  checker.text(value.id, `${path}.id`, { min: 1, max: 100 });
  checker.text(value.lineId, `${path}.lineId`, { min: 1, max: 100 });
  if (!isDateTimeWithZone(value.at)) checker.add(`${path}.at`, value.at === undefined ? 'required' : 'not-date-time');
  checker.integer(value.amount, `${path}.amount`, { min: 1 });
  if (!isCurrencyCode(value.currency)) checker.add(`${path}.currency`, value.currency === undefined ? 'required' : 'not-currency');
  if (value.paymentMethodId !== undefined && value.paymentMethodId !== null && typeof value.paymentMethodId !== 'string') checker.add(`${path}.paymentMethodId`, 'type', 'text');
  checker.oneOf(value.source, `${path}.source`, TOP_UP_SOURCES);
  if (value.note !== undefined) checker.text(value.note, `${path}.note`, { max: 500, noCard: true });
  return checker.issues;
}

/** A plausible e-mail address: one @, no spaces, a dot in the domain; the page checks the rest. */
export function isEmailAddress(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

export function settingsIssues(value: unknown, path: string, { version }: SchemaVersion = { version: 2 }): ValidationIssue[] {
  const checker = new Checker();
  if (!isObj(value)) {
    checker.add(path, value === undefined ? 'required' : 'type', 'object');
    return checker.issues;
  }
  checker.keys(value, path, version >= 2 ? ['timeOfDay', 'daysBefore', 'repeat', 'quietHours', 'receiptEmail'] : ['timeOfDay', 'daysBefore', 'repeat', 'quietHours']);
  if (value.receiptEmail !== undefined && !isEmailAddress(value.receiptEmail)) checker.add(`${path}.receiptEmail`, 'not-email');
  checker.time(value.timeOfDay, `${path}.timeOfDay`);
  checkDaysBefore(checker, value.daysBefore, `${path}.daysBefore`);
  checker.oneOf(value.repeat, `${path}.repeat`, REMINDER_REPEATS);
  if (value.quietHours !== undefined) {
    const quiet = value.quietHours;
    if (!isObj(quiet)) checker.add(`${path}.quietHours`, 'type', 'object');
    else {
      checker.keys(quiet, `${path}.quietHours`, ['start', 'end']);
      checker.time(quiet.start, `${path}.quietHours.start`);
      checker.time(quiet.end, `${path}.quietHours.end`);
      if (quiet.start === quiet.end && isTimeOfDay(quiet.start)) checker.add(`${path}.quietHours`, 'quiet-hours-equal');
    }
  }
  return checker.issues;
}

export function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

export function customCarrierIssues(value: unknown, path: string): ValidationIssue[] {
  const checker = new Checker();
  if (!isObj(value)) {
    checker.add(path, 'type', 'object');
    return checker.issues;
  }
  checker.keys(value, path, ['id', 'name', 'country', 'domains', 'rechargeUrl', 'activityEveryDays', 'topUpExtendsDays']);
  checker.text(value.name, `${path}.name`, { min: 1, max: CUSTOM_CARRIER_NAME_MAX });
  if (typeof value.name === 'string' && value.id !== `custom:${value.name}`) checker.add(`${path}.id`, 'not-one-of', `custom:${value.name}`);
  if (value.country !== undefined && (typeof value.country !== 'string' || !/^[A-Z]{2}$/.test(value.country))) checker.add(`${path}.country`, 'type', 'XX');
  if (!Array.isArray(value.domains) || value.domains.length === 0) checker.add(`${path}.domains`, value.domains === undefined ? 'required' : 'empty');
  else value.domains.forEach((domain, index) => {
    if (typeof domain !== 'string' || !isRegistrableDomain(domain)) checker.add(`${path}.domains[${index}]`, 'not-domain');
  });
  if (!isHttpsUrl(value.rechargeUrl)) checker.add(`${path}.rechargeUrl`, value.rechargeUrl === undefined ? 'required' : 'not-https-url');
  for (const key of ['activityEveryDays', 'topUpExtendsDays'] as const) {
    if (value[key] !== null) checker.integer(value[key], `${path}.${key}`, { min: 1, max: 3650 });
  }
  return checker.issues;
}

/** Ids that appear more than once, as issues on every repeat. */
export function duplicateIdIssues(items: readonly { id?: unknown }[], path: string): ValidationIssue[] {
  const seen = new Set<unknown>();
  const issues: ValidationIssue[] = [];
  items.forEach((item, index) => {
    if (!isObj(item) || typeof item.id !== 'string') return;
    if (seen.has(item.id)) issues.push({ path: `${path}[${index}].id`, code: 'duplicate-id', detail: item.id });
    seen.add(item.id);
  });
  return issues;
}

