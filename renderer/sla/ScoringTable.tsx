import { useId } from 'react';
import { POINTS_RULE } from '../../shared/domain/numberRules';
import { checkScoring, maxScore } from '../../shared/domain/sla/scoring';
import { NumberMessages, numberMessageId } from '../components/NumberMessages';
import { useNumberDraft } from '../components/useNumberDraft';
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

/**
 * A points field read with the one number parser: it commits whole points from -1,000 to 1,000 as they are
 * typed, says what it read, and keeps other text with its message (the stored number stays).
 */
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
  const fallback = useId();
  const fieldId = id ?? fallback;
  const field = useNumberDraft(value, POINTS_RULE, (v) => {
    if (v !== null) onChange(v);
  });
  const invalid = field.reading.kind === 'invalid' || field.reading.kind === 'ambiguous';
  return (
    <div className="field points-field">
      <input
        id={fieldId}
        type="text"
        inputMode="numeric"
        aria-label={id ? undefined : label}
        value={field.text}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={numberMessageId(fieldId, field.text, field.reading)}
        onChange={(e) => field.onChange(e.target.value)}
      />
      <NumberMessages id={fieldId} text={field.text} reading={field.reading} onChoose={field.onChange} compact />
    </div>
  );
}
