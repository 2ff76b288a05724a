import { t } from '../../utils/i18n';

/** Edit and Delete for one row of a list (carriers, payment methods); labels name the row for screen readers. */
export function RowActions({ editLabel, deleteLabel, onEdit, onDelete }: { editLabel: string; deleteLabel: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <div class="row-actions">
      <button type="button" aria-label={editLabel} onClick={onEdit}>
        {t('opt_edit')}
      </button>
      <button type="button" class="danger" aria-label={deleteLabel} onClick={onDelete}>
        {t('opt_delete')}
      </button>
    </div>
  );
}
