import type { FieldErrors, RevenueModel } from '../../shared/domain/revenue';
import { RATE_RULE } from '../../shared/domain/numberRules';
import { NumberField } from '../components/NumberField';
import { useTandem } from '../store';

/**
 * The stage rates of the revenue model, one field per stage of the funnel's main chain (or the standard
 * lead -> MQL -> SAL -> SQL -> opportunity -> customer before the funnel is drawn). They are the same rates
 * the funnel cards show and edit: one place each, one undo history.
 */
export function StageRatesFields({ model, errors }: { model: RevenueModel; errors: FieldErrors }) {
  const setRateField = useTandem((s) => s.setRateField);
  const leadAt = model.chain.findIndex((s) => s.kind === 'lead');
  const steps = model.chain.filter((s) => s.next && s.rateField);
  return (
    <div className="objectives-grid stages-grid">
      {steps.map((step) => {
        const field = step.rateField as string;
        const optional = leadAt > 0 && model.chain.indexOf(step) < leadAt;
        return (
          <NumberField
            key={step.id}
            name={field}
            label={`${step.word} → ${step.next?.word ?? ''} rate`}
            suffix="%"
            value={step.rate}
            rule={RATE_RULE}
            onCommit={(v) => setRateField(field, v)}
            error={optional ? (step.rate !== null ? step.rateMessage : null) : errors[field as keyof FieldErrors]}
            hint={optional ? `Optional: works out the ${step.plural} needed above the leads.` : undefined}
            quietWhileEmpty
          />
        );
      })}
    </div>
  );
}
