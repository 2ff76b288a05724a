import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { PopupApp, type PopupActions } from '../../components/popup/PopupApp';
import { FillThisPage } from '../../components/FillThisPage';
import { failureText } from '../../components/popup/describe';
import { handleMessages, sendMessage, type ActionResult } from '../../utils/messaging/protocol';
import type { PopupView } from '../../utils/popup/view';
import { t, uiLocale } from '../../utils/i18n';

// Wiring only: the worker computes the view and performs the actions (see utils/popup/view.ts).
const locale = uiLocale();
document.documentElement.lang = locale;
document.title = t('extName');

function check(result: ActionResult): void {
  if (!result.ok) throw new Error(failureText(result));
}

function Popup() {
  const [view, setView] = useState<PopupView | null>(null);
  const [loadError, setLoadError] = useState<string>();

  const reload = () =>
    sendMessage('get-popup-view', {}).then(setView, (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)));

  useEffect(() => {
    void reload();
    handleMessages({ 'data-changed': () => void reload() });
  }, []);

  const actions: PopupActions = {
    async openRecharge(line) {
      check(await sendMessage('open-recharge', { lineId: line.id }));
    },
    async logTopUp(line, amountMinor, source) {
      check(await sendMessage('log-top-up', { lineId: line.id, amountMinor, source }));
      await reload();
    },
    async markActivityDone(line) {
      check(await sendMessage('mark-activity-done', { lineId: line.id }));
      await reload();
    },
    forgetLastFill() {
      void sendMessage('forget-last-fill', {});
    },
    async snooze(key, until) {
      await sendMessage('snooze-reminder', { key, until });
      await reload();
    },
    async reminderDone(key) {
      await sendMessage('reminder-done', { key });
      await reload();
    },
    async confirmRenewal(line, on) {
      await sendMessage('confirm-renewal', { lineId: line.id, on });
      await reload();
    },
    openOptions(hash) {
      void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash ? `#${hash}` : ''}`) });
      window.close();
    },
  };

  const fillLines = view?.rows.map((row) => ({ id: row.status.line.id, label: row.status.line.label })) ?? [];
  return (
    <PopupApp
      view={view}
      loadError={loadError}
      locale={locale}
      actions={actions}
      renderFill={(startLog) => <FillThisPage lines={fillLines} onFilled={startLog} />}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
