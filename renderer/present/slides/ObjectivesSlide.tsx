import type { CalculatorResult, FunnelVolumes } from '../../../shared/domain/calculator';
import { formatAmount, formatPercent } from '../../../shared/domain/number';
import { ROUNDING_RULE, signedGap, targetTable, workshopModel } from '../../../shared/domain/revenue';
import type { Workshop } from '../../../shared/schema/workshop';
import { SlideLayout } from './SlideLayout';

/** The standard stages worked backwards, from the top of the funnel, with their labels. */
export const VOLUME_ROWS: { key: keyof FunnelVolumes; label: string }[] = [
  { key: 'leads', label: 'Leads' },
  { key: 'mqls', label: 'MQLs' },
  { key: 'sals', label: 'SALs' },
  { key: 'sqls', label: 'SQLs' },
  { key: 'opportunities', label: 'Opportunities' },
  { key: 'customers', label: 'Customers' },
];

/**
 * The shared revenue goal worked backwards into every stage of the funnel, with the working shown: the one
 * revenue model's numbers (the same as the form, the funnel, the SLA and the playbook).
 */
export function ObjectivesSlide({ workshop }: { workshop: Workshop; targets?: CalculatorResult }) {
  const o = workshop.objectives;
  const model = workshopModel(workshop);
  const table = targetTable(model);
  if (!model.ok || table.rows.length === 0) {
    return (
      <SlideLayout section="Objectives" title="Working back from the revenue goal">
        <p className="slide-lead">The objectives are not complete yet.</p>
        <ul className="slide-list">
          {[...Object.values(model.errors), ...(model.problem ? [model.problem.message] : [])].map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </SlideLayout>
    );
  }
  const period = model.periodWord;
  const need = (kind: string) => table.rows.find((r) => r.kind === kind);
  const leads = need('lead');
  const mqls = need('mql');
  const sqls = need('sql');
  const customers = need('customer');
  const gaps = table.rows.filter((r) => r.gap !== null);
  const working = model.working.filter(
    (w) => !['Average deal size', 'Lead-to-customer rate', 'Per month'].includes(w.label),
  );
  return (
    <SlideLayout
      section="Objectives"
      title={`Revenue goal: ${o.currency}${formatAmount(o.revenueGoal ?? 0)} per ${period}`}
      className="slide-objectives"
    >
      <div className="objectives-slide">
        <table className="volumes-table">
          <caption className="visually-hidden">
            People needed per {period}
            {table.monthColumn ? ' and per month' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Needed</th>
              <th scope="col">per {period}</th>
              {table.monthColumn && <th scope="col">per month</th>}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.stepId} className={r.kind === 'customer' || r.kind === 'lead' ? 'volumes-key' : undefined}>
                <th scope="row">{r.label}</th>
                <td>{formatAmount(r.perPeriod)}</td>
                {table.monthColumn && <td>{formatAmount(r.perMonth)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="objectives-message">
          {model.rateMode === 'stages' && mqls && sqls && leads && customers
            ? `Marketing delivers ${formatAmount(leads.perPeriod)} leads and ${formatAmount(mqls.perPeriod)} MQLs; Sales turns ${formatAmount(sqls.perPeriod)} SQLs into ${formatAmount(customers.perPeriod)} customers per ${period}.`
            : `Marketing delivers ${formatAmount(leads?.perPeriod ?? 0)} leads; Sales closes ${formatPercent(model.leadToCustomerRate ?? 0)} of them: ${formatAmount(customers?.perPeriod ?? 0)} customers per ${period}.`}
        </p>
        <div className={`working ${working.length > 3 ? 'working-compact' : ''}`}>
          <h2 className="working-title">The working</h2>
          <ol className="working-list">
            <li>
              <span className="working-label">Average deal size</span> {o.currency}
              {formatAmount(model.dealSize ?? 0)}
              {o.dealSizeMode === 'derived' ? ' (current revenue / current customers)' : ''}
            </li>
            {model.rateMode !== 'stages' && (
              <li>
                <span className="working-label">Lead-to-customer rate</span>{' '}
                {formatPercent(model.leadToCustomerRate ?? 0)}
                {model.rateMode === 'derived' ? ' (current customers / current leads)' : ''}
              </li>
            )}
            {working.map((w) => (
              <li key={w.label}>
                <span className="working-label">{w.label}</span> {w.expression}
                {working.length <= 3 && <span className="working-rule"> ({w.rule})</span>}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <p className="slide-footnote">
        {gaps.length > 0 &&
          `Expected today: ${gaps.map((g) => `${g.label} ${formatAmount(g.expected ?? 0)} a month (${signedGap(g.gap)})`).join(' · ')}. `}
        {ROUNDING_RULE.split('. ')[0]}.
      </p>
    </SlideLayout>
  );
}
