import { useEffect } from 'react';
import { redoFunnel, undoFunnel } from '../store';

/**
 * Ctrl/Cmd+Z undoes the last funnel change, Shift+Ctrl/Cmd+Z and Ctrl+Y redo it, wherever the focus is
 * in the funnel tab (fields included: their edits are funnel changes too, so one history serves both).
 */
export function useUndoShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      if (document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undoFunnel();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey)) {
        event.preventDefault();
        redoFunnel();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [enabled]);
}
