import type { Workshop } from '../../../shared/schema/workshop';
import { SlideLayout } from './SlideLayout';

const OWNER = {
  marketing: 'Marketing',
  sales: 'Sales',
  shared: 'Shared',
  'customer-success': 'Customer success',
} as const;

/** A plain funnel slide (stages, owners, volumes) until the funnel registers its own picture. */
export function FunnelListSlide({ workshop }: { workshop: Workshop }) {
  return (
    <SlideLayout section="Funnel" title="Our lead-to-cash funnel">
      <ol className="slide-table-list">
        {workshop.funnel.stages.slice(0, 9).map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong> · {OWNER[s.owner]}
            {s.volumePerMonth !== null ? ` · ${s.volumePerMonth} per month` : ''}
            {s.conversionRate !== null ? ` · ${s.conversionRate}% convert` : ''}
          </li>
        ))}
      </ol>
    </SlideLayout>
  );
}

/** Who does what by when: the open actions, until the actions part registers its own slides. */
export function ActionsListSlide({ workshop }: { workshop: Workshop }) {
  const open = workshop.actions.filter((a) => a.status === 'open' || a.status === 'in-progress');
  return (
    <SlideLayout section="Actions" title="Who does what by when">
      <table className="slide-table">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {open.slice(0, 7).map((a) => (
            <tr key={a.id}>
              <td>{a.what}</td>
              <td>{a.who || '—'}</td>
              <td>{a.due ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open.length > 7 && <p className="slide-footnote">and {open.length - 7} more in the action list</p>}
    </SlideLayout>
  );
}
