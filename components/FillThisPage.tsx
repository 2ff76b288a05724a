import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import { sendMessage } from '../utils/messaging/protocol';
import { reportLines } from '../utils/autofill/report-text';
import type { FillTarget } from '../utils/autofill/offer.background';

interface Props {
  /** The user's lines (id and label are all this needs). */
  lines: readonly { id: string; label: string }[];
  /** After a fill: the popup offers to log the top-up (amount prefilled when one was filled). */
  onFilled(lineId: string, amountMinor: number | null): void;
}

/**
 * "Fill this page": fills the active tab with a line, after the user's click. The line whose
 * carrier owns the tab's site is picked; on any other https site the user chooses one first.
 */
export function FillThisPage({ lines, onFilled }: Props) {
  const [target, setTarget] = useState<FillTarget | null>(null);
  const [lineId, setLineId] = useState('');
  const [report, setReport] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    sendMessage('get-fill-target', {})
      .then((found) => {
        setTarget(found);
        setLineId(found.matchingLineIds[0] ?? '');
      })
      .catch(() => setTarget({ fillable: false, tabId: null, host: null, matchingLineIds: [] }));
  }, []);

  // Nothing to offer on pages that cannot be filled (new tab, settings, http): no noise in the popup.
  if (!target || !target.fillable || target.tabId === null) return null;
  const tabId = target.tabId;
  if (lines.length === 0) return <p class="fill-this-page">{t('fill_no_lines')}</p>;

  const fill = async () => {
    setBusy(true);
    const result = await sendMessage('fill-active-tab', { lineId, tabId }).catch(() => null);
    setBusy(false);
    if (!result?.ok) {
      setReport([t(result?.error === 'not-fillable' ? 'fill_not_fillable' : 'fill_failed')]);
      return;
    }
    setReport(reportLines(result.report, t));
    if (result.report.filled.length > 0) onFilled(result.lineId, result.amountMinor);
  };

  return (
    <section class="fill-this-page">
      <label>
        {t('fill_choose_line')}{' '}
        <select value={lineId} onChange={(event) => setLineId(event.currentTarget.value)}>
          {lineId === '' && <option value="" />}
          {lines.map((line) => (
            <option key={line.id} value={line.id}>
              {line.label}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" disabled={busy || lineId === ''} onClick={fill}>
        {t('fill_this_page')}
      </button>
      {/* In the page from the start, so that screen readers announce the report when it is filled in
          (a live region inserted together with its text is often not read). */}
      <p role="status" class="fill-report">
        {report.map((line, index) => (
          <span key={index}>
            {index > 0 && <br />}
            {line}
          </span>
        ))}
      </p>
    </section>
  );
}
