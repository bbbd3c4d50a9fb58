import { useTandem } from '../store';

const LABEL = {
  saved: 'All changes saved',
  unsaved: 'Saving…',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Changed in another window',
} as const;

/** The visible autosave state of the open workshop. */
export function SaveIndicator() {
  const state = useTandem((s) => s.saveState);
  const error = useTandem((s) => s.saveError);
  const flush = useTandem((s) => s.flushSave);
  const discard = useTandem((s) => s.discardUnsaved);
  const keepMine = useTandem((s) => s.keepMine);
  return (
    <div className={`save-state save-${state}`} role="status" aria-live="polite" data-testid="save-state">
      <span>{LABEL[state]}</span>
      {state === 'conflict' && (
        <>
          <button type="button" onClick={() => void discard()} title={error ?? undefined}>
            Load the latest
          </button>
          <button type="button" onClick={() => void keepMine()} title="Save this window’s version over the other one">
            Keep mine
          </button>
        </>
      )}
      {state === 'error' && (
        <>
          <button type="button" onClick={() => void flush()} title={error ?? undefined}>
            Retry
          </button>
          <button type="button" onClick={() => void discard()} title="Go back to the last saved version">
            Undo unsaved changes
          </button>
        </>
      )}
    </div>
  );
}
