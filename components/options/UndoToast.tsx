import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';
import type { UndoOffer } from './types';

/**
 * The undo offer after a delete. It stays until used or dismissed (no timer: people using a
 * keyboard or a screen reader need the time), and takes focus, since the deleted row's button is gone.
 */
export function UndoToast({ offer, onUndo, onDismiss }: { offer: UndoOffer; onUndo: () => void; onDismiss: () => void }) {
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => undoButton.current?.focus(), [offer]);
  return (
    <div class="toast" role="region" aria-label={offer.message} onKeyDown={(event) => event.key === 'Escape' && onDismiss()}>
      <p>{offer.message}</p>
      <button type="button" class="primary" ref={undoButton} aria-label={offer.undoLabel} onClick={onUndo}>
        {t('opt_undo')}
      </button>
      <button type="button" onClick={onDismiss}>
        {t('opt_dismiss')}
      </button>
    </div>
  );
}
