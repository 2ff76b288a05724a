/**
 * The domain as plain data. These shapes are also the backup file's shapes (../BACKUP format,
 * see README "Backup format"), so that an export is exactly what the store holds.
 */

/** A calendar date, `YYYY-MM-DD`, meaning a day in the user's (or the line's) time zone. */
export type IsoDate = string;
/** A wall-clock time of day, `HH:MM` (24 h). */
export type TimeOfDay = string;
/** An ISO 4217 currency code such as `GBP`. */
export type CurrencyCode = string;

export type LineKind = 'keep-number' | 'esim' | 'data';
export const LINE_KINDS: readonly LineKind[] = ['keep-number', 'esim', 'data'];

export type RenewalPlan =
  | { kind: 'none' }
  /** Auto-renewal every `months` months of `amount` (minor units), next due on `nextOn`. */
  /**
   * `day` (backup version 2): the day of the month the cycle falls on, kept only while `nextOn` is
   * earlier than it because that month is shorter (a cycle on the 31st is due on 28 Feb, then 31 Mar).
   */
  | { kind: 'cycle'; months: 1 | 3 | 6 | 12; amount: number; nextOn: IsoDate; day?: number }
  /** A top-up of `amount` on a fixed day of every month (clamped to the month's last day). */
  | { kind: 'monthly'; day: number; amount: number }
  /** Top up `topUp` whenever the balance falls below `below` (both minor units). */
  | { kind: 'threshold'; below: number; topUp: number };
export type RenewalKind = RenewalPlan['kind'];
export const RENEWAL_MONTHS = [1, 3, 6, 12] as const;

export type ReminderRepeat = 'once' | 'daily' | 'weekly';
export const REMINDER_REPEATS: readonly ReminderRepeat[] = ['once', 'daily', 'weekly'];

export interface LineReminders {
  /** Days before a deadline at which to remind, e.g. [30, 7, 3, 1, 0]. */
  daysBefore: number[];
  /** Remind when the balance (minor units) is below this. */
  lowBalanceBelow?: number;
  /** Remind when data left (MB) is below this. Added in backup version 2. */
  lowDataBelowMB?: number;
  timeOfDay: TimeOfDay;
  repeat: ReminderRepeat;
}

export interface Line {
  id: string;
  label: string;
  /** E.164, e.g. `+447700900123`. */
  number: string;
  /** A built-in carrier id (`giffgaff`) or `custom:<name>`. */
  carrier: string;
  kind: LineKind;
  currency: CurrencyCode;
  /** Minor units (pence, cents, fen); null when not tracked. */
  balance: number | null;
  dataMB: number | null;
  expiresOn: IsoDate | null;
  lastActivityOn: IsoDate | null;
  keepAlive: { activityEveryDays: number } | null;
  renewal: RenewalPlan;
  /** null: use the settings' defaults. */
  reminders: LineReminders | null;
  paymentMethodId: string | null;
  notes: string;
  archived: boolean;
  /**
   * IANA zone of the carrier (e.g. `Asia/Hong_Kong`): the line's dates are days there, and
   * its expiry is the end of that day there. Absent: the user's zone. Added in backup version 2.
   */
  timeZone?: string;
}

export type PaymentMethodType = 'credit' | 'debit' | 'paypal' | 'alipay' | 'wechat' | 'other';
export const PAYMENT_METHOD_TYPES: readonly PaymentMethodType[] = ['credit', 'debit', 'paypal', 'alipay', 'wechat', 'other'];

/** Metadata only: never a full card number, never a CVV. */
export interface PaymentMethod {
  id: string;
  label: string;
  type: PaymentMethodType;
  /** Exactly four digits. */
  last4?: string;
  /** `YYYY-MM`. */
  expires?: string;
}

export type TopUpSource = 'manual' | 'autofill' | 'auto-renewal';
export const TOP_UP_SOURCES: readonly TopUpSource[] = ['manual', 'autofill', 'auto-renewal'];

export interface TopUp {
  id: string;
  lineId: string;
  /** ISO 8601 date-time with zone. */
  at: string;
  /** Minor units. */
  amount: number;
  currency: CurrencyCode;
  paymentMethodId?: string | null;
  source: TopUpSource;
  note?: string;
}

export interface QuietHours {
  start: TimeOfDay;
  end: TimeOfDay;
}

/** Reminder defaults, used by every line whose `reminders` is null. */
export interface Settings {
  timeOfDay: TimeOfDay;
  daysBefore: number[];
  repeat: ReminderRepeat;
  quietHours?: QuietHours;
  /** E-mail that autofill writes into a recharge page's receipt field. Added in backup version 2. */
  receiptEmail?: string;
}

export const DEFAULT_SETTINGS: Settings = {
  timeOfDay: '09:00',
  daysBefore: [30, 7, 3, 1, 0],
  repeat: 'daily',
};

/** A carrier's keep-alive rule, with where the figure came from. */
export interface KeepAliveRule {
  /** Days without chargeable activity before the line is at risk; null when no figure is known. */
  activityEveryDays: number | null;
  /** Days of validity a top-up adds (null: a top-up does not extend validity, or unknown). */
  topUpExtendsDays: number | null;
  /** Smallest top-up that counts (minor units), when the carrier names one. */
  minTopUp?: number;
}

/** Where a built-in rule's figures come from (utils/carriers/catalog-sources.ts). */
export interface CarrierRuleSource {
  /** Plain-language summary, English. */
  summary: string;
  /** The same summary in Simplified Chinese. */
  summaryZh: string;
  /** True when the figure is an estimate or sources conflict. */
  estimate: boolean;
  source: { title: string; url: string; checkedOn: IsoDate };
}

export interface Carrier {
  /** `giffgaff`, or `custom:<name>` for one the user added. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2, used to parse national numbers. */
  country: string;
  currency: CurrencyCode;
  /** Registrable domains (eTLD+1) the carrier's own pages live on. */
  domains: string[];
  rechargeUrl: string;
  /** IANA zone the carrier counts days in. */
  timeZone?: string;
  rule: KeepAliveRule;
  /** Selector hints for the recharge form, tried before heuristics. */
  formHints?: { phone?: string; amount?: string; email?: string };
}

/** What a user adds for a carrier the catalog does not know. */
export interface CustomCarrier {
  id: string; // custom:<name>
  name: string;
  country?: string;
  domains: string[];
  rechargeUrl: string;
  activityEveryDays: number | null;
  topUpExtendsDays: number | null;
}

export interface BackupData {
  lines: Line[];
  paymentMethods: PaymentMethod[];
  topUps: TopUp[];
  settings: Settings;
  customCarriers: CustomCarrier[];
}
