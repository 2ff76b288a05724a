import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n';
import { formatMoney } from '../../utils/domain/money';
import type { PopupView } from '../../utils/popup/view';
import type { Line, TopUpSource } from '../../utils/domain/types';
import { LineCard, focusLost } from './LineCard';

export interface PopupActions {
  openRecharge(line: Line): Promise<void>;
  logTopUp(line: Line, amountMinor: number, source: TopUpSource): Promise<void>;
  markActivityDone(line: Line): Promise<void>;
  /** The user closed the log form that a one-click fill opened. */
  forgetLastFill(): void;
  /** `on`: the renewal date shown, which the user confirms. */
  confirmRenewal(line: Line, on: string): Promise<void>;
  snooze(key: string, until: 'hour' | 'tomorrow'): Promise<void>;
  reminderDone(key: string): Promise<void>;
  openOptions(hash?: string): void;
}

interface Props {
  view: PopupView | null;
  loadError?: string;
  locale: string;
  actions: PopupActions;
  /** Slot for "Fill this page"; it calls back with what it filled so the user can log it. */
  renderFill?: (startLog: (lineId: string, amountMinor: number | null) => void) => ComponentChildren;
}

interface OpenLog {
  lineId: string;
  amount: number | null;
  source: TopUpSource;
}

/** The toolbar popup: every line, most urgent first, with its quick actions. */
export function PopupApp({ view, loadError, locale, actions, renderFill }: Props) {
  const [openLog, setOpenLog] = useState<OpenLog | null>(null);
  // What the last action said: a success goes to the hidden status; a failure (with its line's id)
  // shows on that line's card as an alert, so that it is seen, not only heard.
  const [said, setSaid] = useState<[text: string, failedLineId?: string]>(['']);
  // After a one-click fill, the popup opens on logging it (amount prefilled), once.
  const offeredFill = useRef(false);
  useEffect(() => {
    if (!view?.lastFill || offeredFill.current) return;
    offeredFill.current = true;
    setOpenLog({ lineId: view.lastFill.lineId, amount: view.lastFill.amountMinor, source: 'autofill' });
  }, [view]);

  // Clearing first makes a repeated message (Activity done twice) be announced again.
  const announce = (message: string, failedLineId?: string) => {
    setSaid(['']);
    requestAnimationFrame(() => setSaid([message, failedLineId]));
  };

  // An action re-reads the view, which may remove the pressed button (a reminder snoozed, a renewal
  // confirmed) or move its line (re-sorted). Focus then goes back to the button, or to its line's heading.
  const pressed = useRef<[Element | null, string] | null>(null);
  useLayoutEffect(() => {
    const [button, lineId] = pressed.current ?? [];
    pressed.current = null;
    if (lineId && focusLost())
      ((button?.isConnected ? button : document.getElementById(`label-${lineId}`)) as HTMLElement | null)?.focus();
  }, [view]);

  const run = async (line: Line, work: () => Promise<void>, done: string) => {
    pressed.current = [document.activeElement, line.id];
    try {
      await work();
      announce(done);
    } catch (error) {
      pressed.current = null;
      announce(t('popup_write_failed', error instanceof Error ? error.message : String(error)), line.id);
    }
  };

  let body: ComponentChildren;
  if (loadError) body = <p class="error">{t('popup_load_failed', loadError)}</p>;
  else if (!view) body = <p class="muted">{t('popup_loading')}</p>;
  else if (view.rows.length === 0)
    body = (
      <section class="empty">
        <h2>{t('popup_empty_title')}</h2>
        <p>{t('popup_empty_body')}</p>
        <button type="button" class="primary" onClick={() => actions.openOptions('add')}>
          {t('popup_empty_add')}
        </button>
      </section>
    );
  else
    body = (
      <ul class="lines">
        {view.rows.map((row) => {
          const { line } = row.status;
          const logging = openLog?.lineId === line.id ? openLog : undefined;
          return (
            <LineCard
              key={line.id}
              row={row}
              locale={locale}
              logging={logging ? logging.amount : undefined}
              failure={said[1] === line.id ? said[0] : undefined}
              onTopUp={() => run(line, () => actions.openRecharge(line), '')}
              onStartLog={() => setOpenLog({ lineId: line.id, amount: row.suggestedAmount, source: 'manual' })}
              onCancelLog={() => {
                if (logging?.source === 'autofill') actions.forgetLastFill();
                setOpenLog(null);
              }}
              onLog={(amount) =>
                run(line, async () => {
                  await actions.logTopUp(line, amount, logging?.source ?? 'manual');
                  setOpenLog(null);
                }, t('popup_logged', [formatMoney(amount, line.currency, locale), line.label]))
              }
              onActivityDone={() => run(line, () => actions.markActivityDone(line), t('popup_activity_logged', line.label))}
              onConfirmRenewal={() => row.renewalDueOn && run(line, () => actions.confirmRenewal(line, row.renewalDueOn!), t('popup_renewal_confirmed', line.label))}
              onSnooze={(key, title, until) => run(line, () => actions.snooze(key, until), t('popup_snoozed_until', title))}
              onReminderDone={(key, title) => run(line, () => actions.reminderDone(key), t('popup_reminder_dismissed', title))}
            />
          );
        })}
      </ul>
    );

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('popup_title')}</h1>
        <button type="button" class="icon" onClick={() => actions.openOptions()} aria-label={t('popup_open_options')} title={t('popup_open_options')}>
          ⚙
        </button>
      </header>
      {view && view.rows.length > 0 && renderFill?.((lineId, amount) => setOpenLog({ lineId, amount, source: 'autofill' }))}
      {body}
      <p class="visually-hidden" role="status" aria-live="polite">
        {said[1] ? '' : said[0]}
      </p>
    </main>
  );
}
