import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { formatData, formatShortDate } from '../../utils/i18n/format';
import { formatMoney } from '../../utils/domain/money';
import type { PopupRow } from '../../utils/popup/view';
import { countdownText, nextActionText, shownState } from './describe';
import { LogTopUpForm } from './LogTopUpForm';

interface Props {
  row: PopupRow;
  locale: string;
  /** The open log form's prefilled amount, or undefined when the form is closed. */
  logging: number | null | undefined;
  /** Why the last action on this line wrote nothing, shown as an alert on the card. */
  failure?: string;
  onTopUp(): void;
  onStartLog(): void;
  onLog(amountMinor: number): Promise<void>;
  onCancelLog(): void;
  onActivityDone(): void;
  onConfirmRenewal(): void;
  onSnooze(key: string, title: string, until: 'hour' | 'tomorrow'): void;
  onReminderDone(key: string, title: string): void;
}

/**
 * Whether keyboard focus was dropped (the element that had it went away). The options page has the
 * same check in components/options/focus.ts; sharing one module would add a chunk to the popup's budget.
 */
export const focusLost = (): boolean => !document.activeElement || document.activeElement === document.body;

/** One line in the popup: who it is, how long it has, what to do, and the quick actions. */
export function LineCard(props: Props) {
  const { row, locale } = props;
  const { status } = row;
  const { line } = status;
  const state = shownState(status);
  const renewal = line.renewal;
  const renewalAmount = renewal.kind === 'cycle' || renewal.kind === 'monthly' ? renewal.amount : null;
  // Reminder keys start with their kind ("renewal:<line>:<day>").
  const listed = (kind: string) => row.reminders.some((reminder) => reminder.key.startsWith(`${kind}:`));
  // When the log form closes (saved, cancelled, Escape), focus goes back to its button, unless the
  // user has already moved on (another line's form took it).
  const logButton = useRef<HTMLButtonElement>(null);
  const wasLogging = useRef(props.logging !== undefined);
  useLayoutEffect(() => {
    if (wasLogging.current && props.logging === undefined && focusLost()) logButton.current?.focus();
    wasLogging.current = props.logging !== undefined;
  }, [props.logging]);
  return (
    <li class={`line line-${state}`} data-line-id={line.id} aria-labelledby={`label-${line.id}`}>
      <div class="line-head">
        {/* tabIndex -1: focus lands here when an action removed the button that had it. */}
        <h2 id={`label-${line.id}`} class="line-label" tabIndex={-1}>
          {line.label}
        </h2>
        <span class={`countdown state-${state}`} title={t(`popup_state_${state}`)}>
          <span class="visually-hidden">{t(`popup_state_${state}`)}: </span>
          {countdownText(status)}
        </span>
      </div>
      <p class="line-meta muted">
        {row.carrierName} · <span class="number">{row.numberText}</span>
      </p>
      <p class="line-figures">
        {line.balance !== null && (
          <span>
            {t('popup_balance')} <strong class="balance">{formatMoney(line.balance, line.currency, locale)}</strong>
          </span>
        )}
        {line.dataMB !== null && (
          <span>
            {t('popup_data_left')} <strong class="data">{formatData(line.dataMB, locale)}</strong>
          </span>
        )}
      </p>
      <p class="next-action">{nextActionText(status, locale)}</p>
      {/* Not when the line's reminders already say it (a renewal due, a balance that won't cover it). */}
      {row.renewalDueOn && renewalAmount !== null && !listed('renewal') && (
        <p class="warning">{t('popup_renewal_due', [formatMoney(renewalAmount, line.currency, locale), formatShortDate(row.renewalDueOn, locale, status.today)])}</p>
      )}
      {status.renewalUncovered && renewalAmount !== null && !listed('renewal-uncovered') && <p class="warning">{t('popup_renewal_uncovered', formatMoney(renewalAmount, line.currency, locale))}</p>}
      {row.reminders.length > 0 && (
        <ul class="reminders" aria-label={t('popup_reminders')}>
          {row.reminders.map((reminder) => (
            <li key={reminder.key} class={reminder.snoozed ? 'snoozed' : undefined}>
              <span class="reminder-text">
                <strong>{reminder.title}</strong> {reminder.message}
              </span>
              {reminder.snoozed ? (
                <span class="muted"> · {t('popup_snoozed')}</span>
              ) : (
                reminder.actionable && (
                  <span class="reminder-actions">
                    <button type="button" class="small" onClick={() => props.onSnooze(reminder.key, reminder.fullTitle, 'hour')} aria-label={t('popup_snooze_hour_label', reminder.fullTitle)}>
                      {t('popup_snooze_hour')}
                    </button>
                    <button type="button" class="small" onClick={() => props.onSnooze(reminder.key, reminder.fullTitle, 'tomorrow')} aria-label={t('popup_snooze_tomorrow_label', reminder.fullTitle)}>
                      {t('popup_snooze_tomorrow')}
                    </button>
                    <button type="button" class="small" onClick={() => props.onReminderDone(reminder.key, reminder.fullTitle)} aria-label={t('popup_reminder_done_label', reminder.fullTitle)}>
                      {t('popup_reminder_done')}
                    </button>
                  </span>
                )
              )}
            </li>
          ))}
        </ul>
      )}
      {props.logging !== undefined ? (
        <LogTopUpForm line={line} suggested={props.logging} onSave={props.onLog} onCancel={props.onCancelLog} />
      ) : (
        <div class="actions">
          <button
            type="button"
            class="primary"
            onClick={props.onTopUp}
            disabled={!row.hasRechargePage}
            aria-label={t('popup_top_up_label', line.label)}
          >
            {t('popup_top_up')}
          </button>
          <button type="button" ref={logButton} onClick={props.onStartLog} aria-label={t('popup_log_top_up_label', line.label)}>
            {t('popup_log_top_up')}
          </button>
          <button type="button" onClick={props.onActivityDone} aria-label={t('popup_activity_done_label', line.label)}>
            {t('popup_activity_done')}
          </button>
          {row.renewalDueOn && (
            <button type="button" onClick={props.onConfirmRenewal} aria-label={t('popup_confirm_renewal_label', line.label)}>
              {t('popup_confirm_renewal')}
            </button>
          )}
          {/* Why Top up is greyed out, seen, not only in a hover title. */}
          {!row.hasRechargePage && <p class="muted">{t('popup_no_recharge_url')}</p>}
        </div>
      )}
      {props.failure && (
        <p class="error alert" role="alert">
          {props.failure}
        </p>
      )}
    </li>
  );
}

