import {
  formatAmount,
  formatPercent,
  type CalculatorResult,
  type FunnelVolumes,
} from '../../../shared/domain/calculator';
import type { Workshop } from '../../../shared/schema/workshop';
import { SlideLayout } from './SlideLayout';

const PERIOD_WORD = { month: 'month', quarter: 'quarter', year: 'year' } as const;

/** The stages worked backwards, from the top of the funnel, with their labels. */
export const VOLUME_ROWS: { key: keyof FunnelVolumes; label: string }[] = [
  { key: 'leads', label: 'Leads' },
  { key: 'mqls', label: 'MQLs' },
  { key: 'sals', label: 'SALs' },
  { key: 'sqls', label: 'SQLs' },
  { key: 'opportunities', label: 'Opportunities' },
  { key: 'customers', label: 'Customers' },
];

/** The shared revenue goal worked backwards into customers and leads, with the working shown. */
export function ObjectivesSlide({ workshop, targets }: { workshop: Workshop; targets: CalculatorResult }) {
  const o = workshop.objectives;
  const period = PERIOD_WORD[o.period];
  if (!targets.ok || !targets.perPeriod || !targets.perMonth) {
    return (
      <SlideLayout section="Objectives" title="Working back from the revenue goal">
        <p className="slide-lead">The objectives are not complete yet.</p>
        <ul className="slide-list">
          {Object.values(targets.errors).map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </SlideLayout>
    );
  }
  const perPeriod = targets.perPeriod;
  const perMonth = targets.perMonth;
  const rows = VOLUME_ROWS.filter((r) => perPeriod[r.key] !== undefined);
  const stages = o.rateMode === 'stages';
  return (
    <SlideLayout
      section="Objectives"
      title={`Revenue goal: ${o.currency}${formatAmount(o.revenueGoal ?? 0)} per ${period}`}
      className="slide-objectives"
    >
      <div className="objectives-slide">
        <table className="volumes-table">
          <caption className="visually-hidden">People needed per {period} and per month</caption>
          <thead>
            <tr>
              <th scope="col">Needed</th>
              <th scope="col">per {period}</th>
              {targets.months > 1 && <th scope="col">per month</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.key === 'customers' || r.key === 'leads' ? 'volumes-key' : undefined}>
                <th scope="row">{r.label}</th>
                <td>{formatAmount(perPeriod[r.key] ?? 0)}</td>
                {targets.months > 1 && <td>{formatAmount(perMonth[r.key] ?? 0)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="objectives-message">
          {o.rateMode === 'stages' && perPeriod.mqls !== undefined && perPeriod.sqls !== undefined
            ? `Marketing delivers ${formatAmount(perPeriod.leads)} leads and ${formatAmount(perPeriod.mqls)} MQLs; Sales turns ${formatAmount(perPeriod.sqls)} SQLs into ${formatAmount(perPeriod.customers)} customers per ${period}.`
            : `Marketing delivers ${formatAmount(perPeriod.leads)} leads; Sales closes ${formatPercent(targets.leadToCustomerRate ?? 0)} of them: ${formatAmount(perPeriod.customers)} customers per ${period}.`}
        </p>
        <div className={`working ${stages ? 'working-compact' : ''}`}>
          <h2 className="working-title">The working</h2>
          <ol className="working-list">
            <li>
              <span className="working-label">Average deal size</span> {o.currency}
              {formatAmount(targets.dealSize ?? 0)}
              {o.dealSizeMode === 'derived' ? ' (current revenue / current customers)' : ''}
            </li>
            {o.rateMode !== 'stages' && (
              <li>
                <span className="working-label">Lead-to-customer rate</span>{' '}
                {formatPercent(targets.leadToCustomerRate ?? 0)}
                {o.rateMode === 'derived' ? ' (current customers / current leads)' : ''}
              </li>
            )}
            {targets.working
              // The table already shows per month; the first two lines are listed above.
              .filter((w) => !['Average deal size', 'Lead-to-customer rate', 'Per month'].includes(w.label))
              .map((w) => (
                <li key={w.label}>
                  <span className="working-label">{w.label}</span> {w.expression}
                  {!stages && <span className="working-rule"> ({w.rule})</span>}
                </li>
              ))}
          </ol>
        </div>
      </div>
    </SlideLayout>
  );
}
