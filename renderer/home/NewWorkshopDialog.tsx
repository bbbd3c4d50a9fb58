import { useState, type FormEvent } from 'react';
import { localDay } from '../../shared/domain/actions/dates';
import { LIMITS } from '../../shared/schema/limits';
import type { TeamSide } from '../../shared/schema/team';
import type { NewWorkshopInput } from '../../shared/schema/workshop';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';

interface TeamChoice {
  name: string;
  side: TeamSide;
  chosen: boolean;
}

const PRESET_TEAMS: TeamChoice[] = [
  { name: 'Sales', side: 'sales', chosen: true },
  { name: 'Marketing', side: 'marketing', chosen: true },
  { name: 'Leadership', side: 'leadership', chosen: true },
  { name: 'Customer success', side: 'customer-success', chosen: false },
  { name: 'Other', side: 'other', chosen: false },
];

const SIDE_LABEL: Record<TeamSide, string> = {
  sales: 'Sales side',
  marketing: 'Marketing side',
  leadership: 'Leadership',
  'customer-success': 'Customer success',
  other: 'Other',
};

// The local day without Intl: a locale's date formatting costs a first screen tens of milliseconds to set up.
const today = () => localDay(new Date());

type Errors = Partial<Record<'company' | 'title' | 'date' | 'teams' | 'newTeam', string>>;

function check(company: string, title: string, date: string, teams: TeamChoice[]): Errors {
  const errors: Errors = {};
  if (!company.trim()) errors.company = 'Enter the company the workshop is for.';
  else if (company.trim().length > LIMITS.shortText) errors.company = `At most ${LIMITS.shortText} characters.`;
  if (!title.trim()) errors.title = 'Give the workshop a title, e.g. “Q1 Smarketing workshop”.';
  else if (title.trim().length > LIMITS.shortText) errors.title = `At most ${LIMITS.shortText} characters.`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
    errors.date = 'Pick the day of the workshop.';
  if (!teams.some((t) => t.chosen)) errors.teams = 'Choose at least one team taking part.';
  return errors;
}

/** Creates a workshop: company, title, date, facilitator and the teams taking part. */
export function NewWorkshopDialog(props: {
  open: boolean;
  onClose: () => void;
  onCreate: (input: NewWorkshopInput) => Promise<void>;
}) {
  const [company, setCompany] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(today);
  const [facilitator, setFacilitator] = useState('');
  const [teams, setTeams] = useState(PRESET_TEAMS);
  const [newTeam, setNewTeam] = useState('');
  const [newSide, setNewSide] = useState<TeamSide>('other');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  function addTeam() {
    const name = newTeam.trim();
    if (!name) return setErrors({ ...errors, newTeam: 'Type the team’s name first.' });
    if (teams.some((t) => t.name.toLowerCase() === name.toLowerCase()))
      return setErrors({ ...errors, newTeam: 'There is already a team with this name.' });
    if (teams.length >= LIMITS.teams) return setErrors({ ...errors, newTeam: `At most ${LIMITS.teams} teams.` });
    setTeams([...teams, { name: name.slice(0, LIMITS.shortText), side: newSide, chosen: true }]);
    setNewTeam('');
    setErrors({ ...errors, newTeam: undefined });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = check(company, title, date, teams);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    setFailure(null);
    try {
      await props.onCreate({
        company: company.trim(),
        title: title.trim(),
        date,
        facilitator: facilitator.trim(),
        teams: teams.filter((t) => t.chosen).map(({ name, side }) => ({ name, side })),
      });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="New workshop" open={props.open} onClose={props.onClose}>
      <form onSubmit={submit} noValidate className="new-workshop-form">
        <Field label="Company" error={errors.company}>
          <input
            value={company}
            onChange={(e) => setCompany(e.target.value)}
            autoFocus
            maxLength={LIMITS.shortText + 50}
          />
        </Field>
        <Field label="Workshop title" error={errors.title}>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={LIMITS.shortText + 50} />
        </Field>
        <div className="row">
          <Field label="Date" error={errors.date}>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </Field>
          <Field label="Facilitator" hint="Optional">
            <input value={facilitator} onChange={(e) => setFacilitator(e.target.value)} maxLength={LIMITS.shortText} />
          </Field>
        </div>
        <fieldset className="teams-choice" aria-describedby={errors.teams ? 'teams-error' : undefined}>
          <legend>Teams taking part</legend>
          {teams.map((t, i) => (
            <label key={t.name} className="check">
              <input
                type="checkbox"
                checked={t.chosen}
                onChange={(e) => setTeams(teams.map((x, j) => (j === i ? { ...x, chosen: e.target.checked } : x)))}
              />
              {t.name} <span className="muted">({SIDE_LABEL[t.side]})</span>
            </label>
          ))}
          {errors.teams && (
            <div className="field-error" id="teams-error" role="alert">
              {errors.teams}
            </div>
          )}
          <div className="row add-team">
            <Field label="Add a team" error={errors.newTeam}>
              <input
                value={newTeam}
                onChange={(e) => setNewTeam(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addTeam();
                  }
                }}
              />
            </Field>
            <Field label="Counts as">
              <select value={newSide} onChange={(e) => setNewSide(e.target.value as TeamSide)}>
                {Object.entries(SIDE_LABEL).map(([side, label]) => (
                  <option key={side} value={side}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
            <button type="button" onClick={addTeam}>
              Add team
            </button>
          </div>
        </fieldset>
        {failure && (
          <p role="alert" className="error-text">
            {failure}
          </p>
        )}
        <div className="dialog-actions row">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Create workshop
          </button>
        </div>
      </form>
    </Dialog>
  );
}
