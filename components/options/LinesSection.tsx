import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { lineStatus, sortByUrgency } from '../../utils/domain/status';
import { formatMoney } from '../../utils/domain/money';
import { displayPhone } from '../../utils/domain/phone-formats';
import { formatData } from '../../utils/i18n/format';
import { carrierName } from '../../utils/carriers/registry';
import { deleteLine, restoreLine, updateLine } from '../../utils/store/db';
import { countdownText, shownState } from '../popup/describe';
import { LineForm } from './LineForm';
import { useReturnFocus } from './focus';
import { errorText, writeAndAnnounce, type SectionProps, type UndoOffer } from './types';
import type { Line } from '../../utils/domain/types';

type Editing = { mode: 'add' } | { mode: 'edit'; id: string } | null;

/** `#add` opens the add form; `#line=<id>` opens that line's editor (notifications link there). */
function editingFromHash(hash: string): Editing {
  if (hash === '#add') return { mode: 'add' };
  const match = /^#line=(.+)$/.exec(hash);
  return match ? { mode: 'edit', id: decodeURIComponent(match[1]!) } : null;
}

interface LinesSectionProps extends SectionProps {
  offerUndo: (offer: UndoOffer) => void;
  now: Date;
}

export function LinesSection(props: LinesSectionProps) {
  const { data, locale, zone, announce, reload, offerUndo, now } = props;
  const [editing, setEditing] = useState<Editing>(() => editingFromHash(location.hash));

  useEffect(() => {
    const follow = () => {
      const next = editingFromHash(location.hash);
      if (next) open(next, '');
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const editedLine = editing?.mode === 'edit' ? data.lines.find((line) => line.id === editing.id) : undefined;

  // Closing the editor gives focus back to the button that opened it (the heading for a link's #line=).
  const returnFocus = useReturnFocus('lines-title');
  const open = (next: Editing, openerId: string): void => {
    setEditing(next);
    returnFocus.open(openerId);
  };

  function closeEditor(): void {
    setEditing(null);
    // Leave the hash so that reloading the page does not reopen the editor.
    if (location.hash.startsWith('#line=') || location.hash === '#add') history.replaceState(null, '', '#lines');
    returnFocus.close(reload());
  }

  // The row moves to the other list: focus follows it to its (Un)archive button, once it is there.
  const followFocus = useRef<{ id: string; archived: boolean } | null>(null);
  useLayoutEffect(() => {
    const target = followFocus.current;
    if (!target || data.lines.find((line) => line.id === target.id)?.archived !== target.archived) return;
    followFocus.current = null;
    document.getElementById(`archive-${target.id}`)?.focus();
  });

  async function setArchived(line: Line, archived: boolean): Promise<void> {
    followFocus.current = { id: line.id, archived };
    await writeAndAnnounce(announce, () => updateLine(line.id, (stored) => (stored ? { line: { ...stored, archived } } : null)), t(archived ? 'opt_archived_done' : 'opt_unarchived_done', line.label), reload);
  }

  async function remove(line: Line): Promise<void> {
    try {
      const removed = await deleteLine(line.id);
      if (editing?.mode === 'edit' && editing.id === line.id) setEditing(null);
      await reload();
      if (!removed) return;
      // The undo toast says it (its region is named by the message, and focus moves into it): a
      // status line as well would show the same sentence twice. An older one ("Restored …") goes.
      announce('');
      offerUndo({
        message: t('opt_deleted_line', [line.label, String(removed.topUps.length)]),
        undoLabel: t('opt_undo_delete', line.label),
        async undo() {
          await restoreLine(removed);
          announce(t('opt_restored_line', line.label));
          await reload();
        },
      });
    } catch (error) {
      announce(t('opt_write_failed', errorText(error)), 'error');
    }
  }

  const statuses = sortByUrgency(data.lines.map((line) => lineStatus(line, now, zone)));
  const archived = data.lines.filter((line) => line.archived).sort((a, b) => a.label.localeCompare(b.label, locale));

  const row = (line: Line, status?: ReturnType<typeof lineStatus>) => (
    <li key={line.id} class="line-row" data-line-id={line.id}>
      <div class="line-main">
        <span class="line-label">{line.label}</span>
        <span class="muted">
          {displayPhone(line.number, data.formats.get(line.number))} · {carrierName(line.carrier, data.customCarriers)}
        </span>
        <span class="line-facts">
          {status ? <span class={`badge state-${shownState(status)}`}>{countdownText(status)}</span> : null}
          {line.balance !== null ? <span>{t('opt_line_balance', formatMoney(line.balance, line.currency, locale))}</span> : null}
          {line.dataMB !== null ? <span>{t('opt_line_data', formatData(line.dataMB, locale))}</span> : null}
        </span>
      </div>
      <div class="row-actions">
        <button type="button" id={`edit-line-${line.id}`} aria-label={t('opt_edit_line', line.label)} onClick={() => open({ mode: 'edit', id: line.id }, `edit-line-${line.id}`)}>
          {t('opt_edit')}
        </button>
        <button type="button" id={`archive-${line.id}`} aria-label={t(line.archived ? 'opt_unarchive_line' : 'opt_archive_line', line.label)} onClick={() => void setArchived(line, !line.archived)}>
          {t(line.archived ? 'opt_unarchive' : 'opt_archive')}
        </button>
        <button type="button" class="danger" aria-label={t('opt_delete_line', line.label)} onClick={() => void remove(line)}>
          {t('opt_delete')}
        </button>
      </div>
    </li>
  );

  return (
    <section id="lines" aria-labelledby="lines-title">
      <h2 id="lines-title" tabIndex={-1}>{t('opt_nav_lines')}</h2>
      <p class="muted">{t('opt_lines_intro')}</p>
      {editing === null || (editing.mode === 'edit' && !editedLine) ? (
        <p>
          <button type="button" id="add-line" class="primary" onClick={() => open({ mode: 'add' }, 'add-line')}>
            {t('opt_add_line')}
          </button>
        </p>
      ) : null}
      {editing?.mode === 'add' ? <LineForm key="add" {...props} onDone={closeEditor} /> : null}
      {editedLine ? <LineForm key={editedLine.id} {...props} line={editedLine} onDone={closeEditor} /> : null}

      {data.lines.length === 0 ? <p>{t('opt_lines_empty')}</p> : null}
      {statuses.length > 0 ? <ul class="line-list">{statuses.map((status) => row(status.line, status))}</ul> : null}
      {archived.length > 0 ? (
        <>
          <h3>{t('opt_archived_title')}</h3>
          <ul class="line-list archived">{archived.map((line) => row(line))}</ul>
        </>
      ) : null}
    </section>
  );
}
