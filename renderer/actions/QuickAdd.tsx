import { forwardRef, useState } from 'react';
import { humanDay } from '../../shared/domain/actions/dates';
import { PRIORITY_LABEL } from '../../shared/domain/actions/list';
import { QUICK_ADD_HELP } from '../../shared/domain/actions/quickAddHelp';
import type { ActionItem } from '../../shared/schema/actions';
import { useTandem } from '../store';
import { QuickAddInput } from './QuickAddInput';
import { SourceSelect } from './SourceSelect';
import { sourceOptions } from './sources';
import { useQuickAdd } from './useQuickAdd';

/**
 * The quick-add line: what, @who, #team, a date and !priority typed in one go, added with Enter.
 * A preview shows what will be stored before the facilitator presses Enter.
 */
export const QuickAdd = forwardRef<HTMLInputElement, { today: string }>(function QuickAdd({ today }, ref) {
  const workshop = useTandem((s) => s.workshop);
  const [source, setSource] = useState<ActionItem['source']>({ kind: 'none', ref: null, label: '' });
  const q = useQuickAdd(today);
  const { text, parsed, error, added } = q;
  if (!workshop) return null;
  const options = sourceOptions(workshop);
  const team = parsed?.teamId ? workshop.teams.find((t) => t.id === parsed.teamId)?.name : null;
  const add = () => void q.add(source);

  return (
    <section className="card quick-add" aria-label="Quick add">
      <div className="quick-add-line">
        <div className="field quick-add-field">
          <label htmlFor="quick-add-input">New action</label>
          <QuickAddInput
            ref={ref}
            id="quick-add-input"
            value={text}
            onChange={q.setText}
            onEnter={add}
            onEscape={() => q.setText('')}
            owners={q.owners}
            teams={workshop.teams}
            invalid={Boolean(error)}
            describedBy="quick-add-help quick-add-preview"
            placeholder="Agree MQL definition @Anna #marketing by friday !high"
          />
        </div>
        <div className="field">
          <label htmlFor="quick-add-source">From</label>
          <SourceSelect id="quick-add-source" label="From" options={options} value={source} onChange={setSource} />
        </div>
        <button type="button" className="primary" onClick={add}>
          Add
        </button>
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      <p id="quick-add-help" className="field-hint">
        {QUICK_ADD_HELP} Enter adds; the “From” choice stays for the next actions.
      </p>
      <div id="quick-add-preview" className="quick-add-preview" aria-live="polite">
        {parsed && text.trim() && (
          <dl>
            <div>
              <dt>What</dt>
              <dd>{parsed.what || '—'}</dd>
            </div>
            <div>
              <dt>Who</dt>
              <dd>{[parsed.who, team].filter(Boolean).join(' · ') || 'nobody yet'}</dd>
            </div>
            <div>
              <dt>When</dt>
              <dd>{parsed.due ? humanDay(parsed.due) : 'no date'}</dd>
            </div>
            <div>
              <dt>Priority</dt>
              <dd>{PRIORITY_LABEL[parsed.priority]}</dd>
            </div>
          </dl>
        )}
        {parsed?.warnings.map((w) => (
          <p key={w} className="quick-add-warning">
            ⚠ {w}
          </p>
        ))}
        {!text.trim() && added && <p className="muted">{added}</p>}
      </div>
    </section>
  );
});
