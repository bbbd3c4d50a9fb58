import { currentSession } from '../../shared/domain/actions/review';
import { newId } from '../../shared/domain/ids';
import { quadrantOf } from '../../shared/domain/room/matrix';
import { outcomeOrder, workstreamActions } from '../../shared/domain/room/workstream';
import { hrefFor } from '../router';
import { useTandem } from '../store';

/**
 * The outcome: the short list in the room's order (votes, then the 2x2), and the step that makes it the
 * prioritised workstream: each item becomes an action that keeps where it came from.
 */
export function WorkstreamPanel() {
  const workshop = useTandem((s) => s.workshop);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const notify = useTandem((s) => s.notify);
  if (!workshop) return null;
  const ranked = outcomeOrder(workshop.room, workshop.teams, workshop.anonymityThreshold);
  const actionIds = new Set(workshop.actions.map((a) => a.id));
  const missing = ranked.filter((r) => !r.item.actionId || !actionIds.has(r.item.actionId)).length;
  const make = () => {
    let added = 0;
    updateWorkshop((d) => {
      const r = workstreamActions(d, {
        newId,
        now: new Date().toISOString(),
        sessionId: currentSession(d)?.id ?? null,
      });
      d.actions.push(...r.added);
      d.room.shortList = r.shortList;
      added = r.added.length;
    });
    notify({
      tone: 'success',
      text: `${added} action${added === 1 ? '' : 's'} added in the room’s order. Give each an owner and a date on the Actions tab.`,
    });
  };
  return (
    <section className="card decide-outcome" aria-labelledby="outcome-heading">
      <h2 id="outcome-heading">Prioritised workstream</h2>
      {ranked.length === 0 ? (
        <p>Put items on the short list, vote and place them: the outcome appears here.</p>
      ) : (
        <>
          <ol className="decide-outcome-list">
            {ranked.map((r) => (
              <li key={r.item.id}>
                <strong>{r.item.text}</strong>
                <span className="muted">
                  {' '}
                  · {r.votes === null ? 'no count' : `${r.votes} vote${r.votes === 1 ? '' : 's'}`}
                  {quadrantOf(r.item) ? ` · ${quadrantOf(r.item)?.name}` : ''} · from{' '}
                  {r.item.source.label || 'the room'}
                  {r.item.actionId && actionIds.has(r.item.actionId) ? ' · ✓ action' : ''}
                </span>
              </li>
            ))}
          </ol>
          <div className="row">
            <button type="button" className="primary" disabled={missing === 0} onClick={make}>
              Make the actions in this order
            </button>
            <a href={hrefFor({ name: 'workshop', workshopId: workshop.id, tab: 'actions' })}>Open the action list</a>
          </div>
          {missing === 0 && <p className="muted">Every item is an action: the action list follows this order.</p>}
        </>
      )}
    </section>
  );
}
