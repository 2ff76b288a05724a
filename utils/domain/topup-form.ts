import { isIsoDate, isoInZone, todayIn, wallClockToInstant } from './dates';
import { parseFormAmount, type FieldProblem } from './line-form';
import { lineToday, lineZone } from './status';
import { containsCardNumber } from './validate';
import { applyTopUp } from './topup';
import type { IsoDate, KeepAliveRule, Line, TopUp } from './types';

/**
 * The options page's "Add a top-up" form as plain strings, and the one function that turns it into
 * a history record (and, when asked, the line it changes). For top-ups made away from the popup:
 * at a shop, by the carrier's app, or before LineKeeper was installed.
 */
export interface TopUpFormValues {
  lineId: string;
  /** yyyy-mm-dd, as a date input gives it. */
  date: string;
  amount: string;
  /** '' when not recorded. */
  paymentMethodId: string;
  note: string;
  /** Count it on the line too: balance, activity, validity by the carrier's rule (applyTopUp). */
  applyToLine: boolean;
}

export type TopUpFormField = Exclude<keyof TopUpFormValues, 'applyToLine'>;

export const TOP_UP_NOTE_MAX = 200;

/** The time a record of an earlier day gets: a date input has no time, and noon keeps it in its day. */
const UNKNOWN_TIME_OF_DAY = '12:00';

export interface TopUpFormContext {
  lines: readonly Line[];
  paymentMethodIds: readonly string[];
  /** The carrier rule of a line (how far a top-up extends validity), if its carrier has one. */
  ruleOf: (line: Line) => Pick<KeepAliveRule, 'topUpExtendsDays' | 'minTopUp'> | null | undefined;
  now: Date;
  userZone: string;
  /** The new record's id. */
  id: string;
}

export type TopUpFormResult =
  | { ok: true; topUp: TopUp; /** The line as the top-up leaves it, or null when only the history changes. */ line: Line | null }
  | { ok: false; problems: Partial<Record<TopUpFormField, FieldProblem>> };

/** The form set to `line`: it brings its own payment method, and its own today (its zone may differ). */
export function withLine(values: TopUpFormValues, line: Line, now: Date, userZone: string): TopUpFormValues {
  return { ...values, lineId: line.id, paymentMethodId: line.paymentMethodId ?? '', date: lineToday(line, now, userZone) };
}

/** A fresh form: the first line, its today and payment method, counting on the line. */
export function emptyTopUpForm(lines: readonly Line[], now: Date, userZone: string): TopUpFormValues {
  const empty: TopUpFormValues = { lineId: '', date: '', amount: '', paymentMethodId: '', note: '', applyToLine: true };
  return lines[0] ? withLine(empty, lines[0], now, userZone) : empty;
}

/**
 * Checks every field and builds the record. The time of day is the moment of saving for a top-up
 * dated today, and noon in the line's zone for an earlier day (a date input has no time; noon keeps
 * the record in its day and month whatever the offset).
 */
export function topUpFromForm(values: TopUpFormValues, context: TopUpFormContext): TopUpFormResult {
  const problems: Partial<Record<TopUpFormField, FieldProblem>> = {};
  const line = context.lines.find((candidate) => candidate.id === values.lineId);
  if (!line) problems.lineId = { code: 'required' };

  const date = values.date.trim();
  const today = line ? lineToday(line, context.now, context.userZone) : null;
  if (date === '') problems.date = { code: 'required' };
  else if (!isIsoDate(date)) problems.date = { code: 'not-date' };
  else if (today !== null && date > today) problems.date = { code: 'future' };

  const amount = line ? parseFormAmount(values.amount, line.currency, { min: 1 }) : null;
  if (amount && !amount.ok) problems.amount = amount.problem;

  if (values.paymentMethodId !== '' && !context.paymentMethodIds.includes(values.paymentMethodId)) problems.paymentMethodId = { code: 'dangling-ref' };
  const note = values.note.trim();
  if (note.length > TOP_UP_NOTE_MAX) problems.note = { code: 'too-long', detail: String(TOP_UP_NOTE_MAX) };
  // A card number is refused wherever it is typed: the note is free text like any other.
  else if (containsCardNumber(note)) problems.note = { code: 'card-data' };

  if (!line || !amount?.ok || today === null || Object.keys(problems).length > 0) return { ok: false, problems };
  const zone = lineZone(line, context.userZone);
  const moment = date === today ? context.now : wallClockToInstant(date, UNKNOWN_TIME_OF_DAY, zone);
  const topUp: TopUp = {
    id: context.id,
    lineId: line.id,
    // Written with the offset of the line's zone, the zone the form's date is a day of: the record's
    // own date is then the day the user picked, which is what the history shows and the month its
    // spend counts in (a Hong Kong line's 1 Nov, picked in Los Angeles, is not October's).
    at: isoInZone(moment, zone),
    amount: amount.minor,
    currency: line.currency,
    paymentMethodId: values.paymentMethodId === '' ? null : values.paymentMethodId,
    source: 'manual',
    note,
  };
  return { ok: true, topUp, line: values.applyToLine ? applyTopUp(line, amount.minor, date, context.ruleOf(line)) : null };
}

/**
 * The day of a manual record whose time nobody gave (stamped at noon in its line's zone by
 * topUpFromForm), or null when the record's time of day is real. The history shows such a record
 * by its date alone instead of an invented time (which, seen from another zone, is not even noon).
 */
export function dateOnlyDay(topUp: Pick<TopUp, 'at' | 'source'>, line: Pick<Line, 'timeZone'> | undefined, userZone: string): IsoDate | null {
  if (topUp.source !== 'manual' || !line) return null;
  const instant = new Date(topUp.at);
  if (Number.isNaN(instant.getTime())) return null;
  const zone = lineZone(line, userZone);
  const day = todayIn(instant, zone);
  return wallClockToInstant(day, UNKNOWN_TIME_OF_DAY, zone).getTime() === instant.getTime() ? day : null;
}
