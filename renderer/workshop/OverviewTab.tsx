import { useState } from 'react';
import { newId } from '../../shared/domain/ids';
import { cleanText } from '../../shared/domain/text';
import { LIMITS } from '../../shared/schema/limits';
import type { TeamSide } from '../../shared/schema/team';
import type { Phase } from '../../shared/schema/workshop';
import { Field } from '../components/Field';
import { TextSetting } from '../components/TextSetting';
import { useTandem } from '../store';
import './overview.css';

const required = (what: string) => (text: string) =>
  !text.trim()
    ? `${what} cannot be empty.`
    : Array.from(text.trim()).length > LIMITS.shortText
      ? `At most ${LIMITS.shortText} characters.`
      : null;

const PHASES: { id: Phase; label: string }[] = [
  { id: 'prepare', label: 'Preparing' },
  { id: 'survey', label: 'Survey' },
  { id: 'workshop', label: 'Workshop' },
  { id: 'follow-up', label: 'Follow-up' },
];

const SIDES: { id: TeamSide; label: string }[] = [
  { id: 'sales', label: 'Sales side' },
  { id: 'marketing', label: 'Marketing side' },
  { id: 'leadership', label: 'Leadership' },
  { id: 'customer-success', label: 'Customer success' },
  { id: 'other', label: 'Other' },
];

/** The workshop's details: what it is, who takes part, where it stands, and the anonymity threshold. */
export function OverviewTab() {
  const workshop = useTandem((s) => s.workshop);
  const update = useTandem((s) => s.updateWorkshop);
  const [teamError, setTeamError] = useState<string | null>(null);
  if (!workshop) return null;
  const hasResponses = workshop.survey.rounds.some((r) => r.responseCount > 0);

  return (
    <div className="overview">
      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title">Details</h2>
        <TextSetting
          label="Title"
          value={workshop.title}
          validate={required('The title')}
          onCommit={(t) => update((w) => void (w.title = cleanText(t).trim()))}
        />
        <TextSetting
          label="Company"
          value={workshop.company}
          validate={required('The company')}
          onCommit={(t) => update((w) => void (w.company = cleanText(t).trim()))}
        />
        <div className="row">
          <TextSetting
            label="Date"
            type="date"
            value={workshop.date}
            validate={(t) => (/^\d{4}-\d{2}-\d{2}$/.test(t) ? null : 'Pick the day of the workshop.')}
            onCommit={(t) => update((w) => void (w.date = t))}
          />
          <TextSetting
            label="Facilitator"
            value={workshop.facilitator}
            validate={(t) =>
              Array.from(t).length > LIMITS.shortText ? `At most ${LIMITS.shortText} characters.` : null
            }
            onCommit={(t) => update((w) => void (w.facilitator = cleanText(t).trim()))}
          />
        </div>
        <Field label="Phase" hint="Tandem keeps a snapshot of the workshop each time the phase changes.">
          <select value={workshop.phase} onChange={(e) => update((w) => void (w.phase = e.target.value as Phase))}>
            {PHASES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </Field>
      </section>

      <section className="card" aria-labelledby="teams-title">
        <h2 id="teams-title">Teams taking part</h2>
        <p className="muted">
          Rename a team or say which side it counts for. The Sales vs Marketing gap compares the two sides.
        </p>
        <ul className="team-list">
          {workshop.teams.map((team, i) => (
            <li key={team.id} className="row">
              <TextSetting
                label={`Team ${i + 1}`}
                value={team.name}
                validate={(t) =>
                  required('A team name')(t) ??
                  (workshop.teams.some((o) => o.id !== team.id && o.name.toLowerCase() === t.trim().toLowerCase())
                    ? 'Another team already has this name.'
                    : null)
                }
                onCommit={(t) => update((w) => void (w.teams[i]!.name = cleanText(t).trim()))}
              />
              <Field label="Counts as">
                <select
                  value={team.side}
                  onChange={(e) => update((w) => void (w.teams[i]!.side = e.target.value as TeamSide))}
                >
                  {SIDES.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </Field>
              <button
                type="button"
                className="danger"
                disabled={hasResponses || workshop.teams.length <= 1}
                title={hasResponses ? 'Teams cannot be removed once responses have arrived.' : undefined}
                onClick={() => update((w) => void w.teams.splice(i, 1))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        {teamError && (
          <p className="field-error" role="alert">
            {teamError}
          </p>
        )}
        <button
          type="button"
          onClick={() => {
            if (workshop.teams.length >= LIMITS.teams) return setTeamError(`At most ${LIMITS.teams} teams.`);
            setTeamError(null);
            update((w) => void w.teams.push({ id: newId(), name: `Team ${w.teams.length + 1}`, side: 'other' }));
          }}
        >
          Add a team
        </button>
      </section>

      <section className="card" aria-labelledby="anonymity-title">
        <h2 id="anonymity-title">Anonymity</h2>
        <Field
          label="Smallest group shown in results"
          hint="A team’s numbers are shown only when at least this many of its people answered. 5 is the default; it can be lowered to 3, never below."
        >
          <select
            value={workshop.anonymityThreshold}
            onChange={(e) => update((w) => void (w.anonymityThreshold = Number(e.target.value)))}
          >
            {[3, 4, 5, 6, 7, 8, 10].map((n) => (
              <option key={n} value={n}>
                {n} people
              </option>
            ))}
          </select>
        </Field>
      </section>
    </div>
  );
}
