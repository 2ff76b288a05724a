import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/** Whether keyboard focus was dropped: the focused control went away and the browser fell back to <body>. */
export const focusLost = (): boolean => !document.activeElement || document.activeElement === document.body;

/**
 * A ref for an editor's heading (give it tabIndex -1): the heading takes focus when the editor
 * opens, since the button that opened it is usually gone (the editor took its place).
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/**
 * Focus for a section whose editor opens from a button and closes on Cancel or Save.
 * `open(openerId)` remembers the control that opened the editor, by id: an "Add" button is made
 * anew when the editor closes. `close(reloaded)`, called with the state change that closes the
 * editor, gives focus back to that control once the editor is gone, or to `fallbackId` (the
 * section's heading, tabIndex -1) when the control is gone too. When `reloaded` (the page's
 * re-read of the store) settles, it does so again if the re-read moved the control (a row re-sorted
 * or moved to the other list) and focus fell to <body>. Focus the user has put elsewhere is left alone.
 */
export function useReturnFocus(fallbackId: string) {
  const opener = useRef<string | undefined>(undefined);
  const closing = useRef(false);
  const restore = (): void => {
    if (focusLost()) (document.getElementById(opener.current ?? '') ?? document.getElementById(fallbackId))?.focus();
  };
  useLayoutEffect(() => {
    if (!closing.current) return;
    closing.current = false;
    restore();
  });
  return {
    open(openerId?: string): void {
      opener.current = openerId;
    },
    close(reloaded?: Promise<unknown>): void {
      closing.current = true;
      void reloaded?.then(restore, restore);
    },
  };
}
