import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '../../components/theme.css';
import '../../components/popup/popup.css';
import { PopupApp, type PopupActions, type PopupData } from '../../components/popup/PopupApp';
import { getCustomCarriers, getLines, getPhoneFormats, onDataWritten } from '../../utils/store/db';
import { handleMessages, notifyDataChanged } from '../../utils/messaging/protocol';
import { recordActivity, recordTopUp } from '../../utils/actions/line-actions';
import { findCarrier } from '../../utils/carriers/registry';
import { t, uiLocale } from '../../utils/i18n';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const locale = uiLocale();
document.documentElement.lang = locale;
document.title = t('extName');

async function loadData(): Promise<PopupData> {
  const [lines, formats, customCarriers] = await Promise.all([getLines(), getPhoneFormats(), getCustomCarriers()]);
  return { lines, formats, customCarriers };
}

function Popup() {
  const [data, setData] = useState<PopupData | null>(null);
  const [loadError, setLoadError] = useState<string>();
  const [now, setNow] = useState(() => new Date());

  const reload = () =>
    loadData().then(
      (loaded) => {
        setNow(new Date());
        setData(loaded);
      },
      (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)),
    );

  useEffect(() => {
    void reload();
    // Our own writes tell the worker; writes elsewhere (options page, worker) tell us.
    const stop = onDataWritten(() => {
      notifyDataChanged();
      void reload();
    });
    handleMessages({ 'data-changed': () => void reload() });
    return stop;
  }, []);

  const actions: PopupActions = {
    openRecharge(line) {
      const url = findCarrier(line.carrier, data?.customCarriers)?.rechargeUrl;
      if (url) void browser.tabs.create({ url });
    },
    async logTopUp(line, amount, source) {
      await recordTopUp(line, amount, source, new Date(), zone, data?.customCarriers);
    },
    async markActivityDone(line) {
      await recordActivity(line, new Date(), zone);
    },
    openOptions(hash) {
      void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash ? `#${hash}` : ''}`) });
      window.close();
    },
  };

  return <PopupApp data={data} loadError={loadError} now={now} zone={zone} locale={locale} actions={actions} />;
}

render(<Popup />, document.getElementById('app')!);
