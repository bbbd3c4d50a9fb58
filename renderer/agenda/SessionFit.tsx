import { useState } from 'react';
import { formatMinutes, totalMinutes } from '../../shared/domain/agenda';
import { fitAgenda, fixedMinutes, parseSessionLength } from '../../shared/domain/agendaFit';
import type { Agenda } from '../../shared/schema/agenda';
import { useTandem } from '../store';

/**
 * The session length and "Fit the agenda": fixed items keep their minutes, the others share the rest in
 * proportion. A length the fixed items do not fit in is refused by the field, and the agenda stays as it was.
 */
export function SessionFit({ agenda }: { agenda: Agenda }) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const notify = useTandem((s) => s.notify);
  const [text, setText] = useState(agenda.sessionMinutes ? formatMinutes(agenda.sessionMinutes) : '');
  const [error, setError] = useState<string | null>(null);
  const total = totalMinutes(agenda.items);
  const fixed = fixedMinutes(agenda.items);
  const session = agenda.sessionMinutes;
  const fit = () => {
    const parsed = parseSessionLength(text);
    if ('error' in parsed) {
      setError(parsed.error.message);
      return;
    }
    const r = fitAgenda(agenda.items, parsed.minutes);
    if ('error' in r) {
      setError(r.error.message);
      return;
    }
    const before = agenda.items;
    const beforeSession = agenda.sessionMinutes;
    updateWorkshop((d) => {
      d.agenda.items = r.items;
      d.agenda.sessionMinutes = parsed.minutes;
    });
    setError(null);
    setText(formatMinutes(parsed.minutes));
    notify({
      tone: 'success',
      text: `Agenda fitted to ${formatMinutes(parsed.minutes)}${fixed ? `; fixed items kept (${formatMinutes(fixed)})` : ''}.`,
      action: {
        label: 'Undo',
        run: () =>
          updateWorkshop((d) => {
            d.agenda.items = before;
            d.agenda.sessionMinutes = beforeSession;
          }),
      },
    });
  };
  const diff = session ? total - session : 0;
  return (
    <div className="session-fit">
      <div className="row">
        <div className="field">
          <label htmlFor="session-length">Session length</label>
          <input
            id="session-length"
            type="text"
            value={text}
            placeholder="2 h"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'session-length-error' : 'session-length-hint'}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => e.key === 'Enter' && fit()}
          />
        </div>
        <button type="button" onClick={fit}>
          Fit the agenda
        </button>
      </div>
      {error ? (
        <p id="session-length-error" className="field-error" role="alert">
          {error}
        </p>
      ) : (
        <p id="session-length-hint" className="field-hint">
          Fixed items ({formatMinutes(fixed)}) keep their minutes; the others share the rest in proportion.
          {session && diff !== 0
            ? ` The agenda is now ${formatMinutes(Math.abs(diff))} ${diff > 0 ? 'longer' : 'shorter'} than the ${formatMinutes(session)} session.`
            : ''}
        </p>
      )}
    </div>
  );
}
