import { formatAmount, type CalculatorResult } from '../../shared/domain/calculator';
import type { Objectives } from '../../shared/schema/objectives';
import { VOLUME_ROWS } from '../present/slides/ObjectivesSlide';

/** What the calculator worked out: people needed per period and per month, and the working line by line. */
export function CalculatorResultView({ result, objectives }: { result: CalculatorResult; objectives: Objectives }) {
  if (!result.ok || !result.perPeriod || !result.perMonth) {
    return (
      <div className="calculator-result calculator-incomplete" aria-live="polite">
        <p>
          <strong>Numbers needed:</strong> fill in the fields above (messages next to them say what is missing).
        </p>
      </div>
    );
  }
  const perPeriod = result.perPeriod;
  const perMonth = result.perMonth;
  const rows = VOLUME_ROWS.filter((r) => perPeriod[r.key] !== undefined);
  return (
    <div className="calculator-result" aria-live="polite">
      <table className="data calculator-table">
        <caption>People needed (rounded up to whole people)</caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">per {objectives.period}</th>
            <th scope="col">per month</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td data-testid={`per-period-${r.key}`}>{formatAmount(perPeriod[r.key] ?? 0)}</td>
              <td data-testid={`per-month-${r.key}`}>{formatAmount(perMonth[r.key] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>The working</h3>
      <ol className="calculator-steps">
        {result.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </div>
  );
}
