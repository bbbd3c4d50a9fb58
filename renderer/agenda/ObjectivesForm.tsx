import { calculateTargets, STAGE_CHAIN, type ObjectiveField } from '../../shared/domain/calculator';
import type { Objectives } from '../../shared/schema/objectives';
import { useTandem } from '../store';
import { CalculatorResultView } from './CalculatorResultView';
import { ModeChoice } from './ModeChoice';
import { NumberInput } from './NumberInput';

const STAGE_LABELS: Record<(typeof STAGE_CHAIN)[number]['key'], string> = {
  leadToMql: 'Lead → MQL',
  mqlToSal: 'MQL → SAL',
  salToSql: 'SAL → SQL',
  sqlToOpportunity: 'SQL → opportunity',
  opportunityToCustomer: 'Opportunity → customer',
};
const DEAL_SIZE_MODES = [
  { value: 'entered', label: 'I know it' },
  { value: 'derived', label: 'Work it out: current revenue / current customers' },
] as const;
const RATE_MODES = [
  { value: 'entered', label: 'Lead-to-customer rate' },
  { value: 'derived', label: 'Work it out: current customers / current leads' },
  { value: 'stages', label: 'Stage by stage (lead → MQL → SAL → SQL → opportunity → customer)' },
] as const;
const STAGE_ORDER = ['leadToMql', 'mqlToSal', 'salToSql', 'sqlToOpportunity', 'opportunityToCustomer'] as const;

/** The objectives of seed 003: the revenue goal and the numbers to work backwards from, with the result live. */
export function ObjectivesForm({ objectives }: { objectives: Objectives }) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const result = calculateTargets(objectives);
  const errors: Partial<Record<ObjectiveField, string>> = result.errors;
  const set = <K extends keyof Objectives>(key: K, value: Objectives[K]) =>
    updateWorkshop((draft) => {
      draft.objectives[key] = value;
    });
  const c = objectives.currency;
  return (
    <section className="card objectives" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading">Objectives: work back from the revenue goal</h2>
      <p className="muted">
        Revenue goal / average deal size = customers needed; customers / lead-to-customer rate = leads needed.
      </p>
      <div className="objectives-grid">
        <NumberInput
          name="revenueGoal"
          label="Revenue goal"
          prefix={c}
          value={objectives.revenueGoal}
          onChange={(v) => set('revenueGoal', v)}
          error={errors.revenueGoal}
        />
        <div className="field">
          <label htmlFor="objectives-period">Period</label>
          <select
            id="objectives-period"
            value={objectives.period}
            onChange={(e) => set('period', e.target.value as Objectives['period'])}
          >
            <option value="month">per month</option>
            <option value="quarter">per quarter</option>
            <option value="year">per year</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="objectives-currency">Currency</label>
          <input
            id="objectives-currency"
            className="currency-input"
            value={c}
            maxLength={8}
            onChange={(e) => set('currency', e.target.value.slice(0, 8))}
          />
        </div>
      </div>

      <fieldset className="objectives-fieldset">
        <legend>Average deal size</legend>
        <ModeChoice
          name="dealSizeMode"
          label="Average deal size"
          value={objectives.dealSizeMode}
          options={DEAL_SIZE_MODES}
          onChange={(mode) => set('dealSizeMode', mode)}
        />
        {objectives.dealSizeMode === 'entered' ? (
          <NumberInput
            name="averageDealSize"
            label="Average deal size"
            prefix={c}
            value={objectives.averageDealSize}
            onChange={(v) => set('averageDealSize', v)}
            error={errors.averageDealSize}
          />
        ) : (
          <div className="objectives-grid">
            <NumberInput
              name="currentRevenue"
              label="Current revenue"
              prefix={c}
              value={objectives.currentRevenue}
              onChange={(v) => set('currentRevenue', v)}
              error={errors.currentRevenue}
            />
            <NumberInput
              name="currentCustomers"
              label="Current customers"
              value={objectives.currentCustomers}
              onChange={(v) => set('currentCustomers', v)}
              error={errors.currentCustomers}
            />
          </div>
        )}
      </fieldset>

      <fieldset className="objectives-fieldset">
        <legend>Conversion</legend>
        <ModeChoice
          name="rateMode"
          label="Conversion"
          value={objectives.rateMode}
          options={RATE_MODES}
          onChange={(mode) => set('rateMode', mode)}
        />
        {objectives.rateMode === 'entered' && (
          <NumberInput
            name="leadToCustomerRate"
            label="Lead-to-customer rate"
            suffix="%"
            value={objectives.leadToCustomerRate}
            onChange={(v) => set('leadToCustomerRate', v)}
            error={errors.leadToCustomerRate}
          />
        )}
        {objectives.rateMode === 'derived' && (
          <div className="objectives-grid">
            {objectives.dealSizeMode !== 'derived' && (
              <NumberInput
                name="currentCustomers"
                label="Current customers"
                value={objectives.currentCustomers}
                onChange={(v) => set('currentCustomers', v)}
                error={errors.currentCustomers}
              />
            )}
            <NumberInput
              name="currentLeads"
              label="Current leads"
              value={objectives.currentLeads}
              onChange={(v) => set('currentLeads', v)}
              error={errors.currentLeads}
              hint={objectives.dealSizeMode === 'derived' ? 'Uses the current customers above.' : undefined}
            />
          </div>
        )}
        {objectives.rateMode === 'stages' && (
          <div className="objectives-grid stages-grid">
            {STAGE_ORDER.map((key) => (
              <NumberInput
                key={key}
                name={`stageRates.${key}`}
                label={`${STAGE_LABELS[key]} rate`}
                suffix="%"
                value={objectives.stageRates[key]}
                onChange={(v) =>
                  updateWorkshop((draft) => {
                    draft.objectives.stageRates[key] = v;
                  })
                }
                error={errors[`stageRates.${key}`]}
              />
            ))}
          </div>
        )}
      </fieldset>

      <CalculatorResultView result={result} objectives={objectives} />

      <div className="field">
        <label htmlFor="strategy-notes">Strategy and objectives from the leader (shown on a slide)</label>
        <textarea
          id="strategy-notes"
          value={objectives.strategyNotes}
          maxLength={20_000}
          onChange={(e) => set('strategyNotes', e.target.value)}
        />
      </div>
    </section>
  );
}
