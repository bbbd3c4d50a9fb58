import { addMinutes, nextItem, pauseTimer, selectItem, startTimer } from '../../shared/domain/agenda';
import type { Agenda } from '../../shared/schema/agenda';
import { useTandem } from '../store';

/** Start, pause, +1 / +5 minutes, next item and sound for the agenda timer (saved with the workshop). */
export function TimerControls({ agenda, compact = false }: { agenda: Agenda; compact?: boolean }) {
  const updateWorkshop = useTandem((s) => s.updateWorkshop);
  const { timer, items } = agenda;
  const running = timer.runningSince !== null;
  const change = (fn: (now: number) => Agenda['timer']) =>
    updateWorkshop((draft) => {
      draft.agenda.timer = fn(Date.now());
    });
  const itemId = timer.itemId ?? items[0]?.id ?? null;
  return (
    <div
      className={`timer-controls ${compact ? 'timer-controls-compact' : ''}`}
      role="group"
      aria-label="Timer controls"
    >
      {running ? (
        <button type="button" onClick={() => change((now) => pauseTimer(timer, now))}>
          ❚❚ Pause
        </button>
      ) : (
        <button
          type="button"
          className="primary"
          disabled={!itemId}
          onClick={() => itemId && change((now) => startTimer(timer, itemId, now))}
        >
          ▶ {timer.itemId && timer.elapsedMs > 0 ? 'Resume' : 'Start'}
        </button>
      )}
      <button type="button" disabled={!timer.itemId} onClick={() => change(() => addMinutes(timer, 1))}>
        +1 min
      </button>
      <button type="button" disabled={!timer.itemId} onClick={() => change(() => addMinutes(timer, 5))}>
        +5 min
      </button>
      <button type="button" disabled={!timer.itemId} onClick={() => change((now) => nextItem(items, timer, now))}>
        Next item ⏭
      </button>
      {!compact && (
        <button type="button" disabled={!timer.itemId} onClick={() => change(() => selectItem(timer, timer.itemId))}>
          Reset
        </button>
      )}
      <label className="timer-sound">
        <input
          type="checkbox"
          checked={timer.sound}
          onChange={(e) => {
            const sound = e.target.checked;
            updateWorkshop((draft) => {
              draft.agenda.timer.sound = sound;
            });
          }}
        />{' '}
        Sound when time is up
      </label>
    </div>
  );
}
