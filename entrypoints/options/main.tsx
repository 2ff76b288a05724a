import { render } from 'preact';
import '../../components/theme.css';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp';
import { onDataWritten } from '../../utils/store/db';
import { handleMessages, notifyDataChanged } from '../../utils/messaging/protocol';
import { t, uiLocale } from '../../utils/i18n';

document.documentElement.lang = uiLocale();
document.title = t('opt_title');

// Every write of this page tells the worker (it reschedules reminders, registers carrier scripts).
onDataWritten(notifyDataChanged);

render(
  <OptionsApp
    onExternalChange={(reload) => {
      // Writes elsewhere (the popup logs top-ups, the worker) arrive as 'data-changed'.
      handleMessages({ 'data-changed': () => reload() });
    }}
  />,
  document.getElementById('app')!,
);
