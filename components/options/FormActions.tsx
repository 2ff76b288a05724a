import { t } from '../../utils/i18n';

/** The foot of an options editor: its save button (submits the form) and Cancel. */
export function FormActions({ saveLabel, onCancel }: { saveLabel: string; onCancel: () => void }) {
  return (
    <div class="actions">
      <button type="submit" class="primary">
        {saveLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t('opt_cancel')}
      </button>
    </div>
  );
}
