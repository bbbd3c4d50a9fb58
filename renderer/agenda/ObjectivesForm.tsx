import { workshopModel, type FieldErrors } from '../../shared/domain/revenue';
import { COUNT_RULE, MONEY_RULE, RATE_RULE } from '../../shared/domain/numberRules';
import type { Objectives } from '../../shared/schema/objectives';
import type { Workshop } from '../../shared/schema/workshop';
import { NumberField } from '../components/NumberField';
import { useTandem } from '../store';
import { CalculatorResultView } from './CalculatorResultView';
import { ModeChoice } from './ModeChoice';
import { StageRatesFields } from './StageRatesFields';

const DEAL_SIZE_MODES = [
  { value: 'entered', label: 'I know it' },
  { value: 'derived', label: 'Work it out: current revenue / current customers' },
] as const;
const RATE_MODES = [
  { value: 'entered', label: 'Lead-to-customer rate' },
  { value: 'derived', label: 'Work it out: current customers / current leads' },
  { value: 'stages', label: 'Stage by stage (the funnel’s stages, lead → … → customer)' },
] as const;

/**
 * The objectives of seed 003: the revenue goal and the numbers to work backwards from, with the result live.
 * Its numbers are the one revenue model's: the stage rates here are the rates on the funnel cards.
 */
export function ObjectivesForm({ workshop }: { workshop: Workshop }) {
  const objectives = workshop.objectives;
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const model = workshopModel(workshop);
  const errors: FieldErrors = model.errors;
  const set = <K extends keyof Objectives>(key: K, value: Objectives[K]) =>
    updateWorkshop((draft) => {
      draft.objectives[key] = value;
    });
  const c = objectives.currency;
  const money = (key: 'revenueGoal' | 'averageDealSize' | 'currentRevenue', label: string) => (
    <NumberField
      name={key}
      label={label}
      prefix={c}
      value={objectives[key]}
      rule={{ ...MONEY_RULE, what: `the ${label.toLowerCase()}` }}
      onCommit={(v) => set(key, v)}
      error={errors[key]}
      quietWhileEmpty
    />
  );
  const count = (key: 'currentCustomers' | 'currentLeads', label: string, hint?: string) => (
    <NumberField
      name={key}
      label={label}
      value={objectives[key]}
      rule={{ ...COUNT_RULE, what: `the number of ${label.toLowerCase()}` }}
      onCommit={(v) => set(key, v)}
      error={errors[key]}
      hint={hint}
      quietWhileEmpty
    />
  );
  const cardRates = model.source === 'funnel' ? model.chain.filter((s) => s.next && s.rate !== null).length : 0;
  return (
    <section className="card objectives" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading">Objectives: work back from the revenue goal</h2>
      <p className="muted">
        Revenue goal / average deal size = customers needed; customers / lead-to-customer rate = leads needed.
      </p>
      <div className="objectives-grid">
        {money('revenueGoal', 'Revenue goal')}
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
          money('averageDealSize', 'Average deal size')
        ) : (
          <div className="objectives-grid">
            {money('currentRevenue', 'Current revenue')}
            {count('currentCustomers', 'Current customers')}
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
          <NumberField
            name="leadToCustomerRate"
            label="Lead-to-customer rate"
            suffix="%"
            value={objectives.leadToCustomerRate}
            rule={{ ...RATE_RULE, what: 'the lead-to-customer rate' }}
            onCommit={(v) => set('leadToCustomerRate', v)}
            error={errors.leadToCustomerRate}
            quietWhileEmpty
          />
        )}
        {objectives.rateMode === 'derived' && (
          <div className="objectives-grid">
            {objectives.dealSizeMode !== 'derived' && count('currentCustomers', 'Current customers')}
            {count(
              'currentLeads',
              'Current leads',
              objectives.dealSizeMode === 'derived' ? 'Uses the current customers above.' : undefined,
            )}
          </div>
        )}
        {objectives.rateMode === 'stages' && <StageRatesFields model={model} errors={errors} />}
        {objectives.rateMode !== 'stages' && cardRates > 0 && (
          <p className="field-hint" role="note">
            {cardRates} stage rate{cardRates === 1 ? ' is' : 's are'} agreed on the funnel. They are kept, and used when
            the conversion works stage by stage.
          </p>
        )}
        {model.problem && (
          <p className="field-error" role="alert">
            Funnel: {model.problem.message}
          </p>
        )}
      </fieldset>

      <CalculatorResultView model={model} />

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
