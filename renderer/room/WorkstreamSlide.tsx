import { humanDay } from '../../shared/domain/actions/dates';
import { ownerLabel } from '../../shared/domain/actions/list';
import type { WorkstreamRow } from '../../shared/domain/room/workstream';
import type { Team } from '../../shared/schema/team';
import { sourceLabel } from '../../shared/domain/actions/source';
import { SlideLayout } from '../present/slides/SlideLayout';

/** The prioritised workstream: the actions in the room's order, each with who, when and where it came from. */
export function WorkstreamSlide({ rows, teams, title }: { rows: WorkstreamRow[]; teams: Team[]; title: string }) {
  return (
    <SlideLayout section="Prioritise" title={title}>
      <table className="slide-table workstream-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">When</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.action.id}>
              <td>{r.rank ?? '—'}</td>
              <td>{r.action.what.length > 90 ? `${r.action.what.slice(0, 89)}…` : r.action.what}</td>
              <td>{ownerLabel(r.action, teams) || '—'}</td>
              <td>{r.action.due ? humanDay(r.action.due) : '—'}</td>
              <td className="workstream-source">{sourceLabel(r.action) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </SlideLayout>
  );
}
