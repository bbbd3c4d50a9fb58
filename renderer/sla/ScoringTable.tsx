import { checkScoring, maxScore } from '../../shared/domain/sla/scoring';
import { newId } from '../../shared/domain/ids';
import { useTandem } from '../store';

/** The lead scoring model as an editable table: criterion, points, and the MQL threshold. */
export function ScoringTable() {
  const sla = useTandem((s) => s.workshop?.sla);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  if (!sla) return null;
  const issues = checkScoring(sla.scoring, sla.mqlThreshold);
  const rowIssue = (id: string) =>
    issues
      .filter((i) => i.ruleId === id)
      .map((i) => i.message)
      .join(' ');
  const general = issues.filter((i) => i.ruleId === null);

  const setRule = (id: string, patch: { criterion?: string; points?: number }) =>
    updateWorkshop((d) => {
      const r = d.sla.scoring.find((x) => x.id === id);
      if (r) Object.assign(r, patch);
    });

  return (
    <div className="scoring-editor">
      <table className="data scoring-table">
        <caption>Lead scoring model (the most a lead can score: {maxScore(sla.scoring)} points)</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Points</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sla.scoring.map((r, i) => {
            const problem = rowIssue(r.id);
            return (
              <tr key={r.id}>
                <td>
                  <input
                    type="text"
                    aria-label={`Criterion ${i + 1}`}
                    value={r.criterion}
                    maxLength={300}
                    aria-invalid={problem ? true : undefined}
                    onChange={(e) => setRule(r.id, { criterion: e.target.value })}
                  />
                  {problem && <div className="field-error">{problem}</div>}
                </td>
                <td>
                  <PointsInput
                    label={`Points for criterion ${i + 1}`}
                    value={r.points}
                    onChange={(points) => setRule(r.id, { points })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove criterion ${i + 1}`}
                    onClick={() =>
                      updateWorkshop((d) => {
                        d.sla.scoring = d.sla.scoring.filter((x) => x.id !== r.id);
                      })
                    }
                  >
                    ✕
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            updateWorkshop((d) => {
              d.sla.scoring.push({ id: newId(), criterion: '', points: 10 });
            })
          }
        >
          Add criterion
        </button>
        <div className="field threshold-field">
          <label htmlFor="mql-threshold">MQL threshold (points)</label>
          <PointsInput
            id="mql-threshold"
            label="MQL threshold (points)"
            value={sla.mqlThreshold}
            onChange={(v) =>
              updateWorkshop((d) => {
                d.sla.mqlThreshold = v;
              })
            }
          />
        </div>
      </div>
      {general.map((g) => (
        <div key={g.message} className="field-error" role="alert">
          {g.message}
        </div>
      ))}
    </div>
  );
}

/** A number field that lets the facilitator type "-" or clear it without losing the stored number. */
function PointsInput({
  value,
  onChange,
  label,
  id,
}: {
  value: number | null;
  onChange: (v: number) => void;
  label: string;
  id?: string;
}) {
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      step={1}
      min={-1000}
      max={1000}
      aria-label={id ? undefined : label}
      defaultValue={value ?? ''}
      key={value ?? 'empty'}
      onBlur={(e) => {
        const v = e.target.valueAsNumber;
        if (Number.isFinite(v)) onChange(v);
        else e.target.value = value === null ? '' : String(value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
      }}
    />
  );
}
