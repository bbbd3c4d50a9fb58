import { formatClock, timerView } from '../../shared/domain/agenda';
import type { Agenda } from '../../shared/schema/agenda';
import { useNow } from './useNow';

/**
 * The current agenda item's timer in the corner of every slide, legible from the back of the room: its time
 * left (or over, said in words), so the room and the facilitator keep to the plan on any slide.
 */
export function SlideTimer({ agenda }: { agenda: Agenda }) {
  const now = useNow();
  const view = timerView(agenda.items, agenda.timer, now);
  if (!view.item) return null;
  const over = view.state === 'overtime';
  const title =
    Array.from(view.item.title).length > 28 ? `${Array.from(view.item.title).slice(0, 27).join('')}…` : view.item.title;
  return (
    <div
      className={`slide-timer ${over ? 'is-over' : ''}`}
      role="timer"
      aria-label={`Agenda item timer: ${view.item.title}`}
    >
      <span className="slide-timer-item">{title}</span>
      <span className="slide-timer-clock">
        {over ? `${formatClock(view.overMs)} over` : `${formatClock(view.remainingMs)} left`}
        {view.state === 'paused' && <span className="slide-timer-state"> · paused</span>}
      </span>
    </div>
  );
}
