import { useState } from 'react';
import { newId } from '../../shared/domain/ids';
import { checkTeamEdit } from '../../shared/domain/survey/editRules';
import { cleanText } from '../../shared/domain/text';
import type { Team, TeamSide } from '../../shared/schema/team';
import type { Workshop } from '../../shared/schema/workshop';
import { useTandem } from '../store';
import { CommitInput } from './CommitInput';

const SIDES: { value: TeamSide; label: string }[] = [
  { value: 'sales', label: 'Sales side' },
  { value: 'marketing', label: 'Marketing side' },
  { value: 'leadership', label: 'Leadership' },
  { value: 'customer-success', label: 'Customer success' },
  { value: 'other', label: 'Other' },
];

/**
 * Teams that answers may name: once any round has answers, every team keeps its place and side (the screens
 * never see who answered, so they cannot tell which teams answers name; the service checks it on save).
 */
function teamsInUse(w: Workshop): Set<string> {
  const answered = w.survey.rounds.some((r) => r.responseCount > 0);
  return new Set(answered ? w.teams.map((t) => t.id) : []);
}

/** The team question: rename or add teams; a team that answers may name keeps its place and side. */
export function TeamsEditor({ workshop }: { workshop: Workshop }) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [name, setName] = useState('');
  const [side, setSide] = useState<TeamSide>('other');

  function apply(next: Team[]): boolean {
    const result = checkTeamEdit(workshop.teams, next, teamsInUse(workshop));
    if (!result.ok) {
      setRefusals(result.refusals.map((r) => r.message));
      return false;
    }
    setRefusals([]);
    updateWorkshop((d) => {
      d.teams = next;
    });
    return true;
  }
  const change = (id: string, patch: Partial<Team>) =>
    apply(workshop.teams.map((t) => (t.id === id ? { ...t, ...patch } : t)));

  return (
    <section className="card survey-teams" aria-labelledby="survey-teams-title">
      <h3 id="survey-teams-title">Teams in the team question</h3>
      <ul>
        {workshop.teams.map((t) => (
          <li key={t.id} className="row">
            <CommitInput
              label={`Team name: ${t.name}`}
              value={t.name}
              maxLength={200}
              onCommit={(text) => change(t.id, { name: cleanText(text).trim() })}
            />
            <select
              aria-label={`Side of ${t.name}`}
              value={t.side}
              onChange={(e) => change(t.id, { side: e.target.value as TeamSide })}
            >
              {SIDES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove team ${t.name}`}
              onClick={() => apply(workshop.teams.filter((x) => x.id !== t.id))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          const clean = cleanText(name).trim();
          if (!clean) return setRefusals(['Type the new team’s name first.']);
          if (apply([...workshop.teams, { id: newId(), name: clean, side }])) setName('');
        }}
      >
        <input
          aria-label="New team name"
          placeholder="New team"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
        <select aria-label="Side of the new team" value={side} onChange={(e) => setSide(e.target.value as TeamSide)}>
          {SIDES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <button type="submit">Add team</button>
      </form>
      {refusals.length > 0 && (
        <div className="survey-refusal" role="alert">
          {refusals.map((r) => (
            <p key={r}>{r}</p>
          ))}
        </div>
      )}
    </section>
  );
}
