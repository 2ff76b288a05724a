import { formatMoney } from '../domain/money';
import { formatData, formatShortDate } from '../i18n/format';
import { t } from '../i18n';
import type { DueReminder, ReminderKind } from '../reminders/types';

export interface NotificationText {
  title: string;
  message: string;
}

function countdown(prefix: 'rem_expiry' | 'rem_keepalive', label: string, daysLeft: number): string {
  if (daysLeft < 0) return t(`${prefix}_past`, [label]);
  if (daysLeft === 0) return t(`${prefix}_today`, [label]);
  if (daysLeft === 1) return t(`${prefix}_tomorrow`, [label]);
  return t(`${prefix}_days`, [label, String(daysLeft)]);
}

/** The words of a reminder in the user's language; amounts and dates in their locale. */
export function notificationText(due: Pick<DueReminder, 'label' | 'details'>, locale: string): NotificationText {
  const { label, details } = due;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, locale);
  const day = (date: string) => formatShortDate(date, locale);
  switch (details.kind) {
    case 'expiry':
      // A reminder stays listed after its deadline: its body then speaks of the day as past.
      return { title: countdown('rem_expiry', label, details.daysLeft), message: t(details.daysLeft < 0 ? 'rem_expiry_past_body' : 'rem_expiry_body', [day(details.deadline)]) };
    case 'keep-alive':
      return { title: countdown('rem_keepalive', label, details.daysLeft), message: t(details.daysLeft < 0 ? 'rem_keepalive_past_body' : 'rem_keepalive_body', [day(details.deadline)]) };
    case 'low-balance':
      return {
        title: t('rem_low_balance_title', [label]),
        message: t('rem_low_balance_body', [money(details.balance, details.currency), money(details.below, details.currency)]),
      };
    case 'low-data':
      return { title: t('rem_low_data_title', [label]), message: t('rem_low_data_body', [formatData(details.dataMB, locale), formatData(details.belowMB, locale)]) };
    case 'renewal':
      return { title: t('rem_renewal_title', [label]), message: t('rem_renewal_body', [money(details.amount, details.currency), day(details.on)]) };
    case 'threshold':
      return {
        title: t('rem_threshold_title', [label]),
        message: t('rem_threshold_body', [money(details.balance, details.currency), money(details.below, details.currency), money(details.topUp, details.currency)]),
      };
    case 'renewal-uncovered':
      return {
        title: t('rem_uncovered_title', [label]),
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
