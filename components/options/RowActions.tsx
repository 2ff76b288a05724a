import { t } from '../../utils/i18n';

/**
 * Edit and Delete for one row of a list (carriers, payment methods); labels name the row for screen
 * readers. `editId`: the Edit button's id, where focus returns when its editor closes.
 */
export function RowActions({ editLabel, deleteLabel, editId, onEdit, onDelete }: { editLabel: string; deleteLabel: string; editId?: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <div class="row-actions">
      <button type="button" id={editId} aria-label={editLabel} onClick={onEdit}>
        {t('opt_edit')}
      </button>
      <button type="button" class="danger" aria-label={deleteLabel} onClick={onDelete}>
        {t('opt_delete')}
      </button>
    </div>
  );
}
