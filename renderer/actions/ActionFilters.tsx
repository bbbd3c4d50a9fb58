import type { ActionFilter, ActionSortKey } from '../../shared/domain/actions/list';
import type { Team } from '../../shared/schema/team';

export interface ListView {
  filter: ActionFilter;
  sort: ActionSortKey;
  direction: 'asc' | 'desc';
}

interface Props {
  view: ListView;
  owners: string[];
  teams: Team[];
  onChange: (view: ListView) => void;
}

/** Sort and filter controls for the action list: owner, status, team, date, overdue. */
export function ActionFilters({ view, owners, teams, onChange }: Props) {
  const f = view.filter;
  const set = (patch: Partial<ActionFilter>) => onChange({ ...view, filter: { ...f, ...patch } });
  return (
    <div className="action-filters row" role="group" aria-label="Sort and filter">
      <div className="field">
        <label htmlFor="filter-owner">Owner</label>
        <input
          id="filter-owner"
          type="search"
          list="owner-names"
          value={f.owner ?? ''}
          placeholder="Anyone"
          onChange={(e) => set({ owner: e.target.value })}
        />
        <datalist id="owner-names">
          {owners.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor="filter-team">Team</label>
        <select id="filter-team" value={f.teamId ?? ''} onChange={(e) => set({ teamId: e.target.value || null })}>
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select
          id="filter-status"
          value={f.status ?? 'all'}
          onChange={(e) => set({ status: e.target.value as ActionFilter['status'] })}
        >
          <option value="all">All</option>
          <option value="active">Open or in progress</option>
          <option value="open">Open</option>
          <option value="in-progress">In progress</option>
          <option value="done">Done</option>
          <option value="dropped">Dropped</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-due">Due by</label>
        <input
          id="filter-due"
          type="date"
          value={f.dueBy ?? ''}
          onChange={(e) => set({ dueBy: e.target.value || null })}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={Boolean(f.overdueOnly)}
          onChange={(e) => set({ overdueOnly: e.target.checked })}
        />
        Overdue only
      </label>
      <div className="field">
        <label htmlFor="sort-key">Sort by</label>
        <select
          id="sort-key"
          value={view.sort}
          onChange={(e) => onChange({ ...view, sort: e.target.value as ActionSortKey })}
        >
          <option value="workstream">The room’s priority (workstream)</option>
          <option value="due">Due date</option>
          <option value="owner">Owner</option>
          <option value="status">Status</option>
          <option value="priority">Priority</option>
          <option value="created">Order added</option>
          <option value="what">What (A–Z)</option>
        </select>
      </div>
      <button
        type="button"
        aria-label={view.direction === 'asc' ? 'Ascending; switch to descending' : 'Descending; switch to ascending'}
        onClick={() => onChange({ ...view, direction: view.direction === 'asc' ? 'desc' : 'asc' })}
      >
        {view.direction === 'asc' ? '↑ Ascending' : '↓ Descending'}
      </button>
    </div>
  );
}
