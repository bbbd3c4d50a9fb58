import { TimerControls } from '../present/TimerControls';
import { TimerDisplay } from '../present/TimerDisplay';
import { useTandem } from '../store';
import { AgendaEditor } from './AgendaEditor';
import { ObjectivesForm } from './ObjectivesForm';
import { PlannedVsActual } from './PlannedVsActual';
import './agenda.css';

/** Agenda and objectives: the agenda with its timer, the revenue calculator, and the way into present mode. */
export function AgendaTab() {
  const workshop = useTandem((s) => s.workshop);
  const startPresenting = useTandem((s) => s.startPresenting);
  if (!workshop) return null;
  return (
    <div className="agenda-tab">
      <div className="agenda-tab-bar row">
        <button type="button" className="primary" onClick={() => startPresenting(workshop.id, 'agenda')}>
          ▶ Present
        </button>
        <span className="muted">Full-screen slides for the projector. Keys: → next, ← back, B blank, Esc leave.</span>
      </div>
      <div className="agenda-columns">
        <div className="stack">
          <section className="card agenda-timer" aria-labelledby="timer-heading">
            <h2 id="timer-heading">Timer</h2>
            <TimerDisplay agenda={workshop.agenda} size="small" />
            <TimerControls agenda={workshop.agenda} />
          </section>
          <AgendaEditor agenda={workshop.agenda} />
          <PlannedVsActual agenda={workshop.agenda} />
        </div>
        <ObjectivesForm workshop={workshop} />
      </div>
    </div>
  );
}
