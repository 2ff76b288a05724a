import { parsePhone } from './phone';
import { parseAmount, minorToInput, isCurrencyCode } from './money';
import { isIsoDate, isTimeOfDay, isTimeZone, keepsCycleDay } from './dates';
import { CUSTOM_CARRIER_NAME_MAX, lineIssues, type IssueCode, type ValidationIssue } from './validate';
import type { Carrier, Line, LineKind, RenewalKind, ReminderRepeat, Settings } from './types';
import { LINE_KINDS, REMINDER_REPEATS, RENEWAL_MONTHS } from './types';
import type { PhoneFormats } from './phone-formats';

/**
 * The line editor's form as plain strings (what the inputs hold), and the one function that turns
 * them into a Line or into a problem per field. This is where what people type (national numbers,
 * "5.50", "30, 7, 1") meets the stored shape, so the UI stays a thin shell.
 */
export interface LineFormValues {
  label: string;
  /** A carrier id, or CUSTOM_CARRIER_ENTRY to use `customCarrierName`. */
  carrier: string;
  customCarrierName: string;
  /** ISO 3166-1 alpha-2 used to read a national number; not stored on the line. */
  country: string;
  number: string;
  kind: string;
  currency: string;
  balance: string;
  dataMB: string;
  expiresOn: string;
  lastActivityOn: string;
  keepAliveDays: string;
  renewalKind: RenewalKind;
  renewalMonths: string;
  renewalAmount: string;
  renewalNextOn: string;
  /** Not shown: a cycle's day of the month while its next date is a shorter month's last day. */
  renewalCycleDay: string;
  renewalDay: string;
  renewalBelow: string;
  renewalTopUp: string;
  /** false: the line follows the reminder defaults (`reminders: null`). */
  remindersOwn: boolean;
  remindersDaysBefore: string;
  remindersLowBalance: string;
  remindersLowDataMB: string;
  remindersTime: string;
  remindersRepeat: string;
  paymentMethodId: string;
  timeZone: string;
  notes: string;
  archived: boolean;
}

export type LineFormField = keyof LineFormValues;

/** Carrier select value meaning "a carrier not in the list, named by the user". */
export const CUSTOM_CARRIER_ENTRY = '__custom';

export type FormProblemCode = IssueCode | 'amount-format' | 'amount-precision' | 'too-large' | 'range' | 'days-list' | 'zero' | 'future' | 'data-format';

/** What is wrong with one field; `detail` fills the message (a range, a currency, a country). */
export interface FieldProblem {
  code: FormProblemCode;
  detail?: string;
}

export type FieldProblems = Partial<Record<LineFormField | 'form', FieldProblem>>;

export type LineFormResult = { ok: true; line: Line; problems: FieldProblems } | { ok: false; problems: FieldProblems };

export type ParsedDays = { ok: true; days: number[] } | { ok: false; problem: FieldProblem };

/** "30, 7, 3 1 0" -> [30, 7, 3, 1, 0]: whole days 0-365, at most 10, duplicates dropped, largest first. */
export function parseDaysList(text: string): ParsedDays {
  const parts = text
    .normalize('NFKC')
    .split(/[\s,;、，]+/)
    .filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, problem: { code: 'required' } };
  const days: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 365) return { ok: false, problem: { code: 'days-list' } };
    if (!days.includes(Number(part))) days.push(Number(part));
  }
  if (days.length > 10) return { ok: false, problem: { code: 'too-long', detail: '10' } };
  return { ok: true, days: days.sort((a, b) => b - a) };
}

export type ParsedWhole = { ok: true; value: number } | { ok: false; problem: FieldProblem };

/** A whole number typed by the user, within [min, max]. */
export function parseWholeNumber(text: string, min: number, max: number): ParsedWhole {
  const trimmed = text.normalize('NFKC').trim();
  if (trimmed === '') return { ok: false, problem: { code: 'required' } };
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < min || Number(trimmed) > max) return { ok: false, problem: { code: 'range', detail: `${min}-${max}` } };
  return { ok: true, value: Number(trimmed) };
}

type ParsedMinor = { ok: true; minor: number } | { ok: false; problem: FieldProblem };

/** A currency code as typed: "hkd", or "ＨＫＤ" from a Chinese IME in full-width mode, is HKD. */
export function currencyCodeOf(text: string): string {
  return text.normalize('NFKC').trim().toUpperCase();
}

/** An amount in `currency`, as minor units; precision errors name the currency's decimals. */
export function parseFormAmount(text: string, currency: string, { min = 0 }: { min?: number } = {}): ParsedMinor {
  const parsed = parseAmount(text, currency);
  if (parsed.ok) {
    if (parsed.minor < min) return { ok: false, problem: { code: 'zero' } };
    return parsed;
  }
  switch (parsed.error) {
    case 'empty':
      return { ok: false, problem: { code: 'required' } };
    case 'negative':
      return { ok: false, problem: { code: 'negative' } };
    case 'precision':
      return { ok: false, problem: { code: 'amount-precision', detail: currency } };
    case 'too-large':
      return { ok: false, problem: { code: 'too-large' } };
    default:
      return { ok: false, problem: { code: 'amount-format' } };
  }
}

/** Where a lineIssues() path lands in the form. */
function fieldForPath(path: string): LineFormField | 'form' {
  const rest = path.replace(/^line\.?/, '');
  const map: [RegExp, LineFormField][] = [
    [/^label/, 'label'],
    [/^number/, 'number'],
    [/^carrier/, 'carrier'],
    [/^kind/, 'kind'],
    [/^currency/, 'currency'],
    [/^balance/, 'balance'],
    [/^dataMB/, 'dataMB'],
    [/^expiresOn/, 'expiresOn'],
    [/^lastActivityOn/, 'lastActivityOn'],
    [/^keepAlive/, 'keepAliveDays'],
    [/^renewal\.months/, 'renewalMonths'],
    [/^renewal\.amount/, 'renewalAmount'],
    [/^renewal\.nextOn/, 'renewalNextOn'],
    [/^renewal\.day/, 'renewalDay'],
    [/^renewal\.below/, 'renewalBelow'],
    [/^renewal\.topUp/, 'renewalTopUp'],
    [/^renewal/, 'renewalKind'],
    [/^reminders\.daysBefore/, 'remindersDaysBefore'],
    [/^reminders\.lowBalanceBelow/, 'remindersLowBalance'],
    [/^reminders\.lowDataBelowMB/, 'remindersLowDataMB'],
    [/^reminders\.timeOfDay/, 'remindersTime'],
    [/^reminders\.repeat/, 'remindersRepeat'],
    [/^reminders/, 'remindersOwn'],
    [/^paymentMethodId/, 'paymentMethodId'],
    [/^notes/, 'notes'],
    [/^archived/, 'archived'],
    [/^timeZone/, 'timeZone'],
  ];
  for (const [pattern, field] of map) if (pattern.test(rest)) return field;
  return 'form';
}

export interface LineFormContext {
  /** The id of the line being edited, or a fresh one for a new line. */
  id: string;
  /** Payment methods that exist: a line may only point at one of these. */
  paymentMethodIds: readonly string[];
}

/**
 * Reads the form into a Line. Every field is checked on its own (so the message is about what the
 * user typed), then the whole line goes through lineIssues(), the same check a backup import uses,
 * and anything it still finds is put on the field it concerns.
 */
export function lineFromForm(values: LineFormValues, context: LineFormContext): LineFormResult {
  const problems: FieldProblems = {};
  const fail = (field: LineFormField, problem: FieldProblem): void => {
    problems[field] ??= problem;
  };

  const carrier = values.carrier === CUSTOM_CARRIER_ENTRY ? `custom:${values.customCarrierName.trim()}` : values.carrier;
  if (values.carrier === '') fail('carrier', { code: 'required' });
  else if (values.carrier === CUSTOM_CARRIER_ENTRY && values.customCarrierName.trim() === '') fail('customCarrierName', { code: 'required' });
  // The custom carrier editor's limit, said as such (the record check would only call the id unknown).
  else if (values.carrier === CUSTOM_CARRIER_ENTRY && values.customCarrierName.trim().length > CUSTOM_CARRIER_NAME_MAX) fail('customCarrierName', { code: 'too-long', detail: String(CUSTOM_CARRIER_NAME_MAX) });

  const phone = parsePhone(values.number, values.country || undefined);
  if (!phone.ok) fail('number', phone.error === 'empty' ? { code: 'required' } : { code: 'not-phone', ...(values.country ? { detail: values.country } : {}) });

  const currency = currencyCodeOf(values.currency);
  const currencyOk = isCurrencyCode(currency);
  if (!currencyOk) fail('currency', currency === '' ? { code: 'required' } : { code: 'not-currency' });

  // Amounts only mean something in a known currency; without one, the currency field carries the error.
  const optionalAmount = (field: LineFormField, text: string): number | null => {
    if (text.trim() === '' || !currencyOk) return null;
    const parsed = parseFormAmount(text, currency);
    if (!parsed.ok) fail(field, parsed.problem);
    return parsed.ok ? parsed.minor : null;
  };
  const requiredAmount = (field: LineFormField, text: string, min: number): number => {
    if (!currencyOk) return min;
    const parsed = parseFormAmount(text, currency, { min });
    if (!parsed.ok) fail(field, parsed.problem);
    return parsed.ok ? parsed.minor : min;
  };
  const optionalDate = (field: LineFormField, text: string): string | null => {
    if (text.trim() === '') return null;
    if (!isIsoDate(text.trim())) fail(field, { code: 'not-date' });
    return text.trim();
  };
  const optionalWhole = (field: LineFormField, text: string, min: number, max: number): number | null => {
    if (text.trim() === '') return null;
    const parsed = parseWholeNumber(text, min, max);
    if (!parsed.ok) fail(field, parsed.problem);
    return parsed.ok ? parsed.value : null;
  };

  const balance = optionalAmount('balance', values.balance);
  let dataMB: number | null = null;
  if (values.dataMB.trim() !== '') {
    const text = values.dataMB.normalize('NFKC').trim();
    if (!/^\d+(\.\d+)?$/.test(text)) fail('dataMB', text.startsWith('-') ? { code: 'negative' } : { code: 'data-format' });
    else dataMB = Number(text);
  }
  const expiresOn = optionalDate('expiresOn', values.expiresOn);
  const lastActivityOn = optionalDate('lastActivityOn', values.lastActivityOn);
  const keepAliveDays = optionalWhole('keepAliveDays', values.keepAliveDays, 1, 3650);

  let renewal: Line['renewal'] = { kind: 'none' };
  switch (values.renewalKind) {
    case 'cycle': {
      const months = Number(values.renewalMonths) as (typeof RENEWAL_MONTHS)[number];
      if (!RENEWAL_MONTHS.includes(months)) fail('renewalMonths', { code: 'not-one-of', detail: RENEWAL_MONTHS.join(', ') });
      const amount = requiredAmount('renewalAmount', values.renewalAmount, 1);
      const nextOn = values.renewalNextOn.trim();
      if (nextOn === '') fail('renewalNextOn', { code: 'required' });
      else if (!isIsoDate(nextOn)) fail('renewalNextOn', { code: 'not-date' });
      // The cycle's own day stays while the date is still a month's end before it (31 -> 28 Feb).
      const cycleDay = Number(values.renewalCycleDay);
      renewal = isIsoDate(nextOn) && keepsCycleDay(nextOn, cycleDay) ? { kind: 'cycle', months, amount, nextOn, day: cycleDay } : { kind: 'cycle', months, amount, nextOn };
      break;
    }
    case 'monthly': {
      const day = parseWholeNumber(values.renewalDay, 1, 31);
      if (!day.ok) fail('renewalDay', day.problem);
      renewal = { kind: 'monthly', day: day.ok ? day.value : 1, amount: requiredAmount('renewalAmount', values.renewalAmount, 1) };
      break;
    }
    case 'threshold':
      renewal = { kind: 'threshold', below: requiredAmount('renewalBelow', values.renewalBelow, 0), topUp: requiredAmount('renewalTopUp', values.renewalTopUp, 1) };
      break;
    default:
      renewal = { kind: 'none' };
  }

  let reminders: Line['reminders'] = null;
  if (values.remindersOwn) {
    const days = parseDaysList(values.remindersDaysBefore);
    if (!days.ok) fail('remindersDaysBefore', days.problem);
    if (!isTimeOfDay(values.remindersTime)) fail('remindersTime', values.remindersTime === '' ? { code: 'required' } : { code: 'not-time' });
    if (!REMINDER_REPEATS.includes(values.remindersRepeat as ReminderRepeat)) fail('remindersRepeat', { code: 'not-one-of', detail: REMINDER_REPEATS.join(', ') });
    const lowBalanceBelow = optionalAmount('remindersLowBalance', values.remindersLowBalance);
    const lowDataBelowMB = optionalWhole('remindersLowDataMB', values.remindersLowDataMB, 0, 10_000_000);
    reminders = {
      daysBefore: days.ok ? days.days : [],
      ...(lowBalanceBelow !== null ? { lowBalanceBelow } : {}),
      ...(lowDataBelowMB !== null ? { lowDataBelowMB } : {}),
      timeOfDay: values.remindersTime,
      repeat: values.remindersRepeat as ReminderRepeat,
    };
  }

  if (values.paymentMethodId !== '' && !context.paymentMethodIds.includes(values.paymentMethodId)) {
    fail('paymentMethodId', { code: 'dangling-ref', detail: values.paymentMethodId });
  }
  const timeZone = values.timeZone.trim();
  if (timeZone !== '' && !isTimeZone(timeZone)) fail('timeZone', { code: 'not-zone' });
  if (!LINE_KINDS.includes(values.kind as LineKind)) fail('kind', { code: 'not-one-of', detail: LINE_KINDS.join(', ') });

  const line: Line = {
    id: context.id,
    label: values.label.trim(),
    number: phone.ok ? phone.e164 : '',
    carrier,
    kind: values.kind as LineKind,
    currency,
    balance,
    dataMB,
    expiresOn,
    lastActivityOn,
    keepAlive: keepAliveDays === null ? null : { activityEveryDays: keepAliveDays },
    renewal,
    reminders,
    paymentMethodId: values.paymentMethodId === '' ? null : values.paymentMethodId,
    notes: values.notes,
    archived: values.archived,
    ...(timeZone !== '' ? { timeZone } : {}),
  };

  // The final word is the shared record check; fields already flagged keep their own message.
  for (const issue of lineIssues(line, 'line')) {
    const field = fieldForPath(issue.path);
    const target = field === 'carrier' && values.carrier === CUSTOM_CARRIER_ENTRY ? 'customCarrierName' : field;
    if (!problems[target]) problems[target] = problemFromIssue(issue);
  }
  return Object.keys(problems).length === 0 ? { ok: true, line, problems } : { ok: false, problems };
}

function problemFromIssue(issue: ValidationIssue): FieldProblem {
  return { code: issue.code, ...(issue.detail ? { detail: issue.detail } : {}) };
}

/** A blank form for a new line, reminders following the defaults. */
export function emptyLineForm(settings: Settings): LineFormValues {
  return {
    label: '',
    carrier: '',
    customCarrierName: '',
    country: '',
    number: '',
    kind: 'keep-number',
    currency: '',
    balance: '',
    dataMB: '',
    expiresOn: '',
    lastActivityOn: '',
    keepAliveDays: '',
    renewalKind: 'none',
    renewalMonths: '1',
    renewalAmount: '',
    renewalNextOn: '',
    renewalCycleDay: '',
    renewalDay: '',
    renewalBelow: '',
    renewalTopUp: '',
    remindersOwn: false,
    remindersDaysBefore: settings.daysBefore.join(', '),
    remindersLowBalance: '',
    remindersLowDataMB: '',
    remindersTime: settings.timeOfDay,
    remindersRepeat: settings.repeat,
    paymentMethodId: '',
    timeZone: '',
    notes: '',
    archived: false,
  };
}

/**
 * The form for an existing line. `carrierIds` are the carriers the select offers; a `custom:<name>`
 * not among them is shown in the free-entry field so that saving keeps it.
 */
export function formFromLine(line: Line, settings: Settings, carrierIds: readonly string[], formats?: PhoneFormats): LineFormValues {
  const money = (minor: number | null | undefined): string => (minor === null || minor === undefined ? '' : minorToInput(minor, line.currency));
  const knownCarrier = carrierIds.includes(line.carrier);
  const renewal = line.renewal;
  return {
    ...emptyLineForm(settings),
    label: line.label,
    carrier: knownCarrier ? line.carrier : CUSTOM_CARRIER_ENTRY,
    customCarrierName: knownCarrier ? '' : line.carrier.replace(/^custom:/, ''),
    country: formats?.country ?? '',
    // International form: it reads back unambiguously whatever country is selected.
    number: formats?.international ?? line.number,
    kind: line.kind,
    currency: line.currency,
    balance: money(line.balance),
    dataMB: line.dataMB === null ? '' : String(line.dataMB),
    expiresOn: line.expiresOn ?? '',
    lastActivityOn: line.lastActivityOn ?? '',
    keepAliveDays: line.keepAlive ? String(line.keepAlive.activityEveryDays) : '',
    renewalKind: renewal.kind,
    renewalMonths: renewal.kind === 'cycle' ? String(renewal.months) : '1',
    renewalAmount: renewal.kind === 'cycle' || renewal.kind === 'monthly' ? money(renewal.amount) : '',
    renewalNextOn: renewal.kind === 'cycle' ? renewal.nextOn : '',
    renewalCycleDay: renewal.kind === 'cycle' && renewal.day !== undefined ? String(renewal.day) : '',
    renewalDay: renewal.kind === 'monthly' ? String(renewal.day) : '',
    renewalBelow: renewal.kind === 'threshold' ? money(renewal.below) : '',
    renewalTopUp: renewal.kind === 'threshold' ? money(renewal.topUp) : '',
    remindersOwn: line.reminders !== null,
    ...(line.reminders
      ? {
          remindersDaysBefore: line.reminders.daysBefore.join(', '),
          remindersLowBalance: money(line.reminders.lowBalanceBelow),
          remindersLowDataMB: line.reminders.lowDataBelowMB === undefined ? '' : String(line.reminders.lowDataBelowMB),
          remindersTime: line.reminders.timeOfDay,
          remindersRepeat: line.reminders.repeat,
        }
      : {}),
    paymentMethodId: line.paymentMethodId ?? '',
    timeZone: line.timeZone ?? '',
    notes: line.notes,
    archived: line.archived,
  };
}

/** The form's amounts, all counted in the line's currency. */
const AMOUNT_FIELDS = ['balance', 'renewalAmount', 'renewalBelow', 'renewalTopUp', 'remindersLowBalance'] as const;

/**
 * Picking a carrier fills what the carrier implies: the country numbers are read in, and the
 * currency; for a new line also the keep-alive days (from the rule) and the time zone. An existing
 * line keeps its own keep-alive and zone (the user may have set them on purpose), and its currency
 * while it has an amount: a carrier corrected later must not turn HK$38 into £38 unseen.
 */
export function withCarrierDefaults(values: LineFormValues, carrier: Carrier | undefined, isNew: boolean): LineFormValues {
  if (!carrier) return values;
  const keepsCurrency = !isNew && AMOUNT_FIELDS.some((field) => values[field].trim() !== '');
  return {
    ...values,
    country: carrier.country || values.country,
    currency: (!keepsCurrency && carrier.currency) || values.currency,
    ...(isNew
      ? {
          keepAliveDays: carrier.rule.activityEveryDays === null ? '' : String(carrier.rule.activityEveryDays),
          timeZone: carrier.timeZone ?? '',
        }
      : {}),
  };
}

/** Fields whose amounts are counted in the line's currency: a currency change makes them the user's. */
const IN_CURRENCY = new Set<keyof Line>(['balance', 'renewal', 'reminders']);

/**
 * The line to save from an editor, when the store has changed the line since the editor opened (the
 * popup logged a top-up, a notification's Done marked activity, a renewal was confirmed). `baseline`
 * is what the editor's untouched form read as, `edited` what it reads as now, `stored` the line as
 * it is now. A field the user changed keeps the user's value; every other field takes the stored
 * one, so saving an editor left open does not put back an old balance or expiry. Amounts go with
 * the currency: if the user changed the currency, their amounts are kept too. Null when the result
 * would not pass the record check: then the editor's line is saved as it is.
 */
export function mergeEdit(baseline: Line, edited: Line, stored: Line): Line | null {
  const changed = (key: keyof Line): boolean => JSON.stringify(edited[key]) !== JSON.stringify(baseline[key]) || (IN_CURRENCY.has(key) && changed('currency'));
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(edited), ...Object.keys(stored)]) as Set<keyof Line>) {
    const value = changed(key) ? edited[key] : stored[key];
    if (value !== undefined) merged[key] = value;
  }
  // A renewal plan is several fields of the form: with the same kind everywhere, the user's changed
  // amount goes with a date the popup moved on ("Renewal went through"). A cycle's `day` belongs to its `nextOn`.
  if (changed('renewal') && !changed('currency') && baseline.renewal.kind === edited.renewal.kind && edited.renewal.kind === stored.renewal.kind) {
    const [was, now, there] = [baseline.renewal, edited.renewal, stored.renewal] as Record<string, unknown>[];
    const renewal: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(now!), ...Object.keys(there!)])) {
      const own = key === 'day' ? 'nextOn' : key;
      const value = JSON.stringify(now![own]) !== JSON.stringify(was![own]) ? now![key] : there![key];
      if (value !== undefined) renewal[key] = value;
    }
    merged.renewal = renewal;
  }
  const line = merged as unknown as Line;
  return lineIssues(line, 'line', { version: 2 }).length === 0 ? line : null;
}
