import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { actionCounts, filterActions, ownerLabel, sortActions } from '../../shared/domain/actions/list';
import { currentSession, startFollowUpSession } from '../../shared/domain/actions/review';
import { closeVersion } from '../../shared/domain/playbook/facts';
import { humanDay } from '../../shared/domain/actions/dates';
import { newId } from '../../shared/domain/ids';
import { hasWorkstream, prioritisedWorkstream } from '../../shared/domain/room/workstream';
import type { ActionItem } from '../../shared/schema/actions';
import { loadFindings } from '../exports/loadFindings';
import { useTandem } from '../store';
import { ActionFilters, type ListView } from './ActionFilters';
import { ActionRow } from './ActionRow';
import { FollowUpDialog } from './FollowUpDialog';
import { QuickAdd } from './QuickAdd';
import { SessionReview } from './SessionReview';
import { sourceOptions } from './sources';
import { useToday } from './useToday';
import './actions.css';

/** Moves focus to the same column of the row above or below (keyboard-first editing). */
function moveRow(e: KeyboardEvent<HTMLTableSectionElement>, delta: number): boolean {
  const cell = (e.target as HTMLElement).closest('td');
  const row = cell?.closest('tr');
  if (!cell || !row) return false;
  const col = cell.dataset.col;
  const target = delta < 0 ? row.previousElementSibling : row.nextElementSibling;
  const next = target?.querySelector<HTMLElement>(
    `td[data-col="${col}"] input, td[data-col="${col}"] select, td[data-col="${col}"] button`,
  );
  if (!next) return false;
  next.focus();
  return true;
}

/** Actions: capture who does what by when while the room talks, review them at the next session. */
export function ActionsTab() {
  const workshop = useTandem((s) => s.workshop);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const notify = useTandem((s) => s.notify);
  const today = useToday();
  const quickAdd = useRef<HTMLInputElement>(null);
  const ws = workshop;
  // Once the room has prioritised, the list comes out in the room's order (the prioritised workstream).
  const [view, setView] = useState<ListView>(() => ({
    filter: { status: 'all' },
    sort: ws && hasWorkstream(ws) ? 'workstream' : 'due',
    direction: 'asc',
  }));
  const [followUp, setFollowUp] = useState(false);

  // "/" or "n" anywhere on the tab (outside a field or dialog) jumps to the quick-add line.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (
        e.ctrlKey ||
        e.metaKey ||
        e.altKey ||
        el?.closest('input, select, textarea, button, dialog, [contenteditable]')
      )
        return;
      if (e.key === '/' || e.key === 'n') {
        e.preventDefault();
        quickAdd.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const actions = workshop?.actions;
  const teams = workshop?.teams;
  const room = workshop?.room;
  const threshold = workshop?.anonymityThreshold ?? 5;
  const ranks = useMemo(() => {
    const map = new Map<string, number>();
    if (actions && teams && room)
      for (const r of prioritisedWorkstream({ actions, teams, room, anonymityThreshold: threshold }))
        if (r.rank !== null) map.set(r.action.id, r.rank);
    return map;
  }, [actions, teams, room, threshold]);
  const shown = useMemo(
    () =>
      actions && teams
        ? sortActions(filterActions(actions, view.filter, teams, today), view.sort, teams, view.direction, (a) =>
            ranks.has(a.id) ? (ranks.get(a.id) as number) : null,
          )
        : [],
    [actions, teams, view, today, ranks],
  );
  if (!workshop || !actions || !teams) return null;
  const counts = actionCounts(actions, today);
  const owners = [...new Set(actions.map((a) => a.who.trim()).filter(Boolean))].sort();
  const options = sourceOptions(workshop);
  const session = currentSession(workshop);

  const remove = (action: ActionItem) => {
    const index = workshop.actions.findIndex((a) => a.id === action.id);
    updateWorkshop((d) => {
      d.actions = d.actions.filter((a) => a.id !== action.id);
    });
    notify({
      tone: 'info',
      text: `Deleted “${action.what.slice(0, 80)}”.`,
      action: {
        label: 'Undo',
        run: () =>
          updateWorkshop((d) => {
            if (!d.actions.some((a) => a.id === action.id)) d.actions.splice(Math.max(0, index), 0, action);
          }),
      },
    });
  };

  const onTableKey = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const el = e.target as HTMLElement;
    const isText = el instanceof HTMLInputElement && el.type === 'text';
    if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && (isText || e.ctrlKey || e.metaKey)) {
      if (moveRow(e, e.key === 'ArrowUp' ? -1 : 1)) e.preventDefault();
      return;
    }
    const rowIndex = Number(el.closest('tr')?.dataset.row);
    const action = Number.isInteger(rowIndex) ? shown[rowIndex] : undefined;
    if (!action) return;
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      updateWorkshop((d) => {
        const a = d.actions.find((x) => x.id === action.id);
        if (a) a.status = a.status === 'done' ? 'open' : 'done';
      });
    } else if ((e.ctrlKey || e.metaKey) && (e.key === 'Delete' || e.key === 'Backspace')) {
      e.preventDefault();
      remove(action);
    }
  };

  return (
    <section className="actions-tab stack" aria-labelledby="actions-title">
      <header className="actions-header row">
        <div>
          <h2 id="actions-title">Actions: who does what by when</h2>
          <p className="muted" aria-live="polite">
            {counts.total} action{counts.total === 1 ? '' : 's'} · {counts.active} open ·{' '}
            <span className={counts.overdue ? 'overdue-count' : undefined}>{counts.overdue} overdue</span> ·{' '}
            {counts.done} done · {counts.dropped} dropped
            {session ? ` · session: ${session.name} (${humanDay(session.date)})` : ''}
          </p>
        </div>
        <button type="button" onClick={() => setFollowUp(true)}>
          Start a follow-up session
        </button>
      </header>

      <SessionReview />
      <QuickAdd ref={quickAdd} today={today} />
      <ActionFilters view={view} owners={owners} teams={teams} onChange={setView} />

      {actions.length === 0 ? (
        <p className="card empty-actions">
          No actions yet. Type one in the line above, e.g. <kbd>Agree MQL definition @Anna #marketing by friday</kbd>,
          and press Enter.
        </p>
      ) : shown.length === 0 ? (
        <p className="card">
          No action matches these filters.{' '}
          <button type="button" onClick={() => setView({ ...view, filter: { status: 'all' } })}>
            Show all
          </button>
        </p>
      ) : (
        <table className="data actions-table">
          <caption className="visually-hidden">Actions, {shown.length} shown</caption>
          <thead>
            <tr>
              {(
                [
                  ['What', 'what'],
                  ['Who', 'owner'],
                  ['When', 'due'],
                  ['Status', 'status'],
                  ['Priority', 'priority'],
                ] as const
              ).map(([label, key]) => (
                <th
                  key={key}
                  scope="col"
                  aria-sort={view.sort === key ? (view.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    className="sort-header"
                    onClick={() =>
                      setView({
                        ...view,
                        sort: key,
                        direction: view.sort === key && view.direction === 'asc' ? 'desc' : 'asc',
                      })
                    }
                  >
                    {label}
                    <span aria-hidden="true">{view.sort === key ? (view.direction === 'asc' ? ' ↑' : ' ↓') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">From</th>
              <th scope="col">
                <span className="visually-hidden">Delete</span>
              </th>
            </tr>
          </thead>
          <tbody onKeyDown={onTableKey}>
            {shown.map((a, i) => (
              <ActionRow
                key={a.id}
                action={a}
                index={i}
                teams={teams}
                options={options}
                today={today}
                onDelete={remove}
              />
            ))}
          </tbody>
        </table>
      )}
      <p className="field-hint">
        Keys: <kbd>/</kbd> new action · <kbd>↑</kbd>/<kbd>↓</kbd> move between rows (<kbd>Ctrl</kbd>+arrows in lists) ·{' '}
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> done / open · <kbd>Ctrl</kbd>+<kbd>Delete</kbd> delete (undo in the message).
        Owners: {owners.length ? owners.join(', ') : 'none yet'}.
      </p>
      {followUp && (
        <FollowUpDialog
          open
          today={today}
          defaultName={`Follow-up ${Math.max(1, workshop.sessions.length)}`}
          onCancel={() => setFollowUp(false)}
          onStart={async (name, date) => {
            const before = useTandem.getState().workshop;
            // The version keeps the alignment scores too: the service computes them from the answers.
            const findings = before ? await loadFindings(before).catch(() => ({})) : {};
            updateWorkshop((d) => {
              // The playbook as it stood until today becomes a version of its own; the follow-up makes the next.
              if (before) d.playbook.versions.push(closeVersion(before, date, name, findings));
              const next = startFollowUpSession(
                { date: d.date, sessions: d.sessions, actions: d.actions },
                { id: newId(), name, date },
                { id: newId() },
              );
              d.sessions = next.sessions;
              d.actions = next.actions;
            });
            setFollowUp(false);
            notify({ tone: 'success', text: `Session “${name}” started. Review the open actions first.` });
          }}
        />
      )}
    </section>
  );
}

/** For tests and other tabs: an owner label in the same words as the list. */
export { ownerLabel };
