import { forwardRef, useMemo, useRef, useState } from 'react';
import { actionFromParse } from '../../shared/domain/actions/create';
import { humanDay } from '../../shared/domain/actions/dates';
import { PRIORITY_LABEL } from '../../shared/domain/actions/list';
import { QUICK_ADD_HELP } from '../../shared/domain/actions/quickAddHelp';
import { currentSession } from '../../shared/domain/actions/review';
import { newId } from '../../shared/domain/ids';
import type { ActionItem } from '../../shared/schema/actions';
import { useTandem } from '../store';
import { SourceSelect } from './SourceSelect';
import { sourceOptions } from './sources';
import { loadQuickAddReader, useQuickAddReader } from './useQuickAddReader';

/** Whether this computer writes dates day first (3/12 = 3 December), read once from the locale. */
const DAY_FIRST = (() => {
  const parts = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'numeric' }).formatToParts(
    new Date(2026, 11, 3),
  );
  return parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month');
})();

/**
 * The quick-add line: what, @who, #team, a date and !priority typed in one go, added with Enter.
 * A preview shows what will be stored before the facilitator presses Enter.
 */
export const QuickAdd = forwardRef<HTMLInputElement, { today: string }>(function QuickAdd({ today }, ref) {
  const workshop = useTandem((s) => s.workshop);
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const [text, setText] = useState('');
  const [source, setSource] = useState<ActionItem['source']>({ kind: 'none', ref: null, label: '' });
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState('');
  /** The line the facilitator was already warned about (a past or impossible date): Enter again adds it. */
  const [warnedFor, setWarnedFor] = useState<string | null>(null);
  const teams = workshop?.teams;
  // The reader (with its date parser) loads when the line first shows; Enter before that waits for it.
  const reader = useQuickAddReader();
  const waiting = useRef(false);
  const parsed = useMemo(
    () => (teams && reader ? reader.parseQuickAdd(text, { today, teams, dayFirst: DAY_FIRST }) : null),
    [text, today, teams, reader],
  );
  if (!workshop) return null;
  const options = sourceOptions(workshop);
  const team = parsed?.teamId ? workshop.teams.find((t) => t.id === parsed.teamId)?.name : null;

  const add = async () => {
    const line = text;
    if (!parsed && waiting.current) return; // Enter pressed again while the reader loads
    waiting.current = true;
    const read =
      parsed ??
      (await loadQuickAddReader().then(
        (r) => r.parseQuickAdd(line, { today, teams: workshop.teams, dayFirst: DAY_FIRST }),
        () => null,
      ));
    waiting.current = false;
    if (!read) {
      setError('The quick-add line could not start (its date reader did not load). Reload Tandem and try again.');
      return;
    }
    if (read.error) {
      setError(
        line.trim() ? read.error : 'Type the action first, e.g. “Agree MQL definition @Anna #marketing by friday”.',
      );
      return;
    }
    if (read.dateProblem && warnedFor !== line) {
      setWarnedFor(line);
      setError(
        read.dateProblem === 'past'
          ? 'This due date is already past. Press Enter again to add the action anyway (it will show as overdue), or change the date.'
          : 'This line has a date that does not exist. Press Enter again to add the action without a due date, or fix the date.',
      );
      return;
    }
    const action = actionFromParse(read, {
      id: newId(),
      now: new Date().toISOString(),
      sessionId: currentSession(workshop)?.id ?? null,
      source,
    });
    updateWorkshop((d) => {
      d.actions.push(action);
    });
    setAdded(
      `Added: ${action.what}${action.who ? `, ${action.who}` : ''}${action.due ? `, due ${humanDay(action.due)}` : ''}.${
        read.dateProblem === 'past' ? ' Its due date is already past, so it shows as overdue.' : ''
      }${read.dateProblem === 'invalid' ? ' No due date: the date given does not exist.' : ''}`,
    );
    setText('');
    setError(null);
    setWarnedFor(null);
  };

  return (
    <section className="card quick-add" aria-label="Quick add">
      <div className="quick-add-line">
        <div className="field quick-add-field">
          <label htmlFor="quick-add-input">New action</label>
          <input
            ref={ref}
            id="quick-add-input"
            type="text"
            value={text}
            maxLength={2000}
            autoComplete="off"
            spellCheck
            placeholder="Agree MQL definition @Anna #marketing by friday !high"
            aria-invalid={error ? true : undefined}
            aria-describedby="quick-add-help quick-add-preview"
            onChange={(e) => {
              setText(e.target.value);
              if (error) setError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void add();
              } else if (e.key === 'Escape') setText('');
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="quick-add-source">From</label>
          <SourceSelect id="quick-add-source" label="From" options={options} value={source} onChange={setSource} />
        </div>
        <button type="button" className="primary" onClick={() => void add()}>
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
