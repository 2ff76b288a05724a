import { t } from '../../utils/i18n';
import { formatShortDate } from '../../utils/i18n/format';
import { formatMoney } from '../../utils/domain/money';
import type { LineStatus } from '../../utils/domain/status';

/** The countdown text of a line: "12 days left", "Last day today", "Expired 3 days ago". */
export function countdownText(status: LineStatus): string {
  const days = status.daysLeft;
  if (days === null) return t('popup_no_deadline');
  if (days === 0) return t('popup_last_day');
  if (days === 1) return t('popup_days_left_one');
  if (days > 1) return t('popup_days_left_other', String(days));
  if (days === -1) return t('popup_expired_one');
  return t('popup_expired_other', String(-days));
}

/** The next thing to do, in words. */
export function nextActionText(status: LineStatus, locale: string): string {
  const action = status.nextAction;
  switch (action.kind) {
    case 'expired':
      return action.deadline.kind === 'expiry'
        ? t('popup_action_expired_expiry', formatShortDate(action.deadline.date, locale))
        : t('popup_action_expired_keep_alive', formatShortDate(action.deadline.date, locale));
    case 'top-up-before':
      return t('popup_action_top_up_before', formatShortDate(action.date, locale));
    case 'use-before':
      return t('popup_action_use_before', formatShortDate(action.date, locale));
    case 'top-up-low-balance':
      return t('popup_action_low_balance', formatMoney(action.below, status.line.currency, locale));
    default:
      return t('popup_action_none');
  }
}
