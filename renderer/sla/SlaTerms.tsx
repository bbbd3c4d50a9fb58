import { Field } from '../components/Field';
import { useTandem } from '../store';
import type { SlaTerms as Terms } from '../../shared/schema/sla';

function whole(value: string, min: number, max: number): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** The few terms the draft asks for besides the funnel and the objectives. */
export function SlaTerms({ onChanged }: { onChanged: () => void }) {
  const terms = useTandem((s) => s.workshop?.sla.terms);
  const facilitator = useTandem((s) => s.workshop?.facilitator ?? '');
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  if (!terms) return null;
  const set = (patch: Partial<Terms>) => {
    updateWorkshop((d) => {
      Object.assign(d.sla.terms, patch);
    });
    onChanged();
  };
  return (
    <details className="card sla-terms">
      <summary>
        <strong>Terms</strong> — owner, start date, accept-or-reject time, pilot, ideal customer and personas
      </summary>
      <div className="sla-terms-grid">
        <Field label="Owner of the agreement" hint={facilitator ? `Empty: ${facilitator} (facilitator)` : undefined}>
          <input type="text" maxLength={200} value={terms.owner} onChange={(e) => set({ owner: e.target.value })} />
        </Field>
        <Field label="Starts on" hint="Empty: the workshop date">
          <input
            type="date"
            value={terms.effectiveDate ?? ''}
            onChange={(e) => set({ effectiveDate: e.target.value || null })}
          />
        </Field>
        <NumberTerm
          label="Sales accepts or rejects MQLs within (working days)"
          value={terms.acceptWithinDays}
          min={1}
          max={90}
          onChange={(v) => set({ acceptWithinDays: v })}
        />
        <Field label="Pilot group">
          <input
            type="text"
            maxLength={500}
            value={terms.pilotGroup}
            placeholder="e.g. the DACH sales team and the webinar campaign"
            onChange={(e) => set({ pilotGroup: e.target.value })}
          />
        </Field>
        <Field label="Ideal customer profile" hint="Goes into the definitions.">
          <textarea
            rows={3}
            maxLength={2000}
            value={terms.idealCustomer}
            placeholder="e.g. manufacturers with 50–500 staff in DACH, replacing spreadsheets"
            onChange={(e) => set({ idealCustomer: e.target.value })}
          />
        </Field>
        <Field label="Personas" hint="Goes into the definitions.">
          <textarea
            rows={3}
            maxLength={2000}
            value={terms.personas}
            placeholder="e.g. Operations director (decides), plant manager (uses it)"
            onChange={(e) => set({ personas: e.target.value })}
          />
        </Field>
        <NumberTerm
          label="Pilot length (weeks)"
          value={terms.pilotWeeks}
          min={1}
          max={52}
          onChange={(v) => set({ pilotWeeks: v })}
        />
      </div>
    </details>
  );
}

function NumberTerm(props: { label: string; value: number; min: number; max: number; onChange: (v: number) => void }) {
  const { label, value, min, max, onChange } = props;
  return (
    <Field label={label} hint={`A whole number from ${min} to ${max}.`}>
      <input
        type="number"
        min={min}
        max={max}
        step={1}
        defaultValue={value}
        key={value}
        onBlur={(e) => {
          const v = whole(e.target.value, min, max);
          if (v === null) e.target.value = String(value);
          else if (v !== value) onChange(v);
        }}
      />
    </Field>
  );
}
