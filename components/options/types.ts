import { t } from '../../utils/i18n';
import type { BackupData } from '../../utils/domain/types';
import type { PhoneFormats } from '../../utils/domain/phone-formats';

/** Everything the options page shows, read in one go from the store. */
export interface OptionsData extends BackupData {
  formats: Map<string, PhoneFormats>;
}

/** An undo offer shown in the toast after a destructive action. */
export interface UndoOffer {
  message: string;
  /** Accessible name of the undo button, naming what it brings back. */
  undoLabel: string;
  undo: () => Promise<void>;
  /** How many deletions the offer undoes (a second delete joins the open offer). */
  count?: number;
}

/**
 * A delete while an undo offer is still open joins it, so that the first is not lost: one toast
 * says both, and Undo brings back both, the latest first.
 */
export function joinUndo(open: UndoOffer | null, next: UndoOffer): UndoOffer {
  if (!open) return next;
  const count = (open.count ?? 1) + 1;
  return {
    message: `${open.message} ${next.message}`,
    undoLabel: t('opt_undo_deletes', String(count)),
    count,
    async undo() {
      await next.undo();
      await open.undo();
    },
  };
}

/** What every section gets from the page. */
export interface SectionProps {
  data: OptionsData;
  locale: string;
  /** The user's own IANA zone. */
  zone: string;
  /** Puts a message in the page's polite live region (save results); 'error' shows it as a failure. */
  announce: (message: string, tone?: 'ok' | 'error') => void;
  /** Re-reads the store after a write. */
  reload: () => Promise<void>;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A write from the page: on success say `done`, then run `after` (re-read the store, close an
 * editor); on failure say what went wrong. The store's transaction means a failure changed nothing.
 */
export async function writeAndAnnounce(announce: SectionProps['announce'], write: () => Promise<unknown>, done: string, after?: () => unknown): Promise<void> {
  try {
    await write();
    announce(done);
    await after?.();
  } catch (error) {
    announce(t('opt_write_failed', errorText(error)), 'error');
  }
}

/**
 * After a row and its focused button went away (deleted, undone): focus goes to the section's
 * heading (tabindex -1), not to the top of the page.
 */
export function focusSection(headingId: string): void {
  document.getElementById(headingId)?.focus();
}
