import { humanDay } from '../../shared/domain/actions/dates';
import { ownerLabel } from '../../shared/domain/actions/list';
import { actionsToReview, currentSession, reviewAction, sessionName } from '../../shared/domain/actions/review';
import type { ActionReview } from '../../shared/schema/actions';
import { useTandem } from '../store';

const DECISIONS: { decision: ActionReview['decision']; label: string; key: string }[] = [
  { decision: 'carried-over', label: 'Carry over', key: 'c' },
  { decision: 'done', label: 'Done', key: 'd' },
  { decision: 'dropped', label: 'Drop', key: 'x' },
];

/**
 * At the start of a follow-up session, the open actions of the earlier sessions come first:
 * each is carried over, marked done or dropped (keys C, D, X on a row).
 */
export function SessionReview() {
  const workshop = useTandem((s) => s.workshop);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  if (!workshop) return null;
  const session = currentSession(workshop);
  const pending = actionsToReview(workshop);
  if (!session || pending.length === 0) return null;

  const decide = (id: string, decision: ActionReview['decision']) =>
    updateWorkshop((d) => {
      const next = reviewAction({ date: d.date, sessions: d.sessions, actions: d.actions }, id, decision);
      d.sessions = next.sessions;
      d.actions = next.actions;
    });

  return (
    <section className="card session-review" aria-labelledby="review-title">
      <h3 id="review-title">
        Review first: {pending.length} open action{pending.length === 1 ? '' : 's'} from earlier sessions
      </h3>
      <p className="field-hint">
        {session.name} ({humanDay(session.date)}). For each: carry it over, mark it done, or drop it. Keys: C, D, X.
      </p>
      <ul className="review-list">
        {pending.map((a) => (
          <li
            key={a.id}
            tabIndex={0}
            aria-label={`${a.what}. ${ownerLabel(a, workshop.teams) || 'No owner'}. ${a.due ? `Due ${humanDay(a.due)}` : 'No date'}.`}
            onKeyDown={(e) => {
              // Only on the row itself: a key typed on one of its buttons is that button's business.
              if (e.target !== e.currentTarget) return;
              const hit = DECISIONS.find((x) => x.key === e.key.toLowerCase());
              if (hit && !e.ctrlKey && !e.metaKey && !e.altKey) {
                e.preventDefault();
                const next = e.currentTarget.nextElementSibling ?? e.currentTarget.previousElementSibling;
                decide(a.id, hit.decision);
                (next as HTMLElement | null)?.focus();
              }
            }}
          >
            <div className="review-what">
              <strong>{a.what}</strong>
              <span className="muted">
                {ownerLabel(a, workshop.teams) || 'No owner'} · {a.due ? humanDay(a.due) : 'no date'} ·{' '}
                {sessionName(workshop, a) || 'first session'}
              </span>
            </div>
            <div className="row">
              {DECISIONS.map((d) => (
                <button key={d.decision} type="button" onClick={() => decide(a.id, d.decision)}>
                  {d.label}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
