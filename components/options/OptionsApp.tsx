import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLocale } from '../../utils/i18n';
import { phoneFormats } from '../../utils/domain/phone';
import { getAllData, getPhoneFormats, putPhoneFormats } from '../../utils/store/db';
import { LinesSection } from './LinesSection';
import { RemindersSection } from './RemindersSection';
import { PaymentMethodsSection } from './PaymentMethodsSection';
import { CarriersSection } from './CarriersSection';
import { TopUpsSection } from './TopUpsSection';
import { BackupSection } from './BackupSection';
import { UndoToast } from './UndoToast';
import { errorText, focusSection, type OptionsData, type SectionProps, type UndoOffer, joinUndo } from './types';
import type { MessageKey } from '../../utils/i18n';


async function loadOptionsData(): Promise<OptionsData> {
  const [data, formats] = await Promise.all([getAllData(), getPhoneFormats()]);
  // The forms of each number are a cache that only this page can fill (libphonenumber-js loads
  // here alone). A store upgraded from version 1 has none yet, and autofill needs them.
  const missing = data.lines.filter((line) => !formats.has(line.number)).flatMap((line) => {
    try {
      return [phoneFormats(line.number)];
    } catch {
      return []; // Not a number libphonenumber reads: the line editor says so when it is opened.
    }
  });
  if (missing.length > 0) {
    await putPhoneFormats(missing);
    for (const entry of missing) formats.set(entry.e164, entry);
  }
  return { ...data, formats };
}

/** How long a save or restore result stays on screen (it is also read out once by screen readers). */
const STATUS_SECONDS = 12;

const SECTIONS: [string, MessageKey][] = [
  ['lines', 'opt_nav_lines'],
  ['reminders', 'opt_nav_reminders'],
  ['payments', 'opt_nav_payments'],
  ['carriers', 'opt_nav_carriers'],
  ['topups', 'opt_nav_topups'],
  ['backup', 'opt_nav_backup'],
];

interface OptionsAppProps {
  /** Subscribes to changes made elsewhere (popup, worker); the page then re-reads the store. */
  onExternalChange?: (listener: () => void) => void;
  /** The user's IANA zone; the system's by default. */
  zone?: string;
}

/** The whole options page: one nav, one section per concern, one live region, one undo toast. */
export function OptionsApp({ onExternalChange, zone = Intl.DateTimeFormat().resolvedOptions().timeZone }: OptionsAppProps) {
  const [data, setData] = useState<OptionsData | null>(null);
  const [loadError, setLoadError] = useState<string>();
  const [now, setNow] = useState(() => new Date());
  const [status, setStatus] = useState<{ message: string; tone: 'ok' | 'error' }>({ message: '', tone: 'ok' });
  const [undo, setUndo] = useState<UndoOffer | null>(null);
  const locale = uiLocale();

  const reload = useCallback(async () => {
    try {
      const loaded = await loadOptionsData();
      setNow(new Date());
      setData(loaded);
      setLoadError(undefined);
    } catch (error) {
      setLoadError(errorText(error));
    }
  }, []);

  useEffect(() => {
    void reload();
    onExternalChange?.(() => void reload());
  }, []);

  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((message: string, tone: 'ok' | 'error' = 'ok') => {
    // Clearing first makes a repeated message (two saves in a row) be announced again.
    setStatus({ message: '', tone });
    requestAnimationFrame(() => setStatus({ message, tone }));
    // The message floats over the page wherever the user is, so it goes away after a while.
    clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus({ message: '', tone: 'ok' }), STATUS_SECONDS * 1000);
  }, []);

  const sectionProps: SectionProps | null = data ? { data, locale, zone, announce, reload } : null;

  return (
    <>
      <header class="page-header">
        <h1>{t('opt_title')}</h1>
        <nav aria-label={t('opt_nav_label')}>
          <ul>
            {SECTIONS.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <div class={`status status-${status.tone}`} role="status" aria-live="polite" data-testid="status">
          {status.message}
        </div>
        {loadError ? <p role="alert" class="error">{t('opt_load_failed', loadError)}</p> : null}
        {!sectionProps && !loadError ? <p>{t('opt_loading')}</p> : null}
        {sectionProps ? (
          <>
            <LinesSection {...sectionProps} now={now} offerUndo={(offer) => setUndo((open) => joinUndo(open, offer))} />
            <RemindersSection key={JSON.stringify(sectionProps.data.settings)} {...sectionProps} />
            <PaymentMethodsSection {...sectionProps} />
            <CarriersSection {...sectionProps} />
            <TopUpsSection {...sectionProps} />
            <BackupSection {...sectionProps} />
          </>
        ) : null}
      </main>
      {undo ? (
        <UndoToast
          offer={undo}
          onDismiss={() => {
            setUndo(null);
            // Where focus goes when the toast closes: the list the deleted line was in.
            focusSection('lines-title');
          }}
          onUndo={() => {
            const offer = undo;
            setUndo(null);
            focusSection('lines-title');
            offer.undo().catch((error: unknown) => announce(t('opt_write_failed', errorText(error)), 'error'));
          }}
        />
      ) : null}
    </>
  );
}
