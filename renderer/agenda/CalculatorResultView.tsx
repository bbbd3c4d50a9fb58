import { formatAmount } from '../../shared/domain/number';
import { ROUNDING_RULE, signedGap, targetTable, type RevenueModel } from '../../shared/domain/revenue';

/** What the revenue model works out: people needed per period and per month, and the working line by line. */
export function CalculatorResultView({ model }: { model: RevenueModel }) {
  const table = targetTable(model);
  if (!model.ok || table.rows.length === 0) {
    return (
      <div className="calculator-result calculator-incomplete" aria-live="polite">
        <p>
          <strong>Numbers needed:</strong> fill in the fields above (messages next to them say what is missing).
        </p>
        {table.rows.length > 0 && (
          <p className="muted">
            Worked out so far:{' '}
            {table.rows.map((r) => `${formatAmount(r.perPeriod)} ${r.label.toLowerCase()}`).join(', ')} per{' '}
            {model.periodWord}.
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="calculator-result" aria-live="polite">
      <table className="data calculator-table">
        <caption>People needed (whole people, rounded up at every stage)</caption>
        <thead>
          <tr>
            {table.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.stepId}>
              <th scope="row">{r.label}</th>
              <td data-testid={`per-period-${r.key}`}>{formatAmount(r.perPeriod)}</td>
              {table.monthColumn && <td data-testid={`per-month-${r.key}`}>{formatAmount(r.perMonth)}</td>}
              {table.expectedColumns && <td>{r.expected === null ? 'not estimated' : formatAmount(r.expected)}</td>}
              {table.expectedColumns && (
                <td className={r.gap !== null && r.gap < 0 ? 'is-short' : undefined}>
                  {r.gap === null ? 'no estimate' : signedGap(r.gap)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">{ROUNDING_RULE}</p>
      <h3>The working</h3>
      <ol className="calculator-steps">
        {model.working.map((w) => (
          <li key={`${w.label}${w.expression}`}>
            {w.label}: {w.expression} ({w.rule})
          </li>
        ))}
      </ol>
    </div>
  );
}
