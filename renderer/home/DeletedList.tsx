import { useTandem } from '../store';

/** Recently deleted workshops: the way back after a delete. */
export function DeletedList() {
  const deleted = useTandem((s) => s.deleted);
  const restore = useTandem((s) => s.restoreWorkshop);
  const notify = useTandem((s) => s.notify);
  if (deleted.length === 0) return null;
  return (
    <details className="deleted-list">
      <summary>Recently deleted ({deleted.length})</summary>
      <ul>
        {deleted.map((w) => (
          <li key={w.id} className="row">
            <span>
              {w.title} <span className="muted">· {w.company}</span>
            </span>
            <button
              type="button"
              onClick={() =>
                void restore(w.id).catch((e: unknown) =>
                  notify({ tone: 'error', text: `Restore failed: ${e instanceof Error ? e.message : String(e)}` }),
                )
              }
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
