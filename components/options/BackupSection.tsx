import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { issueMessage } from '../../utils/i18n/issues';
import { isoWithOffset, mergedCounts, parseBackup, serializeBackup, type ParsedBackup } from '../../utils/domain/backup';
import { phoneFormats } from '../../utils/domain/phone';
import type { ValidationIssue } from '../../utils/domain/validate';
import { getAllData, importData } from '../../utils/store/db';
import { backupInIsoUnits } from '../../utils/domain/legacy-minor-units';
import { CATALOG_DOMAINS } from '../../utils/carriers/catalog';
import { releaseUnusedCarrierHosts, requestCarrierHosts } from '../../utils/carriers/host-permissions';
import { formatWhen } from './format';
import { useReturnFocus } from './focus';
import { errorText, type SectionProps } from './types';

type Restore =
  | { kind: 'idle' }
  | { kind: 'refused'; fileName: string; issues: ValidationIssue[] }
  | { kind: 'preview'; fileName: string; parsed: Extract<ParsedBackup, { ok: true }> };

/** Issues listed before "…and N more": enough to fix a file, not a wall of text. */
const SHOWN_ISSUES = 50;

/** The file name of an export made `now`: the local date, so files sort by day. */
export function backupFileName(exportedAt: string): string {
  return `linekeeper-backup-${exportedAt.slice(0, 10)}.json`;
}

/** Export everything to a file; restore a file after a preview, merging or replacing. */
export function BackupSection({ data, locale, announce, reload }: SectionProps) {
  const [restore, setRestore] = useState<Restore>({ kind: 'idle' });
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // When the preview closes (restored or cancelled), focus goes back to the file input that opened it.
  const returnFocus = useReturnFocus('backup-file');

  async function exportFile(): Promise<void> {
    try {
      const now = new Date();
      const exportedAt = isoWithOffset(now, -now.getTimezoneOffset());
      const text = serializeBackup(await getAllData(), exportedAt);
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = backupFileName(exportedAt);
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: the download reads the blob after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      announce(t('opt_bk_exported', link.download));
    } catch (error) {
      announce(t('opt_write_failed', errorText(error)), 'error');
    }
  }

  async function readFile(event: Event): Promise<void> {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return setRestore({ kind: 'idle' });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      announce(t('opt_bk_read_failed', errorText(error)), 'error');
      return;
    }
    // Nothing is written here: the whole file is checked, then shown, and only a click restores it.
    const parsed = parseBackup(text);
    setMode('merge');
    setRestore(parsed.ok ? { kind: 'preview', fileName: file.name, parsed } : { kind: 'refused', fileName: file.name, issues: parsed.issues });
  }

  async function restoreFile(): Promise<void> {
    if (restore.kind !== 'preview') return;
    // A file exported before the ISO table counted amounts in this browser's digits (legacy-minor-units.ts).
    const incoming = backupInIsoUnits(restore.parsed.data, restore.parsed.exportedAt);
    // Custom carriers' domains need host access, asked as when a carrier is added: the prompt needs
    // the user's click, so it is asked now, before any await. The catalog's domains have it already.
    const domains = [...new Set(incoming.customCarriers.flatMap((carrier) => carrier.domains))].filter((domain) => !CATALOG_DOMAINS.has(domain));
    const before = data.customCarriers.flatMap((carrier) => carrier.domains);
    const permission = requestCarrierHosts(domains);
    setBusy(true);
    try {
      await importData(incoming, mode, incoming.lines.map((line) => phoneFormats(line.number)));
      // Carriers a replace removed, or domains the file's carriers no longer have, give their access back.
      await releaseUnusedCarrierHosts(before).catch(() => undefined);
      const after = await getAllData();
      const restored = t('opt_bk_restored', [String(after.lines.length), String(after.topUps.length), String(after.paymentMethods.length), String(after.customCarriers.length)]);
      announce(restored);
      setRestore({ kind: 'idle' });
      if (fileInput.current) fileInput.current.value = '';
      const reloaded = reload();
      returnFocus.close(reloaded);
      await reloaded;
      // The data is in whatever the answer; a refusal is said beside the result.
      if (!(await permission.catch(() => false))) announce(`${restored} ${t('opt_bk_hosts_refused', domains.join(', '))}`, 'error');
    } catch (error) {
      announce(t('opt_write_failed', errorText(error)), 'error');
    } finally {
      setBusy(false);
    }
  }

  const counts = (which: 'merge' | 'replace'): string[] => {
    if (restore.kind !== 'preview') return [];
    const result = mergedCounts(data, restore.parsed.data, which);
    return [String(result.lines), String(result.topUps), String(result.paymentMethods), String(result.customCarriers)];
  };

  return (
    <section id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('opt_nav_backup')}</h2>
      <p class="muted">{t('opt_bk_intro')}</p>
      <p>
        <button type="button" class="primary" onClick={() => void exportFile()}>
          {t('opt_bk_export')}
        </button>
      </p>

      <h3>{t('opt_bk_restore_title')}</h3>
      <div class="field">
        <label for="backup-file">{t('opt_bk_file')}</label>
        <input id="backup-file" ref={fileInput} type="file" accept=".json,application/json" onChange={(event) => void readFile(event)} />
      </div>

      {restore.kind === 'refused' ? (
        <div class="error-summary" role="alert" data-testid="restore-refused">
          <p>
            <strong>{restore.fileName}</strong>: {t('opt_bk_refused', String(restore.issues.length))}
          </p>
          <ul>
            {restore.issues.slice(0, SHOWN_ISSUES).map((issue, index) => (
              <li key={index}>{issueMessage(issue)}</li>
            ))}
          </ul>
          {restore.issues.length > SHOWN_ISSUES ? <p>{t('opt_bk_more', String(restore.issues.length - SHOWN_ISSUES))}</p> : null}
        </div>
      ) : null}

      {restore.kind === 'preview' ? (
        <div class="card" data-testid="restore-preview">
          <p role="status">
            {t('opt_bk_preview', [
              restore.fileName,
              String(restore.parsed.version),
              formatWhen(restore.parsed.exportedAt, locale),
              String(restore.parsed.summary.lines),
              String(restore.parsed.summary.topUps),
              String(restore.parsed.summary.paymentMethods),
              String(restore.parsed.summary.customCarriers),
            ])}
          </p>
          <fieldset>
            <legend>{t('opt_bk_mode')}</legend>
            <label class="choice">
              <input type="radio" name="restore-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('opt_bk_merge', counts('merge'))}
            </label>
            <label class="choice">
              <input type="radio" name="restore-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('opt_bk_replace', counts('replace'))}
            </label>
          </fieldset>
          <div class="actions">
            <button type="button" class="primary" disabled={busy} onClick={() => void restoreFile()}>
              {t('opt_bk_restore')}
            </button>
            <button
              type="button"
              onClick={() => {
                setRestore({ kind: 'idle' });
                if (fileInput.current) fileInput.current.value = '';
                returnFocus.close();
              }}
            >
              {t('opt_cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
