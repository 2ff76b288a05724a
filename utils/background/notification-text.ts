import { formatMoney } from '../domain/money';
import { formatData, formatShortDate } from '../i18n/format';
import { t, type MessageKey } from '../i18n';
import type { DueReminder, ReminderKind } from '../reminders/types';

export interface NotificationText {
  title: string;
  message: string;
}

/** A line reminder's title key that has an in-line variant (`<key>_short`, without the line's name). */
type WithoutShort<K> = K extends `${infer Key}_short` ? Key : never;
type LineTitleKey = WithoutShort<MessageKey>;

/**
 * The words of a reminder in the user's language; amounts and dates in their locale. `inLine`: the
 * title for the line's own card in the popup, without the line's name (the card shows it). A
 * card-expiry reminder keeps its title: it names a payment card, not the line.
 */
export function notificationText(due: Pick<DueReminder, 'label' | 'details'>, locale: string, { inLine = false } = {}): NotificationText {
  const { label, details } = due;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  // A day more than about six months from today carries its year (an expired card of May 2024);
  // today is the deadline less the days left, for the kinds that count them.
  const today = 'daysLeft' in details ? new Date(Date.parse(`${'deadline' in details ? details.deadline : details.lastDay}T00:00:00Z`) - details.daysLeft * 86_400_000).toISOString().slice(0, 10) : undefined;
  const day = (date: string) => formatShortDate(date, locale, today);
  // The short variants take the same substitutions: their $DAYS$ is $2 too.
  const title = (key: LineTitleKey, ...more: string[]) => t(inLine ? `${key}_short` : key, [label, ...more]);
  const countdown = (prefix: 'rem_expiry' | 'rem_keepalive', daysLeft: number) =>
    title(daysLeft < 0 ? `${prefix}_past` : daysLeft === 0 ? `${prefix}_today` : daysLeft === 1 ? `${prefix}_tomorrow` : `${prefix}_days`, String(daysLeft));
  switch (details.kind) {
    case 'expiry':
      // A reminder stays listed after its deadline: its body then speaks of the day as past.
      return { title: countdown('rem_expiry', details.daysLeft), message: t(details.daysLeft < 0 ? 'rem_expiry_past_body' : 'rem_expiry_body', [day(details.deadline)]) };
    case 'keep-alive':
      return { title: countdown('rem_keepalive', details.daysLeft), message: t(details.daysLeft < 0 ? 'rem_keepalive_past_body' : 'rem_keepalive_body', [day(details.deadline)]) };
    case 'low-balance':
      return {
        title: title('rem_low_balance_title'),
        message: t('rem_low_balance_body', [money(details.balance, details.currency), money(details.below, details.currency)]),
      };
    case 'low-data':
      return { title: title('rem_low_data_title'), message: t('rem_low_data_body', [formatData(details.dataMB, locale), formatData(details.belowMB, locale)]) };
    case 'renewal':
      return { title: title('rem_renewal_title'), message: t('rem_renewal_body', [money(details.amount, details.currency), day(details.on)]) };
    case 'threshold':
      return {
        title: title('rem_threshold_title'),
        message: t('rem_threshold_body', [money(details.balance, details.currency), money(details.below, details.currency), money(details.topUp, details.currency)]),
      };
    case 'renewal-uncovered':
      return {
        title: title('rem_uncovered_title'),
        message: t('rem_uncovered_body', [money(details.amount, details.currency), day(details.on), money(details.balance, details.currency)]),
      };
    case 'card-expiry': {
      const card = details.last4 ? `${details.cardLabel} ····${details.last4}` : details.cardLabel;
      return {
        title: t(details.daysLeft < 0 ? 'rem_card_expired_title' : 'rem_card_title', [card]),
        message: t(details.daysLeft < 0 ? 'rem_card_expired_body' : 'rem_card_body', [day(details.lastDay), details.lineLabels.join(t('rem_list_separator'))]),
      };
    }
  }
}

/** What a notification's two buttons do (Chrome allows two), by reminder kind. */
export type ButtonAction = 'top-up' | 'snooze' | 'done';

export function buttonActions(kind: ReminderKind): ButtonAction[] {
  switch (kind) {
    case 'keep-alive':
    case 'renewal':
      return ['top-up', 'done'];
    case 'card-expiry':
      return ['done', 'snooze'];
    default:
      return ['top-up', 'snooze'];
  }
}

export function buttonTitle(kind: ReminderKind, action: ButtonAction): string {
  if (action === 'top-up') return t('rem_button_top_up');
  if (action === 'snooze') return t('rem_button_snooze');
  if (kind === 'keep-alive') return t('rem_button_used');
  if (kind === 'renewal') return t('rem_button_confirm');
  return t('rem_button_done');
}
