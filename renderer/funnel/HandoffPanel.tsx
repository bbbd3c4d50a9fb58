import { useId, useState } from 'react';
import { ATTEMPTS_RULE, HOURS_RULE } from '../../shared/domain/numberRules';
import type { Handoff } from '../../shared/schema/funnel';
import { NumberField } from '../components/NumberField';
import { useTandem } from '../store';
import { TextAreaField } from './TextAreaField';

/** The side panel for one hand-off: what the receiving team promises, or why leads go back. */
export function HandoffPanel({ handoff, onDelete }: { handoff: Handoff; onDelete: () => void }) {
  const update = useTandem((s) => s.updateHandoff);
  const from = useTandem((s) => s.workshop?.funnel.stages.find((x) => x.id === handoff.source)?.name ?? '?');
  const to = useTandem((s) => s.workshop?.funnel.stages.find((x) => x.id === handoff.target)?.name ?? '?');
  const [kindError, setKindError] = useState<string | null>(null);
  const id = useId();
  const back = handoff.kind === 'recycle';

  return (
    <section className="funnel-panel-section" aria-label={`Hand-off details: ${from} to ${to}`}>
      <h2>{back ? 'Way back' : 'Hand-off'}</h2>
      <p>
        <strong>{from}</strong> {back ? '↩' : '→'} <strong>{to}</strong>
      </p>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={handoff.kind}
          aria-invalid={kindError ? true : undefined}
          onChange={(e) => {
            const result = update(handoff.id, { kind: e.target.value as Handoff['kind'] });
            setKindError(result.ok ? null : result.message);
          }}
        >
          <option value="forward">Hand-off (forward)</option>
          <option value="recycle">Way back (rejected or recycled leads)</option>
        </select>
        {kindError && (
          <div className="field-error" role="alert">
            {kindError}
          </div>
        )}
      </div>
      {back ? (
        <TextAreaField
          label="Why leads go back (reason recorded)"
          value={handoff.reason}
          onCommit={(v) => update(handoff.id, { reason: v }, 'reason')}
        />
      ) : (
        <>
          <p className="funnel-prompt">
            <strong>For the room to agree:</strong> how fast does “{to}” respond, and with how many follow-up attempts?
          </p>
          <div className="row">
            <NumberField
              label="Response time (hours)"
              value={handoff.responseHours}
              rule={HOURS_RULE}
              onCommit={(v) => update(handoff.id, { responseHours: v }, 'responseHours')}
            />
            <NumberField
              label="Follow-up attempts"
              value={handoff.followUpAttempts}
              rule={ATTEMPTS_RULE}
              onCommit={(v) => update(handoff.id, { followUpAttempts: v }, 'followUpAttempts')}
            />
          </div>
        </>
      )}
      <TextAreaField label="Notes" value={handoff.notes} onCommit={(v) => update(handoff.id, { notes: v }, 'notes')} />
      <button type="button" className="danger" onClick={onDelete}>
        Delete {back ? 'way back' : 'hand-off'}
      </button>
    </section>
  );
}
