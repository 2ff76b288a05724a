import { t, type MessageKey } from '../../utils/i18n';
import { formatShortDate } from '../../utils/i18n/format';
import { formatMoney } from '../../utils/domain/money';
import type { LineStatus } from '../../utils/domain/status';
import type { ActionResult } from '../../utils/messaging/protocol';

/** Why a quick action wrote nothing, in words (shown after "Nothing was saved:"): popup_err_<code>. */
export function failureText(result: Extract<ActionResult, { ok: false }>): string {
  return t(`popup_err_${result.error.replace(/-/g, '_')}` as MessageKey, result.message ?? result.error);
}

/**
 * The state a line is shown in: its urgency, or "unknown" for a keep-alive line whose last use was
 * never recorded (no deadline can be worked out, which is not "all fine").
 */
export function shownState(status: LineStatus): LineStatus['state'] | 'unknown' {
  // Green would hide the keep-alive deadline that may be close; amber or worse already says enough.
  return status.lastUseUnknown && (status.daysLeft === null || status.state === 'ok') ? 'unknown' : status.state;
}

/** The countdown text of a line: "12 days left", "Last day today", "Expired 3 days ago". */
export function countdownText(status: LineStatus): string {
  const days = status.daysLeft;
  if (days === null) return status.lastUseUnknown ? t('popup_last_use_unknown') : t('popup_no_deadline');
  if (days === 0) return t('popup_last_day');
  if (days === 1) return t('popup_days_left_one');
  if (days > 1) return t('popup_days_left_other', String(days));
  if (days === -1) return t('popup_expired_one');
  return t('popup_expired_other', String(-days));
}

/** The next thing to do, in words. A deadline is the line's last safe day: "by", and "today" on it. */
export function nextActionText(status: LineStatus, locale: string): string {
  const action = status.nextAction;
  const day = (date: string) => formatShortDate(date, locale, status.today);
  switch (action.kind) {
    case 'expired':
      return action.deadline.kind === 'expiry' ? t('popup_action_expired_expiry', day(action.deadline.date)) : t('popup_action_expired_keep_alive', day(action.deadline.date));
    case 'top-up-by':
      return action.date === status.today ? t('popup_action_top_up_today') : t('popup_action_top_up_by', day(action.date));
    case 'use-by':
      return action.date === status.today ? t('popup_action_use_today') : t('popup_action_use_by', day(action.date));
    case 'top-up-low-balance':
      return t('popup_action_low_balance', formatMoney(action.below, status.line.currency, locale));
    case 'record-activity':
      return t('popup_action_record_activity');
    default:
      return t('popup_action_none');
  }
}
