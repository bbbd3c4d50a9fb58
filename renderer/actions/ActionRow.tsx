import { memo, useState } from 'react';
import { parseIsoDay } from '../../shared/domain/actions/dates';
import { ACTION_STATUSES, isOverdue, PRIORITY_LABEL, STATUS_LABEL } from '../../shared/domain/actions/list';
import { cleanText } from '../../shared/domain/text';
import type { ActionItem } from '../../shared/schema/actions';
import type { Team } from '../../shared/schema/team';
import { useTandem } from '../store';
import { SourceSelect } from './SourceSelect';
import type { SourceOption } from './sources';

interface Props {
  action: ActionItem;
  index: number;
  teams: Team[];
  options: SourceOption[];
  today: string;
  onDelete: (action: ActionItem) => void;
}

/** One action as an editable table row; every cell is a labelled control reachable by keyboard. */
export const ActionRow = memo(function ActionRow({ action, index, teams, options, today, onDelete }: Props) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const [what, setWhat] = useState(action.what);
  const [whatError, setWhatError] = useState<string | null>(null);
  const [editingWhat, setEditingWhat] = useState(false);
  const overdue = isOverdue(action, today);
  const n = index + 1;

  const change = (recipe: (a: ActionItem) => void) =>
    updateWorkshop((d) => {
      const a = d.actions.find((x) => x.id === action.id);
      if (a) recipe(a as ActionItem);
    });

  const commitWhat = () => {
    const text = cleanText(what).replace(/\s+/g, ' ').trim();
    if (!text) {
      setWhatError('Say what needs doing (Esc puts the old text back).');
      return false;
    }
    setWhatError(null);
    if (text !== action.what) change((a) => (a.what = text));
    setWhat(text);
    return true;
  };

  return (
    <tr
      className={`action-row status-${action.status}${overdue ? ' is-overdue' : ''}`}
      data-row={index}
      aria-label={`Action ${n}: ${action.what}`}
    >
      <td data-col="what">
        <input
          type="text"
          aria-label={`What (action ${n})`}
          value={editingWhat ? what : action.what}
          maxLength={1000}
          aria-invalid={whatError ? true : undefined}
          onFocus={() => {
            setWhat(action.what);
            setEditingWhat(true);
          }}
          onChange={(e) => setWhat(e.target.value)}
          onBlur={() => {
            if (commitWhat()) setEditingWhat(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitWhat();
            if (e.key === 'Escape') {
              setWhat(action.what);
              setWhatError(null);
            }
          }}
        />
        {whatError && (
          <div className="field-error" role="alert">
            {whatError}
          </div>
        )}
        {overdue && <span className="badge badge-overdue">Overdue</span>}
        {action.reviews.length > 0 && (
          <span className="badge">
            Carried over ×{action.reviews.filter((r) => r.decision === 'carried-over').length}
          </span>
        )}
      </td>
      <td data-col="who">
        <input
          type="text"
          aria-label={`Who (action ${n})`}
          value={action.who}
          maxLength={200}
          placeholder="Person"
          onChange={(e) => change((a) => (a.who = cleanText(e.target.value)))}
        />
        <select
          aria-label={`Team (action ${n})`}
          value={action.teamId ?? ''}
          onChange={(e) => change((a) => (a.teamId = e.target.value || null))}
        >
          <option value="">No team</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </td>
      <td data-col="due">
        <input
          type="date"
          aria-label={`Due date (action ${n})`}
          value={action.due ?? ''}
          onChange={(e) => {
            const v = e.target.value;
            if (v === '') change((a) => (a.due = null));
            else if (parseIsoDay(v)) change((a) => (a.due = v));
          }}
        />
      </td>
      <td data-col="status">
        <select
          aria-label={`Status (action ${n})`}
          value={action.status}
          onChange={(e) => change((a) => (a.status = e.target.value as ActionItem['status']))}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </td>
      <td data-col="priority">
        <select
          aria-label={`Priority (action ${n})`}
          value={action.priority}
          onChange={(e) => change((a) => (a.priority = e.target.value as ActionItem['priority']))}
        >
          {(['high', 'medium', 'low'] as const).map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABEL[p]}
            </option>
          ))}
        </select>
      </td>
      <td data-col="source">
        <SourceSelect
          label={`From (action ${n})`}
          options={options}
          value={action.source}
          onChange={(source) => change((a) => (a.source = source))}
        />
      </td>
      <td data-col="delete">
        <button
          type="button"
          className="icon-button"
          aria-label={`Delete action ${n}`}
          onClick={() => onDelete(action)}
        >
          ✕
        </button>
      </td>
    </tr>
  );
});
