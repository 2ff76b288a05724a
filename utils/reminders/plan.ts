import { addDays, daysBetween } from './calendar';
import { lineDeadlines, lineZone } from '../domain/status';
import type { IsoDate, Line, PaymentMethod, Settings } from '../domain/types';
import { cardExpiryReminders } from './card-expiry';
import { PlanClock } from './clock';
import { dateOfKey } from './memory';
import type { LineContext } from './context';
import { expiryReminders } from './expiry';
import { keepAliveReminders } from './keep-alive';
import { reminderPrefs } from './ladder';
import { lowBalanceReminders } from './low-balance';
import { lowDataReminders } from './low-data';
import { occurrenceAfter, occurrenceOnOrBefore, stepAfter, stepOf, type Schedule } from './occurrences';
import { renewalUncoveredReminders } from './renewal-uncovered';
import { renewalReminders } from './renewal';
import { thresholdReminders } from './threshold';
import { SEVERITY_ORDER, worseSeverity, type DueReminder, type LineAttention, type Reminder, type ReminderMemory, type Severity } from './types';

export interface PlanInput {
  lines: readonly Line[];
  settings: Settings;
  paymentMethods: readonly PaymentMethod[];
  /** What was already sent, snoozed or dismissed, by reminder key. */
  memory: ReadonlyMap<string, ReminderMemory>;
  now: Date;
  /** The user's IANA zone. */
  zone: string;
}

export interface Plan {
  /** Occurrences to show now, worst first. */
  due: DueReminder[];
  /**
   * Occurrences to record as delivered without showing them: the past steps of a dated reminder
   * that replaced a resolved one of the same line and kind (see planReminders).
   */
  settled: DueReminder[];
  /** The next moment anything becomes due (epoch ms), assuming `due` is delivered; null: nothing ahead. */
  nextWakeAt: number | null;
  /** Lines that need attention (expired, or a reminder due and not resolved), worst first. */
  attention: LineAttention[];
  /** Remembered reminders that are no longer generated: resolved, their memory can go. */
  staleKeys: string[];
  /** Every reminder occurring and not silenced (what the popup lists under its line), worst first. */
  active: ActiveReminder[];
}

/** A reminder that is on now: shown or about to be, perhaps snoozed. */
export interface ActiveReminder extends Pick<Reminder, 'key' | 'kind' | 'lineIds' | 'label' | 'severity' | 'details'> {
  /** A notification was shown for it, so Snooze and Done have something to act on. */
  delivered: boolean;
  snoozed: boolean;
}

/** Delivered this long after its time, an occurrence counts as a catch-up. */
export const LATE_AFTER_MS = 5 * 60_000;

const LINE_KINDS = [expiryReminders, keepAliveReminders, lowBalanceReminders, lowDataReminders, renewalReminders, thresholdReminders, renewalUncoveredReminders];

/** Every reminder the data implies right now, due or not. */
export function remindersFor(lines: readonly Line[], settings: Settings, paymentMethods: readonly PaymentMethod[], clock: PlanClock): Reminder[] {
  const reminders: Reminder[] = [];
  for (const line of lines) {
    if (line.archived) continue;
    const zone = lineZone(line, clock.userZone);
    const ctx: LineContext = { line, prefs: reminderPrefs(line, settings), zone, today: clock.today(zone), clock };
    for (const kind of LINE_KINDS) for (const reminder of kind(ctx)) reminders.push(reminder);
  }
  for (const method of paymentMethods) for (const reminder of cardExpiryReminders(method, lines, settings, clock)) reminders.push(reminder);
  return reminders;
}

interface Evaluation {
  due: DueReminder | null;
  /** Occurring, not silenced: the lines need attention. */
  active: boolean;
  wakeAt: number | null;
}

function earlier(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function scheduleOf(reminder: Reminder, anchor: string): Schedule {
  return reminder.anchor === 'delivery' ? { steps: [anchor], repeat: reminder.repeat } : reminder;
}

/** The first occurrence after `from` (or the very first) that is shown after `now`, skipping a silenced step. */
function nextOccurrenceAt(schedule: Schedule, from: string | null, reminder: Reminder, memory: ReminderMemory | undefined, clock: PlanClock): number | null {
  let next = from === null ? (schedule.steps[0] ?? null) : occurrenceAfter(schedule, from);
  if (next !== null && schedule.lastOn && next > schedule.lastOn) next = null;
  // Bounded: fire times only run late by less than a day (quiet hours), so two steps at most.
  for (let i = 0; next !== null && i < 4; i++) {
    const step = stepOf(schedule, next);
    if (memory?.dismissedStep && step !== null && step <= memory.dismissedStep) {
      next = stepAfter(schedule, memory.dismissedStep);
      continue;
    }
    const at = clock.fireAt(next, reminder.timeOfDay);
    if (at > clock.nowMs) return at;
    next = occurrenceAfter(schedule, next);
  }
  return null;
}

/**
 * Where a condition's schedule starts until its first delivery: today, or yesterday when quiet hours
 * moved yesterday's time past midnight into today (time 23:00, quiet 22:00-07:00: yesterday's
 * occurrence shows at 07:00 today). Anchored on today alone, that occurrence would move to
 * tomorrow each time the day turns, and the reminder would never come.
 */
function conditionAnchor(reminder: Reminder, clock: PlanClock): string {
  const today = clock.today();
  const yesterday = addDays(today, -1);
  return clock.fireAt(yesterday, reminder.timeOfDay) >= clock.dayStartsAt(today) ? yesterday : today;
}

/**
 * One reminder at `now`. Its current occurrence is the latest one whose time has come; it is due
 * when that occurrence was not yet delivered (so after any gap there is one catch-up, never one per
 * missed day), unless Done silenced its step, a snooze holds it, or quiet hours are on.
 */
export function evaluateReminder(reminder: Reminder, memory: ReminderMemory | undefined, clock: PlanClock): Evaluation {
  const today = clock.today();
  const now = clock.nowMs;
  const schedule = scheduleOf(reminder, memory?.sentOn ?? (reminder.anchor === 'delivery' ? conditionAnchor(reminder, clock) : today));
  let current = occurrenceOnOrBefore(schedule, today);
  for (let i = 0; current !== null && clock.fireAt(current, reminder.timeOfDay) > now; i++) {
    current = i < 3 ? occurrenceOnOrBefore(schedule, addDays(current, -1)) : null;
  }
  const step = current === null ? null : stepOf(schedule, current);
  const silenced = step !== null && memory?.dismissedStep !== undefined && step <= memory.dismissedStep;
  const active = current !== null && !silenced;

  let due = false;
  let late = false;
  let wakeAt: number | null = null;
  if (active) {
    if (memory?.snoozedUntil !== undefined) {
      if (memory.snoozedUntil > now) wakeAt = clock.deliverableAt(memory.snoozedUntil);
      else due = late = true;
    } else if (memory?.sentOn === undefined || memory.sentOn < current!) {
      due = true;
      late = now - clock.fireAt(current!, reminder.timeOfDay) > LATE_AFTER_MS;
    }
    if (due) {
      const allowedAt = clock.deliverableAt(now);
      if (allowedAt > now) {
        due = false;
        wakeAt = allowedAt;
      }
    }
  }

  // Where the next occurrence falls once this one is delivered (a condition re-anchors on delivery).
  const after = due && reminder.anchor === 'delivery' ? scheduleOf(reminder, current!) : schedule;
  wakeAt = earlier(wakeAt, nextOccurrenceAt(after, current, reminder, memory, clock));

  return {
    active,
    wakeAt,
    due: due
      ? {
          key: reminder.key,
          kind: reminder.kind,
          lineId: reminder.lineId,
          lineIds: reminder.lineIds,
          label: reminder.label,
          severity: reminder.severity,
          details: reminder.details,
          occurrenceOn: current!,
          step: step!,
          late,
          zone: clock.userZone,
        }
      : null,
  };
}

/**
 * A reminder's memory with its remembered days in the user's zone now. The user travelled (London
 * to Hong Kong): a London line's "7 days" step is now on a later Hong Kong day, and the step shown
 * or silenced in London must stay shown or silenced. Remembered days move with their ladder step,
 * found by computing the reminder's steps again in the zone they were remembered in.
 */
function memoryInZone(input: PlanInput, clock: PlanClock): (reminder: Reminder) => ReminderMemory | undefined {
  const stepsIn = new Map<string, Map<string, readonly IsoDate[]>>();
  const stepsOf = (zone: string, key: string): readonly IsoDate[] | undefined => {
    let byKey = stepsIn.get(zone);
    if (!byKey) {
      const then = new PlanClock(input.now, zone, input.settings.quietHours);
      byKey = new Map(remindersFor(input.lines, input.settings, input.paymentMethods, then).map((reminder) => [reminder.key, reminder.steps]));
      stepsIn.set(zone, byKey);
    }
    return byKey.get(key);
  };
  return (reminder) => {
    const memory = input.memory.get(reminder.key);
    if (!memory || reminder.anchor === 'delivery') return memory;
    const moved = (day: IsoDate | undefined, zone: string | undefined): IsoDate | undefined => {
      if (day === undefined || zone === undefined || zone === clock.userZone) return day;
      const then = stepsOf(zone, reminder.key);
      if (!then || then.length !== reminder.steps.length) return day;
      let index = -1;
      for (let i = 0; i < then.length && then[i]! <= day; i++) index = i;
      if (index < 0) return day;
      // A repeat stays within its step: across a clock change two steps can be a day closer here.
      const shifted = addDays(reminder.steps[index]!, daysBetween(then[index]!, day));
      const next = reminder.steps[index + 1];
      return next !== undefined && shifted >= next ? addDays(next, -1) : shifted;
    };
    if ((memory.zone ?? clock.userZone) === clock.userZone && (memory.dismissedZone ?? clock.userZone) === clock.userZone) return memory;
    return { ...memory, sentOn: moved(memory.sentOn, memory.zone), sentStep: moved(memory.sentStep, memory.zone), dismissedStep: moved(memory.dismissedStep, memory.dismissedZone) };
  };
}

const bySeverity = (a: { severity: Severity }, b: { severity: Severity }) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);

/** (lines, settings, payment methods, memory, now, zone) -> (due now, next wake): the whole decision, pure. */
export function planReminders(input: PlanInput): Plan {
  const clock = new PlanClock(input.now, input.zone, input.settings.quietHours);
  const reminders = remindersFor(input.lines, input.settings, input.paymentMethods, clock);
  const due: DueReminder[] = [];
  const attention = new Map<string, Severity>();
  const mark = (lineId: string, severity: Severity) => {
    const known = attention.get(lineId);
    attention.set(lineId, known ? worseSeverity(known, severity) : severity);
  };
  const live = new Set(reminders.map((reminder) => reminder.key));
  // A dated reminder whose deadline moved gets a new key, and the old one's memory is stale now.
  // The user just acted (marked activity, logged a top-up, corrected a date): the new reminder's
  // steps whose time has already passed are settled without a notification, so "Used it today"
  // on a 30-day keep-alive is not answered at once by "use it within 30 days". Later steps remind.
  // A monthly renewal's key also moves with the calendar: that (its old date is past) is no
  // user's doing, and is not settled; a day the user corrected (the old date still ahead) is.
  const replaced = new Map<string, string[]>();
  for (const memory of input.memory.values()) {
    if (live.has(memory.key)) continue;
    const pair = `${memory.kind}|${memory.lineId}`;
    replaced.set(pair, [...(replaced.get(pair) ?? []), dateOfKey(memory.key)]);
  }
  const movedByUser = (reminder: Reminder): boolean => {
    const oldDates = replaced.get(`${reminder.kind}|${reminder.lineId}`);
    return oldDates !== undefined && (!reminder.followsCalendar || oldDates.some((date) => date >= clock.today()));
  };
  const settled: DueReminder[] = [];
  const active: ActiveReminder[] = [];
  let nextWakeAt: number | null = null;

  const inZone = memoryInZone(input, clock);
  for (const reminder of reminders) {
    const memory = inZone(reminder);
    const evaluation = evaluateReminder(reminder, memory, clock);
    // Only a line's own reminders replace each other: payment cards' (no line) are each their own.
    if (evaluation.due && !memory && reminder.anchor !== 'delivery' && reminder.lineId !== null && movedByUser(reminder)) settled.push(evaluation.due);
    else if (evaluation.due) due.push(evaluation.due);
    if (evaluation.active) {
      for (const lineId of reminder.lineIds) mark(lineId, reminder.severity);
      const { key, kind, lineIds, label, severity, details } = reminder;
      active.push({ key, kind, lineIds, label, severity, details, delivered: memory?.sentOn !== undefined, snoozed: (memory?.snoozedUntil ?? 0) > clock.nowMs });
    }
    nextWakeAt = earlier(nextWakeAt, evaluation.wakeAt);
  }
  // An expired line needs attention even when no reminder of it is on.
  for (const line of input.lines) {
    if (line.archived) continue;
    const deadline = lineDeadlines(line)[0];
    if (deadline && deadline.date < clock.today(lineZone(line, input.zone))) mark(line.id, 'expired');
  }

  const staleKeys = [...input.memory.keys()].filter((key) => !live.has(key));
  return {
    due: due.sort(bySeverity),
    settled,
    nextWakeAt,
    attention: [...attention].map(([lineId, severity]) => ({ lineId, severity })).sort(bySeverity),
    staleKeys,
    active: active.sort(bySeverity),
  };
}
