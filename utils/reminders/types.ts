import type { IsoDate, ReminderRepeat, TimeOfDay } from '../domain/types';

/** Every way a line can die, and the one that is not a line's: a payment card running out. */
export type ReminderKind =
  | 'expiry'
  | 'keep-alive'
  | 'low-balance'
  | 'low-data'
  | 'renewal'
  | 'threshold'
  | 'renewal-uncovered'
  | 'card-expiry';

/** How bad it is, for the badge colour: worst first. */
export type Severity = 'expired' | 'urgent' | 'soon';
export const SEVERITY_ORDER: readonly Severity[] = ['expired', 'urgent', 'soon'];

export function worseSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER.indexOf(a) <= SEVERITY_ORDER.indexOf(b) ? a : b;
}

/** What a notification says, as data; the shell turns it into words in the user's language. */
export type ReminderDetails =
  | { kind: 'expiry' | 'keep-alive'; deadline: IsoDate; daysLeft: number }
  | { kind: 'low-balance'; balance: number; below: number; currency: string }
  | { kind: 'low-data'; dataMB: number; belowMB: number }
  | { kind: 'renewal'; on: IsoDate; amount: number; currency: string; plan: 'cycle' | 'monthly' }
  | { kind: 'threshold'; balance: number; below: number; topUp: number; currency: string }
  | { kind: 'renewal-uncovered'; on: IsoDate; amount: number; balance: number; currency: string }
  | { kind: 'card-expiry'; cardLabel: string; last4: string | null; lastDay: IsoDate; daysLeft: number; lineLabels: string[] };

/**
 * One reminder: a series of occurrences. Its key is deterministic from the data it is about
 * (`expiry:<lineId>:<expiresOn>`), so editing that data makes a new reminder and the old one,
 * no longer generated, is resolved by construction.
 *
 * Occurrences fall on `steps` (the ladder, as dates in the user's calendar) and, between steps,
 * every 1 or 7 days when the reminder repeats; none after `lastOn`.
 */
export interface Reminder {
  key: string;
  kind: ReminderKind;
  /** The line it is about; a card reminder names the lines in `lineIds` instead. */
  lineId: string | null;
  /** Lines that need attention while it is due (the line itself, or the lines a card pays for). */
  lineIds: string[];
  label: string;
  severity: Severity;
  /**
   * 'data': steps come from dates in the data (expiry, renewal...). 'delivery': a condition with no
   * date of its own (low balance); its one step is the day it was last delivered, or today.
   */
  anchor: 'data' | 'delivery';
  steps: IsoDate[];
  lastOn?: IsoDate;
  /**
   * Its key (ending in its date) moves on by itself as the days pass (a fixed day each month), so a
   * new key of it is a deadline the user moved only while the old one's date is still ahead (planReminders).
   */
  followsCalendar?: true;
  repeat: ReminderRepeat;
  timeOfDay: TimeOfDay;
  details: ReminderDetails;
}

/** What the worker remembers about one reminder (persisted in the reminderState store). */
export interface ReminderMemory {
  key: string;
  lineId: string | null;
  kind: ReminderKind;
  /** The occurrence (a date in the user's calendar) last delivered. */
  sentOn?: IsoDate;
  /** The ladder step of that occurrence: what Done on its notification silences. */
  sentStep?: IsoDate;
  /** When it was delivered (epoch ms), for the record. */
  sentAt?: number;
  /**
   * The user's zone that `sentOn` and `sentStep` are days of. A line in another zone has its steps
   * on other user days after the user travels; the planner moves remembered days with them.
   */
  zone?: string;
  /** Deliver once more at this instant (epoch ms), and not before. */
  snoozedUntil?: number;
  /** The user pressed Done on an occurrence of this step: its repeats are silenced. */
  dismissedStep?: IsoDate;
  /** The user's zone that `dismissedStep` is a day of. */
  dismissedZone?: string;
}

/** A reminder occurrence to show now. */
export interface DueReminder extends Pick<Reminder, 'key' | 'kind' | 'lineId' | 'lineIds' | 'label' | 'severity' | 'details'> {
  /** The occurrence being delivered; recorded as `sentOn`. */
  occurrenceOn: IsoDate;
  /** The ladder step it belongs to (what Done silences). */
  step: IsoDate;
  /** Later than scheduled (browser closed or asleep, or snoozed): the one catch-up. */
  late: boolean;
  /** The user's zone its days are in (recorded as the memory's `zone`). */
  zone: string;
}

export interface LineAttention {
  lineId: string;
  severity: Severity;
}

export interface ReminderPrefs {
  daysBefore: number[];
  timeOfDay: TimeOfDay;
  repeat: ReminderRepeat;
}
