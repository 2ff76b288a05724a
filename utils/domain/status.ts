import { addDays, daysBetween, nextMonthlyDate, todayIn } from './dates';
import type { IsoDate, Line } from './types';

/** How a line is doing, by days to its nearest deadline. */
export type LineState = 'ok' | 'soon' | 'urgent' | 'expired';

/** Days left at or under which a line is "urgent" / "soon". */
export const URGENT_DAYS = 7;
export const SOON_DAYS = 30;

export type DeadlineKind = 'expiry' | 'keep-alive';

export interface Deadline {
  kind: DeadlineKind;
  /** The last day the line is safe: it dies after this day ends (in the line's zone). */
  date: IsoDate;
}

/** The zone a line's days are counted in: its carrier's when named, else the user's. */
export function lineZone(line: Pick<Line, 'timeZone'>, userZone: string): string {
  return line.timeZone ?? userZone;
}

/** Today, as a calendar date where the line lives. */
export function lineToday(line: Pick<Line, 'timeZone'>, now: Date, userZone: string): IsoDate {
  return todayIn(now, lineZone(line, userZone));
}

/** The keep-alive deadline: last activity + the days of inactivity the carrier allows. */
export function keepAliveDeadline(line: Pick<Line, 'lastActivityOn' | 'keepAlive'>): IsoDate | null {
  if (!line.keepAlive || !line.lastActivityOn) return null;
  return addDays(line.lastActivityOn, line.keepAlive.activityEveryDays);
}

/** Expiry and keep-alive deadlines of a line, earliest first. */
export function lineDeadlines(line: Pick<Line, 'expiresOn' | 'lastActivityOn' | 'keepAlive'>): Deadline[] {
  const deadlines: Deadline[] = [];
  if (line.expiresOn) deadlines.push({ kind: 'expiry', date: line.expiresOn });
  const keepAlive = keepAliveDeadline(line);
  if (keepAlive) deadlines.push({ kind: 'keep-alive', date: keepAlive });
  return deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The next date a renewal plan expects money to move, on or after `today`; null when none. */
export function nextRenewalDate(line: Pick<Line, 'renewal'>, today: IsoDate): IsoDate | null {
  switch (line.renewal.kind) {
    case 'cycle':
      return line.renewal.nextOn;
    case 'monthly':
      return nextMonthlyDate(today, line.renewal.day);
    default:
      return null;
  }
}

export function stateForDaysLeft(daysLeft: number | null): LineState {
  if (daysLeft === null) return 'ok';
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= URGENT_DAYS) return 'urgent';
  if (daysLeft <= SOON_DAYS) return 'soon';
  return 'ok';
}

export type NextAction =
  | { kind: 'expired'; deadline: Deadline }
  | { kind: 'top-up-by'; date: IsoDate }
  | { kind: 'use-by'; date: IsoDate }
  | { kind: 'top-up-low-balance'; below: number }
  /** The carrier counts days without use, but nobody recorded the last use: no deadline can be known. */
  | { kind: 'record-activity' }
  | { kind: 'none' };

export interface LineStatus {
  line: Line;
  today: IsoDate;
  /** The nearest deadline, or null when the line has none. */
  deadline: Deadline | null;
  /** Calendar days from today to that deadline (0: today is the last day; negative: expired). */
  daysLeft: number | null;
  state: LineState;
  /** Balance is under the line's low-balance mark or its threshold plan's trigger. */
  lowBalance: boolean;
  /** Renewal amount the balance cannot cover (cycle/monthly plans), else false. */
  renewalUncovered: boolean;
  nextRenewalOn: IsoDate | null;
  nextAction: NextAction;
  /** A keep-alive rule is set but the last use is not recorded, so its deadline is unknown. */
  lastUseUnknown: boolean;
}

function lowBalanceMark(line: Line): number | null {
  if (line.renewal.kind === 'threshold') return line.renewal.below;
  return line.reminders?.lowBalanceBelow ?? null;
}

/** Everything the popup shows about one line, from its data alone. */
export function lineStatus(line: Line, now: Date, userZone: string): LineStatus {
  const today = lineToday(line, now, userZone);
  const deadline = lineDeadlines(line)[0] ?? null;
  const daysLeft = deadline ? daysBetween(today, deadline.date) : null;
  const state = stateForDaysLeft(daysLeft);
  const mark = lowBalanceMark(line);
  const lowBalance = mark !== null && line.balance !== null && line.balance < mark;
  const nextRenewalOn = nextRenewalDate(line, today);
  const renewalAmount = line.renewal.kind === 'cycle' || line.renewal.kind === 'monthly' ? line.renewal.amount : null;
  // A card-paid renewal does not need the balance; only a balance-paid one can fall short.
  const renewalUncovered = renewalAmount !== null && line.paymentMethodId === null && line.balance !== null && line.balance < renewalAmount;

  const lastUseUnknown = line.keepAlive !== null && line.lastActivityOn === null;

  let nextAction: NextAction;
  if (deadline && state === 'expired') nextAction = { kind: 'expired', deadline };
  // An urgent expiry comes first (a top-up is a use too); otherwise an unknown last use can hide a
  // deadline that is already close.
  else if (lastUseUnknown && state !== 'urgent') nextAction = { kind: 'record-activity' };
  else if (lowBalance && mark !== null && (state === 'ok' || state === 'soon')) nextAction = { kind: 'top-up-low-balance', below: mark };
  else if (deadline?.kind === 'expiry') nextAction = { kind: 'top-up-by', date: deadline.date };
  else if (deadline?.kind === 'keep-alive') nextAction = { kind: 'use-by', date: deadline.date };
  else if (lowBalance && mark !== null) nextAction = { kind: 'top-up-low-balance', below: mark };
  else nextAction = { kind: 'none' };

  return { line, today, deadline, daysLeft, state, lowBalance, renewalUncovered, nextRenewalOn, nextAction, lastUseUnknown };
}

/**
 * Most urgent first: expired lines (longest expired first), then fewest days to the nearest
 * deadline, then lines whose last use is unknown, then lines with no deadline; ties by label.
 * Archived lines are left out.
 */
export function sortByUrgency(statuses: LineStatus[]): LineStatus[] {
  const rank = (status: LineStatus): number => status.daysLeft ?? (status.lastUseUnknown ? Number.MAX_SAFE_INTEGER : Number.POSITIVE_INFINITY);
  return statuses
    .filter((status) => !status.line.archived)
    .sort((a, b) => rank(a) - rank(b) || a.line.label.localeCompare(b.line.label) || a.line.id.localeCompare(b.line.id));
}
