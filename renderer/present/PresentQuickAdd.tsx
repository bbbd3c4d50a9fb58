import { useEffect, useRef, useState } from 'react';
import type { ActionItem } from '../../shared/schema/actions';
import { QuickAddInput } from '../actions/QuickAddInput';
import { SourceSelect } from '../actions/SourceSelect';
import { sourceOptions } from '../actions/sources';
import { useQuickAdd } from '../actions/useQuickAdd';
import { useToday } from '../actions/useToday';
import { useTandem } from '../store';

/**
 * The quick-add line in present mode and the presenter view: the facilitator captures an action while the
 * slides stay on screen. Enter adds (and keeps the line open for the next one), Esc closes it.
 */
export function PresentQuickAdd({
  onClose,
  defaultSource,
  autoFocus = true,
}: {
  onClose?: () => void;
  /** Where actions added from this slide come from (the finding on screen), until changed. */
  defaultSource: ActionItem['source'];
  autoFocus?: boolean;
}) {
  const workshop = useTandem((s) => s.workshop);
  const today = useToday();
  const q = useQuickAdd(today);
  const [source, setSource] = useState(defaultSource);
  const input = useRef<HTMLInputElement>(null);
  const sourceKey = `${defaultSource.kind}:${defaultSource.ref ?? ''}`;
  useEffect(() => {
    setSource(defaultSource);
    // The slide changed: the default source follows it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceKey]);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  if (!workshop) return null;
  const parsed = q.parsed;
  const who = parsed
    ? [parsed.who, workshop.teams.find((t) => t.id === parsed.teamId)?.name].filter(Boolean).join(' · ')
    : '';
  return (
    <section className="present-quick-add" aria-label="Add an action" data-own-keys>
      <div className="present-quick-add-line">
        <label htmlFor="present-quick-add">New action</label>
        <QuickAddInput
          ref={input}
          id="present-quick-add"
          value={q.text}
          onChange={q.setText}
          onEnter={() => void q.add(source)}
          onEscape={onClose}
          owners={q.owners}
          teams={workshop.teams}
          invalid={Boolean(q.error)}
          describedBy="present-quick-add-status"
          placeholder="What @who #team by when"
        />
        <SourceSelect
          id="present-quick-add-source"
          label="Comes from"
          options={sourceOptions(workshop)}
          value={source}
          onChange={setSource}
        />
        <button type="button" className="primary" onClick={() => void q.add(source)}>
          Add
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            Close (Esc)
          </button>
        )}
      </div>
      <p id="present-quick-add-status" className="present-quick-add-status" aria-live="polite">
        {q.error ? (
          <span role="alert">{q.error}</span>
        ) : q.text.trim() && parsed ? (
          `${parsed.what || '—'} · ${who || 'nobody yet'} · ${parsed.due ?? 'no date'}${parsed.warnings.length ? ` · ⚠ ${parsed.warnings.join(' ')}` : ''}`
        ) : (
          q.added || 'Type what needs doing, @owner, #team and a date; Enter adds.'
        )}
      </p>
    </section>
  );
}
