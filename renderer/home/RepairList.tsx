import { humanDay } from '../../shared/domain/actions/dates';
import { useTandem } from '../store';

/**
 * What Tandem repaired on disk (a damaged file moved aside, a copy rebuilt, a snapshot restored), listed until
 * the facilitator has read it, whoever met the damage first: the library, a workshop, a participant's submit.
 */
export function RepairList() {
  const repairs = useTandem((s) => s.repairs);
  const dismiss = useTandem((s) => s.dismissRepair);
  const notify = useTandem((s) => s.notify);
  if (repairs.length === 0) return null;
  return (
    <section className="repair-list" aria-labelledby="repairs-title" role="region">
      <h2 id="repairs-title">
        Tandem repaired {repairs.length === 1 ? 'a file' : `${repairs.length} files`}: please read
      </h2>
      <ul>
        {repairs.map((r) => (
          <li key={r.id}>
            <p>
              <strong>{r.title ? `“${r.title}”` : 'Tandem'}</strong> · {humanDay(r.day)}
            </p>
            <p>{r.message}</p>
            <button
              type="button"
              aria-label={`Dismiss: ${r.message.slice(0, 80)}`}
              onClick={() =>
                void dismiss(r.id).catch((e: unknown) =>
                  notify({ tone: 'error', text: `Could not dismiss: ${e instanceof Error ? e.message : String(e)}` }),
                )
              }
            >
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
