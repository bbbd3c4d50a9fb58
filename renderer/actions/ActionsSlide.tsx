import { humanDay } from '../../shared/domain/actions/dates';
import { isOverdue, ownerLabel } from '../../shared/domain/actions/list';
import type { ActionItem } from '../../shared/schema/actions';
import type { Team } from '../../shared/schema/team';
import { SlideLayout } from '../present/slides/SlideLayout';

interface Props {
  title: string;
  section: string;
  actions: ActionItem[];
  teams: Team[];
  today: string;
  footnote?: string;
}

/** Who does what by when, on the projector: overdue said in words, not by colour alone. */
export function ActionsSlide({ title, section, actions, teams, today, footnote }: Props) {
  return (
    <SlideLayout section={section} title={title}>
      {actions.length === 0 ? (
        <p className="slide-lead">No open actions.</p>
      ) : (
        <table className="slide-table">
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col">Who</th>
              <th scope="col">When</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => (
              <tr key={a.id}>
                <td>{a.what.length > 120 ? `${a.what.slice(0, 119)}…` : a.what}</td>
                <td>{ownerLabel(a, teams) || '—'}</td>
                <td>
                  {a.due ? humanDay(a.due) : '—'}
                  {isOverdue(a, today) && <strong> · overdue</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {footnote && <p className="slide-footnote">{footnote}</p>}
    </SlideLayout>
  );
}
