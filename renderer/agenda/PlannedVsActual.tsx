import { formatMinutes } from '../../shared/domain/agenda';
import { hasActualTime, plannedVsActual } from '../../shared/domain/agendaFit';
import type { Agenda } from '../../shared/schema/agenda';
import { useNow } from '../present/useNow';

/** After (or during) the session: planned against actual minutes per item, from the agenda timer. */
export function PlannedVsActual({ agenda }: { agenda: Agenda }) {
  const now = useNow();
  if (!hasActualTime(agenda, now)) return null;
  const rows = plannedVsActual(agenda, now);
  const planned = rows.reduce((s, r) => s + r.plannedMinutes, 0);
  const actual = rows.reduce((s, r) => s + r.actualMinutes, 0);
  return (
    <section className="card" aria-labelledby="actual-heading">
      <h2 id="actual-heading">Planned and actual time</h2>
      <table className="data">
        <caption className="visually-hidden">Planned and actual minutes per agenda item</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Planned</th>
            <th scope="col">Actual</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.title}</td>
              <td>{formatMinutes(r.plannedMinutes)}</td>
              <td>{r.actualMinutes ? formatMinutes(r.actualMinutes) : '—'}</td>
              <td>{r.actualMinutes ? signed(r.deltaMinutes) : '—'}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Total</th>
            <td>{formatMinutes(planned)}</td>
            <td>{formatMinutes(actual)}</td>
            <td>{signed(actual - planned)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function signed(minutes: number): string {
  if (minutes === 0) return 'on time';
  return minutes > 0 ? `+${formatMinutes(minutes)} over` : `${formatMinutes(-minutes)} under`;
}
