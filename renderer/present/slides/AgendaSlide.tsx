import { formatMinutes, totalMinutes } from '../../../shared/domain/agenda';
import type { Workshop } from '../../../shared/schema/workshop';
import { TimerDisplay } from '../TimerDisplay';
import { SlideLayout } from './SlideLayout';

/** The agenda with its durations, the current item marked, and the running timer. */
export function AgendaSlide({ workshop }: { workshop: Workshop }) {
  const { items, timer } = workshop.agenda;
  const currentIndex = items.findIndex((i) => i.id === timer.itemId);
  return (
    <SlideLayout
      section="Agenda"
      title={`Today’s agenda · ${formatMinutes(totalMinutes(items))}`}
      className="slide-agenda"
    >
      <div className="agenda-slide">
        <ol className={`agenda-slide-list ${items.length > 9 ? 'agenda-slide-list-long' : ''}`}>
          {items.map((item, i) => {
            const state = currentIndex < 0 ? 'todo' : i < currentIndex ? 'done' : i === currentIndex ? 'now' : 'todo';
            return (
              <li
                key={item.id}
                className={`agenda-slide-item agenda-${state}`}
                aria-current={state === 'now' ? 'step' : undefined}
              >
                <span className="agenda-slide-mark" aria-hidden="true">
                  {state === 'done' ? '✓' : state === 'now' ? '▶' : ''}
                </span>
                <span className="agenda-slide-title">
                  {item.title}
                  {state === 'now' && <span className="visually-hidden"> (now)</span>}
                  {state === 'done' && <span className="visually-hidden"> (done)</span>}
                </span>
                <span className="agenda-slide-minutes">{item.minutes} min</span>
              </li>
            );
          })}
        </ol>
        <TimerDisplay agenda={workshop.agenda} />
      </div>
    </SlideLayout>
  );
}
